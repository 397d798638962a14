"""A trail from the site's home page where the crawl left it under the story's prose (over the story, the header's
rules read trails and menus: driver.line_rules calls this only there).

headtrail.py reads the breadcrumb among a page's first lines; a page saved with its sidebar or its footer first, or a
template that prints the trail under the story or in a list of links ('• Trang chủ'), puts it elsewhere, and a trail
that ends on the story's own headline ('Trang chủ / <headline>') is longer than a section trail. The home step itself
is what no story line opens on: the home link's name, alone (a bullet before it) or followed by a trail's separator
('>', '»', '›', '/', '|'). On the noise transplant bench (bench/noise_transplant.py) four of the fourteen breadcrumb
lines moved onto other pages were taken where they stood; in all the labelled data no article line opens so.
"""

from __future__ import annotations

import re

# A bullet or a list's mark may come first; then the home step, alone or followed by the trail's next step.
_HOME_TRAIL_RE = re.compile(r"^[\s•·*\-–]*(?:Trang chủ|Trang Chủ|TRANG CHỦ|Trang nhất|Home|HOME)\s*(?:$|[>»›/|]\s*\S)")


def home_trail(text: str) -> bool:
    """A line that opens on the home step of a breadcrumb: the home link alone, or the trail it starts."""
    return bool(_HOME_TRAIL_RE.match(text.strip())) and not text.rstrip().endswith((".", "?", "!"))
