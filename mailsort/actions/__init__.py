"""Acting on filed items: rules, the outbox (forward, notify, webhook, reminders), hold/discard,
tags, the deadline watch and client digests. Entry point: `Actions(settings, directory)`."""

from .deadlines import DeadlineEntry, parse_within
from .rules import RulesConfig, load_rules
from .clock import FakeClock, SystemClock
from .scheduler import Scheduler
from .service import Actions, RuleMatch

__all__ = ["Actions", "DeadlineEntry", "FakeClock", "RuleMatch", "RulesConfig", "Scheduler", "SystemClock",
           "load_rules", "parse_within"]
