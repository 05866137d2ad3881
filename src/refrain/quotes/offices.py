"""Offices in one article: whether a person the article names holds a role ("the minister"), holds
another one, heads a field, or may be the holder of a role phrase's qualified office ("the
interior minister", "the deputy minister").

Split from :mod:`refrain.quotes.names` (a mention's own words) so each module holds one concern;
these functions read a person's roles as the article gives them, never the sentences around.
"""

from __future__ import annotations

import re
from functools import cache

from refrain.text import lexicon_lines
from refrain.text.lexicon import lexicon as text_lexicon

from .entities import ArticleEntity, has_role, is_place
from .lexicon import lexicon
from .speakers import DETERMINERS


@cache
def _role_synonyms() -> dict[str, tuple[str, ...]]:
    pairs: dict[str, list[str]] = {}
    for line in lexicon_lines("en", "role_synonyms"):
        word, _, other = line.partition("=")
        pairs.setdefault(word.strip(), []).append(other.strip())
    return {k: tuple(v) for k, v in pairs.items()}


def holds_role(ent: ArticleEntity, head: str) -> bool:
    """Whether the article gives ``ent`` the role ``head`` or a word for the same office (not a
    deputy's: "deputy chief" holds no office "the head" names)."""
    return has_role(ent, head) or any(
        has_role(ent, other) and not (head in _FIELD_HEADS and _only_subordinate(ent, other))
        for other in _role_synonyms().get(head, ())
    )


_FIELD_HEADS = frozenset({"chief", "head", "boss"})


def heads_field(ent: ArticleEntity, head: str, qualifier: str | None) -> bool:
    """Whether "the <field> chief" names ``ent`` by the field of their office: "the intelligence
    chief" for an "Intelligence Minister", "the oil boss" for an "Oil Minister" (the field word
    right before the office word of one of their roles; not a deputy's)."""
    if head not in _FIELD_HEADS or not qualifier:
        return False
    offices = lexicon().roles
    for role in ent.roles | {(ent.role or "").lower()}:
        words = role.lower().split()
        for k in range(1, len(words)):
            if (
                words[k - 1] == qualifier
                and words[k] in offices
                and (k < 2 or words[k - 2] not in SUBORDINATE)
            ):
                return True
    return False


def field_in_post(ent: ArticleEntity, qualifier: str | None) -> bool:
    """Whether the field of a "<field> chief" phrase is a word anywhere in ``ent``'s posts or body
    ("the security chief" for the secretary of a National Security Council): wider than
    :func:`heads_field`, which wants it right before an office word; used only for a post that goes
    on with the speaker just before."""
    if qualifier is None or len(qualifier) < 4:
        return False
    text = " ".join([*ent.roles, ent.role or "", ent.organisation or ""]).lower()
    return re.search(rf"\b{re.escape(qualifier.lower())}\b", text) is not None


def role_words(ent: ArticleEntity) -> set[str]:
    """Every word of the roles the article gives ``ent``, lower case, as written."""
    return {w for r in ent.roles | {(ent.role or "").lower()} for w in r.split()}


# offices of state no "expert" or "scholar" of an article holds ("President X claimed … . The
# scholar said": not the president); a guild's secretary or a think tank's director may be one
_OFFICES_OF_STATE = frozenset(
    {"president", "minister", "premier", "king", "prince", "leader", "chancellor", "senator", "governor"}
    | {"mayor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "envoy", "commander", "lawmaker"}
    | {"mp", "emir", "sultan", "vice-president", "secretary-general"}
)


def holds_office_of_state(ent: ArticleEntity) -> bool:
    """Whether the article gives ``ent`` an office of state (a minister, an envoy, a commander …)."""
    return any(part in _OFFICES_OF_STATE for w in role_words(ent) for part in re.findall(r"[\w-]+", w))


def holds_other_office(ent: ArticleEntity, head: str, ignored: frozenset[str] = frozenset()) -> bool:
    """Whether the article gives ``ent`` an office other than ``head``, titles of rank
    ("Ayatollah", "Dr.") and ``ignored`` words not counted: "Foreign Minister Ali Vaez" is no
    "spokesman"."""
    words = {re.sub(r"[^\w-]", "", w) for r in ent.roles | {(ent.role or "").lower()} for w in r.split()}
    offices = lexicon().roles - text_lexicon("en", "rank_titles") - ignored
    return not holds_role(ent, head) and bool(words & offices)


def role_qualifier(words: list[str], head: str) -> str | None:
    """The word that narrows a role phrase's office, right before its role word: "interior" in
    "the interior minister"; None for "the minister", "the Iranian minister", "the Leader"."""
    low = [w.lower().rstrip(".") for w in words]
    at = next((k for k, w in enumerate(low) if w == head or w.split("-")[0] == head), None)
    if at is None or at == 0:
        return None
    before = low[at - 1]
    if before in DETERMINERS or not before.isalpha() or is_place([words[at - 1]]):
        return None
    return None if before in text_lexicon("en", "role_grade_words") else before


def office_agrees(ent: ArticleEntity, qualifier: str | None, head: str) -> bool:
    """Whether ``ent``'s offices agree with a role phrase's qualifier: False when every role the
    article gives them with ``head`` narrows it by another word ("acting foreign minister" is no
    "interior minister"); True with no qualifier, no such role, or a role without a narrowing word."""
    # "the minister" with no field word is no "Deputy Foreign Minister" either; a generic word
    # ("the diplomat") fits a deputy too
    reach = 3 if qualifier is None and head not in text_lexicon("en", "generic_roles") else 1
    if qualifier not in SUBORDINATE and _only_subordinate(ent, head, reach):
        return False  # "Deputy Commander Ali Vaez" is not "the commander" nor "the chief"
    if not qualifier:
        return True
    roles = [r for r in ent.roles | {(ent.role or "").lower()} if re.search(rf"\b{re.escape(head)}\b", r)]
    for role in roles:
        words = role.split()
        at = next((k for k, w in enumerate(words) if re.sub(r"\W", "", w) == head), None)
        before = words[at - 1] if at else None
        if before is None or before == qualifier or is_place([before]):
            return True
    return not roles


# words before an office that make it a deputy's, not the office itself
SUBORDINATE = frozenset({"deputy", "vice", "assistant", "under"})


def _only_subordinate(ent: ArticleEntity, head: str, reach: int = 1) -> bool:
    """Whether every role of ``ent`` that names ``head``'s office (or a word for it) names a
    deputy's ("deputy commander", "vice-president"; with ``reach`` 3 also "deputy foreign
    minister", the deputy's word up to two field words before the office), so the office itself
    is someone else's."""
    heads = {head, *_role_synonyms().get(head, ())}
    found = False
    for role in ent.roles | {(ent.role or "").lower()}:
        words = re.findall(r"[\w’']+", role.lower().replace("-", " "))
        for k, w in enumerate(words):
            if w in heads:
                if not SUBORDINATE.intersection(words[max(0, k - reach) : k]):
                    return False
                found = True
    return found


def has_office(ent: ArticleEntity) -> bool:
    """Whether the article gives ``ent`` a role naming an office, not only a title ("Ayatollah")."""
    offices = lexicon().roles - text_lexicon("en", "rank_titles")
    return any(
        re.sub(r"\W", "", w) in offices for r in ent.roles | {(ent.role or "").lower()} for w in r.split()
    )


@cache
def _rank_branches() -> dict[str, frozenset[str]]:
    """{branch word: the rank words of that branch} (``rank_branches.txt``)."""
    out: dict[str, frozenset[str]] = {}
    for line in lexicon_lines("en", "rank_branches"):
        branch, _, ranks = line.partition("=")
        out[branch.strip()] = frozenset(ranks.split())
    return out


def ranked_in(ent: ArticleEntity, head: str, qualifier: str | None) -> bool:
    """Whether "the <branch> chief" may be ``ent`` by the rank the article gives them: "the Navy
    chief" after "Rear Admiral Ali Vaez" (an army general is no Navy chief); "the commander" after
    any military rank."""
    # "the commander" with no branch: anyone of a military rank ("Rear Admiral Ali Vaez")
    branch = qualifier or ("*" if head == "commander" else "")
    ranks = _rank_branches().get(branch, frozenset())
    if head not in {"chief", "commander", "head"} or not ranks:
        return False
    return bool({w.strip(".,") for w in role_words(ent)} & ranks)


def other_branch(ent: ArticleEntity, qualifier: str | None) -> bool:
    """Whether ``ent``'s rank is of another branch than "the <branch> chief" names ("the Navy
    chief" after "Brigadier General Ali Vaez"): False when the branch or the rank says nothing."""
    ranks = _rank_branches().get(qualifier or "", frozenset())
    words = {w.strip(".,") for w in role_words(ent)}
    ranked = words & frozenset().union(*_rank_branches().values())
    return bool(ranks) and bool(ranked) and not ranked & ranks
