"""Who speaks in a Persian clause before a cue verb, and the named person behind a pronoun or role.

The clause of a speech (``[به گزارش …، ] SPEAKER [امروز در … با اشاره به …] CUE:``) is read left to
right: the source credit is skipped (the agency is never the speaker; an inner ``به نقل از X``
names X), the speaker phrase runs to the first preposition, time word or comma, and is then one of

* a **pronoun** (وی، او، ایشان) or nothing at all (``در ادامه افزود``): the last speaker;
* an **anaphor** (``این مسئول``، ``یک استاد دانشگاه``): the last speaker, or the description when
  nobody was named before;
* **anonymous** (``این منبع آگاه``): the description as written;
* an **organisation** (``رادیو صدای آمریکا``): as written;
* a **role** (``رئیس اداره کل …``), possibly followed by a name (``… رضا رضوانی``): the name, else the
  person the article names with that role (written next to it anywhere in the article, or named by
  the next speech when the role opens the article or adds a speaker with ``نیز``), else the last
  speaker; unresolved, the role as written;
* a **name**, possibly followed by a role: the fullest form of that name in the article
  (``زاهددوست`` -> ``علی زاهددوست``), titles (حجت‌الاسلام، دکتر …) left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Mention
from .words import (
    Tokens,
    Word,
    anaphors,
    anonymous,
    complements,
    credits,
    given_names,
    key,
    not_speakers,
    organisations,
    pronouns,
    role_compounds,
    roles,
    starts_with,
    subject_stops,
    titles,
    words,
)

MAX_NAME_WORDS = 4
_COMMAS = {"،", ",", "؛", ";"}
_SKIP = {"«", "»", '"', "“", "”", "(", ")"}
_LIGHT_VERBS = {
    key(v) for v in ("کرد", "داد", "داشت", "شد", "نمود", "ساخت", "گفت", "کردند", "دادند", "داشتند")
}
_CREDIT_AGENCY = key("فارس")
_AGENCY = key("خبرگزاری")
_CREDIT_PLACE = {key("از"), key("در")}
_ALSO = key("نیز")
_OPENERS = {key(w) for w in ("همچنین", "سپس", "ضمنا", "ضمناً", "اما", "ولی", "البته", "و", "همچنان", "نیز")}
_SURNAME_TAILS = {
    key(w) for w in ("زاده", "نژاد", "پور", "فر", "نیا", "راد", "وند", "لو", "زاد", "آبادی", "دوست")
}
_PREPOSITIONS = {
    key(w)
    for w in ("با", "به", "از", "در", "برای", "درباره", "میان", "بین", "توسط", "سوی", "نزد", "همراه", "و")
}
_SPEECH_NOUNS = {
    key(w)
    for w in (
        "سخنان",
        "صحبت‌های",
        "صحبتهای",
        "گفته‌های",
        "اظهارات",
        "پیام",
        "نامه",
        "دیدگاه",
        "نظر",
        "حضور",
        "دیدار",
        "حکم",
        "دستور",
    )
}
_CLAUSE_VERBS = {
    key(w)
    for w in (
        "است",
        "بود",
        "شد",
        "کرد",
        "داد",
        "داشت",
        "گرفت",
        "رسید",
        "آمد",
        "گذشت",
        "نیست",
        "دارد",
        "هست",
        "شود",
        "کند",
        "رفت",
    )
}
_PLACE_HEADS = {key(w) for w in ("استان", "شهرستان", "شهر", "بخش", "منطقه", "جزیره", "روستای", "شهرهای")}
_QUOTED_NAME = re.compile(r'[«"“]([^«»"“”\n]{3,40})[»"”]\s*([^\s«»"]+)')
_WHO = key("که")
_ALLAH = key("الله")
_IMAM = key("امام")
_IMAM_POSTS = {key(w) for w in ("جمعه", "جماعت", "راحل", "امت")}
_OF = key("از")
_OBJECT = key("را")
_PRESENT = key("می")  # "می‌شود": a present verb ends a headline
_CLAUSE_MARKS = {"،", ",", "»", "”", '"'}
_PARTITIVES = {key(w) for w in ("برخی", "بعضی", "تعدادی", "گروهی", "شماری", "جمعی", "یکی")}
_ONE = key("یکی")
_BULLETS = {"-", "–", "*", "•", "▪"}
_HONORIFIC_SIGNS = {key(w) for w in ("ص", "ع", "س", "ره", "عج")}  # "پیامبر (ص)"
_QUOTING = (tuple(key(w) for w in "به نقل از".split()),)


@dataclass
class Subject:
    """The speaker phrase of one clause, read but not yet resolved."""

    kind: str  # name, role, pronoun, anaphor, anonymous, organisation, none
    mention: Mention | None = None
    name: str | None = None
    role: str | None = None
    also: bool = False  # the clause holds "نیز": a further speaker is introduced
    name_words: list[Word] = field(default_factory=list)
    fronted: bool = False  # an adverbial opens the clause ("در ادامه مراسم، معاون … گفت")
    relative: bool = False  # the speaker is quoted inside someone's words ("… از پیامبر که فرمود")
    listed: bool = False  # the clause is an item of a list ("- سخنگوی دولت اعلام کرد:")

    @property
    def role_key(self) -> str | None:
        return None if self.role is None else key(self.role)


def _span(text: str, ws: list[Word]) -> Mention:
    s, e = ws[0].start, ws[-1].end
    if e < len(text) and text[e] == "»" and text.count("«", s, e) > text.count("»", s, e):
        e += 1  # "رئیس کمیته «امداد»": the closing mark of a name inside the phrase
    return Mention(text[s:e], s, e)


def _skip_credit(ws: list[Word], i: int, known: Callable[[str], bool]) -> int:
    """Index after the source credit(s) that open the clause at ``i``."""
    while i < len(ws) and (n := starts_with(ws, i, credits())):
        j = i + n
        comma = next((k for k in range(j, len(ws)) if ws[k].text in _COMMAS), None)
        agency = next((k for k in range(j, min(len(ws), j + 6)) if ws[k].key == _CREDIT_AGENCY), None)
        if agency is not None and (comma is None or agency < comma):
            k = agency + 1
            near = next((c for c in range(k, min(len(ws), k + 5)) if ws[c].text in _COMMAS), None)
            if near is not None and not any(
                _name_start(ws, c) or _speaker_like(ws, c, known) for c in range(k + 1, near)
            ):
                k = near  # "از جنوب استان تهران،"
            elif k < len(ws) and ws[k].key in _CREDIT_PLACE:  # "از قم", "از استان سمنان"
                k += 1
                for _ in range(2):
                    if (
                        k >= len(ws)
                        or not ws[k].is_word
                        or starts_with(ws, k, credits())
                        or _name_start(ws, k)
                    ):
                        break
                    if ws[k].key in subject_stops() or ws[k].key in roles() or ws[k].key in pronouns():
                        break
                    k += 1
                    if ws[k - 1].key not in _PLACE_HEADS:
                        break
            if comma is not None and comma - k <= 1 and not _name_start(ws, k):
                k = comma  # "از خرم آباد،"
            i = k
        elif _name_start(ws, j):  # "بنا بر همین گزارش سید علی …، مدیر … گفت"
            i = j
        elif comma is not None:
            i = _name_in_credit(ws, j, comma, known)
        else:
            return len(ws)
        while i < len(ws) and not ws[i].is_word:
            i += 1
    return i


def _name_in_credit(ws: list[Word], j: int, comma: int, known: Callable[[str], bool]) -> int:
    """Where the speaker starts inside a credit that runs to ``comma``: the name written at the
    end of the credited body (``به نقل از روابط عمومی استانداری جاسم جادری در آیین …،`` or
    ``… علی رهایی، رئیس دانشگاه``), else the comma."""
    names = given_names()
    stop = next((k for k in range(j, comma) if ws[k].key in subject_stops()), comma)
    for k in range(stop - 1, j, -1):
        if known(ws[k].key) or (ws[k].key in names and k + 1 < stop and ws[k - 1].key not in _PREPOSITIONS):
            p = k
            while p - 1 > j and ws[p - 1].key in names:
                p -= 1
            return p
    for k in range(max(stop, comma - MAX_NAME_WORDS), comma - 1):  # "… در مراسم علی رهایی، رئیس …"
        if ws[k].key in names and ws[k - 1].key not in _PREPOSITIONS:
            return k
    return comma


def _skip_agency(ws: list[Word], i: int) -> int:
    """Index after a dateline "خبرگزاری فارس -" (or "_") opening the clause."""
    if i + 1 < len(ws) and ws[i].key == _AGENCY and ws[i + 1].key.startswith(_CREDIT_AGENCY):
        i += 2
        while i < len(ws) and not ws[i].is_word:
            i += 1
    return i


def _name_start(ws: list[Word], i: int) -> bool:
    return i < len(ws) and (ws[i].key in given_names() or starts_with(ws, i, titles()) > 0)


def _phrase(ws: list[Word], i: int) -> list[Word]:
    """The speaker phrase from ``i``: up to the first stop word or comma, or the noun that opens
    the verb's complement (:func:`_opens_complement`); words in parentheses (an acronym) left out."""
    out: list[Word] = []
    stops = subject_stops()
    while i < len(ws) and not ws[i].is_word:  # "- معاون وزیر …" in a list of items
        i += 1
    depth = 0
    for k in range(i, len(ws)):
        w = ws[k]
        if w.text == "(":
            depth += 1
            continue
        if w.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        partitive = len(out) == 1 and out[0].key in _PARTITIVES and w.key == _OF  # "برخی از اصحاب رسانه"
        post = bool(out) and (out[0].key in roles() or out[0].key in organisations())
        # "ستاد مبارزه با مواد مخدر": inside a post, the preposition belongs to the body's name
        compound = post and k > i and w.key in _PREPOSITIONS and starts_with(ws, k - 1, role_compounds()) == 2
        if w.text in _COMMAS or (w.is_word and w.key in stops and not partitive and not compound):
            break
        if w.is_word and out and _opens_complement(ws, k, post):
            break
        if w.key == _OBJECT:  # "… نقش دولت را برشمرد": the word before "را" is the object
            out = out[:-1]
            break
        if w.text in _SKIP or w.key in _HONORIFIC_SIGNS:
            continue
        out.append(w)
    while out and (not out[-1].is_word or (len(out) > 1 and out[-1].key in anaphors())):
        out.pop()  # "رئیس جمهور این حضور را …": a determiner ends no speaker phrase
    if out and out[-1].key == "و":  # "… خبر داد و گفت": the phrase ran into a verb
        out.pop()
        while out and out[-1].key in _LIGHT_VERBS:
            out = out[:-2]
    return out


def _opens_complement(ws: list[Word], k: int, post: bool) -> bool:
    """Whether word ``k`` opens the complement of the verb ("دعوت از اساتید را", "نقش دولت را"):
    a complement noun followed by a preposition (not inside a post), or by "را" within four words."""
    if ws[k].key not in complements():
        return False
    nxt = ws[k + 1] if k + 1 < len(ws) else None
    if nxt is not None and nxt.key in _PREPOSITIONS and not post:
        return True
    return any(w.key == _OBJECT for w in ws[k + 1 : k + 5])


def read_subject(
    text: str,
    clause: tuple[int, int],
    known: Callable[[str], bool] = lambda k: False,
    tokens: Tokens | None = None,
) -> Subject:
    """The speaker phrase of the clause ``text[clause[0]:clause[1]]`` (ending at the cue verb).

    ``known(key)`` says whether a word is a name the article gives elsewhere (a surname).
    When the clause opens with a phrase that cannot be a speaker and a later comma-separated part
    opens with one (``دومین پرونده … بود، مرتضی ممیزی مدیرکل … گفت``), that part is read.
    """
    ws = tokens.between(*clause) if tokens is not None else words(text, *clause)
    also = any(w.key == _ALSO for w in ws)
    listed = bool(ws) and ws[0].text in _BULLETS
    if ws and ws[-1].key == _WHO:  # "… روایتی از پیامبر که فرمودند:": the one before "که"
        return _relative(text, ws, known)
    i = _skip_agency(ws, 0)
    i = _skip_credit(ws, i, known)
    for k in range(i + 1, len(ws)):  # "رویترز … به نقل از سمیر غضبان افزود": the one quoted
        if starts_with(ws, k, _QUOTING):
            if quoted := _phrase(ws, k + 3):
                i = k + 3
                e = ws.index(quoted[-1]) + 1
                if e + 1 < len(ws) and ws[e].text in _COMMAS and _speaker_like(ws, e + 1, known):
                    i = e + 1  # "… به نقل از روابط عمومی شهرداری، علی کریمی … گفت": a credit
            break
    while i < len(ws) and ws[i].is_word and ws[i].key in _OPENERS:
        i += 1
    if i < len(ws) and not _speaker_like(ws, i, known) and ws[i].key not in subject_stops():
        for k in range(i + 1, len(ws) - 1):
            if ws[k].text in _COMMAS and _ends_clause(ws[k - 1]) and _speaker_like(ws, k + 1, known):
                i = k + 1
                break
            if ws[k].key in roles() and _ends_clause(ws[k - 1]) and ws[k - 1].key.startswith(_PRESENT):
                # a digest: "* آسمان ایلام بارانی می‌شود مدیرکل هواشناسی ایلام گفت:": a headline
                # without a stop runs into the speaker of its item
                i = k
                break
    fronted = False
    if i < len(ws) and ws[i].key in subject_stops():
        k = _fronted(ws, i)
        fronted, i = k != i, k
    np = _phrase(ws, i)
    if np:  # "نیز" right after the speaker ("معاون … نیز در این مراسم گفت"), not deep in the clause
        end = ws.index(np[-1]) + 1
        also = any(w.key == _ALSO for w in ws[end : end + 3])
    media = _quoted_body(ws, i)
    if media is not None:  # '"آر.ان.ای" نوشت:': an outlet or body written in marks
        mention = _span(text, media)
        subject = Subject("organisation", mention, name=mention.text, also=also)
    else:
        subject = _classify(text, np, also, known, _quoted_name_length(ws, i))
        if np:
            end = ws.index(np[-1]) + 1
            subject = _with_apposition(text, ws, end, subject, known)
            if (
                subject.kind == "name"
                and subject.name_words
                and subject.name_words[0].key in given_names()
                and any(w.key == _OBJECT for w in ws[end : end + 2])
            ):
                # "علی احمدی طول خط را … اعلام کرد": the object's first words are not the name
                short = _name_words(subject.name_words)
                if short and len(short) < len(subject.name_words):
                    subject.name_words, subject.name = short, _span(text, short).text
    subject.fronted, subject.listed = fronted, listed
    return subject


def _with_apposition(
    text: str, ws: list[Word], k: int, subject: Subject, known: Callable[[str], bool]
) -> Subject:
    """The subject completed by a phrase set off by a comma right after it: a post after a name
    ("علی احمدی، نماینده مردم تبریز گفت") becomes its role; a name after a post ("رئیس دانشگاه
    تبریز، علی احمدی در نشست گفت") becomes the speaker, the post its role."""
    while k < len(ws) and ws[k].text in (")", "»", '"', "”"):
        k += 1
    if k + 1 >= len(ws) or ws[k].text not in ("،", ","):
        return subject
    second = _phrase(ws, k + 1)
    if not second:
        return subject
    if subject.kind == "name" and subject.role is None and second[0].key in roles():
        if second[0].key not in organisations() and second[0].key not in given_names():
            subject.role = _span(text, second).text
        return subject
    if subject.kind in ("role", "anonymous") and _name_start(ws, ws.index(second[0])):
        other = _classify(text, second, subject.also, known)
        if other.kind == "name" and other.role is None and other.name is not None:
            other.role = subject.role or (subject.mention.text if subject.mention else None)
            other.mention = (
                Mention(
                    text[subject.mention.start : other.mention.end], subject.mention.start, other.mention.end
                )
                if subject.mention and other.mention
                else other.mention
            )
            return other
    return subject


def _fronted(ws: list[Word], i: int) -> int:
    """Where the speaker phrase starts when the clause opens with an adverbial (``در ادامه این
    مراسم رضا نیکو، مسئول … گفت``): the first role word or given name not governed by a
    preposition or a speech noun (``با اشاره به سخنان رضا نیکو`` names someone else). ``i``
    itself (no speaker written) when there is none."""
    for k in range(i + 1, len(ws)):
        w = ws[k]
        if not w.is_word or w.key in pronouns():
            continue
        if w.key in roles() or w.key in given_names():
            prev = ws[k - 1]
            after_mark = prev.text in _CLAUSE_MARKS  # "در ادامه، رئیس …", "در نشست «…» رئیس …"
            if prev.key in _PREPOSITIONS or prev.key in _SPEECH_NOUNS or not (prev.is_word or after_mark):
                continue
            if w.key in given_names() and (k + 1 >= len(ws) or not ws[k + 1].is_word):
                continue
            return k
    return i


def _relative(text: str, ws: list[Word], known: Callable[[str], bool]) -> Subject:
    """The speaker of a cue in a relative clause: the noun phrase right after the preposition
    before "که" (``از پیامبر اکرم که فرمود``), or unknown (``… را می‌شنویم که فرمود``)."""
    k = len(ws) - 2
    seen = 0
    while k >= 0 and seen <= MAX_NAME_WORDS and ws[k].key not in _PREPOSITIONS:
        if ws[k].text in _COMMAS:
            break
        seen += ws[k].is_word and ws[k].key not in _HONORIFIC_SIGNS
        k -= 1
    if k < 0 or ws[k].key not in _PREPOSITIONS or k == len(ws) - 2:
        return Subject("unknown")
    subject = _classify(text, _phrase(ws[:-1], k + 1), False, known)
    subject.relative = True
    return subject


def _ends_clause(w: Word) -> bool:
    """Whether a word before a comma ends a clause of its own (a verb: "بود"، "شد"، "است" …)."""
    k = w.key
    return k in _CLAUSE_VERBS or k.endswith(("ند", "شد", "بود", "است", "شود", "کند", "دهد", "یابد", "رسد"))


def _speaker_like(ws: list[Word], i: int, known: Callable[[str], bool]) -> bool:
    """Whether a speaker phrase can start at word ``i``."""
    if i >= len(ws) or not ws[i].is_word:
        return False
    k = ws[i].key
    if k in pronouns() or k in given_names() or k in roles() or k in organisations() or known(k):
        return True
    if starts_with(ws, i, titles()) or starts_with(ws, i, anonymous()):
        return True
    return (
        k in anaphors()
        and i + 1 < len(ws)
        and (ws[i + 1].key in roles() or bool(starts_with(ws, i + 1, anonymous())))
    )


def _quoted_body(ws: list[Word], i: int) -> list[Word] | None:
    """The words in marks at ``i`` when they name a body, not a person: an acronym (dots inside)
    or a single word that is not a given name, and the marks close within five tokens."""
    if i >= len(ws) or ws[i].text not in ("«", '"', "“"):
        return None
    for k in range(i + 1, min(len(ws), i + 8)):
        if ws[k].text in ("»", '"', "”"):
            inside = ws[i + 1 : k]
            named = [w for w in inside if w.is_word]
            if not named or any(w.key in given_names() for w in named):
                return None
            if len(named) == 1 or any(w.text == "." for w in inside):
                return inside
            return None
    return None


def _quoted_name_length(ws: list[Word], i: int) -> int:
    """Words of a name written in marks at ``i`` ("«یولیا اوسوا» دکترای …"), else 0."""
    if i >= len(ws) or ws[i].text not in ("«", '"', "“"):
        return 0
    for k in range(i + 1, min(len(ws), i + 6)):
        if ws[k].text in ("»", '"', "”"):
            inside = ws[i + 1 : k]
            return len(inside) if 2 <= len(inside) <= 4 and all(w.is_word for w in inside) else 0
    return 0


def _classify(
    text: str, np: list[Word], also: bool, known: Callable[[str], bool], quoted: int = 0
) -> Subject:
    if not np:
        return Subject("none", also=also)
    first = np[0].key
    if first in not_speakers():
        return Subject("unknown", _span(text, np), also=also)
    if first in pronouns():
        return Subject("pronoun", _span(text, np[:1]), also=also)
    if starts_with(np, 0, anonymous()) or (
        len(np) > 1 and first in anaphors() and starts_with(np, 1, anonymous())
    ):
        return Subject("anonymous", _span(text, np), also=also)
    if first == _ONE and len(np) > 2 and np[1].key == _OF:  # "یکی از مقامات ارشد …": unnamed
        return Subject("anonymous", _span(text, np), also=also)
    if first in anaphors() and len(np) > 1:
        return Subject("anaphor", _span(text, np), role=_span(text, np[1:]).text, also=also)
    mention = _span(text, np)
    j = 0
    while j < len(np):
        if np[j].key == _IMAM and j + 1 < len(np) and np[j + 1].key not in _IMAM_POSTS:
            j += 1  # "امام خمینی" (a title), not "امام جمعه" (a post)
            continue
        if not (n := starts_with(np, j, titles())):
            break
        j += n
    body = np[j:]
    if not body:
        return Subject("role", mention, role=mention.text, also=also)
    if j > 0 and body[0].key in roles() and body[0].key not in organisations() and len(body) > 1:
        # a title is followed by a name ("حجت‌الاسلام قهرمان احمدی"), not by a post
        name_ws = _name_words(body[1:])
        name_ws = [body[0], *name_ws[: MAX_NAME_WORDS - 1]]
        rest = body[len(name_ws) :]
        role = _span(text, rest).text if rest and rest[0].key in roles() else None
        return Subject("name", mention, _span(text, name_ws).text, role, also, name_ws)
    if body[0].key not in given_names() and not known(body[0].key):
        # a role (or a phrase) first: a name may follow it ("مسئول بسیج … رضا رضوانی")
        for m in range(1, len(body)):
            t = m
            while t < len(body) and (n := starts_with(body, t, titles())):
                t += n
            if t < len(body) and body[t].key in given_names() and t + 1 < len(body):
                name_ws = _whole_name(body[t:]) or _name_words(body[t:])
                role = _span(text, body[:m]).text
                return Subject("name", mention, _span(text, name_ws).text, role, also, name_ws)
        if body[0].key in organisations():
            return Subject("organisation", mention, name=_span(text, body).text, also=also)
        if body[0].key in roles():
            return Subject("role", mention, role=_span(text, body).text, also=also)
    name_ws = _name_words(body)
    if quoted and j == 0 and len(body) >= quoted:  # a name in marks is a name whole
        rest = body[quoted:]
        role = _span(text, rest).text if rest and rest[0].key in roles() else None
        return Subject("name", mention, _span(text, body[:quoted]).text, role, also, body[:quoted])
    role_at = next((k for k, w in enumerate(body[:MAX_NAME_WORDS]) if w.key in roles()), None)
    if role_at:  # "خیرالله ابراهیمی امام جمعه فهرج": the words before the role are the name
        name_ws = body[:role_at]
    if len(body) > 1 and body[0].key not in given_names() and known(body[0].key + body[1].key):
        # "جزء قاسمی" written apart where the article writes "جزء‌قاسمی"
        rest = body[2:]
        role = _span(text, rest).text if rest and rest[0].key in roles() else None
        return Subject("name", mention, _span(text, body[:2]).text, role, also, body[:2])
    surname = known(body[0].key) and body[0].key not in given_names()
    if not surname and len(body) <= 3 and all(w.is_word and w.key not in roles() for w in body):
        name_ws = body  # a short phrase of its own: the whole name ("احسان صباغ", "سید راضی نوری")
    elif not surname and not role_at and _whole_name(body):
        name_ws = body  # four words from a given name to the phrase end: "محمد حسن اکبری مطلق"
    elif not surname and not role_at and body[0].key not in given_names() and len(body) > 3:
        # four words or more, no given name, no known surname: a description ("پیشکسوت تیم …")
        return Subject("role", mention, role=_span(text, body).text, also=also)
    if not name_ws:
        return Subject("role", mention, role=mention.text, also=also)
    if known(body[0].key) and body[0].key not in given_names():
        two = len(body) > 1 and (body[1].key in _SURNAME_TAILS or known(f"{body[0].key} {body[1].key}"))
        name_ws = body[: 1 + two]  # "پاشایی فام" when the article writes "رامین پاشایی فام"
    rest = body[len(name_ws) :]
    role = _span(text, rest).text if rest and rest[0].key in roles() else None
    return Subject("name", mention, _span(text, name_ws).text, role, also, name_ws)


def _whole_name(ws: list[Word]) -> list[Word] | None:
    """All of ``ws`` when they are one name to the end of the speaker phrase ("محمدباقر صابری
    زفرقندی" before the cue): a given name first, at most :data:`MAX_NAME_WORDS` words, none a
    post, body, title, stop or complement word; else None."""
    if not ws or len(ws) > MAX_NAME_WORDS or ws[0].key not in given_names():
        return None
    for w in ws[1:]:
        k = w.key
        if (
            not w.is_word
            or k in roles()
            or k in organisations()
            or k in subject_stops()
            or k in complements()
        ):
            return None
        if k in pronouns() or k in anaphors() or starts_with([w], 0, titles()):
            return None
    return ws


def _name_words(ws: list[Word]) -> list[Word]:
    """Given names, then the surname (one word, two when the second is a surname ending written
    apart: "رفیع زاده"), stopping early at a role or organisation word."""
    out: list[Word] = []
    names = given_names()
    for w in ws:
        if not w.is_word or w.key in roles() or w.key in organisations() or starts_with([w], 0, titles()):
            break
        if len(out) == MAX_NAME_WORDS:
            break
        if w.key == _ALLAH and out and out[-1].key in names:  # "عزت الله" written apart
            out.append(w)
            continue
        out.append(w)
        if w.key not in names:  # the surname
            break
    if out and out[-1].key not in names:
        k = ws.index(out[-1]) + 1
        if k < len(ws) and ws[k].is_word and ws[k].key in _SURNAME_TAILS:
            out.append(ws[k])
    return out
