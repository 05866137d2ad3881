"""refrain.entities: name variants of one person that a store's speakers showed apart (short
forms of given names, romanisations, the Arabic article, titles), one rule each, on invented
names; and the look-alikes that must stay apart."""

from __future__ import annotations

from refrain.entities import AliasFile, merge
from refrain.entities.names import given_name_key, parse, skeleton

NO_ALIASES = AliasFile()


def _together(found, *written: str) -> bool:
    return any(set(written) <= e.aliases for e in found)


def test_a_short_form_of_a_given_name_is_the_same_name() -> None:
    found = merge([("Robert Varnholt", "envoy"), ("Rob Varnholt", None)], aliases=NO_ALIASES)
    assert len(found) == 1 and found[0].name == "Robert Varnholt"
    found = merge([("Antony Quellmark", None), ("Anthony Quellmark", None)], aliases=NO_ALIASES)
    assert len(found) == 1
    assert given_name_key(skeleton("Bill")) == skeleton("William")


def test_romanisations_of_one_given_name_are_one() -> None:
    found = merge([("Ahmed Tavasoli", None), ("Ahmad Tavasoli", None)], aliases=NO_ALIASES)
    assert len(found) == 1
    found = merge(
        [("Yusuf Dormani", None), ("Yousef Dormani", None), ("Mehdi Sarvak", None), ("Mahdi Sarvak", None)]
    )
    assert _together(found, "Yusuf Dormani", "Yousef Dormani") and _together(
        found, "Mehdi Sarvak", "Mahdi Sarvak"
    )


def test_given_name_forms_do_not_join_other_names_or_surnames() -> None:
    # a short form listed for one name only: Chris is not Christine
    found = merge([("Chris Varnholt", None), ("Christine Varnholt", None)], aliases=NO_ALIASES)
    assert len(found) == 2
    # the list is read for given names, never for a surname
    assert parse("Hamid Rob").tokens[-1] == skeleton("Rob")
    assert len(merge([("Hamid Rob", None), ("Hamid Robert", None)], aliases=NO_ALIASES)) == 2
    # different surnames stay apart whatever the given names
    assert len(merge([("Rob Varnholt", None), ("Robert Varnholz", None)], aliases=NO_ALIASES)) == 2


def test_the_arabic_article_of_a_surname_may_be_left_out() -> None:
    found = merge([("Hamid al-Qarvasi", None), ("Hamid Qarvasi", None)], aliases=NO_ALIASES)
    assert len(found) == 1
    # not a father's name: "bin Qarvasi" is more than a spelling
    assert len(merge([("Hamid bin Qarvasi", None), ("Hamid Qarvasi", None)], aliases=NO_ALIASES)) == 2
    # a shorter name fitting two people joins neither
    found = merge([("Hamid al-Qarvasi", None), ("Hamid Qarvasi", None), ("Hamid Reza Qarvasi", None)])
    assert len(found) == 3


def test_clerical_and_courtesy_titles_of_several_words_are_taken_off() -> None:
    for written in (
        "Hojjatoleslam val-Moslemin Kaveh Darvishan",
        "Hojjat al-Islam Kaveh Darvishan",
        "Rear Admiral Kaveh Darvishan",
        "H.E. Kaveh Darvishan",
    ):
        assert parse(written).core == "Kaveh Darvishan", written
    found = merge([("Kaveh Darvishan", None), ("Hojjat-ul-Islam Kaveh Darvishan", None)], aliases=NO_ALIASES)
    assert len(found) == 1
    # a courtesy title before a surname: the one person of that name written often
    found = merge([("Lida Varnholt", None)] * 3 + [("Madam Varnholt", None)], aliases=NO_ALIASES)
    assert len(found) == 1


def test_an_arabic_compound_is_one_name_however_its_article_and_ending_are_written() -> None:
    assert skeleton("Abdolsamad") == skeleton("Abdossamad") == skeleton("Abdosamad") != skeleton("Abdisamad")
    assert skeleton("Abdorrasul") == skeleton("Abdolrasul")
    assert skeleton("Nurollah") == skeleton("Nurullah") == skeleton("Nurallah")
    found = merge([("Jalaleddin Varnasi", None), ("Jalaloddin Varnasi", None), ("Jalaluddin Varnasi", None)])
    assert len(found) == 1
    # a name that only ends like one is left alone
    assert skeleton("Bodin") != skeleton("Badin")


def test_plans_proposals_and_accounts_are_no_people() -> None:
    from refrain.entities.kinds import speaker_kind

    assert speaker_kind("Coral Bay Peace Endeavour") == "document"
    assert speaker_kind("Twitter account of Lida Varnholt") == "document"
    assert speaker_kind("the Varnholt plan") == "document"
    assert speaker_kind("Coral Bay Peace Initiative") == "organisation"  # a body named for its cause
    found = merge([("Lida Varnholt", None), ("Twitter account of Lida Varnholt", None)], aliases=NO_ALIASES)
    assert [e.aliases for e in found] == [{"Lida Varnholt"}]


def test_a_sentence_adverb_before_a_surname_is_not_a_given_name() -> None:
    assert parse("Thereafter Varnholt").core == "Varnholt"
    assert parse("Moreover Lida Varnholt").core == "Lida Varnholt"


def test_a_titles_complement_before_a_name_is_cut_when_the_name_is_written_alone() -> None:
    office = "Minister of State for Coastal Affairs Lida Varnholt"
    found = merge([(office, None), ("Lida Varnholt", "minister")], aliases=NO_ALIASES)
    assert len(found) == 1 and found[0].name == "Lida Varnholt"
    # a name after a name is another person: "of" there does not open an office
    found = merge([("Kaveh Darvishan of Lida Varnholt", None), ("Lida Varnholt", None)], aliases=NO_ALIASES)
    assert len(found) == 2


def test_a_designation_of_places_is_no_person() -> None:
    from refrain.entities.kinds import speaker_kind

    assert speaker_kind("World Heritage") == "unnamed"
    assert speaker_kind("UNESCO World Heritage site") == "unnamed"
    assert speaker_kind("World Bank") == "organisation"
    found = merge([("World Heritage", None), ("World Heritage", None), ("Lida Varnholt", None)])
    assert [e.name for e in found] == ["Lida Varnholt"]


def test_a_bodys_name_before_a_full_name_is_not_a_given_name() -> None:
    assert parse("Council Secretary-General Kaveh Darvishan", "person").core == "Kaveh Darvishan"
    found = merge([("Kaveh Darvishan", None), ("Council Kaveh Darvishan", None)], aliases=NO_ALIASES)
    assert len(found) == 1
    # two words: the surname alone is left, which joins no one by fame ("Hamas Varnholt")
    assert parse("Council Varnholt", "person").core == "Council Varnholt"


def test_bodies_named_with_designation_words_stay_bodies() -> None:
    found = merge([("World Varnholt Fund", None), ("World Varnholt Fund", None)], aliases=NO_ALIASES)
    assert [e.kind for e in found] == ["org"]


def test_a_shorter_name_fitting_two_people_joins_the_one_sharing_its_role() -> None:
    mentions = [
        ("Kaveh Ali Darvishan", "general"),
        ("Kaveh Reza Darvishan", "minister"),
        ("Kaveh Darvishan", "general"),
    ]
    found = merge(mentions, aliases=NO_ALIASES)
    assert _together(found, "Kaveh Darvishan", "Kaveh Ali Darvishan")
    assert not _together(found, "Kaveh Darvishan", "Kaveh Reza Darvishan")
    # both share it, or neither: which one is meant is not known
    both = [
        ("Kaveh Ali Darvishan", "general"),
        ("Kaveh Reza Darvishan", "general"),
        ("Kaveh Darvishan", "general"),
    ]
    assert len(merge(both, aliases=NO_ALIASES)) == 3
    assert (
        len(merge([(n, r if n != "Kaveh Darvishan" else None) for n, r in mentions], aliases=NO_ALIASES)) == 3
    )


def test_general_after_a_civil_office_is_no_general() -> None:
    from refrain.entities.matching import role_words

    assert role_words(["Consul General"]) == {"consul-general"} == role_words(["consul-general"])
    assert "general" in role_words(["Brigadier General"]) and "general" in role_words(["General"])
    mentions = [
        ("Kaveh Ali Darvishan", "brigadier general"),
        ("Kaveh Reza Darvishan", "minister"),
        ("Kaveh Darvishan", "consul general"),
    ]
    found = merge(mentions, aliases=NO_ALIASES)
    assert not _together(found, "Kaveh Darvishan", "Kaveh Ali Darvishan")


def test_a_hyphenated_pair_of_countries_or_nationalities_is_no_person() -> None:
    from refrain.entities.kinds import speaker_kind

    assert speaker_kind("France-Germany") == "unnamed"
    assert speaker_kind("Arab-Palestinian") == "unnamed"
    assert speaker_kind("Varnholt-Darvishan") == "person"  # a double surname stays a name
