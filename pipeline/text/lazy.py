"""A regular expression compiled on its first use rather than at import.

pipeline/names inlines its country phrase lists (cues.CHINESE_RE, about 16,000 characters) into some sixty module
patterns; compiling them all at import cost every process about 1.5 s of CPU, whether it looked for a name or not
(`vietbrief --help`, `vietbrief clean`, each Ray worker and test process). `python bench/import_time.py` measures it."""

from __future__ import annotations

import re

# What a caller may ask of a compiled pattern; all but `pattern` compile it first.
_DELEGATED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags",
              "groups", "groupindex")


class LazyPattern:
    """Stands for re.compile(pattern, flags): `pattern` is at hand at once (other patterns are built from it); the
    first match, search ... compiles it and binds the compiled pattern's own methods onto this object, so every
    later call goes straight to them."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):
        # Only reached for what is not bound yet (and for private names, which the compiled pattern lacks too).
        if name not in _DELEGATED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attr in _DELEGATED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __reduce__(self):
        return LazyPattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}..., {self._flags})"
