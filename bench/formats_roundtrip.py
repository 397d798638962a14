"""Saved web pages, Word files and JSON Lines built from real articles, read back: what reaches the body.

    python bench/formats_roundtrip.py [FOLDER] [--limit N]

FOLDER (default ../shared/corpus/vi-news, else inputs/) holds .txt articles. Each is cleaned as a text file;
its title and paragraphs are the reference. It is then written
- as a saved web page in four layouts, with the furniture real pages have: a menu, related-article headlines
  (the titles of other articles of the folder), a photo with its caption, a footer -
    semantic:  <nav>, <article>, <figure>/<figcaption>, <aside>, <footer>
    inline:    the related box inside the article body after the second paragraph, the photo in a
               <table class="image"> with a caption cell, as many Vietnamese CMSs write them
    linked:    the related headlines as linked paragraphs right under the lead, no box around them
    divs:      <div>s only (menu, content, sidebar, footer), the caption a <p class="caption">
- as a Word file (the title in the Title style), and as one JSON Lines record;
and read back through `read_article` + `clean_article`. Per format: paragraphs found (reference paragraphs
present in the body, in any order), extra body paragraphs, furniture lines in the body, title and date right,
milliseconds per article. Prints a table and, as its last line, one JSON object with the numbers.
"""

from __future__ import annotations

import argparse
import html
import json
import statistics
from dataclasses import replace
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.ingest.article import ArticleError  # noqa: E402
from pipeline.ingest.clean import clean_article  # noqa: E402
from pipeline.ingest.read import discover, list_articles, read_article  # noqa: E402
from hostile_files import word_file  # noqa: E402

DATE = "2024-05-17"
MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Pháp luật", "Giáo dục", "Sức khỏe"]
FOOTER = ["Cơ quan chủ quản: Báo Điện tử Mẫu. Giấy phép số 456/GP-BTTTT.", "Liên hệ quảng cáo: 0123 456 789"]
CAPTION = "Quang cảnh sự kiện. Ảnh: Minh Khôi"


def e(text: str) -> str:
    return html.escape(text, quote=False)


def head(title: str) -> str:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)} - Báo Mẫu</title>'
            f'<meta property="og:title" content="{html.escape(title)}"><meta property="og:site_name" content="Báo Mẫu">'
            f'<meta property="article:published_time" content="{DATE}T07:00:00+07:00">'
            f'<script>var gaq = []; gaq.push(["track"]);</script><style>.x{{color:red}}</style></head>')


def page(layout: str, title: str, paragraphs: list[str], related: list[str]) -> str:
    ps = [f"<p>{e(p)}</p>" for p in paragraphs]
    links = "".join(f'<li><a href="/tin-{k}.html">{e(r)}</a></li>' for k, r in enumerate(related))
    menu = "".join(f'<li><a href="/muc-{k}">{e(m)}</a></li>' for k, m in enumerate(MENU))
    footer = "".join(f"<p>{e(f)}</p>" for f in FOOTER)
    if layout == "semantic":
        ps.insert(1, f'<figure><img src="a.jpg" alt=""><figcaption>{e(CAPTION)}</figcaption></figure>')
        body = (f"<header><nav><ul>{menu}</ul></nav></header><main><article><h1>{e(title)}</h1>{''.join(ps)}</article>"
                f"<aside><h3>Tin liên quan</h3><ul>{links}</ul></aside></main><footer>{footer}</footer>")
    elif layout == "inline":
        ps.insert(1, f'<table class="image"><tr><td><img src="a.jpg"></td></tr>'
                     f'<tr><td class="image-caption">{e(CAPTION)}</td></tr></table>')
        ps.insert(3, f'<div class="box-related"><h3>Tin liên quan</h3><ul>{links}</ul></div>')
        body = (f'<div class="header"><ul class="menu">{menu}</ul></div><div class="detail"><h1 class="title">'
                f'{e(title)}</h1><div class="content">{"".join(ps)}</div></div><div class="footer">{footer}</div>')
    elif layout == "linked":
        ps.insert(1, "".join(f'<p><a href="/tin-{k}.html">{e(r)}</a></p>' for k, r in enumerate(related)))
        ps.insert(3, f'<figure><img src="a.jpg"><figcaption>{e(CAPTION)}</figcaption></figure>')
        body = (f'<div id="menu">{menu}</div><article><h1>{e(title)}</h1>{"".join(ps)}</article>'
                f'<div id="bottom">{footer}</div>')
    else:
        ps.insert(1, f'<div class="photo"><img src="a.jpg"><p class="caption">{e(CAPTION)}</p></div>')
        body = (f'<div id="menu">{menu}</div><div id="main"><div class="post"><h1>{e(title)}</h1>'
                f'<div class="post-body">{"".join(ps)}</div></div><div class="sidebar"><b>Đọc nhiều</b><ul>{links}'
                f'</ul></div></div><div id="bottom">{footer}</div>')
    return f"{head(title)}<body>{body}</body></html>"


def score(found, ref, related: list[str]) -> dict:
    body = found.paragraphs
    labels = set(MENU + ["Tin liên quan", "Đọc nhiều"])  # short: furniture when a line is nothing else
    pieces = FOOTER + related + [CAPTION, CAPTION.split(". Ảnh")[0]]
    return {"found": sum(1 for p in ref.paragraphs if p in body), "total": len(ref.paragraphs),
            "extra": sum(1 for p in body if p not in ref.paragraphs),
            "furniture": sum(1 for p in body if p in labels or any(f in p for f in pieces)),
            "title": found.title == ref.title, "date": found.date == DATE}


def main() -> None:
    ap = argparse.ArgumentParser()
    default = ROOT.parent / "shared" / "corpus" / "vi-news"
    ap.add_argument("folder", nargs="?", type=Path, default=default if default.is_dir() else ROOT / "inputs")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    refs = []
    for path in discover(args.folder):
        if path.name.lower() == "readme.md":
            continue
        try:
            ref = clean_article(read_article(path, args.folder))
        except ArticleError:
            continue
        if len(ref.paragraphs) >= 2:
            # Most articles of a folder copied as text start with their lead, not a headline: those get the
            # lead's first words as a headline, as a page would have one.
            title = ref.title or " ".join(ref.paragraphs[0].split()[:12]).rstrip(",.;:")
            refs.append((path, replace(ref, title=title)))
    if args.limit:
        refs = refs[:args.limit]
    formats = ["semantic", "inline", "linked", "divs", "docx", "jsonl"]
    results = {f: [] for f in formats}
    seconds = {f: [] for f in formats}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rows = []
        for k, (path, ref) in enumerate(refs):
            related = [r.title for _, r in refs[k + 1:k + 4] or refs[:3] if r.title != ref.title][:3]
            for layout in formats[:4]:
                f = tmp / f"{k}-{layout}.html"
                f.write_text(page(layout, ref.title, ref.paragraphs, related), encoding="utf-8")
                t0 = time.perf_counter()
                found = clean_article(read_article(f, tmp))
                seconds[layout].append(time.perf_counter() - t0)
                results[layout].append(score(found, ref, related))
            f = tmp / f"{k}.docx"
            f.write_bytes(word_file(ref.title, ref.paragraphs))
            t0 = time.perf_counter()
            found = clean_article(read_article(f, tmp))
            seconds["docx"].append(time.perf_counter() - t0)
            results["docx"].append(score(found, ref, related) | {"date": None})
            rows.append({"id": path.stem, "title": ref.title, "date": DATE, "text": "\n\n".join(ref.paragraphs),
                         "related": related})
        data = tmp / "data"
        data.mkdir()
        (data / "all.jsonl").write_text("\n".join(json.dumps({k: v for k, v in r.items() if k != "related"},
                                                             ensure_ascii=False) for r in rows) + "\n",
                                        encoding="utf-8")
        t0 = time.perf_counter()
        addresses = list_articles(data, discover(data))
        listed = time.perf_counter() - t0
        for address, (_, ref), row in zip(addresses, refs, rows):
            t0 = time.perf_counter()
            found = clean_article(read_article(data / address.path, data, record=address.record))
            seconds["jsonl"].append(time.perf_counter() - t0)
            results["jsonl"].append(score(found, ref, row["related"]))
    summary = {"articles": len(refs), "jsonl_listing_ms": round(listed * 1000, 1)}
    print(f"{len(refs)} articles from {args.folder}")
    print(f"{'format':10} {'paragraphs found':>18} {'extra':>6} {'furniture':>9} {'title':>6} {'date':>6} "
          f"{'ms/article':>11}")
    for f in formats:
        r = results[f]
        found, total = sum(x["found"] for x in r), sum(x["total"] for x in r)
        extra, furniture = sum(x["extra"] for x in r), sum(x["furniture"] for x in r)
        title = sum(x["title"] for x in r)
        dates = [x["date"] for x in r if x["date"] is not None]
        ms = statistics.mean(seconds[f]) * 1000 if seconds[f] else 0.0
        date_text = f"{sum(dates)}/{len(dates)}" if dates else "-"
        print(f"{f:10} {found:>8}/{total:<9} {extra:>6} {furniture:>9} {title:>3}/{len(r):<3} {date_text:>6} "
              f"{ms:>11.1f}")
        summary[f] = {"found": found, "total": total, "extra": extra, "furniture": furniture, "title": title,
                      "date": sum(dates) if dates else None, "ms": round(ms, 1)}
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
