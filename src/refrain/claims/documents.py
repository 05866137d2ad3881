"""A document named bare ("the report", "its latest statement") resolved to who issued it, when the
article says so earlier: "The Statistical Center released its latest report … According to the
report, …" is the center's figure, as "the minister" is the person the article names in that post.

The issuer is read, nearest first before the figure, from the forms a news article introduces a
document in: "the Varnia Board's report", "a report released by the Varnia Board", "the Varnia
Board released (published, issued) its report", "the Varnia Board report" (a capitalised name right
before the noun).
"""

from __future__ import annotations

import re
from functools import cache

from refrain.claims.patterns import _FUNCTION_WORDS, _NAME_RUN
from refrain.entities.kinds import speaker_kind

_WINDOW = 1500  # characters before the figure the issuer is looked for in
_ISSUING = r"(?:released|published|issued|prepared|compiled|put\s+out|presented|made\s+public)"
_ACRONYM = r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?"
# modifiers that are a source themselves ("media reports", "official data")
_SOURCE_WORDS = frozenset({"media", "news", "press", "official", "government", "state", "local", "foreign"})


# documents one body or person issues (an agreement, a plan or a law has parties, not an issuer)
_ISSUED_HEADS = frozenset(
    """report reports statement statements survey surveys study studies data figures statistics
    communique communiqué announcement bulletin census release review assessment
    estimate estimates research analysis findings""".split()
)


def bare_document(name: str) -> str | None:
    """The head noun of a claimant that is a document named by common nouns only ("report",
    "latest report", "the statement"), else None ("Varnia Board report" names its issuer)."""
    words = re.sub(r"^(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+", "", name.strip()).split()
    if not words or len(words) > 3 or any(w[:1].isupper() for w in words):
        return None
    head = words[-1].lower()
    if any(w.lower() in _SOURCE_WORDS for w in words[:-1]):
        return None  # "news reports", "official data": a source as written
    return head if head in _ISSUED_HEADS else None


@cache
def _issuer_patterns(head: str) -> tuple[re.Pattern[str], ...]:
    noun = rf"{re.escape(head)}s?\b"
    # "latest", "annual", "joint": not a function word ("According to the report" is no issuer's)
    adjectives = rf"(?:(?!(?:{_FUNCTION_WORDS})\b)[a-z][\w\-]*\s+){{0,3}}"
    return (
        # "the Varnia Board's (latest) report"
        re.compile(rf"({_NAME_RUN}){_ACRONYM}[’']s\s+{adjectives}{noun}"),
        # "a report (on prices) released by the Varnia Board"
        re.compile(rf"\b{noun}[^.;“”\"]{{0,80}}?\b{_ISSUING}\s+by\s+(?:the\s+)?({_NAME_RUN}){_ACRONYM}"),
        # "the Varnia Board (has) released its latest report"
        re.compile(
            rf"({_NAME_RUN}){_ACRONYM}\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?{_ISSUING}\s+"
            rf"(?:its|their|a|an|the)\s+{adjectives}{noun}"
        ),
        # "the recent report of the Varnia Board"
        re.compile(rf"\b{noun}\s+of\s+(?:the\s+)?({_NAME_RUN}){_ACRONYM}"),
        # "the Varnia Board report", "the OICA report" (a body: "the Social Trends report" is a title)
        re.compile(rf"({_NAME_RUN}){_ACRONYM}\s+{adjectives}{noun}"),
    )


def document_issuer(text: str, pos: int, head: str) -> str | None:
    """Who issued the document last introduced with ``head`` before ``pos`` (nearest first), a
    body or person named as above; None when the article does not say."""
    start = max(0, pos - _WINDOW)
    window = text[start:pos]
    best: tuple[int, str] | None = None
    patterns = _issuer_patterns(head)
    for pattern in patterns:
        for m in pattern.finditer(window):
            issuer = re.sub(r"^(?:The|A|An|Its|Their)\s+", "", m.group(1))
            kind = speaker_kind(issuer) if issuer else None
            if kind in (None, "unnamed", "document") or (pattern is patterns[-1] and kind != "organisation"):
                continue
            if best is None or m.start() > best[0]:
                best = (m.start(), issuer)
    return best[1] if best else None
