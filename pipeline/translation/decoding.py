"""Decoding settings as typed, frozen records: what a brief records about how its text was made, what the
sentence cache keys on, and what the resume fingerprint covers - each derived from one declaration per field.

Each field of a record says, in its metadata (`setting(...)`), what it is:

* ``OUTPUT`` (the default): it can change what a sentence translates to. In the cache key and the fingerprint.
* ``GROUPING``: it only changes how work is grouped (the batch size). Not in the cache key; in the fingerprint,
  as it has been since vietbrief 0.1 (dropping it would make every earlier brief look out of date).
* ``RECORD``: provenance only - the brief shows it, nothing is keyed on it. A setting added later that
  cannot change a translation goes here, so that adding it invalidates no cache and no resume.

`as_dict()` is the record as a brief's JSON ``decoding`` section and its Markdown provenance lines show it:
fields in declaration order, a nested record flattened into its parent (its keys prefixed as declared), and a
field declared ``omit_none`` left out while it is None. A record reads as that mapping too (``d["engine"]``,
``dict(d)``), so code that only looks at the provenance needs nothing else.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import Any

OUTPUT = "output"
GROUPING = "grouping"
RECORD = "record"
ROLES = (OUTPUT, GROUPING, RECORD)

# Which roles each derived view covers.
CACHE_KEY = frozenset({OUTPUT})
FINGERPRINT = frozenset({OUTPUT, GROUPING})


def setting(default: Any = dataclasses.MISSING, *, role: str = OUTPUT, omit_none: bool = False,
            prefix: str = "", **kwargs) -> Any:
    """A dataclass field of a decoding record. `prefix` applies to a nested record: its keys are written
    with it (``glossary_`` + ``method``)."""
    if role not in ROLES:
        raise ValueError(f"unknown setting role {role!r}")
    return dataclasses.field(default=default, metadata={"role": role, "omit_none": omit_none, "prefix": prefix},
                             **kwargs)


class Settings(Mapping):
    """Base of the decoding records (subclasses are frozen dataclasses declared with `setting`)."""

    def _items(self, roles: frozenset[str] | None) -> Iterator[tuple[str, Any]]:
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            meta = f.metadata
            if value is None and meta.get("omit_none"):
                continue
            if isinstance(value, Settings):
                # A nested record's own declarations decide for its fields.
                for key, inner in value._items(roles):
                    yield meta.get("prefix", "") + key, inner
                continue
            if roles is not None and meta.get("role", OUTPUT) not in roles:
                continue
            yield f.name, value

    def as_dict(self) -> dict[str, Any]:
        """The provenance record: every field, in declaration order."""
        return dict(self._items(None))

    def covering(self, roles: frozenset[str]) -> dict[str, Any]:
        """The fields whose role is in `roles` (CACHE_KEY, FINGERPRINT): what a key or digest is made of."""
        return dict(self._items(roles))

    # --- read as the mapping as_dict() gives ------------------------------------------------------------
    def __getitem__(self, key: str) -> Any:
        return self.as_dict()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_dict())

    def __len__(self) -> int:
        return len(self.as_dict())

    # dataclass(eq=True) replaces Mapping's __eq__ with a field-wise one in each subclass; hashing stays the
    # frozen dataclass's.
