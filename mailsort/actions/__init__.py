"""Acting on filed items: rules, the outbox (forward, notify, webhook, reminders), hold/discard,
tags, the deadline watch and client digests. Entry point: `Actions(settings, directory)`."""

from .clock import FakeClock, SystemClock
from .deadlines import DeadlineEntry, parse_within
from .rules import RulesConfig, load_rules
from .scheduler import Scheduler
from .service import Actions, RuleMatch, load_actions

__all__ = ["Actions", "DeadlineEntry", "FakeClock", "RuleMatch", "RulesConfig", "Scheduler", "SystemClock",
           "load_actions", "load_rules", "parse_within"]
