"""Bytes to Vietnamese text, refusing to guess encodings.

A wrong guess (cp1252 for UTF-8, say) produces mojibake that then gets translated and summarized with full
confidence, so anything that is not clearly UTF-8, BOM-marked UTF-16 or (recognized by its syllables, see
legacy.py) Windows-1258 becomes an ArticleError the user can fix. Every text format (plain text, saved web
pages, datasets) decodes through here.
"""

from __future__ import annotations

import codecs

from pipeline.ingest.article import ArticleError
from pipeline.text.legacy import legacy_message, sniff_bytes, sniff_text
from pipeline.text.normalize import normalize


class InvalidUTF8(ArticleError):
    """Mostly UTF-8 text with bytes that are not: a dataset reads its other records all the same."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise ArticleError with the reason; the text is not normalized."""
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        # Checked before UTF-16: the UTF-32 LE BOM starts with the UTF-16 LE one.
        raise ArticleError("UTF-32 text is not supported; save the file as UTF-8")
    for bom, codec, name in (
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                offset = exc.start + len(bom)
                raise ArticleError(
                    f"not valid {codec.upper()} despite its byte-order mark "
                    f"(bad bytes at offset {offset}); save the file as UTF-8"
                ) from None
            if "\x00" in text:
                raise ArticleError("contains NUL characters; looks like a binary file, not text")
            return text, name

    if b"\x00" in data:
        # UTF-16 without a BOM is ASCII-heavy text with every other byte zero.
        # We could guess the byte order, but a guess is exactly what we avoid.
        even_zeros = data[0::2].count(0)
        odd_zeros = data[1::2].count(0)
        half = max(len(data) // 2, 1)
        if max(even_zeros, odd_zeros) > 0.3 * half and min(even_zeros, odd_zeros) < 0.05 * half:
            raise ArticleError(
                "looks like UTF-16 without a byte-order mark; save the file as UTF-8"
            )
        raise ArticleError(
            f"contains NUL bytes (first at offset {data.index(0)}); looks like a binary file, not text"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    controls = sum(1 for b in data if b < 0x20 and b not in b"\t\n\r\x0c") + data.count(0x7F)
    if controls > 0.02 * len(data):
        raise ArticleError(f"looks like a binary file, not text ({controls} control bytes in {len(data)})")
    lenient = data.decode("utf-8", "surrogateescape")
    undecoded = sum(1 for ch in lenient if "\udc80" <= ch <= "\udcff")
    if sum(1 for ch in lenient if ord(ch) > 127) - undecoded > undecoded:
        # More well-formed UTF-8 sequences than bad bytes: UTF-8 damaged in places, not a legacy encoding
        # (whose bytes seldom pair up as UTF-8), which reading it as one would turn into mojibake.
        raise InvalidUTF8(f"not valid UTF-8 (byte 0x{data[bad]:02x} at offset {bad}); save the file as UTF-8")
    legacy = sniff_bytes(data)  # Vietnamese in a pre-Unicode encoding?
    if legacy is not None:
        name, text = legacy
        if name == "windows-1258":  # a standard code page with a complete codec: converted
            return text, name
        raise ArticleError(legacy_message(name, data.decode("latin-1"), text))
    raise InvalidUTF8(
        f"not valid UTF-8 (byte 0x{data[bad]:02x} at offset {bad}); "
        "save the file as UTF-8"
    )


def decode(data: bytes) -> tuple[str, str]:
    """Bytes of one article -> (normalized text, encoding name).

    Shared by read_article and by callers that have bytes but no file
    (standard input). Raises ArticleError for anything but UTF-8,
    BOM-marked UTF-16 or clearly recognizable Windows-1258 Vietnamese (see
    legacy.py), and for text that is empty once normalized.
    """
    text, encoding = decode_bytes(data)
    text = normalize(text)
    if not text.strip():
        raise ArticleError("empty file")
    legacy = sniff_text(text)  # TCVN3/VNI bytes that went through a Latin-1 editor before being saved as UTF-8
    if legacy is not None:
        raise ArticleError(legacy_message(legacy[0], text, legacy[1], saved_as_utf8=True))
    return text, encoding
