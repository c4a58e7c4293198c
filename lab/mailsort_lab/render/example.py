"""Two hand-written letters for tests and quick looks, independent of the content generator."""

from __future__ import annotations

from datetime import date

from mailsort.training.letter import Letter


def example_letter(language: str = "de", paragraphs: int = 3) -> Letter:
    if language == "en":
        return Letter(
            id="example-en", language="en", category="invoice",
            sender_name="Northwind Office Supplies Ltd",
            sender_address=["12 Harbour Road", "Bristol BS1 4XY"],
            sender_contact=["+44 117 496 0123", "billing@northwind-office.example", "northwind-office.example"],
            sender_footer=["Northwind Office Supplies Ltd", "Registered in England No. 0481516",
                           "VAT GB 123 4567 89", "Bank: Harbour Bank", "IBAN GB33 BUKB 2020 1555 5555 55",
                           "Directors: A. Finch, M. Row"],
            recipient_client_id="harbor-lane",
            recipient_lines=["Harbor Lane Consulting GmbH", "Attn. Ms Clara Stein", "Box 2207",
                             "Friedrichstraße 118", "10117 Berlin", "GERMANY"],
            date=date(2026, 11, 20), date_text="20 November 2026",
            info_block=[("Your ref.", "PO-5531"), ("Invoice no.", "INV-2026-0912"),
                        ("Customer no.", "C-7781"), ("Date", "20 November 2026")],
            subject="Invoice INV-2026-0912 for office furniture",
            salutation="Dear Ms Stein,",
            paragraphs=[
                "Thank you for your order. We invoice the following items delivered on 17 November 2026.",
                "Total amount due: EUR 1,284.50. Please pay by 4 December 2026 to the account below.",
                "If you have any questions about this invoice, please contact our accounts team.",
            ][:paragraphs],
            closing="Kind regards,", signature=["Amelia Finch", "Accounts"],
            deadlines=[date(2026, 12, 4)], amounts=[(1284.50, "EUR")],
            references={"invoice": "INV-2026-0912"},
        )
    filler = ("Wir bitten Sie, die beigefügten Unterlagen sorgfältig zu prüfen und uns etwaige "
              "Abweichungen umgehend mitzuteilen. Für Rückfragen steht Ihnen unser Kundenservice "
              "montags bis freitags von 8 bis 18 Uhr gern zur Verfügung.")
    return Letter(
        id="example-de", language="de", category="reminder",
        sender_name="Stadtwerke Lindenau GmbH",
        sender_address=["Am Wasserturm 3", "04177 Leipzig"],
        sender_contact=["Tel. 0341 555 210", "service@sw-lindenau.example", "www.sw-lindenau.example"],
        sender_footer=["Stadtwerke Lindenau GmbH", "Sitz Leipzig, Amtsgericht Leipzig HRB 40211",
                       "Geschäftsführer: Karl Brenner", "Sparkasse Leipzig",
                       "IBAN DE89 3704 0044 0532 0130 00", "BIC COBADEFFXXX", "USt-IdNr. DE 287 334 112"],
        recipient_client_id="mueller-bau",
        recipient_lines=["Müller Bau GmbH", "Herrn Hans Müller", "Postfach 1042",
                         "Hauptstraße 12", "04109 Leipzig"],
        date=date(2026, 11, 20), date_text="20. November 2026",
        info_block=[("Ihr Zeichen", "HM/2026-11"), ("Kundennr.", "770 4412"),
                    ("Rechnungsnr.", "R-2026-18832"), ("Datum", "20. November 2026")],
        subject="Zahlungserinnerung zur Rechnung R-2026-18832",
        salutation="Sehr geehrter Herr Müller,",
        paragraphs=[
            "sicher haben Sie übersehen, dass unsere Rechnung vom 15. Oktober 2026 über 412,80 EUR "
            "noch offen ist.",
            "Bitte überweisen Sie den Betrag bis spätestens 4. Dezember 2026 auf das unten genannte Konto.",
            *[filler] * max(0, paragraphs - 2),
        ],
        closing="Mit freundlichen Grüßen", signature=["Sabine Koch", "Forderungsmanagement"],
        deadlines=[date(2026, 12, 4)], amounts=[(412.80, "EUR")],
        references={"Rechnungsnr.": "R-2026-18832"},
    )
