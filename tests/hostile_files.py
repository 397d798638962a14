"""Hostile article files for the robustness tests, and encoders for legacy Vietnamese encodings.

`python tests/hostile_files.py DIR` writes the folder, for trying `vietbrief run DIR` by hand.
"""

from __future__ import annotations

import io
import json
import os
import random
import sys
import tempfile
import unicodedata
import zipfile
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
    title, *paragraphs = [p.strip() for p in article.split("\n\n") if p.strip()]
    return word_file(title, paragraphs)


def word_file(title: str, paragraphs: list[str]) -> bytes:
    """A Word file of `title` in the Title style and one paragraph each (bench/formats_roundtrip.py writes its
    articles with it)."""
    import docx

    document = docx.Document()
    document.add_paragraph(title, style="Title")
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# A story about web security saved as a page: the article quotes tags, which the page escapes.
SECURITY_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Lỗ hổng bảo mật trên các trang tin</title></head>
<body><nav><a href="/">Trang chủ</a> <a href="/cong-nghe">Công nghệ</a></nav>
<article><h1>Lỗ hổng bảo mật trên các trang tin</h1>
<p>Theo các chuyên gia, kẻ tấn công chèn thẻ &lt;script&gt; vào ô bình luận, hoặc dùng thẻ &lt;img&gt; với thuộc
tính &lt;img onerror&gt; để chạy mã độc khi ảnh không tải được.</p>
<p>Họ cũng giấu thẻ &lt;iframe&gt; trong một thẻ &lt;div&gt; ẩn, thay nội dung thẻ &lt;body&gt; hoặc chèn thẻ
&lt;form&gt; giả để lấy mật khẩu của người đọc.</p>
<p>Các thẻ &lt;p&gt;, &lt;a&gt; và &lt;span&gt; cũng bị lợi dụng; người dùng nên cập nhật trình duyệt thường xuyên.</p>
</article><footer>Bản quyền</footer></body></html>
"""

# Not Vietnamese prose at all: a system file's shape (what a link to /etc/passwd would bring in).
PASSWD = "".join(f"{u}:x:{n}:{n}:{u}:/var/lib/{u}:/usr/sbin/nologin\n" for n, u in enumerate(
    "root daemon bin sys sync games man lp mail news uucp proxy backup list irc nobody systemd-network".split()))

# An article whose text carries markup: it must reach no output as markup.
SCRIPTED = ARTICLE.replace("Bộ trưởng nhấn mạnh", "Bộ trưởng <script>alert(1)</script> <img src=x onerror=alert(2)> "
                           "[bấm vào đây](javascript:alert(3)) nhấn mạnh")


def bomb_docx(member: str, size: int, compression: int = zipfile.ZIP_DEFLATED, noise: bool = False) -> bytes:
    """A Word file of ARTICLE whose part `member` is `size` zero bytes (added or replaced), packed small; with
    `noise`, random bytes (a photo's worth of entropy: no bomb)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes(ARTICLE))) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info.filename, src.read(info.filename), zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo(member)
        info.compress_type = compression
        with dst.open(info, "w", force_zip64=True) as f:
            for _ in range(size >> 20):
                f.write(random.randbytes(1 << 20) if noise else bytes(1 << 20))
    return out.getvalue()


def damaged_dataset() -> bytes:
    """Three JSON Lines records, the second with a byte that is not UTF-8."""
    lines = [json.dumps({"title": f"Tin {n}", "text": ARTICLE.replace("năm nay", f"tháng {n}")},
                        ensure_ascii=False).encode() for n in (1, 2, 3)]
    lines[1] = lines[1].replace("Nội".encode(), b"N\xe0i")
    return b"\n".join(lines) + b"\n"


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
    "caf%E9.txt": ("a file name that is not valid UTF-8 (b'caf\\xe9.txt')", None),
    "javascript:alert(1).txt": ("a file name that is a script link", None),
    "index.txt": ("an article named like the batch index", None),
    "scripted.txt": ("an article holding <script>, <img onerror> and a javascript: link", None),
    "outside.txt": ("a symbolic link to an article outside the input folder", "outside the input folder"),
    "passwd.txt": ("a system file's lines, not prose", "does not look like Vietnamese prose"),
    "security.html": ("a saved page whose article quotes HTML tags", None),
    "picture_bomb.docx": ("a Word file with a picture that unpacks to 60 MB", "over the 50 MB limit for one part"),
    "styles_bomb.docx": ("a Word file with bzip2-packed styles that unpack 2 MB to 1,000 times smaller",
                         "ZIP bomb"),
    "damaged.jsonl#1": ("a good record of a dataset with a bad byte elsewhere", None),
    "damaged.jsonl#2": ("the dataset's record with a byte that is not UTF-8", "not valid UTF-8"),
    "damaged.jsonl#3": ("another good record of that dataset", None),
}

# Where a brief goes when it is not the source's name without its suffix.
BRIEF_NAMES = {"index.txt": "index_txt", "damaged.jsonl#1": "damaged/1", "damaged.jsonl#2": "damaged/2",
               "damaged.jsonl#3": "damaged/3"}


def brief_name(source: str) -> str:
    return BRIEF_NAMES.get(source, str(Path(source).with_suffix("")))


def write_hostile(folder: Path, outside: Path | None = None) -> dict[str, Path]:
    """The hostile files in `folder`; `outside.txt` links to an article in `outside` (a new temporary folder when
    None), which must not be inside the folder a run reads."""
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
    variant = ARTICLE.replace("năm nay", "tháng tới")
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(variant.encode())
    w["caf%E9.txt"] = folder / os.fsdecode(b"caf\xe9.txt")
    put("javascript:alert(1).txt", ARTICLE.replace("năm nay", "quý tới").encode())
    put("index.txt", ARTICLE.replace("năm nay", "tuần tới").encode())
    put("scripted.txt", SCRIPTED.encode())
    outside = Path(tempfile.mkdtemp(prefix="vietbrief-outside-")) if outside is None else outside
    outside.mkdir(parents=True, exist_ok=True)
    elsewhere = outside / "secret.txt"
    elsewhere.write_text(ARTICLE.replace("năm nay", "năm sau"), encoding="utf-8")
    os.symlink(elsewhere, folder / "outside.txt")
    w["outside.txt"] = folder / "outside.txt"
    put("passwd.txt", PASSWD.encode())
    put("security.html", SECURITY_PAGE.encode())
    put("picture_bomb.docx", bomb_docx("word/media/image1.png", 60 << 20))
    put("styles_bomb.docx", bomb_docx("word/styles.xml", 2 << 20, zipfile.ZIP_BZIP2))
    put("damaged.jsonl", damaged_dataset())
    # A folder symlink back to the top: must not be walked forever, nor its files read twice.
    (folder / "sub").mkdir(exist_ok=True)
    os.symlink("..", folder / "sub" / "up", target_is_directory=True)
    return w


if __name__ == "__main__":
    write_hostile(Path(sys.argv[1]))
    print(f"wrote {len(EXPECTED)} files to {sys.argv[1]}")


class ScriptedServer:
    """An HTTP server answering chat completions from a script: each request takes the next reply,
    (status, content type, body, seconds to wait first); the last one repeats. For the server-fault tests."""

    def __init__(self, replies: list[tuple[int, str, bytes, float]]):
        self.replies, self.requests = list(replies), 0

    GOOD = (200, "application/json", b'{"id": "x", "object": "chat.completion", "created": 0, "model": "m", '
            b'"choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", '
            b'"content": "[{\\"id\\": 1, \\"en\\": \\"The meeting opened.\\"}]"}}]}', 0.0)

    def __enter__(self) -> "ScriptedServer":
        import threading
        import time
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the standard library's name
                self.rfile.read(int(self.headers.get("content-length") or 0))
                k = min(server.requests, len(server.replies) - 1)
                server.requests += 1
                status, kind, body, wait = server.replies[k]
                time.sleep(wait)
                try:
                    self.send_response(status)
                    self.send_header("content-type", kind)
                    self.send_header("content-length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the client gave up waiting
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        host, port = self.httpd.server_address[:2]
        self.base_url = f"http://{host}:{port}/v1"
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
