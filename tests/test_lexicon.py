"""kg.lang.lexicon: the data files load, are well-formed and say what the recogniser relies on."""

from __future__ import annotations

import pytest

from kg.lang import lexicon
from kg.records import ENTITY_TYPES


@pytest.fixture(scope="module")
def lex():
    return lexicon.load()


def test_lexicon_load_is_cached(lex):
    assert lexicon.load() is lex


@pytest.mark.parametrize(
    "short,full",
    [
        ("住建局", "住房和城乡建设局"),
        ("城管局", "城市管理局"),
        ("执法局", "综合行政执法局"),
        ("发改委", "发展和改革委员会"),
        ("城市更新办", "城市更新办公室"),
        ("政府新闻办", "人民政府新闻办公室"),
        ("央视", "中央电视台"),
    ],
)
def test_lexicon_abbreviations(lex, short, full):
    assert lex.abbreviations[short][0] == full


@pytest.mark.parametrize(
    "text,suffix,type_",
    [
        ("区统计局", "局", "Agency"),
        ("营流路片区改造指挥部", "指挥部", "Agency"),
        ("青岛蓝湾工程检测鉴定有限公司", "有限公司", "Company"),
        ("即墨古城商户商会", "商会", "Organization"),
        ("中南樾府口袋公园", "口袋公园", "Project"),
        ("前枣杭村", "村", "Place"),
        ("大赛一等奖", "一等奖", "Award"),
    ],
)
def test_lexicon_longest_suffix(lex, text, suffix, type_):
    hit = lex.suffix_at(text, len(text))
    assert hit[0] == suffix and hit[1] == type_


def test_lexicon_types_are_guide_types(lex):
    types = {t for t, _ in lex.suffixes.values()} | {t for _, t in lex.abbreviations.values()}
    types |= {t.type for t in lex.titles.values()}
    assert types <= set(ENTITY_TYPES)


def test_lexicon_titles_heads(lex):
    assert lex.titles["局长"].head and not lex.titles["副局长"].head
    assert lex.titles["记者"].type == "Person" and lex.titles["二级巡视员"].type == "Official"


def test_lexicon_surnames_include_compound(lex):
    assert {"王", "薛", "欧阳", "司马"} <= lex.surnames
    assert all(1 <= len(s) <= 2 for s in lex.surnames)


def test_lexicon_boundary_before(lex):
    text = "在青岛市召开"
    assert lex.boundary_before(text, 1) == 1  # 在
    assert lex.boundary_before(text, 6) == 2  # 召开
    assert lex.boundary_before(text, 4) == 0


def test_lexicon_no_seed_names_in_data(lex):
    """Data files hold general patterns, not the dev pages' own names (issue 3)."""
    seed_names = {"即墨区住房和城乡建设局", "青岛蓝湾工程检测鉴定有限公司", "融通·融园装备制造产业园", "前枣杭村",
                  "城马路", "京东方", "富士康", "卡奥斯", "西门子", "极视角", "姜德志", "薛少华"}
    words = set(lex.suffixes) | lex.departments | set(lex.abbreviations) | lex.stop_names | lex.boundaries
    assert not (words & seed_names)


def test_lexicon_suffix_and_boundary_lookups_equal_probing_every_length(lex):
    """suffix_at/boundary_before probe only the lengths of words ending in the character: same answers."""
    import random

    def suffix_ref(text, end):
        if end <= 0 or end > len(text):
            return None
        for n in range(min(lex.max_suffix, end), 0, -1):
            if text[end - n : end] in lex.suffixes:
                return (text[end - n : end], *lex.suffixes[text[end - n : end]])
        return None

    def boundary_ref(text, pos):
        if pos <= 0:
            return 0
        for n in range(min(lex.max_boundary, pos), 0, -1):
            if text[pos - n : pos] in lex.boundaries:
                return n
        return 0

    rnd = random.Random(7)
    words = sorted(lex.suffixes) + sorted(lex.boundaries) + list("的了区市在和")
    hits = 0
    for _ in range(3000):
        text = "".join(rnd.choice(words)[rnd.randint(0, 1):] for _ in range(rnd.randint(1, 4)))
        for i in range(-1, len(text) + 2):
            got = lex.suffix_at(text, i)
            assert got == suffix_ref(text, i), (text, i)
            hits += got is not None
            if i <= len(text):
                assert lex.boundary_before(text, i) == boundary_ref(text, i), (text, i)
    assert hits > 1000


def test_lexicon_suffix_end_pattern_finds_every_last_character(lex):
    assert {m.group() for m in lex.suffix_end_re.finditer("".join(sorted(lex.suffix_last_chars)))} == set(lex.suffix_last_chars)
    assert lex.prepare() is lex


def test_lexicon_scope_words(lex):
    assert lex.scope_units == ("自治区", "自治州", "自治县", "街道", "省", "市", "区", "县", "州", "旗", "镇", "乡")  # longest first
    assert (lex.scope_owners, lex.scope_wholes) == (("我", "本"), ("全",))
    assert [lex.scope_re.match(w).group(1) for w in ("我区住建局", "全市", "街道办", "本省")] == ["区", "市", "街道", "省"]
    assert lex.scope_re.match("国务院") is None
    assert [lex.strip_owner(n) for n in ("我区住建局", "本市", "我们", "我街道")] == ["区住建局", "本市", "我们", "我街道"]
    assert "国务院" in lex.national_prefixes and "中国" in lex.national_prefixes


def test_lexicon_outlets(lex):
    assert lex.house_outlets == ("本报", "本台", "本网", "本刊", "融媒", "融媒体", "本站")
    assert lex.outlets["青岛日报/观海新闻"] == "named"
    assert [lex.outlet_prefix(r) for r in ("大众网记者", "人民网福州", "湖北日报", "本报", "融媒", "临报融媒", "全力织密安全",
                                           "法院遏制司法腐败本报")] == [
        "大众网", "人民网", "湖北日报", None, None, "临报融媒", None, None]
    # 社 ends an outlet's name (新华社, 钢城日报社), not a co-operative's: 合作社 is a longer kind word
    assert [lex.outlet_prefix(r) for r in ("新华社", "钢城日报社", "钢城区茶叶专业合作社", "甲合作社")] == [
        "新华社", "钢城日报社", None, None]


@pytest.mark.parametrize(
    "name,text,message",
    [
        ("scope_words.tsv", "word\trole\n区\tplace\n", "scope_words.tsv: '区' has role 'place'; valid: unit, own, whole, national, resident, settlement, visit_to, visit, zone, public"),
        ("outlets.tsv", "outlet\tkind\n本报\town\n", "outlets.tsv: '本报' has kind 'own'; valid: house, named, ending, site"),
        ("outlets.tsv", "outlet\tkind\n本报\n", "outlets.tsv:2: expected 2 tab-separated columns, got 1: '本报'"),
    ],
)
def test_lexicon_bad_rows_name_the_file(name, text, message):
    from kg.errors import KgError

    texts = {**lexicon.read_texts(), name: text}
    with pytest.raises(KgError) as err:
        lexicon.from_texts(texts, origin="somewhere")
    assert str(err.value) == f"somewhere/{message}"


def test_lexicon_load_from_a_folder(tmp_path):
    for name, text in lexicon.read_texts().items():
        (tmp_path / name).write_text(text.replace("住建局\t", "住建处\t"), encoding="utf-8")
    other = lexicon.load(tmp_path)
    assert other is not lexicon.load() and "住建处" in other.abbreviations and "住建局" not in other.abbreviations
    (tmp_path / "titles.tsv").unlink()
    from kg.errors import KgError

    with pytest.raises(KgError, match="titles.tsv: cannot read"):
        lexicon.load(tmp_path)
