"""A quotation's kind: direct, partial (quoted words woven into the writer's sentence) or scare
(a label, title or name in quotation marks: nobody's words), from where it stands in its sentence,
what it holds and the cue attribution found.

Split from :mod:`refrain.quotes.attribute` (which finds cues and speakers); the one entry point is
:func:`classify`, called once a quote's cue has been looked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from refrain.text.lexicon import lexicon as text_lexicon

from .attitude import attitude_subject, judged_in_speech
from .context import MASK, Token
from .grouping import Group
from .leads import bare_lead
from .lexicon import lexicon
from .owners import uttered
from .speakers import PERSONAL_SUBJECTS, NounPhrase


def classify(g: Group, left: list[Token], text: str, masked: str, quoted_often: Callable[[str], bool]) -> str:
    """direct / partial / scare, from where the quote stands in its sentence and what it holds."""
    lex = lexicon()
    first = g.pieces[0]
    content = " ".join(text[p.start : p.end] for p in g.pieces)
    words = re.findall(r"[\w’'-]+", content)
    lead = masked[(g.sentence or (first.open_at, 0))[0] : first.open_at]
    lead_s = lead.rstrip().lower()
    if _what_they_called(g, left, lead, first.open_at) or uttered(g, masked, first.open_at, content):
        return "partial"  # "what he called a “catastrophic accident”", "they chanted “Down with X”"
    if _label_cue_before(_before_quoted_list(_no_adverbs(lead_s)), content) or _URL.search(content):
        return "scare"  # "“Irannewspaper.ir”": an address, nobody's words
    if _named_title(g, words, content, lead, text, masked) or _venue_name(lead.rstrip(), words, content):
        return "scare"
    if (
        content.rstrip().endswith("!")
        and len(words) <= 12
        and not _label_head_follows(masked, g.pieces[-1].outer_end, lex.label_heads)
    ):
        return "direct"  # "chants of “Death to the dictator!” were heard": an utterance, not a label
    near_cue = g.cue is not None and g.cue_at is not None and g.cue_at >= first.open_at - 60
    standalone = bare_lead(lead) or lead_s.endswith((":", "—", "–")) or (lead_s.endswith(",") and near_cue)
    if len(g.pieces) > 1 and g.subject is not None:
        return "direct"
    if (
        len(words) <= 3
        and not judged_in_speech(g, words, first.open_at)
        and (
            _label_head_follows(masked, g.pieces[-1].outer_end, lex.label_heads)
            or (quoted_often(content) and not re.search(r"[,.!?]$", content.strip()))
            or _label_head_of(_before_quoted_list(lead_s), lex.label_heads)  # "a policy of “…”"
        )
    ):  # an utterance of its own ("“No,” he said", said three times) ends in punctuation
        return "scare"  # "the “maximum pressure” policy": a label, whoever's sentence it is in
    if len(words) <= 3 and lead_s.endswith(":") and _list_goes_on(masked, g.pieces[-1].outer_end):
        return "scare"  # "consists of five parts: “smart housing”, social services and …": an item
    if len(words) <= 3 and not lead.strip() and _copula_follows(masked, g.pieces[-1].outer_end):
        return "scare"  # "“Khamseh” is a cycle of poems": a term the sentence is about
    if g.reported:
        # "Drugs are “double-edged swords” …, the director said": the speaker's words woven into
        # a sentence the clause reports; a capitalised term ("“Patience” is needed, he said") is
        # what the sentence is about
        if title_like(words) and len(words) <= 8:
            return "scare"  # "the ‘International Forum of the Eurasian Partnership’": a name
        return "direct" if len(words) > 3 and not lead.strip() else "partial"
    if standalone:
        if len(words) <= 3 and title_like(words) and (g.subject is None or _named_after_post(lead_s)):
            return "scare"  # "by Republican Senator, “Tom Reed”, indicate …": a name in marks
        return "direct"
    # embedded in the writer's sentence
    if g.cued_before(first.open_at) and not title_like(words):
        # "Rouhani said it was “unwise”", "the UN described hunger as “unprecedented”": a word
        # someone is said to utter is their quotation, however short
        return "partial"
    if g.subject is None and len(words) <= 8 and not title_like(words) and not _name_given(words):
        found = attitude_subject(left)
        if found is not None:
            # "Larijani reaffirmed “active support”", "hailed the “decisive” stance"
            verb, g.subject = found
            g.cue, g.cue_at = verb.text, verb.start
            return "partial"
    # "described as “baseless” by spokesman X", "the talks were “constructive”, Ali Vaez said"
    if not title_like(words) and (
        _passive_with_agent(lead, masked, g.pieces[-1].outer_end) or _named_right_after(masked, g)
    ):
        return "partial"
    if len(words) <= 1:
        return "scare"
    # a title or name, its sentence's full stop inside the marks or not ("an “Independent Army.”")
    if title_like(words) and len(words) <= 8 and not re.search(r"[!?]$", content.strip()):
        return "scare"
    if g.subject is not None:
        return "partial"
    return "scare" if len(words) <= 4 else "partial"


def _named_right_after(masked: str, g: Group) -> bool:
    """Whether the quote's speaker is named right after it, past a comma, and speaks by a verb
    after the name ("“constructive”, Ali Vaez said"): the reporting clause that closes its sentence."""
    subj, end = g.subject, g.pieces[-1].outer_end
    return (
        subj is not None
        and g.cue_at is not None
        and subj.start >= end
        and g.cue_at >= subj.end
        and masked[end : subj.start].strip() == ","
        and (
            subj.tokens[0].is_cap
            or subj.tokens[0].lower in PERSONAL_SUBJECTS
            # "Calling the situation “sensitive”, the president said …": a post by its definite noun
            or (subj.tokens[0].lower == "the" and subj.tokens[-1].lower in lexicon().roles)
        )
    )


def _named_after_post(lead_s: str) -> bool:
    """Whether the words before the quote end with a post and a comma ("… Senator,"): the quote
    is the post holder's name, set in marks."""
    words = lead_s.rstrip(",").split()
    return lead_s.endswith(",") and bool(words) and words[-1].strip(".") in lexicon().roles


def _named_title(g: Group, words: list[str], content: str, lead: str, text: str, masked: str) -> bool:
    """A title in quotation marks, whoever's sentence holds it: an item of a list of quoted names
    ("three stories: “The First Day”, “The Lone Tree” and …"), or a capitalised name opening its
    sentence as its subject ("“Cultural Heritage and Development” has been chosen as the theme")."""
    if re.search(r"[.,;:!?]\W*$", content.strip()) or not title_like(words, 0.5):
        return False
    if _SUBTITLED.match(content.strip()) and title_like(re.findall(r"[\w’'-]+", content.split(":")[0])):
        return True  # "“Salt Roads: A History of the Caravan Trade”": a title and its subtitle
    head = re.search(r"([a-z-]+),?\s*$", lead)
    if head is not None and head.group(1) in text_lexicon("en", "quote_title_heads") and title_like(words):
        return True  # "the WHO report ‘Preventing Disease by Reducing Risk’", "his book “War with Russia”"
    if len(words) > 8:
        return False
    first, end = g.pieces[0].open_at, g.pieces[-1].outer_end
    capitals = sum(w[0].isupper() for w in words[1:])
    if (
        words[0][0].isupper()
        and capitals >= 1
        and _in_title_list(text[max(0, first - 12) : first], text[end : end + 12])
    ):
        return True
    after = masked[end : end + 40]
    return (
        title_like(words)
        and bare_lead(lead)
        and re.match(r"[ \u00a0]+[a-z]", after) is not None
        and not _cue_word_follows(after)
    )


# a title with a subtitle: a capitalised head of 1-8 words, a colon, a capitalised rest
_SUBTITLED = re.compile(r"[A-Z][^:.!?]{0,80}[\w)]: [A-Z][^:]*$")

# "what he called a", "what Washington described as the": the words quoted are the subject's
_WHAT_CALLED = re.compile(
    r"\b(?:what|[a-z]+(?=\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+ha(?:s|d|ve)\s))\s+(he|she|they|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+(?!has\b|had\b|then\b|also\b|once\b)[a-z]+(?<!ly))?)\s+(?:has\s+|had\s+)?(?:(?:then|also|once|[a-z]+ly)\s+)?"
    r"(called|calls|described\s+as|describes\s+as|termed|terms|refer(?:s|red)?\s+to\s+as)(?:\s+(?:a|an|the))?\s*$"
)


def _what_they_called(g: Group, left: list[Token], lead: str, open_at: int) -> bool:
    """Whether the quote follows "what X called (a)" (or "an accusation X has called", a relative
    without its "that"): then X (as written) is its speaker."""
    m = _WHAT_CALLED.search(lead[-120:])
    if m is None:
        return False
    lo = open_at - len(lead[-120:]) + m.start(1)
    hi = open_at - len(lead[-120:]) + m.end(1)
    who = [t for t in left if lo <= t.start and t.end <= hi]
    if not who:
        return False
    g.subject = NounPhrase(who[0].start, who[-1].end, tuple(who))  # not "what he called" → "he called"
    g.cue, g.cue_at = m.group(2), open_at - len(lead[-120:]) + m.start(2)
    return True


_LIST_GOES_ON = re.compile(r",\s+(?!(?:he|she|they|it|we|i|you|the\s+\w+\s+(?:said|says|added))\b)[a-z]")


def _list_goes_on(masked: str, end: int) -> bool:
    """Whether a comma and a lower-case word other than a reporting clause's follow the closing
    mark: the quoted words are the first item of a list after a colon."""
    m = _LIST_GOES_ON.match(masked, end)
    if m is None:
        return False
    word = re.match(r"[a-z]+", masked[m.end() - 1 :])
    return word is not None and word.group() not in lexicon().speech_verb_forms  # not ", adding that"


def _label_cue_before(lead_s: str, content: str) -> bool:
    """Whether the words before the quote mark it as a label or name: "so-called", "dubbed a",
    "the so-called operation", "named his coming cabinet “the …”"."""
    lex = lexicon()
    if _scare_cue_head(lead_s, lex.scare_cues, lex.label_heads, content):
        return True  # "their so-called operation “Breakwater”"
    if content.lstrip().startswith("the ") and _OWN_NAMING.search(lead_s[-80:]):
        return True  # "named his coming cabinet “the cabinet of renewal”": a name
    if _names_its_object(lead_s):
        return True  # "the mayor dubbed the hall a “warm bank”": the name it was given
    article_at = _final_article_space(lead_s)
    for cue in lex.scare_cues:
        if (
            lead_s.endswith(cue)
            or lead_s.endswith(cue + ",")
            or (
                article_at is not None
                # searched from where the match can start, not over the whole sentence (once per quote)
                and re.compile(rf"\b{re.escape(cue)}\s+(?:a|an|the)$").search(
                    lead_s, max(0, article_at - len(cue))
                )
            )
        ):
            return True
    return False


def _venue_name(lead: str, words: list[str], content: str) -> bool:
    """Whether the quote names the programme or publication the sentence's speaker spoke to, on or
    in ("told CNN’s “State of Things”", "in an interview with “Hard talk”"): a short capitalised
    name with no mark of its own at its end, right after a venue lead (quote_venue_leads)."""
    if (
        not words
        or len(words) > 6
        or not words[0][:1].isupper()
        or re.search(r"[,.;:!?]\W*$", content.strip())
    ):
        return False
    tail = lead[-60:].split()
    if tail and tail[-1].lower() in {"the", "a", "an"}:
        tail = tail[:-1]
    if tail and tail[-1].endswith(("’s", "'s", "’", "'")):
        tail = tail[:-1]  # "told CNN’s", "told Fox News’": the owner of the programme
        while tail and tail[-1][:1].isupper() and len(tail) > 1 and tail[-2][:1].isupper():
            tail = tail[:-1]  # "Fox News’": the owner's other words
        tail = tail[:-1] if tail and tail[-1][:1].isupper() else tail
    end = " ".join(tail[-3:]).lower()
    return any(end == p or end.endswith(" " + p) for p in text_lexicon("en", "quote_venue_leads"))


def _no_adverbs(lead: str) -> str:
    """The last words before the quote without adverbs ("known locally as a" → "known as a"), so a
    label cue reads the same with one between its words."""
    head, tail = lead[:-80], lead[-80:]
    return head + re.sub(r"\b[a-z]+ly\s+", "", tail)


def _before_quoted_list(lead: str) -> str:
    """The words before a list of quoted items that ends at the quote ("called “A” or “B”": the
    words before “A”), so that every item shares a label cue standing before the first one."""
    while True:
        # the run of masks is matched from its first one only ("(?<!…)"): tried from every mask of a
        # long masked quote, the search took time growing with the square of the run
        m = re.search(rf"(?<!{MASK}){MASK}+\s*(?:,\s*)?(?:(?:and|or|and/or)\s*(?:(?:the|a|an)\s*)?)?$", lead)
        if m is None or m.end() - m.start() == 0 or not lead[m.start() : m.end()].strip(MASK + " "):
            return lead
        lead = lead[: m.start()].rstrip()


def _names_its_object(lead: str) -> bool:
    """Whether a naming verb ("dubbed", "nicknamed") stands a few words before the quote, with only
    its object and an article between ("dubbed the new hall a", "nicknamed him"): no punctuation."""
    words = lead[-80:].split()[-7:]
    verbs = text_lexicon("en", "quote_naming_verbs")
    if not words or not re.fullmatch(r"[\w’'-]+", words[-1]):
        return False
    for k in range(len(words) - 2, -1, -1):
        if not re.fullmatch(r"[\w’'-]+", words[k]):
            return False
        if words[k] in verbs:
            return True
    return False


def _final_article_space(lead: str) -> int | None:
    """Where the spaces before a final "a", "an" or "the" begin (None without one): a cue word
    followed by the article ends there."""
    for article in ("the", "an", "a"):
        if lead.endswith(article):
            end = k = len(lead) - len(article)
            while k > 0 and lead[k - 1].isspace():
                k -= 1
            return k if k < end else None
    return None


_COPULAS = {"is", "was", "are", "were", "means", "refers"}


def _label_head_of(lead_s: str, heads: frozenset[str]) -> bool:
    """Whether the words before the quote end in a label's head noun and "of" ("a policy of",
    "the concept of"): what follows names the policy or concept."""
    m = re.search(r"\b([a-z]+)\s+of$", lead_s[-40:])
    return m is not None and m.group(1) in heads


def _label_head_follows(masked: str, pos: int, heads: frozenset[str]) -> bool:
    """Whether the word right after ``pos`` (no punctuation between) is a label's head noun."""
    m = re.match(r"[ \u00a0]+([A-Za-z]+)", masked[pos : pos + 30])
    return m is not None and m.group(1).lower() in heads


# A speaker naming their own thing ("has named her coming cabinet “the cabinet of …”")
_OWN_NAMING = re.compile(
    r"\b(?:called|calls|calling|named|names|dubbed)\s+(?:his|her|their|its)\s+(?:[a-z-]+\s+)?[a-z-]+$"
)


def _scare_cue_head(lead: str, cues: tuple[str, ...], heads: frozenset[str], content: str) -> bool:
    """ "their so-called operation “Breakwater”": a label cue, then the label's head noun, right
    before the quote (the last few words only are read: once per quote). After a verb ("called
    the operation “Breakwater”") only a capitalised name is one: "called the plan “dangerous”"
    judges the plan, in the words of whoever called it so."""
    words = lead[-80:].split()
    if len(words) < 2 or words[-1] not in heads:
        return False
    before = words[:-1]
    if before[-1] in {"a", "an", "the"}:
        before = before[:-1]
    stem = " ".join(before)
    named = content.lstrip()[:1].isupper()
    return any(stem.endswith(cue) and (named or cue.startswith("so")) for cue in cues)


# "was described as", "were called", "has been labelled as a": a passive verb right before the quote
_PASSIVE_LEAD = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+(?:as\s+)?(?:an?\s+|the\s+)?$"
)
# ", by Foreign Ministry spokesman X", "by the UN envoy": an agent that is a name or an office
_AGENT_AFTER = re.compile(r"[\s,]*by\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,5}?[A-Z][\w’'-]*")


def passive_lead(lead: str) -> re.Match[str] | None:
    """The passive verb ending the words before a quote ("was described as", "were called a")."""
    return _PASSIVE_LEAD.search(lead[-80:].lower())


def _passive_with_agent(lead: str, masked: str, pos: int) -> bool:
    """Whether the quote is the complement of a passive whose agent follows it ("was described as
    “…” by spokesman X"): then the agent said it (the agentless "are described as “…”" stays a
    label)."""
    return passive_lead(lead) is not None and _AGENT_AFTER.match(masked[pos : pos + 120]) is not None


def _copula_follows(masked: str, pos: int) -> bool:
    """Whether the words right after ``pos`` open with a copula ("“Khamseh” is a …")."""
    m = re.match(r"[\s,]*([A-Za-z]+)", masked[pos : pos + 20])
    return m is not None and m.group(1).lower() in _COPULAS


# a web address in quotation marks: "“Irannewspaper.ir”", "“www.example.com”"
_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$|^\s*[\w-]+\.(?:ir|com|org|net|info)/?\s*$")


def _in_title_list(lead: str, after: str) -> bool:
    """Whether the quote is an item of a list of quoted names ("“A”, “B” and “C”"): another quoted
    item right before or right after it."""
    return bool(
        re.search(r"[”\"’],?\s+(?:and|or)\s*$|[”\"’],\s*$", lead[-12:])
        or re.match(r"\s*(?:,\s*|,?\s+(?:and|or)\s+)[“\"‘]", after)
    )


def _cue_word_follows(after: str) -> bool:
    """Whether a speech verb opens the words after the quote ("“Stop the War” chanted the crowd")."""
    m = re.match(r"[ \u00a0]+([a-z]+)", after)
    return m is not None and m.group(1) in lexicon().speech_verb_forms


def _name_given(words: list[str]) -> bool:
    """ "referred to the envoy as “Mr. Always Late”": a name led by an honorific is a nickname given;
    "referred to ‘the clean air plan’": a phrase ending in a label head names a plan. Neither is a
    phrase the one naming it is quoted as saying."""
    if not words:
        return False
    if words[0][0].isupper() and words[0].lower() in {"mr", "mrs", "ms", "miss", "sir", "dr"}:
        return True
    return len(words) > 1 and words[-1].lower() in lexicon().label_heads


def title_like(words: list[str], share: float = 0.75) -> bool:
    """Whether at least ``share`` of the content words are capitalised (a title or a name)."""
    content = [
        w
        for w in words
        if w.lower() not in {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at"}
        and not w[0].isdigit()  # "Europe 1", "P5+1": a number in a name has no capital
    ]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps / len(content) >= share
