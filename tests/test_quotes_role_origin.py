"""Role phrases resolved to the person an (invented) article names: a role set off before a name
("The Leader of the Order, Ayatollah …"), office words left out of a name, and a nationality in a
role phrase ("the French foreign minister") matched against who the article ties to a country."""

from __future__ import annotations

from refrain.quotes import find


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.speaker_mention.text if q.speaker_mention else None)
        for q in find(text)
        if q.kind != "scare"
    ]


def test_role_set_off_before_a_titled_name_is_theirs():
    text = (
        "OSLO – Talks on the grain plan resumed on Tuesday in the capital.\n\n"
        "The Leader of the Order, Ayatollah Karim Hosseinzadeh has stated that the harvest rules "
        "are settled. “Our grain stores will stay open to every farmer,” the Leader said in a speech. "
        "“Let the millers name their price first,” he added.\n"
    )
    assert [s for s, _ in speakers(text)] == ["Karim Hosseinzadeh", "Karim Hosseinzadeh"]


def test_office_field_words_inside_a_run_are_not_the_name():
    text = (
        "OSLO - Deputy Trade Minister for Coastal Affairs Farshad Kolahi said the shipyards will sign "
        "new deals. “Three ferry hulls leave the dock before the thaw,” the official said.\n"
    )
    assert speakers(text) == [("Farshad Kolahi", "the official")]


def test_dateline_does_not_tie_the_lead_person_to_another_country():
    text = (
        "PARIS – Foreign Ministry spokesman Ali Darvand said on Monday that talks are going well.\n\n"
        "“The river treaty needs one more signature,” the Italian diplomat said.\n"
    )
    assert speakers(text) == [("Ali Darvand", "the Italian diplomat")]


def test_nationality_phrase_paragraphs_after_the_only_holder_of_that_office():
    text = (
        "OSLO – Foreign Minister Ali Darvand has said that France is sending “mixed signals” about "
        "the river treaty.\n\n"
        "“The signals from the French side keep changing,” Darvand told a news agency on Sunday.\n\n"
        "Darvand also said cooperation among the three states has been useful. The cooperation will "
        "continue, the minister pointed out.\n\n"
        "Farmers in the three countries expect a dry summer this year. The three states plan to "
        "share their water reports.\n\n"
        "“Our barges will carry the grain whatever the weather,” the Italian foreign minister said.\n"
    )
    assert speakers(text)[-1] == ("Ali Darvand", "the Italian foreign minister")


def test_nationality_phrase_goes_to_the_person_tied_to_that_country():
    text = (
        "OSLO – Foreign Minister Ali Darvand talked with French Foreign Minister Paul Marceau on "
        "Monday.\n\n"
        "Darvand said the talks were useful. The two sides discussed trade. The next round is set for "
        "June.\n\n"
        "“Our cheese deserves a wider shelf in your shops,” the French foreign minister said.\n"
    )
    assert speakers(text) == [("Paul Marceau", "the French foreign minister")]


def test_nationality_phrase_with_an_unnamed_counterpart_stays_a_description():
    text = (
        "OSLO – Foreign Minister Ali Darvand spoke with his French counterpart on Monday.\n\n"
        "Darvand said the talks were useful. The two sides discussed trade. The next round is set for "
        "June.\n\n"
        "“Our cheese deserves a wider shelf in your shops,” the French foreign minister said.\n"
    )
    assert speakers(text) == [("French foreign minister", "the French foreign minister")]


def test_nationality_phrase_whose_office_is_not_the_untied_persons_is_not_theirs():
    text = (
        "OSLO – Leader of the Order Ayatollah Karim Hosseinzadeh met on Wednesday with Omar Saleh.\n\n"
        "“The orchards of the valley will feed the whole province,” the Leader said. The Leader "
        "praised the planting drive. For his part, Saleh thanked the hosts for the saplings sent "
        "every spring.\n\n"
        "“The valley orchards owe a great deal to the volunteers,” the French resistance leader said.\n"
    )
    # the Leader holds no "resistance" office: someone else (or a description), never him
    assert speakers(text)[-1][0] != "Karim Hosseinzadeh"


def test_wide_role_goes_on_with_the_person_a_pronoun_kept_in_view():
    text = (
        "OSLO – The two presidents signed ten documents on Monday.\n\n"
        "“The new ferry line opens next spring,” President Darvand said.\n\n"
        "For his part, Tarsk President Kelvos voiced satisfaction with his visit. He described the "
        "talks as a step toward a shared fishing zone. The official said, “Our boats and yours will "
        "share the northern banks.”\n"
    )
    assert speakers(text)[-1] == ("Kelvos", "The official")


def test_generic_role_goes_to_the_office_holder_named_in_the_sentence_before():
    text = (
        "OSLO – The ferry company will add four routes this winter.\n\n"
        "Four new ports will join the network, the agency quoted Ali Darvand, the transport "
        "spokesman, as saying. “Every island with a school will get a daily boat,” the official "
        "said.\n"
    )
    assert speakers(text)[-1] == ("Ali Darvand", "the official")


def test_generic_role_after_an_unnamed_one_stays_a_description():
    text = (
        "OSLO – The convoy was near the river town of Tolsby when the blast hit, a police "
        "official said. “The road was closed an hour before the blast,” said the official.\n"
    )
    assert speakers(text)[-1][0] != "Tolsby"


def test_function_word_role_is_the_named_speaker_before_it():
    text = (
        "OSLO – Deputy Fisheries Minister Lena Moreau has said the quota talks are nearly done.\n\n"
        "“We have written most of the text,” Moreau told reporters. “A few lines remain, and they "
        "matter,” she added.\n\n"
        "“Nobody should name a date yet,” the top quota negotiator pointed out.\n"
    )
    assert speakers(text)[-1] == ("Lena Moreau", "the top quota negotiator")


def test_someone_inside_what_another_says_is_not_the_speaker_after():
    text = (
        "OSLO – Analyst Amir Kolahi spoke to a news agency about the river talks.\n\n"
        "“The talks can bring calm to the whole valley,” he said. Kolahi added that Berg believes "
        "calm brings trade. The analyst said that a “quiet border” would help farmers.\n"
    )
    assert speakers(text)[-1] == ("Amir Kolahi", "The analyst")


def test_name_before_an_appositive_the_mention_ran_on_into():
    text = (
        "The team won the cup on Monday. “We will win it again next year, and the fans know it,” "
        "Ana Ruiz, head coach of the national rowing team told a news channel.\n"
    )
    assert [s for s, _ in speakers(text)] == ["Ana Ruiz"]


def test_role_phrase_right_after_a_name_opening_the_clause_is_that_person():
    text = (
        "In an interview with a weekly in May, Marco Vitali, the chief executive of Lumen said that "
        "“the lamp plant will stay open as long as the deal stands.”\n"
    )
    assert [s for s, _ in speakers(text)] == ["Marco Vitali"]


def test_role_phrase_after_a_name_that_is_an_object_is_not_that_person():
    text = (
        "In a meeting on Monday with Paul Marceau, the minister said “we will sign the grain deal "
        "in the spring with you”.\n"
    )
    assert [s for s, _ in speakers(text)] != ["Paul Marceau"]


def test_dateline_opening_a_mention_is_left_out():
    text = "OSLO- Norland has said that it will “never accept a border drawn by others” in the valley.\n"
    assert [s for s, _ in speakers(text)] == ["Norland"]


def test_it_after_according_to_a_body_is_that_body():
    text = (
        "OSLO – The emir phoned President Darvand on Monday.\n\n"
        "According to Norland News Agency (NNA), the emir called Darvand to offer greetings. It said "
        "the emir “stressed that the two coasts must keep their fishing boats apart in the storm season.”\n"
    )
    assert speakers(text) == [("Norland News Agency", "It")]
