"""Moves the clock of every Python process the test suite starts, when asked to.

`scripts/test.sh --clock-ahead DAYS` puts this folder on PYTHONPATH and sets
MAILSORT_TEST_CLOCK_AHEAD_DAYS, so pytest, its xdist workers and every `mailsort` subprocess a test
starts see a clock that many days ahead. It proves no test depends on today's date. The shift is
in-process (time-machine), not libfaketime: faketime hangs `watch` and slows chromium badly, while
time-machine leaves the monotonic clock alone, so timeouts and sleeps behave as usual.
"""

import os

_days = os.environ.get("MAILSORT_TEST_CLOCK_AHEAD_DAYS")
if _days:
    import datetime

    import time_machine

    _start = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=float(_days))
    time_machine.travel(_start, tick=True).start()
