"""Intake on the hostile corpus (tests/resources/hostile/make.py): PDFs only pdfium can repair
are taken, bombs are refused before anything inflates them, emails are read from the file with
their attachments spooled to disk."""

from __future__ import annotations

import base64
import email
import sys
from email import policy
from pathlib import Path

import pytest

from mailsort.errors import CorruptInput, InputRejected, TooLarge
from mailsort.intake.email import _write_base64, parse_email
from mailsort.intake.sniff import take
from mailsort.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "resources" / "hostile"))
import make  # noqa: E402


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("builder", [make.pdf_broken_xref, make.pdf_xref_missing,
                                     make.pdf_pagetree_loop, make.pdf_deep_nesting])
def test_pdfs_strict_pypdf_refuses_but_pdfium_repairs_are_taken(tmp_path, settings, builder):
    source, _ = take(_write(tmp_path, "x.pdf", builder()), None, settings)
    assert source.kind == "pdf"


@pytest.mark.parametrize(("builder", "error", "words"), [
    (make.pdf_truncated, CorruptInput, "damaged or truncated"),
    (make.pdf_zero_pages, CorruptInput, "no pages"),
    (make.pdf_flate_bomb, TooLarge, "inflates to more than 64 MB"),
    (make.pdf_2000_pages, TooLarge, "2000 pages"),
    (make.tiff_truncated, CorruptInput, "damaged or truncated"),
    (make.png_one_pixel, CorruptInput, "too small"),
])
def test_unreadable_or_oversized_inputs_are_refused_in_one_plain_line(tmp_path, settings, builder,
                                                                       error, words):
    suffix = ".tif" if "tiff" in builder.__name__ else ".png" if "png" in builder.__name__ else ".pdf"
    with pytest.raises(InputRejected) as e:
        take(_write(tmp_path, "x" + suffix, builder()), None, settings)
    assert type(e.value) is error and words in str(e.value), str(e.value)
    assert "\n" not in str(e.value) and "<_io" not in str(e.value)


def test_big_email_is_parsed_from_the_file_and_its_attachment_spooled(tmp_path, settings):
    path = _write(tmp_path, "big.eml", make.eml_attachment_50mb())
    _, parsed = take(path, None, settings)
    [att] = parsed.attachments
    assert att.path.parent == parsed.spool and parsed.spool.parent == settings.data_dir / "tmp"
    expected = email.message_from_bytes(path.read_bytes(), policy=policy.compat32)
    part = [p for p in expected.walk() if p.get_filename() == "rechnung-gross.pdf"][0]
    assert att.data == part.get_payload(decode=True)   # the same bytes the stdlib decodes
    assert att.info.size > 50 << 20
    parsed.discard()
    assert not parsed.spool.exists()


def test_spool_is_removed_when_the_email_is_refused(tmp_path):
    # Attachments were spooled before the message turned out to have nothing to read.
    data = make.eml_no_body()
    with pytest.raises(InputRejected):
        parse_email(data, tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("text", [
    base64.encodebytes(bytes(range(256)) * 5000).decode(),     # 76-character lines
    base64.b64encode(b"x" * 3_000_001).decode(),               # one long line, padded
    "QUJD\r\nREVG\r\n R0g=\r\n",                               # odd whitespace
    base64.b64encode(b"abcd").decode().rstrip("="),            # padding lost in transit
])
def test_base64_decoded_slice_by_slice_equals_decoded_at_once(tmp_path, text):
    with open(tmp_path / "out", "wb") as fh:
        _write_base64(text, fh, step=1000)
    assert (tmp_path / "out").read_bytes() == base64.b64decode(text + "=" * (-len(
        "".join(text.split())) % 4), validate=False)


def test_hostile_attachment_names_stay_names(tmp_path):
    parsed = parse_email(make.eml_hostile_names(), tmp_path)
    names = [a.info.filename for a in parsed.attachments]
    assert all("/" not in n and "\\" not in n and "\0" not in n for n in names), names
    assert all(a.path.parent == parsed.spool for a in parsed.attachments)
    assert sorted(p.name for p in tmp_path.iterdir()) == [parsed.spool.name]


def test_a_flate_bomb_attachment_is_listed_but_refused_and_the_letter_beside_it_is_read(tmp_path):
    parsed = parse_email(make.eml_bomb_attachment(), tmp_path)
    refused = {a.info.filename: a.refused for a in parsed.attachments}
    assert refused["rechnung.pdf"] is None
    assert refused["anlage.pdf"] == ("page 1 of the PDF inflates to more than 64 MB of drawing "
                                     "instructions (a decompression bomb)")
