"""Forwarded emails (.eml): a client's staff member forwards the original mail to the intake alias.

The outer mail goes from the staff member to the client's intake alias; the original (from the
letter's sender to the client) is quoted in one client's forwarding format, inline or with the
letter attached as a born-digital or scanned PDF. Built with the stdlib EmailMessage; boundaries,
Message-IDs and dates are derived from the letter so the same call writes the same bytes.
"""

from __future__ import annotations

import hashlib
import random
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone  # noqa: F401 (MailLetter.date's type)
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Literal

from mailsort.training.letter import Letter
from mailsort_lab.render import forwarding
from mailsort_lab.render.artefacts import save_scan, scanify
from mailsort_lab.render.page import render_pages
from mailsort_lab.render.pdf import render_pdf


@dataclass
class MailLetter:
    """What `build_email` reads from a letter: a training Letter has these, and a generator of its
    own wording builds one (waves 7-9)."""
    id: str
    language: str
    subject: str
    date: date
    sender_name: str
    sender_address: list[str]
    sender_contact: list[str]
    recipient_lines: list[str]
    salutation: str
    paragraphs: list[str]
    closing: str
    signature: list[str]

Body = Literal["plain", "html", "alternative"]
Charset = Literal["utf-8", "iso-8859-1", "windows-1252"]
Encoding = Literal["quoted-printable", "base64", "8bit"]
AttachmentKind = Literal["none", "pdf", "scan"]
CET = timezone(timedelta(hours=1))

NOTES = {
    "de": ["Hallo,\n\nbitte ablegen.\n\nDanke und viele Grüße\n{first}",
           "Zur Info und Ablage.\n\nGruß\n{first}",
           "Hallo zusammen,\n\nkönnt ihr das bitte bearbeiten? Kam heute per Mail.\n\nVG {first}",
           "Bitte um Erledigung.\n\n{full}"],
    "en": ["Hi,\n\nplease file this.\n\nThanks,\n{first}", "FYI, please process.\n\n{full}",
           "Forwarding for the records.\n\nBest,\n{first}"],
}
COVER = {
    "de": "Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unser Schreiben „{subject}“ "
          "als PDF.\n\nMit freundlichen Grüßen\n{signature}",
    "en": "Dear Sir or Madam,\n\nplease find attached our letter \"{subject}\" as a PDF.\n\n"
          "Kind regards,\n{signature}",
}


def slug(text: str, limit: int = 40) -> str:
    repl = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    text = "".join(repl.get(ch, ch) for ch in text)
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:limit].strip("-") or "x"


def sender_address(letter: Letter) -> Address:
    """The letter sender's mail address: from its contact lines, else made from its name."""
    found = next((c for c in letter.sender_contact if "@" in c), None)
    if found:
        addr = re.search(r"[\w.+-]+@[\w.-]+", found)
        if addr:
            user, domain = addr.group(0).split("@", 1)
            return Address(letter.sender_name, user, domain)
    return Address(letter.sender_name, "info", f"{slug(letter.sender_name, 30)}.example")


PERSON_PREFIX = re.compile(r"^(?:z\.\s?H(?:d)?\.|zu Händen|Attn[.:]?|FAO|c/o)\s*", re.I)
TITLES = {"Herrn", "Herr", "Frau", "Dr.", "Prof.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dipl.-Ing."}


def person_line(lines: list[str]) -> str | None:
    """The addressed person in a window address block, if any ('z. Hd. Herrn Dr. Jonas Weber')."""
    for line in lines[:4]:
        rest = PERSON_PREFIX.sub("", line.strip())
        if rest.split()[:1] and rest.split()[0] in ("Herrn", "Herr", "Frau", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs."):
            return rest
        if rest != line.strip() and not line.lower().startswith("c/o") and len(rest.split()) in (2, 3):
            return rest                                # "Attn. Clara Stein"
    return None


def firm_line(lines: list[str]) -> str:
    """The addressee firm: the first line that is not the person (person-first blocks use c/o)."""
    person = person_line(lines)
    for line in lines[:3]:
        if person and person in line:
            continue
        return re.sub(r"^c/o\s+", "", line.strip())
    return lines[0]


def person_address(name: str, domain: str) -> Address:
    """'Herrn Dr. Jonas Weber' at domain -> Jonas Weber <j.weber@domain>."""
    words = [w for w in PERSON_PREFIX.sub("", name.strip()).split() if w not in TITLES]
    user = f"{slug(words[0])[:1]}.{slug(words[-1])}" if len(words) >= 2 else "info"
    return Address(" ".join(words) or name, user, domain)


def _encoding_ok(text: str, charset: str) -> str:
    try:
        text.encode(charset)
        return charset
    except UnicodeEncodeError:      # e.g. "Yılmaz" has no Latin-1 form: real clients fall back too
        return "utf-8"


def _letter_text(letter: Letter) -> str:
    sig = "\n".join(letter.signature)
    foot = "\n".join([letter.sender_name, *letter.sender_address, *letter.sender_contact[:2]])
    return "\n\n".join([letter.salutation, *letter.paragraphs, f"{letter.closing}\n{sig}", f"--\n{foot}"])


def _attachment(letter: Letter, kind: AttachmentKind, rng: random.Random) -> tuple[bytes, str, str]:
    if kind == "pdf":
        with tempfile.TemporaryDirectory() as tmp:
            data = render_pdf(letter, Path(tmp) / "a.pdf").read_bytes()
        return data, f"{slug(letter.subject)}.pdf", "pdf"
    pages = scanify(render_pages(letter, dpi=200), rng, "bw")   # 1-bit keeps mails small
    with tempfile.TemporaryDirectory() as tmp:
        stamp = datetime.combine(letter.date, time(9))
        data = save_scan(pages, Path(tmp) / "s.pdf", quality=55, created=stamp).read_bytes()
    return data, f"Scan_{letter.date:%Y%m%d}_{rng.randint(100, 999)}.pdf", "pdf"


def build_email(letter: Letter | MailLetter, style: str, intake_address: str, forwarder: Address,
                original_to: Address | None = None, body: Body = "plain", charset: Charset = "utf-8",
                encoding: Encoding = "quoted-printable", attachment: AttachmentKind = "none",
                rng: random.Random | None = None, nested: bool = False) -> EmailMessage:
    """The outer mail forwarder -> intake_address quoting the original letter sender -> original_to.

    nested: the original recipient first forwarded it to the forwarder, who forwards it on, so the
    original sits two forward blocks deep (subject "WG: WG: ...").
    """
    if style not in forwarding.STYLES:
        raise ValueError(f"unknown forwarding style {style!r}; known: {', '.join(forwarding.STYLES)}")
    rng = rng or random.Random(f"{letter.id}/{style}")
    lang = forwarding.language(style)
    original_from = sender_address(letter)
    if original_to is None:
        firm = firm_line(letter.recipient_lines)
        person = person_line(letter.recipient_lines)
        domain = f"{slug(firm, 24)}.example"
        original_to = person_address(person, domain) if person else Address(firm, "post", domain)
    sent = datetime.combine(letter.date, time(rng.randint(7, 17), rng.randint(0, 59)), CET)
    forwarded = sent + timedelta(days=rng.choice((0, 1, 1, 2, 3)), minutes=rng.randint(5, 600))
    subject = letter.subject
    if attachment == "none":
        plain = _letter_text(letter)
        markup = forwarding.paragraphs_html(plain)
    else:
        plain = COVER[letter.language].format(subject=letter.subject, signature="\n".join(letter.signature))
        markup = forwarding.paragraphs_html(plain)
    hops = [(original_from, original_to, sent)]
    if nested:
        relayed = sent + timedelta(minutes=rng.randint(10, 180))
        forwarded = max(forwarded, relayed + timedelta(minutes=rng.randint(5, 90)))
        hops.append((original_to, forwarder, relayed))
    for i, (frm, to, when) in enumerate(hops):
        by = hops[i + 1][0] if i + 1 < len(hops) else forwarder
        block = forwarding.header_block(style, str(frm), str(to), when, subject)
        first = by.display_name.split()[0] if by.display_name else ""
        note = rng.choice(NOTES[lang]).format(first=first, full=by.display_name)
        plain = forwarding.plain_forward(style, note, block, plain).rstrip("\n")
        markup = forwarding.html_fragment(style, note, block, markup)
        subject = forwarding.subject_prefix(style) + subject
    plain += "\n"
    markup = forwarding.html_document(markup)
    charset = _encoding_ok(plain + markup, charset)

    msg = EmailMessage()
    msg["From"] = forwarder
    msg["To"] = intake_address
    msg["Subject"] = subject
    msg["Date"] = format_datetime(forwarded)
    digest = hashlib.sha1(f"{letter.id}/{style}/{intake_address}".encode()).hexdigest()
    msg["Message-ID"] = f"<{digest[:24]}@{forwarder.domain}>"
    msg["MIME-Version"] = "1.0"
    if body == "html":
        msg.set_content(markup, subtype="html", charset=charset, cte=encoding)
    else:
        msg.set_content(plain, charset=charset, cte=encoding)
        if body == "alternative":
            msg.add_alternative(markup, subtype="html", charset=charset, cte=encoding)
    if attachment != "none":
        data, filename, sub = _attachment(letter, attachment, rng)
        msg.add_attachment(data, maintype="application", subtype=sub, filename=filename)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{digest[:12]}_{i}")
    return msg


def render_email(letter: Letter, path: Path, style: str, intake_address: str, forwarder: Address,
                 original_to: Address | None = None, body: Body = "plain", charset: Charset = "utf-8",
                 encoding: Encoding = "quoted-printable", attachment: AttachmentKind = "none",
                 rng: random.Random | None = None, nested: bool = False) -> Path:
    """Write the forwarded letter as an .eml file (CRLF line ends, RFC 2047 headers).

    style: one of forwarding.STYLES; body: plain, html (HTML only) or alternative (both);
    attachment: none (letter text inline), pdf (born-digital) or scan (image-only PDF);
    nested: forwarded twice (original recipient -> forwarder -> intake).
    """
    msg = build_email(letter, style, intake_address, forwarder, original_to, body, charset,
                      encoding, attachment, rng, nested)
    data = msg.as_bytes(policy=SMTP)
    if charset != "utf-8":
        data = _legacy_header_charset(msg, data, charset)
    path = Path(path)
    path.write_bytes(data)
    return path


def _legacy_header_charset(msg: EmailMessage, data: bytes, charset: str) -> bytes:
    """Older Outlook versions encode headers in the body's 8-bit charset (=?iso-8859-1?Q?...?=);
    the stdlib always writes utf-8 words, so rewrite Subject and the From name afterwards."""
    head, sep, rest = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    unfolded: list[bytes] = []
    for line in lines:                                   # join folded continuation lines
        if line[:1] in (b" ", b"\t") and unfolded:
            unfolded[-1] += line
        else:
            unfolded.append(line)
    out = []
    for line in unfolded:
        name = line.split(b":", 1)[0].decode("ascii")
        if name in ("Subject", "From") and b"=?utf-8?" in line:
            value = str(msg[name]) if name == "Subject" else msg[name].addresses[0].display_name
            try:
                value.encode(charset)
            except UnicodeEncodeError:
                out.append(line)
                continue
            words = Header(value, charset, header_name=name).encode(linesep="\r\n")
            if name == "From":
                words = f"{words} <{msg[name].addresses[0].addr_spec}>"
            out.append(f"{name}: {words}".encode("ascii"))
        else:
            out.append(line)
    return b"\r\n".join(out) + sep + rest



# ---- The glue of the generators that forward their own letters (waves 7-10) ----------------------
GENERAL_INTAKE = "empfang@post.buero-mitte.de"          # the office's own address, for mail to nobody
RECEPTION = Address("Empfang Büro Mitte", "empfang", "buero-mitte.de")


def forward_style(rng: random.Random, lang: str) -> str:
    """A forwarding client of the letter's language, now and then any (an office forwards English mail too)."""
    own = [s for s in forwarding.STYLES if s.endswith("-" + lang) or s == "outlook-de-original" and lang == "de"]
    return rng.choice(own if rng.random() < 0.8 else list(forwarding.STYLES))


def staff_forwarder(client_name: str, people: list[str], addressee: str | None, rng: random.Random,
                    bare) -> Address:
    """Someone of the client's staff other than the letter's addressee (`bare` strips a wave's titles),
    or the client's office address when it names nobody."""
    domain = f"{slug(client_name, 24)}.example"
    others = [p for p in people if p != addressee] or people
    who = rng.choice(others) if others else None
    return person_address(bare(who), domain) if who else Address(client_name, "office", domain)


def forward_to_intake(letter: Letter | MailLetter, style: str, intake: str, forwarder: Address, nested: bool,
                      rng: random.Random) -> tuple[EmailMessage, str]:
    """The forwarded mail in one of the body forms (German offices still send Latin-1 at times), and
    the body form's tag."""
    body = rng.choice(["plain", "plain", "alternative", "html"])
    msg = build_email(letter, style, intake, forwarder, body=body, rng=rng, nested=nested,
                      charset=rng.choice(["utf-8", "utf-8", "iso-8859-1"]) if letter.language == "de" else "utf-8")
    return msg, f"mail-body-{body}"


def attach_pdf(msg: EmailMessage, pdf: bytes, filename: str) -> None:
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)


def fix_boundaries(msg: EmailMessage, prefix: str) -> None:
    """Name every multipart boundary `prefix`_0, _1 ...: the same item writes the same bytes."""
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"{prefix}_{i}")
