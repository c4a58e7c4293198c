"""An item's last pool task: its email body page rendered, its searchable PDF assembled.

Done in a worker, not in the main process: for an email without attachments these were half the
main process's CPU (reportlab ~35 ms a body) while the pool idled, and the main process is the
one that cannot be spread (it routes, files and commits in order).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .emaildoc import render_text_pdf
from .pages import deadline
from .pdf import assemble


@dataclass(frozen=True)
class FinishJob:
    renders: tuple[tuple[str, Path, str], ...]   # (text, PDF to write, title) per email body page
    parts: tuple[tuple[Path, int | None], ...]   # (file, page index or None = all) in order
    out: Path                                    # the searchable PDF to write
    timeout: float


def finish_task(job: FinishJob) -> Path:
    with deadline(job.timeout):
        for text, pdf, title in job.renders:
            render_text_pdf(text, pdf, title=title)
        return assemble(list(job.parts), job.out)
