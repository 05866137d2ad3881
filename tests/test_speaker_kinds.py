"""Speaker kinds (refrain.entities.kinds): person, organisation, document, unnamed. Invented names."""

from __future__ import annotations

import json

import pytest

from refrain import quotes
from refrain.entities.kinds import speaker_kind
from refrain.store.rows import quote_rows


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        # people: a name word, with or without titles and particles
        ("Karim Osterlund", "person"),
        ("Osterlund", "person"),
        ("Brigadier General Karim Osterlund", "person"),
        ("Faris bin Talal Al Wadi", "person"),
        ("Lina Varga Georgia", "person"),  # a place stuck after a full name stays a person
        # organisations: organisation words, acronyms, countries and capitals
        ("the Varga Foundation", "organisation"),
        ("Ministry of Fisheries", "organisation"),
        ("Iranian Foreign Ministry", "organisation"),
        ("Bank Tejarat Iran", "organisation"),
        ("Tejarat Iran", "organisation"),  # one name word and a country: a body, never a person
        ("Iran", "organisation"),
        ("the U.S.", "organisation"),
        ("Tehran", "organisation"),
        ("UNHCR", "organisation"),
        ("the White House", "organisation"),
        ("the provincial government", "organisation"),
        # documents: a document head noun
        ("the statement", "document"),
        ("a report", "document"),
        ("the ministry's communiqué", "document"),
        ("Osterlund message", "document"),
        ("the letter of the ambassador", "document"),
        # descriptions: no name word, or an indefinite or lower-case opening
        ("an official", "unnamed"),
        ("a source close to Karim Osterlund", "unnamed"),
        ("a judge in the city of Varga", "unnamed"),
        ("the spokesman", "unnamed"),
        ("Leader", "unnamed"),
        ("Speaking", "unnamed"),
        ("Elsewhere", "unnamed"),
        ("Islamic Revolution", "unnamed"),
        ("Chinese diplomat", "unnamed"),
        ("EU foreign policy chief", "unnamed"),
        ("MP", "unnamed"),
        ("he", "unnamed"),
        ("organizers", "unnamed"),
        ("Varga spokesman", "unnamed"),  # someone described by whom they serve
        ("Iran Finance", "unnamed"),  # a portfolio left of a cut "Minister of ..."
        ("the Holy Book of Varga", "document"),
        ("the Holy Quran", "document"),
        ("The Saudis", "unnamed"),  # a people, not a person
        ("The MPs", "unnamed"),  # several people
        ("Varga administration officials", "unnamed"),
        ("Kaveh Rostami chief of staff", "unnamed"),  # his chief of staff, not Rostami
        ("the E4", "organisation"),
        ("the Joint Chamber of Fisheries", "organisation"),
        # places: a geographic feature is nobody's name
        ("Varga Sea", "unnamed"),
        ("the Strait of Varga", "unnamed"),
        ("Lake Varga", "unnamed"),
        ("Varga River", "unnamed"),
        ("Varga Island", "unnamed"),
        ("Varga Canal Authority", "organisation"),
        ("Tomas Rivers", "person"),  # a surname that is also a plural noun
        # a sentence adverb, plural common nouns, an interview's question mark
        ("Further", "unnamed"),
        ("Sources", "unnamed"),
        ("Democrats", "unnamed"),
        ("Q", "unnamed"),
        # Persian
        ("کاوه رستمی", "person"),
        ("سخنگوی دولت علی رستمی", "person"),
        ("سخنگوی وزارت نیرو", "unnamed"),
        ("یک منبع آگاه", "unnamed"),
        ("وی", "unnamed"),
        ("وزارت نیرو", "organisation"),
        ("ایران", "organisation"),
        ("بیانیه وزارت نیرو", "document"),
        ("گزارش", "document"),
    ],
)
def test_speaker_kind(speaker: str, kind: str) -> None:
    assert speaker_kind(speaker) == kind


def test_no_speaker_has_no_kind() -> None:
    assert speaker_kind(None) is None and speaker_kind("  ") is None


def test_quotes_carry_their_speaker_kind_into_dicts_and_store_rows() -> None:
    text = (
        "Karim Osterlund said: “The harbour will open in May.”\n\n"
        "“We reject the claims,” the statement said.\n\n"
        "He called it a “bridge of hope” in his speech."
    )
    found = quotes.find(text)
    by_text = {q.text: q for q in found}
    assert by_text["The harbour will open in May."].speaker_kind == "person"
    assert by_text["We reject the claims,"].speaker_kind == "document"
    assert all(q.speaker_kind is None for q in found if q.speaker is None)
    rows = quote_rows("doc1", found)
    assert [r["speaker_kind"] for r in rows] == [q.speaker_kind for q in found]
    assert json.loads(json.dumps(found[0].to_dict()))["speaker_kind"] == "person"
