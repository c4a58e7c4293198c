"""§ 193 BGB and Werktage with German public holidays, national or of the client's Bundesland."""

from __future__ import annotations

from datetime import date

import pytest

from mailsort.routing.directory import Client
from mailsort.routing.fields import extract_fields
from mailsort.routing.workdays import add_workdays, next_business_day

from .conftest import letter


def body_letter(body: str, letter_date: str) -> object:
    return letter("Müller Bau GmbH", info_block=f"Datum: {letter_date}", body=f"Sehr geehrte Damen und Herren,\n{body}")


@pytest.mark.parametrize("day, state, expected", [
    (date(2026, 12, 4), None, date(2026, 12, 4)),        # a Friday stays
    (date(2026, 12, 5), None, date(2026, 12, 7)),        # Saturday -> Monday
    (date(2026, 12, 6), None, date(2026, 12, 7)),        # Sunday -> Monday
    (date(2026, 12, 25), None, date(2026, 12, 28)),      # Christmas (Fri), Saturday 26th -> Monday
    (date(2027, 1, 1), None, date(2027, 1, 4)),          # New Year (Fri), weekend -> Monday
    (date(2026, 6, 4), None, date(2026, 6, 4)),          # Fronleichnam is no national holiday
    (date(2026, 6, 4), "BY", date(2026, 6, 5)),          # ... but one in Bayern
    (date(2026, 3, 9), "BE", date(2026, 3, 9)),          # Frauentag (8 March 2026) fell on a Sunday anyway
    (date(2027, 3, 8), "BE", date(2027, 3, 9)),          # Frauentag 2027 is a Monday, a holiday in Berlin only
    (date(2027, 3, 8), None, date(2027, 3, 8)),
])
def test_next_business_day(day, state, expected):
    assert next_business_day(day, state) == expected


def test_workdays_skip_weekends_and_holidays():
    assert add_workdays(date(2026, 12, 21), 5) == date(2026, 12, 29)      # 22-24, then 28, 29: not the 25th
    assert add_workdays(date(2026, 11, 20), 10) == date(2026, 12, 4)


def test_a_period_ending_on_a_holiday_moves_to_the_next_business_day():
    # 12 Dec 2026 + 14 days = Saturday 26 Dec, the second Christmas day -> Monday 28 Dec
    doc = body_letter("Bitte zahlen Sie innerhalb von 14 Tagen nach Zugang.", "12.12.2026")
    assert extract_fields(doc).deadlines == [date(2026, 12, 28)]
    # a date the letter names is its own: no move
    doc = body_letter("Bitte zahlen Sie bis zum 26.12.2026.", "12.12.2026")
    assert extract_fields(doc).deadlines == [date(2026, 12, 26)]


def test_the_clients_bundesland_decides_its_holidays():
    doc = body_letter("Bitte senden Sie den Fragebogen binnen zwei Wochen zurück.", "21.05.2026")
    assert extract_fields(doc).deadlines == [date(2026, 6, 4)]
    assert extract_fields(doc, state="BY").deadlines == [date(2026, 6, 5)]


@pytest.mark.parametrize("phrase, expected", [
    ("Sie können gegen den Anspruch innerhalb von 14 Tagen nach Zugang Widerspruch erheben.", date(2026, 12, 4)),
    ("Bitte äußern Sie sich innerhalb von einundzwanzig Tagen nach Erhalt dieses Schreibens.", date(2026, 12, 11)),
    ("Bitte reichen Sie die Unterlagen binnen zwei Wochen ab Datum dieses Schreibens ein.", date(2026, 12, 4)),
    ("Please return the form within 30 days of the date of this letter.", date(2026, 12, 21)),   # 20 Dec: Sunday
])
def test_relative_deadlines_count_from_the_letter_date(phrase, expected):
    assert extract_fields(body_letter(phrase, "20.11.2026")).deadlines == [expected]


def test_several_deadlines_in_one_letter_all_sorted():
    doc = body_letter("Bitte senden Sie uns den Fragebogen innerhalb von vier Wochen zurück.\n\n"
                      "Den Beitrag überweisen Sie bitte bis zum 04.12.2026.\n\n"
                      "Unabhängig davon bitten wir um Rückmeldung spätestens am 11.12.2026.", "20.11.2026")
    assert extract_fields(doc).deadlines == [date(2026, 12, 4), date(2026, 12, 11), date(2026, 12, 18)]


def test_a_bundesland_in_the_directory_is_checked():
    assert Client(id="a", name="A GmbH", mailbox="1", state="de-by").state == "BY"
    assert Client(id="a", name="A GmbH", mailbox="1").state is None
    with pytest.raises(ValueError, match="not a Bundesland"):
        Client(id="a", name="A GmbH", mailbox="1", state="XX")


# --- dates beside the letter date: stamps and notes people add (issue 10) -----------------------

def _stamped(after_body: str, dateline: str = "11.07.2026") -> object:    # a bare date: no town, no label
    return letter("Müller Bau GmbH", info_block=dateline,
                  body=f"Sehr geehrte Damen und Herren,\nbitte zahlen Sie bis zum 04.08.2026.\n\n"
                       f"Mit freundlichen Grüßen\nPiet Carstens\n\n{after_body}")


@pytest.mark.parametrize("marks", [
    "RECEIVED\n19. 07. 26",                  # upper case, the date on the next line
    "EINGEGANGEN.\n- 26.07.2026",             # OCR punctuation before the date
    "EINGANG 12. JULI 2026",
    "bez. 31.07.26 MK\n\nWv. 10.08.",          # handwritten notes with their own dates
    "an StB 4.8.26",
])
def test_stamps_and_notes_are_never_the_letter_date(marks):
    fields = extract_fields(_stamped(marks))
    assert fields.date == date(2026, 7, 11) and fields.deadlines == [date(2026, 8, 4)]


def test_a_date_alone_on_a_line_after_a_deadline_phrase_is_no_letter_date():
    doc = letter("Müller Bau GmbH", info_block="10. August 2026",
                 body="Sehr geehrte Damen und Herren,\nbitte senden Sie uns einen Kostenvoranschlag bis zum\n"
                      "14. September 2026.")
    fields = extract_fields(doc)
    assert fields.date == date(2026, 8, 10) and fields.deadlines == [date(2026, 9, 14)]


@pytest.mark.parametrize("dateline", ["Bielefeld, 3: September 2026", "Erfurt, 03.09:26", "Bremen, 3.9:2026",
                                      "Brussels, September 3,. 2026", "Rostock, den-03.09.2026"])
def test_ocr_damaged_datelines(dateline):
    doc = letter("Müller Bau GmbH", info_block=dateline, body="Sehr geehrte Damen und Herren,\nText.")
    assert extract_fields(doc).date == date(2026, 9, 3)


def test_prose_dated_is_no_date_label():
    doc = letter("Müller Bau GmbH", info_block="Brussels, January 12, 2026",
                 body="Dear Sir or Madam,\nOur records show that invoice INV-70807 dated December 15, 2025 remains unpaid.")
    assert extract_fields(doc).date == date(2026, 1, 12)


def test_a_request_for_your_answer_is_a_deadline_our_promise_is_not():
    asks = body_letter("Ferner erwarten wir Ihre Antwort binnen 30 Tagen ab Zugang.", "10.11.2026")
    assert extract_fields(asks).deadlines == [date(2026, 12, 10)]
    promise = body_letter("Wir bemühen uns um eine Antwort binnen 15 Werktagen.", "10.11.2026")
    assert extract_fields(promise).deadlines == []
