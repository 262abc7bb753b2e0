"""A small hand-made graph for the query, store and endpoint tests (and the benchmark's fallback).

Built through the real path — :class:`~kg.records.Entity`/:class:`~kg.records.Evidence`
→ :func:`kg.graph.model.build_graph` → :func:`kg.graph.rdf.to_rdf` — so it has exactly the RDF shape of
docs/CONTRACT.md.  Sentences follow the seeds; the 西海岸新区 agency's project is made up so
that the two agencies both called 区住建局 have something to tell apart:

* 即墨区住房和城乡建设局 (alias 区住建局) funds 城中村改造 (79.4亿元 专项借款, 上半年) and,
  planned, 棚户区改造 (12.48亿元 中央预算内资金);
* 西海岸新区住房和城乡建设局 (alias 区住建局, 区住房和城乡建设局) funds 老旧小区改造
  (3亿元 专项债券), and 薛少华 leads it as 党组书记、局长;
* 李博 is a member of 青岛开发区管委 (副主任);
* 融通·融园装备制造产业园 ⊂ 前枣杭村 ⊂ 通济新区 ⊂ 即墨区 ⊂ 青岛市 (``kg:locatedIn``);
* 青岛市城市管理局 organizes (主办) the 大赛一等奖 that 即墨区综合行政执法局 was awarded;
* 融通·融园装备制造产业园's own investment: 25亿元 总投资, and 8亿元 一期计划投资 (planned).
"""

from __future__ import annotations

from kg.graph.model import build_graph
from kg.records import Article, Entity, Evidence

__all__ = ["A000", "A002", "FUNDS_SENTENCE", "fixture_model", "fixture_graph"]

A000 = "000_e98db0bf95b318e9.txt"
A002 = "002_91750d39516a2c33.txt"
FUNDS_SENTENCE = "上半年争取城中村改造专项借款79.4亿元，到位68.94亿元，直接加速安置区建设；"


def _article(source: str, index: int, headline: str, start: int, end: int, date: str | None = None,
             publisher: str | None = None) -> Article:
    return Article(source=source, index=index, text="", offsets=(start,), start=start, end=end, headline=headline,
                   date=date, publisher=publisher)


def fixture_model():
    """The graph model (networkx) of the fixture."""
    arts = {
        a.id: a
        for a in (
            _article(A000, 0, "向上争资+精准施策双管齐下", 0, 1800, "2025-07-15", "今日即墨"),
            _article(A002, 0, "西海岸新区住建局：2024年工作安排", 0, 2400, "2024-01-20"),
            _article(A002, 1, "融通·融园装备制造产业园开工", 2400, 3600),
        )
    }
    jimo = Entity("Agency/即墨区住房和城乡建设局", "Agency", "即墨区住房和城乡建设局", {"区住建局", "即墨区住建局"})
    xihai = Entity("Agency/西海岸新区住房和城乡建设局", "Agency", "西海岸新区住房和城乡建设局",
                   {"区住建局", "区住房和城乡建设局"}, roles=set())
    entities = [
        jimo,
        xihai,
        Entity("Project/城中村改造", "Project", "城中村改造"),
        Entity("Project/棚户区改造", "Project", "棚户区改造"),
        Entity("Project/老旧小区改造", "Project", "老旧小区改造"),
        Entity("Official/薛少华", "Official", "薛少华", roles={"党组书记、局长"}),
        Entity("Official/李博", "Official", "李博", roles={"副主任"}),
        Entity("Agency/青岛开发区管委", "Agency", "青岛开发区管委"),
        Entity("Place/青岛市", "Place", "青岛市", {"青岛"}),
        Entity("Place/即墨区", "Place", "即墨区", {"即墨"}),
        Entity("Place/通济新区", "Place", "通济新区"),
        Entity("Place/前枣杭村", "Place", "前枣杭村"),
        Entity("Place/西海岸新区", "Place", "西海岸新区"),
        Entity("Project/融通·融园装备制造产业园", "Project", "融通·融园装备制造产业园"),
        Entity("Agency/即墨区综合行政执法局", "Agency", "即墨区综合行政执法局", {"区综合行政执法局"}),
        Entity("Agency/青岛市城市管理局", "Agency", "青岛市城市管理局"),
        Entity("Award/2025年青岛市智慧化城市管理创新应用场景大赛一等奖", "Award",
               "2025年青岛市智慧化城市管理创新应用场景大赛一等奖"),
    ]
    for e in entities:
        e.articles.add(f"{A000}#0" if "即墨" in e.label or e.type == "Project" else f"{A002}#0")

    def ev(article: str, sentence: str, start: int, rule: str, **q: str) -> Evidence:
        source = article.rpartition("#")[0]
        headline = arts[article].headline
        return Evidence(article, source, headline, sentence, start, start + len(sentence), rule, tuple(sorted(q.items())))

    a0, a2, a21 = f"{A000}#0", f"{A002}#0", f"{A002}#1"
    edges = [
        ("Agency/即墨区住房和城乡建设局", "funds", "Project/城中村改造",
         ev(a0, FUNDS_SENTENCE, 1016, "funds_secure", amount="7940000000", amount_text="79.4亿元",
            money_kind="专项借款", period="上半年")),
        ("Agency/即墨区住房和城乡建设局", "funds", "Project/棚户区改造",
         ev(a0, "申报16个棚户区改造中央预算内资金项目，拟争取12.48亿元破解配套设施资金瓶颈。", 1060, "funds_secure",
            amount="1248000000", amount_text="12.48亿元", money_kind="中央预算内资金", modality="planned")),
        ("Agency/西海岸新区住房和城乡建设局", "funds", "Project/老旧小区改造",
         ev(a2, "区住建局争取老旧小区改造专项债券3亿元。", 120, "funds_secure", amount="300000000",
            amount_text="3亿元", money_kind="专项债券", date="2024")),
        ("Official/薛少华", "leads", "Agency/西海岸新区住房和城乡建设局",
         ev(a2, "区住房和城乡建设局党组书记、局长薛少华———", 2300, "title_before_name", role="党组书记、局长")),
        ("Official/李博", "memberOf", "Agency/青岛开发区管委",
         ev(a2, "青岛开发区管委副主任李博出席。", 300, "title_before_name", role="副主任")),
        ("Place/即墨区", "locatedIn", "Place/青岛市", ev(a0, "即墨区是青岛市的市辖区。", 10, "gazetteer")),
        ("Place/通济新区", "locatedIn", "Place/即墨区", ev(a21, "通济新区位于即墨区。", 2410, "located_verb")),
        ("Place/前枣杭村", "locatedIn", "Place/通济新区", ev(a21, "前枣杭村隶属通济新区。", 2430, "located_verb")),
        ("Place/西海岸新区", "locatedIn", "Place/青岛市", ev(a2, "西海岸新区位于青岛市。", 20, "gazetteer")),
        ("Project/融通·融园装备制造产业园", "locatedIn", "Place/前枣杭村",
         ev(a21, "融通·融园装备制造产业园位于通济新区前枣杭村。", 2450, "located_verb")),
        ("Agency/即墨区综合行政执法局", "awarded", "Award/2025年青岛市智慧化城市管理创新应用场景大赛一等奖",
         ev(a0, "区综合行政执法局在2025年青岛市智慧化城市管理创新应用场景大赛中斩获一等奖。", 1500, "award_win",
            event="2025年青岛市智慧化城市管理创新应用场景大赛")),
        ("Agency/青岛市城市管理局", "organizes", "Award/2025年青岛市智慧化城市管理创新应用场景大赛一等奖",
         ev(a0, "大赛由青岛市城市管理局主办。", 1560, "organizer", organizer_role="主办")),
    ]
    park = next(e for e in entities if e.label == "融通·融园装备制造产业园")
    said = "融通·融园装备制造产业园总投资25亿元，一期计划投资8亿元。"
    park.investments = {ev(a21, said, 2480, "investment", amount="2500000000", amount_text="25亿元", money_kind="总投资"),
                        ev(a21, said, 2480, "investment", amount="800000000", amount_text="8亿元", money_kind="一期计划投资",
                           modality="planned")}
    return build_graph(entities, edges, arts)


def fixture_graph():
    """The fixture as an :class:`rdflib.Graph` (via :func:`kg.graph.rdf.to_rdf`)."""
    from kg.graph.rdf import to_rdf

    return to_rdf(fixture_model())
