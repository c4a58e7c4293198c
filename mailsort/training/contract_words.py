"""Contract words on mail that is no contract, so that "Vertrag" alone does not mean *contract*.

The wording templates use "Vertrag"/"contract" almost only in contract letters (45 of 50 mentions), so
the classifier learned the word as the category. Real invoices name the contract they bill
("Vertragskonto", "Vertragsnummer"), adverts sell one ("24 Monate Laufzeit"), reminders and customer
notices refer to one. The hidden set showed the result: 8 of 57 invoices, 3 adverts and 4 other
letters filed as contracts. A share of the non-contract training letters therefore carries such a
reference line or sentence; the category stays what the letter is.
"""

from __future__ import annotations

import random

SHARE = {"invoice": 0.35, "reminder": 0.3, "advertising": 0.35, "other": 0.3, "bank": 0.2,
         "insurance": 0.25}

INFO_DE = ["Vertragsnummer", "Vertragskonto", "Vertrags-Nr.", "Vertragskontonummer", "Ihr Vertrag",
           "Kundennummer / Vertrag"]
INFO_EN = ["Contract no.", "Contract number", "Contract account", "Your contract"]

SENTENCES_DE = {
    "invoice": ["Die Abrechnung erfolgt gemäß Ihrem Vertrag vom {d}.",
                "Grundlage dieser Rechnung ist der mit Ihnen geschlossene Vertrag.",
                "Der monatliche Grundpreis ergibt sich aus Ihrem Vertrag (Laufzeit 24 Monate).",
                "Ihr Vertrag läuft unverändert weiter; Ihre nächste Abrechnung erhalten Sie im Folgemonat."],
    "reminder": ["Die Zahlung ist nach unserem Vertrag seit dem {d} fällig.",
                 "Gemäß Vertrag bitten wir um umgehenden Ausgleich des offenen Betrags."],
    "advertising": ["Jetzt wechseln: ein Vertrag mit 24 Monaten Laufzeit und Bonus ab dem ersten Monat.",
                    "Verlängern Sie Ihren Vertrag bis zum {d} und sichern Sie sich den Aktionspreis.",
                    "Ohne Vertragsbindung, monatlich kündbar - nur für kurze Zeit."],
    "other": ["An Ihrem Vertrag ändert sich dadurch nichts.",
              "Diese Information betrifft Ihren Vertrag nicht; Sie müssen nichts unternehmen.",
              "Ihre Vertragsunterlagen finden Sie wie gewohnt in Ihrem Kundenkonto."],
    "bank": ["Grundlage ist Ihr Kontovertrag bzw. Kreditvertrag mit uns."],
    "insurance": ["Ihr Versicherungsvertrag bleibt im Übrigen unverändert bestehen."],
}
SENTENCES_EN = {
    "invoice": ["This invoice is issued under your contract dated {d}.",
                "Your contract continues unchanged; your next bill follows next month."],
    "reminder": ["Under our contract, payment has been due since {d}."],
    "advertising": ["Switch now: a 24-month contract with a bonus from the first month.",
                    "No contract, cancel any month - for a limited time only."],
    "other": ["Your contract is not affected by this change.",
              "Your contract documents remain available in your customer account."],
    "bank": ["This is governed by your account contract with us."],
    "insurance": ["All other terms of your insurance contract remain unchanged."],
}


def contract_mention(category: str, language: str, date_text: str, rng: random.Random
                     ) -> tuple[tuple[str, str] | None, str | None]:
    """(info-block line or None, sentence or None) for a letter of `category`; both None mostly."""
    if rng.random() >= SHARE.get(category, 0.0):
        return None, None
    de = language == "de"
    info = None
    if rng.random() < 0.6:
        info = (rng.choice(INFO_DE if de else INFO_EN), str(rng.randint(10 ** 7, 10 ** 10 - 1)))
    sentence = None
    if info is None or rng.random() < 0.5:
        sentence = rng.choice((SENTENCES_DE if de else SENTENCES_EN)[category]).format(d=date_text)
    return info, sentence
