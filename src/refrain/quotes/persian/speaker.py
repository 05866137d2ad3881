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
  person the article names with that post (demonstratives aside), else the last speaker (see
  :mod:`refrain.quotes.persian`); unresolved, the role as written;
* a **name**, possibly followed by a role: the fullest form of that name in the article
  (``زاهددوست`` -> ``علی زاهددوست``), titles (حجت‌الاسلام، دکتر …) left out.

The source credit is read in :mod:`.credit`, the words of a phrase (names, marks …) in :mod:`.phrase`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Mention
from .credit import skip_agency, skip_credit
from .fronted import fronted_start
from .phrase import (
    COMMAS,
    FROM_WORD,
    HONORIFIC_SIGNS,
    MAX_NAME_WORDS,
    OBJECT_MARK,
    PREPOSITIONS,
    SURNAME_TAILS,
    drop_one,
    ends_clause,
    has_verb,
    mention_of,
    name_at_start,
    name_starts,
    quoted_body,
    quoted_name_length,
    speaker_like,
    speaker_phrase,
    whole_name,
)
from .words import (
    Tokens,
    Word,
    anaphors,
    anonymous,
    given_names,
    key,
    kinship,
    not_speakers,
    organisations,
    post_key,
    pronouns,
    roles,
    starts_with,
    subject_stops,
    titles,
    word_keys,
    words,
)

_ALSO = key("نیز")
_OPENERS = word_keys("quote_openers")
_WHO = key("که")
_POUR = key("پور")
_IMAM = key("امام")
_IMAM_POSTS = word_keys("quote_imam_posts")
_PRESENT = key("می")  # "می‌شود": a present verb ends a headline
_ONE = key("یکی")
_BULLETS = {"-", "–", "*", "•", "▪"}
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
        return None if self.role is None else post_key(self.role)


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
    i = skip_agency(ws, 0)
    i = skip_credit(ws, i, known)
    for k in range(i + 1, len(ws)):  # "رویترز … به نقل از سمیر غضبان افزود": the one quoted
        if n := starts_with(ws, k, _QUOTING):  # three words, or two: "به‌نقل از"
            if quoted := speaker_phrase(ws, k + n):
                i = k + n
                e = ws.index(quoted[-1]) + 1
                if e + 1 < len(ws) and ws[e].text in COMMAS and _speaker_after(ws, e + 1, known):
                    i = e + 1  # "… به نقل از روابط عمومی شهرداری، علی کریمی … گفت": a credit
            break
    while i < len(ws) and ws[i].is_word and ws[i].key in _OPENERS:
        i += 1
    i = _restart(ws, i)
    if i < len(ws) and not speaker_like(ws, i, known) and ws[i].key not in subject_stops():
        for k in range(i + 1, len(ws) - 1):
            if ws[k].text in COMMAS and ends_clause(ws[k - 1]) and speaker_like(ws, k + 1, known):
                i = k + 1
                break
            if ws[k].key in roles() and ends_clause(ws[k - 1]) and ws[k - 1].key.startswith(_PRESENT):
                # a digest: "* دمای کوهسار پایین می‌آید مدیرکل هواشناسی کوهسار گفت:": a headline
                # without a stop runs into the speaker of its item
                i = k
                break
    fronted = False
    if i < len(ws) and ws[i].key in subject_stops():
        k = fronted_start(ws, i, known)
        fronted, i = k != i, k
    np = speaker_phrase(ws, i)
    if np:  # "نیز" right after the speaker ("معاون … نیز در این مراسم گفت"), not deep in the clause
        end = ws.index(np[-1]) + 1
        also = any(w.key == _ALSO for w in ws[end : end + 3])
    media = quoted_body(ws, i)
    if media is not None:  # '"آر.ان.ای" نوشت:': an outlet or body written in marks
        mention = mention_of(text, media)
        subject = Subject("organisation", mention, name=mention.text, also=also)
    else:
        subject = _classify(text, np, also, known, quoted_name_length(ws, i))
        if np:
            end = ws.index(np[-1]) + 1
            subject = _with_apposition(text, ws, end, subject, known)
            if (
                subject.kind == "name"
                and subject.name_words
                and subject.name_words[0].key in given_names()
                and any(w.key == OBJECT_MARK for w in ws[end : end + 2])
            ):
                # "علی احمدی طول خط را … اعلام کرد": the object's first words are not the name
                short = name_at_start(subject.name_words)
                if short and len(short) < len(subject.name_words):
                    subject.name_words, subject.name = short, mention_of(text, short).text
    subject.fronted, subject.listed = fronted, listed
    return subject


def _restart(ws: list[Word], i: int) -> int:
    """Where the speaker phrase starts past a clause that opened before it: the pronoun or name after
    "که" ("X از Y پرسید که وی در پاسخ گفت": not the one who asked; not "که او را …", an object),
    the words after "اما" when a concessive opens the clause ("علی‌رغم ادعای X اما یک کارگزار …"),
    those after "این در حالی است که"."""
    for k in range(len(ws) - 2, i - 1, -1):
        if ws[k].key == _WHO and ws[k + 1].key in pronouns():
            if k + 2 == len(ws) or ws[k + 2].key != OBJECT_MARK:
                return k + 1
        if (
            ws[k].key == _WHO
            and (ws[k + 1].key in given_names() or quoted_name_length(ws, k + 1) > 0)
            and all(w.key != OBJECT_MARK and w.text not in COMMAS for w in ws[k + 1 :])
        ):
            # "موضوع را پیگیر شدیم که «علی رضایی» معاون … گفت": a name after "که" speaks (not
            # "X که علی رضایی را دید گفت", an object; not "با اشاره به این که «X» … بوده است، گفت",
            # a clause of its own before the comma)
            return k + 1
    if n := starts_with(ws, i, _MEANWHILE):  # "این در حالی است که X گفت": X
        return i + n
    if i < len(ws) and starts_with(ws, i, _CONCESSIVES):
        return next((k + 1 for k in range(i + 1, len(ws) - 1) if ws[k].key in _BUT), i)
    return i


_CONCESSIVES = tuple((key(w),) for w in ("علی‌رغم", "علیرغم", "به‌رغم", "باوجود", "اگرچه", "هرچند")) + (
    (key("با"), key("وجود")),
    (key("علی"), key("رغم")),
)
_MEANWHILE = tuple(tuple(key(w) for w in p.split()) for p in ("این در حالی است که", "این در حالیست که"))
_BUT = frozenset(key(w) for w in ("اما", "ولی", "لیکن"))


def _speaker_after(ws: list[Word], i: int, known: Callable[[str], bool]) -> bool:
    """Whether a speaker phrase starts at ``i``, a name written in marks included ("«پیتر هالوران»")."""
    return speaker_like(ws, i, known) or quoted_name_length(ws, i) > 0


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
    second = speaker_phrase(ws, k + 1)
    if not second:
        return subject
    if subject.kind == "name" and subject.role is None and second[0].key in roles():
        if second[0].key not in organisations() and second[0].key not in given_names():
            subject.role = mention_of(text, second).text
        return subject
    if subject.kind in ("role", "anonymous") and name_starts(ws, ws.index(second[0])):
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


def _relative(text: str, ws: list[Word], known: Callable[[str], bool]) -> Subject:
    """The speaker of a cue in a relative clause: the noun phrase right after the preposition
    before "که" (``از پیامبر اکرم که فرمود``), or unknown (``… را می‌شنویم که فرمود``)."""
    k = len(ws) - 2
    seen = 0
    while k >= 0 and seen <= MAX_NAME_WORDS and ws[k].key not in PREPOSITIONS:
        if ws[k].text in COMMAS:
            break
        seen += ws[k].is_word and ws[k].key not in HONORIFIC_SIGNS
        k -= 1
    if k < 0 or ws[k].key not in PREPOSITIONS or k == len(ws) - 2:
        return Subject("unknown")
    subject = _classify(text, speaker_phrase(ws[:-1], k + 1), False, known)
    subject.relative = True
    return subject


def _classify(
    text: str, np: list[Word], also: bool, known: Callable[[str], bool], quoted: int = 0
) -> Subject:
    if not np:
        return Subject("none", also=also)
    first = np[0].key
    if first in not_speakers() or has_verb(np[1:]):  # "موافقت کردیم بیاید … گفت": a clause, no name
        return Subject("unknown", mention_of(text, np), also=also)
    if first in pronouns():
        return Subject("pronoun", mention_of(text, np[:1]), also=also)
    if _unnamed(np):
        return Subject("anonymous", mention_of(text, np), also=also)
    if first in anaphors() and len(np) > 1:
        return Subject("anaphor", mention_of(text, np), role=mention_of(text, np[1:]).text, also=also)
    mention = mention_of(text, np)
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
        name_ws = name_at_start(body[1:])
        name_ws = [body[0], *name_ws[: MAX_NAME_WORDS - 1]]
        rest = body[len(name_ws) :]
        role = mention_of(text, rest).text if rest and rest[0].key in roles() else None
        return Subject("name", mention, mention_of(text, name_ws).text, role, also, name_ws)
    if body[0].key not in given_names() and not known(body[0].key) and body[0].key != _POUR:
        # a role or phrase first, a name may follow ("مسئول بسیج … رضا رضوانی"); "پور سید …" is a name
        for m in range(1, len(body)):
            if body[m].key in kinship():  # "… پدر شهیدان رضا و مهدی …": the relatives' names
                break
            t = m
            while t < len(body) and (n := starts_with(body, t, titles())):
                t += n
            if body[0].key in organisations() and _after_imam(body, t):
                continue  # "سپاه امام حسن عسکری …", "بیمارستان امام رضا": a body named after an imam
            if t < len(body) and body[t].key in given_names() and t + 1 < len(body):
                name_ws = whole_name(body[t:]) or name_at_start(body[t:])
                role = mention_of(text, body[:m]).text
                return Subject("name", mention, mention_of(text, name_ws).text, role, also, name_ws)
        if body[0].key in organisations():
            return Subject("organisation", mention, name=mention_of(text, body).text, also=also)
        if body[0].key in roles():
            return Subject("role", mention, role=mention_of(text, body).text, also=also)
    name_ws = name_at_start(body)
    if quoted and j == 0 and len(body) >= quoted:  # a name in marks is a name whole
        rest = body[quoted:]
        role = mention_of(text, rest).text if rest and rest[0].key in roles() else None
        return Subject("name", mention, mention_of(text, body[:quoted]).text, role, also, body[:quoted])
    if len(body) > 1 and _surname_as_role(body, 1):  # "خسرو دانشجو …": the surname, not "student"
        return _occupation_surname(text, body, mention, also)
    role_at = next((k for k, w in enumerate(body[:MAX_NAME_WORDS]) if _post(w)), None)
    if role_at:  # "خیرالله ابراهیمی امام جمعه فهرج": the words before the role are the name
        name_ws = drop_one(body[:role_at], end=True)
    if len(body) > 1 and body[0].key not in given_names() and known(body[0].key + body[1].key):
        # "جزء قاسمی" written apart where the article writes "جزء‌قاسمی"
        return _name_first(text, body, 2, mention, also, _is_role)
    surname = known(body[0].key) and body[0].key not in given_names()
    if not surname and len(body) <= 3 and all(w.is_word and w.key not in roles() for w in body):
        name_ws = body  # a short phrase of its own: the whole name ("احسان صباغ", "سید راضی نوری")
    elif not surname and not role_at and whole_name(body):
        name_ws = body  # four words from a given name to the phrase end: "محمد حسن اکبری مطلق"
    elif not surname and not role_at and body[0].key not in given_names() and len(body) > 3:
        # four words or more, no given name, no known surname: a description ("پیشکسوت تیم …")
        return Subject("role", mention, role=mention_of(text, body).text, also=also)
    if not name_ws:
        return Subject("role", mention, role=mention.text, also=also)
    if known(body[0].key) and body[0].key not in given_names():
        name_ws = _surname_first(body, known)
    rest = drop_one(body[len(name_ws) :], end=False)  # "… یک مقام پلیس": the post after "a"
    role = mention_of(text, rest).text if rest and _post(rest[0]) else None
    return Subject("name", mention, mention_of(text, name_ws).text, role, also, name_ws)


def _surname_first(body: list[Word], known: Callable[[str], bool]) -> list[Word]:
    """The name opening a phrase whose first word the article gives as a surname: one word, or
    two: "پاشایی فام" when the article writes "رامین پاشایی فام", "وینگو بگوویچ" when it writes
    each word alone (a given name the lists do not hold)."""
    pair = f"{body[0].key} {body[1].key}" if len(body) > 1 else ""
    two = (
        bool(pair)
        and not _post(body[1])  # "رضایی رئیس …" written before too: a surname and a post
        and (body[1].key in SURNAME_TAILS or known(pair) or (len(body) == 2 and known(body[1].key)))
    )
    return body[: 1 + two]


def _after_imam(body: list[Word], t: int) -> bool:
    """Whether the word at ``t`` is one of the given names right after "امام" ("امام حسن عسکری")."""
    p = t - 1
    while p > 0 and body[p].key in given_names():
        p -= 1
    return body[p].key == _IMAM


def _unnamed(np: list[Word]) -> bool:
    """Whether a phrase describes someone it does not name: "این منبع آگاه", "یکی از مقامات
    ارشد …", or a kin word first ("مادر شهید کامران نیک‌پور": the mother, not the man named)."""
    first = np[0].key
    if starts_with(np, 0, anonymous()) or (
        len(np) > 1 and first in anaphors() and starts_with(np, 1, anonymous())
    ):
        return True
    return (first == _ONE and len(np) > 2 and np[1].key == FROM_WORD) or (first in kinship() and len(np) > 1)


def _occupation_surname(text: str, body: list[Word], mention: Mention, also: bool) -> Subject:
    """A given name and an occupation that is its surname: the name runs to the next post ("سعید
    قاضی مغربی رئیس …": a surname of two words)."""
    cut = next((k for k in range(2, min(len(body), MAX_NAME_WORDS)) if _post(body[k])), 2)
    return _name_first(text, body, cut, mention, also, _post)


def _name_first(
    text: str, body: list[Word], cut: int, mention: Mention, also: bool, post: Callable[[Word], bool]
) -> Subject:
    """The first ``cut`` words of ``body`` as a name, and the words after them as its role when
    ``post`` says they open one."""
    name_ws, rest = body[:cut], body[cut:]
    role = mention_of(text, rest).text if rest and post(rest[0]) else None
    return Subject("name", mention, mention_of(text, name_ws).text, role, also, name_ws)


def _is_role(w: Word) -> bool:
    return w.key in roles()


def _surname_as_role(body: list[Word], k: int) -> bool:
    """Whether the post word at ``k`` is a surname: one of the occupations that are common surnames,
    right after a given name written alone ("خسرو دانشجو", not "دانشجو" after a full name)."""
    return k == 1 and body[0].key in given_names() and body[1].key in word_keys("surnames_as_roles")


def _post(w: Word) -> bool:
    """Whether a word after a name opens its description: a post, or a kin word ("فرزند …")."""
    return w.key in roles() or w.key in kinship()
