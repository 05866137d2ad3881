"""Persian quotations and their speakers: colon speech, « » speech, and speakers resolved to names.

>>> q = find_persian("وزیر نیرو گفت: آب کافی است.\\n\\nبه گزارش خبرگزاری فارس، رضا احمدی افزود: برق هم هست.")
>>> [(x.text, x.speaker, x.role, x.cue) for x in q]
[('آب کافی است.', 'رضا احمدی', 'وزیر نیرو', 'گفت'), ('برق هم هست.', 'رضا احمدی', None, 'افزود')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention, Quote
from .document import OWN_REPORT, document_subject, names_document
from .people import described_after, fullest_names, indirect_speakers, named_person
from .phrase import ONE
from .resolve import Resolver
from .speaker import Subject, read_subject
from .speech import Speech, find_speech, paragraphs
from .subject_before import marks_paragraph_speaker, paragraph_subject, refers_back
from .words import Tokens, given_names, key, organisations, post_key, word_keys, words

__all__ = ["find_persian"]


def find_persian(text: str) -> list[Quote]:
    """Every quotation in Persian ``text`` (colon and marked speech, and « » names/terms as
    ``scare``), each attributed to the named person the article says spoke it."""
    if not text:
        return []
    tokens = Tokens(text)  # tokenised once for every step
    speeches = find_speech(text, tokens)
    resolver = Resolver(text, tokens)
    subjects: list[Subject | None] = [
        read_subject(text, sp.clause, resolver.known, tokens)
        if sp.kind == "direct" and sp.clause is not None and not sp.document
        else None
        for sp in speeches
    ]
    plural = [_plural(text, sp) for sp in speeches]
    indirect = indirect_speakers(text, tokens, resolver)
    out = []
    for n, (sp, subject) in enumerate(zip(speeches, subjects, strict=True)):
        speaker, role, mention = None, None, None
        if subject is not None and sp.clause is not None:
            _named_since(resolver, subject, indirect, speeches[n - 1].end if n else 0, sp.clause[0])
        if sp.document and sp.clause is not None:  # "در این بیانیه آمده است:": its author
            author = document_subject(text, sp.clause, resolver.known, tokens)
            if author is OWN_REPORT:
                continue
            speaker, role = _document_speaker(resolver, author)
            out.append(_quote(text, sp, speaker, role, author.mention if author else None))
            continue
        if (
            subject is not None
            and subject.mention is not None
            and (subject.kind == "anaphor" or names_document(subject.mention.text))
            and not sp.passive
        ):
            # "این بیانیه می‌افزاید: …": the document's author, as for "در این بیانیه آمده است:"
            author = document_subject(
                text, (subject.mention.start, subject.mention.end), resolver.known, tokens
            )
            if author is not None and author is not OWN_REPORT and _short(author):
                out.append(_quote(text, sp, *_document_speaker(resolver, author), subject.mention))
                continue
        if subject is None and sp.kind == "direct" and sp.clause is None:
            speaker = marks_paragraph_speaker(text, sp, tokens, resolver)  # "X:" line, reported speech
        if speaker is None and subject is None and sp.kind == "direct" and resolver.current_named:
            speaker = resolver.current  # a paragraph all in marks goes on with the last speaker
        if subject is not None and not sp.passive:
            if plural[n] and subject.kind in ("pronoun", "none") and resolver.current_plural is None:
                # an honorific plural after a singular speaker: someone else, named later
                speaker = _next_name(resolver, subjects, n, only=[i for i, p in enumerate(plural) if p])
            if speaker is None and subject.kind == "none":
                speaker = _sentence_before(text, sp, speeches, resolver, tokens)
            if speaker is None and refers_back(subject) and resolver.current is None:
                speaker = paragraph_subject(text, sp, speeches, resolver, tokens, subject.kind == "anaphor")
            if speaker is None:
                speaker, role = _resolve(resolver, subject, subjects, n, plural[n], sp.start)
            mention = subject.mention
            if subject.kind == "pronoun" and speaker is not None and named_person(speaker):
                resolver.people.add(speaker)  # "وی" read as a person named before: a named speaker
            if speaker is not None and not subject.relative and not _group(subject):
                resolver.current = speaker
                resolver.current_named = speaker in resolver.people
                if plural[n]:
                    resolver.current_plural = speaker
        out.append(_quote(text, sp, speaker, role, mention))
    # a post left unresolved whose holder the article names further on ("معاون … گفت: …" in the
    # lead, "ارژنگ عزیزی، معاون … افزود" later): that person
    out = [
        replace(q, speaker=resolver.roles[post_key(q.role)])
        if q.role is not None
        and q.speaker == q.role
        and resolver.roles.get(post_key(q.role), q.role) != q.role
        else q
        for q in out
    ]
    return fullest_names(_lead_repeated(text, out, resolver.people))


_LEAD_PARAGRAPHS = 2  # the title and the abstract
_SAME_WORDS = 0.8  # share of a lead quotation's words a later one must hold to be the same words
# ... and of its pairs of consecutive words: a long later quotation holds most common words by chance
_SAME_PAIRS = 0.6


def _lead_repeated(text: str, quotes: list[Quote], people: set[str]) -> list[Quote]:
    """A quotation of the lead whose speaker is not named ("یکی از مراجع تقلید گفت: …") said by
    the named person a later quotation with the same words is attributed to: the abstract repeats
    what the body quotes."""
    paras = paragraphs(text)
    if len(paras) <= _LEAD_PARAGRAPHS:
        return quotes
    lead_end = paras[_LEAD_PARAGRAPHS - 1][1]
    out = list(quotes)
    for i, q in enumerate(quotes):
        if q.start >= lead_end or q.kind != "direct" or q.speaker in people:
            continue
        mine, my_pairs = _word_keys_of(q.text), _word_pairs(q.text)
        if len(mine) < 3:
            continue
        for later in quotes[i + 1 :]:
            if later.kind == "direct" and later.speaker in people and later.start >= lead_end:
                same = len(mine & _word_keys_of(later.text)) >= _SAME_WORDS * len(mine)
                if same and len(my_pairs & _word_pairs(later.text)) >= _SAME_PAIRS * len(my_pairs):
                    out[i] = replace(q, speaker=later.speaker)
                    break
    return out


def _word_keys_of(text: str) -> set[str]:
    return {w.key for w in words(text) if w.is_word}


def _word_pairs(text: str) -> set[tuple[str, str]]:
    """The pairs of consecutive words of a text, by key."""
    keys = [w.key for w in words(text) if w.is_word]
    return set(zip(keys, keys[1:], strict=False))


_GROUPS = word_keys("quote_groups")


def _document_speaker(resolver: Resolver, author: Subject | None) -> tuple[str | None, str | None]:
    """A document's author as a speaker: a person by the fullest name, a post by the person who
    spoke with it before (else as written), a body or an unnamed source as written, "وی" the
    current speaker.
    The current speaker is left as it is: a document is no one who goes on speaking."""
    if author is None:
        return None, None
    if author.kind == "name" and author.name is not None:
        return resolver.fullest(author.name_words, author.name), author.role
    if author.kind == "role" and author.role is not None and author.role_key is not None:
        return resolver.roles.get(author.role_key) or author.role, author.role
    if author.kind == "pronoun":
        return resolver.current, None
    return author.name or (author.mention.text if author.mention else None), None


_AUTHOR_WORDS = 8  # an author read from an earlier mention longer than this ran into a clause


def _short(author: Subject) -> bool:
    return author.mention is None or len(author.mention.text.split()) <= _AUTHOR_WORDS


def _group(subject: Subject) -> bool:
    """Whether the speaker is a group ("کارشناسان منطقه"): a later "وی" is not them."""
    m = subject.mention
    return subject.kind == "anonymous" and m is not None and key(m.text.split()[0]) in _GROUPS


def _words_of(role: str | None) -> tuple[str, ...]:
    return tuple(key(w) for w in (role or "").split())


def _plural(text: str, sp: Speech) -> bool:
    """Whether the cue verb is plural ("فرمودند", "افزودند"): honorific for one revered speaker."""
    if sp.cue is None or sp.cue_end is None:
        return False
    return key(text[sp.cue.start : sp.cue_end]).endswith("ند")


def _resolve(
    resolver: Resolver,
    subject: Subject,
    subjects: list[Subject | None],
    n: int,
    plural: bool,
    at: int,
) -> tuple[str | None, str | None]:
    kind = subject.kind
    if kind == "name" and subject.name is not None and key(subject.name) in resolver.bodies:
        # "بلومبرگ گزارش داد" after "شبکه خبری بلومبرگ گزارش داد": the body, not a person
        return resolver.bodies[key(subject.name)], None
    if kind == "name":
        assert subject.name is not None
        name = resolver.fullest(subject.name_words, subject.name)
        resolver.people.add(name)
        if subject.role_key:
            # written next to the name: this post is theirs from here on, whoever it was given to
            # before by inference ("وزیر خارجه نورلند گفت" in the lead taken by the next speaker)
            resolver.roles[subject.role_key] = name
            resolver.post_words.setdefault(subject.role_key, _words_of(subject.role))
        return name, subject.role
    if kind == "unknown":
        return None, None
    if kind in ("organisation", "anonymous"):
        name = subject.name or (subject.mention.text if subject.mention else None)
        if kind == "organisation" and name and len(name.split()) == 1 and key(name) in resolver.marked_names:
            name = resolver.marked_names[key(name)]  # "«کاستیا» افزود" after "«اوریانو کاستیا»": a person
            resolver.people.add(name)
        elif kind == "organisation" and name and len(name.split()) > 1:
            resolver.bodies.setdefault(key(name.split()[-1]), name)
        return name, None
    if kind == "role":
        assert subject.role is not None and subject.role_key is not None
        name = (
            resolver.roles.get(subject.role_key)
            or resolver.apposition(subject.role)
            or _post_before_object(resolver, subject, at)
        )
        rival = name is None and resolver.rival_post(subject.role_key, _words_of(subject.role))
        if name is None:
            if resolver.current is None or subject.also or subject.fronted or rival:
                # a new post: the article names its holder next (or not at all)
                name = _next_name(resolver, subjects, n, through=("pronoun", "none"), for_post=True)
                if name is None and (subject.also or rival):
                    return subject.role, subject.role
                if name is None and resolver.current is None and not subject.listed and not plural:
                    # the lead's role, named in the next paragraph
                    name = resolver.named_after(at, post=_words_of(subject.role))
        if name is None and plural:  # "مقام معظم رهبری فرمودند": not the last (singular) speaker
            name = resolver.current_plural
        if name is None and resolver.current_named and not subject.listed and not plural:
            name = resolver.current
        if name is None:
            return subject.role, subject.role
        resolver.roles[subject.role_key] = name
        resolver.post_words.setdefault(subject.role_key, _words_of(subject.role))
        if name != subject.role:
            resolver.people.add(name)
        return name, subject.role
    # pronoun, anaphor, or no subject written: the speaker goes on
    name = resolver.current or resolver.named_before(at) or _next_name(resolver, subjects, n)
    if name is None and kind == "anaphor" and subject.mention is not None:
        if key(subject.mention.text.split()[0]) == ONE:
            # the lead's "یک افسر سابق …", named next with that post ("«جان کیریاکو» افسر سابق …")
            named = described_after(resolver, at, _words_of(subject.role))
            if named is not None:
                resolver.people.add(named)
                return named, subject.role
        return subject.mention.text, subject.role
    return name, subject.role if kind == "anaphor" else None


def _post_before_object(resolver: Resolver, subject: Subject, at: int) -> str | None:
    """The holder of a post read before whose words a role subject opens with, when the clause
    goes on to an object («رئیس مجمع … گفتمان‌های دفاع مقدس، … را … خواند و … تأکید کرد»: the
    object's words ran into the subject, which is the post named before)."""
    mention = subject.mention
    if mention is None or subject.role_key is None or not _OBJECT.search(resolver.text, mention.end, at):
        return None
    wanted = _words_of(subject.role)
    known = [
        (len(ws), k)
        for k, ws in resolver.post_words.items()
        if k in resolver.roles and 3 <= len(ws) < len(wanted) and wanted[: len(ws)] == ws
    ]
    return resolver.roles[max(known)[1]] if known else None


_OBJECT = re.compile(r"(?<!\S)را(?!\S)")


def _named_since(
    resolver: Resolver, subject: Subject, indirect: list[tuple[int, str]], after: int, before: int
) -> None:
    """A "وی" or "این مقام" after someone's indirect speech ("X … یادآور شد که …", no colon)
    since the last speech: X speaks now."""
    if subject.kind != "pronoun" and not _person_anaphor(subject):
        return
    named = [who for at, who in indirect if after <= at < before]
    if named and resolver.current and set(named[-1].split()) <= set(resolver.current.split()):
        return  # "کوهساری … اعلام کرد که" after "فرهاد منتصر کوهساری": the one speaking
    if named and (subject.kind == "pronoun" or named_person(named[-1])):  # "این مقام": named in full
        resolver.current, resolver.current_named = named[-1], True
        resolver.people.add(named[-1])


def _person_anaphor(subject: Subject) -> bool:
    """Whether an anaphor refers to a person ("این مقام روسی"), not a document ("این گزارش")."""
    # not "یک کارگزار": an indefinite post introduces someone (named next, if at all)
    return (
        subject.kind == "anaphor"
        and subject.mention is not None
        and key(subject.mention.text.split()[0]) != ONE
        and not names_document(subject.mention.text)
        and not any(key(w) in organisations() for w in subject.mention.text.split()[1:2])  # "این خبرگزاری"
    )


def _next_name(
    resolver: Resolver,
    subjects: list[Subject | None],
    n: int,
    only: list[int] | None = None,
    through: tuple[str, ...] | None = None,
    for_post: bool = False,
) -> str | None:
    """The name of the next speech whose speaker is named (a role that opens an article is
    usually named in the next paragraph); ``only``: among these speeches; ``through``: looking
    only past speeches whose speaker is of these kinds (so a list of roles is not read as one
    person); ``for_post``: naming a post, which a speaker brought in with "نیز" ("محمود فلاح مدیر
    جهاد … نیز گفت" after "فرماندار … گفت: …") does not hold: a further speaker."""
    for i in range(n + 1, len(subjects)):
        later = subjects[i]
        if later is None or (only is not None and i not in only):
            continue
        if through is not None and later.kind not in through and later.kind != "name":
            return None
        if later.kind == "name" and later.name is not None:
            if for_post and later.also:
                return None  # "محمود فلاح مدیر جهاد … نیز گفت": a further speaker, not the post's holder
            return resolver.fullest(later.name_words, later.name)
    return None


def _sentence_before(
    text: str, sp: Speech, speeches: list[Speech], resolver: Resolver, tokens: Tokens
) -> str | None:
    """The person named as the subject of the sentence right before a cue with no subject written,
    in the same paragraph and outside any quotation ("مریم نگاهش کرد و چیزی نگفت. بعد آرام گفت:"):
    the verb goes on with that sentence's subject."""
    assert sp.clause is not None
    clause = sp.clause[0]
    para = text.rfind("\n", 0, clause) + 1
    end = clause
    while end > para and text[end - 1] in " \u200c":
        end -= 1
    if end <= para or text[end - 1] not in ".!؟?":
        return None
    start = max(text.rfind(c, para, end - 1) for c in ".!؟?:") + 1
    start = max(start, para)
    if any(o.content[0] < end and start < o.content[1] for o in speeches if o is not sp):
        return None
    ws = [w for w in tokens.between(start, end) if w.is_word]
    if not ws or ws[0].key not in given_names():
        return None
    name_ws = ws[:1]
    second = ws[1].key if len(ws) > 1 else None
    if second is not None and second not in given_names() and len(resolver.positions.get(second, ())) > 1:
        name_ws = ws[:2]  # "علی احمدی … . سپس گفت": a surname the article writes again
    name = text[name_ws[0].start : name_ws[-1].end]
    return next((p for p in sorted(resolver.people) if p.startswith(name + " ")), None) or resolver.fullest(
        name_ws, name
    )


_OPENING, _CLOSING = "«“", "»”"


def _clean_name(name: str | None) -> str | None:
    """A speaker's name without a quotation mark left unpaired by the phrase it was read from:
    a closing mark ends the name ("رضا امینی» که" -> "رضا امینی") or, after one word that is no
    given name, closes the words before the speaker ("نورنا» روابط عمومی بانک" -> "روابط عمومی
    بانک"); an opening mark never closed is dropped ('روزنامه "الصباح' -> "روزنامه الصباح")."""
    if not name:
        return name
    for i, c in enumerate(name):
        if c in _CLOSING and not any(o in name[:i] for o in _OPENING):
            before, after = name[:i].strip(), name[i + 1 :].strip()
            one = len(before.split()) == 1 and key(before) not in given_names()
            return _clean_name(after if one and after else before) or None
    for mark in ('"', *_OPENING):
        if name.count(mark) % 2 == 1 and not (mark in _OPENING and _CLOSING[_OPENING.index(mark)] in name):
            name = " ".join(name.replace(mark, " ").split())
    return name or None


def _quote(text: str, sp: Speech, speaker: str | None, role: str | None, mention: Mention | None) -> Quote:
    s, e = sp.content
    speaker = _clean_name(speaker)
    return Quote(
        start=sp.start,
        end=sp.end,
        pieces=((s, e),),
        text=text[s:e],
        kind=sp.kind,
        speaker=speaker,
        speaker_mention=mention,
        role=role,
        organisation=None,
        cue=None if sp.cue is None or sp.cue_end is None else text[sp.cue.start : sp.cue_end],
        date=None,
        venue=None,
    )
