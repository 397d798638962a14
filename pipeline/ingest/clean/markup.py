"""A page's code or data printed into its text as a line of its own: a JSON object or a map dumped by the CMS
('{"tai-nan":"tai n\\u1ea1n", ...}', '{allCategoryIds=, anyTagIds=, ...}'), a template's placeholder its script never
filled ('Tổng lượt bình luận: {{totalComments}}'), an HTML tag cut open with its attribute ('<a title='), a database
query ('SELECT ... FROM wp_posts WHERE ...'), a route or a tag's slug alone ('tai-nan-1', 'khoa-hoc-cong-nghe').

No writer types these: the marks are a machine's (braces around a key and its value, an attribute's '=' inside a
tag opening the line, a query's clauses, words joined by hyphens with no space and no mark). A story that quotes
code or a web address does it inside a sentence, and the sentence stays; a headline set in bold tags ('<b>Video:
...</b>') has no attribute and stays.

Read with the line rules (driver.line_rules), after the pictures have claimed their captions: taken among the
furniture the head's rules weigh, a line of code atop the page left the headline under a picture's address to be
read as that picture's caption.
"""

from __future__ import annotations

import re

_CODE_RE = re.compile(
    # an object: a brace, then a quoted key and its colon, or a bare key and its '=' (a Java map's print)
    r'^\{\s*(?:"[^"]*"\s*:|[A-Za-z_]\w*=)'
    # a template's placeholder left unfilled
    r"|\{\{\s*[A-Za-z_][\w.]*\s*\}\}"
    # a line opening on a tag with an attribute: '<a title=', '<img src="x.jpg"' (a sentence that quotes a tag,
    # 'Kẻ tấn công chèn <img src=x onerror=...> vào trang', is the story's)
    r"|^<[a-z][a-z0-9]*\s+[a-z][\w-]*\s*="
    # a query, in the capitals SQL is written in
    r"|^SELECT\s.+\sFROM\s\S+"
)
# A slug or a route alone: unmarked lower-case letters and figures joined by hyphens, a letter in it (a date
# '29-03-2024' is a dateline's).
_SLUG_LINE_RE = re.compile(r"^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)+$")


def markup_line(text: str) -> bool:
    """The line is code or data, not text: see the module's doc."""
    text = text.strip()
    return bool(_CODE_RE.search(text) or _SLUG_LINE_RE.match(text))
