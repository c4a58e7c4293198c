"""Put on PYTHONPATH by tests/intake/test_imap.py: with MAILSORT_TEST_KILL_BEFORE_FILING set, the
process group is killed (SIGKILL, no clean-up: the service and its text workers) the moment the pipeline is handed its first input,
i.e. after the message was fetched to the spool and before anything is filed."""

import os
import signal

if os.environ.get("MAILSORT_TEST_KILL_BEFORE_FILING"):
    import mailsort.pipeline as _pipeline

    def _die(self, inputs, *args, **kwargs):
        inputs = list(inputs)
        if inputs:
            os.killpg(os.getpgid(0), signal.SIGKILL)
        return []

    _pipeline.Pipeline.process = _die
