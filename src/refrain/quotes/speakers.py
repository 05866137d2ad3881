"""Finding the speaker noun phrase beside a cue verb, without a parser.

The subject of a speech verb sits just before it ("Smith said", "the minister told reporters",
"Lena Moreau, the republic's Trade Minister, spoke") or just after it ("said Smith", "argues
Terzi"). We walk tokens outward from the verb with a few rules: skip adverbs and auxiliaries,
step over appositives and relative clauses set off by commas, then take the longest run of
tokens that can belong to a noun phrase.

Size: about 600 lines: finding the noun phrase beside a cue before it, after it, opening a clause
or a sentence is one concern, and the four walks share the same token tests and word sets (a split
would have the parts import each other's helpers).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from refrain.entities.kinds import speaker_kind
from refrain.text import OPENING_MARKS
from refrain.text.lexicon import lexicon as text_lexicon

from .context import MASK, Token
from .lexicon import lexicon
from .when import is_date_word

SKIP_BEFORE_VERB = {
    "also", "then", "later", "again", "once", "further", "has", "had", "have", "was", "is", "were", "are",
    "will", "would", "could", "might", "may", "did", "does", "do", "not", "never", "just", "even", "recently",
    "previously", "reportedly", "repeatedly", "simply", "often", "already", "still", "herself", "himself",
    "themselves", "itself", "both", "all", "only", "first", "last", "subsequently", "immediately", "finally",
    "soon", "ultimately", "should", "must", "can", "now", "long", "earlier", "meanwhile", "however",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_CLAUSE_OPENERS = frozenset({"and", "but", "also", "meanwhile", "however", "then"})
_CLAUSE_MARKS = frozenset({",", "–", "—", "-", ":", ";", "."})


def _weekday(tok: Token) -> bool:
    return tok.lower in text_lexicon("en", "weekdays")


def _opens_clause(toks: list[Token], k: int) -> bool:
    """Whether the capitalised phrase holding ``toks[k]`` ("Leader of the Islamic Revolution Ali
    Kemal") opens its clause: the text's start, a clause mark or a clause opener before it."""
    p = k
    while p > 0 and (toks[p - 1].is_cap or toks[p - 1].lower in {"of", "the", "for"}):
        p -= 1
    return p == 0 or toks[p - 1].text in _CLAUSE_MARKS or toks[p - 1].lower in _CLAUSE_OPENERS


NP_STOP = {
    "in", "on", "at", "for", "to", "by", "with", "from", "about", "into", "over", "after", "before", "during",
    "under", "against", "between", "through", "like", "as", "than", "and", "or", "but", "while", "because",
    "although", "though", "since", "when", "where", "if", "so", "that", "which", "who", "whom", "whose",
    "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "not", "also", "then",
    "what", "how", "why", "said", "says", "say", "there", "it's", "yet", "once", "even", "just", "more",
    "most", "very", "too", "both", "nor", "per", "via", "up", "out", "off", "down", "around", "across",
    "toward", "towards", "upon", "within", "without", "among", "amid", "despite", "until", "unless",
    "whether", "whereas", "however", "thus", "therefore", "hence", "this", "these", "those", "here",
    "now", "today", "yesterday", "again", "did", "does", "do", "can", "could", "should", "may", "might",
    "must", "shall", "being", "got", "get", "went", "goes", "made", "make", "took", "take", "gave",
    "believes",
}  # fmt: skip
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "one", "another"}
NAME_PARTICLES = {"al", "bin", "bint", "ibn", "abu", "de", "del", "della", "der", "van", "von", "la", "le", "da",
                  "di", "du", "el", "ben", "dos", "das", "e", "y", "st", "mc", "o"}  # fmt: skip
# Capitalised words in not_names.txt that may still open a speaker's name or description.
NATIONALITIES = {"former", "iranian", "american", "british", "french", "german", "russian", "chinese", "israeli",
                 "european", "western", "regime"}  # fmt: skip
RELATIVE = {"who", "which", "whose", "whom", "where", "that"}
MAX_NP = 9


@dataclass(frozen=True, slots=True)
class NounPhrase:
    start: int
    end: int
    tokens: tuple[Token, ...]
    appositive: tuple[int, int] | None = None  # ", the regime's Labor Minister," when present

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]

    @classmethod
    def of(cls, toks: list[Token]) -> NounPhrase:
        return cls(toks[0].start, toks[-1].end, tuple(toks))


def _np_token(tok: Token) -> bool:
    if tok.text == MASK or not tok.text[0].isalnum():
        return tok.text in {"-", "’s", "'s", "’"}  # "’": a plural possessive ("Farmers’ Union")
    low = tok.lower
    if low in NP_STOP:
        return False
    lex = lexicon()
    if low in lex.speech_verb_forms and not tok.is_cap and low not in lex.roles:
        return False
    return True


def states_noun(prev: str, word: str) -> bool:
    """Whether ``word`` (lower case) is "states" the plural noun after ``prev``: a modifier of
    states ("member states", "the Arab states", "littoral states") or a number ("two separate
    states", "the five states")."""
    if word != "states":
        return False
    return (
        prev in text_lexicon("en", "state_noun_modifiers")
        or prev in text_lexicon("en", "number_words")
        or prev.isdigit()
    )


def _trim_np(toks: list[Token]) -> list[Token]:
    """Keep a plausible noun phrase: drop leading sentence adverbs, cut before a pronoun head."""
    lex = lexicon()
    # A pronoun is a whole NP: "he", "she".
    if toks and toks[-1].lower in lex.pronouns:
        return toks[-1:]
    # A dateline before the phrase ("OSLO - Foreign Ministry spokesman X"): where it was filed
    dash = next((k for k, t in enumerate(toks) if t.text in {"-", "–", "—"}), None)
    if dash and all(t.text.isupper() and len(t.text) > 1 for t in toks[:dash] if t.is_word):
        toks = toks[dash + 1 :]
    # Drop leading capitalised function words ("In", "On") that start the sentence.
    while toks and toks[0].lower in lex.not_names and toks[0].lower not in DETERMINERS and len(toks) > 1:
        if toks[0].lower in NATIONALITIES:
            break
        toks = toks[1:]
    # Keep at most MAX_NP tokens from the head leftward (but a title of capitalised words joined
    # by "of" whole: "Chief of Staff of Norland Naval Forces Rear Admiral X", not "of Staff of …")
    cut = toks[-MAX_NP:]
    joined = {"of", "and", "for", "the"}
    if (
        len(toks) > MAX_NP
        and any(t.lower == "of" for t in toks[1:])
        and all(t.is_cap or t.lower in joined for t in toks)
    ):
        return toks
    return cut


def np_ending_at(toks: list[Token], end_index: int) -> list[Token]:
    """Longest noun-phrase-like run of tokens ending at ``toks[end_index]`` (inclusive)."""
    run: list[Token] = []
    i = end_index
    while i >= 0 and len(run) < MAX_NP + 3:
        tok = toks[i]
        if run and tok.text.isdigit() and i > 0 and toks[i - 1].lower.rstrip(".") in _MONTHS:
            break  # "In November 7 Food Agency Director X said": a date before the subject
        inside_name = (
            tok.lower in {"and", "of"} and bool(run) and run[0].is_cap and i > 0 and toks[i - 1].is_cap
        )  # "Road Maintenance and Transportation Organization", "Ministry of Energy"
        inside_name = inside_name or (  # "the Policy Council on Trade Relations"
            tok.lower == "on"
            and bool(run)
            and run[0].is_cap
            and i > 0
            and toks[i - 1].is_cap
            and toks[i - 1].lower in lexicon().org_words
            and not is_date_word(run[0].lower)  # "the Council on Monday"
        )
        # "the top Russian diplomat to Norland", "the head of Sari Province": a post's place or body
        inside_name = inside_name or (
            tok.lower in {"to", "for", "of"}
            and bool(run)
            and run[0].is_cap
            and i > 0
            and not toks[i - 1].is_cap
            and toks[i - 1].lower.split("-")[0] in lexicon().roles
        )
        if (
            not _np_token(tok)
            and not inside_name
            and not _function_word_surname(toks, i)
            and not (not run and i > 0 and _noun_after_determiner(toks, i))
            and not (not run and i > 0 and states_noun(toks[i - 1].lower, tok.lower))  # "Arab states"
            # "secretary of state": a speech verb's form after "of" is a noun
            and not (
                not run and i > 0 and toks[i - 1].lower == "of" and tok.lower in lexicon().speech_verb_forms
            )
        ):
            break
        run.insert(0, tok)
        if tok.lower in DETERMINERS and tok.lower not in {"one"}:
            break  # a determiner opens the phrase
        if tok.lower in lexicon().pronouns and len(run) == 1:
            break
        i -= 1
    return _trim_np(run)


# Function words that are also surnames: capitalised right after a first name they are the name
# ("Theresa May said", "Edward Said wrote"), never the modal or the verb.
SURNAME_FUNCTION_WORDS = {"may", "will", "said"}
_FINITE_SPEECH = {"said", "says", "told", "tells", "wrote", "writes", "adds", "notes", "states", "insists"}


def _function_word_surname(toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if not (tok.is_cap and tok.lower in SURNAME_FUNCTION_WORDS):
        return False
    if i + 1 < len(toks) and (i == 0 or not toks[i - 1].is_word):
        # "…,” May told reporters": a lone surname before a finite speech verb (a modal takes
        # the bare verb: "May say"; a month is not a verb's subject)
        nxt = toks[i + 1].lower
        return nxt in lexicon().speech_verb_forms and (nxt.endswith("ed") or nxt in _FINITE_SPEECH)
    if i == 0:
        return False
    prev = toks[i - 1]
    return (
        prev.is_word
        and prev.is_cap
        and prev.lower not in NP_STOP
        and prev.lower not in lexicon().not_names
        and prev.lower.rstrip(".") not in _MONTHS
    )


def _noun_after_determiner(toks: list[Token], i: int) -> bool:
    """A speech-verb form used as a noun, as the head of a subject: "the report stated", "a tweet read"."""
    tok = toks[i]
    return (
        tok.is_word
        and not tok.is_cap
        and tok.lower in lexicon().speech_verb_forms
        and not tok.lower.endswith(("ed", "ing"))
        and toks[i - 1].lower in DETERMINERS | {"this", "that"}
    )


def is_name_like(run: list[Token]) -> bool:
    caps = [t for t in run if t.is_word]
    return bool(caps) and all(t.is_cap or t.lower in NAME_PARTICLES for t in caps) and caps[-1].is_cap


def _skip_parenthesis(toks: list[Token], i: int) -> int:
    """Index of the token before a short "(…)" ending at ``toks[i]``, or ``i`` when there is none."""
    if i < 0 or toks[i].text != ")":
        return i
    for k in range(i - 1, max(-1, i - 10), -1):
        if toks[k].text == "(":
            return k - 1
        if toks[k].text in {")", MASK}:
            break
    return i


def _post_for_place(toks: list[Token], k: int, run: list[Token]) -> NounPhrase | None:
    """ "The MP for Zabol told", "the adviser to the negotiating team said": a post, "for" or "to",
    then the place or body at ``k`` (``run``): the speaker is the post's holder, not the place. None
    when the run follows no such post, or names people ("the attorney for the Nichols family"), or
    the post is indefinite ("a spokesman for X": X's, as before)."""
    if (
        k < 2
        or toks[k - 1].lower not in {"for", "to"}
        or toks[k - 2].lower.rstrip(".") not in lexicon().roles
    ):
        return None
    if not (run[-1].is_cap or run[-1].lower in lexicon().org_words):
        return None
    words = [t for t in run if t.is_word and t.lower not in DETERMINERS]
    if len(words) > 3 or any(t.lower == "and" for t in words):
        return None  # "the Director for Development and Supervision of Projects Ali Vaez": a name ends it
    start = k - 2
    if start > 0 and toks[start - 1].lower == "the":
        start -= 1
    if toks[start].lower != "the":
        return None
    return NounPhrase(toks[start].start, run[-1].end, tuple(toks[start : k + len(run)]))


def _post_with_two_fields(toks: list[Token], k: int, run: list[Token]) -> NounPhrase | None:
    """ "The deputy water minister for lakes and coastal works named": a post whose field is two
    words joined by "and", the phrase at ``k`` (``run``) its second half; the whole post speaks, not
    "international affairs"."""
    if k < 4 or toks[k - 1].lower != "and" or run[0].is_cap:
        return None
    for field in (1, 2):  # "lakes", "lakes and rivers": one or two words before "and"
        at = k - 2 - field
        if at >= 1 and toks[at].lower in {"for", "of"} and all(t.is_word for t in toks[at + 1 : k - 1]):
            holder = np_ending_at(toks, at - 1)
            if holder and holder[-1].lower.rstrip(".") in lexicon().roles:
                return NounPhrase(
                    holder[0].start, run[-1].end, tuple(toks[toks.index(holder[0]) : k + len(run)])
                )
    return None


def _skip_dashes(toks: list[Token], i: int) -> int:
    """Index of the token before an aside set off by two dashes and ending at ``toks[i]`` ("Sanders
    – the senator from Vermont – said"), or ``i`` when there is none; the name before it must be
    capitalised (not "the plan – approved in May – said")."""
    if i < 1 or toks[i].text not in {"–", "—", "-"} or not _spaced_dash(toks, i):
        return i
    for k in range(i - 1, max(0, i - 25), -1):
        if toks[k].text == MASK or (toks[i].text == "-" and toks[k].lower in _ASIDE_STOPS):
            break  # "TEHRAN - X said on Friday that the deal - officially …": no aside of hyphens
        if toks[k].text == toks[i].text and _spaced_dash(toks, k):
            return k - 1 if toks[k - 1].is_cap else i
    return i


_ASIDE_STOPS = frozenset({"that", "said", "says", "told"})


def _spaced_dash(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a dash, a hyphen only when set off by spaces ("Germany - three
    signatories -", not "Action-")."""
    if toks[i].text != "-":
        return True
    before = i == 0 or toks[i - 1].end < toks[i].start
    return before and (i + 1 == len(toks) or toks[i].end < toks[i + 1].start)


SUBJECT_RELATIVES = {"who", "which", "that"}
# the pronouns that stand for people as a clause's subject
PERSONAL_SUBJECTS = frozenset({"he", "she", "they"})


def _relative_subject(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a relative pronoun opening the verb's clause, right after a noun."""
    low = toks[i].lower
    if low not in SUBJECT_RELATIVES or i == 0:
        return False
    prev = toks[i - 1]
    if prev.text == "," and low != "that":
        return i > 1 and toks[i - 2].is_word
    return prev.is_word and prev.lower not in NP_STOP and prev.lower not in lexicon().speech_verb_forms


_ASIDES = (("for", "*", "part"), ("on", "*", "part"), ("in", "*", "turn"), ("in", "turn"))
_ASIDE_OWNERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _skip_aside(toks: list[Token], i: int) -> int:
    """Where the subject ends before an aside set between it and its verb without commas ("Jan
    Berg for his part said", "the ministry in turn said"); with a comma before the aside ("X, for
    his part(,) said") that comma, which the appositive reading takes from there."""
    if toks[i].text == ",":
        return i  # "X, for his part, said": read as an appositive, as before
    for aside in _ASIDES:
        n = len(aside)
        at = i - n + 1
        if at < 1:
            continue
        words = [t.lower for t in toks[at : at + n]]
        if all(w == a or (a == "*" and w in _ASIDE_OWNERS) for w, a in zip(words, aside, strict=True)):
            return at - 1
    return i


def _skipped_before_verb(toks: list[Token], i: int, verb_index: int) -> bool:
    """Whether ``toks[i]``, between a subject and its verb, is read past: an auxiliary or adverb, a
    day ("Iran on Tuesday said") or its part ("Biden on Thursday night warned")."""
    low = toks[i].lower
    return (
        (low in SKIP_BEFORE_VERB and not _function_word_surname(toks, i))
        or (low.endswith("ly") and not toks[i].is_cap)
        or (low == "on" and i + 1 < verb_index and _weekday(toks[i + 1]))
        or (low in _DAY_PARTS and i > 0 and _weekday(toks[i - 1]))
        or _month_phrase(toks, i, verb_index)
        or _ago_phrase(toks, i, verb_index)
        or _last_time_phrase(toks, i, verb_index)
        # "the aide was quoted as having said": the one quoted is the subject of "said"
        or (verb_index - 3 <= i and [t.lower for t in toks[verb_index - 3 : verb_index]] == _QUOTED_AS_HAVING)
    )


_QUOTED_AS_HAVING = ["quoted", "as", "having"]
_AGO_UNITS = frozenset(
    {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"}
    | {"decade", "decades", "century", "centuries"}
)


_LAST_TIME_UNITS = frozenset({"week", "month", "year", "weekend", "night"})


def _last_time_phrase(toks: list[Token], i: int, verb_index: int) -> bool:
    """Whether ``toks[i]`` is "last"/"this" and its unit right before the verb ("Omid Varan last
    week said", "the envoy this month warned")."""
    low = toks[i].lower
    if low in {"last", "this"}:
        return i + 2 == verb_index and toks[i + 1].lower in _LAST_TIME_UNITS
    return low in _LAST_TIME_UNITS and i + 1 == verb_index and i > 0 and toks[i - 1].lower in {"last", "this"}


def _ago_phrase(toks: list[Token], i: int, verb_index: int) -> bool:
    """Whether ``toks[i]`` is part of a time phrase before the verb ("the historian X centuries
    ago warned", "X two years ago said"): "ago", its unit, a count before the unit."""
    lows = [t.lower for t in toks[i : min(verb_index, i + 3)]]
    before = toks[i - 1].lower if i > 0 else ""
    return (
        (lows[0] == "ago" and before in _AGO_UNITS)
        or (lows[0] in _AGO_UNITS and lows[1:2] == ["ago"])
        or (len(lows) == 3 and lows[1] in _AGO_UNITS and lows[2] == "ago" and not toks[i].is_cap)
    )


def _month_phrase(toks: list[Token], i: int, verb_index: int) -> bool:
    """Whether ``toks[i]`` is part of a month phrase before the verb ("X earlier in March said",
    "X in May 2020 said"): "earlier"/"in", the month after "in", a year after the month."""
    low = toks[i].lower

    def month(k: int) -> bool:
        return k < verb_index and toks[k].is_cap and toks[k].lower in _MONTHS_AND_MAY

    if low == "in":
        return month(i + 1)
    if low == "earlier":
        return i + 1 < verb_index and toks[i + 1].lower == "in" and month(i + 2)
    if month(i):
        return i > 0 and toks[i - 1].lower == "in"
    return low.isdigit() and len(low) == 4 and i > 1 and month(i - 1) and toks[i - 2].lower == "in"


def subject_before(toks: list[Token], verb_index: int) -> NounPhrase | None:
    """The subject noun phrase ending just before ``toks[verb_index]``."""
    i = verb_index - 1
    day_at = None
    while i >= 0 and _skipped_before_verb(toks, i, verb_index):
        day_at = i if toks[i].lower == "on" else day_at
        i -= 1
    i = _skip_aside(toks, i)
    i = _skip_parenthesis(toks, i)
    i = _skip_dashes(toks, i)
    if i < 0:
        return None
    if _relative_subject(toks, i):
        # "Mike Lee, who declared, “…”" / "a message that said, “…”": the relative pronoun is the
        # subject as written (the resolver takes its antecedent)
        return NounPhrase(toks[i].start, toks[i].end, (toks[i],))
    appositive = None
    if toks[i].text == "," and i > 0 and toks[i - 1].text == ")":
        k = _skip_parenthesis(toks, i - 1)  # "Gov. John Kasich (R-OH), said"
        if k < 0:
            return None
        if not _closes_appositive(toks, k):
            i = k
    if toks[i].text == ",":
        return _subject_over_appositives(toks, i, appositive)
    run = np_ending_at(toks, i)
    if not run:
        return None
    k = toks.index(run[0])
    antecedent = _relative_antecedent(toks, k)
    post = (
        (
            _post_for_place(toks, k, run)
            or _post_with_two_fields(toks, k, run)
            or _name_before_open_posts(toks, k, run)
        )
        if antecedent is None
        else None
    )
    if post is not None:
        return post
    if day_at is not None and not _opens_clause(toks, k) and antecedent is None:
        # "… to attend the Summit on Sunday told IRNA": past a day, only a phrase opening its clause
        # is the subject, not an object ending a relative clause (but "X who visited Tehran on
        # Wednesday said": the relative clause's antecedent)
        return None
    if antecedent is not None:
        return NounPhrase(antecedent[0].start, antecedent[-1].end, tuple(antecedent), appositive)
    if (
        k >= 2
        and toks[k - 1].lower == "and"
        and run[0].lower in _JOINT_OPENERS
        and len(run) > 2
        and run[-1].is_cap
        and run[-2].is_cap
        and toks[k - 2].is_cap
    ):
        # "Ali Farda and his Turkish counterpart Omar Kest said": both speak
        partner = np_ending_at(toks, k - 2)
        if partner and partner[0].is_cap:
            run, k = [*partner, toks[k - 1], *run], k - 1 - len(partner)
    listed = _coordinated_before(toks, k, run)
    if listed is not None:
        # "France, Germany, Britain and the EU said": the whole list speaks, not its last member
        return NounPhrase(listed[0].start, run[-1].end, (*listed, *run), appositive)
    clause, k = _subject_before_object(toks, k, run, appositive)
    if clause is not None:
        return clause
    run, k = _with_post_holder(toks, k, run)
    if k >= 2 and toks[k - 1].lower in _OBJECT_PREPOSITIONS and _participle_or_verb(toks[k - 2]):
        # "Another source speaking to Fox News said", "an official who spoke to reporters said":
        # the phrase before the verb is an object; the subject opens the clause
        subj = sentence_subject(toks[: k - 2])
        if subj is not None and subj.tokens[0].lower not in NP_STOP:
            return subj
    return NounPhrase(run[0].start, run[-1].end, tuple(run), appositive)


def _with_post_holder(toks: list[Token], k: int, run: list[Token]) -> tuple[list[Token], int]:
    """ "The Leader of the Revolution said", "the head of the judiciary said": the role before "of"
    speaks, not its body; "the former envoy to the United Nations described": the envoy. The run
    (and its first index) widened to the post, or as it was."""
    if not (
        k >= 2
        and toks[k - 1].lower in {"of", "to", "for"}
        # "the minister for internal affairs said": a field of up to three lower-case words
        and (run[0].lower in DETERMINERS or (len(run) <= 3 and not any(t.is_cap for t in run)))
    ):
        return run, k
    body = " ".join(t.text for t in run if t.lower not in DETERMINERS)
    tail = " ".join(t.text for t in run[-2:])
    if toks[k - 1].lower in {"to", "for"} and "person" in (speaker_kind(body), speaker_kind(tail)):
        return run, k  # "Envoy to the United Nations Ilya Vostrov said": the name speaks
    holder = np_ending_at(toks, k - 2)
    if holder and (
        holder[-1].lower.rstrip(".").split("-")[0] in lexicon().roles
        or (toks[k - 1].lower == "of" and _person_of(holder, run))
    ):
        run = holder + [toks[k - 1]] + run
        return run, toks.index(run[0])
    return run, k


# words that make a comma-set segment a clause, not a post ("X, who is …", "X, the body that said …")
_IN_A_CLAUSE = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "that", "who", "which"}
    | {"said", "says", "told", "tells"}
)


def _name_before_open_posts(toks: list[Token], k: int, run: list[Token]) -> NounPhrase | None:
    """ "Ana Ruiz, director of Tarsk University's Research Lab says", "Wes Ward, a senior fellow at
    the Vos Center, a policy group told": the person before posts set off by commas, the last one
    left unclosed before the verb (the body that ends it is no speaker)."""
    if speaker_kind(" ".join(t.text for t in run)) == "person":
        return None
    start = k
    for _ in range(3):
        comma = start - 1
        while comma >= 0 and toks[comma].text != "," and start - comma <= 16:
            if toks[comma].lower in _IN_A_CLAUSE:
                return None
            comma -= 1
        if comma < 1 or toks[comma].text != ",":
            return None
        opening = toks[comma + 1]
        if not (opening.lower in {"a", "an"} or opening.lower in lexicon().roles):
            return None  # no post: "X, Y and Z said" (a list), "Finally, the ministry said" (an opener)
        name = np_ending_at(toks, comma - 1)
        if (
            len(name) >= 2
            and is_name_like(name)
            and name[0].lower not in NP_STOP
            and speaker_kind(" ".join(t.text for t in name)) == "person"
        ):
            return NounPhrase(name[0].start, name[-1].end, tuple(name))
        start = toks.index(name[0]) if name else comma
    return None


def _unclosed_from(toks: list[Token], k: int) -> NounPhrase | None:
    """ "Omid Karan, also from The Varan Post wrote": the phrase after "from" is no subject (the
    aside's closing comma left out); the name before the aside's comma is."""
    if k < 3 or toks[k - 1].lower not in {"from", "at"}:
        return None
    comma = k - 2 if toks[k - 2].text == "," else k - 3 if toks[k - 2].lower == "also" else -1
    if comma < 1 or toks[comma].text != ",":
        return None
    holder = np_ending_at(toks, comma - 1)
    if not holder or not all(t.is_cap for t in holder) or len(holder) < 2:
        return None
    return NounPhrase(holder[0].start, holder[-1].end, tuple(holder))


def _person_of(holder: list[Token], body: list[Token]) -> bool:
    """ "Tom Reyes of the Norland Institute said": a person (a name of two words or more after any
    post or title, no body's or post's word in it) of the body after "of", as the resolver reads
    "X of the Y"."""
    lex = lexicon()
    name = holder
    while name and name[0].lower.rstrip(".") in lex.roles | lex.titles:
        name = name[1:]  # "President Omid Kalani of the …"
    return (
        len(name) >= 2
        and all(t.is_cap and t.lower not in lex.org_words | lex.roles for t in name)
        and body[0].lower == "the"
        and body[-1].is_cap
    )


def _relative_antecedent(toks: list[Token], k: int) -> list[Token] | None:
    """ "Lena Holm who heads the fair said", "Lena Holm who is secretary of the fair said": the
    name a relative clause without commas follows is the verb's subject, not the phrase ending the
    clause (``toks[k]`` on); "the man who met Piet Vos said": the man, as written."""
    j = k - 1
    while j >= 1 and k - j <= 12 and toks[j].text not in _CLAUSE_BREAKS:
        if toks[j].lower == "who":
            antecedent = np_ending_at(toks, j - 1)
            return antecedent if any(t.is_word and t.lower not in DETERMINERS for t in antecedent) else None
        j -= 1
    return None


_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", MASK, "—", "–", "“", "”", '"'})


_EVENT_PREPOSITIONS = frozenset({"after", "before", "following"})


def _event_phrase(run: list[Token]) -> bool:
    """Whether ``run`` is a short lower-case phrase ("the attack", "the cabinet meeting") whose head
    names nothing that speaks: no person, role, body or document."""
    lex = lexicon()
    head = run[-1].lower
    return (
        2 <= len(run) <= 4
        and run[0].lower in {"the", "this", "that", "his", "her", "its", "their"}
        and not any(t.is_cap for t in run)
        and head not in lex.roles
        and head not in lex.org_words
        and head not in lex.pronouns
        and head not in text_lexicon("en", "plural_group_nouns")
        and head not in text_lexicon("en", "speaker_documents")
    )


def _subject_before_object(
    toks: list[Token], k: int, run: list[Token], appositive: tuple[int, int] | None
) -> tuple[NounPhrase | None, int]:
    """When ``run`` (from ``toks[k]``) is a preposition's object, the subject opening its clause and
    where the phrase starts; else (None, ``k``) or (None, the object's start) when none is found."""
    lex = lexicon()
    if (holder := _unclosed_from(toks, k)) is not None:
        return holder, k
    p = k - 1
    while p > 0 and (toks[p].text.isdigit() or toks[p].lower.rstrip(".") in _MONTHS):
        p -= 1  # "on March 26 says"
    if p >= 1 and (
        (toks[p].lower in _OBJECT_OF and (toks[p - 1].is_word or toks[p - 1].text == ")"))
        # "Norland’s permanent mission to the United Nations said": the mission speaks
        or (toks[p].lower == "to" and toks[p - 1].lower in lex.org_words)
        # "an op-ed in a daily linked to the Guards said": the body describes the paper
        or (toks[p].lower in {"to", "with"} and toks[p - 1].lower in _description_links())
        # "Gen. Karl Ross after the attack said": an event, not a clause's subject ("after the
        # minister said", "before the report said": those speak)
        or (toks[p].lower in _EVENT_PREPOSITIONS and toks[p - 1].is_cap and _event_phrase(run))
    ):
        # "A court head in the city of Qazvin told", "Biden in his speech on March 26 says": the
        # phrase before the verb is a preposition's object; the subject opens the clause
        k = p + 1
        lo = k - 1
        while lo > 0 and toks[lo - 1].text not in {",", ";", ":", MASK, "—", "–"}:
            lo -= 1
        subj = sentence_subject(toks[lo : k - 1])
        if subj is not None and subj.tokens[0].lower not in NP_STOP and subj.end <= toks[k - 1].start:
            if toks[k - 1].lower == "to" and subj.tokens[-1] is toks[k - 2]:
                # the mission with the body it is posted to: "mission to the United Nations"
                whole = tuple(toks[toks.index(subj.tokens[0]) : toks.index(run[-1]) + 1])
                return NounPhrase(subj.start, run[-1].end, whole, appositive), k
            return NounPhrase(subj.start, subj.end, subj.tokens, appositive), k
    return None, k


def _closes_appositive(toks: list[Token], k: int) -> bool:
    """Whether the phrase ending at ``toks[k]`` is a description set off by a comma before it ("X, the
    spokesman for the Joint Command (JOC), said"), so that the subject is the name before that comma."""
    j = _segment_mark_before(toks, k)
    # "X, who served as a fellow at the Norland Institute (NI), also says": a relative clause too
    # ("X, head of the South Gas Co. (SGC), said": a post opening it)
    opener = toks[j + 1].lower if 0 <= j < len(toks) - 1 else ""
    return (
        j > 0
        and toks[j].text == ","
        and (opener in DETERMINERS or opener == "who" or opener in lexicon().roles)
    )


_SEGMENT_MARKS = frozenset({",", ";", ":", "(", ")", MASK, "—", "–"})


def _segment_mark_before(toks: list[Token], k: int) -> int:
    """The index of the last comma, colon, bracket or dash at or before ``toks[k]`` (-1 if none):
    where the comma-set segment ending at ``k`` starts."""
    while k >= 0 and toks[k].text not in _SEGMENT_MARKS:
        k -= 1
    return k


def _weekday_in_title(toks: list[Token], i: int) -> bool:
    """ "Tehran Friday prayer leader": a capitalised weekday inside a title, a lower-case noun after it."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        toks[i].is_cap
        and toks[i].lower in text_lexicon("en", "weekdays")
        and nxt is not None
        and nxt.is_word
        and not nxt.is_cap
        and nxt.lower not in NP_STOP | SKIP_BEFORE_VERB
        and nxt.lower not in lexicon().speech_verb_forms
        and not nxt.lower.endswith(("ed", "ly"))
    )


def _coordinated_before(toks: list[Token], k: int, run: list[Token]) -> list[Token] | None:
    """The members of a comma list ending in "and" before ``run`` (which starts at ``toks[k]``):
    "France, Germany, Britain and [the EU]" gives the tokens from "France" to "and"; None when
    ``run`` is no capitalised member of such a list."""
    if not run[-1].is_cap or k < 2 or toks[k - 1].lower not in {"and", ","}:
        return None
    if toks[k - 1].lower != "and" and not any(t.lower == "and" for t in run):
        return None  # "To the president of the Council, the E3 said": no list without its "and"
    lo, commas = k, 0
    while lo >= 2 and toks[lo - 1].lower in {"and", ","} and (toks[lo - 1].lower == "," or lo == k):
        member = np_ending_at(toks, lo - 2)
        if (
            not member
            or len(member) > 4
            or not all(t.is_cap for t in member if t.lower != "the")
            or member[0].lower in lexicon().not_names - DETERMINERS  # "Meanwhile, France and …"
        ):
            break
        commas += toks[lo - 1].text == ","
        lo = toks.index(member[0])
    if commas == 0 or lo == k:
        return None
    if lo > 0 and toks[lo - 1].lower in NP_STOP:
        return None  # "In Paris, France and Germany said": the first member is a preposition's object
    return toks[lo:k]


def _list_tail_of_post(toks: list[Token], comma: int, segment: list[Token]) -> bool:
    """Whether a comma-set segment ("Lakes and Wells") ends a list the post before the comma opened
    ("director general for Rivers, Lakes and Wells"): capitalised words joined by "and", after a
    segment holding a role word and ending in a capitalised word; the body may be placed ("head of
    the Industry, Mine and Trade Department in Bel and Varo")."""
    if not any(t.lower == "and" for t in segment) or not all(
        t.is_cap or t.lower in {"and", "of", "in", "for", "the"} for t in segment
    ):
        return False
    before = toks[_segment_mark_before(toks, comma - 1) + 1 : comma]
    return bool(before) and before[-1].is_cap and any(t.lower.rstrip(".") in lexicon().roles for t in before)


def _subject_over_appositives(
    toks: list[Token], comma: int, appositive: tuple[int, int] | None
) -> NounPhrase | None:
    """The subject before the comma at ``comma`` that ends an appositive or relative clause: step
    over up to three comma-set segments ("Ali Vaez, the spokesman, who …, said")."""
    lex = lexicon()
    named_seg: list[Token] = []
    for _ in range(3):
        seg_end = _skip_parenthesis(toks, comma - 1) + 1  # "Sen. Richard J. Durbin (D-Ill.), noting …, said"
        j = _segment_mark_before(toks, seg_end - 1)
        segment = toks[j + 1 : seg_end]
        if not segment:
            return None
        if (
            j >= 0
            and toks[j].text == ","
            and (_list_tail_of_post(toks, j, segment) or _body_of_post(toks, j, segment))
        ):
            # "…, director general for Rivers, Lakes and Wells, said", "…, head of the board,
            # Association of Tarsk Lawyers, said": the post goes on
            comma = j
            continue
        if is_name_like(segment) and len(segment) <= 6 and segment[0].lower not in lex.not_names:
            run = _relative_before(toks, j) + segment
            return NounPhrase(run[0].start, run[-1].end, tuple(run), appositive)
        if (
            segment[0].lower in RELATIVE
            or segment[0].lower in DETERMINERS
            or segment[0].lower in lex.roles
            or not segment[0].is_cap
        ):
            if j < 0 and segment[0].lower in DETERMINERS:
                # "A Warren adviser, who spoke on …, said": the sentence opens with the subject
                run = np_ending_at(toks, seg_end - 1)
                return NounPhrase(run[0].start, run[-1].end, tuple(run), appositive) if run else None
            appositive = appositive or (segment[0].start, segment[-1].end)
            if segment[0].lower in DETERMINERS and segment[-1].is_cap:
                named_seg = segment  # "the New York Times": a subject, when an opener comes before it
            if j < 0 or toks[j].text != ",":
                return None
            comma = j
            continue
        if j >= 0 and toks[j].text == "," and _role_then_object(segment):
            # "Ali Vaez, Iran’s former ambassador to Kabul, said": the place ends the description
            appositive = appositive or (segment[0].start, segment[-1].end)
            comma = j
            continue
        if j >= 0 and toks[j].text == ",":
            named = _relative_clause_owner(toks, j)
            if named is not None:
                return named  # "Ali Vaez, who worked with diplomats from X, Y and Z in …, said"
        if any(t.lower == "who" for t in segment[1:]):
            named = _relative_clause_owner(toks, seg_end)
            if named is not None:
                return named  # "Ali Vaez who led the talks until 2019, said": not "2019"
        if (
            j < 0
            and named_seg
            and (segment[0].lower in _OPENING_PREPOSITIONS or _opening_participle(segment[0]))
        ):
            # "In a note on Friday, the Norland Herald, quoting …, said", "Citing images of the
            # site, the Norland Institute, a group of experts, reported": the phrase after the
            # opener is the subject, not the opener's last noun
            return NounPhrase(named_seg[0].start, named_seg[-1].end, tuple(named_seg))
        # Not an appositive: the segment itself ends with the subject ("On Monday, Smith said")
        run = np_ending_at(toks, seg_end - 1)  # seg_end: before a party tag "(D-Ill.)"
        return NounPhrase(run[0].start, run[-1].end, tuple(run), appositive) if run else None
    return None


def _body_of_post(toks: list[Token], j: int, segment: list[Token]) -> bool:
    """Whether ``segment`` (after the comma at ``j``) names the body of the post set off just
    before it ("Leila Varan, head of the board, Association of Tarsk Lawyers, said")."""
    lex = lexicon()
    if not any(t.lower in lex.org_words for t in segment):
        return False
    k = _segment_mark_before(toks, j - 1)
    post = [t for t in toks[k + 1 : j] if t.lower not in DETERMINERS]
    return bool(post) and post[0].lower.rstrip(".") in lex.roles and k >= 0 and toks[k].text == ","


def _opening_participle(tok: Token) -> bool:
    """A sentence opened by a participle phrase: "Citing …,", "Quoting …,"."""
    return (
        tok.is_cap and tok.lower.endswith("ing") and len(tok.lower) > 5 and tok.lower not in lexicon().roles
    )


def relative_noun(word: str) -> bool:
    """Whether a lower-case word names someone by a tie to another ("daughter", "friends":
    ``relative_nouns.txt``, singular or plural)."""
    relatives = text_lexicon("en", "relative_nouns")
    return word in relatives or (word.endswith("s") and word[:-1] in relatives)


def _relative_before(toks: list[Token], comma: int) -> list[Token]:
    """ "The daughter of the top general, Ali Vaez, said": the tokens from the relative's
    description to the comma before the name, which names the general, not the daughter (the
    speaker is the description); none when the description ends in a name ("The daughter of Ali
    Vaez, Lena, said": Lena is the daughter) or is not one of a relative (``relative_nouns.txt``)."""
    if comma < 2 or toks[comma].text != ",":
        return []
    j = _segment_mark_before(toks, comma - 1)
    before = toks[j + 1 : comma]
    if (
        (j >= 0 and toks[j].text == ",")
        or len(before) < 4
        or before[0].lower not in DETERMINERS
        or before[-1].is_cap
    ):
        return []
    tie = next((k for k, t in enumerate(before[:-2]) if relative_noun(t.lower)), None)
    if tie is None or before[tie + 1].lower != "of" or any(t.is_cap for t in before[1:tie]):
        return []
    return [*before, toks[comma]]


_OPENING_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "following", "amid"})


def _relative_clause_owner(toks: list[Token], comma: int) -> NounPhrase | None:
    """The name a ", who …" clause still open at ``comma`` hangs on: a relative clause with commas
    of its own ("who met envoys from X, Y and Z in crafting the deal, said") ends at the verb, and
    so does one closed by a comma it never opened with ("Vaez who led the talks until 2019, said")."""
    k = comma - 1
    while k >= 1 and toks[k].text not in {";", ":", MASK, "—", "–", "(", ")"}:
        if toks[k].lower == "who" and (toks[k - 1].text == "," or toks[k - 1].is_cap):
            # written without its opening comma too: "Ali Vaez who led the talks until 2019, said"
            run = np_ending_at(toks, k - 2 if toks[k - 1].text == "," else k - 1)
            if run and is_name_like(run[-2:]) and run[-1].is_cap:
                return NounPhrase(run[0].start, run[-1].end, tuple(run))
            return None
        k -= 1
    return None


def _role_then_object(segment: list[Token]) -> bool:
    """Whether a comma-set segment is a description ending in a preposition's object: a role word,
    then "to", "of", "for", "in" or "at" ("Iran’s former ambassador to Kabul", "head of Tehran
    Province"), so its last noun is no subject."""
    roles = lexicon().roles
    at = next((k for k, t in enumerate(segment) if t.lower.split("-")[0] in roles and not t.is_cap), None)
    if at is None:
        return _owned_title_to_body(segment)
    return any(t.lower in {"to", "of", "for", "in", "at"} for t in segment[at + 1 :])


def _owned_title_to_body(segment: list[Token]) -> bool:
    """ "Norland’s Deputy Permanent Representative to the UN": a capitalised title owned by a
    country and followed by the body it is posted to (no name after it) is a description too."""
    owned = segment[0].text.endswith(("’s", "'s")) or (len(segment) > 1 and segment[1].text in {"’s", "'s"})
    if len(segment) < 4 or not owned:
        return False
    roles = lexicon().roles
    at = next((k for k, t in enumerate(segment) if t.lower in {"to", "of", "for", "in", "at"}), None)
    if at is None or segment[at - 1].lower.split("-")[0] not in roles:
        return False
    body = segment[at + 1 :]
    return bool(body) and (body[0].lower == "the" or len(body) <= 2)


# what opens the second of two joint speakers after "X and": "his Turkish counterpart Omar Kest"
_JOINT_OPENERS = {"his", "her", "their"}
_OBJECT_PREPOSITIONS = {"to", "with"}
# prepositions whose object can stand right before a speech verb: "a court head in Qazvin said"
_OBJECT_OF = {"in", "on", "at", "during", "from", "near", "outside", "inside", "with"}


def _participle_or_verb(tok: Token) -> bool:
    """A lower-case verb form a prepositional object can hang on: "speaking", "spoke", "talked"."""
    low = tok.lower
    return not tok.is_cap and (low.endswith("ing") or low in lexicon().speech_verb_forms) and len(low) > 3


def _of_phrase(toks: list[Token], k: int) -> bool:
    """ "of" or the word after it inside a title: "secretary of state", "minister of labor"."""
    return toks[k].is_word and (toks[k].lower == "of" or (k > 0 and toks[k - 1].lower == "of"))


def _role_for(run: list[Token], toks: list[Token], i: int) -> bool:
    """ "for"/"to" inside a title before a name: "UN Special Envoy for Yemen Hans Grundberg",
    "Ambassador to the UN Ali Vaez"."""
    k = i + 1
    if k + 1 < len(toks) and toks[k].lower == "the" and toks[i].lower == "to":
        posted = toks[k + 1].text
        if not ((posted.isupper() and len(posted) > 1) or posted.lower() in text_lexicon("en", "countries")):
            return False  # "to the UN", "to the Netherlands"; not "advisor to the Leader of …"
        k += 1
    return (
        bool(run)
        and toks[i].lower in {"for", "to"}
        and run[-1].lower.rstrip(".") in lexicon().roles
        and k < len(toks)
        and toks[k].is_cap
    )


def _role_field_end(run: list[Token], toks: list[Token], i: int) -> int | None:
    """Where the name starts after a post's field in lower case ("high commissioner for human
    rights Ana Ruiz", "representative to international organizations in Vienna Jan Ross"): a
    role word, "for"/"on"/"to" at ``i``, one to three lower-case words, then two capitalised
    words; None when the words after the role are not such a field."""
    if not (run and toks[i].lower in {"for", "on", "to"} and run[-1].lower.rstrip(".") in lexicon().roles):
        return None
    k = i + 1
    while (
        k < len(toks)
        and k - i <= 3
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].lower not in DETERMINERS
    ):
        k += 1
    if k == i + 1 or k + 1 >= len(toks) or not (toks[k].is_cap and toks[k + 1].is_cap):
        return None
    return None if toks[k].lower in DETERMINERS else k  # "… for years The …": no name


def _and_in_org(run: list[Token], toks: list[Token], i: int) -> bool:
    """ "and" inside an organisation's name: "the Ministry of Water and Energy"; "on" right after
    its noun: "the Council on Foreign Relations"."""
    org_words = lexicon().org_words
    return (
        (toks[i].lower == "and" or (toks[i].lower == "on" and bool(run) and run[-1].lower in org_words))
        and bool(run)
        and run[-1].is_cap
        and i + 1 < len(toks)
        and toks[i + 1].is_cap
        and not is_date_word(toks[i + 1].lower)
        and any(t.lower in org_words for t in run)
    )


def passive_agent(toks: list[Token], k: int) -> NounPhrase | None:
    """The agent of a passive speech verb at ``k``, named right after it ("The shelling was condemned
    by the Red Cross as “…”"): the agent speaks, not the subject condemned. None unless the
    agent's name is followed by "as", "for" or the quote ("criticized by the minister for its
    “…”"): "announced by X in 2014" is no quotation's agent."""
    if k == 0 or k + 2 >= len(toks) or toks[k - 1].lower not in BE_FORMS or toks[k + 1].lower != "by":
        return None
    agent = toks[k + 2] if toks[k + 2].lower != "the" or k + 3 >= len(toks) else toks[k + 3]
    if not agent.is_cap:
        return None
    words = lexicon().roles | {"the", "of"}
    end = next((j for j in range(k + 2, len(toks)) if not (toks[j].is_cap or toks[j].lower in words)), None)
    if end is None or toks[end].lower in {"as", "for"} or toks[end].text in {MASK, ","}:
        return subject_after(toks, k + 1)
    return None


# forms of "be": before a participle they make a passive ("was agreed", "is described by")
BE_FORMS = frozenset({"is", "was", "are", "were", "been", "be", "am"})


def passive_by(toks: list[Token], k: int) -> bool:
    """Whether the verb at ``k`` is a passive whose agent and "as" follow it ("was described by
    critics as"; not "was quoted by IRNA as saying": the one quoted speaks; not "was asked by X
    whether": the one asked answers)."""
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].lower in BE_FORMS
        and toks[k + 1].lower == "by"
        and toks[k].lower not in {"quoted", "cited"}
        and any(t.lower == "as" for t in toks[k + 2 : k + 8])
    )


def post_runs_on_to_name(between: list[Token], end: int) -> bool:
    """Whether the words quoted "… as saying" run on past the noun phrase read there (ending at
    ``end``) with "and" and capitalised words up to "as": a post with "and" in it before the name
    ("quoted Deputy Minister for Lakes and Coastal Works Ali Vaez as saying")."""
    rest = [t for t in between if t.start >= end]
    return (
        len(rest) >= 3
        and rest[0].lower == "and"
        and all(t.is_cap or t.lower in {"of", "for", "and", "the"} for t in rest[1:])
        and rest[-1].is_cap
    )


def _name_goes_on(run: list[Token], tok: Token) -> bool:
    """Whether a long inverted subject may take ``tok`` past the length limit: a body's capitalised
    name after "of" still going on ("said the head of the supervisory council of managers of the
    Varnia Northern Harbour Fund, Ali Vahdat"), up to four words more."""
    return len(run) < MAX_NP + 6 and tok.is_cap and run[-1].is_cap and any(t.lower == "of" for t in run)


def subject_after(toks: list[Token], verb_index: int) -> NounPhrase | None:
    """The inverted subject just after the verb: "said Smith", "argues the minister"."""
    lex = lexicon()
    i = verb_index + 1
    if i >= len(toks):
        return None
    first = toks[i]
    if not first.is_word:
        return None
    # "read part of a statement by X", "read an excerpt of the letter": the text after "of" speaks
    piece = i + 1 if first.lower in {"a", "an", "the"} else i
    if (
        piece + 1 < len(toks)
        and toks[piece].lower in text_lexicon("en", "quote_part_nouns")
        and toks[piece + 1].lower == "of"
    ):
        return subject_after(toks, piece + 1)
    acronym = len(first.text) > 1 and first.text.isupper()  # "said WHO chief X": no "who"
    if first.lower in lex.pronouns and first.lower not in {"he", "she", "him"} and not acronym:
        return None
    if not (first.is_cap or first.lower in DETERMINERS or first.lower == "him"):  # "quoted him as saying"
        # "said former Sen. Evan Bayh", "said conservative activist Bob Klaus",
        # "said former secretary of state Hillary Clinton"
        ahead = toks[i : i + 6]
        cap = next((k for k, t in enumerate(ahead) if t.is_cap), None)
        if cap is None or any(
            not _np_token(t) and not _of_phrase(ahead, k) for k, t in enumerate(ahead[:cap])
        ):
            return None
    if (
        first.is_cap
        and first.lower in lex.not_names
        and first.lower not in lex.titles | NATIONALITIES
        and not acronym
    ):
        return None  # but "said American Unity Fund president Margaret Hoover", "said German Ortega"
    run: list[Token] = []
    while (
        i < len(toks)
        and (len(run) < MAX_NP + 2 or _name_goes_on(run, toks[i]))
        and (
            _np_token(toks[i])
            or (acronym and not run)
            or _of_phrase(toks, i)
            or _role_for(run, toks, i)
            or _and_in_org(run, toks, i)
        )
    ):
        if run and toks[i].lower in lex.speech_verb_forms and not _of_phrase(toks, i):
            break
        if run and run[-1].is_cap and not toks[i].is_cap and toks[i].lower.endswith("ly"):
            break  # "tweeted Foreign Minister Ali Vaez shortly after": an adverb ends the name
        if run and run[-1].is_cap and toks[i].lower in {"back", "earlier", "later", "again", "recently"}:
            break  # "said President Ali Vaez back in October": a time adverb ends the name
        if run and run[-1].lower in _documents() and toks[i].lower in _document_verbs():
            break  # "according to the joint statement put out by …": the statement speaks
        run.append(toks[i])
        i += 1
    if not run:
        return None
    if run[0].lower in DETERMINERS and len(run) == 1:
        return None
    # "said the lawyer, Anton Feld." — a role followed by the name it describes: the name is the speaker
    if not is_name_like(run) and run[-1].lower in lex.roles and i + 1 < len(toks) and toks[i].text == ",":
        name: list[Token] = []
        k = i + 1
        while k < len(toks) and (toks[k].is_cap or toks[k].lower in NAME_PARTICLES) and len(name) < 5:
            name.append(toks[k])
            k += 1
        if name and is_name_like(name) and (k == len(toks) or toks[k].text in {",", ".", ";"}):
            run = run + name
    return NounPhrase(run[0].start, run[-1].end, tuple(run))


_MONTHS = {"jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
           "march", "april", "june", "july", "august", "september", "october", "november", "december"}  # fmt: skip
_MONTHS_AND_MAY = frozenset(_MONTHS | {"may"})  # "may" left out above: the modal
_SENTENCE_ADVERBS = {"likewise", "similarly", "separately", "additionally", "finally", "moreover", "furthermore",
                     "otherwise", "nonetheless", "nevertheless", "indeed", "instead", "meanwhile", "still",
                     "specifically", "notably", "ironically", "again", "earlier", "later", "afterward",
                     "elsewhere", "currently", "however", "therefore", "besides", "also", "thus", "back"}  # fmt: skip
_ADVERB_PHRASE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "that", "this"})
_PLACE_PREPOSITIONS = {
    "outside",
    "inside",
    "beyond",
    "behind",
    "near",
    "along",
    "beside",
    "alongside",
    "atop",
}
_TIME_ENDS = {"later", "earlier", "ago", "afterward", "afterwards", "meanwhile", "instead", "though"}
_TIME_NOUNS = {
    "week",
    "month",
    "year",
    "night",
    "morning",
    "evening",
    "weekend",
    "summer",
    "winter",
    "spring",
    "autumn",
}


_TIME_PREPOSITIONS = {"in", "on", "during", "after", "since", "over", "earlier", "later", "last"}


def _time_opener_end(toks: list[Token], i: int) -> int:
    """Past a time opening the sentence with no comma ("This past May U.S. President X withdrew",
    "Last week Iran said"): "last", "this" or "next", perhaps "past", then a month, a weekday or a
    time noun, before a capitalised word. ``i`` itself when there is none."""
    if i >= len(toks) or toks[i].lower not in {"last", "this", "next"}:
        return i
    j = i + 1 + (i + 1 < len(toks) and toks[i + 1].lower == "past")
    if j + 1 >= len(toks):
        return i
    when = toks[j].lower.rstrip(".")
    if not (when in _MONTHS | {"may"} or _weekday(toks[j]) or when in _TIME_NOUNS):  # "this May": the month
        return i
    nxt = toks[j + 1]
    return j + 1 if nxt.is_cap and nxt.is_word and nxt.lower not in DETERMINERS else i


def _dateline_with_country(toks: list[Token], i: int) -> int | None:
    """The end of a dateline "KERMAN, Iran —" (a city in capitals, a comma, up to three
    capitalised words and a dash) at ``toks[i]``, or None."""
    if not (
        toks[i].text.isupper() and len(toks[i].text) > 2 and i + 1 < len(toks) and toks[i + 1].text == ","
    ):
        return None
    for j in range(i + 2, min(len(toks), i + 6)):
        if toks[j].text in {"—", "–", "-"}:
            return j + 1 if j > i + 2 else None
        if not toks[j].is_cap:
            return None
    return None


def _intro_end(toks: list[Token], i: int) -> int | None:
    """Where a sentence-opening phrase set off by a comma or dash ends, or None if ``toks[i]`` starts none.

    Openers: "On Thursday,", "Recently,", "Hours later,", "Speaking in Iowa,", a dateline "WASHINGTON (AP) —".
    """
    if toks[i].text.isupper() and len(toks[i].text) > 2 and i + 1 < len(toks) and toks[i + 1].text == "-":
        return i + 2  # a dateline written "TEHRAN-"
    if (dated := _dateline_with_country(toks, i)) is not None:
        return dated  # "KERMAN, Iran —"
    j = i
    while j < len(toks) and toks[j].text not in {",", "—", "–"}:
        j += 1
    # "Speaking in Iowa,", "Congratulating Rouhani,"; not "Outgoing Governor Gray Davis," (an
    # adjective before a title and a name)
    participle = (
        toks[i].is_cap
        and toks[i].lower.endswith("ing")
        and toks[i].lower not in lexicon().roles
        and not (i + 1 < len(toks) and toks[i + 1].lower.rstrip(".") in lexicon().roles | lexicon().titles)
    )
    if j >= len(toks) or j == i or j - i > (25 if participle else 10):
        # an opener is short: a longer run before the comma is the main clause (but "Speaking
        # during a meeting in … attended by …, X said" opens with a long participle phrase)
        return None
    first, last = toks[i], toks[j - 1]
    if (
        first.lower in NP_STOP | {"recently", "earlier", "later"}
        or first.text[0].isdigit()
        or first.lower.rstrip(".") in _MONTHS
        or participle
        or last.lower in _TIME_ENDS
        or (
            first.lower in {"last", "this", "next"} and j - i <= 3 and last.lower in _TIME_NOUNS
        )  # "Last month,"
        or (first.lower.endswith("ly") and j - i >= 2 and toks[i + 1].lower in NP_STOP)  # "Shortly after …,"
        or (j - i >= 3 and toks[i + 1].lower in {"after", "before", "since"})  # "Soon after the vote,"
        or (j - i == 1 and first.lower in _SENTENCE_ADVERBS)  # "Likewise,"
        # "Elsewhere in his remarks,", "Later in the interview,": the adverb and its phrase
        or (first.lower in _SENTENCE_ADVERBS and toks[i + 1].lower in _ADVERB_PHRASE_PREPOSITIONS)
        or first.lower in _PLACE_PREPOSITIONS  # "Outside the arena,"
        or (
            first.is_cap and first.lower.endswith("ed") and first.lower in lexicon().speech_verb_forms
        )  # "Asked …,"
        or (first.lower in {"based", "depending", "owing", "thanks"} and j - i >= 3)  # "Based on reports,"
        or (
            # a dateline "TEHRAN," / "NEW YORK —", not a name opened by an acronym ("IRGC General X,")
            first.text.isupper()
            and len(first.text) > 2
            and toks[j].text in {"—", "–", ","}
            and all(t.text.isupper() for t in toks[i:j] if t.is_word)
        )
    ):
        return j + 1
    return None


_PERSONAL = {"he", "she", "they", "we", "i"}
_SUBORDINATORS = {"when", "as", "while", "after", "before", "because", "since", "and", "but", "where", "then"}


def clause_subject(toks: list[Token], *, coordinated: bool = False) -> NounPhrase | None:
    """The subject of the clause a participle or coordinated verb hangs on ("…, telling Reuters," / "… and joked,").

    A participle takes the subject of the clause just before its comma; a coordinated verb the
    sentence's subject; failing that ("When he returned he began by saying"), the last personal
    pronoun before the verb.
    """
    agent = _agent_before(toks)
    if agent is not None and not coordinated:
        return agent  # "… in response to a tweet by Karl Brandt claiming, “…”": the tweet's author
    # the clause just before the verb: "…, when Sanders protesters interrupted her speech, shouting"
    end = len(toks)
    for _ in range(0 if coordinated else 3):
        start = end - 1
        depth = 0  # a comma inside brackets ("the troika (France, Britain and Germany)") cuts no clause
        while start >= 0 and (
            depth > 0 or (toks[start].text not in {",", ";", "—", "–"} and not _colon_break(toks, start))
        ):
            depth = max(0, depth + {")": 1, "(": -1}.get(toks[start].text, 0))
            start -= 1
        segment = toks[start + 1 : end]
        while segment and segment[0].lower in _SUBORDINATORS:
            segment = segment[1:]
        if segment and segment[0].lower in _PERSONAL:
            # "Speaking again, he went on to recite …, saying:" / "When he returned he began by saying"
            last = next(t for t in reversed(segment) if t.lower in _PERSONAL)
            return NounPhrase(last.start, last.end, (last,))
        if segment and (segment[0].is_cap or segment[0].lower in DETERMINERS):
            subj = sentence_subject(segment)
            if subj is not None and subj.tokens[0].lower not in NP_STOP and len(segment) > len(subj.tokens):
                return subj
        if start < 0:
            break
        end = start
    subj = sentence_subject(toks)
    if subj is not None and subj.tokens[0].lower not in NP_STOP:
        return subj
    for tok in reversed(toks):
        if tok.lower in _PERSONAL:
            return NounPhrase(tok.start, tok.end, (tok,))
    return subj


def _colon_break(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a colon that opens a clause of its own ("… shows the same idea: Vaez
    has spoken …, warning that"), not one after a speech verb ("Vaez said: …")."""
    if toks[k].text != ":" or k == 0:
        return False
    before = toks[k - 1].lower
    return before not in lexicon().speech_verb_lemma


def _agent_before(toks: list[Token]) -> NounPhrase | None:
    """The capitalised name right after "by" that ends ``toks`` ("a tweet by Assistant Secretary
    Karl Brandt"), or None."""
    end = len(toks)
    while end > 0 and not toks[end - 1].is_word:
        end -= 1
    k = end
    while k > 0 and toks[k - 1].is_cap and end - k < 6:
        k -= 1
    if k == end or k == 0 or toks[k - 1].lower != "by":
        return None
    return NounPhrase(toks[k].start, toks[end - 1].end, tuple(toks[k:end]))


def _hyphen_particle(word: str) -> bool:
    """ "al-Islam", "el-Sisi": a name part led by a lower-case particle."""
    head, _, rest = word.partition("-")
    return head.lower() in NAME_PARTICLES and rest[:1].isupper()


@cache
def place_adjectives() -> frozenset[str]:
    """Capitalised adjectives of place and nationality ("Western", "Iranian"): they open a noun phrase."""
    return text_lexicon("en", "demonyms") | text_lexicon("en", "geo_words")


def _post_modifier_follows(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` opens the lower-case words of a post before a name: "presidential
    candidate Ana Ruiz", "foreign policy chief Ana Ruiz" (two words of a field before the post);
    not a verb, an adverb or a possessive ("X adores her coach Y", "the court formally removed
    President Y")."""
    roles = lexicon().roles
    if i + 1 < len(toks) and toks[i + 1].lower in roles:
        return True
    return (
        i + 3 < len(toks)
        and not toks[i + 1].is_cap
        and toks[i + 1].is_word
        and not toks[i].lower.endswith(("s", "ed", "ly"))
        and not toks[i + 1].lower.endswith(("ed", "ly"))
        and toks[i + 1].lower not in DETERMINERS  # "her coach", "the minister"
        and toks[i + 2].lower in roles
        and toks[i + 3].is_cap
    )


def sentence_subject(toks: list[Token]) -> NounPhrase | None:
    """The subject at the start of a sentence: "The agency also weighed in …, writing:"."""
    i = _openers_end(toks)
    opened = i > 0
    run: list[Token] = []
    field = 0
    while (
        i < len(toks)
        # after a determiner a speech-verb form is a noun: "a report", "the statement"
        and (
            _np_token(toks[i])
            or (run and run[-1].lower in DETERMINERS and toks[i].is_word)
            or _role_for(run, toks, i)  # "Ambassador to Vienna Ali Vaez has …"
            or _role_field_end(run, toks, i) is not None  # "commissioner for human rights Ana Ruiz"
            or (bool(run) and states_noun(run[-1].lower, toks[i].lower))  # "the Arab states said"
            or _and_in_org(run, toks, i)  # "The Ministry of Water and Energy said"
        )
        and len(run) < MAX_NP + field
    ):
        if (
            run
            and not toks[i].is_cap
            and not _role_for(run, toks, i)
            and not _and_in_org(run, toks, i)
            and run[-1].is_cap
            and run[-1].lower not in DETERMINERS
            and not run[-1].text.endswith(("’s", "'s"))
            and toks[i].text not in {"’", "'"}  # "the Farmers’ union"
            and toks[i].lower not in NAME_PARTICLES | {"of"}
            and toks[i].lower not in lexicon().roles
            # "Former Democratic presidential candidate Ana Ruiz": a modifier of a post goes on
            and not _post_modifier_follows(toks, i)
            and run[-1].lower not in place_adjectives()
            and run[-1].lower not in text_lexicon("en", "weekdays")  # "Tehran Friday prayer leader"
            and not _hyphen_particle(toks[i].text)
        ):
            # "The Tehran Press also …": the phrase ends at the name (but "Band member Flea",
            # "Western media outlets", "Iranian officials")
            break
        if (field_end := _role_field_end(run, toks, i)) is not None:
            field += field_end - i  # the field's words do not count against the phrase's length
            run.extend(toks[i:field_end])
            i = field_end
            continue
        if run and toks[i].lower in SKIP_BEFORE_VERB and not _weekday_in_title(toks, i):
            break
        if (
            run
            and not toks[i].is_cap
            and len(toks[i].text) > 4
            and toks[i].lower.endswith("ed")
            and "-" not in toks[i].text  # "an op-ed": a noun
            # "The newly formed factions": an adverb right after the determiner makes it a participle
            and not (len(run) == 2 and run[0].lower in DETERMINERS and run[1].lower.endswith("ly"))
        ) or (run and not toks[i].is_cap and toks[i].lower in text_lexicon("en", "irregular_past")):
            break  # a past-tense verb ends the subject: "Clinton's right-hand woman rallied …"
        run.append(toks[i])
        i += 1
    while run and len(run) >= MAX_NP + field and i < len(toks) and run[-1].is_cap and toks[i].is_cap:
        if not toks[i].is_word or len(run) >= MAX_NP + field + 3 or not _post_words_only(run):
            break
        run.append(
            toks[i]
        )  # "Deputy Head of the Tarsk-Norland Chamber of Commerce Omid Varzani": the name whole
        i += 1
    comma = next((k for k in range(i, min(i + 8, len(toks))) if toks[k].text in {",", MASK}), None)
    if run and opened and run[0].lower in DETERMINERS and comma is not None and toks[comma].text == ",":
        # "During a talk with Ann Roe, the prime minister of X, Smith said": the description after
        # the opener belongs to its last name; the subject is the name after the next comma
        name, j = _capitalised_from(toks, comma + 1)
        if name and j < len(toks) and toks[j].is_word and not toks[j].is_cap and toks[j].lower not in NP_STOP:
            return NounPhrase(name[0].start, name[-1].end, tuple(name))
    if run and _ends_in_post(run) and (named := _name_set_off(toks, i)):
        return named  # "Karl’s spokesperson, Jan Ross, made it plain", "the envoy to the UN, Jan Ross,"
    return NounPhrase(run[0].start, run[-1].end, tuple(run)) if run else None


def _post_words_only(run: list[Token]) -> bool:
    """Whether a long phrase's lower-case words are all words of a post ("the former commander of
    the Norland Fleet"), not a headline's verbs run into it ("minister curses fleeing president")."""
    lex = lexicon()
    allowed = lex.roles | DETERMINERS | text_lexicon("en", "office_fields") | _POST_SMALL_WORDS
    return all(t.is_cap or not t.is_word or t.lower.rstrip(".") in allowed for t in run)


_POST_SMALL_WORDS = frozenset(
    {"of", "for", "and", "to", "former", "acting", "deputy", "senior", "late", "vice"}
)


def _openers_end(toks: list[Token]) -> int:
    """Where a sentence's subject may start: past leading prepositional phrases, adverbs and
    datelines set off by commas ("On Thursday, after a pause, …"), a short time opener, and a
    subheading run into the sentence."""
    i = 0
    for _ in range(4):
        if i < len(toks):
            nxt = _intro_end(toks, i)
            if nxt is not None:
                i = nxt
    if i < len(toks) and toks[i].lower in _TIME_PREPOSITIONS:
        # "In recent days Defense Minister Benny Gantz has …": a short opener with no comma
        j = i + 1
        while j < len(toks) and j - i <= 5 and not toks[j].is_cap and toks[j].is_word:
            j += 1
        if 1 < j - i <= 5 and j < len(toks) and toks[j].is_cap and toks[j].lower not in DETERMINERS:
            i = j
    i = _time_opener_end(toks, i)
    if (
        i + 1 < len(toks)
        and toks[i].lower in {"even", "also"}
        and (toks[i + 1].is_cap or toks[i + 1].lower == "the")
    ):
        i += 1  # "Even Vos’s own ambassador has …", "Also Daily Norland reported": a focus word
    return _heading_end(toks, i)


_CLOSING_MARKS = {"'", "’", "”", '"'}


def _heading_end(toks: list[Token], i: int) -> int:
    """Past a subheading in marks run into the sentence it heads ("‘Talks were hard’ Ali Vaez, a
    member of …, said"), when a capitalised word follows its closing mark; else ``i``."""
    if i >= len(toks) or toks[i].text not in OPENING_MARKS:
        return i
    close = next((k for k in range(i + 2, min(len(toks), i + 30)) if toks[k].text in _CLOSING_MARKS), None)
    if close is None or close + 1 >= len(toks) or not toks[close + 1].is_cap:
        return i
    return close + 1


def _capitalised_from(toks: list[Token], j: int) -> tuple[list[Token], int]:
    """The capitalised words (a name, particles inside it) from ``toks[j]``, at most five, and the
    index after them."""
    name: list[Token] = []
    while j < len(toks) and (toks[j].is_cap or (name and toks[j].lower in NAME_PARTICLES)) and len(name) < 5:
        name.append(toks[j])
        j += 1
    return name, j


def _ends_in_post(run: list[Token]) -> bool:
    """Whether a subject is a post: its last word a role ("…’s spokesperson") or a role's "to"/"for"
    place ("Norland’s ambassador to the UN")."""
    roles = lexicon().roles
    if not run[-1].is_cap:
        return run[-1].lower in roles
    k = next((n for n in range(len(run) - 1, 0, -1) if run[n].lower in {"to", "for"}), None)
    return (
        k is not None
        and run[k - 1].lower.rstrip(".") in roles
        and all(t.is_cap or t.lower == "the" for t in run[k + 1 :])
    )


def _name_set_off(toks: list[Token], i: int) -> NounPhrase | None:
    """The name set off by commas right after a post ("…’s spokesperson, Peter Stano, said"): two
    to four capitalised words between a comma at ``i`` and a comma or a lower-case word."""
    if i >= len(toks) or toks[i].text != ",":
        return None
    name, j = _capitalised_from(toks, i + 1)
    if not 2 <= len(name) <= 4 or j >= len(toks) or toks[j].is_cap:
        return None
    return NounPhrase(name[0].start, name[-1].end, tuple(name))


@cache
def _description_links() -> frozenset[str]:
    return text_lexicon("en", "description_links")


@cache
def _documents() -> frozenset[str]:
    return text_lexicon("en", "speaker_documents")


@cache
def _document_verbs() -> frozenset[str]:
    return text_lexicon("en", "document_verbs")
