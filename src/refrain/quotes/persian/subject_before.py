"""Who a pronoun or "this official" stands for when nobody has spoken yet: the subject of the
paragraphs before ("سخنگوی وزارت دفاع … خبر داد. / به گفته وی، … / این مقام افزود: …")."""

from __future__ import annotations

from dataclasses import replace

from .phrase import plain_verb
from .resolve import Resolver
from .speaker import Subject, read_subject
from .speech import Speech, paragraphs
from .words import Tokens, Word, given_names, key, match_cue, words


def paragraph_subject(
    text: str,
    sp: Speech,
    speeches: list[Speech],
    resolver: Resolver,
    tokens: Tokens,
    anaphor: bool = False,
    *,
    any_full_name: bool = False,
) -> str | None:
    """Who "وی" stands for when nobody has spoken yet: the speaker-like subject opening the
    paragraph before (``یک منبع آگاه عراقی از … خبر داد. / وی افزود:``), a person or an unnamed
    source; for ``anaphor`` ("این مقام …") a person or a post, looking one paragraph further back
    past one that goes on with "وی" ("به گفته وی، …"). None when a paragraph holds a quotation or
    opens with anything else. A name is one whose first word is a known given name or was seen
    before; with ``any_full_name`` any name of two words or more ("کریستیانو رونالدو")."""
    assert sp.clause is not None
    here = sp.clause[0]
    for _ in range(_SUBJECT_PARAGRAPHS):
        here = text.rfind("\n", 0, here)
        if here <= 0:
            return None
        end = here
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        if end <= start or any(start <= o.start < end for o in speeches if o.kind == "direct"):
            return None
        if start == 0:
            return None  # the title: no sentence with a subject
        if anaphor and _goes_on(text, start):
            here = start  # "به گفته وی، …": the speaker of the paragraph before goes on
            continue
        stop = min((i for i in (text.find(c, start, end) for c in ".!؟?") if i >= 0), default=end)
        subject = read_subject(text, (start, stop), resolver.known, tokens)
        first = subject.name_words[0].key if subject.name_words else ""
        if (
            subject.kind == "name"
            and subject.name is not None
            and (
                first in given_names()
                or resolver.known(first)
                or (any_full_name and len(subject.name_words) > 1)
                # "… کوفی عنان پس از … اعلام کرد …": a foreign name the sentence has speak
                or (len(subject.name_words) > 1 and _speaks(tokens.between(start, stop)))
            )
            and (not anaphor or _short_post(subject.name))
        ):
            return resolver.fullest(subject.name_words, subject.name)
        if subject.kind == "anonymous" and subject.mention is not None:
            if not anaphor or _short_post(subject.mention.text):
                return subject.mention.text
        if anaphor and subject.kind == "role" and subject.role and _short_post(subject.role):
            # "سخنگوی وزارت دفاع هند … خبر داد. / … / این مقام افزود:": the post, or its holder
            return resolver.roles.get(subject.role_key or "") or subject.role
        return None
    return None


def marks_paragraph_speaker(text: str, sp: Speech, tokens: Tokens, resolver: Resolver) -> str | None:
    """Who a paragraph all in marks with no cue belongs to, from the paragraph before: a name line
    ("علی کریمی:"), or, for the article's first speaker, a named person's reported speech."""
    if sp.paragraph < 1:
        return None
    before = paragraphs(text)[sp.paragraph - 1]
    named = name_line_before(text, before, tokens, resolver)
    if named is None and resolver.current is None:
        named = after_reported_speech(text, sp, before, tokens)
    return named


def after_reported_speech(text: str, sp: Speech, before: tuple[int, int], tokens: Tokens) -> str | None:
    """Who a paragraph all in marks, the article's first quotation, belongs to: the named subject
    of the paragraph before when that paragraph reports speech ("توماس وردال … در مصاحبه‌ای اعلام
    کرده که …" / «…»): a cue verb before a "که", a name the article gives again. None otherwise (a
    poem's line, a slogan). ``before``: the paragraph before's bounds."""
    ws = tokens.between(*before)
    if not any(w.key == _THAT and _cue_before(ws[:k]) for k, w in enumerate(ws)):
        return None
    name = paragraph_subject(
        text, replace(sp, clause=(sp.start, sp.start)), [], Resolver(text, tokens), tokens, any_full_name=True
    )
    # a person the article names again (its title, a later cue), not words the subject reader ran into
    if name is None or text.count(name.split()[-1]) < 2:
        return None
    return name


_THAT = key("که")
_IS = Word("است", 0, 0, key("است"), True)


def name_line_before(text: str, before: tuple[int, int], tokens: Tokens, resolver: Resolver) -> str | None:
    """Who a paragraph all in marks belongs to when the paragraph before (its bounds ``before``) is
    only a name and a colon (an epigraph: "علی کریمی:" / «…»): that name, else None."""
    ps, pe = before
    line = text[ps:pe].rstrip()
    if not line.endswith(":") or sum(w.is_word for w in words(line)) > _NAME_LINE_WORDS:
        return None
    subject = read_subject(text, (ps, ps + len(line) - 1), resolver.known, tokens)
    if subject.kind != "name" or subject.name is None:
        return None
    return resolver.fullest(subject.name_words, subject.name)


_NAME_LINE_WORDS = 6  # "حضرت امام خمینی (ره):", a name with its titles


def _speaks(ws: list[Word]) -> bool:
    """Whether a cue verb ends some stretch of ``ws`` (the sentence reports speech)."""
    return any(_cue_before(ws[:k]) for k in range(2, len(ws) + 1))


def _cue_before(ws: list[Word]) -> bool:
    """A cue verb ends ``ws``, a perfect written without its "است" too ("اعلام کرده که")."""
    return bool(match_cue(ws) or (ws and ws[-1].key.endswith("ه") and match_cue([*ws, _IS])))


def refers_back(subject: Subject) -> bool:
    """ "وی" or "این مقام …": a subject pointing to someone named or posted before."""
    if subject.kind == "pronoun":
        return True
    m = subject.mention
    return subject.kind == "anaphor" and m is not None and key(m.text.split()[0]) == _THIS


_THIS = key("این")
_POST_WORDS = 8  # a post read longer than this ran into the clause


def _short_post(post: str) -> bool:
    """A post or description read whole: a few words, no verb ("نتایج این تحقیقات نشان می‌دهد")."""
    ws = [w for w in words(post) if w.is_word]
    plural = bool(ws) and ws[0].key.endswith(("ها", "های"))  # "باواریایی‌ها": a group, not "this official"
    return 0 < len(ws) <= _POST_WORDS and not plural and not any(plain_verb(w) for w in ws)


_SUBJECT_PARAGRAPHS = 2  # "X … خبر داد. / به گفته وی، … / وی افزود:": one paragraph going on between
_GOES_ON = tuple(" ".join(key(w) for w in g.split()) for g in ("به گفته وی", "به گفته این مقام", "وی", "او"))


def _goes_on(text: str, start: int) -> bool:
    """Whether a paragraph goes on with the speaker of the one before ("به گفته وی، …")."""
    head = " ".join(key(w.strip("،,:")) for w in text[start : start + 40].split()[:4])
    return any(head == g or head.startswith(g + " ") for g in _GOES_ON)
