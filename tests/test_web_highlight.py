"""Highlighting article text from offsets: any set of spans, overlapping or not, gives sound HTML."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from refrain.web.highlight import Mark, highlight
from refrain.web.textdiff import word_diff


class _Checker(HTMLParser):
    """Collects the text and checks that every tag closes in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.add(tag)
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes nothing open"

    def handle_data(self, data: str) -> None:
        if not self.stack or self.stack[-1] != "a":  # marker links are additions, not text
            self.text.append(data)


def _parse(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert checker.stack == []
    return checker


def test_overlapping_spans_split_into_pieces_that_carry_both_marks() -> None:
    out = str(highlight("one two three", [Mark(0, 7, classes=("quote",)), Mark(4, 13, classes=("claim",))]))
    assert out == (
        '<span class="quote">one </span><span class="quote claim">two</span><span class="claim"> three</span>'
    )


def test_text_is_escaped_piece_by_piece() -> None:
    out = str(highlight('<b onclick="x">&', [Mark(1, 2, title='"><script>')]))
    assert "<b" not in out and "&lt;" in out and "&amp;" in out
    assert 'title="&#34;&gt;&lt;script&gt;"' in out


def test_markers_are_links_placed_at_the_start_of_their_span() -> None:
    out = str(highlight("abc", [Mark(1, 2, anchor="q-1", link="/quotes/1", link_label="❝")]))
    assert out == 'a<span class="anchor" id="q-1"></span><a class="marker" href="/quotes/1" title="">❝</a>bc'


def test_spans_out_of_range_are_clipped() -> None:
    assert str(highlight("abc", [Mark(2, 99, classes=("x",))])) == 'ab<span class="x">c</span>'


_text = st.text(alphabet=st.sampled_from(list("ab <>&\"'\u201c\u00e9\n")), max_size=40)


@st.composite
def _text_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(_text)
    n = len(text)
    marks = []
    for i in range(draw(st.integers(0, 6))):
        s = draw(st.integers(0, n))
        e = draw(st.integers(s, n))
        marks.append(Mark(s, e, classes=(f"m{i}",), title="<t>", link="/x" if i % 2 else ""))
    return text, marks


@given(_text_and_marks())
def test_any_marks_keep_the_text_and_give_balanced_tags(case: tuple[str, list[Mark]]) -> None:
    text, marks = case
    checker = _parse(str(highlight(text, marks)))
    assert "".join(checker.text) == text
    assert checker.tags <= {"span", "a"}


def test_word_diff_marks_changed_words_and_keeps_the_rest() -> None:
    runs = word_diff(
        "We moved 300 families before the water rose", "We moved 300 families before the rising water"
    )
    assert runs[0] == ("same", "We moved 300 families before the ")
    assert ("added", "rising ") in runs and ("removed", "rose") in runs
    assert "".join(t for op, t in runs if op != "removed") == "We moved 300 families before the rising water"


def test_word_diff_of_identical_texts_is_one_run() -> None:
    assert word_diff("same words", "same words") == [("same", "same words")]
