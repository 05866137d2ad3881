"""English quotations attributed by role, and the Persian speakers whose post fits.

English papers often give a Persian statement to a post, not a name: "the manager of Abadan
airport said", "Basht's Friday prayer leader", "an American major", "the Brotherhood said" (its
spokesman's words). Names cannot match then; the post can. A role description matches a Persian
speaker of an article when

- every office or body it names (data list ``fa/role_translations``: "manager" = مدیر, "Friday
  prayer leader" = امام جمعه) is written in the posts the Persian article gives that speaker, and
- every other proper word of it ("Abadan", "Basht", "American") is one of the words of those
  posts in the Persian script (consonant skeletons, :mod:`refrain.crosslingual.names`), "Iran"
  and "Iranian" excepted (every Persian report is about Iran without saying so);
- and it holds a proper word, a field ("oil" in "the oil minister": data list, "field:") or a body:
  a bare "the minister" fits too many speakers to screen.

The model still decides among the candidates (:func:`refrain.crosslingual.link.link`); without
the model no link is made from a role.

>>> describes("the manager of Abadan airport", ["مدیر فرودگاه آبادان"])
True
>>> describes("the manager of Abadan airport", ["مدیر فرودگاه اهواز"])
False
>>> describes("the minister", ["وزیر نفت"])
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from refrain.text import lexicon, lexicon_lines, normalize

from .anchors import _patterns, anchors_en, anchors_fa
from .names import close, skeleton_fa, skeleton_latin

# proper words every Persian report leaves out, and words that open a description
_SKIPPED = frozenset(
    {"iran", "iran's", "iranian", "islamic", "republic", "the", "a", "an", "of", "its", "his", "her"}
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


@dataclass(frozen=True, slots=True)
class _Office:
    english: tuple[str, ...]  # lower case, longest first
    persian: tuple[str, ...]  # squashed (see _squash)
    body: bool
    field: bool = False  # a domain narrowing a post: "oil" of "the oil minister"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", normalize(text, "fa").text)


@cache
def _offices() -> tuple[_Office, ...]:
    out = []
    for line in lexicon_lines("fa", "role_translations"):
        if "=" not in line:
            continue
        body, field = line.startswith("org:"), line.startswith("field:")
        english, persian = line.removeprefix("org:").removeprefix("field:").split("=", 1)
        words = sorted((w.strip().lower() for w in english.split("|") if w.strip()), key=len, reverse=True)
        forms = tuple(_squash(p) for p in persian.split("|") if p.strip())
        out.append(_Office(tuple(words), forms, body, field))
    return tuple(out)


@cache
def _phrases() -> tuple[tuple[str, _Office], ...]:
    """Every English phrase of the data list with its office, longest first."""
    pairs = [(phrase, office) for office in _offices() for phrase in office.english]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


@dataclass(frozen=True, slots=True)
class Description:
    """What a role description asks of a Persian speaker's posts."""

    offices: tuple[_Office, ...]
    anchors: tuple[str, ...]  # skeletons of its other proper words
    places: frozenset[str] = frozenset()  # countries and places of the anchor list, by key
    place_skeletons: tuple[str, ...] = ()  # ... and the skeletons of the words naming them
    iranian: bool = False  # says the post is Iran's ("Iranian", "Iran's")

    @property
    def located(self) -> bool:
        """Whether it says whose post it is: then a Persian post of another country is not it."""
        return self.iranian or bool(self.places)

    @property
    def screens(self) -> bool:
        """Whether it narrows enough to screen on: a post, with a proper word, a place or a field
        ("the oil minister"), or a body named."""
        posts = [o for o in self.offices if not o.field]
        narrowed = bool(self.anchors) or bool(self.places) or len(posts) < len(self.offices)
        return any(o.body for o in posts) or (bool(posts) and narrowed)


@cache
def read_description(text: str) -> Description:
    """The offices and proper words of an English speaker description."""
    low = " " + text.lower().replace("’", "'") + " "
    offices: list[_Office] = []
    for phrase, office in _phrases():  # longest first: "head coach" before "head"
        hit = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low)
        if hit:
            if office not in offices:
                offices.append(office)
            low = low[: hit.start()] + " " * len(phrase) + low[hit.end() :]
    anchors: list[str] = []
    places: list[str] = []
    for m in _WORD.finditer(low):
        word = re.sub(r"'s?$", "", text[m.start() - 1 : m.end() - 1])
        if not word[:1].isupper() or word.lower() in _SKIPPED or word.lower() in _common_nouns():
            continue
        if anchors_en(word) & _place_keys():
            places.append(skeleton_latin(word))  # "Germany": translated (آلمان), compared by key
            continue
        skel = skeleton_latin(word)
        if len(skel) >= 3:
            anchors.append(skel)
    iranian = bool(re.search(r"\b(?:Iran|Iranian|Tehran)\b", text))
    return Description(
        tuple(offices), tuple(anchors), anchors_en(text) & _place_keys(), tuple(places), iranian
    )


@cache
def _place_keys() -> frozenset[str]:
    """The places of the anchor list (refrain.crosslingual.anchors): rows whose English forms are
    all capitalised ("Germany | Berlin"), not topics ("sanction")."""
    return frozenset(key for key, _, forms in _patterns()[1] if all(f[:1].isupper() for f in forms))


@cache
def _common_nouns() -> frozenset[str]:
    """Capitalised words of a post that a translation translates ("Ministry", "Airport")."""
    lists = ("post_common_nouns", "org_words", "roles")
    return frozenset(w for name in lists for w in lexicon("en", name))


def _anchor_in(skel: str, others: Iterable[str]) -> bool:
    """Whether a skeleton is one of ``others`` (the demonym's stem will do: "American")."""
    stem = _demonym_stem(skel)
    return any(close(skel, p) or close(stem, p) or close(skel, _demonym_stem(p)) for p in others)


class _Posts:
    """What a Persian speaker's posts hold: one squashed text (read for every speaker, to index
    them by office), and, read only for speakers a description is tried on, the skeletons of
    their words and the places of the anchor list they name."""

    def __init__(self, posts: list[str]) -> None:
        self.posts = posts
        self.squashed = "".join(_squash(p) for p in posts)

    @cached_property
    def skeletons(self) -> frozenset[str]:
        return frozenset(skeleton_fa(w) for p in self.posts for w in normalize(p, "fa").text.split())

    @cached_property
    def places(self) -> frozenset[str]:
        return anchors_fa(" ".join(self.posts)) & _place_keys()


def _fits(wanted: Description, held: _Posts) -> bool:
    if not all(any(form in held.squashed for form in o.persian) for o in wanted.offices):
        return False
    skeletons, places = held.skeletons, held.places
    if not all(_anchor_in(a, skeletons) for a in wanted.anchors) or not wanted.places <= places:
        return False
    if not wanted.located:
        return True  # "the Muslim Brotherhood": whose, the Persian post may say («… مصر»)
    # a country the Persian post names must be the English one's: "the Iranian foreign
    # minister" is not «وزیر امور خارجه برزیل», "the Iraqi one" not «… سوریه»
    # (a place's key is its Persian form: "US" is «آمریکا», whose skeleton the post holds)
    english = (*wanted.anchors, *wanted.place_skeletons, *(skeleton_fa(k) for k in wanted.places))
    countries = (p for p in skeletons if len(p) >= 3 and p in _country_skeletons())
    return places <= wanted.places and all(_anchor_in(p, english) for p in countries)


@cache
def _country_skeletons() -> frozenset[str]:
    """Consonant skeletons of countries and capitals (data list en/countries), Iran's left out."""
    iran = {skeleton_latin(w) for w in ("Iran", "Tehran")}
    return frozenset(skeleton_latin(c) for c in lexicon("en", "countries")) - iran


def describes(english: str, persian_posts: list[str]) -> bool:
    """Whether an English speaker description fits a Persian speaker with these posts (the
    speaker's roles in one article, and the speaker itself when it is a description)."""
    wanted = read_description(english)
    return wanted.screens and _fits(wanted, _Posts(persian_posts))


class PostIndex:
    """Persian speakers (any hashable key: an article and a speaker) by the offices their posts
    hold, to find those an English description fits without comparing it with every one."""

    def __init__(self, posts: dict[object, list[str]]) -> None:
        self._held = {k: _Posts(v) for k, v in posts.items() if v}
        self._by_office: dict[_Office, set[object]] = {}
        for office in _offices():
            self._by_office[office] = {
                k for k, held in self._held.items() if any(form in held.squashed for form in office.persian)
            }
        self._found: dict[str, list[object]] = {}

    def fitting(self, english: str) -> list[object]:
        """The speakers an English description fits (none when it does not screen)."""
        if english not in self._found:
            wanted = read_description(english)
            keys: list[object] = []
            if wanted.screens:
                pool = set.intersection(*(self._by_office[o] for o in wanted.offices))
                keys = [k for k in pool if _fits(wanted, self._held[k])]
            self._found[english] = sorted(keys, key=str)
        return self._found[english]


def _demonym_stem(skel: str) -> str:
    """ "American" -> the skeleton of "America" (mrkn -> mrk): Persian writes آمریکایی, whose
    skeleton drops the final ی."""
    return skel[:-1] if skel.endswith("n") and len(skel) > 3 else skel


__all__ = ["Description", "PostIndex", "describes", "read_description"]
