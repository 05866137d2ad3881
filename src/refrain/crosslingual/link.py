"""English–Persian quotation links: candidates by speaker name and numbers, confirmed by the model.

1. Candidates: for each English quotation, the Persian ones whose speaker can be the same person
   (:func:`refrain.crosslingual.names.same_person`) and that it can render (:func:`can_render`:
   what a translation keeps unchanged, numbers and anchors, does not contradict it). This
   screening is cheap; only quotations left with a candidate are embedded.
2. With the sentence model: the best candidate by cosine (best window of the Persian) is linked
   when it beats (a) the second-best candidate by ``margin``, and (b) the English quotation's
   closest *unrelated* Persian quotation (of another speaker: a fixed background sample, and every
   Persian quotation embedded as a candidate of some English one) by ``background_margin`` (or at
   all, when the two share two numbers and the speaker's full name), and (c) the English one is also the Persian one's best among the
   English quotations of the same article (mutual best).
3. Without the model: linked only when the speaker agrees on the full name, two or more numbers
   agree, none of the English numbers is missing, and no other candidate shares as many.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .aliases import alias_forms
from .anchors import anchors_en, anchors_fa
from .embed import Embedder, embed_quotes, lead
from .names import _fa_parts, _latin_parts, block_key, other_readings, same_person
from .numbers import (
    agreement,
    gregorian_days,
    gregorian_years,
    implied_numbers_en,
    numbers_en,
    numbers_fa,
    persian_year,
)
from .roles import PostIndex, read_description

MIN_WORDS_EN = 6
MIN_WORDS_FA = 5
MARGIN = 0.01  # over the second-best candidate of the same speaker
BACKGROUND_MARGIN = 0.02  # over the closest of the unrelated background quotations
BACKGROUND_SIZE = 200
SAME_TEXT = 0.97  # cosine of two Persian texts taken for one quotation reprinted


@dataclass(frozen=True, slots=True)
class QuoteItem:
    """One stored quotation as linking sees it. ``order``: ingest order of its article."""

    id: str
    doc: str
    language: str
    text: str
    speaker: str | None
    date: str | None = None
    outlet: str | None = None
    order: int = 0
    role: str | None = None  # the speaker's post as the article gives it with this quotation


@dataclass(frozen=True, slots=True)
class Link:
    """An English quotation taken for a rendering of a Persian one, and the evidence."""

    en: str
    fa: str
    name: str  # how the speakers' names agree (NameMatch.how)
    shared_numbers: int
    cosine: float | None  # None when linked without the model
    margin: float | None  # over the second-best candidate (or the background when alone)
    by: str  # "model" or "names and numbers"


@dataclass
class LinkResult:
    links: list[Link]
    mode: str  # "model" or "names and numbers (no sentence model installed)"
    embedded: dict[str, np.ndarray] = field(default_factory=dict)  # vectors computed in this run
    candidates: int = 0


def is_persian(item: QuoteItem) -> bool:
    return (item.language or "").startswith("fa")


def _words(text: str) -> int:
    return len(text.split())


class _SpeakerIndex:
    """Persian speakers by the coarse key of their skeleton, name matches cached."""

    def __init__(self, fa_quotes: list[QuoteItem]) -> None:
        self.by_speaker: dict[str, list[QuoteItem]] = defaultdict(list)
        for q in fa_quotes:
            self.by_speaker[q.speaker or ""].append(q)
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.by_alias: dict[str, set[str]] = defaultdict(set)
        for speaker in self.by_speaker:
            parts = _fa_parts(speaker)
            for sk in {parts.full, parts.surname}:
                if sk:
                    self.by_key[block_key(sk)].add(speaker)
            for form in alias_forms(speaker):
                self.by_alias[form].add(speaker)
        self._matched: dict[str, list[tuple[str, str]]] = {}  # by Latin name: one speaker, many quotes

    def matches(self, latin: str) -> list[tuple[str, str]]:
        """(Persian speaker, how) for every Persian speaker who can be ``latin``."""
        if latin not in self._matched:
            self._matched[latin] = self._match(latin)
        return self._matched[latin]

    def _match(self, latin: str) -> list[tuple[str, str]]:
        names = set(self.by_alias.get(latin.strip().lower(), ()))
        # "th" and "sh" may be two letters ("Fathi" فتحی), a double surname cut, as same_person reads them
        for form in [latin, *other_readings(latin)]:
            parts = _latin_parts(form)
            for sk in {parts.full, parts.surname}:
                if sk:
                    names |= self.by_key.get(block_key(sk), set())
        out = []
        for fa in sorted(names):
            m = same_person(fa, latin)
            if m is not None:
                out.append((fa, m.how))
        return out


@dataclass(frozen=True, slots=True)
class Facts:
    """What a translation keeps of a quotation: its numbers and anchors (places, bodies, topics),
    in the whole text and, for a Persian one, in its first sentence (every window holds it)."""

    numbers: frozenset[float]
    anchors: frozenset[str]
    first_numbers: frozenset[float] = frozenset()
    first_anchors: frozenset[str] = frozenset()
    name_anchors: frozenset[str] = frozenset()  # English: also those in longer names
    implied: frozenset[float] = frozenset()  # English: numbers said without a numeral ("both")


def facts_en(text: str) -> Facts:
    return Facts(
        numbers_en(text),
        anchors_en(text, in_names=False),
        name_anchors=anchors_en(text),
        implied=implied_numbers_en(text),
    )


def facts_fa(text: str) -> Facts:
    """A Persian year (1392) is rendered in English as its Gregorian one (2013 or 2014): both
    count as the Persian's numbers, and a year alone is no number a rendering must keep. The first
    sentence, whose numbers and anchors a rendering keeps, ends at a colon too."""
    # up to a colon too: a rendering may stop where «… بوده است: …» goes on with what it announces
    first = lead(text, "fa", 1).split(":", 1)[0]
    numbers = numbers_fa(text)
    # a Jalali date's day may be rendered as its Gregorian one («11 فروردین»: "March 31")
    kept = frozenset(n for n in numbers_fa(first) if not persian_year(n)) | gregorian_days(first)
    dated = numbers | gregorian_years(numbers) | gregorian_days(text)
    return Facts(dated, anchors_fa(text), kept, anchors_fa(first))


def can_render(en: Facts, fa: Facts) -> tuple[bool, int]:
    """(whether the English quotation can be a rendering of the Persian one, or of its first
    sentences, and the numbers they share). A faithful rendering keeps numbers and anchors: the
    English states no more numbers the Persian lacks than numbers they share, names no anchor
    the Persian does not, keeps at least one number of the Persian's first sentence when that
    has any (one English says without a numeral counts: "both sides" for «دو طرف»), and every
    anchor of it."""
    shared = len(en.numbers & fa.numbers)
    if len(en.numbers - fa.numbers - en.implied) > shared:
        return False, shared
    if en.anchors - fa.anchors or fa.first_anchors - en.name_anchors:
        return False, shared
    if fa.first_numbers and not fa.first_numbers & (en.numbers | en.implied):
        return False, shared
    return True, shared


def _post_index(fa: list[QuoteItem]) -> tuple[PostIndex, dict[object, list[QuoteItem]]]:
    """Persian speakers by article, with the posts the article gives them (and the speaker
    itself, which may be a description: "یک سرگرد آمریکایی")."""
    posts: dict[object, list[str]] = defaultdict(list)
    quotes: dict[object, list[QuoteItem]] = defaultdict(list)
    for q in fa:
        key = (q.doc, q.speaker)
        quotes[key].append(q)
        for post in (q.role, q.speaker):
            if post and post not in posts[key]:
                posts[key].append(post)
    return PostIndex(posts), quotes


def _named(speaker: object) -> bool:
    # imported here: the Persian quote finder costs ~0.2 s to load, which every importer of
    # refrain.crosslingual (the web UI's number readers) would pay
    from refrain.quotes.persian.people import named_person

    return isinstance(speaker, str) and named_person(speaker)


def candidates(quotes: list[QuoteItem]) -> list[tuple[QuoteItem, QuoteItem, str, int]]:
    """(English quote, Persian quote, how the speakers agree, shared numbers) pairs worth a look:
    the speakers' names agree across scripts, or an English speaker given by post ("the manager
    of Abadan airport") fits the posts a Persian article gives its speaker
    (:mod:`refrain.crosslingual.roles`, how "role"), or a named English speaker's post fits a
    Persian speaker the article knows by that post alone; and :func:`can_render` lets the pair
    through."""
    fa = [q for q in quotes if is_persian(q) and q.speaker and _words(q.text) >= MIN_WORDS_FA]
    en = [q for q in quotes if not is_persian(q) and q.speaker and _words(q.text) >= MIN_WORDS_EN]
    if not fa or not en:
        return []
    index = _SpeakerIndex(fa)
    posts: tuple[PostIndex, dict[object, list[QuoteItem]]] | None = None
    fa_facts: dict[str, Facts] = {}
    out = []
    for e in en:
        matched = [(index.by_speaker[speaker], how) for speaker, how in index.matches(e.speaker or "")]
        if not matched and read_description(e.speaker or "").screens:
            posts = posts or _post_index(fa)
            matched = [(posts[1][key], "role") for key in posts[0].fitting(e.speaker or "")]
        if not matched and e.role and read_description(e.role).screens:
            # "Foreign Ministry spokesman Ali Vaez" where the Persian article gives the post only
            # («سخنگوی وزارت امور خارجه»): the post, to Persian speakers known by their post alone
            posts = posts or _post_index(fa)
            matched = [(posts[1][key], "role") for key in posts[0].fitting(e.role) if not _named(key[1])]
        if not matched:
            continue
        en_facts = facts_en(e.text)
        for group, how in matched:
            for f in group:
                if f.doc == e.doc:
                    continue
                if f.id not in fa_facts:
                    fa_facts[f.id] = facts_fa(f.text)
                possible, shared = can_render(en_facts, fa_facts[f.id])
                if possible:
                    out.append((e, f, how, shared))
    return out


def link(
    quotes: list[QuoteItem],
    model: Embedder | None = None,
    vectors: dict[str, np.ndarray] | None = None,
    *,
    margin: float = MARGIN,
    background_margin: float = BACKGROUND_MARGIN,
    seed: int = 0,
) -> LinkResult:
    """English–Persian links among ``quotes``. ``vectors``: window vectors already stored, by
    quote id (only quotations without one are embedded; the new ones are in the result)."""
    pairs = candidates(quotes)
    if model is None:
        return LinkResult(_link_without_model(pairs), "names and numbers (no sentence model installed)",
                          candidates=len(pairs))  # fmt: skip
    vectors = dict(vectors or {})
    background, need = to_embed(quotes, pairs, seed)
    missing = [(q.id, q.text, q.language or "en") for qid, q in need.items() if qid not in vectors]
    new = embed_quotes(model, missing) if missing else {}
    vectors.update(new)
    # the unrelated quotations: the sample and every other Persian quotation embedded anyway (a
    # candidate of some English one): at 33k English quotations the 200 of the sample alone let
    # chance closeness through (docs/bench/crosslingual.md); these cost no embedding
    background = list({q.id: q for q in [*background, *(q for q in need.values() if is_persian(q))]}.values())
    bg = np.vstack([vectors[q.id] for q in background]) if background else np.zeros((0, 1))
    bg_speakers = [q.speaker for q in background for _ in range(len(vectors[q.id]))]

    scored: dict[str, list[tuple[float, QuoteItem, QuoteItem, str, int]]] = defaultdict(list)
    for e, f, how, shared in pairs:
        cos = float(np.max(vectors[f.id] @ vectors[e.id].T))
        scored[e.id].append((cos, e, f, how, shared))
    best_of_fa: dict[tuple[str, str], float] = {}  # (Persian quote, English article) -> best cosine
    for rows in scored.values():
        for cos, e, f, _, _ in rows:
            key = (f.id, e.doc)
            best_of_fa[key] = max(best_of_fa.get(key, -1.0), cos)
    # the closest unrelated quotation: background quotes of other speakers than the candidates'
    floors = _background_floors(
        bg, bg_speakers, {eid: (vectors[eid], {r[2].speaker for r in rows}) for eid, rows in scored.items()}
    )
    links = []
    for rows in scored.values():
        rows.sort(key=lambda r: -r[0])
        cos, e, f, how, shared = rows[0]
        # reprints of the same Persian quotation are one candidate, not a close second
        same = [r for r in rows if _same_text(vectors[r[2].id], vectors[f.id])]
        others = [r for r in rows if not _same_text(vectors[r[2].id], vectors[f.id])]
        second = others[0][0] if others else None
        floor = floors[e.id]
        # two numbers shared by the speaker named in full are evidence the model need not repeat:
        # closer than every unrelated quotation is enough ("from 28 Azar to 12 Dey")
        needed = 0.0 if shared >= 2 and how in ("full name", "alias") else background_margin
        if cos < floor + needed:
            continue
        if second is not None and cos - second < margin:
            continue
        if best_of_fa[(f.id, e.doc)] > cos:
            continue  # another quotation of the same English article renders it better
        gap = round(cos - (second if second is not None else floor), 4)
        for r_cos, _, r_f, r_how, r_shared in same:
            links.append(Link(e.id, r_f.id, r_how, r_shared, round(r_cos, 4), gap, "model"))
    return LinkResult(links, "model", new, len(pairs))


def _background_floors(
    bg: np.ndarray,
    bg_speakers: list[str | None],
    queries: dict[str, tuple[np.ndarray, set[str | None]]],
    chunk: int = 512,
) -> dict[str, float]:
    """For each English quotation (id: its window vectors, its candidates' speakers), its best
    cosine with a background window of a speaker who is none of its candidates' (0.0 when there
    is none). All at once, a matrix product a chunk of quotations at a time and the best window of
    each background speaker, instead of a pass over the whole background per quotation (at full
    scale ~5,000 windows for each of ~6,000 quotations)."""
    if not len(bg):
        return dict.fromkeys(queries, 0.0)
    group_of = {s: g for g, s in enumerate(dict.fromkeys(bg_speakers))}
    row_group = np.array([group_of[s] for s in bg_speakers])
    order = np.argsort(row_group, kind="stable")
    # background rows sorted by speaker; a speaker's rows start at group_start[its group]
    group_start = np.flatnonzero(np.r_[True, np.diff(row_group[order]) != 0])
    bg_sorted = bg[order]
    out: dict[str, float] = {}
    ids = list(queries)
    for at in range(0, len(ids), chunk):
        part = ids[at : at + chunk]
        mats = [queries[qid][0] for qid in part]
        window_start = np.cumsum([0] + [len(m) for m in mats[:-1]])
        # (background windows, quotations): the best window of each quotation
        sims = np.maximum.reduceat(bg_sorted @ np.vstack(mats).T, window_start, axis=1)
        best = np.maximum.reduceat(sims, group_start, axis=0)  # (speakers, quotations)
        for j, qid in enumerate(part):
            column = best[:, j]
            excluded = [group_of[s] for s in queries[qid][1] if s in group_of]
            if excluded:
                column = column.copy()
                column[excluded] = -np.inf
            top = column.max()
            out[qid] = float(top) if np.isfinite(top) else 0.0
    return out


def to_embed(
    quotes: list[QuoteItem], pairs: list[tuple[QuoteItem, QuoteItem, str, int]], seed: int = 0
) -> tuple[list[QuoteItem], dict[str, QuoteItem]]:
    """The background sample, and every quotation the model must have a vector of: both sides of
    each candidate pair and the background (by id)."""
    background = _background(quotes, pairs, seed)
    return background, {q.id: q for pair in pairs for q in pair[:2]} | {q.id: q for q in background}


def _same_text(a: np.ndarray, b: np.ndarray) -> bool:
    """Two Persian quotations that are one text (a reprint, a re-spelling): whole-text windows
    almost identical."""
    return bool(float(a[-1] @ b[-1]) >= SAME_TEXT)


def _background(
    quotes: list[QuoteItem], pairs: list[tuple[QuoteItem, QuoteItem, str, int]], seed: int
) -> list[QuoteItem]:
    """A fixed sample of Persian quotations to measure how close an English one comes to
    quotations it does not render (the same sample for every English quotation). Chosen by a hash
    of the quotation id, so that adding articles changes the sample only by the new ones that
    enter it (their vectors only are computed)."""
    if not pairs:
        return []
    fa = [q for q in quotes if is_persian(q) and _words(q.text) >= MIN_WORDS_FA]
    fa.sort(key=lambda q: hashlib.blake2b(f"{seed}:{q.id}".encode(), digest_size=8).digest())
    return fa[:BACKGROUND_SIZE]


def _link_without_model(pairs: list[tuple[QuoteItem, QuoteItem, str, int]]) -> list[Link]:
    by_en: dict[str, list[tuple[QuoteItem, QuoteItem, str, int]]] = defaultdict(list)
    for p in pairs:
        by_en[p[0].id].append(p)
    links = []
    for rows in by_en.values():
        rows.sort(key=lambda r: -r[3])
        e, f, how, shared = rows[0]
        if how in ("surname", "role") or shared < 2:
            continue
        # reprints of the same Persian text are one candidate (linked together), not a tie
        same = [r for r in rows if r[1].text.strip() == f.text.strip()]
        if any(r[3] == shared for r in rows if r not in same):
            continue  # two Persian quotations share as many numbers: cannot tell
        en_nums = numbers_en(e.text)
        if agreement(en_nums, numbers_fa(f.text))[1] or len(en_nums) != shared:
            continue
        links += [Link(e.id, r[1].id, r[2], r[3], None, None, "names and numbers") for r in same]
    return links
