"""The people of one article: full names, posts and the speaker a pronoun or a post stands for.

:class:`Resolver` holds what the article says about who is who (surnames written after given names,
names written next to posts, names in marks before a post) and what the speeches so far have
established (the current speaker, the person behind each post), for
:func:`refrain.quotes.persian.find_persian` to resolve each speech's speaker phrase.
"""

from __future__ import annotations

import re

from .lone_given import lone_given
from .phrase import (
    HONORIFIC_SIGNS,
    MAX_NAME_WORDS,
    PREPOSITIONS,
    QUOTED_NAME,
    cue_start,
    ends_clause,
    name_at_start,
    not_surname_words,
    plain_verb,
    surname_like,
)
from .words import (
    Tokens,
    Word,
    anaphors,
    colon_follows,
    compound_given,
    given_names,
    key,
    match_cue,
    not_speakers,
    organisations,
    pronouns,
    roles,
    starts_with,
    subject_stops,
    title_heads,
    titles,
    word_keys,
    words,
)


class Resolver:
    """Turns the subjects of an article's speeches, in order, into speaker names."""

    def __init__(self, text: str, tokens: Tokens | None = None) -> None:
        self.text = text
        self.ws = [w for w in (tokens or Tokens(text)).all if w.is_word]
        self.current: str | None = None
        self.current_named = False  # whether ``current`` is a person's name (not a role, not a body)
        self.people: set[str] = set()  # names of the people who spoke so far
        self.bodies: dict[str, str] = {}  # last word key of a body that spoke -> its name ("بلومبرگ")
        self.current_plural: str | None = None  # the last speaker of an honorific plural cue
        self.roles: dict[str, str] = {}
        self.post_words: dict[str, tuple[str, ...]] = {}  # role key -> its words (keys)
        self.full: dict[str, str] = {}
        names = given_names()
        self.positions: dict[str, list[int]] = {}  # word key -> indexes in ``ws``
        for i, w in enumerate(self.ws):
            self.positions.setdefault(w.key, []).append(i)
        self.surnames = {  # not a post or a body's head (a given name before "سپاه" makes no surname "سپاه")
            b.key
            for a, b in zip(self.ws, self.ws[1:], strict=False)
            if a.key in names
            and b.key not in names
            and (b.key not in not_surname_words() or b.key in word_keys("surnames_as_roles"))
            and self._adjacent(a, b)
        }
        # a name in marks right before a role ("«طارق الهاشمی» معاون رئیس جمهور"): a person
        # (with evidence: a given name inside, or the marks open the clause: "در نشست «آینده آب»
        # رئیس …" names an event; no acronym, no body)
        self.quoted_names = [
            (m.start(1), m.group(1).strip())
            for m in QUOTED_NAME.finditer(text)
            if 2 <= len(m.group(1).split()) <= 3
            and key(m.group("post")) in roles()
            and _person_in_marks(text, m)
        ]
        # a name of two or three words in marks ("«اوریانو کاستیا»"): its last word, written alone
        # later, is that person's surname
        self.marked_names: dict[str, str] = {}
        self.marked_spans: list[tuple[int, int, str]] = []  # (start, end, name) of each
        for m in _IN_MARKS.finditer(text):
            inside = words(m.group(1))
            if 2 <= len(inside) <= 3 and all(w.is_word and _plain(w) for w in inside):
                self.marked_names.setdefault(inside[-1].key, m.group(1).strip())
                self.marked_spans.append((m.start(), m.end(), m.group(1).strip()))
        self.surname_pairs = {
            f"{b.key} {c.key}"
            for a, b, c in zip(self.ws, self.ws[1:], self.ws[2:], strict=False)
            if a.key in names and b.key not in names and self._adjacent(a, b) and self._adjacent(b, c)
        }
        # a name set off before a post at a clause start ("بوش، رئیس جمهور آمریکا از …"): a person
        self.set_off_names = [
            (found[0].start, self.text[found[0].start : found[-1].end])
            for i, w in enumerate(self.ws)
            if w.key in roles() and (found := self._set_off(i, 1))
        ]
        # a word alone opening a paragraph before "در …"/"با …" ("جادری در ادامه افزود") or
        # before a cue and its colon ("جادری متذکر شد:")
        not_names = pronouns() | roles() | organisations() | anaphors() | subject_stops() | not_speakers()
        for i, (a, b) in enumerate(zip(self.ws, self.ws[1:], strict=False)):
            opens = a.start == 0 or "\n" in text[max(0, a.start - 3) : a.start]
            if not opens or a.key in not_names or not self._adjacent(a, b):
                continue
            if b.key in PREPOSITIONS or self._cue_at(i + 1):
                self.surnames.add(a.key)

    def _cue_at(self, i: int) -> bool:
        """Whether the words from ``i`` are a cue verb right before a colon."""
        for n in range(1, 4):
            if i + n > len(self.ws):
                break
            if colon_follows(self.text, self.ws[i + n - 1].end):
                return match_cue(self.ws[i : i + n]) == n
        return False

    def named_before(self, at: int) -> str | None:
        """The last person named (a given name, then a surname; a name in marks or set off before
        a post) before offset ``at``."""
        names = given_names()
        quoted = sorted((s, name) for s, name in [*self.quoted_names, *self.set_off_names] if s < at)
        for i in range(len(self.ws) - 2, -1, -1):
            a, b = self.ws[i], self.ws[i + 1]
            if b.end > at:
                continue
            if quoted and quoted[-1][0] > b.end:
                return quoted[-1][1]
            marked = self.text[a.start - 1 : a.start] in '«"' and self.text[b.end : b.end + 1] in '»"'
            if a.key in names and (surname_like(b) or marked) and self._adjacent(a, b):
                return self.fullest([a, b], self.text[a.start : b.end])  # "«کاوه مهری»": marks make it one
        return quoted[-1][1] if quoted else None

    def rival_post(self, role_key: str, role_words: tuple[str, ...]) -> bool:
        """Whether the current speaker holds another post of the same kind ("سرمربی راه آهن" for
        "سرمربی سپاهان"): same head word, and neither post's words hold the other's."""
        for post, who in self.roles.items():
            if who != self.current or post == role_key:
                continue
            words_a, words_b = self.post_words.get(post, ()), role_words
            if not words_a or not words_b or words_a[0] != words_b[0]:
                continue
            if words_a[-1] == words_b[-1]:  # "مدیرعامل شرکت آبفای استان زنجان" / "… آب و فاضلاب استان زنجان"
                continue
            short, long = sorted((set(words_a), set(words_b)), key=len)
            if not short <= long:
                return True
        return False

    def named_after(self, at: int, within: int = 800, post: tuple[str, ...] = ()) -> str | None:
        """The first person named at the start of a clause after offset ``at`` (within
        ``within`` characters): "ROLE گفت: …" then "به گزارش …، NAME امروز در … گفت" without a colon;
        not one written right after the name with a post of another head than ``post`` (its word keys)."""
        names = given_names()
        title_words = {t[-1] for t in titles()}
        for i in range(1, len(self.ws) - 1):
            a, b = self.ws[i], self.ws[i + 1]
            if a.start <= at:
                continue
            if a.start - at > within:
                break
            if a.key not in names or b.key in names or b.key in roles() or not self._adjacent(a, b):
                continue
            if b.key in HONORIFIC_SIGNS:  # "حضرت معصومه (س)": a holy figure, not a speaker
                continue
            if (
                post
                and i + 2 < len(self.ws)
                and self.ws[i + 2].key in roles()
                and self.ws[i + 2].key != post[0]
            ):
                continue  # "رضا فرهمند فرماندار تارسک" holds another post than "استاندار تارسک"
            p = i  # "سید احمد خاتمی": a given name that is also a title ("سید") opens the name
            if p > 1 and self.ws[p - 1].key in _TITLE_NAMES and self._adjacent(self.ws[p - 1], a):
                p -= 1
            prev = self.ws[p - 1]
            if prev.key in _DEAD:  # "مرحوم علی …", "شهید …": named, not speaking
                continue
            gap = self.text[prev.end : self.ws[p].start]
            if "\n" in gap or any(c in gap for c in "،,:") or prev.key in title_words:
                end = i + 2  # "امیر قلعه نویی": a surname of two words the article also writes alone
                if end < len(self.ws) and self._surname_pair(b, self.ws[end]):
                    end += 1
                return self.fullest(self.ws[p:end], self.text[self.ws[p].start : self.ws[end - 1].end])
        return None

    def known(self, word_key: str) -> bool:
        """Whether the article writes this word (or these two words, "a b") after a given name
        somewhere: a surname."""
        return word_key in self.surnames or word_key in self.surname_pairs

    def fullest(self, name_ws: list[Word], name: str) -> str:
        """The fullest form of a name in the article: the name of an earlier speaker that ends
        with it, else given names written before it elsewhere ("رضوانی" -> "رضا رضوانی"), the
        occurrence nearest before this mention first."""
        k = "".join(w.key for w in name_ws)
        if k in self.full:
            return self.full[k]
        for full_key, full in self.full.items():
            if full_key.endswith(k) and len(full_key) > len(k) and full in self.people:
                self.full[k] = full
                return full
        keys = [w.key for w in name_ws]
        for person in sorted(self.people, key=lambda p: (p != self.current, p)):
            # "صابری" after "محمدباقر صابری زفرقندی" spoke: the surname inside a speaker's name
            words_of = [key(w) for w in person.split()]
            runs = (
                "".join(words_of[p:q])
                for p in range(1, len(words_of))
                for q in range(p + 1, len(words_of) + 1)
            )
            if k in runs:  # written apart or together: "جزء قاسمی" / "جزء‌قاسمی"
                self.full[k] = person
                return person
        if len(keys) == 1 and keys[0] not in given_names():
            # "زوران" after "زوران میتکوویچ" spoke: a given name the lists lack, written alone
            opened = [p for p in self.people if " " in p and key(p.split()[0]) == keys[0]]
            if len(opened) == 1:
                self.full[k] = opened[0]
                return opened[0]
        at = name_ws[0].start
        names = given_names()
        before: tuple[int, str] | None = None
        after: tuple[int, str] | None = None
        foreign: str | None = None
        for i in self.positions.get(keys[0], ()):
            if [w.key for w in self.ws[i : i + len(keys)]] != keys:
                continue
            p = i
            while (
                p > 0
                and i - p < 3
                and self.ws[p - 1].key in names
                and self._adjacent(self.ws[p - 1], self.ws[p])
            ):
                p -= 1
            if p == i and len(keys) == 1 and self._foreign_given(i):
                # "لوسیانو پریرا" opening a clause: a given name missing from the list
                foreign = foreign or self.text[self.ws[i - 1].start : self.ws[i].end]
                continue
            if p == i:
                continue
            e = self._surname_tail(i + len(keys) - 1)
            found = (self.ws[i].start, self.text[self.ws[p].start : self.ws[e].end])
            if found[0] <= at:
                before = found
            elif after is None:
                after = found
        opened = lone_given(self.ws, self.positions.get(keys[0], ()), at, self.known, self._adjacent)
        best = before or after or ((at, opened) if len(keys) == 1 and opened is not None else None)
        if best is None and foreign is not None:
            best = (at, foreign)
        if best is None and len(keys) == 1 and keys[0] in self.marked_names:
            best = (at, self.marked_names[keys[0]])  # "«اوریانو کاستیا»" … "کاستیا گفت"
        result = best[1] if best is not None and len(best[1]) > len(name) else name
        self.full[k] = result
        return result

    def _foreign_given(self, i: int) -> bool:
        """Whether the word before word ``i`` is a given name missing from the list (a foreign
        one): it opens a clause (line start, after a comma or colon) or marks (``«حجت سلطانی»``)
        and is no known kind of word."""
        if i == 0:
            return False
        w = self.ws[i - 1]
        if not self._adjacent(w, self.ws[i]) or w.key in given_names() or w.key in not_surname_words():
            return False
        if cue_start(w.key) or ends_clause(w) or any(starts_with([w], 0, (t,)) for t in titles()):
            return False
        gap = self.text[self.ws[i - 2].end : w.start] if i >= 2 else ""
        return i == 1 or not self._adjacent(self.ws[i - 2], w) or any(c in gap for c in '«"“')

    def _surname_tail(self, e: int) -> int:
        """Index of the last word of a name ending at word ``e``, one word further when the next
        word is written with it and the name ends there (before a comma or a post): "صابری زفرقندی،
        رئیس …"; never a given name, post, stop or cue word ("لوسیانو پریرا ملقب به …" stays two)."""
        if e + 2 >= len(self.ws):
            return e
        nxt, after = self.ws[e + 1], self.ws[e + 2]
        k = nxt.key
        if (
            not self._adjacent(self.ws[e], nxt)
            or k in given_names()
            or k in not_surname_words()
            or k in roles()  # "کریمی مدیر شهرداری …": the post after the name
            or cue_start(k)
        ):
            return e
        if not self._adjacent(nxt, after) or after.key in roles():
            return e + 1
        return e

    def apposition(self, role: str) -> str | None:
        """A name written right after or right before ``role`` somewhere in the article."""
        target = [w.key for w in words(role) if w.is_word]
        n = len(target)
        for i in self.positions.get(target[0], ()) if target else ():
            if [w.key for w in self.ws[i : i + n]] != target:
                continue
            after = self.ws[i + n : i + n + MAX_NAME_WORDS]
            t = 0
            while t < len(after) and starts_with(after, t, titles()):
                t += starts_with(after, t, titles())
            if t < len(after) and compound_given(after[t].key):
                name_ws = name_at_start(after[t:])
                if len(name_ws) >= 2 and self._adjacent(self.ws[i + n - 1], after[t]):
                    return self.fullest(name_ws, self.text[name_ws[0].start : name_ws[-1].end])
            before = self.ws[max(0, i - 3) : i]
            title_at = max(
                (p for p in range(len(before) - 2) if starts_with(before, p, titles()) == 1), default=None
            )  # "حجت‌الاسلام کاوه نیک‌اندیش مسئول …": after a title, a name no list holds
            for p, w in enumerate(before):
                after_title = title_at is not None and p == title_at + 1
                if (compound_given(w.key) or after_title) and self._adjacent(before[-1], self.ws[i]):
                    name_ws = before[p:]
                    if any(plain_verb(x) or x.key in not_surname_words() for x in name_ws[1:]):
                        break  # "… مهران آغاز می‌شود معاون …": a verb, not a surname
                    if len(name_ws) >= 2:
                        return self.fullest(name_ws, self.text[name_ws[0].start : name_ws[-1].end])
        for i in self.positions.get(target[0], ()) if target else ():
            if [w.key for w in self.ws[i : i + n]] == target and (name_ws := self._set_off(i, n)):
                return self.fullest(name_ws, self.text[name_ws[0].start : name_ws[-1].end])
        return None

    def _set_off(self, i: int, n: int) -> list[Word] | None:
        """The name before a post set off by commas ("نوروزی، رئیس دانشگاه صنعتی، …"): the word
        before the first comma (with any given names before it) when it can be a surname, and a
        comma, colon or line end after the post."""
        if i == 0 or i + n > len(self.ws):
            return None
        w, last = self.ws[i - 1], self.ws[i + n - 1]
        if self.text[w.end : self.ws[i].start].strip() not in ("،", ","):
            return None
        end = self.ws[i + n].start if i + n < len(self.ws) else len(self.text)
        closed = any(c in self.text[last.end : end] for c in "،,:\n")
        opens = i == 1 or not self._adjacent(self.ws[i - 2], w)  # "بوش، رئیس جمهور آمریکا از …"
        if not (closed or opens):
            return None
        if w.key in given_names() or w.key in not_surname_words() or cue_start(w.key) or ends_clause(w):
            return None
        prev = self.ws[i - 2] if i >= 2 else None
        if prev is not None and prev.key in PREPOSITIONS and self._adjacent(prev, w):
            return None  # "پس از جلسه، رئیس …،": a place or time, not a name
        if prev is not None and prev.key in _AGENCY_WORDS and self._adjacent(prev, w):
            return None  # "به گزارش خبرگزاری فارس، روابط عمومی …،": the agency, not a name
        p = i - 1
        while p > 0 and self.ws[p - 1].key in given_names() and self._adjacent(self.ws[p - 1], self.ws[p]):
            p -= 1
        return self.ws[p:i]

    def _surname_pair(self, b: Word, c: Word) -> bool:
        """Whether "b c" after a given name is a surname of two words: c can be a surname (no stop,
        verb, cue, post) and the article writes "b c" without a given name before it too."""
        if f"{b.key} {c.key}" not in self.surname_pairs or not surname_like(c) or cue_start(c.key):
            return False
        names = given_names()
        return any(
            self.ws[j + 1].key == c.key and (j == 0 or self.ws[j - 1].key not in names)
            for j in self.positions.get(b.key, ())
            if j + 1 < len(self.ws)
        )

    def _adjacent(self, a: Word, b: Word) -> bool:
        gap = self.text[a.end : b.start]
        return len(gap) <= 3 and not any(c in gap for c in "،,.\n:؛")


_AGENCY_WORDS = frozenset(key(w) for w in ("خبرگزاری", "خبرنگار", "پایگاه", "سایت", "روزنامه"))
_DEAD = frozenset(key(w) for w in ("مرحوم", "شهید", "شادروان", "زنده‌یاد"))
_TITLE_NAMES = frozenset(key(w) for w in ("سید", "میر"))  # titles written as given names
_IN_MARKS = re.compile(r'[«"“]([^«»"“”\n]{3,40})[»"”]')


def _plain(w: Word) -> bool:
    """Whether a word can be part of a person's name (no post, body, stop or pronoun)."""
    k = w.key
    return not (
        k in roles() or k in organisations() or k in subject_stops() or k in pronouns() or k in anaphors()
    )


def _person_in_marks(text: str, m: re.Match[str]) -> bool:
    """Whether a name in marks before a post (``QUOTED_NAME``) is a person's: no period inside
    (an acronym), no body's head word first, and a given name inside or no noun that titles
    follow right before the marks ("نشست «آینده آب»", "کتاب «…»")."""
    inside = m.group(1).split()
    if "." in m.group(1) or key(inside[0]) in organisations():
        return False
    if m.group("comma") and text[: m.start()].rstrip(" \u200c")[-1:] not in ("", "\n", ":", "،", ","):
        return False  # "«…»، رئیس …" names the post's holder only as the subject opening its clause
    if any(key(w) in given_names() for w in inside):
        return True
    before = text[: m.start()].rstrip(" \u200c").split()
    return not before or key(before[-1]) not in title_heads()
