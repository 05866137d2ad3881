"""The faster forms of a figure's reading say what the plain forms said (invented text).

``refrain.claims.reading.read`` runs once for every claim of the corpus in the conflict stage, so its
scans were rewritten: phrase lists as prefix trees behind a lookbehind, kinds searched only when one
of their first words is in the text, "written inside a sentence" found by the name's occurrences.
Each is checked here against the plain form it replaced, on random strings built to hit the edges
(word characters on either side, apostrophes and hyphens ending a name, commas, line breaks).
"""

from __future__ import annotations

import random
import re

from refrain.claims.conflict_words import _kinds, words
from refrain.claims.conflicts import written_alone
from refrain.claims.reading import _event_kinds, _inside_sentence, _phrase_pattern, _written_inside

_ALPHABET = ["A", "I", "r", "a", "n", " ", ",", ";", ".", "’", "-", "_", "1", "é", "\n", "s", "(", "b"]


def _plain_phrase(phrases: tuple[str, ...], where: str) -> re.Pattern[str]:
    alternatives = "(?:" + "|".join(map(re.escape, phrases)) + ")"
    if where == "end":
        return re.compile(r"(?:^|\W)" + alternatives + r"\W*$")
    if where == "start":
        return re.compile(r"\W*" + alternatives + r"(?:\W|$)")
    return re.compile(r"(?:^|\W)" + alternatives + r"(?:\W|$)")


def test_name_written_inside_a_sentence_as_the_pattern_says() -> None:
    rng = random.Random(7)
    names = ["Iran", "Ira", "Iran’", "Iran’s", "An-", "A", "I_r", "Ian"]
    for _ in range(40_000):
        article = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30)))
        name = rng.choice(names)
        expected = name in article and _inside_sentence(name).search(article) is not None
        assert _written_inside.__wrapped__(name, article) is expected, (name, article)


def test_written_inside_examples() -> None:
    assert _written_inside.__wrapped__("Kestrel", "Ships left. Kestrel said, and Kestrel went.")
    assert not _written_inside.__wrapped__("Kestrel", "Kestrel said so.\nKestrel went.")
    assert not _written_inside.__wrapped__("Kes", "Ships left, Kestrel said.")  # part of a word


def test_phrase_tree_matches_where_the_alternation_did() -> None:
    rng = random.Random(11)
    lists = [
        ("ra", "rab", "a b", "n-a"),
        ("as of", "as", "so far"),
        ("i", "ir", "iran", "an"),
        ("-", "a"),  # a phrase with no word character
        ("", "ab"),  # an empty phrase
    ]
    for _ in range(20_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24))).lower()
        phrases = rng.choice(lists)
        for where in ("any", "end", "start"):
            plain, fast = _plain_phrase(phrases, where), _phrase_pattern(phrases, where)
            if where == "start":
                assert (plain.match(text) is None) is (fast.match(text) is None), (phrases, where, text)
            else:
                assert (plain.search(text) is None) is (fast.search(text) is None), (phrases, where, text)


def test_kind_found_only_where_its_plain_pattern_matches() -> None:
    rng = random.Random(5)
    table = {"bang": ["ra", "rab", "a b"], "odd": ["-a", "n"], "ira": ["iran", "ir an"]}
    kinds = _kinds(table)
    assert kinds[1].first_words is None  # "-a" opens with no word character: always searched
    plain = {
        kind: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ws) + r")(?!\w)")
        for kind, ws in table.items()
    }
    for _ in range(20_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24))).lower()
        runs = frozenset(re.findall(r"\w+", text))
        for kind in kinds:
            assert kind.in_text(text, runs) is (plain[kind.name].search(text) is not None), (kind.name, text)


def test_event_kinds_of_an_invented_sentence() -> None:
    kinds = _event_kinds("Two bombings and a gunfight near the Varnian quay left 9 dead \n Quay blasts", "en")
    assert kinds == frozenset({"explosion", "clash"})
    assert _event_kinds("The quayside bombastic speech drew 40 people", "en") == frozenset()
    assert {k.name for k in words("en").event_kinds} >= {"explosion", "clash", "flood"}


def test_written_alone_as_the_pattern_says() -> None:
    rng = random.Random(3)
    alphabet = ["1", "2", "0", ".", ",", " ", "a", "$", "٣", "-", "_", "%"]
    for _ in range(40_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        written = rng.choice(["1", "12", "1.2", "1,2", "$1", "2 %", ".1", "٣"])
        plain = re.search(r"(?<![\w.,])" + re.escape(written) + r"(?![\w]|[.,]\d)", text) is not None
        assert written_alone(written, text) is plain, (written, text)
