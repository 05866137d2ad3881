"""split_archive: many articles on one text page, each an exact slice, furniture left outside."""

from __future__ import annotations

import pytest
from conftest import shared_path

from refrain.ingest import read_file, split_archive

# An invented archive page in the shape such pages take: tag lines, a picture's alt text around
# each headline, a caption, a byline, "Continue Reading", share buttons and a footer.
ARCHIVE_PAGE = """Harbour Works,City Council,Budget

Cranes at the old harbour

Council Approves New Harbour Budget After Long Debate

Cranes at the old harbour

Cranes stand idle at the old harbour in March

The city council approved the harbour budget on Tuesday after a debate that lasted nine hours.

Councillor Ana Ruiz said the plan “finally puts the docks first”, while two members voted against it.

Staff Writer

Continue Reading

Schools,Transport,City Council

Children waiting for a bus

Night Buses Will Serve Three More Districts From May

Children waiting for a bus

The transport office said the night buses would run every twenty minutes in the new districts.

Parents had asked for the change for years, according to a letter sent to the council last winter.

Staff Writer

Continue Reading

728 x 90

Facebook
Twitter
Copyright © 2024 Example Gazette. All Rights Reserved
"""

# Headline / byline / body / "Read more" pages, without tag lines or pictures.
LISTING_PAGE = """Library Opens on Sundays

By Tomas Berg

The central library will open on Sundays from next month, the culture office announced today.

Read more »

River Clean-up Draws Hundreds

By Mei Lin

Hundreds of volunteers cleared litter from the river banks on Saturday, the organisers said.

Read more »
"""


def slices_with_text(text):
    return [(text[start:end], title) for start, end, title in split_archive(text)]


def test_archive_page_is_split_into_its_articles_with_titles():
    articles = slices_with_text(ARCHIVE_PAGE)
    assert [title for _, title in articles] == [
        "Council Approves New Harbour Budget After Long Debate",
        "Night Buses Will Serve Three More Districts From May",
    ]
    first, second = articles[0][0], articles[1][0]
    assert first.startswith("The city council approved")
    assert first.endswith("two members voted against it.")
    assert second.startswith("The transport office said")
    assert second.endswith("last winter.")


def test_furniture_stays_outside_every_slice():
    for body, title in slices_with_text(ARCHIVE_PAGE):
        for furniture in (
            "Staff Writer",
            "Continue Reading",
            "City Council",
            "728 x 90",
            "Facebook",
            "Copyright",
        ):
            assert furniture not in body
        assert title not in body
        assert "Cranes stand idle" not in body  # the picture caption


def test_listing_page_with_bylines_and_read_more():
    articles = slices_with_text(LISTING_PAGE)
    assert articles == [
        (
            "The central library will open on Sundays from next month, the culture office announced today.",
            "Library Opens on Sundays",
        ),
        (
            "Hundreds of volunteers cleared litter from the river banks on Saturday, the organisers said.",
            "River Clean-up Draws Hundreds",
        ),
    ]


def test_single_article_is_one_slice_keeping_its_headline():
    text = "\n\nPort Strike Ends\n\nDock workers returned to work on Monday after a deal on pay was reached.\n\nExit mobile version\n"
    [(start, end, title)] = split_archive(text)
    assert title == "Port Strike Ends"
    assert (
        text[start:end]
        == "Port Strike Ends\n\nDock workers returned to work on Monday after a deal on pay was reached."
    )


def test_single_article_whose_first_line_is_prose_has_no_title():
    text = "Dock workers returned to work on Monday after a deal on pay was reached, the union said.\n\nMore talks follow."
    assert split_archive(text) == [(0, len(text), None)]


def test_a_list_of_places_inside_an_article_does_not_split_it():
    text = (
        "Talks Resume\n\nThe envoys met again on Monday, the ministry said in a statement.\n\n"
        "Paris, Berlin, Rome\n\nThe next round is planned for June, officials said after the meeting."
    )
    assert len(split_archive(text)) == 1


def test_blank_text_has_no_slices():
    assert split_archive(" \n\n\t\n") == []


def test_archive_text_file_gives_documents_whose_offsets_point_into_the_decoded_file(tmp_path):
    path = tmp_path / "archive.txt"
    path.write_text(ARCHIVE_PAGE, encoding="utf-8")
    documents = read_file(str(path))
    assert len(documents) == 2
    for index, document in enumerate(documents):
        assert ARCHIVE_PAGE[document.start : document.end] == document.text
        assert document.index == index and document.source == str(path) and document.key is None
        assert document.language == "en"


def is_tag_line(line):
    items = line.split(",")
    return len(items) >= 3 and all(0 < len(item.split()) <= 6 for item in items) and not line.endswith(".")


@pytest.fixture(scope="module")
def seeds():
    folder = shared_path("seeds")
    return {path.name[:3]: path for path in sorted(folder.glob("*.txt"))}


def test_seed_archive_page_splits_into_ten_articles(seeds):
    text = seeds["001"].read_text("utf-8")
    articles = split_archive(text)
    assert len(articles) == 10
    previous_end = 0
    for start, end, title in articles:
        body = text[start:end]
        assert title and title not in body[: len(title) + 5]  # the headline is outside the slice
        assert len(body) > 1500
        assert start >= previous_end
        previous_end = end
        lines = [line.strip() for line in body.splitlines()]
        for furniture in ("Continue Reading", "Staff Writer", "Staff writer", "Facebook", "Twitter"):
            assert furniture not in lines
        assert not any(is_tag_line(line) or line.startswith("Copyright") for line in lines)
        # each slice starts at a body paragraph and ends at a sentence end
        assert body[0].isupper() and body.rstrip()[-1] in '.”"'
    # the headline of each article is the line between the two copies of the picture's alt text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for _start, _end, title in articles:
        positions = [i for i, line in enumerate(lines) if line == title]
        assert any(lines[i - 1] == lines[i + 1] for i in positions)


@pytest.mark.parametrize("seed", ["000", "002", "003", "004"])
def test_seed_single_articles_stay_single(seeds, seed):
    text = seeds[seed].read_text("utf-8")
    [(start, end, _title)] = split_archive(text)
    assert end - start > 0.9 * len(text.strip()) - 100
    assert "Exit mobile version" not in text[start:end]
    assert "728 x 90" not in text[start:end]


def test_seed_documents_keep_the_offset_invariant(seeds):
    for path in seeds.values():
        text = path.read_text("utf-8")
        for document in read_file(str(path)):
            assert text[document.start : document.end] == document.text
