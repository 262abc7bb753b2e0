"""Write kg/data/countries.tsv: the Chinese short names of the ISO 3166-1 countries and areas, from Unicode CLDR.

Usage: python3 scripts/build_countries.py > kg/data/countries.tsv

The names are CLDR's ``zh_Hans_CN`` territory names as the Babel package ships them (Unicode License v3,
see kg/data/SOURCES.md). Also written: CLDR's world regions (its numeric UN M49 codes: 非洲, 欧洲, 东南亚 …; not 001
世界, a word), since news names them as places as it names countries.  Left out: CLDR's codes that are not ISO
3166-1 countries (AC, CP, DG, EA, EU, EZ, IC, TA, UN, QO, XA, XB, XK, ZZ), 香港, 澳门, 台湾, which the
divisions data names as provinces, and China itself: on a Chinese page 中国 opens the names of national
bodies and firms (中国石油化工集团有限公司), where a place inside the name would only add noise.
"""

from __future__ import annotations

import re
import sys

from babel import Locale, __version__

NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "TA", "UN", "QO", "XA", "XB", "XK", "ZZ", "CN",
                 "HK", "MO", "TW"}
NOT_REGIONS = {"001"}  # 世界: "the world", an everyday word


def main() -> None:
    names = Locale.parse("zh_Hans_CN").territories
    out = sys.stdout
    out.write("# kg/data/countries.tsv — countries and areas of the world by their Chinese short names (ISO 3166-1 codes),\n")
    out.write("#   then the world regions (UN M49 codes).\n")
    out.write(f"# source: Unicode CLDR territory names for zh_Hans_CN, as shipped by the Babel package {__version__};\n")
    out.write("#   licence: Unicode License v3 (see kg/data/SOURCES.md). Made by scripts/build_countries.py; do not edit.\n")
    out.write("code\tname\n")
    for code in sorted(names):
        if re.fullmatch("[A-Z]{2}", code) and code not in NOT_COUNTRIES:
            out.write(f"{code}\t{names[code]}\n")
    for code in sorted(names):
        if re.fullmatch("[0-9]{3}", code) and code not in NOT_REGIONS:
            out.write(f"{code}\t{names[code]}\n")


if __name__ == "__main__":
    main()
