"""kg's RDF vocabulary and the one place where IRIs are minted.

Two namespaces (fixed in ``docs/CONTRACT.md``):

* :class:`KG` — ``https://w3id.org/kgnews/ontology#``, the ontology's terms
  (``ontology/kg.ttl``).  A *closed* :class:`~rdflib.namespace.DefinedNamespace`, so
  ``KG.fund`` (a typo for ``KG.funds``) raises instead of quietly minting a new predicate;
  ``tests/test_vocab.py`` checks that the class and the Turtle file list the same terms.
* :data:`KGR` — ``https://w3id.org/kgnews/id/``, the resources kg describes.

Every resource IRI comes from a ``mint_*`` function here, never from an f-string at the
call site:

==========================  ==============================================  ============================
what                        function                                        IRI
==========================  ==============================================  ============================
entity                      :func:`mint_entity` / :func:`entity_iri`        ``kgr:agency/即墨区住房和城乡建设局``
article                     :func:`mint_article`                            ``kgr:article/2024-08-31/A01.txt/3``
evidence (rdf:Statement)    :func:`mint_evidence`                           ``kgr:evidence/<sha1 prefix>``
investment                  :func:`mint_investment`                         ``kgr:investment/<sha1 prefix>``
==========================  ==============================================  ============================

Names stay readable: Chinese characters are legal IRI characters (RFC 3987 ``ucschar``)
and are kept as they are.  What is not legal in an IRI path segment, or would break
Turtle/N-Triples, or is invisible (spaces, controls, format characters), is
percent-encoded as UTF-8 — as are ``%`` itself and ``/``, so that a name is always exactly
one path segment and the mapping stays one-to-one.

>>> str(mint_entity("Agency", "即墨区住房和城乡建设局"))
'https://w3id.org/kgnews/id/agency/即墨区住房和城乡建设局'
>>> str(entity_iri("Person/王涛/2"))
'https://w3id.org/kgnews/id/person/王涛/2'
>>> str(mint_entity("Organization", "青岛日报/观海新闻"))
'https://w3id.org/kgnews/id/organization/青岛日报%2F观海新闻'
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import TYPE_CHECKING

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg.records import ENTITY_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from kg.records import Evidence

__all__ = [
    "KG",
    "KGR",
    "KG_NS",
    "KGR_NS",
    "MAX_SEGMENT",
    "encode_segment",
    "mint_entity",
    "entity_iri",
    "mint_article",
    "article_iri",
    "mint_evidence",
    "mint_investment",
]

#: The ontology namespace, as a string.
KG_NS = "https://w3id.org/kgnews/ontology#"
#: The resource namespace, as a string.
KGR_NS = "https://w3id.org/kgnews/id/"

#: Longest encoded name segment kept whole; longer ones are cut and get a hash suffix.
MAX_SEGMENT = 120
_HASH_LEN = 12  # hex digits of sha1 appended to a cut segment
_EVIDENCE_HASH_LEN = 16  # hex digits of sha1 in an evidence IRI


class KG(DefinedNamespace):
    """kg's ontology: the classes and properties of ``ontology/kg.ttl``.

    >>> str(KG.funds)
    'https://w3id.org/kgnews/ontology#funds'
    >>> KG.fund
    Traceback (most recent call last):
    ...
    AttributeError: term 'fund' not in namespace 'https://w3id.org/kgnews/ontology#'
    """

    _fail = True
    _NS = Namespace(KG_NS)

    # ---- classes (GUIDE §2, §5)
    Official: URIRef  # a named person holding a government, party or public-body post; a kg:Person
    Person: URIRef  # any other named person: reporters, photographers, editors, correspondents
    Agency: URIRef  # a government or party body, or a body set up by one (局, 办, 委, 指挥部 …)
    Company: URIRef  # a business: 有限公司, 股份, 集团, a brand acting as a firm
    Organization: URIRef  # any other organised body: 商会, 协会, 大学, 媒体, 总工会 …
    Project: URIRef  # a specific undertaking built, renovated, invested in or run
    Place: URIRef  # an administrative division or a geographic place
    Award: URIRef  # a named prize, honour, title or certification (and, for kg:organizes, its contest)
    Article: URIRef  # one news article found in an input file
    Investment: URIRef  # a project's own investment as one sentence states it (amount, kind, period, modality)

    # ---- relations between entities (GUIDE §4)
    leads: URIRef  # Official → Agency/Organization/Company/Project: heads it
    memberOf: URIRef  # Official/Person → Agency/Organization/Company: holds a post that is not the head
    funds: URIRef  # Agency/Company/Organization → Project: pays for, invests in, secures money for
    locatedIn: URIRef  # Project/Place/Company/Agency/Organization → Place: is in that place
    awarded: URIRef  # any entity → Award: received that prize, honour or certification
    develops: URIRef  # Company/Agency → Project: builds, runs, or is the main actor of
    partOf: URIRef  # Agency/Organization → Agency/Organization: is a unit of
    organizes: URIRef  # Agency/Organization/Company → Award or event: hosts, sponsors, co-organises

    # ---- articles
    mentions: URIRef  # Article → entity: the article names the entity
    startOffset: URIRef  # character offset (in the decoded file) where an article or sentence starts
    endOffset: URIRef  # character offset (in the decoded file) just after an article or sentence ends

    # ---- evidence (on rdf:Statement) and its qualifiers
    sentence: URIRef  # the sentence that states the relation (@zh)
    rule: URIRef  # name of the extraction rule that found the relation
    role: URIRef  # a post title (党组书记、局长), on an entity or as a leads/memberOf qualifier (@zh)
    amount: URIRef  # an amount of money in yuan (xsd:decimal)
    currency: URIRef  # ISO 4217 code of kg:amount ("CNY")
    amountText: URIRef  # the amount as written (79.4亿元) (@zh)
    moneyKind: URIRef  # the kind of money (专项借款, 中央预算内资金) (@zh)
    period: URIRef  # a date or period as written, when it is not an exact ISO date (@zh)
    date: URIRef  # an exact date: xsd:date, xsd:gYearMonth or xsd:gYear
    modality: URIRef  # "planned" when the relation is only planned or hoped for
    event: URIRef  # the event an award was given at (@zh)
    organizerRole: URIRef  # 主办, 承办 or 协办 (@zh)
    basis: URIRef  # "stated" (a sentence says it: kg:sentence) or "inferred" (kg concluded it: no sentence)
    occurrences: URIRef  # how many times the same evidence was found (absent: once)
    firstArticle: URIRef  # of evidence found in several articles, the one its offsets are in

    # ---- a project's own investment (issue 15.2)
    investment: URIRef  # Project → Investment


#: Resources: entities, articles, evidence.
KGR = Namespace(KGR_NS)

# Characters kept as they are in a name segment (RFC 3987 ipchar, minus "/" and "%").
_ASCII_KEEP = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")


def _keep(ch: str) -> bool:
    """True when ``ch`` may stand unencoded in a name segment."""
    if ch < "\x80":
        return ch in _ASCII_KEEP
    cp = ord(ch)
    # RFC 3987 ucschar: non-ASCII ranges legal in an IRI path (no private use, no non-characters)
    in_ucschar = (
        0xA0 <= cp <= 0xD7FF
        or 0xF900 <= cp <= 0xFDCF
        or 0xFDF0 <= cp <= 0xFFEF
        or (0x10000 <= cp <= 0xDFFFD and (cp & 0xFFFF) <= 0xFFFD)
        or 0xE1000 <= cp <= 0xEFFFD  # not E0000–E0FFF: tags and variation selectors (U+E0100 …)
    )
    # spaces, line/paragraph separators, controls, format characters (zero-width …) are
    # legal in some places but invisible or line-breaking: encode them too
    return in_ucschar and unicodedata.category(ch)[0] not in "ZC"


def encode_segment(name: str) -> str:
    """Percent-encode ``name`` into one readable, bounded IRI path segment.

    Parameters
    ----------
    name
        Any non-empty string.

    Returns
    -------
    str
        ``name`` with every character that is not a legal, visible IRI path character
        (and ``/``, ``%``) percent-encoded as UTF-8; ``.``/``..`` encoded so no IRI
        resolver removes them; cut to :data:`MAX_SEGMENT` characters plus ``~`` and a
        sha1 prefix of the whole name when longer.

    Raises
    ------
    ValueError
        If ``name`` is empty.

    Examples
    --------
    >>> encode_segment("a b#c%d")
    'a%20b%23c%25d'
    >>> encode_segment("融通·融园装备制造产业园")
    '融通·融园装备制造产业园'
    >>> encode_segment("葛\U000E0100")  # an ideographic variation selector is no IRI character
    '葛%F3%A0%84%80'
    >>> len(encode_segment("长" * 500)) <= MAX_SEGMENT + 1 + 12
    True
    """
    if not name:
        raise ValueError("cannot mint an IRI from an empty name")
    if name in (".", ".."):
        return name.replace(".", "%2E")
    parts = []
    for ch in name:
        if _keep(ch):
            parts.append(ch)
        else:
            parts.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
    if sum(map(len, parts)) <= MAX_SEGMENT:
        return "".join(parts)
    # cut at a character boundary (never inside a %XX triple), then add a hash of the whole
    kept, size = [], 0
    for part in parts:
        if size + len(part) > MAX_SEGMENT:
            break
        kept.append(part)
        size += len(part)
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_LEN]
    return "".join(kept) + "~" + digest


_TYPES = {t.lower(): t for t in ENTITY_TYPES}


def mint_entity(type: str, name: str, disambiguator: str | int | None = None) -> URIRef:
    """The IRI of an entity: ``kgr:<type lower-case>/<name>[/<disambiguator>]``.

    Parameters
    ----------
    type
        One of :data:`kg.records.ENTITY_TYPES` (any case).
    name
        The canonical name; encoded by :func:`encode_segment`.
    disambiguator
        Tells apart two entities of one type and name (two persons called 王涛).

    Raises
    ------
    ValueError
        For an unknown type or an empty name.

    Examples
    --------
    >>> str(mint_entity("Place", "前枣杭村"))
    'https://w3id.org/kgnews/id/place/前枣杭村'
    >>> str(mint_entity("Person", "王涛", 2))
    'https://w3id.org/kgnews/id/person/王涛/2'
    """
    key = type.lower()
    if key not in _TYPES:
        raise ValueError(f"unknown entity type {type!r}; valid types: {', '.join(ENTITY_TYPES)}")
    path = key + "/" + encode_segment(name)
    if disambiguator is not None and str(disambiguator) != "":
        path += "/" + encode_segment(str(disambiguator))
    return KGR[path]


def entity_iri(entity_id: str) -> URIRef:
    """Map a graph-model entity id (``"<Type>/<name>[/<n>]"``) to its IRI.

    The type is what comes before the first ``/``; a last ``/``-part made of digits is a
    disambiguator (so a name may itself contain ``/``: ``Organization/青岛日报/观海新闻``).

    Raises
    ------
    ValueError
        If the id has no ``/`` or an unknown type.

    Examples
    --------
    >>> str(entity_iri("Agency/即墨区住房和城乡建设局"))
    'https://w3id.org/kgnews/id/agency/即墨区住房和城乡建设局'
    >>> str(entity_iri("Person/王涛/2"))
    'https://w3id.org/kgnews/id/person/王涛/2'
    """
    type_, sep, rest = entity_id.partition("/")
    if not sep or not rest:
        raise ValueError(f"entity id {entity_id!r} is not of the form '<Type>/<name>[/<n>]'")
    name, sep, last = rest.rpartition("/")
    if sep and name and last.isascii() and last.isdigit():
        return mint_entity(type_, name, last)
    return mint_entity(type_, rest)


def mint_article(source_name: str, index: int) -> URIRef:
    """The IRI of an article: ``kgr:article/<file name>/<index>``.

    ``source_name`` is the file's path under its input root (:attr:`kg.records.Source.name`):
    each folder is a path segment of its own, so files of the same name in two folders get
    two IRIs, and an archive's IRIs read like its folders.

    >>> str(mint_article("000_e98db0bf95b318e9.txt", 3))
    'https://w3id.org/kgnews/id/article/000_e98db0bf95b318e9.txt/3'
    >>> str(mint_article("2024-08-31/A01 版.txt", 0))
    'https://w3id.org/kgnews/id/article/2024-08-31/A01%20版.txt/0'
    """
    path = "/".join(encode_segment(part) for part in source_name.split("/"))
    return KGR["article/" + path + "/" + str(int(index))]


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article given its :attr:`kg.records.Article.id` (``<file name>#<index>``).

    >>> str(article_iri("a b.txt#0"))
    'https://w3id.org/kgnews/id/article/a%20b.txt/0'
    """
    source, sep, index = article_id.rpartition("#")
    if not sep or not source or not index.isdigit():
        raise ValueError(f"article id {article_id!r} is not of the form '<file name>#<index>'")
    return mint_article(source, int(index))


def mint_evidence(subject: str, predicate: str, obj: str, evidence: Evidence) -> URIRef:
    """The IRI of one piece of evidence for ``(subject, predicate, obj)``.

    ``kgr:evidence/<16 hex digits>``: a sha1 prefix of the statement's stable content
    (subject, predicate, object, article, offsets, sentence, rule, qualifiers), so the
    same evidence gets the same IRI in every build and different evidence a different one.

    >>> from kg.records import Evidence
    >>> ev = Evidence("f.txt#0", "f.txt", None, "甲局投资乙工程。", 0, 8, "funds_verb")
    >>> iri = mint_evidence(entity_iri("Agency/甲局"), KG.funds, entity_iri("Project/乙工程"), ev)
    >>> str(iri).startswith("https://w3id.org/kgnews/id/evidence/"), len(str(iri).rsplit("/", 1)[1])
    (True, 16)
    """
    content = [
        str(subject),
        str(predicate),
        str(obj),
        evidence.article,
        evidence.source,
        evidence.source_start,
        evidence.source_end,
        evidence.sentence,
        evidence.rule,
        [list(q) for q in evidence.qualifiers],
    ]
    data = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha1(data.encode("utf-8", "surrogatepass")).hexdigest()[:_EVIDENCE_HASH_LEN]
    return KGR["evidence/" + digest]


def mint_investment(project: str, evidence: Evidence) -> URIRef:
    """The IRI of a project's investment as one piece of evidence states it:
    ``kgr:investment/<16 hex digits>``, a sha1 prefix of the project and the evidence, like
    :func:`mint_evidence`.

    >>> from kg.records import Evidence
    >>> ev = Evidence("f.txt#0", "f.txt", None, "乙工程总投资5亿元。", 0, 10, "investment", (("amount", "500000000"),))
    >>> str(mint_investment(entity_iri("Project/乙工程"), ev)).startswith("https://w3id.org/kgnews/id/investment/")
    True
    """
    digest = str(mint_evidence(project, KG.investment, project, evidence)).rsplit("/", 1)[1]
    return KGR["investment/" + digest]
