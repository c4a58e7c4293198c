"""The editable extracted fields: Fields <-> plain form values a person can type."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from datetime import date

from pydantic import ValidationError

from ..model import Fields
from .errors import WebError

_AMOUNT = re.compile(r"^\s*(-?[\d.,]+)\s*([A-Z]{3})?\s*$")


def to_form(fields: dict) -> dict[str, str]:
    f = Fields.model_validate(fields or {})
    return {
        "sender": f.sender or "",
        "subject": f.subject or "",
        "date": f.date.isoformat() if f.date else "",
        "deadlines": ", ".join(d.isoformat() for d in f.deadlines),
        "amounts": "; ".join(f"{a.value:.2f} {a.currency}" for a in f.amounts),
        "ibans": ", ".join(f.ibans),
        "references": "\n".join(f"{k}: {v}" for k, v in f.references.items()),
    }


def _date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as e:
        raise WebError(f"{what}: {text.strip()!r} is not a date like 2026-11-30") from e


def _number(text: str) -> Decimal:
    t = text.strip()
    if "," in t and "." in t:                 # 1.234,56 (German) or 1,234.56
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") else t.replace(",", "")
    else:
        t = t.replace(",", ".")
    return Decimal(t)


def from_form(form, original: dict) -> Fields:
    """Fields as the person edited them; keys missing from the form keep their old values."""
    old = Fields.model_validate(original or {})
    get = lambda k: form.get(k) if form.get(k) is not None else None  # noqa: E731
    data = old.model_dump()
    if get("sender") is not None:
        data["sender"] = form["sender"].strip() or None
    if get("subject") is not None:
        data["subject"] = form["subject"].strip() or None
    if get("date") is not None:
        data["date"] = _date(form["date"], "letter date") if form["date"].strip() else None
    if get("deadlines") is not None:
        data["deadlines"] = sorted({_date(p, "deadline") for p in re.split(r"[,;\s]+", form["deadlines"]) if p})
    if get("amounts") is not None:
        amounts = []
        for part in filter(None, (p.strip() for p in form["amounts"].split(";"))):
            m = _AMOUNT.match(part)
            if not m:
                raise WebError(f"amount {part!r}: write it like 123.45 EUR")
            try:
                amounts.append({"value": _number(m.group(1)), "currency": m.group(2) or "EUR", "text": part})
            except (ValueError, InvalidOperation) as e:
                raise WebError(f"amount {part!r}: write it like 123.45 EUR") from e
        data["amounts"] = amounts
    if get("ibans") is not None:
        data["ibans"] = [p.replace(" ", "").upper() for p in re.split(r"[,;\n]+", form["ibans"]) if p.strip()]
    if get("references") is not None:
        refs = {}
        for line in form["references"].splitlines():
            if line.strip():
                key, sep, value = line.partition(":")
                if not sep:
                    raise WebError(f"reference {line.strip()!r}: write it like 'Kundennummer: 12345'")
                refs[key.strip()] = value.strip()
        data["references"] = refs
    # A value the person changed no longer comes from the e-invoice.
    before = old.model_dump()
    data["field_sources"] = {k: v for k, v in old.field_sources.items()
                             if data.get(k.split(".")[0]) == before.get(k.split(".")[0])}
    try:
        return Fields.model_validate(data)
    except ValidationError as e:
        raise WebError(f"fields: {e.errors()[0]['msg']}") from e
