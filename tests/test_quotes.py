"""refrain.quotes.find on invented sentences: one test per hard case of quotation finding."""

from __future__ import annotations

import json

from refrain.quotes import Mention, Quote, find


def only(text: str, **kw: str) -> Quote:
    quotes = [q for q in find(text, **kw) if q.kind != "scare"]
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


def test_straight_and_curly_double_quotes_give_the_words_inside_the_marks() -> None:
    for text in (
        '"The bridge will open in May," Mayor Lena Ortiz said.',
        "“The bridge will open in May,” Mayor Lena Ortiz said.",
    ):
        q = only(text)
        assert q.text == "The bridge will open in May,"
        assert text[q.pieces[0][0] : q.pieces[0][1]] == q.text
        assert (q.start, q.end) == (0, q.pieces[0][1] + 1)  # start/end include the marks
        assert q.speaker == "Lena Ortiz" and q.cue == "said" and q.kind == "direct"


def test_guillemets() -> None:
    q = only("The minister, Paul Arnaud, met the press. Arnaud said: «We will not give in.»")
    assert q.text == "We will not give in."
    assert q.speaker == "Paul Arnaud"


def test_quote_split_around_the_cue_is_one_quote_of_two_pieces() -> None:
    text = "“We lost the vote,” Karin Holt said, “but not the argument.”"
    q = only(text)
    assert [text[s:e] for s, e in q.pieces] == ["We lost the vote,", "but not the argument."]
    assert q.text == "We lost the vote, … but not the argument."
    at = text.index("Karin")
    assert q.speaker == "Karin Holt" and q.speaker_mention == Mention("Karin Holt", at, at + 10)


def test_quote_running_over_paragraphs() -> None:
    text = (
        "Deputy Minister Arash Vale spoke at length.\n\n"
        "“The harvest failed in the north. Prices doubled in a month.\n\n"
        "“We asked for help and none came,” he said.\n\nThe hall was quiet."
    )
    q = only(text)
    assert len(q.pieces) == 2
    assert q.text.startswith("The harvest failed") and q.text.endswith("none came,")
    assert q.speaker == "Arash Vale"
    assert "The hall was quiet" not in q.text


def test_nested_single_quotes_stay_inside_the_double_quote() -> None:
    text = "“They told us, ‘wait until spring,’ and we waited,” the farmer Omid Karimi said."
    q = only(text)
    assert "‘wait until spring,’" in q.text
    assert q.speaker == "Omid Karimi"


def test_quote_in_the_paragraph_after_an_introducing_sentence() -> None:
    text = (
        "On March 3, 2021, Nora Quill, the city's Water Commissioner, addressed the council. "
        "She was quoted as saying:\n\n“The reservoir is at its lowest level in forty years.”"
    )
    q = only(text, date="2021-03-10")
    assert q.speaker == "Nora Quill"
    assert q.speaker_mention is not None and q.speaker_mention.text == "She"
    assert q.role == "Water Commissioner" and q.organisation == "city"
    assert q.date == "2021-03-03"


def test_he_said_colon_resolves_to_the_full_name_mentioned_before() -> None:
    text = (
        "Provincial director Tomas Brandt announced new checks on Monday. "
        "He said: “Every truck will be weighed at the border.”"
    )
    q = only(text)
    assert q.speaker == "Tomas Brandt" and q.speaker_mention.text == "He"


def test_short_reference_resolves_to_the_fullest_name() -> None:
    text = (
        "Marta Eliza Sorensen, the agency's chief economist, spoke first.\n\n"
        "“Inflation has peaked,” Sorensen said."
    )
    q = only(text)
    assert q.speaker == "Marta Eliza Sorensen"
    assert q.speaker_mention.text == "Sorensen"
    assert q.role == "chief economist" and q.organisation == "agency"


def test_role_reference_resolves_to_the_person_holding_that_role() -> None:
    text = "Leo Varga, the transport minister, toured the port. “We need more cranes,” the minister said."
    q = only(text)
    assert q.speaker == "Leo Varga" and q.speaker_mention.text == "the minister"


def test_publication_as_speaker() -> None:
    text = "The state-run Harbor Daily wrote, “The strikes are organised from abroad.”"
    q = only(text)
    assert q.speaker == "Harbor Daily" and q.cue == "wrote"


def test_scare_quotes_titles_and_names_get_no_speaker() -> None:
    text = (
        "The so-called “moderate” wing lost again. Critics watched the film “Winter Roads” twice. "
        "Members of the “Blue Circle” met in secret."
    )
    quotes = find(text)
    assert [q.text for q in quotes] == ["moderate", "Winter Roads", "Blue Circle"]
    assert all(q.kind == "scare" and q.speaker is None and q.speaker_mention is None for q in quotes)


def test_partial_quote_woven_into_a_sentence_keeps_its_speaker() -> None:
    text = "Senator Ida Brook accused the council of undermining “the safety of the residents”."
    q = only(text)
    assert q.kind == "partial" and q.speaker == "Ida Brook" and q.cue == "accused"


def test_inverted_cue_with_appositive_and_venue() -> None:
    text = "“Nobody will be left behind,” said Ravi Anand, the union's spokesman, in a speech in Leeds."
    q = only(text)
    assert q.speaker == "Ravi Anand" and q.role == "spokesman" and q.organisation == "union"
    assert q.venue == "in a speech in Leeds"


def test_relative_weekday_resolves_against_the_article_date() -> None:
    q = only("On Wednesday, Paula Reyes said: “The talks are over.”", date="2024-05-10")  # a Friday
    assert q.date == "2024-05-08"


def test_according_to() -> None:
    q = only("According to Hanna Berg, “the audit found nothing.”")
    assert q.speaker == "Hanna Berg"


def test_stray_mark_does_not_swallow_the_article() -> None:
    text = 'He bought a 5" pipe and “a hammer.\n\nLater, “We are done,” Nils Ek said.\n\nThe end.'
    quotes = find(text)
    assert all("The end" not in q.text for q in quotes)
    assert any(q.text == "We are done," and q.speaker == "Nils Ek" for q in quotes)


def test_to_dict_is_json_ready() -> None:
    q = only("“Yes,” Ana Ruiz said.")
    d = q.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["pieces"] == [[1, 5]]
    assert d["speaker_mention"] == {"text": "Ana Ruiz", "start": 7, "end": 15}


def test_no_quotes_no_result() -> None:
    assert find("") == []
    assert find("Nothing is quoted here.") == []


def test_spacy_fallback_is_optional(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import refrain.quotes.parse as parse

    text = "Officials met on Friday. The tired old governor of the province then told them bluntly: “No.”"
    rules = find(text)
    monkeypatch.setattr(parse, "model", lambda: None)  # as if spaCy or its model were not installed
    assert find(text, use_spacy=True) == rules


def test_role_then_name_after_an_inverted_cue_gives_the_name() -> None:
    q = only('"My clients blocked a road," said the lawyer, Anton Feld. "The court must see that."')
    assert q.speaker == "Anton Feld" and q.role == "lawyer"


def test_name_of_an_organisation_splits_into_speaker_and_organisation() -> None:
    q = only(
        "Farmers plan to gather.\n\n“We expect five thousand people,” said Mira Castell of the Tarsk Farmers’ Union."
    )
    assert q.speaker == "Mira Castell" and q.organisation == "Tarsk Farmers’ Union" and q.role is None


def test_the_statement_said_goes_to_whoever_made_the_statement() -> None:
    text = (
        "Police detained 45 people at the dam on Sunday, the Tarsk provincial police said in a statement.\n\n"
        "“Order was restored within the hour,” the statement said."
    )
    q = only(text)
    assert q.speaker_mention.text == "the statement"  # the mention stays as written
    assert q.speaker == "Tarsk provincial police"


def test_a_verb_coordinated_after_the_quote_keeps_the_sentence_subject() -> None:
    text = (
        "Marenia’s Water Minister, Aurel Dragan, defended the dam on Sunday.\n\n"
        "The minister accused the union of trying to “hold the whole country hostage” and said the "
        "government had already paid compensation."
    )
    q = only(text)
    assert q.speaker_mention.text == "The minister"
    assert q.speaker == "Aurel Dragan" and q.role == "Water Minister"


def test_his_office_names_the_office_of_the_person() -> None:
    text = "Aurel Dragan, the minister, has spent a week on what his office calls a “listening tour” of the valley."
    q = only(text)
    assert q.speaker_mention.text == "his office" and q.speaker == "office of Aurel Dragan"


def test_he_is_the_subject_of_the_last_sentence_not_the_last_name() -> None:
    q = only("Karin Holt criticised Leo Varga on Monday. “We are done with this,” she said.")
    assert q.speaker == "Karin Holt"


def test_it_resolves_only_to_an_organisation_that_was_a_recent_subject() -> None:
    near = only("The Harbor Daily agency acknowledged the problem. “We cannot stop it,” it wrote.")
    assert near.speaker == "Harbor Daily"
    far = (
        "The Harbor Daily agency reported on the strike.\n\nThe ferry was late. The crew was tired. "
        "Nobody knew when the boats would sail.\n\n“We cannot stop it,” it wrote."
    )
    q = only(far)
    assert q.speaker_mention.text == "it" and q.speaker is None


def test_participle_cue_takes_the_subject_of_its_clause() -> None:
    q = only("Hours later, Nils Ek returned the compliment, telling reporters, “She is a fine mayor.”")
    assert q.speaker == "Nils Ek" and q.cue == "telling"


def test_a_short_cue_sentence_after_a_closed_quote_attributes_it() -> None:
    q = only("“If you are listening, we will find the letters.” Ana Ruiz said.")
    assert q.speaker == "Ana Ruiz"


def test_party_tag_in_parentheses_does_not_hide_the_speaker() -> None:
    q = only("“It matters,” Sen. Ida Brook (R-Ore.) said on Saturday.")
    assert q.speaker == "Ida Brook"
    q = only("Sen. Ida Brook (R-Ore.), noting the crowd, said, “It matters.”")
    assert q.speaker == "Ida Brook"


def test_a_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker() -> None:
    q = only("On Friday, Ada Lind got the backing of Lena Park, who declared in the hall, “It is time.”")
    assert q.speaker_mention.text == "who" and q.speaker == "Lena Park"
    q = only("The page showed a notice that said, “This item is no longer listed.”")
    assert q.speaker_mention.text == "that"


def test_subject_opening_the_sentence_before_a_relative_clause() -> None:
    q = only("A Lind adviser, who spoke on condition of anonymity, said of her, “She is ready.”")
    assert q.speaker_mention.text == "A Lind adviser"


def test_party_tag_after_a_sentence_linking_word() -> None:
    q = only("But Sen. Ida Brook (R-Ore.), noting the crowd, said, “It matters.”")
    assert q.speaker == "Ida Brook"


def test_digest_layouts_name_the_source_before_a_colon_or_in_a_capitals_headline() -> None:
    q = only(
        "FERRY POLLS WERE EARLY - Ann Bell and Tom Roe: “The trend was there all along.” [Harbor Daily.]"
    )
    assert q.speaker_mention.text == "Ann Bell and Tom Roe"
    q = only("The ferry count went up. More from the survey: “Most riders came back in May.”")
    assert q.speaker_mention.text == "the survey"
    q = only("WHY THE FERRY IS LATE “The crew was short for a week.” [Harbor Daily.]")
    assert q.speaker_mention.text == "WHY THE FERRY IS LATE"


def test_the_subject_of_a_verb_that_takes_the_quote_as_its_object() -> None:
    q = only("Ida Brook, head of the ferry board, welcomed “the end of a long and costly strike.”")
    assert q.speaker == "Ida Brook"
    q = only("Shortly after the vote, Ida Brook issued a statement, “We are grateful to the riders.”")
    assert q.speaker_mention.text == "Ida Brook"
    q = only("Omar Vey tweeted about it. Another tweeted, “The ferry is late again.”")
    assert q.speaker_mention.text == "Another"


def test_inverted_speaker_with_an_of_title() -> None:
    q = only(
        "The board met.\n\n“Riders come first,” said former minister of transport Ida Brook, who led it."
    )
    assert q.speaker == "Ida Brook"


def test_sentence_openers_are_not_speakers() -> None:
    q = only(
        "Speaking in a calm voice again, he went on to read the whole notice, saying: “The ferry is late.”"
    )
    assert q.speaker_mention.text == "he"
    q = only("Asked which harbor was her favourite, she demurred: “I like them all.”")
    assert q.speaker_mention.text == "she"
    q = only("Likewise, a report from the Harbor Institute had this to say about it: “Fares will rise.”")
    assert q.speaker_mention.text.startswith("a report")


def test_a_new_sentence_between_two_quotations_keeps_them_apart() -> None:
    text = "“The ferry is late,” Ida Brook said. Omar Vey, speaking later, replied, “It always is.”"
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The ferry is late,", "Ida Brook"),
        ("It always is.", "Omar Vey"),
    ]
    # still one quotation when the cue clause sits between its two pieces
    q = only("“The ferry is late,” Ida Brook said, “and nobody told us.”")
    assert len(q.pieces) == 2


def test_digest_name_lines_above_or_below_quotation_paragraphs() -> None:
    headers = (
        "We asked riders what the strike meant to them.\n\n"
        "Ana Ruiz, 45, Portvale\n\n“I walked to work for a month.”\n\n"
        "Tom Reyes, 31, a nurse from Eastmoor\n\n“Nobody asked us.”\n\n“They never do.”"
    )
    quotes = [q for q in find(headers) if q.kind != "scare"]
    assert [q.speaker for q in quotes] == ["Ana Ruiz", "Tom Reyes", "Tom Reyes"]
    captions = (
        "We asked riders what the strike meant to them.\n\n"
        "“I walked to work for a month.”\n\nAna Ruiz, 45, Portvale\n\n"
        "“Nobody asked us.”\n\n— Tom Reyes"
    )
    quotes = [q for q in find(captions) if q.kind != "scare"]
    assert [q.speaker for q in quotes] == ["Ana Ruiz", "Tom Reyes"]
    q = only("“I walked to work for a month.” — Ana Ruiz, 45, Portvale")
    assert q.speaker_mention.text == "Ana Ruiz"


def test_the_quotation_dash_credits_each_quote_of_a_testimony_list() -> None:
    # "―" (U+2015, the typographic quotation dash) and a credit on the same line as the quote
    text = (
        "Readers told us what the ferry strike meant to them.\n\n"
        "“I walked to work for a month. Nobody asked us.” ― Ana Ruiz\n"
        "“The boats were empty and the fares went up anyway.”― Tom Reyes.\n"
        "“We need the harbor board to listen.” ‒ Ida Brook"
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [q.speaker for q in quotes] == ["Ana Ruiz", "Tom Reyes", "Ida Brook"]


def test_a_subheading_next_to_a_quotation_is_no_speaker() -> None:
    text = "The mayor spoke for an hour.\n\n“It will fail,” she said.\n\nFerry Fares Go Up In May.\n\n“We need boats.”"
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert quotes[-1].speaker_mention is None or quotes[-1].speaker_mention.text != "Ferry Fares"


def test_a_cue_right_before_the_quote_wins_over_the_next_sentences_cue() -> None:
    text = "Ida Brook wrote back to him, “Why now?” Omar Vey then replied, “Because it is late.”"
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [q.speaker for q in quotes] == ["Ida Brook", "Omar Vey"]
    q = only("When the ferry finally came, Ida Brook warned, “Nobody should board it,” as the crowd left.")
    assert q.speaker == "Ida Brook"


def test_a_quote_after_an_attributed_quote_sentence_keeps_that_speaker() -> None:
    text = (
        "“The fares are too high,” Ida Brook told the council on Monday, when a dozen states voted on "
        "their own ferry budgets and the harbor board met in the old town hall for the first time. "
        "“Riders will leave.”"
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [q.speaker_mention.text for q in quotes] == ["Ida Brook", "Ida Brook"]


def test_an_infinitive_inside_an_appositive_is_no_cue() -> None:
    q = only(
        "“The boats are old,” a port official, who was not authorized to speak publicly, told the Harbor Daily."
    )
    assert q.speaker_mention.text == "a port official"


def test_source_after_a_headline_dash_wins_over_the_headlines_verb() -> None:
    q = only("Riders agree - Ana Ruiz: “The ferry was never this late.”")
    assert q.speaker_mention.text == "Ana Ruiz"


def test_caption_name_with_an_age_or_description_beside_the_quote() -> None:
    q = only("“I walked to work for a month.” Ana Ruiz, 45, Portvale")
    assert q.speaker_mention.text == "Ana Ruiz"
    q = only("Ana Ruiz, a nurse from Portvale “I walked to work for a month.”")
    assert q.speaker_mention.text == "Ana Ruiz"
    # a title-case headline after a quoted word is no caption
    quotes = find("‘Missing’ Ferry Riders Might Decide The Vote, Again")
    assert all(q.speaker is None for q in quotes)


def test_the_object_of_a_participle_before_the_cue_is_not_the_speaker() -> None:
    q = only("Another port source speaking to the Harbor Daily said, “The boats are old.”")
    assert q.speaker_mention.text == "Another port source"


def test_the_clause_before_the_colon_names_the_speaker() -> None:
    text = "Ida Brook said the fares were “too high,” but she paid the board a compliment: “You tried.”"
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert quotes[-1].speaker_mention.text == "she" and quotes[-1].speaker == "Ida Brook"


def test_a_paragraph_with_its_own_cue_after_an_attributed_quote_is_its_own_quote() -> None:
    text = (
        "“The fares are too high,” Ida Brook said. “Riders will leave and the boats will rust.\n\n"
        "“Nobody on the board listens,” she continued. “They never did.”"
    )
    quotes = [q for q in find(text) if q.kind != "scare"]
    assert [q.speaker_mention.text for q in quotes] == ["Ida Brook", "she"]
    assert quotes[1].speaker == "Ida Brook"


def test_a_speech_noun_after_a_determiner_heads_the_subject() -> None:
    q = only("Intro.\n\n“Fares will rise by May,” the report stated.")
    assert q.speaker_mention.text == "the report"
    q = only("On its website, the union has changed its tone. “This is your ferry,” it now says.")
    assert q.speaker_mention.text == "it"
    q = only("Then came the loudest cheer: “It is about time,” exhorted the host, Ida Brook.")
    assert q.speaker == "Ida Brook"


def test_an_outlet_quoting_someone_as_saying_names_the_person() -> None:
    q = only(
        "The port reopened. “Trade is back,” the Harbor Daily quoted Ali Vaez, the port chief, as saying."
    )
    assert q.speaker_mention.text == "Ali Vaez" and q.cue == "quoted as saying"
    q = only(
        "The port reopened. “Trade is back.” Reuters quoted Ali Vaez as saying on the sidelines of the fair."
    )
    assert q.speaker == "Ali Vaez"


def test_attribution_in_the_sentence_after_a_closed_quote() -> None:
    intro = "The port reopened on Monday after a week. "
    q = only(
        intro + "“Trade is back.” Ali Vaez, deputy head of the National Port Company, said in an interview."
    )
    assert q.speaker == "Ali Vaez"
    q = only(intro + "“Trade is back.” Ali Vaez was quoted by the Harbor Daily as saying on Monday morning.")
    assert q.speaker == "Ali Vaez"
    q = only("Ali Vaez spoke on Sunday. “Trade is back.” The agency quoted him as saying.")
    assert q.speaker_mention.text == "him" and q.speaker == "Ali Vaez"
    # a quote inside the writer's sentence is not attributed to the next sentence's subject
    text = "Ida Brook once called him “a failed captain.” Omar Vey fired back in May, mocking her for it."
    assert all(q.speaker != "Omar Vey" for q in find(text))


def test_a_pronoun_resolves_to_a_person_subject_not_a_phrase_about_one() -> None:
    text = (
        "Mayor Ida Brook toured the harbor on Monday. Omar Vey's criticism of the plan drew a crowd. "
        "“We will rebuild the pier,” she said."
    )
    q = only(text)
    assert q.speaker == "Ida Brook"


def test_made_the_remarks_after_a_quote_attributes_it() -> None:
    q = only(
        "Port chief Ali Vaez praised the crews. “We are ready for any storm.” He made the remarks on Thursday."
    )
    assert q.speaker_mention.text == "He" and q.speaker == "Ali Vaez"
