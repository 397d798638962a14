"""Text from an article (or from a file's name) inside Markdown and links: shown as text, never run as markup.

An article can hold anything - `<script>`, `<img onerror=...>`, `[click](javascript:...)` - and so can a file
name (`javascript:alert(1).txt`). Markdown passes raw HTML through to whatever renders it, so every piece of
such text is escaped before it goes into a `.md` (`md_text`, `md_code`), and every link to a brief is a relative
path that starts with `./` and is percent-encoded (`href`): no scheme can ride in on a name.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# `<` starts every piece of raw HTML (tags, comments, autolinks), so as an entity none can form; `&` only where
# it would start an entity of its own. Brackets and backslash are escaped so that no link or image forms.
_ENTITY_START = re.compile(r"&(?=#?\w+;)")
_MD_PUNCT = re.compile(r"([\\\[\]`])")


def md_text(text: str | None) -> str:
    """`text` as Markdown that renders as that text: no HTML, links or code spans of its own."""
    text = _ENTITY_START.sub("&amp;", text or "")
    return _MD_PUNCT.sub(r"\\\1", text).replace("<", "&lt;")


def md_code(text: str | None) -> str:
    """`text` as a Markdown code span, whatever backticks it holds (the fence is longer than any run of them)."""
    text = " ".join((text or "").split())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or longest else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def href(path: str) -> str:
    """A link to a file in the output folder, relative to it: `./` first and percent-encoded, so that neither a
    scheme (`javascript:`), nor a query, a fragment or a space in the name can change what it points to."""
    return "./" + quote(path.lstrip("/"), safe="/")
