#!/usr/bin/env python3
"""Write kg/data/gazetteer.tsv from the data files of the `vietnamadminunits` package.

The package (MIT) is a build-time source only: kg/ never imports it, it reads the TSV this
script writes. Run it again when the package's data changes:

    .venv/bin/python scripts/make_gazetteer.py            # writes kg/data/gazetteer.tsv
    .venv/bin/python scripts/make_gazetteer.py -o /tmp/g.tsv --source DIR

Rows: the 63 provinces, their districts and their communes as they stood before 1 July 2025
(vintage "legacy"; a commune row gives its district's code in district_code, and no province name:
its province is its district's) and the 34 provinces from 1 July 2025 (vintage "2025"; districts
were abolished).
The output is deterministic: same source, same bytes.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "kg" / "data" / "gazetteer.tsv"

COLUMNS = ["vintage", "level", "code", "name", "kind", "province_code", "province_name",
           "province_kind", "successor_code", "district_code"]

# The unit words as the genre writes them inside names ("Tỉnh ủy An Giang", "thành phố Cần Thơ").
KINDS = {"tỉnh": "tỉnh", "thành phố": "thành phố", "huyện": "huyện", "quận": "quận",
         "thị xã": "thị xã"}
COMMUNE_KINDS = {"xã": "xã", "phường": "phường", "thị trấn": "thị trấn"}

# --- modern tone placement ---------------------------------------------------------------
# The project writes "hòa", "khỏe", "thủy" (tone on the first vowel of an open oa/oe/uy),
# whatever the source used. kg.text did not exist when this was written; the rule is tiny.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_OPEN_PAIRS = ("oa", "oe", "uy")


def _modern_syllable(word: str) -> str:
    nfd = unicodedata.normalize("NFD", word)
    tone = next((ch for ch in nfd if ch in _TONES), None)
    if tone is None:
        return word
    base = unicodedata.normalize("NFC", "".join(ch for ch in nfd if ch not in _TONES))
    low = base.lower()
    for pair in _OPEN_PAIRS:
        # only an open syllable ending in the pair; "qu" + y keeps its tone on y (quý)
        if low.endswith(pair) and not (pair == "uy" and low[:-2].endswith("q")):
            i = len(base) - 2
            return unicodedata.normalize("NFC", base[: i + 1] + tone + base[i + 1:])
    return unicodedata.normalize("NFC", word)


def modern_tones(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")
    return re.sub(r"\w+", lambda m: _modern_syllable(m.group(0)), text)


# --- reading the source -------------------------------------------------------------------

def find_source() -> Path:
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("vietnamadminunits is not installed; pip install 'vnpolkg[gazetteer]' or pass --source")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _kind(word: str) -> str:
    kind = KINDS.get(word.strip().lower())
    if kind is None:
        raise ValueError(f"unknown unit word {word!r}")
    return kind


def _province_kind(full_name: str, short: str) -> str:
    return _kind(full_name[: len(full_name) - len(short)])


def _district_name(short: str) -> str:
    # the package disambiguates its keys with "Kỳ Anh (Huyện)"; the name itself is "Kỳ Anh"
    return re.sub(r"\s*\((?:Huyện|Thị xã|Thành phố|Quận)\)$", "", short)


# Province 46 was "tỉnh Thừa Thiên Huế" until 31 Dec 2024 and the centrally-run city of Huế for
# the six months before the 2025 reform; the package's legacy map has the six-month form.
LEGACY_PROVINCE_FORMS = {"46": ("Thừa Thiên Huế", "tỉnh")}


def build_rows(source: Path) -> list[list[str]]:
    legacy = json.loads((source / "parser_legacy.json").read_text(encoding="utf-8"))
    modern = json.loads((source / "parser_from_2025.json").read_text(encoding="utf-8"))
    merges = json.loads((source / "converter_2025.json").read_text(encoding="utf-8"))

    new_code = {key: p["provinceCode"] for key, p in modern["DICT_PROVINCE"].items()}
    successor = {old: new_code[new] for new, olds in merges["DICT_PROVINCE"].items() for old in olds}

    rows: list[tuple[tuple, list[str]]] = []
    for key, p in legacy["DICT_PROVINCE"].items():
        pname = modern_tones(p["provinceShort"])
        pkind = _province_kind(p["province"], p["provinceShort"])
        pcode = p["provinceCode"]
        # The "legacy" vintage stands for 2014-2025, when most articles were written: a unit
        # the package gives in a form it had only briefly takes its long-standing form.
        pname, pkind = LEGACY_PROVINCE_FORMS.get(pcode, (pname, pkind))
        succ = successor[key]
        rows.append(((0, pcode, 0, ""), ["legacy", "province", pcode, pname, pkind, "", "", "", succ, ""]))
        for dkey, d in legacy["DICT_PROVINCE_DISTRICT"][key].items():
            name = modern_tones(_district_name(d["districtShort"]))
            rows.append(((0, pcode, 1, d["districtCode"]),
                         ["legacy", "district", d["districtCode"], name, _kind(d["districtType"]),
                          pcode, pname, pkind, succ, ""]))
            rows += _commune_rows(legacy, key, dkey, pcode, d["districtCode"])
    for p in modern["DICT_PROVINCE"].values():
        pcode = p["provinceCode"]
        rows.append(((1, pcode, 0, ""),
                     ["2025", "province", pcode, modern_tones(p["provinceShort"]),
                      _province_kind(p["province"], p["provinceShort"]), "", "", "", "", ""]))
    rows.sort(key=lambda r: r[0])
    keys = [(r[1][0], r[1][1], r[1][2]) for r in rows]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate (vintage, level, code) in source")
    return [r[1] for r in rows]


def _commune_rows(legacy: dict, pkey: str, dkey: str, pcode: str, dcode: str) -> list[tuple]:
    """The communes of a district (level "commune", sorted after their district by code); a ward
    of no known kind is left out."""
    out = []
    for w in legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].get(pkey, {}).get(dkey, {}).values():
        kind = COMMUNE_KINDS.get(str(w.get("wardType")).strip().lower())
        if kind is None or not w.get("wardShort"):
            continue
        out.append(((0, pcode, 2, dcode, w["wardCode"]),
                    ["legacy", "commune", w["wardCode"], modern_tones(w["wardShort"]), kind, pcode, "", "", "", dcode]))
    return out


def render(rows: list[list[str]]) -> bytes:
    lines = ["\t".join(COLUMNS)] + ["\t".join(r) for r in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--source", type=Path, default=None,
                    help="the package's data/ folder (default: the installed package)")
    args = ap.parse_args(argv)
    rows = build_rows(args.source or find_source())
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(render(rows))
    counts = {}
    for r in rows:
        counts[(r[0], r[1])] = counts.get((r[0], r[1]), 0) + 1
    print(f"wrote {args.output}: " + ", ".join(f"{v} {k[0]} {k[1]}s" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
