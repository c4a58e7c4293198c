"""The lab's sender figure: issue 10's definition (token_set_ratio >= 85, or the true name contained)."""

from __future__ import annotations

import json

from mailsort_lab.sender_score import figures, sender_right


def test_the_definition():
    assert sender_right("Stadtwerke Nord GmbH", "Stadtwerke Nord GmbH")
    assert sender_right("Landgericht Berlin, Geschäftsstelle", "Landgericht Berlin")     # contained
    assert not sender_right("Servicezeiten: Mo-Do 8-16 Uhr", "Stadtwerke Nord GmbH")
    assert not sender_right(None, "Stadtwerke Nord GmbH")


def test_figures_from_outcome_lines(tmp_path):
    items = [{"file": "a.pdf", "recipient": "x", "date": "2026-11-20", "deadlines": ["2026-12-04"], "sender": "Hanse Leasing"},
             {"file": "b.pdf", "recipient": None, "date": "2026-11-20", "deadlines": [], "sender": "Landgericht Berlin"}]
    (tmp_path / "labels.json").write_text(json.dumps({"version": 1, "items": items}))
    lines = [{"source": "/in/a.pdf", "decision": "filed", "recipient": {"client_id": "x"},
              "fields": {"sender": "Hanse Leasing", "date": "2026-11-20", "deadlines": ["2026-12-04", "2026-12-11"]}},
             {"source": "/in/b.pdf", "decision": "filed", "recipient": {"client_id": "y"},
              "fields": {"sender": "EINGANG", "date": "2026-11-23", "deadlines": []}}]
    out = tmp_path / "o.jsonl"
    out.write_text("".join(json.dumps(o) + "\n" for o in lines))
    f = figures(tmp_path, out)
    assert (f["sender"], f["date"], f["misfiles"]) == (0.5, 0.5, 1)
    assert (f["deadline_p"], f["deadline_r"]) == (0.5, 1.0)
