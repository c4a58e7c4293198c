"""Many workers, one mailroom: `watch --queue` sniffs, claims and enqueues; `mailsort worker`
processes. Celery is met only in `tasks.py`; without a broker configured nothing here is used."""
