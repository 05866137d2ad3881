"""Words quoted from a document: ``در بیانیه ستاد … آمده است: …`` (a statement, message, letter).

A colon after "آمده است" ("it reads") quotes a document when the clause names one (a head word of
``speaker_documents``: بیانیه، پیام، نامه، اطلاعیه …); without one ("در ماده ۱ آمده است", a law's
article, "در آیه … آمده است") nothing is quoted. The speaker is the document's author:

* written after the head word (``در پیام رضا امینی وزیر …``, ``در بیانیه ستاد …``);
* for "this document" (``در ادامه این پیام``), the author of the document introduced before: the
  subject of the sentence that introduced it (``سازمان نورلند طی بیانیه‌ای … کرد.``), or the author
  written after an earlier mention; none when it is the agency's own report (``به گزارش …``).
"""

from __future__ import annotations

from collections.abc import Callable

from .phrase import COMMAS, ends_clause
from .speaker import Subject, read_subject
from .words import Tokens, Word, anaphors, given_names, key, subject_stops, word_keys, words

_CUES = word_keys("quote_document_cues")
_HEADS = word_keys("speaker_documents")
_INDEFINITE = (key("ای"), key("ی"))  # "بیانیه‌ای", "پیامی": a document introduced, no author after it
_CREDIT_BEFORE = frozenset(key(w) for w in ("به", "بر", "بنابر", "طبق", "اساس", "براساس"))  # "به گزارش …"
_BOUNDARY = {".", "!", "؟", "?", ":"}
# words between a head and its author: "شماره", participles ("منتشره"), "از سوی"/"از طرف"
_BEFORE_AUTHOR = frozenset(
    key(w) for w in ("شماره", "منتشره", "صادره", "منتشرشده", "صادرشده", "از", "سوی", "طرف")
)
_KINDS = word_keys("quote_document_kinds")  # "پیام تسلیت …", "بیانیه پایانی …": no author
# "… روزنامه کوهسار است که", "گزارش پایگاه … حاکی است"
_VERBS = word_keys("quote_clause_verbs") | word_keys("quote_auxiliaries") | {key("حاکی")}
_OWN = key("خود")  # "در بیانیه خود": its own statement
_NOT_AUTHORS = frozenset(key(w) for w in ("خود", "آن", "همه", "همین"))
_PARTICIPLE = ("ده", "ته")  # "افزوده", "نوشته" before an auxiliary
_CREDIT_END = {"،", ",", ".", ":", "؛"}
_CREDIT_WORDS = 18  # a credit longer than this before its comma runs into the sentence
_QUOTING = key("نقل")  # "به نقل از"
_AGENCY_WORDS = frozenset(key(w) for w in ("خبرگزاری", "خبرنگار", "فارس", "گروه", "سرویس", "ایرنا", "ایسنا"))
_LOOK_BACK = 12  # earlier mentions of the document looked at, nearest first
OWN_REPORT = Subject("unknown")  # "به گزارش فارس … در این گزارش آمده است": the agency's words, no quote


def document_cue(ws: list[Word]) -> int:
    """How many words at the end of the clause ``ws`` form a document cue ("آمده است"), 0 when
    none or when no document head word stands before it."""
    for n in (3, 2, 1):  # "ادعا شده است", "آمده است", "آمده"
        if len(ws) > n and all(w.is_word for w in ws[-n:]) and "".join(w.key for w in ws[-n:]) in _CUES:
            return n if any(_head(w) for w in ws[:-n]) else 0
    return 0


def names_document(phrase: str) -> bool:
    """Whether a speaker phrase is a document alone ("بیانیه", "بیانیه در ادامه"): its head word
    first and nothing after it but an adverbial ("بیانیه ستاد …" names its author: not this)."""
    ws = [w for w in words(phrase) if w.is_word]
    return bool(ws) and _head(ws[0]) == ws[0].key and (len(ws) == 1 or ws[1].key in subject_stops())


def _head(w: Word) -> str | None:
    """The document head a word is ("بیانیه", "بیانیه‌ای" -> "بیانیه"), else None."""
    if not w.is_word:
        return None
    if w.key in _HEADS:
        return next(
            (w.key[: -len(s)] for s in _INDEFINITE if w.key.endswith(s) and w.key[: -len(s)] in _HEADS), w.key
        )
    return None


def document_subject(
    text: str, clause: tuple[int, int], known: Callable[[str], bool], tokens: Tokens
) -> Subject | None:
    """The author of the document quoted by the clause ``text[clause[0]:clause[1]]``, as a speaker
    phrase to resolve; None when the article does not say; :data:`OWN_REPORT` when the document is
    the agency's own report (its words are no quotation)."""
    ws = tokens.between(*clause)
    at = max((i for i, w in enumerate(ws) if _head(w)), default=None)
    if at is None:
        return None
    head = _head(ws[at])
    if ws[at].key != head:  # "در بیانیه‌ای که … آمده است": no author written, unless a signer
        return _signer(text, ws, at, known, tokens)
    if not _anaphoric(ws, at):
        return _author_after(text, ws[at], clause[1], known, tokens)
    # "در ادامه این پیام": the document named before
    everything = tokens.all
    k = everything.index(ws[at])
    looked, missed = 0, False
    for p in range(k - 1, -1, -1):
        w = everything[p]
        if _head(w) != head:
            continue
        looked += 1
        if looked > _LOOK_BACK:
            break
        if p > 0 and everything[p - 1].key in _CREDIT_BEFORE:
            # "به گزارش …": the agency's own report, unless the credit names another author
            return _credit_author(text, everything, p, known, tokens) or OWN_REPORT
        nxt = everything[p + 1].key if p + 1 < len(everything) else ""
        own = nxt == _OWN and not missed  # "در بیانیه خود", unless a later document's author was not read
        if w.key != head or nxt == _INDEFINITE[0] or own:
            # "طی بیانیه‌ای" (or "بیانیه ‌ای" apart), "در بیانیه خود": the sentence's subject wrote it
            author = _sentence_subject(text, everything, p, known, tokens)
            missed = missed or author is None
        elif _anaphoric(everything, p):
            continue
        else:
            stop = next(
                (q for q in range(p + 1, len(everything)) if everything[q].text in _BOUNDARY), len(everything)
            )
            n = document_cue(everything[p:stop])  # an earlier "در بیانیه ستاد … آمده است:"
            end = everything[stop - n].start if n else _text_end(text, everything, stop)
            author = _author_after(text, w, end, known, tokens)
        if author is not None:
            return author
    return None


def _credit_author(
    text: str, ws: list[Word], p: int, known: Callable[[str], bool], tokens: Tokens
) -> Subject | None:
    """The author a credit opening with the head at ``p`` names: the body it quotes ("به گزارش
    خبرگزاری … به نقل از روابط عمومی …،") or the body whose report it is ("به گزارش روابط عمومی
    …،"); None for the agency's own report ("به گزارش خبرنگار فارس، …")."""
    stop = next(
        (
            q
            for q in range(p + 1, len(ws))
            if ws[q].text in _CREDIT_END or "\n" in text[ws[q - 1].end : ws[q].start]
        ),
        len(ws),
    )
    if stop >= len(ws) or ws[stop].text not in COMMAS or stop - p > _CREDIT_WORDS:
        return None  # the credit runs into the sentence: its end, and so the author, is unclear
    quoting = next((q + 1 for q in range(p + 1, stop - 1) if ws[q].key == _QUOTING), None)
    if quoting is not None and quoting + 1 < stop:
        start = quoting + 1  # after "به نقل از"
    elif p + 1 < stop and ws[p + 1].key not in _AGENCY_WORDS:
        start = p + 1
    else:
        return None
    end = _text_end(text, ws, stop)
    if any(w.key in _AGENCY_WORDS for w in ws[start:stop]):
        return None  # "به گزارش گروه سیاسی خبرگزاری فارس"
    return _accept(read_subject(text, (ws[start].start, end), known, tokens), known)


_SIGNED = (key("به"), key("امضای"))  # "به امضای X رسیده": signed by X
_BY = ((key("از"), key("سوی")), (key("از"), key("طرف")))  # "از سوی X صادر شده": issued by X
# where a signer's or issuer's name ends: a verb of the relative clause ("رسیده", "صادر شده")
_AFTER_SIGNER = _VERBS | frozenset(
    key(w) for w in ("رسیده", "رسید", "شده", "صادر", "منتشر", "ارسال", "تسلیم")
)


def _signer(
    text: str, ws: list[Word], at: int, known: Callable[[str], bool], tokens: Tokens
) -> Subject | None:
    """The author of a document introduced with a relative clause that names its signer or issuer:
    "در نامه‌ای که به امضای «X»، حاکم … رسیده … آمده است" (X), "… که از سوی وزارت … صادر شده"."""
    lows = [w.key for w in ws]
    for k in range(at + 1, len(ws) - 2):
        if tuple(lows[k : k + 2]) == _SIGNED or tuple(lows[k : k + 2]) in _BY:
            start = k + 2
            while start < len(ws) and not ws[start].is_word:  # a name in marks: «X»
                start += 1
            cut = next(
                (q for q in range(start + 1, len(ws)) if ws[q].key in _AFTER_SIGNER or ws[q].text in COMMAS),
                None,
            )
            if start >= len(ws) or cut is None:
                return None
            last = max(q for q in range(start, cut) if ws[q].is_word)
            return _accept(read_subject(text, (ws[start].start, ws[last].end), known, tokens), known)
    return None


def _anaphoric(ws: list[Word], at: int) -> bool:
    """Whether the head at ``at`` is "this document" (``این پیام``) or has no author after it."""
    if at > 0 and ws[at - 1].key in anaphors():
        return True
    nxt = ws[at + 1] if at + 1 < len(ws) else None  # "بیانیه در ادامه …": no author after it
    return nxt is None or not nxt.is_word or nxt.key in subject_stops()


def _text_end(text: str, ws: list[Word], stop: int) -> int:
    return ws[stop].start if stop < len(ws) else len(text)


def _author_after(
    text: str, head: Word, end: int, known: Callable[[str], bool], tokens: Tokens
) -> Subject | None:
    """The author written after a head word, up to ``end`` or the first verb ("سرمقاله روزنامه
    کوهسار است که"), past a number, a participle or the document's kind ("بیانیه شماره ۲ ستاد"،
    "بیانیه صادره از سوی …"، "پیام تسلیت …")."""
    ws = [w for w in tokens.between(head.end, end) if w.is_word]
    i = 0
    while i < len(ws) and (ws[i].key in _BEFORE_AUTHOR or ws[i].key in _KINDS or ws[i].text.isdigit()):
        i += 1
    cut = next((k for k in range(i + 1, len(ws)) if ws[k].key in _VERBS), len(ws))
    if i + 1 < cut < len(ws) and ws[cut - 1].key.endswith(_PARTICIPLE):
        cut -= 1  # "بیانیه سازمان کوهسار افزوده است"
    if i >= cut:
        return None
    return _accept(read_subject(text, (ws[i].start, ws[cut - 1].end), known, tokens), known)


def _accept(subject: Subject, known: Callable[[str], bool]) -> Subject | None:
    """A subject that can write a document: a body, a post, an unnamed source, "وی", or a name
    (not a clause: no verb unless it opens with a given name or a known surname)."""
    if subject.kind == "name":  # not a clause read as a name ("ناگفته نماند", "خود انقلاب")
        words = subject.name_words
        named = bool(words) and (words[0].key in given_names() or known(words[0].key))
        verb = any(ends_clause(w) for w in words)
        return subject if words and (named or not verb) and words[0].key not in _NOT_AUTHORS else None
    return subject if subject.kind in ("organisation", "role", "anonymous", "pronoun") else None


def _sentence_subject(
    text: str, ws: list[Word], p: int, known: Callable[[str], bool], tokens: Tokens
) -> Subject | None:
    """The subject of the sentence that introduces a document at word ``p`` ("… طی بیانیه‌ای")."""
    s = p
    while s > 0 and ws[s - 1].text not in _BOUNDARY and "\n" not in text[ws[s - 1].end : ws[s].start]:
        s -= 1
    if s == p:
        return None
    return _accept(read_subject(text, (ws[s].start, ws[p].start), known, tokens), known)
