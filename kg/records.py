"""The records that flow between kg's stages.

Data flows one way::

    files ─► Source ─► Article ─► (spaCy Doc: sentences, Mention, RelationMention)
          ─► Extraction ─► resolution (Entity, Evidence) ─► graph model (networkx) ─► exports

Every stage takes and returns these plain, immutable records, so that a stage can be
tested alone on hand-made input.  Offsets come in two kinds and the field names say which:

* ``start``/``end`` on a :class:`Mention` or :class:`RelationMention` are *article* offsets:
  positions in :attr:`Article.text`, the repaired text the NLP pipeline sees;
* ``source_start``/``source_end`` are positions in :attr:`Source.text`, the decoded file, so
  that evidence can be found in the file a user handed over.  :meth:`Article.to_source`
  converts the first kind into the second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from kg.schema import ENTITY_TYPES, PREDICATES  # re-exported: the records' vocabulary

__all__ = [
    "ENTITY_TYPES",
    "PREDICATES",
    "Source",
    "Byline",
    "Article",
    "Mention",
    "RelationMention",
    "InvestmentMention",
    "Evidence",
    "Entity",
    "Extraction",
]

MentionKind = Literal["name", "coref", "byline", "implied"]


@dataclass(frozen=True)
class Source:
    """One input file, decoded.

    ``name`` is the file's path relative to the input root it was found under
    (``2024-08-31/A01.txt``; a file given by name: its base name) — what ``dcterms:source``
    records and article IRIs are made of; ``path`` the path as given; ``text`` the decoded
    content with nothing else changed (for HTML, Word and PDF: the text their library
    extracted), ``encoding`` the codec that decoded it (the format's name for those);
    ``format`` is ``text``, ``html``, ``docx`` or ``pdf``.  ``title``, ``date`` and
    ``publisher`` are what the file's own metadata says (an HTML page's ``<meta>`` tags),
    ``None`` where it says nothing.
    """

    name: str
    path: str
    text: str
    encoding: str
    format: str = "text"
    title: str | None = None
    date: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Byline:
    """A credit line: ``□青岛日报/观海新闻记者 王涛`` → ("王涛", "记者", "青岛日报/观海新闻")."""

    name: str
    role: str | None = None  # 记者, 摄影, 通讯员, 责编, 整理 …
    outlet: str | None = None  # 青岛日报/观海新闻, 本报 …
    source_start: int = 0
    source_end: int = 0
    line: str = ""  # the credit as the page writes it (the evidence of a reporter's outlet)


@dataclass(frozen=True)
class Article:
    """One article of a page.

    ``text`` is the repaired body (layout breaks joined, CJK spaces removed) that the NLP
    pipeline reads; ``offsets[i]`` is the position in the source file of ``text[i]``, with
    one extra entry for the end, so ``len(offsets) == len(text) + 1``.
    ``start``/``end`` is the article's span in the source file (headline included).
    ``masthead`` is the page furniture that names the page's place (``今日即墨``), if any.
    ``date``, ``publisher`` and ``page`` are what the page says of the article: its date
    line, source line, dispatch (``本报讯``) or edition line, else the file's own metadata.
    """

    source: str
    index: int
    text: str
    offsets: Sequence[int]  # an OffsetMap from split_articles; any sequence of ints will do
    start: int
    end: int
    headline: str | None = None
    bylines: tuple[Byline, ...] = ()
    masthead: str | None = None
    date: str | None = None  # publication date, ISO (2024-08-31), when the page gives one
    publisher: str | None = None  # the paper or site (青岛日报, 闪电新闻), when the page names one
    page: str | None = None  # the paper's page (A01), when the page gives one

    @property
    def id(self) -> str:
        """Stable identifier: ``<file name>#<index>``."""
        return f"{self.source}#{self.index}"

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map an article span ``[start, end)`` to the span in the source file."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Mention:
    """A stretch of article text that names (or refers to) an entity.

    ``name`` is the name as a reader would write it out: layout noise removed and an
    abbreviation expanded where the recogniser knows it (``区住建局`` → ``区住房和城乡建设局``);
    scope words (区, 市) are resolved later, against the article's context.
    ``antecedent`` is, for ``kind == "coref"`` (该局, 该项目 …), the index of the mention
    it refers to in the same article.  ``kind == "implied"``: a body a post title names
    without writing its name (区人民政府 of 区长): ``text`` is the title, never an alias of it.
    ``role`` is a post title (``党组书记、局长``) for
    officials and bylines.
    """

    start: int
    end: int
    text: str
    type: str
    name: str
    kind: MentionKind = "name"
    role: str | None = None
    antecedent: int | None = None
    rule: str = ""


@dataclass(frozen=True)
class RelationMention:
    """A relation stated in one sentence between two mentions of the same article.

    ``subject``/``object`` index the article's mention list; ``sentence_start``/
    ``sentence_end`` are article offsets of the sentence that says it; ``qualifiers``
    holds GUIDE §4's qualifiers with these keys: ``role``, ``amount`` (yuan, a decimal
    string), ``amount_text``, ``money_kind``, ``period``, ``date``, ``modality``
    (``"planned"`` or absent), ``event``, ``organizer_role`` (主办/承办/协办).
    ``basis`` is ``"stated"`` when the sentence says it, ``"inferred"`` when kg concluded it
    (a place inside a name, the article's own district): then the sentence is only where
    the inference was drawn, not evidence.
    """

    subject: int
    predicate: str
    object: int
    sentence_start: int
    sentence_end: int
    rule: str
    qualifiers: tuple[tuple[str, str], ...] = ()
    basis: str = "stated"


@dataclass(frozen=True)
class InvestmentMention:
    """A project's own investment, stated in one sentence, whoever pays (GUIDE §4's money with no
    funder named: ``总投资66亿元的甲项目``, ``甲项目，计划投资21.8亿元``).

    ``project`` indexes the article's mention list; ``qualifiers`` as :class:`RelationMention`'s:
    ``amount`` (yuan), ``amount_text``, ``money_kind`` (总投资, 计划投资, 一期投资 … as written),
    ``period``, ``modality``.
    """

    project: int
    sentence_start: int
    sentence_end: int
    rule: str
    qualifiers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Why the graph has an edge (what one ``rdf:Statement`` records).

    ``basis`` ``"stated"``: ``sentence`` (at ``source_start``/``source_end`` of the file) says
    it.  ``"inferred"``: kg concluded it from the divisions data, a place inside a name or the
    article's district; ``sentence`` is empty and the offsets are 0, since no sentence says it.
    ``count`` is how many times the same sentence (or, inferred, the same inference) was
    found for the edge: identical evidence is kept once (:func:`kg.graph.model.build_graph`),
    at its first place; ``others`` are the other articles it was found in.
    """

    article: str  # Article.id
    source: str  # file name
    headline: str | None
    sentence: str
    source_start: int
    source_end: int
    rule: str
    qualifiers: tuple[tuple[str, str], ...] = ()
    basis: str = "stated"
    count: int = 1
    others: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """What the NLP pipeline found in one article: the record extraction hands to resolution.

    ``sentences`` are article offsets (layout whitespace trimmed); ``context`` is the
    article's place context, division codes most specific first (:mod:`kg.lang.scope`),
    empty when not computed; ``investments`` the projects' own investments the article states.
    """

    article: Article
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]
    sentences: tuple[tuple[int, int], ...]
    context: tuple[str, ...] = ()
    investments: tuple[InvestmentMention, ...] = ()


@dataclass
class Entity:
    """One real-world thing: a node of the graph."""

    id: str  # stable key, "<Type>/<canonical name>[/<disambiguator>]"
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)  # Article.id of every mention
    roles: set[str] = field(default_factory=set)
    investments: set[Evidence] = field(default_factory=set)  # a project's own investments, qualifiers on each
    #: the other classes the thing is (GUIDE §2: a park that is built and that firms settle in is a Project and a
    #: Place): an edge may take it as any of them, and the RDF gives it each class
    also: frozenset[str] = frozenset()
