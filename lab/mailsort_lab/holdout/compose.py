"""One held-out letter: who writes, to whom, what it says, with its exact labels and tags."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from mailsort.routing.directory import Client
from mailsort.training.letter import Letter
from mailsort_lab.holdout.addressing import Addressee, Book, Provider, address_client, outsider
from mailsort_lab.holdout.context import Ctx
from mailsort_lab.holdout.dates import dateline, write_date
from mailsort_lab.holdout.senders import ORGS, Org, finish, iban_de, signer
from mailsort_lab.holdout.wording_de_business import DE_BUSINESS
from mailsort_lab.holdout.wording_de_extra import EXTRA_DE, EXTRA_KINDS
from mailsort_lab.holdout.wording_de_public import DE_PUBLIC
from mailsort_lab.holdout.wording_en import EN

# Share of each category; tax/legal/authority are public and German.
CATEGORY_WEIGHTS = {"invoice": 16, "reminder": 11, "tax": 11, "legal": 8, "authority": 11, "bank": 9,
                    "insurance": 8, "contract": 9, "advertising": 8, "other": 9}
CLIENT_SENDER_CATEGORIES = {"invoice", "reminder", "contract", "other", "advertising"}
FIRST_DAY, LAST_DAY = date(2026, 9, 1), date(2026, 11, 27)
ROLES_DE = ["Sachbearbeitung", "Buchhaltung", "Geschäftsführung", "Kundenservice", "Forderungsmanagement",
            "i. A.", "Im Auftrag"]
ROLES_EN = ["Accounts Receivable", "Customer Success", "Partner", "Credit Control"]


@dataclass
class Piece:
    """A Letter plus what our renderers need beyond the shared dataclass."""

    letter: Letter
    addressee: Addressee
    sender_client: str | None = None               # client id when a client wrote it
    return_line: str | None = None
    dateline: str | None = None                    # printed above the subject (else in info block)
    table: list[list[str]] = field(default_factory=list)
    extra_pages: list[tuple[str, list[str]]] = field(default_factory=list)
    city: str = "Berlin"


def _client_org(c: Client, p: Provider, rng: random.Random) -> Org:
    """A client as sender: its name at the provider's (shared) address."""
    org = Org(c.name, p.street, p.city, "client")
    org = finish(org, rng)
    org.email = c.emails[0] if c.emails and rng.random() < 0.3 else org.email
    org.footer = [f"{c.name} · {p.street} · {p.city}", f"IBAN {iban_de(rng)}",
                  f"Geschäftsführung: {', '.join(c.people) or 'N. N.'}"]
    return org


# Which sort of organisation writes which text ("client": a client of the provider may send it).
KINDS: dict[str, tuple[str, ...]] = {
    "tax_assessment": ("finanzamt",), "tax_prepayment": ("finanzamt",), "tax_request": ("finanzamt",),
    "tax_audit": ("finanzamt",), "tax_number": ("finanzamt", "bzst"), "tax_dunning": ("finanzamt", "zoll"),
    "tax_kfz": ("zoll",), "legal_mahnbescheid": ("mahngericht",), "legal_abmahnung": ("lawyer",),
    "legal_demand": ("lawyer",), "legal_claim": ("court",), "legal_bailiff": ("bailiff",),
    "legal_insolvency": ("insolvency",), "auth_register": ("register",), "auth_ihk": ("ihk", "hwk"),
    "auth_sozial": ("krankenkasse", "bg"), "auth_drv": ("drv",), "auth_rundfunk": ("rundfunk",),
    "auth_gewerbe": ("gewerbeamt",), "auth_statistik": ("statistik", "arbeitsagentur"),
    "bank_card": ("bank", "payment"), "ins_claim": ("insurer",),
    "rem_supplier": ("supplier", "client"), "rem_inkasso": ("inkasso",), "rem_rent": ("landlord",),
    "rem_statement": ("supplier", "client"), "inv_utility": ("utility",),
    "inv_supplier": ("supplier", "client"), "inv_telecom": ("telecom",), "inv_advisor": ("advisor", "client"),
    "con_offer": ("supplier", "client"), "con_price": ("utility", "telecom"), "con_renewal": ("landlord",),
    "con_termination": ("supplier", "telecom", "utility", "client"), "adv_catalog": ("promo", "client"),
    "adv_directory": ("directory",), "adv_seminar": ("seminar", "client"), "adv_leasing": ("promo",),
    "oth_delivery": ("logistics", "client"), "oth_newsletter": ("association", "partner", "client"),
    "oth_invitation": ("association", "partner", "client"), "oth_donation": ("charity",),
    "oth_application": ("person",), "oth_address": ("partner", "client"),
}


KINDS.update(EXTRA_KINDS)


def _writers(category: str, lang: str, from_client: bool):
    pool = EN[category] if lang == "en" and category in EN else \
        [*{**DE_PUBLIC, **DE_BUSINESS}[category], *EXTRA_DE.get(category, [])]
    if from_client:
        pool = [w for w in pool if "client" in KINDS.get(w.__name__, ())]
    return pool


def _org_for(writer, category: str, lang: str, rng: random.Random) -> Org:
    kinds = KINDS.get(writer.__name__)
    pool = [o for o in ORGS[category] if (kinds is None or o.kind in kinds)]
    if not pool:
        pool = [o for o in (x for xs in ORGS.values() for x in xs) if o.kind in (kinds or ())]
    same_lang = [o for o in pool if o.lang == lang] or pool
    base = rng.choice(same_lang)
    return finish(Org(**{**base.__dict__, "footer": list(base.footer)}), rng)


def compose(index: int, book: Book, provider: Provider, rng: random.Random, *, nobody: bool,
            lang: str, category: str, client: Client | None = None) -> Piece:
    """One letter; `client` fixes the recipient (for per-client training examples)."""
    clients = book.d.clients
    if lang == "en" and not any(o.lang == "en" for o in ORGS[category]) and category not in EN:
        lang = "de"
    letter_date = FIRST_DAY + timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))
    target: Client | None = None if nobody else (client or rng.choice(clients))
    who = outsider(book, provider, lang, rng) if target is None else \
        address_client(target, book, provider, lang, rng)
    tags = list(who.tags)

    sender_client = None
    from_client = category in CLIENT_SENDER_CATEGORIES and lang == "de" and rng.random() < 0.3
    writer = rng.choice(_writers(category, lang, from_client))
    if from_client:
        other = rng.choice([c for c in clients if c.id != (target.id if target else None)])
        org, sender_client = _client_org(other, provider, rng), other.id
        tags.append("sender-is-client")
    else:
        org = _org_for(writer, category, lang, rng)
    mention = None
    if rng.random() < 0.3:
        cands = [c for c in clients if c.id not in {target.id if target else "", sender_client or ""}]
        mention = rng.choice(cands).name if rng.random() < 0.7 else None

    ctx = Ctx(rng, lang, letter_date, org, who.firm, mention=mention)
    text = writer(ctx)
    if writer in EXTRA_DE.get(category, []):
        tags.append("wave-2-wording")
    paragraphs = list(text.paragraphs)
    if mention and not any(mention in para for para in paragraphs) and category in {
            "legal", "contract", "reminder", "invoice", "other"}:
        paragraphs.append(("Kopie an: " if lang == "de" else "cc: ") + mention)
    if mention and any(mention in para for para in paragraphs):
        tags.append("mentions-client")

    date_text = write_date(letter_date, lang, rng)
    info = [(k, v) for k, v in text.info]
    if rng.random() < 0.35:  # an earlier date in the info block: a trap for the letter date
        info.insert(0, ("Ihr Schreiben vom" if lang == "de" else "Your letter of",
                        write_date(letter_date - timedelta(days=rng.randint(5, 40)), lang, rng)))
        tags.append("earlier-date")
    signed = signer(lang, rng)
    if rng.random() < 0.5:
        info.append(("Ansprechpartner" if lang == "de" else "Contact", signed))
    use_dateline = rng.random() < 0.45
    if not use_dateline:
        info.append(("Datum" if lang == "de" else "Date", date_text))
    line = dateline(letter_date, lang, org.town, rng) if use_dateline else None
    if line:
        date_text = line

    if lang == "de":
        salutation = (f"Sehr geehrte{'r' if who.person and not _female(who) else ''} "
                      f"{_salute_name(who) if who.person else 'Damen und Herren'},")
        closing = rng.choice(["Mit freundlichen Grüßen", "Freundliche Grüße", "Mit freundlichem Gruß",
                              "Hochachtungsvoll"])
        role = rng.choice(ROLES_DE if category not in {"tax", "authority", "legal"} else ROLES_DE[:1] + ROLES_DE[5:])
    else:
        salutation = f"Dear {_salute_name(who)}," if who.person else rng.choice(["Dear Sir or Madam,", "Dear Customer,"])
        closing = rng.choice(["Yours faithfully", "Kind regards", "Yours sincerely"])
        role = rng.choice(ROLES_EN)
    if category in {"tax", "authority"} and rng.random() < 0.3:
        salutation = ""  # Bescheide often start without one
    no_return = rng.random() < 0.2
    ret = None if no_return else rng.choice([" · ", " - ", ", ", " | "]).join([org.name, org.street, org.city])
    if no_return:
        tags.append("no-return-line")
    letter = Letter(
        id=f"hx-{index:04d}", language=lang, category=category, sender_name=org.name,
        sender_address=[org.street, org.city], sender_contact=[org.phone, org.email, org.web],
        sender_footer=org.footer, recipient_client_id=target.id if target else None,
        recipient_lines=who.lines, date=letter_date, date_text=date_text, info_block=info,
        subject=text.subject, salutation=salutation, paragraphs=paragraphs, closing=closing,
        signature=[signed, role, org.name] if rng.random() < 0.4 else [signed, role],
        deadlines=sorted(ctx.dl.dates), amounts=ctx.amounts, references=ctx.refs,
        tags=sorted(set(tags + [f"lang-{lang}"])),
    )
    extra = list(text.extra_pages)
    while len(extra) < 2 and rng.random() < (0.25 if not extra else 0.3):
        extra.append(rng.choice(ANNEX_DE if lang == "de" else ANNEX_EN))
    return Piece(letter, who, sender_client, ret, line, text.table, extra, org.town)


ANNEX_DE = [
    ("Informationen zum Datenschutz", [
        "Verantwortlicher für die Verarbeitung Ihrer Daten ist der oben genannte Absender.",
        "Wir verarbeiten Ihre Daten zur Erfüllung des Vertrages und gesetzlicher Pflichten (Art. 6 DSGVO).",
        "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung.",
        "Beschwerden richten Sie bitte an die zuständige Aufsichtsbehörde."]),
    ("Hinweise", [
        "Bitte geben Sie bei Zahlungen stets das Aktenzeichen bzw. die Kundennummer an.",
        "Zahlungen ohne Angabe können nicht zugeordnet werden.",
        "Unsere Geschäftszeiten: Montag bis Freitag 8.00 bis 16.00 Uhr."]),
    ("Anlage: Allgemeine Geschäftsbedingungen", [
        "1. Angebote sind freibleibend. 2. Preise verstehen sich netto zuzüglich gesetzlicher Umsatzsteuer.",
        "3. Die gelieferte Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
        "4. Erfüllungsort und Gerichtsstand ist, soweit zulässig, der Sitz unseres Unternehmens."]),
]
ANNEX_EN = [
    ("Privacy notice", ["We process your data to perform our contract with you and to meet legal duties.",
                        "You may ask for access, correction or erasure of your data at any time."]),
    ("Terms and conditions (extract)", ["1. All prices exclude VAT. 2. Title passes on full payment.",
                                        "3. These terms are governed by the laws of England and Wales."]),
]


def _female(who: Addressee) -> bool:
    return bool(who.person) and (_salute_name(who).startswith("Frau") or _salute_name(who).startswith("Ms"))


def _salute_name(who: Addressee) -> str:
    from mailsort_lab.holdout.addressing import salute
    lang = "en" if who.lines and who.lines[-1] == "Germany" else "de"
    full = salute(who.person or "", lang)
    # "Frau Dr. Petra Lang" -> "Frau Dr. Lang": salutations drop the first name
    parts = full.split()
    titles = [w for w in parts[1:-1] if w.endswith(".") and w[0].isupper() and len(w) <= 6]
    return " ".join(["Herr" if parts[0] == "Herrn" else parts[0], *titles, parts[-1]])
