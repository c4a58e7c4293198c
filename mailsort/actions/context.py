"""What the action kinds, the digests and the deadline watch share: a small context, not a hub.

Each part of the actions stage receives this instead of the `Actions` façade, so no part reaches
through the façade into another (the façade and the scheduler sit above them all).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import sessionmaker

from ..routing.directory import Directory
from ..settings import Settings
from .delivery import DeliverySettings
from .events import EventLog
from .mailer import Mailer
from .messages import Part, build_email, message_id
from .outbox import Outbox
from .rules import RulesConfig
from .clock import Clock


@dataclass
class ActionContext:
    settings: Settings
    directory: Directory
    config: RulesConfig
    clock: Clock
    sessions: sessionmaker
    events: EventLog
    outbox: Outbox

    @property
    def delivery(self) -> DeliverySettings:
        return self.config.delivery

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.delivery.timezone)

    def today(self, now: datetime | None = None) -> date:
        return (now or self.clock.now()).astimezone(self.zone).date()

    def mailer(self) -> Mailer:
        return Mailer(self.delivery.smtp)

    def mail(self, item_id: str, key: str, to: list[str], subject: str, text: str, *, html: str | None = None,
             inline: Sequence[Part] = (), attachments: Sequence[Part] = ()) -> str:
        """Send one message; its Message-ID follows from (item, action key), so a resend is the same
        message to the receiving side."""
        msg = build_email(sender=self.delivery.smtp.sender, to=to, subject=subject, text=text, html=html,
                          inline=list(inline), attachments=list(attachments), msg_id=message_id(item_id, key),
                          when=self.clock.now())
        return self.mailer().send(msg, to)
