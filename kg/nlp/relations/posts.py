"""Posts: who leads or belongs to which body (GUIDE §4 ``leads``, ``memberOf``).

``post_title``
    An Official's post string (``市城市管理局党组书记、局长，市拆违治乱办公室主任孙震``):
    each body named in it gets ``leads`` (a head post) or ``memberOf`` (any other).
"""

from __future__ import annotations

import re

from kg.nlp.relations.registry import Sentence, rule
from kg.records import Mention
from kg.schema import BODY_TYPES

__all__: list[str] = []


@rule("post_title")
def post_title(sent: Sentence) -> None:
    data, mentions, idx = sent.data, sent.mentions, sent.idx
    heads = data.longest_first("title_head_suffixes")
    for i in idx:
        person = mentions[i]
        if person.type != "Official" or not person.role:
            continue
        span_start = person.start - len(person.role)
        bodies = [j for j in idx if mentions[j].type in BODY_TYPES and mentions[j].start >= span_start - 2
                  and mentions[j].end <= person.start]
        for k, j in enumerate(bodies):
            body = mentions[j]
            stop = mentions[bodies[k + 1]].start if k + 1 < len(bodies) else person.start
            post = _role_slice(body.end, stop, person).strip("、，, ")
            if not post:
                continue
            last = re.split("[、，,]", post)
            is_head = any(t.endswith(h) and not any(t.endswith(pre + h) for pre in data["title_member_prefixes"])
                          for t in last for h in heads)
            sent.add(i, "leads" if is_head else "memberOf", j, "post_title", {"role": post})


def _role_slice(start: int, end: int, person: Mention) -> str:
    """Text of the post between a body and the next body (taken from the official's role)."""
    role_start = person.start - len(person.role)
    a, b = max(start, role_start) - role_start, end - role_start
    return person.role[a:b] if 0 <= a < b <= len(person.role) else ""
