"""Layout zones of a letter page (DIN 5008) from word boxes."""

from __future__ import annotations

from ..model import Page, Zones


def zones(page: Page) -> Zones:
    return Zones(body=page.text)
