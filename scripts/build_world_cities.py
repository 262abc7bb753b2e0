"""Write kg/data/world_cities.tsv: the world's cities by their Chinese names, from Unicode CLDR, and China's own name.

Usage: python3 scripts/build_world_cities.py > kg/data/world_cities.tsv

The cities are CLDR's exemplar cities of its time zones (``zh_Hans_CN``, as the Babel package ships them;
Unicode License v3, see kg/data/SOURCES.md): the capitals and great cities the news names (巴黎, 莫斯科, 开罗,
纽约). Left out: the research stations of Antarctica and CLDR's placeholder for an unknown zone.

Unlike countries.tsv, these names are not looked for in the text: many are also words or people's names
(万象, 达尔文), and China's name opens the names of national bodies and firms (中国石油化工集团有限公司). They
vouch for a place only where kg's tagger finds the name whole and calls it a place.
"""

from __future__ import annotations

import sys

from babel import Locale, __version__

HOME = "CN"  # China's own name, which countries.tsv leaves out
NOT_CITIES = ("Antarctica/", "Etc/")  # research stations; no city
UNKNOWN = "Etc/Unknown"


def main() -> None:
    locale = Locale.parse("zh_Hans_CN")
    out = sys.stdout
    out.write("# kg/data/world_cities.tsv — the world's cities by their Chinese names (CLDR's exemplar cities of its time\n")
    out.write("#   zones), and China's own name. A Place only where kg's tagger finds the name whole (not looked for in text).\n")
    out.write(f"# source: Unicode CLDR for zh_Hans_CN, as shipped by the Babel package {__version__};\n")
    out.write("#   licence: Unicode License v3 (see kg/data/SOURCES.md). Made by scripts/build_world_cities.py; do not edit.\n")
    out.write("code\tname\n")
    out.write(f"{HOME}\t{locale.territories[HOME]}\n")
    cities: dict[str, str] = {}
    for zone, names in sorted(locale.time_zones.items()):
        city = names.get("city")
        if city and zone != UNKNOWN and not zone.startswith(NOT_CITIES) and city not in cities.values():
            cities[zone] = city
    for zone, city in sorted(cities.items()):
        out.write(f"{zone}\t{city}\n")


if __name__ == "__main__":
    main()
