"""Where Persian speech is: colon speech after a cue verb, and words in « » or " ".

Two forms (the Fars guideline's):

* **colon**: a cue verb right before a colon (``وی افزود: …``); the speech starts at the word that
  follows the colon and ends with the paragraph, or at the clause of the next cue colon in the same
  paragraph (a question and its answer: ``… سوال شد: … ؟ وی گفت: …``). When the words after the
  colon open a quotation mark, the speech is the content inside the marks (**marked**).
* **marked** elsewhere: « … » (or " … ", “ … ”) of at least :data:`MIN_QUOTE_WORDS` words next to a
  cue verb in the same sentence (``«…»، وی افزود.`` / ``وی گفت «…»`` / ``وی افزود، «…»``), or a
  whole paragraph in marks (:data:`MIN_PARAGRAPH_QUOTE_WORDS` words or more: the last speaker's
  words go on). Shorter ones, and longer ones nobody is said to utter, are names, titles and
  terms: kept as ``scare`` (no speaker).
  Marks inside a colon speech are part of that speech, never a quotation of their own.

The *clause* of a speech is where its speaker is written: from the sentence start to the cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import document_cue
from .phrase import ends_clause
from .words import Tokens, Word, key, match_cue, passive_cues

MIN_QUOTE_WORDS = 4
MIN_PARAGRAPH_QUOTE_WORDS = 6
MIN_INDIRECT_QUOTE_WORDS = 6  # words in marks closing a reported speech ("X گفت اگر …، «…»")
_REPORTING = frozenset(key(w) for w in ("که", "اگر", "چنانچه"))
MAX_TRAILING_CLAUSE_WORDS = 8
_BOUNDARY = {"؟", "?", "!", ":", "：", "."}  # not ؛ (it also separates list items)
_COLON = {":", "：", "∶"}
_OPEN_CLOSE = {"«": "»", "“": "”", '"': '"'}


@dataclass
class Speech:
    start: int  # Quote.start: the opening mark, or the first word after the colon
    end: int  # Quote.end: past the closing mark, or the end of the content
    content: tuple[int, int]  # the quoted words, marks excluded
    kind: str  # "direct" or "scare"
    cue: Word | None = None  # first word of the cue verb
    cue_end: int | None = None  # end of the cue verb's last word
    clause: tuple[int, int] | None = None  # (first word, cue start): where the speaker is written
    passive: bool = False  # a question put to someone: no speaker
    paragraph: int = 0
    document: bool = False  # a document's words: its author speaks (:mod:`.document`)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Each non-blank line (a paragraph of stored text), as (start, end) without edge spaces."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_boundary(text: str, w: Word) -> bool:
    if w.text not in _BOUNDARY:
        return False
    if w.text == ".":
        before = text[w.start - 1] if w.start else " "
        after = text[w.end] if w.end < len(text) else " "
        if (before.isdigit() and after.isdigit()) or before == "." or after == ".":
            return False
        if _initial(text, w.start) and not _verb_before(text, w.start):
            return False  # "آر. ان. ای": the dots of an acronym's letters (not "… شد.وی گفت")
    return True


def _verb_before(text: str, dot: int) -> bool:
    """Whether the letters right before ``dot`` are a verb that ends a sentence ("شد", "است")."""
    n = _letters_before(text, dot)
    return n > 0 and text[dot - n : dot] in _SENTENCE_VERBS


_SENTENCE_VERBS = {"شد", "است", "بود"}


def _letters_before(text: str, at: int) -> int:
    n = 0
    while at - n > 0 and text[at - n - 1].isalpha():
        n += 1
    return n


def _initial(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` follows one or two letters and is followed, after spaces, by
    one or two letters then a space, a period or a mark (a spelled-out acronym)."""
    if not 1 <= _letters_before(text, dot) <= 2:
        return False
    k = dot + 1
    while k < len(text) and text[k] == " ":
        k += 1
    n = 0
    while k + n < len(text) and (text[k + n].isalpha() or text[k + n] == "\u200c"):
        n += 1
    end = text[k + n] if k + n < len(text) else "\n"
    return 1 <= n <= 2 and end in ' ."»”'


def _clause_start(text: str, ws: list[Word], j: int) -> int:
    """Index of the first word of the clause that ends before word ``j``."""
    k = j - 1
    while k >= 0 and not _is_boundary(text, ws[k]):
        k -= 1
    return k + 1


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1].isspace():
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


def _close_of(ws: list[Word], i: int) -> int | None:
    """Index of the mark closing the one at ``i`` (nested « » counted), or None."""
    opener = ws[i].text
    closer = _OPEN_CLOSE[opener]
    depth = 0
    for k in range(i + 1, len(ws)):
        t = ws[k].text
        if t == closer and (opener == closer or depth == 0):
            return k
        if opener != closer and t == opener:
            depth += 1
        elif opener != closer and t == closer:
            depth -= 1
    return None


def _cue_colons(text: str, ws: list[Word]) -> list[tuple[int, int, int]]:
    """(colon index, clause start index, cue length) for each colon right after a cue verb."""
    out: list[tuple[int, int, int]] = []
    for j, w in enumerate(ws):
        if w.text not in _COLON:
            continue
        c0 = _clause_start(text, ws, j)
        after_cue = bool(out) and out[-1][0] == c0 - 1
        if (
            after_cue
            and ws[c0].text in _OPEN_CLOSE
            and (close := _close_of(ws, c0)) is not None
            and close < j
        ):
            c0 = close + 1  # "… فرمودند: «…»، گفت:": the clause starts after the marks
            while c0 < j and not ws[c0].is_word:
                c0 += 1
        elif after_cue:
            c0 = _after_spoken_clause(ws, c0, j)
        n = match_cue(ws[c0:j])
        if n:
            out.append((j, c0, n))
        elif n := document_cue(ws[c0:j]):
            out.append((j, c0, -n))  # negative: a document's words ("در این بیانیه آمده است:")
    return out


def _after_spoken_clause(ws: list[Word], c0: int, j: int) -> int:
    """Where the clause of a cue colon starts when its sentence opened with another cue colon
    (``… گفت: کشور ما آب نمی‌خواهد، رضا احمدی … افزود: …``): after the last comma that closes a
    clause (a verb before it) — the words before are the first cue's speech, not a speaker. With
    no such comma, ``c0`` as it was."""
    for k in range(j - 1, c0, -1):
        if ws[k].text in ("،", ",") and ends_clause(ws[k - 1]):
            return k + 1
    return c0


def find_speech(text: str, tokens: Tokens | None = None) -> list[Speech]:
    """Every colon speech and every marked stretch of ``text``, in text order."""
    tokens = tokens or Tokens(text)
    found: list[Speech] = []
    for pi, (ps, pe) in enumerate(paragraphs(text)):
        ws = tokens.between(ps, pe)
        colons = _cue_colons(text, ws)
        taken: list[tuple[int, int]] = []
        for n, (j, c0, cue_len) in enumerate(colons):
            if j + 1 >= len(ws):
                continue  # the paragraph ends at the colon: nothing is quoted here
            document, cue_len = cue_len < 0, abs(cue_len)
            first = j + 1
            stop = ws[colons[n + 1][1]].start if n + 1 < len(colons) else pe
            cue = ws[j - cue_len]
            passive = "".join(w.key for w in ws[j - cue_len : j]).lstrip("و") in passive_cues()
            common = dict(
                cue=cue,
                cue_end=ws[j - 1].end,
                clause=(ws[c0].start, cue.start),
                passive=passive,
                paragraph=pi,
                document=document,
            )
            if ws[first].text in _OPEN_CLOSE and not _name_opens_speech(ws, first, stop):
                close = _close_of(ws, first)
                if close is not None and ws[close].start <= stop:
                    inner = _trim(text, ws[first].end, ws[close].start)
                    if inner[1] > inner[0]:
                        found.append(Speech(ws[first].start, ws[close].end, inner, "direct", **common))
                        taken.append((ws[first].start, ws[close].end))
                    continue
                if close is None and ws[first].text == "«":
                    # the marks stay open past the paragraph: the words inside, to its end
                    inner = _trim(text, ws[first].end, stop)
                    if inner[1] > inner[0]:
                        found.append(Speech(ws[first].start, inner[1], inner, "direct", **common))
                        taken.append((ws[first].start, inner[1]))
                    continue
            s, e = _trim(text, ws[first].start, stop)
            while e > s and text[e - 1] in "،, ":  # cut at the next cue's clause: no trailing comma
                e -= 1
            if e > s:
                found.append(Speech(s, e, (s, e), "direct", **common))
                taken.append((s, e))
        found.extend(_marked(text, ws, taken, pi))
    found.sort(key=lambda sp: sp.start)
    return found


def _name_opens_speech(ws: list[Word], first: int, stop: int) -> bool:
    """Whether the marks right after a cue colon hold a short name the speech goes on after
    (``افزود: "لوفسا" تضمین می‌کند …``): fewer than :data:`MIN_QUOTE_WORDS` words inside and no
    sentence end, and a word, not punctuation, right after the closing mark."""
    close = _close_of(ws, first)
    if close is None or close + 1 >= len(ws) or ws[close + 1].start >= stop:
        return False
    inside = ws[first + 1 : close]
    if any(w.text in _BOUNDARY for w in inside):  # «ما عقب نمی‌نشینیم.» سپس …: a sentence, quoted
        return False
    return 0 < sum(w.is_word for w in inside) < MIN_QUOTE_WORDS and ws[close + 1].is_word


def _marked(text: str, ws: list[Word], taken: list[tuple[int, int]], pi: int) -> list[Speech]:
    """Quotation marks outside colon speech: a quotation next to a cue verb, else a scare/name."""
    out = []
    i = 0
    while i < len(ws):
        w = ws[i]
        if w.text not in _OPEN_CLOSE or any(s <= w.start < e for s, e in taken):
            i += 1
            continue
        close = _close_of(ws, i)
        if close is None:
            i += 1
            continue
        inner = _trim(text, w.end, ws[close].start)
        n_words = sum(1 for x in ws[i + 1 : close] if x.is_word)
        sp = Speech(w.start, ws[close].end, inner, "scare", paragraph=pi)
        if inner[1] > inner[0]:
            if n_words >= MIN_QUOTE_WORDS:
                _attach_cue(text, ws, i, close, sp)
            if sp.kind == "scare" and n_words >= MIN_PARAGRAPH_QUOTE_WORDS and _whole_paragraph(ws, i, close):
                sp.kind = "direct"  # a paragraph that is all one quotation: the speaker goes on
            out.append(sp)
        i = close + 1
    return out


def _whole_paragraph(ws: list[Word], i: int, close: int) -> bool:
    """Whether the marks at ``i`` and ``close`` hold the whole paragraph (a final stop allowed)."""
    return i == 0 and all(not w.is_word and w.text in ".!؟?" for w in ws[close + 1 :])


def _attach_cue(text: str, ws: list[Word], i: int, close: int, sp: Speech) -> None:
    """Make ``sp`` a direct quotation when a cue verb ends the sentence after it (``«…»، وی
    افزود.``) or stands right before it (``وی گفت «…»``, ``… گفت که «…»``)."""
    k = close + 1
    while k < len(ws) and not _is_boundary(text, ws[k]) and ws[k].text not in _OPEN_CLOSE:
        k += 1
    after = ws[close + 1 : k]
    n = match_cue(after)
    # "«…»، وی افزود.": a comma, then only the speaker and the verb ("با عنوان «…» برای … خبر داد"
    # names a title)
    if n and after[0].text in ("،", ",") and sum(w.is_word for w in after) <= MAX_TRAILING_CLAUSE_WORDS:
        first = close + 1
        while first < k - n and not ws[first].is_word:
            first += 1
        sp.kind, sp.cue, sp.cue_end = "direct", ws[k - n], ws[k - 1].end
        sp.clause = (ws[first].start, ws[k - n].start)
        return
    ends = close + 1 >= len(ws) or _is_boundary(text, ws[close + 1])
    if not ends:  # "افزود «نام»، فرد …": marks that do not end the sentence hold a name
        return
    before = ws[_clause_start(text, ws, i) : i]
    if before and before[-1].text in ("،", ","):  # "این گزارش می‌افزاید، «…»"
        before = before[:-1]
    if before and before[-1].key == "که":
        before = before[:-1]
    n = match_cue(before)
    if n:
        c0 = _clause_start(text, ws, i)
        sp.kind, sp.cue, sp.cue_end = "direct", before[-n], before[-1].end
        sp.clause = (ws[c0].start, before[-n].start)
    elif sum(x.is_word for x in ws[i + 1 : close]) >= MIN_INDIRECT_QUOTE_WORDS:
        # "رئیس مجلس گفت اگر جانسون …، پارلمان «…»": the marks close a speech reported with "که" or
        # "اگر" after its cue verb: the words are that speaker's
        for p in range(len(before) - 1, 0, -1):
            if before[p].key in _REPORTING and (m := match_cue(before[:p])):
                c0 = _clause_start(text, ws, i)
                sp.kind, sp.cue, sp.cue_end = "direct", before[p - m], before[p - 1].end
                sp.clause = (ws[c0].start, before[p - m].start)
                break
