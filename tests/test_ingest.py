import codecs
import os
import unicodedata
from pathlib import Path

import pytest

from pipeline.ingest.article import ArticleError
from pipeline.ingest.read import decode, discover, read_article

TEXT = "Hội nghị hợp tác phòng, chống tội phạm diễn ra tại Hà Nội. Hoà bình, khoẻ mạnh.\n"
EXPECTED = "Hội nghị hợp tác phòng, chống tội phạm diễn ra tại Hà Nội. Hòa bình, khỏe mạnh.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def rel(paths, root):
    return [p.relative_to(root).as_posix() for p in paths]


# --- discover ---------------------------------------------------------------


def test_discover_finds_txt_and_md_recursively_sorted(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.txt", "sub/deeper/d.md", "z/e.TXT", "notes.json", "img.jpg"]:
        write(tmp_path / name, "x")
    assert rel(discover(tmp_path), tmp_path) == ["a.md", "b.txt", "sub/c.txt", "sub/deeper/d.md", "z/e.TXT"]


def test_discover_skips_hidden_files_and_folders(tmp_path):
    write(tmp_path / "keep.txt", "x")
    write(tmp_path / ".hidden.txt", "x")
    write(tmp_path / ".git" / "notes.txt", "x")
    write(tmp_path / "sub" / ".cache" / "x.md", "x")
    assert rel(discover(tmp_path), tmp_path) == ["keep.txt"]


def test_discover_skips_the_output_folder_inside_the_input(tmp_path):
    write(tmp_path / "a.txt", "x")
    write(tmp_path / "out" / "a.md", "brief")
    write(tmp_path / "out" / "nested" / "b.md", "brief")
    assert rel(discover(tmp_path, exclude=tmp_path / "out"), tmp_path) == ["a.txt"]
    # The exclude path may be spelled differently (relative, with ..).
    spelled = tmp_path / "sub" / ".." / "out"
    assert rel(discover(tmp_path, exclude=spelled), tmp_path) == ["a.txt"]
    assert rel(discover(tmp_path, exclude=tmp_path / "missing"), tmp_path) == [
        "a.txt", "out/a.md", "out/nested/b.md",
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_discover_survives_symlink_loops(tmp_path):
    write(tmp_path / "a.txt", "x")
    write(tmp_path / "sub" / "b.txt", "x")
    try:
        os.symlink(tmp_path, tmp_path / "sub" / "loop", target_is_directory=True)
    except OSError:
        pytest.skip("cannot create symlinks")
    assert rel(discover(tmp_path), tmp_path) == ["a.txt", "sub/b.txt"]


def test_discover_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError):
        discover(tmp_path / "nope")


# --- read_article: encodings --------------------------------------------------


def test_utf8_without_bom(tmp_path):
    art = read_article(write(tmp_path / "a.txt", TEXT), tmp_path)
    assert (art.text, art.encoding, art.source) == (EXPECTED, "utf-8", "a.txt")


def test_utf8_with_bom(tmp_path):
    art = read_article(write(tmp_path / "a.txt", codecs.BOM_UTF8 + TEXT.encode()), tmp_path)
    assert art.text == EXPECTED and not art.text.startswith("\ufeff")
    assert art.encoding == "utf-8-sig"


@pytest.mark.parametrize(
    "bom, codec, name",
    [(codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be")],
)
def test_utf16_with_bom(tmp_path, bom, codec, name):
    art = read_article(write(tmp_path / "a.txt", bom + TEXT.encode(codec)), tmp_path)
    assert art.text == EXPECTED and art.encoding == name


def test_nfd_file_is_normalized(tmp_path):
    art = read_article(write(tmp_path / "a.md", unicodedata.normalize("NFD", TEXT)), tmp_path)
    assert art.text == EXPECTED


def test_crlf_and_nbsp_are_normalized(tmp_path):
    art = read_article(write(tmp_path / "a.txt", "Dòng một\u00a0ở đây.\r\n\r\nDòng hai.\r\n"), tmp_path)
    assert art.text == "Dòng một ở đây.\n\nDòng hai.\n"


def test_invalid_utf8_names_byte_and_offset(tmp_path):
    data = "Tiếng Việt ".encode() + b"caf\xe9 au lait"  # Latin-1 é inside UTF-8
    with pytest.raises(ArticleError) as err:
        read_article(write(tmp_path / "a.txt", data), tmp_path)
    msg = str(err.value)
    offset = data.index(0xE9)
    assert "not valid UTF-8" in msg
    assert f"byte 0xe9 at offset {offset}" in msg
    assert "save the file as UTF-8" in msg


def test_cp1258_file_is_refused_not_guessed(tmp_path):
    data = b"H\xe0 N\xf4\xf2i"  # "Hà Nội" in Windows-1258
    with pytest.raises(ArticleError, match="not valid UTF-8"):
        read_article(write(tmp_path / "a.txt", data), tmp_path)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_refused(tmp_path, codec):
    with pytest.raises(ArticleError, match="UTF-16 without a byte-order mark"):
        read_article(write(tmp_path / "a.txt", TEXT.encode(codec)), tmp_path)


def test_binary_with_nul_bytes_is_refused(tmp_path):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))
    with pytest.raises(ArticleError, match="NUL bytes"):
        read_article(write(tmp_path / "a.txt", data), tmp_path)


def test_utf16_bom_with_broken_body_is_refused(tmp_path):
    with pytest.raises(ArticleError, match="not valid UTF-16"):
        read_article(write(tmp_path / "a.txt", codecs.BOM_UTF16_LE + b"\x00\xd8a"), tmp_path)


def test_utf32_is_refused(tmp_path):
    with pytest.raises(ArticleError, match="UTF-32"):
        read_article(write(tmp_path / "a.txt", TEXT.encode("utf-32")), tmp_path)


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\n\t  \r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
     "\u200b\u00a0\n".encode()],
)
def test_empty_or_whitespace_only(tmp_path, data):
    with pytest.raises(ArticleError, match="^empty file$"):
        read_article(write(tmp_path / "a.txt", data), tmp_path)


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path / "a.txt", TEXT)

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    # chmod does not stop root, so simulate what the OS reports.
    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(ArticleError, match="permission denied"):
        read_article(path, tmp_path)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_for_real(tmp_path):
    path = write(tmp_path / "a.txt", TEXT)
    path.chmod(0)
    try:
        with pytest.raises(ArticleError, match="permission denied"):
            read_article(path, tmp_path)
    finally:
        path.chmod(0o644)


def test_folder_instead_of_file(tmp_path):
    (tmp_path / "d.txt").mkdir()
    with pytest.raises(ArticleError, match="cannot read file"):
        read_article(tmp_path / "d.txt", tmp_path)


def test_source_is_relative_posix_path(tmp_path):
    path = write(tmp_path / "2024" / "08" / "bai viet.md", TEXT)
    assert read_article(path, tmp_path).source == "2024/08/bai viet.md"


def test_discover_and_read_agree(tmp_path):
    write(tmp_path / "x" / "a.txt", TEXT)
    (path,) = discover(tmp_path)
    assert read_article(path, tmp_path).source == "x/a.txt"


def test_decode_for_bytes_without_a_file():
    assert decode(codecs.BOM_UTF8 + TEXT.encode()) == (EXPECTED, "utf-8-sig")
    with pytest.raises(ArticleError, match="empty file"):
        decode(b"\n")


def test_discover_finds_every_format_it_reads(tmp_path):
    for name in ["a.txt", "b.md", "c.html", "d.HTM", "e.docx", "f.jsonl", "g.ndjson", "h.csv", "notes.json",
                 "img.jpg", "old.doc"]:
        write(tmp_path / name, "x")
    assert rel(discover(tmp_path), tmp_path) == ["a.txt", "b.md", "c.html", "d.HTM", "e.docx", "f.jsonl",
                                                 "g.ndjson", "h.csv"]


def test_read_article_reads_one_record_of_a_dataset(tmp_path):
    write(tmp_path / "d" / "news.jsonl", '{"id": 1, "text": "Một."}\n{"id": 2, "body": "' + TEXT.strip() + '"}\n')
    raw = read_article(tmp_path / "d" / "news.jsonl", tmp_path, record=2)
    assert (raw.source, raw.text, raw.format) == ("d/news.jsonl#2", EXPECTED.strip(), "jsonl")
    with pytest.raises(ArticleError, match="no record 3"):
        read_article(tmp_path / "d" / "news.jsonl", tmp_path, record=3)
