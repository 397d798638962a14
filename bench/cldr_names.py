"""Build pipeline/checks/data/cldr.tsv: the names the Unicode CLDR gives in Vietnamese and English, for the name
check's exonym table (pipeline/checks/cldr.py reads the file; the hand tables in countries.py and places.py win
where both name a thing).

Source: the CLDR data Babel ships (Babel 2.x, BSD-3-Clause; CLDR itself under the Unicode licence), read with
Babel's public API for the locales `vi` and `en`:

* territory  -- `Locale.territories`: countries, dependencies and world regions (Pháp -> France, Châu Đại
  Dương -> Oceania). A parenthesised second name is a form of its own (Myanmar (Miến Điện) -> Myanmar, Miến
  Điện; Myanmar (Burma)); `&` is also written `and`; hyphenated Vietnamese spellings (Ả Rập Xê-út) also
  without the hyphens. When the CLDR's Vietnamese name of a language is `Tiếng` + a territory's Vietnamese name
  (Tiếng Hy Lạp), the language's English name is that territory's adjective too (Greek).
* city       -- `Locale.time_zones[...]['city']`: the exemplar cities of time zones where the Vietnamese
  differs from the English (Bình Nhưỡng -> Pyongyang, Praha -> Prague); cities written alike need no table.
* language   -- `Locale.languages`: `tiếng X` -> the language's English name (tiếng Quảng Đông -> Cantonese).
* currency   -- `Locale.currencies` and `currency_symbols`: the full Vietnamese name -> English name, ISO code
  and symbol (Đô la Mỹ -> US Dollar, USD, $); the check uses the unit words before a country's name
  (đô la, bảng, yên, rúp...) to know that the country there names the currency.

Babel is installed with the project (trafilatura -> courlan -> babel) but is not a direct dependency; the table
is generated once and committed, so the check's behaviour does not move with the Babel version installed.

Usage: python bench/cldr_names.py [--out pipeline/checks/data/cldr.tsv]
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

import babel
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
# Not names: the world, an unknown region, a pseudo-region
_SKIP_TERRITORIES = {"001", "ZZ", "QO", "XA", "XB"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def forms(name: str) -> list[str]:
    """A CLDR display name and the other ways it is written: the parenthesised name, `and` for `&`, a hyphenated
    transliteration without its hyphens."""
    name = nfc(name)
    out = [name]
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m:
        out = [m.group(1).strip(), m.group(2).strip()]
    more = []
    for f in out:
        if "&" in f:
            more.append(re.sub(r"\s*&\s*", " and ", f))
        if "-" in f and not f.isascii():
            more.append(f.replace("-", " "))
        if f.startswith("St. "):
            more.append("Saint " + f[4:])
    return list(dict.fromkeys(out + more))


def rows() -> list[tuple[str, str, list[str]]]:
    vi, en = Locale("vi"), Locale("en")
    out: list[tuple[str, str, list[str]]] = []
    # the English adjective of a territory from the language named after it (Tiếng Hy Lạp -> Greek)
    adjectives: dict[str, list[str]] = {}
    for code, name in vi.languages.items():
        name = nfc(name)
        if name.startswith("Tiếng ") and code in en.languages:
            adjectives.setdefault(name[len("Tiếng "):], []).append(nfc(en.languages[code]))
    for code, name in sorted(vi.territories.items()):
        if code in _SKIP_TERRITORIES or code not in en.territories or "-alt-" in code:
            continue
        english = forms(en.territories[code])
        for vi_form in forms(name):
            extra = [a for f in forms(name) for a in adjectives.get(f, [])]
            out.append(("territory", vi_form, list(dict.fromkeys(english + extra))))
    for zone, data in sorted(vi.time_zones.items()):
        city = data.get("city")
        en_city = en.time_zones.get(zone, {}).get("city") or zone.split("/")[-1].replace("_", " ")
        if not city or "," in city or nfc(city) == nfc(en_city) or zone.endswith("/Unknown"):
            continue
        for vi_form in forms(city):
            out.append(("city", vi_form, forms(en_city)))
    for code, name in sorted(vi.languages.items()):
        name = nfc(name)
        if not name.startswith("Tiếng ") or code not in en.languages:
            continue
        rest = name[len("Tiếng "):]
        if "(" in rest or "(" in en.languages[code]:  # a script or a variant in brackets: no running-text name
            continue
        for vi_form in forms(rest):
            out.append(("language", f"tiếng {vi_form}", forms(en.languages[code])))
    for code, name in sorted(vi.currencies.items()):
        if code not in en.currencies or "(" in name:  # (Ngày tiếp theo): a trading variant, no currency's name
            continue
        english = [nfc(en.currencies[code]), code]
        for symbol in (en.currency_symbols.get(code), vi.currency_symbols.get(code)):
            if symbol and symbol not in english:
                english.append(symbol)
        out.append(("currency", nfc(name), english))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "pipeline/checks/data/cldr.tsv")
    args = ap.parse_args()
    table = rows()
    seen: set[tuple[str, str]] = set()
    lines = [f"# CLDR names for the name check, from Babel {babel.__version__} (bench/cldr_names.py; do not edit)",
             "# kind\tvi\ten forms (|)"]
    for kind, vi_form, english in table:
        if (kind, vi_form) in seen or not english or any("\t" in f or "|" in f for f in english + [vi_form]):
            continue
        seen.add((kind, vi_form))
        lines.append(f"{kind}\t{vi_form}\t{'|'.join(english)}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for kind, *_ in table:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{args.out}: {len(lines) - 2} rows", kinds)


if __name__ == "__main__":
    main()
