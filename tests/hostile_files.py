"""Hostile article files for the robustness tests, and encoders for legacy Vietnamese encodings.

`python tests/hostile_files.py DIR` writes the folder, for trying `vietbrief run DIR` by hand.
"""

from __future__ import annotations

import os
import random
import sys
import unicodedata
from pathlib import Path

# No upper-case toned letters (TCVN3 has none) and only ASCII punctuation, so every legacy encoding holds it.
ARTICLE = """Hội nghị hợp tác phòng chống tội phạm

Chiều 19/2, tại Hà Nội, Bộ Công an tổ chức hội nghị về hợp tác phòng, chống tội phạm xuyên quốc gia. Hai bên thống nhất tăng cường trao đổi thông tin và phối hợp điều tra.

Bộ trưởng nhấn mạnh việc bảo đảm an ninh mạng là nhiệm vụ quan trọng. Các đơn vị sẽ triển khai kế hoạch trong năm nay.
"""

ENGLISH = """Ministers meet in Hanoi to discuss cross-border crime

The two ministers said on Monday that they would strengthen cooperation against cross-border crime and online
fraud. They agreed to share information more quickly and to hold a meeting of the working group every year.

The ministry said that the agreement was an important step for the security of the region, and that the police
of both countries would work together on the cases that were opened this year.
"""

HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Hội nghị hợp tác</title>
<script>window.dataLayer = [];</script></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul></nav>
<article><h1>Hội nghị hợp tác phòng chống tội phạm</h1>
<p>Chiều 19/2, tại Hà Nội, Bộ Công an tổ chức hội nghị.</p><p>Hai bên thống nhất tăng cường hợp tác.</p>
</article></body></html>
"""

# The same article as a saved web page, with the furniture a page has around it.
SAVED_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Hội nghị hợp tác phòng chống tội phạm - Báo Mẫu</title>
<meta property="og:site_name" content="Báo Mẫu">
<meta property="article:published_time" content="2024-02-19T15:30:00+07:00">
<script>var ads = {"slot": "top"};</script></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/the-gioi">Thế giới</a></li></ul></nav>
<article><h1>Hội nghị hợp tác phòng chống tội phạm</h1>
<p>Chiều 19/2, tại Hà Nội, Bộ Công an tổ chức hội nghị về hợp tác phòng, chống tội phạm xuyên quốc gia. Hai bên
thống nhất tăng cường trao đổi thông tin và phối hợp điều tra.</p>
<figure><img src="hoi-nghi.jpg" alt=""><figcaption>Toàn cảnh hội nghị. Ảnh: Bộ Công an</figcaption></figure>
<p>Bộ trưởng nhấn mạnh việc bảo đảm an ninh mạng là nhiệm vụ quan trọng. Các đơn vị sẽ triển khai kế hoạch trong
năm nay.</p></article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Bộ trưởng tiếp đoàn đại biểu quốc tế</a></li>
<li><a href="/b">Tổng kết công tác phòng chống tội phạm năm qua</a></li></ul></aside>
<footer><p>Bản quyền thuộc Báo Mẫu. Giấy phép số 123/GP-BTTTT.</p></footer></body></html>
"""

# A page with nothing but furniture: there is no article to find in it.
EMPTY_PAGE = """<!DOCTYPE html><html><head><title>Trang chủ</title><script>var x = 1;</script></head>
<body><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav><footer>Bản quyền</footer></body></html>
"""

BOILERPLATE = """Ảnh: TTXVN

Bình luận

Xem thêm: Hội nghị hợp tác phòng chống tội phạm

Bài liên quan

Đừng bỏ lỡ
"""

_TONES = "\u0300\u0301\u0309\u0303\u0323"


def to_cp1258(text: str) -> bytes:
    """As Windows writes Vietnamese in code page 1258: precomposed base letters, combining tone marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        out += (base + tone).encode("cp1258")
    return bytes(out)


def to_tcvn3(text: str) -> bytes:
    from pipeline.text.legacy import TCVN3

    inverse = {v: k for k, v in TCVN3.items()}
    return "".join(inverse.get(c, c) for c in unicodedata.normalize("NFC", text)).encode("latin-1")


def to_vni(text: str) -> bytes:
    from pipeline.text.legacy import _VNI_MARKS, _VNI_SINGLE

    single = {v: k for k, v in _VNI_SINGLE.items()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 1 or ch in single:
            out.append(single.get(ch, ch))
            continue
        tone = "".join(c for c in d if c in _TONES)
        quality = "".join(c for c in d[1:] if c not in _TONES)
        base = d[0]
        if quality == "\u031b":  # horn: ơ, ư are single bytes that then take a tone mark
            base, quality = single[unicodedata.normalize("NFC", base + quality)], ""
        mark = next(k for k, v in _VNI_MARKS.items() if v == (quality, tone))
        out.append(base + (mark.upper() if base.isupper() else mark))
    return "".join(out).encode("cp1252")


def docx_bytes(article: str) -> bytes:
    """`article` (headline, blank line, paragraphs) as a Word file: the headline in the Title style."""
    import io

    import docx

    document = docx.Document()
    title, *paragraphs = [p.strip() for p in article.split("\n\n") if p.strip()]
    document.add_paragraph(title, style="Title")
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def long_paragraph(chars: int = 20_000, seed: int = 7) -> str:
    """One paragraph of Vietnamese words with no punctuation at all, exactly `chars` long."""
    words = ("hội nghị hợp tác phòng chống tội phạm diễn ra tại thủ đô hai bên thống nhất tăng cường trao đổi "
             "thông tin phối hợp điều tra an ninh mạng").split()
    rng = random.Random(seed)
    text = ""
    while len(text) < chars:
        text += rng.choice(words) + " "
    text = text[:chars]
    return text[:-1] + "a" if text.endswith(" ") else text


# name -> (what it is, a piece of the reason the index must give, or None when the file must succeed)
EXPECTED = {
    "good.txt": ("a plain article", None),
    "empty.txt": ("an empty file", "empty file"),
    "whitespace.txt": ("whitespace only", "empty file"),
    "binary.txt": ("a PNG renamed .txt", "binary"),
    "binary_no_nul.txt": ("random bytes without NUL", "binary"),
    "invalid_utf8.txt": ("UTF-8 with Latin-1 bytes inside", "not valid UTF-8"),
    "utf16_no_bom.txt": ("UTF-16 LE without BOM", "UTF-16 without a byte-order mark"),
    "cp1258.txt": ("Windows-1258", None),
    "tcvn3.txt": ("TCVN3 (ABC)", "looks like TCVN3 (ABC)-encoded Vietnamese"),
    "vni.txt": ("VNI", "looks like VNI-encoded Vietnamese"),
    "tcvn3_as_utf8.txt": ("TCVN3 through a Latin-1 editor, saved as UTF-8", "Vietnamese typed in a TCVN3 (ABC) font"),
    "nfd.txt": ("decomposed (NFD) Unicode", None),
    "boilerplate.txt": ("only page boilerplate", "no article text left after removing boilerplate"),
    "big.txt": ("a 5 MB file", "MB limit"),
    "long_paragraph.txt": ("20,000 characters without punctuation", None),
    "page.txt": ("an HTML page saved as .txt: read as a page", None),
    "saved_page.html": ("a saved web page", None),
    "empty_page.html": ("a page without an article", "no article text found in the web page"),
    "renamed.docx": ("plain text named .docx", "not a Word .docx file"),
    "old_word.docx": ("a Word 97-2003 file named .docx", "Word 97-2003"),
    "cut_short.docx": ("a .docx cut short", "not a readable .docx file"),
    "binary.jsonl": ("random bytes named .jsonl", "binary"),
    "no_text_column.csv": ("a CSV without a text column", "no `text`, `content` or `body` column"),
    "english.txt": ("English text", "looks like English"),
    "loop.txt": ("a symbolic link to itself", "symbolic link loop"),
    "dangling.txt": ("a symbolic link to nothing", "broken symbolic link"),
    "unreadable.txt": ("a file without read permission", "permission denied"),
}


def write_hostile(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    w = {}

    def put(name: str, data: bytes) -> None:
        (folder / name).write_bytes(data)
        w[name] = folder / name

    put("good.txt", ARTICLE.encode())
    put("empty.txt", b"")
    put("whitespace.txt", b"  \n\t\n   \r\n")
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
    rng = random.Random(3)
    put("binary_no_nul.txt", bytes(rng.randrange(1, 256) for _ in range(4096)))
    put("invalid_utf8.txt", ARTICLE.encode() + "café au lait".encode("latin-1"))
    put("utf16_no_bom.txt", ARTICLE.encode("utf-16-le"))
    put("cp1258.txt", to_cp1258(ARTICLE))
    put("tcvn3.txt", to_tcvn3(ARTICLE))
    put("vni.txt", to_vni(ARTICLE))
    put("tcvn3_as_utf8.txt", to_tcvn3(ARTICLE).decode("latin-1").encode("utf-8"))
    put("nfd.txt", unicodedata.normalize("NFD", ARTICLE).encode())
    put("boilerplate.txt", BOILERPLATE.encode())
    put("big.txt", (ARTICLE.encode() + b"\n") * (5_000_000 // len(ARTICLE.encode()) + 1))
    put("long_paragraph.txt", long_paragraph().encode())
    put("page.txt", HTML.encode())
    put("english.txt", ENGLISH.encode())
    put("saved_page.html", SAVED_PAGE.encode())
    put("empty_page.html", EMPTY_PAGE.encode())
    put("renamed.docx", ARTICLE.encode())
    put("old_word.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + ARTICLE.encode("utf-16-le"))
    put("cut_short.docx", docx_bytes(ARTICLE)[:700])
    put("binary.jsonl", bytes(rng.randrange(1, 256) for _ in range(2048)))
    put("no_text_column.csv", "id,title\n1,Hội nghị\n".encode())
    os.symlink("loop.txt", folder / "loop.txt")
    w["loop.txt"] = folder / "loop.txt"
    os.symlink("gone.txt", folder / "dangling.txt")
    w["dangling.txt"] = folder / "dangling.txt"
    put("unreadable.txt", ARTICLE.encode())
    (folder / "unreadable.txt").chmod(0)
    # A folder symlink back to the top: must not be walked forever, nor its files read twice.
    (folder / "sub").mkdir(exist_ok=True)
    os.symlink("..", folder / "sub" / "up", target_is_directory=True)
    return w


if __name__ == "__main__":
    write_hostile(Path(sys.argv[1]))
    print(f"wrote {len(EXPECTED)} files to {sys.argv[1]}")
