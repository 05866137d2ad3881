"""Quote speakers in reported forms a fresh hand-judged Tehran Times sample showed wrong: an agency
that "reported X as saying", a belief inside someone's that-clause, "he said, adding" with no
"that", and a place named "… Heights". Invented text."""

from __future__ import annotations

from quote_speakers import quoted_speakers

from refrain.quotes import find


def test_an_agency_that_reported_someone_as_saying_relays_their_words() -> None:
    text = "“The northern province is large and thinly settled,” IRNA reported Kamal Dorvani as saying on Thursday."
    assert quoted_speakers(text) == ["Kamal Dorvani"]
    text = "“The northern province is large,” the agency reported the provincial governor as saying."
    assert quoted_speakers(text) == ["provincial governor"]


def test_a_belief_inside_a_speakers_that_clause_is_the_speakers_words() -> None:
    text = (
        "Spokesman Kamal Dorvani spoke on Monday. Dorvani added that the republic believes that "
        "Lisbor must still pay for its “reckless” exit from the fishing pact."
    )
    assert quoted_speakers(text) == ["Kamal Dorvani"]
    # a belief that opens its own sentence is its subject's
    assert quoted_speakers(
        "The republic believes that Lisbor made a “reckless” exit from the fishing pact."
    ) == ["republic"]


def test_he_said_adding_without_that_gives_the_next_quote_to_him() -> None:
    text = (
        "Deputy Minister Kamal Dorvani asked every party for patience. Varnia finds “little trust left "
        "in Lisbor,” he said, adding the neighbour’s moves “break the treaty word by word.”"
    )
    assert quoted_speakers(text) == ["Kamal Dorvani", "Kamal Dorvani"]


def test_a_place_named_heights_is_never_the_he_who_speaks() -> None:
    text = (
        "The Varnian leader described the silence of mediators as a weakness, a weekly wrote. He said a "
        "plan to hand the Marin Heights back to Varnia was nearly drafted, the weekly added. Later he "
        "told its editors that the drafting had stopped. “Talk alone will build no bridge,” he said."
    )
    assert "Marin Heights" not in quoted_speakers(text)


def _kinds_and_speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in find(text, language="en")]


def test_a_later_quotation_in_the_sentence_of_an_attributed_one_is_the_same_speakers() -> None:
    text = (
        "Environment chief Lena Ortiz spoke on Monday. She voiced grave concern over the new count of "
        "vanishing marsh birds along the southern coast and hoped the figures would act as “a bell in the "
        "night” for farmers across the valley to take the matter to heart and to face the plain reality "
        "that they must “plough far less of the wet land.”\n“No valley stands alone,” she said."
    )
    assert _kinds_and_speakers(text)[:2] == [("partial", "Lena Ortiz"), ("partial", "Lena Ortiz")]


def test_a_later_title_in_the_sentence_of_an_attributed_quotation_stays_a_title() -> None:
    text = (
        "Environment chief Lena Ortiz spoke on Monday. She voiced grave concern over the new count of "
        "vanishing marsh birds along the southern coast and hoped the figures would act as “a bell in the "
        "night” for readers of the yearly “Southern Marsh Birds Review” across the valley."
    )
    assert _kinds_and_speakers(text)[1] == ("scare", None)


def test_a_nationality_in_the_title_outweighs_a_counterparts_near_the_name() -> None:
    # "the Russian leader" near Vaez is the one he met: "Iranian President Ali Vaez" is no Russian
    text = (
        "After Iranian President Ali Vaez arrived in Moscow on Wednesday, papers spoke of a new era. "
        "At his talks with the Russian leader, Vaez pointed to the long siege, saying, “We have stood "
        "firm for forty years.” Karl Brandt also praised their work against smugglers. “Our joint patrols "
        "have calmed the coast,” the Russian president noted."
    )
    assert quoted_speakers(text) == ["Ali Vaez", "Russian president"]


def test_a_countrys_post_written_in_capitals_is_a_post() -> None:
    # "Iran’s Foreign Minister said": the post's holder named before, not a name "Iran Foreign Minister"
    text = "Foreign Minister Ali Vaez flew to Oman on Monday. Later, Iran’s Foreign Minister called the plan “a joke”."
    assert quoted_speakers(text) == ["Ali Vaez"]


def test_a_post_the_article_gives_nobody_is_the_one_named_speaking_next() -> None:
    text = (
        "Later, Iran’s Navy commander told reporters the ban was “a joke”. “Our fleet needs no bought "
        "weapons,” Rear Admiral Ali Vaez said on Monday."
    )
    assert quoted_speakers(text) == ["Ali Vaez", "Ali Vaez"]
    text = (
        "Elsewhere, the French president came out for the pact, saying France sees “no other path”. "
        "Karim Benali said the pact had eased ties."
    )
    assert quoted_speakers(text) == ["Karim Benali"]


def test_a_post_that_goes_on_is_the_speaker_before_not_the_one_named_next() -> None:
    # "added": the president quoted before goes on; the man named next is someone else
    text = (
        "Addressing the summit, Ayatollah Vaez set out his plan. “We will trade with every neighbour,” "
        "he said. The Iranian president added, “Roads and rails will join us.” “The ministry will "
        "follow,” Hossein Karimi said."
    )
    assert quoted_speakers(text) == ["Vaez", "Vaez", "Hossein Karimi"]


def test_an_office_holder_named_next_is_not_another_post() -> None:
    text = (
        "The minister called the plan “a joke”. “We need no weapons,” Ali Vaez, an opposition lawmaker, said."
    )
    assert quoted_speakers(text)[0] != "Ali Vaez"


def test_someone_who_will_speak_is_not_speaking_and_not_the_official_reporting_it() -> None:
    # "will speak": no speech yet; "Kamal Dorvani will …, the official said": Dorvani is talked of
    text = (
        "Another Varnian official said the rebels must be pushed back. Kamal Dorvani will speak with "
        "the premier after the talks, the official said. “If talks fail, a march is unavoidable,” he said."
    )
    assert quoted_speakers(text) == ["official"]


def test_a_role_phrase_reporting_a_sentence_is_none_of_those_named_in_it() -> None:
    text = (
        "Officials said Ali Vaez would meet Lisborian President Karl Brandt at the fair. Another "
        "official said the rebels must be pushed back. Vaez will talk with Premier Lena Ortiz after "
        "the fair, the official said. “If talks fail, a march is unavoidable,” he said."
    )
    assert quoted_speakers(text) == ["official"]
    text = (
        "Answering remarks by Lisborian President Karl Brandt about the talks, the diplomat said, "
        "“A deal is near if the other side shows good faith.”"
    )
    assert quoted_speakers(text) != ["Karl Brandt"]


def test_continuing_a_thing_is_no_speech_but_continuing_ones_remarks_is() -> None:
    text = (
        "Foreign Minister Ali Vaez phoned Karl Brandt late at night, complaining the union was continuing "
        "Lisbor’s “useless” campaign of fines."
    )
    assert quoted_speakers(text) == ["Ali Vaez"]
    text = (
        "Ali Vaez spoke in Oslo. Vaez continued his remarks by saying that ties grow. “Trade is rising,” "
        "he added. “Yes, it is,” said Karl Brandt."
    )
    assert quoted_speakers(text)[0] == "Ali Vaez"


def test_a_post_on_someones_own_account_is_their_words() -> None:
    text = (
        "TEHRAN — Leader Ayatollah Ali Vaez has marked the new year. “Peace is near,” a post on "
        "Ayatollah Vaez’s official Twitter account read."
    )
    assert quoted_speakers(text) == ["Ali Vaez"]
    text = "President Karl Brandt spoke on Monday. “The talks are over,” a tweet on his verified page said."
    assert quoted_speakers(text) == ["Karl Brandt"]
    # a post somewhere that is no one's own outlet names no one
    assert quoted_speakers("“Peace is near,” a post on social media read.") != ["Ali Vaez"]


def test_a_leads_wide_post_is_the_office_holder_named_next() -> None:
    # "official" is wide enough for any office: the head of the agency named next is the one
    text = (
        "OSLO – Iran’s top atomic official says his team sent “exact” replies to the watchdog. "
        "Speaking to a radio station, Ali Vaez, the head of the reactor agency, said the watchdog "
        "had no will to accept them."
    )
    assert quoted_speakers(text) == ["Ali Vaez"]


def test_a_post_spoken_to_is_not_the_one_named_next() -> None:
    text = (
        "Lisbor’s ambassador was summoned on Monday. The envoy was warned it was “deeply regrettable” "
        "that Lisbor shelters the gang. Foreign Minister Ali Vaez has also criticized Lisbor."
    )
    assert quoted_speakers(text) != ["Ali Vaez"]


def test_a_pronoun_is_never_a_document_named_as_a_subject() -> None:
    text = (
        "Lena Ortiz, the vice president, spoke on Monday. She referred to the Rights Charter drawn up by "
        "the president as an important text. An initial draft of the Rights Charter came out three months "
        "after the president took office. “Although the charter covers all citizens, some parts point to "
        "violence at home,” she explained."
    )
    assert quoted_speakers(text) == ["Lena Ortiz"]


def test_a_document_is_issued_by_the_subject_of_the_clause_that_issues_it() -> None:
    text = (
        "Karl Brandt flew in one day after the IAEA released a fresh report faulting Varnia. “Varnia has not "
        "given answers that hold up,” the report said, a wire service wrote."
    )
    assert quoted_speakers(text) == ["IAEA"]
    text = (
        "The Harbour Committee, which is made up of Tarsk, Norland and Varan, issued a statement on Monday. "
        "“The port must stay open,” the statement reads."
    )
    assert quoted_speakers(text) == ["Harbour Committee"]


def test_a_heading_post_right_after_its_named_speaker_is_another_word_for_them() -> None:
    text = (
        "Major General Ali Vaez spoke at the parade. Vaez went on to say that the army keeps its values. "
        "“The army is strong and ready,” he said. The Army chief noted, “Any step against us will cost "
        "a heavy price.”"
    )
    assert quoted_speakers(text) == ["Ali Vaez", "Ali Vaez"]
    # not after someone holding another office: the minister is no army chief
    text = "Minister Ali Vaez spoke. “We are ready,” Vaez said. The army chief said, “We are ready too.”"
    assert quoted_speakers(text)[1] != "Ali Vaez"


def test_a_sentence_adverb_glued_before_a_full_name_is_no_part_of_it() -> None:
    assert quoted_speakers("Further Karl Brandt Vaez said the pact was “good for both sides”.") == [
        "Karl Brandt Vaez"
    ]
    assert quoted_speakers("Meanwhile Karl Brandt said the pact was “good for both sides”.") == [
        "Karl Brandt"
    ]


def test_the_website_is_the_outlet_the_article_named_before() -> None:
    text = (
        "In this regard, Harbour Watch, an independent media in Lisbor, offers another view. “Why did "
        "they choose the war?” the website asked in an article."
    )
    assert quoted_speakers(text) == ["Harbour Watch"]


def test_the_text_of_someones_remarks_after_a_colon_is_theirs() -> None:
    text = "Following is the full text of Ali Vaez's speech at the fair: “I am very pleased to be here.”"
    assert quoted_speakers(text) == ["Ali Vaez"]
    text = "Karl Brandt spoke at length. Following is the text of the interview: “The harbour will reopen.”"
    assert quoted_speakers(text) != ["interview"]


def test_a_post_named_with_someone_else_before_a_sentence_end_is_not_the_next_speakers() -> None:
    text = (
        "Ali Vaez made the remarks during talks with Lisborian ambassador to Tehran Karl Brandt. Vaez "
        "criticized Lisbor for its silence. “Our shores are paying the price,” the environment chief said."
    )
    quotes = find(text, language="en")
    assert quotes[0].speaker == "Ali Vaez" and quotes[0].role != "Lisborian ambassador to Tehran Karl Brandt."
    # a sentence about "he" ending in the post's place still gives the post to the person named next
    text = "He once served as Varnia’s ambassador to Bahrain. Ali Vaez said the talks were “useful”."
    assert find(text, language="en")[0].role == "Varnia’s ambassador to Bahrain."


def test_someone_an_outlet_quoted_saying_is_the_he_who_speaks_next() -> None:
    text = (
        "A report in the Harbour News quoted an official saying that the closure of the border gave "
        "Varnia a chance. “Exports fell sharply this year,” he said."
    )
    assert quoted_speakers(text) == ["official"]
    text = (
        "Senator Lena Ortiz said: “All is not calm” on the coast. The radio quoted a Varnian officer as "
        "saying that no one was hurt. “A first count shows no losses among the guards,” the officer said."
    )
    assert quoted_speakers(text)[-1] != "Lena Ortiz"
