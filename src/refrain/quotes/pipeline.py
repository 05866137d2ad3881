"""find(): marks → pieces → groups → attribution → resolved speakers → Quote objects."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from refrain.text.scripts import script_of

from .attribute import Attributor
from .context import MASK, mask_quotes, tokens
from .entities import ArticleEntities, build_index
from .grouping import Group, group_pieces
from .headings import echo_at, echo_speaker, is_heading
from .kinds import title_like
from .lexicon import lexicon
from .marks import find_raw
from .model import Mention, Quote
from .name_words import POSSESSIVE
from .names import mention_words
from .persian import find_persian
from .resolve import Resolver
from .speakers import NounPhrase
from .when import find_date, find_venue

_JOIN = " … "


def find(
    text: str, *, date: str | None = None, use_spacy: bool = False, language: str | None = None
) -> list[Quote]:
    """Every quotation in ``text``, attributed where the text says who said it.

    ``date`` is the article's ISO date, used to resolve "on Wednesday" into a date.
    ``use_spacy`` lets the spaCy parser (when installed) try the quotes the rules left without a
    speaker; it never overrides the rules and is a no-op without spaCy.
    ``language`` "fa" reads the text as Persian (:mod:`refrain.quotes.persian`: colon speech,
    « » speech, speakers resolved to names); ``None`` reads text mostly in Arabic script as
    Persian and anything else as English; other languages are read as English.

    >>> [q.speaker for q in find('“We will win,” said Jane Doe, the party leader. Doe smiled.')]
    ['Jane Doe']
    """
    if not text:
        return []
    if language == "fa" or (language is None and script_of(text) == "Arab"):
        return find_persian(text)
    raws = find_raw(text)
    if not raws:
        return []
    masked = mask_quotes(text, raws)
    groups = group_pieces(text, masked, raws)
    attributor = Attributor(text, masked, raws)
    index = build_index(masked, tokens(masked, 0, len(masked)))
    resolver = Resolver(attributor, index)
    quotes: list[Quote] = []
    previous: tuple[Group, str | None, Mention | None] | None = None
    windows: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    # quotes that are headings repeating words said below them: (index, where the words come back)
    headings: list[tuple[int, int]] = []
    for g in groups:
        attributor.attribute(g)
        cited = _cited_source(masked, g)
        if cited is not None:
            g.subject, g.cue, g.cue_at = cited, None, None
        heading = _echoed_heading(text, masked, g, attributor)
        if heading is not None:
            headings.append((len(quotes), heading))
        if use_spacy and g.kind != "scare" and g.subject is None:
            _parse_subject(attributor, g)
        if g.kind != "scare" and g.subject is None and previous is not None and heading is None:
            pg, _, _ = previous
            # a standalone quote right after another one continues that speaker's words
            if (
                g.kind == "direct"
                and pg.subject is not None
                and 0 <= g.pieces[0].paragraph - pg.pieces[-1].paragraph <= 1
                and not _defined_by_lead(masked, g)
            ):
                g.subject, g.cue, g.cue_at, g.inherited = pg.subject, pg.cue, pg.cue_at, True
                # a person named in full as the subject of a stance verb in the sentence right
                # before, after that quote ("Coach Karl Brandt, whose row with Jan Morvik …, also
                # expressed his condolence. “…”"): the one whose words follow
                between = _named_stance(attributor, index, g, after=pg.pieces[-1].end, words=2)
                if between is not None:
                    g.subject, g.cue, g.cue_at, g.inherited = between, None, None, False
        if (
            g.subject is None
            and previous is not None
            and heading is None
            and _sentence_mate(text, masked, previous[0], g)
        ):
            pg = previous[0]  # "hoped the data act as “a wake-up call” … that people “change their ways”"
            g.subject, g.cue, g.cue_at, g.kind, g.inherited = pg.subject, pg.cue, pg.cue_at, "partial", True
        if g.kind == "direct" and g.subject is None and previous is None and heading is None:
            # the article's first quotation, opening its sentence with no cue, right after a
            # sentence whose named subject takes a stance ("X termed the attack …. “…”")
            # ("Ayatollah Khatami termed …": the surname names a person of the article)
            g.subject = _named_stance(attributor, index, g, after=0, words=1)
        quote = _build(text, masked, g, resolver, date, windows)
        quotes.append(quote)
        if quote.kind != "scare":
            previous = (g, quote.speaker, quote.speaker_mention)
    for k, at in headings:
        _heading_speaker(quotes, k, at)
    _echoed_by_named(quotes, text)
    return quotes


_ECHO_REACH = 1500  # characters either side where the words of a quotation with no speaker may come back
_ECHO_NEXT = 300  # characters after one said by "a senior official" where a named person's may follow
_ECHO_WORDS = 4  # the fewest words a quotation needs to be known again by
_PULL_WORDS = 8  # the fewest words of a line read as a heading that may be a pull quote
_INNER_MARK = re.compile(r"[‘'“\"«]\s*$")


def _echoed_by_named(quotes: list[Quote], text: str) -> None:
    """A quotation standing alone without a speaker (a pull quote), or given to someone unnamed ("A senior
    official said there was “plenty of space for a deal”"), whose words come back whole in a
    named person's quotation (close by; for the unnamed one, right after it: "“… there is
    plenty of space for a deal,” posted Ali Vaez") is that person's. Not when those words are
    quoted again inside it (the person citing someone else's words)."""
    for k, q in enumerate(quotes):
        words = re.findall(r"\w+", q.text.lower())
        unnamed = q.speaker_kind == "unnamed" and q.speaker_mention is not None
        # a long line read as a heading, said again word for word in a named person's answer
        # further on (an interview's pull quote): theirs, wherever the answer stands
        pulled = q.kind == "scare" and len(words) >= _PULL_WORDS
        if (
            (q.kind == "scare" and not pulled)
            or len(words) < _ECHO_WORDS
            or not (q.speaker is None or unnamed)
        ):
            continue
        if q.speaker is None and q.kind == "partial":
            continue  # words woven into a sentence with no one saying them: a label ("Mr. We Lied")
        if unnamed and re.match(r"(?:an?|one)\s", q.speaker_mention.text, re.I) is None:
            continue  # "the U.S. secretary, who said that …", "U.S. officials say …": said as written
        said = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.I)
        near = min(
            (
                (abs(r.start - q.start), j)
                for j, r in enumerate(quotes)
                if j != k
                and r.kind != "scare"
                and r.speaker_kind == "person"
                and (
                    0 < r.start - q.end <= _ECHO_NEXT
                    if unnamed
                    else pulled or abs(r.start - q.start) <= _ECHO_REACH
                )
                and _says_again(said, r.text)
            ),
            default=None,
        )
        if near is not None:
            r = quotes[near[1]]
            quotes[k] = replace(
                q,
                kind=("direct" if _opens_sentence(text, q.start) else "partial") if pulled else q.kind,
                speaker=r.speaker,
                speaker_mention=r.speaker_mention,
                role=r.role,
                organisation=r.organisation,
                speaker_kind=r.speaker_kind,
            )


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a quotation starting at ``at`` opens its sentence (or line)."""
    before = text[max(0, at - 3) : at].rstrip(" \t")
    return not before or before[-1] in ".!?\n”\"’'"


def _says_again(said: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` holds the words, not inside quotation marks of its own."""
    return any(
        m.end() - m.start() < len(text) and not _INNER_MARK.search(text, 0, m.start())
        for m in said.finditer(text)
    )


_NEW_CLAUSE = frozenset({"that", ",", "and", "but", "while", "whereas", "as", "because", "when"})


def _sentence_mate(text: str, masked: str, pg: Group, g: Group) -> bool:
    """A quotation later in the sentence of one whose speaker a cue gave ("She hoped the figures act
    as “a wake-up call” for people to see that they must “change their habits fast.”"), with no
    speech verb or other quotation between and three words or more that are no title: the same
    speaker's words, not a scare quote. Not after "so-called", nor past a new clause's named
    subject or another's possessive."""
    if pg.subject is None or pg.cue is None or pg.sentence is None or pg.sentence != g.sentence:
        return False
    between = tokens(masked, pg.pieces[-1].outer_end, g.pieces[0].open_at)
    if any(t.lower in lexicon().speech_verb_forms or t.text == MASK for t in between):
        return False
    if between and between[-1].lower in {"so-called", "dubbed", "titled", "entitled", "named"}:
        return False
    own = (pg.subject.start, pg.subject.end)
    for before, tok in zip(between, between[1:], strict=False):
        mine = own[0] <= tok.start < own[1]
        if not mine and ((tok.is_cap and before.lower in _NEW_CLAUSE) or POSSESSIVE.search(tok.text)):
            return False  # "that Lisbor keeps a “…” stance", "the premier's “…”": another's words
    words = re.findall(r"[\w’'-]+", " ".join(text[p.start : p.end] for p in g.pieces))
    return len(words) >= 3 and not title_like(words)


def _named_stance(
    attributor: Attributor, index: ArticleEntities, g: Group, *, after: int, words: int
) -> NounPhrase | None:
    """The subject of the stance sentence right before the quote (see
    :meth:`Attributor.stance_subject_before`) when its last ``words`` words name a person of the
    article."""
    between = attributor.stance_subject_before(g, after=after)
    named = mention_words(between)[-words:] if between is not None else []
    return between if len(named) == words and index.fullest(named, "person") is not None else None


# "“…” (Quran 2:255)", "“…” (Nahj al-Balagha, Sermon 3)": a source and its numbers in brackets
# right after the closing mark
_CITATION = re.compile(
    r"\s*\(\s*([A-Z][\w’'-]+(?:\s+[A-Za-z][\w’'-]+){0,3})\s*[,:]?\s*\d+(?:\s*[:.,]\s*\d+)*\s*\)"
)


def _cited_source(masked: str, g: Group) -> NounPhrase | None:
    """The source cited in brackets right after a quotation, whose words it is: a scripture, a
    book or an author with its verse, page or year numbers ("(Quran, 2,255)"), not a year alone."""
    if g.kind == "scare":
        return None
    m = _CITATION.match(masked, g.pieces[-1].outer_end)
    if m is None:
        return None
    toks = tuple(t for t in tokens(masked, m.start(1), m.end(1)) if t.is_word)
    return NounPhrase(toks[0].start, toks[-1].end, toks) if toks else None


def _echoed_heading(text: str, masked: str, g: Group, attributor: Attributor) -> int | None:
    """Where the words of the quote come back below it when it is a heading (read as scare) that
    repeats words said there (None otherwise): then it is direct, with the speaker of the sentence
    where they come back when that sentence names one. It adds nothing to the speakers later
    pronouns and roles resolve to (``inherited``): a heading is no mention in the text's flow."""
    if g.kind != "scare" or g.sentence is None or not is_heading(text, masked, g, g.sentence[0]):
        return None
    at = echo_at(text, g, masked)
    if at is None:
        return None
    g.kind, g.inherited = "direct", True
    para = max(0, bisect_right(attributor.para_starts, at) - 1)
    lo, hi = attributor.sentence_of(para, at)
    found = echo_speaker(masked, at, (max(lo, g.pieces[0].outer_end), hi))  # not a cue before the heading
    if found is not None:
        g.subject, _, g.cue_at = found  # the cue is that sentence's, not the heading's
    return at


def _heading_speaker(quotes: list[Quote], k: int, at: int) -> None:
    """A heading's words that come back inside a label, a title or a quote of nobody's in marks
    are a heading again (scare); with no speaker yet, the heading takes the next quotation's
    within reach."""
    head = quotes[k]
    inside = [q for q in quotes[k + 1 :] if any(s <= at < e for s, e in q.pieces)]
    if inside and (inside[0].kind == "scare" or inside[0].speaker is None):
        quotes[k] = replace(
            head, kind="scare", speaker=None, speaker_mention=None, role=None, organisation=None
        )
        return
    if head.speaker is not None:
        return
    for q in quotes[k + 1 :]:
        if q.start - head.end > 1200:
            return
        if q.kind != "scare" and q.speaker is not None:
            quotes[k] = replace(
                head,
                speaker=q.speaker,
                speaker_mention=q.speaker_mention,
                role=q.role,
                organisation=q.organisation,
            )
            return


def _build(
    text: str,
    masked: str,
    g: Group,
    resolver: Resolver,
    article_date: str | None,
    windows: dict[tuple[int, int], tuple[str | None, str | None]],
) -> Quote:
    """The Quote of a group; ``windows``: date and venue of each statement window read so far (quotes
    of one sentence share theirs: read once, not once per quote)."""
    pieces = tuple((p.start, p.end) for p in g.pieces)
    body = _JOIN.join(text[s:e].strip() for s, e in pieces)
    speaker = role = org = None
    mention = None
    when = where = None
    if g.subject is not None:
        mention = Mention(text[g.subject.start : g.subject.end], g.subject.start, g.subject.end)
        speaker, role, org = resolver.resolve(
            g.subject, continues=resolver.continues(g.cue, g.cue_at), quoted=body
        )
        if speaker is not None and not any(c.isalpha() for c in str(speaker)):
            speaker, role, org, mention = None, None, None, None  # "99.08% of the people voted": a figure
        if not g.inherited:
            resolver.note_speaker(g.subject, (speaker, role, org))
        bounds = _statement_window(masked, g)
        if bounds not in windows:
            window = masked[bounds[0] : bounds[1]]
            windows[bounds] = (find_date(window, article_date), find_venue(window))
        when, where = windows[bounds]
    return Quote(
        start=g.pieces[0].open_at,
        end=g.pieces[-1].outer_end,
        pieces=pieces,
        text=body,
        kind=g.kind,
        speaker=speaker,
        speaker_mention=mention,
        role=role,
        organisation=org,
        cue=g.cue,
        date=when,
        venue=where,
    )


def _defined_by_lead(masked: str, g: Group) -> bool:
    """Whether the quote's own sentence presents it as what something is ("their doctrine is a
    precept: “good thoughts, good words”"): a copula before it, so nobody goes on speaking."""
    lead = masked[g.sentence[0] if g.sentence else g.pieces[0].open_at : g.pieces[0].open_at]
    return re.search(r"\b(?:is|are|was|were)\b[^.;]*:\s*$", lead) is not None


def _statement_window(masked: str, g: Group) -> tuple[int, int]:
    """Where the clause that carries the cue is (with the sentence before it when the speaker is a
    pronoun)."""
    lo = g.sentence[0] if g.sentence else g.pieces[0].open_at
    at = g.cue_at if g.cue_at is not None else lo
    start = min(lo, at)
    sent_start = masked.rfind(". ", 0, start)
    para_start = masked.rfind("\n", 0, start)
    begin = max(sent_start, para_start, 0)
    if g.subject is not None and g.subject.tokens and g.subject.tokens[-1].lower in lexicon().pronouns:
        begin = max(masked.rfind(". ", 0, begin), masked.rfind("\n", 0, max(begin - 1, 0)), 0)
    stop = masked.find(".", max(at, g.subject.end if g.subject else at))
    stop = len(masked) if stop < 0 else stop
    return begin, stop


def _parse_subject(attributor: Attributor, g: Group) -> None:
    from .parse import subject_span

    first = g.pieces[0]
    lo, hi = attributor.sentence_of(first.paragraph, first.open_at)
    prev = attributor.previous_sentence(first.paragraph, first.open_at)
    if prev is not None and prev[2] >= first.paragraph - 1:
        lo = prev[0]
    span = subject_span(attributor.masked, lo, hi)
    if span is None:
        return
    toks = [t for t in tokens(attributor.masked, span[0], span[1]) if t.text != MASK]
    if toks:
        g.subject = NounPhrase(toks[0].start, toks[-1].end, tuple(toks))
