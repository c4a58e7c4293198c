"""The letter date beside dates that others put on the page: a handwritten date, a received stamp.

The typed letter date stands alone under the info block; a later date written by hand (taller
letters) or stamped (ink the OCR reads unsurely, stamp words it misreads) sits at the top as well.
"""

from __future__ import annotations

from datetime import date

import pytest

from mailsort.model import Word
from mailsort.routing.fields import extract_fields
from mailsort.routing.letterdate import marked_dates

from .conftest import letter

BODY = ("Rechnung 2026-4471\n\nSehr geehrte Damen und Herren,\nbitte zahlen Sie 1.190,00 EUR bis zum 04.12.2026.\n\n"
        "Mit freundlichen Grüßen\nStadtwerke Nord GmbH\nTelefon 040 123456 · Fax 040 123457")


def with_mark(mark: str, *, h: float = 0.012, conf: float = 90.0):
    """A letter dated 20.11.2026 (alone on its line) with `mark` in the upper right, as OCR gives it."""
    doc = letter("Müller Bau GmbH", info_block="Kundennummer 4711 33\n20.11.2026", body=BODY)
    page = doc.pages[0]
    page.text = f"{mark}\n\n{page.text}"
    x = 0.80
    for token in mark.split():
        page.words.append(Word(text=token, x=x, y=0.09, w=0.011 * len(token), h=h, conf=conf, block=99, line=0))
        x += 0.011 * len(token) + 0.008
    return doc


@pytest.mark.parametrize("mark, h, conf", [
    ("24.11.26", 0.022, 80.0),             # handwritten: larger letters
    ("P0steingng 27.11.2026", 0.012, 31.0),  # stamp ink: the OCR unsure of every word
    ("EINGANC 27.11.2026", 0.012, 88.0),   # stamp word misread, read well otherwise
    ("Erhalten am 27.11.2026", 0.012, 88.0),
])
def test_a_handwritten_or_stamped_date_beside_the_typed_one(mark, h, conf):
    fields = extract_fields(with_mark(mark, h=h, conf=conf))
    assert fields.date == date(2026, 11, 20) and fields.deadlines == [date(2026, 12, 4)]


def test_without_the_marks_the_later_bare_date_would_win():
    # the same handwritten date in typed size and confidence: the latest bare date is taken
    assert extract_fields(with_mark("24.11.26")).date == date(2026, 11, 24)


def test_a_stamp_repeating_the_letter_date_does_not_hide_it():
    assert marked_dates(with_mark("20.11.2026", h=0.024).pages) == set()
    assert marked_dates(with_mark("24.11.2026", h=0.024).pages) == {date(2026, 11, 24)}


def test_a_row_of_two_dates_is_typed_whatever_its_height():
    """Tesseract may give an info block's value row tall boxes; a hand or a stamp writes one date."""
    assert marked_dates(with_mark("08.12.2026 24.11.2026", h=0.024).pages) == set()


def test_a_text_layer_has_no_marks():
    doc = with_mark("24.11.26", h=0.022)
    doc.pages[0].method = "text-layer"
    assert marked_dates(doc.pages) == set()


@pytest.mark.parametrize("dateline", ["Hamburg – 22. Januar 2026", "Berlin - 22.01.2026", ": Hamburg - 22. Januar 2026"])
def test_a_town_and_dash_dateline_beats_a_later_bare_date(dateline):
    doc = letter("Müller Bau GmbH", info_block=f"Kundennummer 4711\n{dateline}\n17.02.2026.",
                 body="Sehr geehrte Damen und Herren,\nbitte zahlen Sie bis Dienstag, den 10. Februar 2026.")
    fields = extract_fields(doc)
    assert fields.date == date(2026, 1, 22) and fields.deadlines == [date(2026, 2, 10)]


def test_a_deadline_sentence_with_a_weekday_is_no_town_dateline():
    doc = letter("Müller Bau GmbH", info_block="Konto\nDE11 5001 0517 2220 2196 11\nDatum\n\n18.04.2026",
                 body="Sehr geehrte Damen und Herren,\nBitte bestätigen Sie bis Samstag, den 9. Mai 2026 die Angaben.")
    fields = extract_fields(doc)
    assert fields.date == date(2026, 4, 18) and fields.deadlines == [date(2026, 5, 9)]


def test_a_typed_date_beside_a_tall_name_on_one_ocr_line_is_not_marked():
    """OCR joins the info block's date to the contact's name printed larger beside it; the date's
    own words are of typed size, so it is no handwritten note."""
    doc = with_mark("29.11.2026 Dr. Anke Meyer-Lorenz", h=0.012)
    for w in doc.pages[0].words:
        if w.block == 99 and not w.text[0].isdigit():
            w.h = 0.024
    assert marked_dates(doc.pages) == set()
    assert marked_dates(with_mark("29.11.2026 Dr. Anke Meyer-Lorenz", h=0.024).pages) == {date(2026, 11, 29)}


@pytest.mark.parametrize("head, body, expected", [
    # the info-block column read after the body, beyond the top lines
    ("Kundennummer 4711", "\n".join(["Sehr geehrte Damen und Herren,"] + ["Text der Zeile."] * 40
                                    + ["Der Vertrag endet regulär am 25. Dezember 2026.", "",
                                       "Unser Zeichen: 110179", "Kundennummer: 46343", "", "16.11.2026"]),
     date(2026, 11, 16)),
    ("Kundennummer 4711", "\n".join(["Dear Sir or Madam,"] + ["A line of text."] * 40
                                    + ["Please sign and return it by 04.08.2026.", "", "Our ref.: 300223",
                                       "Customer no.: 24078", "", "7 May 2026"]), date(2026, 5, 7)),
    ("Kundennummer 4711", "\n".join(["Sehr geehrte Damen und Herren,"] + ["Text der Zeile."] * 40
                                    + ["Senden Sie es bis zum", "04.08.2026 unterschrieben zurück.", "",
                                       "thr Schreiben vom: 25. Mai 2026", "", "22.06.2026"]), date(2026, 6, 22)),
    # a header row naming the date's column, with a received stamp above it
    ("27. NOV 2026\n\nGeschäftszeichen Datum\nGZ 96420 21.11.2026", "Beitragsbescheid für das Umlagejahr 2025",
     date(2026, 11, 21)),
    # the end of a period is no dateline, on its own line or after a dash
    ("Kundennummer 4711\n29.07.2026 Dr. Anke Meyer-Lorenz", "Festsetzung für den Zeitraum 01.06.2026 —\n30.06.2026, ,",
     date(2026, 7, 29)),
    ("Kundennummer 4711\n24.09.2026", "Leistungen im Zeitraum 01.08.2026 - 31.08.2026.", date(2026, 9, 24)),
    # "Your letter of" as OCR reads it, and a town line with a speck in front
    ("Our ref.: 117490\nYour lener of 13 February 2026\nBox 2676 19 Mar 2026", "Dear Sir or Madam,", date(2026, 3, 19)),
    ("Unser Zeichen: 907696\na Potsdam, 15. Mai 2026\n\n17.03.2026", "Auf unser Schreiben nehmen wir Bezug.",
     date(2026, 5, 15)),
    # wave 9 (tuned on): the letter date under "Datum" in a header row beside other date labels,
    # whatever the columns' widths (OCR: "| eistungscatum"), and header rows of bare labels
    ("Rechnungsnummer & Kundennummer Datum Leistungsdatum\nRE-11358 520131 08.12.2026 24.11.2026",
     "Rechnung Nr. RE-11358", date(2026, 12, 8)),
    ("Rechnungsnumimer Kundennuniuner Datum | eistungscatum\nRE-2026513 258375 31.03.2026 16.03.2026",
     "Rechnung Nr. RE-2026513", date(2026, 3, 31)),
    ("15.12.2026\n\nContract . Date Tel\nTW-91593 11 December 2026 +44 48 1350 3818", "Dear Sir or Madam,",
     date(2026, 12, 11)),
    ("Policy Date\nHL-357365 13 April 2026", "Dear Sir or Madam,\n\n14. APR 2026", date(2026, 4, 13)),
    # below the salutation a row of bare labels heads a table of items, not the info block
    ("Datum\n07.08.2026", "Sehr geehrte Damen und Herren,\nBeleg Datum Betrag\nRE-2852-178 05.07.26 EUR 5.851,52",
     date(2026, 8, 7)),
    # wave 10 (tuned on): a sidebar OCR'd after the letter, its label and value apart; OCR's "Daum"
    ("Kundennummer 4711", "\n".join(["Sehr geehrte Damen und Herren,"] + ["Text der Zeile."] * 40
                                     + ["Our ref", "JM/75438", "", "Date", "", "2026-06-17"]), date(2026, 6, 17)),
    ("Kundennummer 4711", "\n".join(["Sehr geehrte Damen und Herren,"] + ["Text der Zeile."] * 40
                                     + ["Kundennummer", "373441100", "", "Daum", "", "| 26. November 2026"]),
     date(2026, 11, 26)),
    # "Due date:" ends in the label's word; a British date joined by hyphens
    ("GERMANY\n17 September 2026", "Dear Sir or Madam,\nDue date: 12 October 2026. Please quote the invoice.",
     date(2026, 9, 17)),
    ("Date\n18-May-2026", "Join us in London on 15 August 2026.", date(2026, 5, 18)),
    ("Estimated dispatch: 3rd August 2026\nDate: : Friday, 17 July 2026", "Order confirmation", date(2026, 7, 17)),
    # a stamp's date with its month in capitals; the end of a billing period wrapped onto its own line
    ("14. JUL 2026\n\nOur ref: 4711\n\n13 July 2026", "Please find below our invoice.", date(2026, 7, 13)),
    ("Account: ACC-47084\n29 June 2026", "Invoice INV-303144\n\nThis invoice covers the billing period "
                                         "1 June 2026 to\n\n30 June 2026.", date(2026, 6, 29)),
    # a header row whose other date label has small words in it
    ("Angebot gültig bis Datum\n21. Februar 2026 Montag, 19. Januar 2026", "Unser Angebot Nr. 26632",
     date(2026, 1, 19)),
    # a received stamp's word misread, its date on the next line (else the later bare date wins)
    ("Eingegangei\n27.11.2026\n\nKundennummer 4711\n20.11.2026", "Rechnung", date(2026, 11, 20)),
    ("SING. 27.11.26\n\nKundennummer 4711\n20.11.2026", "Rechnung", date(2026, 11, 20)),
    ("Stadtwerke Nord GmbH RECEIVED i\n27 NOV 2026\n\nKundennummer 4711\n20.11.2026", "Rechnung", date(2026, 11, 20)),
])
def test_the_letter_date_among_other_dates(head, body, expected):
    assert extract_fields(letter("Müller Bau GmbH", info_block=head, body=body)).date == expected
