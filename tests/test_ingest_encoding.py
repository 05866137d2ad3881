"""decode_bytes: BOMs, UTF-8, UTF-16, cp1252, cp1256, mojibake; binary refused with IngestError."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refrain.errors import IngestError
from refrain.ingest import decode_bytes, detect_language
from refrain.ingest.encoding import repair_mojibake

PERSIAN = "وزیر گفت که گزارش پیش از انتخابات منتشر می‌شود"


def test_utf8_is_decoded_as_is():
    assert decode_bytes("Señora “Quote” — 5 €".encode()) == "Señora “Quote” — 5 €"


def test_utf8_bom_is_dropped():
    assert decode_bytes(codecs.BOM_UTF8 + b"plain") == "plain"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(encoding):
    text = "The minister said “no”, twice."
    assert decode_bytes(text.encode(encoding)) == text


def test_cp1252_smart_quotes():
    data = "He called it “a disgrace” – and left.".encode("cp1252")
    assert decode_bytes(data) == "He called it “a disgrace” – and left."


def test_cp1256_persian():
    # cp1256 has the Arabic forms of yeh and kaf only; Persian pe, che, gaf are there.
    text = PERSIAN.replace("ی", "ي").replace("ک", "ك").replace("\u200c", " ")
    decoded = decode_bytes(text.encode("cp1256"))
    assert decoded == text
    assert detect_language(decoded) == "fa"


def test_utf8_read_as_cp1252_is_repaired():
    mangled = "It’s “done” — café".encode().decode("cp1252", "replace")
    assert repair_mojibake("It\u00e2\u20ac\u2122s") == "It’s"
    assert decode_bytes("It’s done, café".encode().decode("latin-1").encode()) == "It’s done, café"
    assert "It’s" in decode_bytes(mangled.encode())


def test_persian_mojibake_is_repaired():
    mangled = PERSIAN.encode().decode("latin-1").encode()
    assert decode_bytes(mangled) == PERSIAN


def test_clean_latin_text_is_not_touched_by_repair():
    clean = "Ãlvaro, Señor Ñúñez, naïve café, 5 °C, © 2020"
    assert decode_bytes(clean.encode()) == clean


def test_empty_and_binary_are_refused_with_a_reason():
    with pytest.raises(IngestError, match="empty file"):
        decode_bytes(b"")
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    with pytest.raises(IngestError, match="binary or undecodable"):
        decode_bytes(bytes(range(1, 32)) * 20)


def test_error_names_the_path():
    with pytest.raises(IngestError) as caught:
        decode_bytes(b"", path="inbox/a.txt")
    assert str(caught.value) == "inbox/a.txt: empty file"
    assert caught.value.path == "inbox/a.txt" and caught.value.reason == "empty file"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_give_text_or_ingest_error(data):
    try:
        text = decode_bytes(data)
    except IngestError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500).filter(lambda s: s.strip()))
def test_utf8_text_round_trips_unless_it_looks_binary(text):
    try:
        assert decode_bytes(text.encode("utf-8", "surrogatepass")) in (text, repair_mojibake(text))
    except IngestError:
        pass  # control characters or lone surrogates: refused, which is allowed


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The committee said that it would publish the report before the vote.", "en"),
        (PERSIAN, "fa"),
        ("قال الوزير إن التقرير سينشر قبل الانتخابات في الشهر المقبل", "ar"),
        ("Der Minister sagte, dass der Bericht vor der Wahl erscheint.", None),
        ("42", None),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_one_cp1252_letter_in_ascii_text_is_not_taken_for_broken_utf8():
    assert decode_bytes(b"caf\xe9") == "café"


def test_one_broken_byte_in_utf8_text_keeps_the_rest_as_utf8():
    data = ("“Quoted” — ünïcödé text " * 5).encode() + b"\xff" + b" and more"
    assert decode_bytes(data).startswith("“Quoted” — ünïcödé")


@pytest.mark.parametrize("data", [b"000\x00\xc2\x80\xc2\x80", b"ok\x00 text", b"0\x00\xc2\x80"])
def test_short_utf8_with_a_nul_is_not_read_as_utf16(data):
    try:
        text = decode_bytes(data)
    except IngestError:
        return  # refused as binary: allowed
    assert text == data.decode("utf-8")
