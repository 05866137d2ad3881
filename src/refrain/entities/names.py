"""Name normalisation: folding, transliteration skeletons, titles, acronyms, person vs organisation.

Pure functions of a name string; word lists are the text layer's data files (``refrain/text/data/en/``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from refrain.text import fold, lexicon, lexicon_lines

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "ʻ": "'"})
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*", re.UNICODE)
# Transliteration folds, applied in order to a lower-case ASCII name: they make the usual
# Persian/Arabic romanisation variants (Dialameh/Diyalameh, Mojahedin/Mujahedin,
# Organisation/Organization, Qasemi/Ghasemi) collapse onto one skeleton.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    (r"'s\b", ""),
    (r"'", ""),
    (r"-", " "),
    (r"iya", "ia"),
    (r"iy", "i"),
    (r"ey", "ei"),
    (r"ou", "u"),
    (r"oo", "u"),
    (r"ee", "i"),
    (r"aa", "a"),
    (r"kh", "k"),
    # Persian ق/غ is written q or gh (Qalibaf/Ghalibaf, Baqeri/Bagheri): one letter, and not k
    # (Bakeri, باکری, is another name)
    (r"gh", "q"),
    (r"w", "v"),
    (r"z", "s"),
    (r"o", "u"),
    (r"e", "i"),
    # the article of an Arabic compound, assimilated or not: Abdolreza = Abdorreza = Abdoreza;
    # its endings -oddin/-eddin/-uddin/-aldin and -ollah/-ullah/-allah: one ending each
    (r"\babdu(?=[rstdnz])", "abdul"),
    (r"(?<=[a-z]{3})(?:[aiu]|[au]l)d+in\b", "adin"),
    (r"(?<=[a-z]{3})[aiu]llah\b", "ullah"),
    (r"(.)\1", r"\1"),
)
_SKELETON_COMPILED = tuple((re.compile(p), r) for p, r in _SKELETON_RULES)
_ACRONYM_STOP = lexicon("en", "acronym_stop")


def _read_list(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in lexicon_lines("en", name))


@cache
def office_fields() -> frozenset[str]:
    """Words naming a ministry's field ("energy", "urban", "guidance"): no person's name opens with one."""
    return _read_list("office_fields")


@cache
def titles() -> frozenset[str]:
    """Honorifics and role words that may open a person's name ("President", "Ayatollah")."""
    return _read_list("name_titles")


@cache
def org_words() -> frozenset[str]:
    """Words that mark a name as an organisation ("Agency", "Council", "Mojahedin")."""
    return _read_list("org_words")


@lru_cache(maxsize=1 << 16)
def ascii_fold(name: str) -> str:
    """Lower-case, accents stripped, apostrophes unified, whitespace collapsed; Persian spellings
    folded (ي/ك -> ی/ک, ZWNJ and harakat dropped: refrain.text's Persian folding, which leaves
    Latin text alone).

    >>> ascii_fold("  Mohammad  Javad ZARIF ")
    'mohammad javad zarif'
    >>> ascii_fold("كاظم جلالي") == ascii_fold("کاظم جلالی")
    True
    """
    decomposed = unicodedata.normalize("NFKD", fold(name, "fa").translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def words(name: str) -> list[str]:
    """The words of a name, possessive "'s" kept on its word, punctuation dropped."""
    return _WORD.findall(name.translate(_APOSTROPHES))


@lru_cache(maxsize=1 << 16)
def skeleton(name: str) -> str:
    """A transliteration-insensitive key: the same for Dialameh and Diyalameh.

    >>> skeleton("Diyalameh") == skeleton("Dialameh")
    True
    >>> skeleton("People’s Mujahedin Organisation") == skeleton("People's Mojahedin Organization")
    True
    >>> skeleton("Hamed Hosseini") == skeleton("Hamid Hosseini"), skeleton("Nasser") == skeleton("Naser")
    (False, True)
    """
    apart = names_apart_by_vowel()
    parts = words(ascii_fold(name))
    if any(w in apart for w in parts):  # Hamed is not Hamid: such a word keeps a key of its own
        return " ".join(apart.get(w) or skeleton(w) for w in parts)
    folded = " ".join(parts)
    for pattern, replacement in _SKELETON_COMPILED:
        folded = pattern.sub(replacement, folded)
    return folded


@cache
def names_apart_by_vowel() -> dict[str, str]:
    """{spelling: key} of names_apart_by_vowel.txt: names the skeleton would join though they differ."""
    return {
        w: "=" + line.split()[0] for line in lexicon_lines("en", "names_apart_by_vowel") for w in line.split()
    }


_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,7}")


def strip_article(name: str) -> str:
    """Drop a leading "the" (the MEK, the Supreme Leader)."""
    return _ARTICLE.sub("", name.strip())


def split_title(name: str) -> tuple[str, list[str]]:
    """Split leading titles off a person's name: ("President Hassan Rouhani") -> ("Hassan Rouhani",
    ["president"]); a name made only of title words ("the Supreme Leader") is returned whole."""
    toks = strip_article(name).split()
    found: list[str] = []
    i = 0
    while i < len(toks) - 1:
        # the longest title that starts here (titles may be several words: "Brigadier General")
        for width in (3, 2, 1):
            phrase = ascii_fold(" ".join(toks[i : i + width])).rstrip(".")
            if i + width < len(toks) and phrase in titles():
                found.append(phrase)
                i += width
                break
        else:
            break
    return " ".join(toks[i:]), found


@dataclass(frozen=True, slots=True)
class _RunWords:
    roles: frozenset[str]
    titles: frozenset[str]
    org_words: frozenset[str]
    cuts: frozenset[str]  # any of the three, and words that open a post ("former", "deputy")


@cache
def _run_words() -> _RunWords:
    # The quote finder's lists (refrain.quotes.lexicon reads the same files): roles, honorifics and
    # organisation words as they open or close a run of capitalised words in running text.
    roles, titles, orgs = _read_list("roles"), _read_list("honorifics"), _read_list("org_words_quotes")
    return _RunWords(roles, titles, orgs, roles | titles | orgs | {"supreme", "former", "regime", "deputy"})


def split_name(words: list[str]) -> tuple[list[str], list[str], bool]:
    """Split a capitalised run of words in a text into (role/title words, name words, is_org).

    The cut is after the last role, title or organisation word ("Supreme Leader Ali Khamenei"),
    with "of" and the word after it kept in the role ("Minister of Intelligence Mahmoud Alavi");
    a run that is all role words with no title is an organisation. (``split_title`` takes titles
    off the front of a name already found.)

    >>> split_name(["Minister", "of", "Intelligence", "Mahmoud", "Alavi"])
    (['Minister', 'of', 'Intelligence'], ['Mahmoud', 'Alavi'], False)
    >>> split_name(["Minister", "of", "Roads", "and", "Urban", "Development", "Kaveh", "Rostami"])[1]
    ['Kaveh', 'Rostami']
    """
    lex = _run_words()
    lowered = [w.lower().rstrip(".") for w in words]
    cut = max((i for i, w in enumerate(lowered) if w in lex.cuts), default=-1)
    if cut < 0 and len(words) >= 3 and is_acronym(words[0]) and words[1][:1].isupper():
        cut = 0  # "(ambassador to the) UN Ali Vaez": a body's acronym before a two-word name
    head, tail = words[: cut + 1], words[cut + 1 :]
    # "Minister of Intelligence Ali Vaez", "Envoy for Yemen Ali Vaez", "Ambassador to Tarsk X"
    post = head[-1].lower() if head else ""
    if tail and (tail[0].lower() == "of" or (tail[0].lower() in ("for", "to") and post in lex.roles)):
        head, tail = head + tail[:2], tail[2:]
        if len(tail) == 1 and post in lex.org_words and post not in lex.roles | lex.titles:
            return [], words, True  # "Institute of Building Sciences": the body's name goes on
        while len(tail) > 2 and head[-1].lower() == "the" and tail[0].isupper():  # "to the UN Zhang Wei"
            head, tail = head + tail[:1], tail[1:]
        while tail and tail[0].lower() in office_fields() and head[-1].lower() != "the":
            head, tail = head + tail[:1], tail[1:]
        if len(tail) > 1 and tail[0].lower() == "and" and tail[1][:1].isupper():
            # "Minister of Roads and Urban Development Kaveh Rostami", "Ministry of Water and
            # Energy": the office's "and" and its field words stay in the role (one word at least)
            fields = office_fields()
            k = 2
            while k < len(tail) and tail[k].lower() in fields:
                k += 1
            head, tail = head + tail[:k], tail[k:]
    if not tail and head and not any(w.lower().rstrip(".") in lex.titles for w in head):
        return [], words, True
    return head, tail, False


def is_acronym(name: str) -> bool:
    """Two to seven capitals, dots allowed (MEK, PMOI, U.N.)."""
    return bool(_ACRONYM.fullmatch(name.strip()))


def acronym_key(name: str) -> str:
    return name.replace(".", "").upper()


def initials(name: str) -> set[str]:
    """Candidate acronyms of a long name, with and without its small words.

    >>> sorted(initials("Mujahedin-e Khalq"))
    ['MEK', 'MK']
    >>> "PMOI" in initials("People's Mojahedin Organization of Iran")
    True
    """
    parts = [p for p in re.split(r"[\s\-]+", ascii_fold(name)) if p]
    parts = [re.sub(r"'s$", "", p) for p in parts]
    parts = [p for p in parts if p and p[0].isalnum()]
    if len(parts) < 2:
        return set()
    all_letters = "".join(p[0] for p in parts).upper()
    content = "".join(p[0] for p in parts if p not in _ACRONYM_STOP).upper()
    return {all_letters, content}


def looks_like_org(name: str) -> bool:
    """An acronym, or a name holding an organisation word."""
    if is_acronym(name) or "/" in name:
        return True
    return any(w.lower() in org_words() for w in words(name))


@cache
def _noise_words() -> frozenset[str]:
    """Words the text sticks to a person's name: datelines, countries, weekdays, "Speaking", nationalities."""
    countries = frozenset(c for c in lexicon("en", "countries") if " " not in c)
    return (
        countries | lexicon("en", "weekdays") | lexicon("en", "speaker_not_names") | lexicon("en", "demonyms")
    )


@cache
def name_lead_words() -> frozenset[str]:
    """Words a capitalised run carries before a name, never a given name ("Affairs", "Senior", "Recently")."""
    return lexicon("en", "name_lead_words")


def _lead_noise(toks: list[str], noise: frozenset[str]) -> bool:
    """Whether the first of a name's words was stuck to it by the text: a dateline, country,
    weekday or office word; before a full name, an acronym or a body's name ("IAEA Kaveh Rostami",
    "Hezbollah Kaveh Rostami"), or the surname ("Rostami Kaveh Rostami")."""
    first, key = toks[0], ascii_fold(toks[0])
    if key.replace(".", "").strip(",;:") in noise | name_lead_words():
        return True
    if len(toks) < 3:
        return False
    return (
        (is_acronym(first) and not first.endswith(".")) or key in org_words() or key == ascii_fold(toks[-1])
    )


def trim_person(core: str) -> str:
    """A person's name without what the text stuck to it: leading datelines, countries, weekdays,
    office words and acronyms ("TEHRAN Saeed Khatibzadeh", "Thursday Zarif", "Legal Affairs Kaveh
    Rostami", "IAEA Kaveh Rostami"); a trailing country, "of ..." or lower-case word ("Zarif of
    Iran", "Zarif shortly"; not "al-Assad"). One word is always kept.

    >>> trim_person("TEHRAN Kaveh Rostami"), trim_person("Kaveh Rostami of Iran"), trim_person("Rostami")
    ('Kaveh Rostami', 'Kaveh Rostami', 'Rostami')
    """
    toks = core.split()
    noise = _noise_words()

    def is_noise(word: str) -> bool:
        return ascii_fold(word).replace(".", "").strip(",;:") in noise

    while len(toks) > 1 and _lead_noise(toks, noise):
        toks = toks[1:]
    if "of" in toks[1:]:  # "Zarif of Iran"; not "Chamber of Commerce Majid Hariri"
        cut = toks.index("of", 1)
        if all(is_noise(w) or w.lower() == "the" for w in toks[cut + 1 :]):
            toks = toks[:cut]
    while len(toks) > 1 and (is_noise(toks[-1]) or (toks[-1].isalpha() and toks[-1].islower())):
        if len(toks) == 2 and toks[-1][:1].isupper() and ascii_fold(toks[-1]) in lexicon("en", "demonyms"):
            break  # "Ali Bahraini": a surname like a nationality, not a lone "Ali" and a place
        toks = toks[:-1]
    if not any(
        w[:1].isupper() and not is_noise(w) and ascii_fold(w).rstrip(".") not in titles() for w in toks
    ):
        return core  # no name left ("Supreme Leader", "of Iran"): a role or a phrase, kept as written
    return " ".join(toks)


_HAS_DIGIT = re.compile(r"\d")


def trim_time(name: str) -> str:
    """A name without the time or numbering a text left before it ("00 BST police" -> "police",
    "5. Iranian media" -> "Iranian media"). One word is always kept."""
    toks = name.split()
    zones = lexicon("en", "time_zones")
    while len(toks) > 1 and (_HAS_DIGIT.search(toks[0]) or ascii_fold(toks[0]) in zones):
        toks = toks[1:]
    return " ".join(toks)


def has_name_word(core: str) -> bool:
    """Whether a person's name (titles off) holds a word that can be a name: not only office words,
    titles and lone letters ("Technology", "Legal Affairs", "Senior", "Q" of an interview)."""
    lead, known_titles = name_lead_words(), titles()
    return any(
        len(key := ascii_fold(w).rstrip(".")) > 1
        and not (w.isascii() and w.islower())  # "of" in "Minister of Information"
        and key not in lead
        and key.rsplit("-", 1)[-1] not in lead  # "Seoul-based"
        and key not in known_titles
        for w in words(core)
    )


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A mention's name taken apart for matching."""

    written: str  # as written, trimmed
    core: str  # without leading article and titles
    titles: tuple[str, ...]
    kind: str  # "person" | "org"
    tokens: tuple[str, ...]  # skeletons of the core's words
    key: str  # skeleton of the core
    cut: bool = False  # words the text stuck before the name were cut off ("Tehran Municipality")

    @property
    def surname(self) -> str:
        return self.tokens[-1] if self.tokens else ""

    @property
    def joined(self) -> str:
        """A person's full name's skeleton with its words run together ("Alireza" = "Ali Reza",
        "Amirabdollahian" = "Amir Abdollahian"); empty for a bare name or a body."""
        if self.kind != "person" or len(self.tokens) < 2:
            return ""
        return "".join(t.lstrip("=") for t in self.tokens)  # "Hamid Reza" = "Hamidreza"

    @property
    def first(self) -> str:
        return self.tokens[0] if len(self.tokens) > 1 else ""


@lru_cache(maxsize=1 << 16)
def parse(name: str, kind: str | None = None) -> ParsedName:
    """Take a name apart: titles, kind, transliteration skeleton."""
    written = " ".join(name.split())
    resolved_kind = kind or ("org" if looks_like_org(written) else "person")
    cut = False
    if resolved_kind == "org":
        core, found = trim_time(strip_article(written)), []
    else:
        core, found = split_title(written)
        trimmed = trim_person(core)
        if trimmed != core:  # "TEHRAN Foreign Minister Zarif": titles may follow the dropped word
            cut = trimmed.split()[:1] != core.split()[:1]  # words before the name, not after it
            core, more = split_title(trimmed)
            found = [*found, *more]
    toks = tuple(t for w in words(core) for t in skeleton(w).split())  # "Mohammad-Javad": two words
    key = skeleton(core)
    if resolved_kind == "person" and len(toks) > 1:
        given = tuple(given_name_key(t) for t in toks[:-1])
        if given != toks[:-1]:  # "Rob Varga" is keyed as "Robert Varga"
            toks = (*given, toks[-1])
            key = " ".join(toks)
    return ParsedName(written, core, tuple(found), resolved_kind, toks, key, cut)


@cache
def _given_name_keys() -> dict[str, str]:
    """{skeleton of a form: skeleton of the line's first form} of ``given_name_variants.txt``."""
    keys: dict[str, str] = {}
    for line in lexicon_lines("en", "given_name_variants"):
        forms = line.split()
        keys.update(dict.fromkeys((skeleton(f) for f in forms), skeleton(forms[0])))
    return keys


def given_name_key(token: str) -> str:
    """A given name's skeleton with its listed short forms and spellings brought to one
    (``given_name_variants.txt``: Rob and Robert, Ahmed and Ahmad); other words unchanged."""
    return _given_name_keys().get(token, token)
