"""Wave-6 emails (.eml, stdlib): sent straight to a client's intake alias, or forwarded there by the
client's own staff from the firm's address; some carry the letter as a PDF, some have it in the body.
Mail for nobody reaches the provider's front desk, which forwards it to the general intake."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from mailsort_lab.evalset import Plan
from mailsort_lab.render.eml import slug
from mailsort_lab.render.forwarding import header_block, plain_forward
from mailsort_lab.wave6.compose import Doc
from mailsort_lab.wave6.firms import Client, Directory, strip_form

CET = timezone(timedelta(hours=1))
STAFF = ["Empfang", "Buchhaltung", "Office Management", "Assistenz der Geschäftsführung"]
FWD_DE = ["outlook-de-original", "outlook-de", "gmail-de", "apple-de", "thunderbird-de"]
FWD_EN = ["outlook-en", "gmail-en", "apple-en", "thunderbird-en"]
NOTES = {"de": ["Bitte zuordnen und ablegen.", "Kam direkt bei uns an – bitte in den Posteingang.",
                "Hallo, bitte bearbeiten. Danke!", ""],
         "en": ["Please file, thanks.", "This came to our own inbox – please process.", ""]}


def _body(doc: Doc) -> str:
    """The letter as a mail body: the signature ends with the firm's full name (the sender label)."""
    s = doc.sender
    sig = f"{doc.signer}\n{s.name}\n{s.street}, {s.city}\nwww.{s.domain}"
    return "\n\n".join([doc.greeting, *doc.paras, doc.closing]) + "\n" + sig + "\n"


def _cover(doc: Doc) -> str:
    s = doc.sender
    if doc.lang == "de":
        return (f"{doc.greeting}\n\nanbei erhalten Sie unser Schreiben vom {doc.day:%d.%m.%Y} als PDF-Datei."
                f"\n\n{doc.closing}\n{doc.signer}\n{s.name}\n")
    return f"{doc.greeting}\n\nplease find attached our letter of {doc.day:%d/%m/%Y} as a PDF.\n\n{doc.closing}\n{doc.signer}\n{s.name}\n"


def _message(frm: str, to: str, subject: str, when: datetime, mid: str, text: str,
             pdf: tuple[str, bytes] | None, rng: random.Random) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"], msg["Subject"] = frm, to, subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = mid
    msg.set_content(text, charset="utf-8", cte=rng.choice(["quoted-printable", "base64", "8bit"]))
    if pdf:
        msg.add_attachment(pdf[1], maintype="application", subtype="pdf", filename=pdf[0])
        msg.set_boundary(f"=_w6_{rng.randrange(16 ** 12):012x}")
    return msg.as_bytes()


def email_item(doc: Doc, client: Client | None, d: Directory, plan: Plan, rng: random.Random,
               pdf: bytes) -> tuple[bytes, list[str]]:
    s = doc.sender
    who = doc.signer.split()[0].lower()
    frm = rng.choice([f"{s.brand or s.name} <{rng.choice(['info', 'post', 'service', who])}@{s.domain}>",
                      f"{doc.signer} <{who}@{s.domain}>"])
    sent = datetime(doc.day.year, doc.day.month, doc.day.day, rng.randint(7, 18), rng.randint(0, 59), tzinfo=CET)
    mid = f"<w6.{plan.seed}.{plan.index}@mail.{s.domain}>"
    tags = []
    attach = None
    if rng.random() < 0.45:
        attach = (f"{slug(doc.subject)}.pdf", pdf)
        text, tags = _cover(doc), ["email-pdf"]
    else:
        text, tags = _body(doc), ["email-body"]
    name = doc.block[0] if client is None else rng.choice([client.name, strip_form(client.name), doc.block[0]])
    if client and rng.random() < 0.4:          # straight to the client's intake alias at the provider
        to = f"{name} <{rng.choice(client.emails)}>" if client.emails else name
        return _message(frm, to, doc.subject, sent, mid, text, attach, rng), tags + ["mail-direct"]
    # Forwarded: the mail reached the firm's own address (or, for nobody, the provider's front desk).
    style = rng.choice(FWD_DE if doc.lang == "de" else FWD_EN)
    if client:
        own = slug(strip_form(client.name), 30) + ".de"
        original_to = f"{name} <{rng.choice(['info', 'office', 'kontakt'])}@{own}>"
        staff = rng.choice(STAFF)
        forwarder = f"{staff} {strip_form(client.name)} <{slug(staff.split()[0], 20)}@{own}>"
        outer = rng.choice(client.emails) if client.emails else "post@buero-mitte.de"
    else:
        original_to = f"{name} <info@{slug(strip_form(name), 30)}.de>"
        forwarder, outer = "Empfang Büro Mitte <empfang@buero-mitte.de>", "post@buero-mitte.de"
    note = rng.choice(NOTES[doc.lang])
    block = header_block(style, frm, original_to, sent, doc.subject)
    prefix = {"de": "WG: ", "en": "FW: "}[doc.lang] if "apple" not in style else "Fwd: "
    later = sent + timedelta(hours=rng.randint(1, 50))
    data = _message(forwarder, outer, prefix + doc.subject, later, f"<fw.{plan.seed}.{plan.index}@buero-mitte.de>",
                    plain_forward(style, note, block, text), attach, rng)
    return data, tags + ["mail-forward", f"mail-{style}"]
