"""refrain.reuse.quote_provenance: the same quotation across articles, first appearance first.

All quotations here are invented.
"""

from __future__ import annotations

import pytest

from refrain.reuse import Passage, QuoteFamily, QuoteOccurrence, WordEdit, quote_provenance

ORIGINAL = "We will not raise the bridge toll this year, whatever the council decides next month"


def occ(doc: str, text: str, *, date: str | None = None, order: int = 0, speaker: str | None = None):
    return QuoteOccurrence(
        doc=doc, start=10, end=10 + len(text), text=text, speaker=speaker, date=date, order=order
    )


def test_verbatim_and_lightly_edited_quotations_form_one_family_with_the_first_appearance() -> None:
    families = quote_provenance(
        [
            occ("later.txt", ORIGINAL, date="2022-05-03", order=0, speaker="the mayor"),
            occ("first.txt", ORIGINAL, date="2022-05-01", order=1, speaker="Mayor Lind"),
            occ("edited.txt", ORIGINAL.replace("will not", "won't"), date="2022-05-02", order=2),
            occ(
                "unrelated.txt",
                "The ferry timetable changes on the first of June",
                date="2022-05-01",
                order=3,
            ),
        ]
    )
    [family] = families
    assert isinstance(family, QuoteFamily)
    assert (family.first.doc, family.first_by) == ("first.txt", "date")
    assert [o.doc for o in family.occurrences] == ["first.txt", "edited.txt", "later.txt"]
    assert family.speakers == ("Mayor Lind", "the mayor")


def test_variants_carry_their_word_level_differences_from_the_first_wording() -> None:
    edited = ORIGINAL.replace("this year", "this spring").replace(", whatever", " whatever")
    cut = "We will not raise the bridge toll this year"
    [family] = quote_provenance(
        [
            occ("a", ORIGINAL, order=0),
            occ("b", edited, order=1),
            occ("c", cut, order=2),
            occ("d", ORIGINAL, order=3),
        ]
    )
    assert family.first_by == "ingest order"
    by_text = {v.text: v for v in family.variants}
    assert by_text[ORIGINAL].edits == ()
    assert [o.doc for o in by_text[ORIGINAL].occurrences] == ["a", "d"]
    assert by_text[edited].edits == (WordEdit("replace", "year", "spring"),)
    assert by_text[cut].edits == (WordEdit("delete", "whatever the council decides next month", ""),)


def test_a_missing_date_makes_ingest_order_decide() -> None:
    [family] = quote_provenance(
        [occ("dated", ORIGINAL, date="2020-01-01", order=5), occ("undated", ORIGINAL, order=2)]
    )
    assert (family.first.doc, family.first_by) == ("undated", "ingest order")


def test_different_quotations_sharing_a_few_words_stay_apart() -> None:
    families = quote_provenance(
        [
            occ("a", "We will not raise the bridge toll this year", order=0),
            occ("b", "We will not close the old library on Sundays", order=1),
        ]
    )
    assert families == []


def test_a_quotation_seen_once_forms_no_family() -> None:
    assert quote_provenance([occ("a", ORIGINAL)]) == []
    assert quote_provenance([]) == []


def test_an_occurrence_or_passage_with_offsets_backwards_is_refused_when_made() -> None:
    with pytest.raises(ValueError, match="start <= end"):
        QuoteOccurrence("doc-1", 40, 12, "words of an invented quotation")
    with pytest.raises(ValueError, match="start <= end"):
        Passage("doc-a", 0, 30, "doc-b", -1, 29, 1.0, None, False)
    assert Passage("doc-a", 0, 30, "doc-b", 5, 35, 1.0, None, False).b_end == 35
