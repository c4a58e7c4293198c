#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, starts the services the tests use, runs pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# --clock-ahead DAYS: run the suite with every Python process's clock that many days ahead
# (tests/clockshift/sitecustomize.py), to prove that no test depends on today's date.
if [ "${1:-}" = "--clock-ahead" ]; then
  export MAILSORT_TEST_CLOCK_AHEAD_DAYS="$2"
  export PYTHONPATH="$PWD/tests/clockshift${PYTHONPATH:+:$PYTHONPATH}"
  shift 2
fi

bash scripts/setup.sh --deps-only --test

# PostgreSQL backs the index tests marked `postgres`; start it if the machine has it but it is down.
if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
fi

# Redis is the task queue's broker in tests/many and tests/queue; start it if installed but down.
if command -v redis-server >/dev/null && ! (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  redis-server --port 6379 --bind 127.0.0.1 --daemonize yes --save "" >/dev/null || true
fi

export OMP_THREAD_LIMIT=1
exec .venv/bin/python -m pytest -n 2 "$@"
