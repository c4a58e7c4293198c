"""The text boundary: whatever comes in, well-formed text goes out; file names stay exact."""

from __future__ import annotations

import json
import os
import unicodedata

from hypothesis import given, settings, strategies as st

from mailsort.text.clean import bounded, clean_text, path_bytes_hex, path_text, safe_str

# Any code point, lone surrogates and NULs included: what pdfium and odd codecs hand over.
ANY_TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF,
                                          blacklist_categories=()), max_size=200)


def test_a_surrogate_pair_becomes_the_character_and_a_lone_half_becomes_the_replacement():
    assert clean_text("Rechnung \ud83d\ude00 Nr. 1") == "Rechnung \U0001F600 Nr. 1"
    assert clean_text("a\ud83d b\ude00") == "a\ufffd b\ufffd"
    assert clean_text("\ufeffM\x00ller") == "M\ufffdller"
    assert clean_text("Mu\u0308ller") == "Müller"                     # NFC


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_cleaned_text_encodes_is_nfc_and_is_stable(text):
    out = clean_text(text)
    out.encode("utf-8")                                            # strict: no surrogates left
    assert "\x00" not in out and "\ufeff" not in out
    assert unicodedata.is_normalized("NFC", out)
    assert clean_text(out) == out
    json.dumps(out, ensure_ascii=False).encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=60).filter(lambda b: b"/" not in b and b"\x00" not in b))
def test_any_file_name_is_shown_encodable_and_kept_exactly(raw):
    name = os.fsdecode(raw)                                        # as os.listdir hands it over
    shown = path_text(name)
    shown.encode("utf-8")
    hexed = path_bytes_hex(name)
    if hexed is None:
        assert shown == raw.decode("utf-8")
    else:
        assert bytes.fromhex(hexed) == raw and "\\x" in shown
    safe_str(f"{name}: damaged").encode("utf-8")


def test_bounded_cuts_at_a_line_end_near_the_limit():
    text = ("x" * 99 + "\n") * 1000
    cut = bounded(text, 5050)
    assert len(cut) <= 5050 and cut.endswith("x") and len(cut) % 100 == 99
    assert bounded("short", 10) == "short"
