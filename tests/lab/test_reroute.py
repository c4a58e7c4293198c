"""The lab's reroute: the second run takes every document from the cache and scores the same."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import labelled_set


def test_second_run_reads_the_cache_and_gives_the_same_figures(tmp_path, config_dir):
    folder = tmp_path / "set"
    labelled_set(folder, "email", 2)

    def run():
        done = subprocess.run([sys.executable, "-m", "mailsort_lab.reroute", str(folder), "--json",
                               "--config", str(config_dir)], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout), done.stderr

    first, said_first = run()
    second, said_second = run()
    assert "extracted 2, from cache 0" in said_first
    assert "extracted 0, from cache 2" in said_second
    assert first["overall"] == second["overall"] and first["overall"]["n"] == 2
