"""`index.html`: the batch's digest for a browser, written when `html` is among the formats.

A table of every article (date, outlet, title in English and Vietnamese, summary, status, flagged sentences),
sortable by clicking a column head and filtered by a search box (titles and summaries, accents optional) and by
outlet and status; the entity index (people, organisations, places, with the articles each appears in; see
brief/entities.py); failed articles with their reasons; a link to every brief. Self-contained like the briefs.
"""

from __future__ import annotations

from pipeline.brief import entities
from pipeline.brief.escape import href as relative_href
from pipeline.brief.formats.base import BatchArticle, BatchFile, flagged_count, summary_points
from pipeline.brief.formats.html import esc, page
from pipeline.brief.headline import labelled

# Only the link order: a reader's first choice is the page made for reading.
LINK_ORDER = ("html", "md", "docx", "txt", "xlsx", "tmx", "json")

CSS = """
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1d1d1f;
  margin:0 auto;max-width:90rem;padding:0 1rem 2rem}
h1{font-size:1.5rem;margin:1rem 0 .3rem}
h2{font-size:1.15rem;margin:1.6rem 0 .5rem}
.muted{color:#5f6368;font-size:.9rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.8rem 0}
.filters input[type=search]{flex:1 1 18rem;font:inherit;padding:.35rem .5rem;border:1px solid #bbb;border-radius:6px}
.filters select{font:inherit;padding:.3rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #e3e3e3}
th{position:sticky;top:0;background:#f6f6f6;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \\25B2"}
th[aria-sort=descending]::after{content:" \\25BC"}
td.num{text-align:right}
td,li,h1,p{overflow-wrap:anywhere}
.vi{color:#5f6368;font-style:italic}
.flagged{color:#b3261e;font-weight:600}
.failed td{background:#fff4f2}
.links a{margin-right:.4rem;white-space:nowrap}
.kind{font-size:.8rem;color:#5f6368;text-transform:uppercase;letter-spacing:.03em}
.entities li{margin:.2rem 0}
@media (max-width:48rem){
  thead{display:none}
  table,tbody,tr,td{display:block;width:100%}
  tr{border-bottom:2px solid #ccc;padding:.3rem 0}
  td{border:none;padding:.15rem 0}
  td:empty{display:none}
  td.num{text-align:left}
  td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#5f6368}
}
@media print{.filters{display:none}th{position:static}a{color:inherit;text-decoration:none}}
"""

JS = """
(function () {
  "use strict";
  var table = document.getElementById("articles");
  var body = table.tBodies[0];
  var search = document.getElementById("search");
  var outlet = document.getElementById("outlet");
  var status = document.getElementById("status");
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/[\\u0111\\u0110]/g, "d").toLowerCase();
  }
  function filter() {
    var words = fold(search.value).split(/\\s+/).filter(Boolean);
    var shown = 0, rows = body.rows;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i], text = fold(r.getAttribute("data-search"));
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; })
        && (!outlet.value || r.getAttribute("data-outlet") === outlet.value)
        && (!status.value || r.getAttribute("data-status") === status.value);
      r.hidden = !ok;
      if (ok) shown++;
    }
    document.getElementById("shown").textContent = shown;
  }
  function sort(th) {
    var col = th.cellIndex, numeric = th.hasAttribute("data-numeric");
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute("aria-sort");
    th.setAttribute("aria-sort", dir);
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].getAttribute("data-sort"), y = b.cells[col].getAttribute("data-sort");
      var c = numeric ? Number(x) - Number(y) : x.localeCompare(y, "vi");
      return dir === "ascending" ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  table.tHead.addEventListener("click", function (e) {
    var th = e.target.closest("th");
    if (th && th.hasAttribute("data-sortable")) sort(th);
  });
  table.tHead.addEventListener("keydown", function (e) {
    var th = e.target.closest("th");
    if (th && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); sort(th); }
  });
  [search, outlet, status].forEach(function (el) { el.addEventListener("input", filter); });
  filter();
})();
"""

COLUMNS = (("Date", False), ("Outlet", False), ("Title", False), ("Summary", False), ("Status", False),
           ("Flagged", True), ("Brief", None))


def link(entry: BatchArticle) -> str | None:
    """The brief's file a reader should open first, relative to the output folder."""
    return next((entry.links[f] for f in LINK_ORDER if f in entry.links), None)


def _row(entry: BatchArticle) -> str:
    b = entry.brief
    if b is None:
        cells = [("", ""), ("", ""), (esc(entry.source), entry.source), (esc(entry.error or ""), ""),
                 ("failed", "failed"), ("", "-1"), ("", "")]
        search = f"{entry.source} {entry.error or ''}"
        return _tr(cells, search, "", "failed")
    summary = " ".join(p.text for p in summary_points(b))
    n = flagged_count(b)
    href = link(entry)
    shown = b.title_en or labelled(b.title_generated) or b.source
    title_cell = f'<a href="{esc(relative_href(href))}">{esc(shown)}</a>' if href else esc(shown)
    if b.title_vi:
        title_cell += f'<div class="vi" lang="vi">{esc(b.title_vi)}</div>'
    links = " ".join(f'<a href="{esc(relative_href(entry.links[f]))}">{f}</a>' for f in LINK_ORDER if f in entry.links)
    cells = [(esc(b.date or ""), b.date or ""), (esc(b.outlet or ""), b.outlet or ""),
             (title_cell, b.title_en or b.title_vi or b.source), (f'<span lang="en">{esc(summary)}</span>', summary),
             ("ok", "ok"), (f'<span class="flagged">{n}</span>' if n else "0", str(n)),
             (f'<span class="links">{links}</span>', "")]
    search = " ".join(x for x in (b.title_en, b.title_vi, summary, b.source) if x)
    return _tr(cells, search, b.outlet or "", "ok")


def _tr(cells: list[tuple[str, str]], search: str, outlet: str, status: str) -> str:
    tds = "".join(f'<td data-label="{name}" data-sort="{esc(key)}"{" class=num" if numeric else ""}>{html}</td>'
                  for (name, numeric), (html, key) in zip(COLUMNS, cells))
    return (f'<tr class="{status}" data-status="{status}" data-outlet="{esc(outlet)}" '
            f'data-search="{esc(search)}">{tds}</tr>')


def _entities(entries: list[BatchArticle]) -> list[str]:
    named = {e.name: e for e in entries if e.brief is not None and e.name}
    rows = entities.index({name: e.brief for name, e in named.items()})
    out = ['<section id="entities"><h2>Entity index</h2>',
           '<p class="muted">People, organisations and places in the batch, in their English forms: glossary '
           "terms found in the articles, and names detected in the Vietnamese. Whether a name is a person, an "
           "organisation or a place is guessed from the words around it.</p>"]
    if not rows:
        out.append("<p>None found.</p>")
    for kind, heading in ((entities.PERSON, "People"), (entities.ORGANISATION, "Organisations"),
                          (entities.PLACE, "Places")):
        group = [r for r in rows if r.kind == kind]
        if not group:
            continue
        out.append(f'<h3>{heading} ({len(group)})</h3><ul class="entities" data-kind="{kind}">')
        for r in group:
            arts = ", ".join(
                f'<a href="{esc(relative_href(link(named[a]) or ""))}" title="{esc(named[a].source)}">'
                f"{esc(named[a].brief.title_en or labelled(named[a].brief.title_generated) or named[a].source)}</a>"
                for a in r.articles)
            vi = "; ".join(r.vietnamese)
            how = " + ".join(sorted(r.how))
            if r.candidates:  # a person of doubtful origin: the Chinese names it could be
                how += " (could be " + ", ".join(r.candidates[:3]) + ")"
            out.append(f'<li><strong lang="en">{esc(r.english)}</strong> <span class="vi" lang="vi">{esc(vi)}</span> '
                       f'<span class="kind">{esc(how)}</span> — {arts}</li>')
        out.append("</ul>")
    out.append("</section>")
    return out


def _stories(entries: list[BatchArticle]) -> list[str]:
    """The stories reported by several articles (brief/stories.py): headline, story summary with its evidence,
    the articles, where outlets differ. Every other article is a story of its own, as the table lists it."""
    from pipeline.brief.escape import href as to_href
    from pipeline.brief.stories import story_html

    digests = list({id(e.story_digest): e.story_digest for e in entries if e.story_digest is not None}.values())
    if not digests:
        return []
    digests.sort(key=lambda d: (-len(d.sources), d.sources[0]))
    links = {e.source: to_href(link(e)) for e in entries if link(e)}
    out = [f'<section id="stories"><h2>Stories reported by several articles ({len(digests)})</h2>']
    for d in digests:
        out += story_html(d, links)
    return out + ["</section>"]


def render(entries: list[BatchArticle]) -> str:
    ordered = sorted(entries, key=lambda e: e.source)
    ok = [e for e in ordered if e.brief is not None]
    failed = [e for e in ordered if e.brief is None]
    outlets = sorted({e.brief.outlet for e in ok if e.brief.outlet})
    heads = "".join(f'<th scope="col"{" data-sortable tabindex=0" if sortable is not None else ""}'
                    f'{" data-numeric" if sortable else ""}>{name}</th>' for name, sortable in COLUMNS)
    body = ["<header><h1>vietbrief digest</h1>",
            f'<p class="muted">{len(ok)} article(s) briefed, {len(failed)} failed. Click a column head to sort.'
            "</p></header>", "<main>",
            '<div class="filters"><input type="search" id="search" placeholder="Search titles and summaries" '
            'aria-label="Search titles and summaries">',
            '<label>Outlet <select id="outlet"><option value="">all</option>'
            + "".join(f'<option value="{esc(o)}">{esc(o)}</option>' for o in outlets) + "</select></label>",
            '<label>Status <select id="status"><option value="">all</option><option value="ok">ok</option>'
            '<option value="failed">failed</option></select></label>',
            '<span class="muted"><span id="shown"></span> shown</span></div>',
            f'<table id="articles"><thead><tr>{heads}</tr></thead><tbody>',
            *(_row(e) for e in ordered), "</tbody></table>"]
    main = body.index("<main>") + 1
    body[main:main] = _stories(ok)  # the stories first; the table below lists every article
    body += _entities(ordered)
    if failed:
        body.append(f'<section id="failed"><h2>Failed ({len(failed)})</h2><ul>')
        body += [f"<li><code>{esc(e.source)}</code>: {esc(e.error or 'failed')}</li>" for e in failed]
        body.append("</ul></section>")
    body.append("</main>")
    return page("vietbrief digest", body, CSS, JS, "vietbrief")


BATCH = BatchFile("html", "index.html", render)
