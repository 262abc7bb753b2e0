"""Write kg/data/countries.tsv: the Chinese short names of the ISO 3166-1 countries and areas, from Unicode CLDR.

Usage: python3 scripts/build_countries.py > kg/data/countries.tsv

The names are CLDR's ``zh_Hans_CN`` territory names as the Babel package ships them (Unicode License v3,
see kg/data/SOURCES.md). Left out: CLDR's codes that are not ISO 3166-1 countries (AC, CP, DG, EA, EU, EZ, IC,
TA, UN, QO, XA, XB, XK, ZZ and the numeric regions), and China itself with 香港, 澳门, 台湾, which the divisions data
names as provinces.
"""

from __future__ import annotations

import re
import sys

from babel import Locale, __version__

NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "TA", "UN", "QO", "XA", "XB", "XK", "ZZ",
                 "CN", "HK", "MO", "TW"}


def main() -> None:
    names = Locale.parse("zh_Hans_CN").territories
    out = sys.stdout
    out.write("# kg/data/countries.tsv — countries and areas of the world by their Chinese short names (ISO 3166-1 codes).\n")
    out.write(f"# source: Unicode CLDR territory names for zh_Hans_CN, as shipped by the Babel package {__version__};\n")
    out.write("#   licence: Unicode License v3 (see kg/data/SOURCES.md). Made by scripts/build_countries.py; do not edit.\n")
    out.write("code\tname\n")
    for code in sorted(names):
        if re.fullmatch("[A-Z]{2}", code) and code not in NOT_COUNTRIES:
            out.write(f"{code}\t{names[code]}\n")


if __name__ == "__main__":
    main()
