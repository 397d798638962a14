"""`<name>.html`: the brief for analysts who read in a browser. One self-contained file - CSS and JS inline,
nothing loaded from anywhere (a Content-Security-Policy forbids it) - so it can be mailed or opened offline.

Vietnamese and English side by side, one row per sentence pair; clicking or hovering a sentence highlights its
counterpart; the summary on top, each sentence linked to its evidence; flagged sentences marked with their
reasons; removed lines and captions folded away; provenance at the bottom; a switch to English only. Every piece
of text goes through `esc`: an article that contains `<script>` shows it as text.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from pipeline.brief import review
from pipeline.brief.formats.base import (Format, flagged_count, flags, removed_lines, summary_points,
                                         title)
from pipeline.brief.schema import Brief
from pipeline.brief.sections import provenance, warning_lines

# Nothing from the network, ever: the page works the same offline, and leaks nothing when opened. The one
# script allowed is the page's own, by its hash: no other inline script, event handler or `javascript:` link
# can run, whatever text reached the page.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src {script}; img-src data:; "
       "base-uri 'none'; form-action 'none'")


def csp(js: str) -> str:
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    return CSP.format(script=f"'sha256-{digest}'" if js else "'none'")

CSS = """
:root{--ink:#1d1d1f;--muted:#5f6368;--line:#e3e3e3;--hl:#fff1a8;--hl-edge:#d9a400;--hover:#eef3ff;--flag:#b3261e}
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);
  background:#fff;margin:0 auto;max-width:76rem;padding:0 1rem 2rem}
header{border-bottom:2px solid var(--ink);padding:1rem 0 .5rem}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0}
h1,h2,p,li,dd,summary{overflow-wrap:anywhere}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.title-vi{font-style:italic;color:var(--muted);margin:.2rem 0}
.meta{color:var(--muted);font-size:.9rem;margin:.3rem 0}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;font-size:.9rem;margin:.5rem 0}
.controls label{cursor:pointer;user-select:none}
.badge{color:var(--flag);font-weight:600}
.points{padding-left:1.4rem}
.points li{margin:.3rem 0}
.ev{font-size:.85rem;color:var(--muted);white-space:nowrap}
.ev a{color:inherit}
.mark{color:var(--flag);font-size:.85rem}
.check li a{font-weight:600}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5rem;font-weight:600;color:var(--muted);
  border-bottom:1px solid var(--ink);position:sticky;top:0;background:#fff;padding:.3rem 0}
.para{margin:0 0 .6rem}
.pnum{font-size:.8rem;font-weight:600;color:var(--muted);margin:.8rem 0 .1rem}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5rem;border-top:1px solid var(--line);padding:.25rem 0}
.s{margin:0;padding:.1rem .35rem;border-radius:4px;cursor:pointer;outline:none}
.s.hover{background:var(--hover)}
.s.hl{background:var(--hl);box-shadow:0 0 0 2px var(--hl-edge)}
.s:focus-visible{box-shadow:0 0 0 2px #1a73e8}
.flagged .s.en{border-left:3px solid var(--flag)}
.flags{grid-column:2;margin:.15rem 0 .2rem;padding-left:1.3rem;color:var(--flag);font-size:.85rem}
details{margin:.6rem 0;border:1px solid var(--line);border-radius:6px;padding:.3rem .8rem}
summary{cursor:pointer;font-weight:600}
.reason{color:var(--muted);font-size:.85rem}
footer{margin-top:2rem;border-top:2px solid var(--ink);font-size:.85rem;color:var(--muted)}
footer dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}
footer dt{font-weight:600}
footer dd{margin:0;overflow-wrap:anywhere}
body.en-only .vi{display:none}
body.en-only .pair,body.en-only .cols{grid-template-columns:1fr}
body.en-only .flags{grid-column:1}
@media (max-width:42rem){
  body{padding:0 .6rem 1.5rem;font-size:15px}
  .pair,.cols{grid-template-columns:1fr}
  .cols{display:none}
  .flags{grid-column:1}
  .s.vi{color:var(--muted)}
  footer dl{grid-template-columns:1fr}
}
@media print{
  body{max-width:none;padding:0;font-size:10pt}
  .controls,.cols{display:none}
  .pair{break-inside:avoid}
  .s.hl,.s.hover{background:none;box-shadow:none}
  a{color:inherit;text-decoration:none}
  details{border:none;padding:0}
  h2{break-after:avoid}
}
"""

# Works on the DOM alone (no data in the script): `data-pair` ties the two sentences of a pair together.
JS = """
(function () {
  "use strict";
  var current = null;
  function mark(key, cls, on) {
    var els = document.querySelectorAll('.s[data-pair="' + key + '"]');
    for (var i = 0; i < els.length; i++) els[i].classList.toggle(cls, on);
  }
  function select(key) {
    if (current) mark(current, "hl", false);
    current = key;
    if (key) mark(key, "hl", true);
  }
  function keyOf(target) {
    var el = target && target.closest ? target.closest("[data-pair]") : null;
    return el ? el.getAttribute("data-pair") : null;
  }
  document.addEventListener("click", function (e) {
    var key = keyOf(e.target);
    if (key) select(key === current && !e.target.closest("a") ? null : key);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Enter" || e.key === " ") {
      var key = keyOf(e.target);
      if (key && e.target.classList.contains("s")) { e.preventDefault(); select(key); }
    }
  });
  document.addEventListener("mouseover", function (e) { var k = keyOf(e.target); if (k) mark(k, "hover", true); });
  document.addEventListener("mouseout", function (e) { var k = keyOf(e.target); if (k) mark(k, "hover", false); });
  var only = document.getElementById("en-only");
  function apply() { document.body.classList.toggle("en-only", only.checked); }
  only.addEventListener("change", apply);
  apply();
  var hash = decodeURIComponent(location.hash.slice(1));
  if (/^p[0-9]+s[0-9]+$/.test(hash)) select(hash);
})();
"""


def esc(text) -> str:
    return escape("" if text is None else str(text), quote=True)


def _summary(brief: Brief) -> list[str]:
    method = f' <small class="reason">{esc(brief.summary_method)}</small>' if brief.summary_method else ""
    out = [f'<section id="summary"><h2>Summary{method}</h2>']
    points = summary_points(brief)
    if not points:
        out.append('<p lang="en"><em>(empty)</em></p>')
    else:
        out.append('<ol class="points">')
        for n, point in enumerate(points, 1):
            links = " ".join(f'<a href="#p{p}s{s}" data-pair="p{p}s{s}">¶{p}.{s}</a>' for p, s in point.evidence)
            evidence = f' <span class="ev">evidence: {links}</span>' if links else ""
            marks = "".join(f' <span class="mark">⚑ {esc(m)}</span>' for m in point.flags)
            out.append(f'<li id="summary-{n}" lang="en">{esc(point.text)}{evidence}{marks}</li>')
        out.append("</ol>")
    items = review.check_these(brief)  # likely errors first, unsupported summary sentences among them
    if items:
        out.append('<h3>Check these</h3><ul class="check">')
        for item in items:
            pair = "" if item.anchor.startswith("summary-") or item.anchor == review.TITLE_ANCHOR else \
                f' data-pair="{item.anchor}"'
            out.append(f'<li><a href="#{item.anchor}"{pair}>{esc(item.label)}</a> <small class="reason">'
                       f'{esc(item.severity)}</small> {esc("; ".join(item.reasons))}</li>')
        out.append("</ul>")
    unsure = review.least_sure(brief)
    if unsure:
        out.append(f'<h3>{esc(review.LEAST_SURE_TITLE)}</h3><p class="reason">{esc(review.LEAST_SURE_NOTE)}</p>'
                   '<ul class="check">')
        for u in unsure:
            key = f"p{u.paragraph}s{u.sentence}"
            out.append(f'<li><a href="#{key}" data-pair="{key}">¶{u.paragraph}.{u.sentence}</a> '
                       f'({u.pair.score:.2f}) <span lang="en">{esc(u.pair.en)}</span></li>')
        out.append("</ul>")
    warnings = warning_lines(brief)
    if warnings:
        out.append(f"<details><summary>Warnings ({len(warnings)})</summary><ul>")
        out += [f"<li>{esc(w)}</li>" for w in warnings]
        out.append("</ul></details>")
    out.append("</section>")
    return out


def _text(brief: Brief) -> list[str]:
    out = ['<section id="text"><h2>Text</h2>',
           '<div class="cols" aria-hidden="true"><span class="vi" lang="vi">Tiếng Việt</span><span>English</span></div>']
    for n, para in enumerate(brief.paragraphs, 1):
        out.append(f'<section class="para" id="p{n}"><h3 class="pnum">¶{n}</h3>')
        for s, pair in enumerate(para.sentences, 1):
            key = f"p{n}s{s}"
            reasons = flags(pair)
            out.append(f'<div class="pair{" flagged" if reasons else ""}" id="{key}">'
                       f'<p class="s vi" lang="vi" data-pair="{key}" tabindex="0">{esc(pair.vi)}</p>'
                       f'<p class="s en" lang="en" data-pair="{key}" tabindex="0">{esc(pair.en)}</p>')
            if reasons:
                out.append('<ul class="flags" lang="en">' + "".join(f"<li>⚑ {esc(r)}</li>" for r in reasons) + "</ul>")
            out.append("</div>")
        out.append("</section>")
    out.append("</section>")
    return out


def _removed(brief: Brief) -> list[str]:
    out = []
    if brief.captions:
        out.append(f"<details><summary>Captions ({len(brief.captions)})</summary><ul>")
        for c in brief.captions:
            english = f' <span lang="en">{esc(c.en)}</span>' if c.en else ""
            credit = f' <span class="reason">{esc(c.credit)}</span>' if c.credit else ""
            out.append(f'<li><span class="vi" lang="vi">{esc(c.text)}</span>{english}{credit}</li>')
        out.append("</ul></details>")
    removed = removed_lines(brief)  # the captions are listed above
    if removed:
        out.append(f"<details><summary>Removed lines ({len(removed)})</summary><ul>")
        out += [f'<li><span lang="vi">{esc(text)}</span> <span class="reason">{esc(reason)}</span></li>'
                for text, reason in removed]
        out.append("</ul></details>")
    return ['<section id="removed">'] + out + ["</section>"] if out else []


def _provenance(brief: Brief) -> list[str]:
    out = ['<footer id="provenance"><h2>Provenance</h2><dl>']
    out += [f"<dt>{esc(line.label)}</dt><dd>{esc(line.value)}</dd>" for line in provenance(brief)]
    out.append("</dl>")
    if brief.glossary:
        out.append(f"<details><summary>Glossary terms ({len(brief.glossary)})</summary><ul>")
        out += [f'<li><span lang="vi">{esc(g.vi)}</span> → <span lang="en">{esc(g.en)}</span> '
                f'<span class="reason">{g.found}/{g.count} {esc(g.method)}</span></li>' for g in brief.glossary]
        out.append("</ul></details>")
    out.append("</footer>")
    return out


def page(head_title: str, body: list[str], css: str, js: str, generator: str) -> str:
    """A whole self-contained page: the parts every vietbrief HTML file shares."""
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp(js)}">',
        f'<meta name="generator" content="{esc(generator)}">',
        f"<title>{esc(head_title)}</title>", f"<style>{css}</style>", "</head>", "<body>",
        *body, f"<script>{js}</script>", "</body>", "</html>", ""])


def render(brief: Brief) -> str:
    n_flagged = flagged_count(brief)
    meta = " · ".join(esc(v) for v in (brief.date, brief.outlet, brief.author) if v)
    lang = "vi" if brief.title_vi and not brief.title_en else "en"
    anchor = f' id="{review.TITLE_ANCHOR}"' if brief.title_checks else ""  # "Check these" links a flagged title
    header = ["<header>", f'<h1 lang="{lang}"{anchor}>{esc(title(brief))}</h1>']
    if brief.title_vi and brief.title_en:
        header.append(f'<p class="title-vi vi" lang="vi">{esc(brief.title_vi)}</p>')
    if brief.title_checks:  # as a flagged sentence's, under it
        header.append('<ul class="flags" lang="en">' + "".join(f"<li>⚑ {esc(review.flag_text(c))}</li>"
                                                                for c in brief.title_checks) + "</ul>")
    if meta:
        header.append(f'<p class="meta">{meta}</p>')
    header += ['<div class="controls"><label><input type="checkbox" id="en-only"> English only</label>',
               f'<span class="badge">{n_flagged} flagged sentence(s)</span>' if n_flagged else
               "<span>no sentence flagged</span>", "</div>", "</header>"]
    body = header + ["<main>"] + _summary(brief) + _text(brief) + _removed(brief) + ["</main>"] + _provenance(brief)
    return page(title(brief), body, CSS, JS, f"vietbrief {brief.vietbrief}")


FORMAT = Format("html", ".html", "HTML: Vietnamese and English side by side, self-contained", render)
