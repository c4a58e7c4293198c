"""The sample builder: deterministic bytes, labels that match the files, and the repo's folder."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from mailsort.model import CATEGORIES
from mailsort.routing.directory import load_directory
from mailsort_lab.render.example import example_letter
from mailsort_lab.samples import ItemSpec, build_set

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "sample_scans"


def _small_set(out: Path, workers: int = 1) -> list[dict]:
    de, en = example_letter("de"), example_letter("en")
    en.recipient_client_id = None                      # addressed to nobody in the directory
    specs = [(de, "png"), (de, "fax"), ItemSpec(de, "scan", "tif", scan="office", enclosures=1),
             (en, "pdf"), ItemSpec(de, "email", "eml", style="thunderbird-de", attachment="pdf"),
             (en, "outlook-en")]
    clients = load_directory(REPO / "config" / "clients.yaml").clients
    return build_set(out, specs, clients, seed=7, workers=workers)


def test_same_input_writes_the_same_bytes_with_or_without_workers(tmp_path):
    _small_set(tmp_path / "a")
    _small_set(tmp_path / "b", workers=2)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir()) and len(names) == 7
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_labels_match_the_files(tmp_path):
    labels = _small_set(tmp_path)
    doc = json.loads((tmp_path / "labels.json").read_text(encoding="utf-8"))
    assert doc["version"] == 1 and doc["items"] == labels
    on_disk = {p.name for p in tmp_path.iterdir()} - {"labels.json"}
    assert {it["file"] for it in labels} == on_disk
    kinds = [it["kind"] for it in labels]
    assert kinds == ["scan", "scan", "scan", "pdf", "email", "email"]
    assert labels[0]["recipient"] == "mueller-bau" and labels[3]["recipient"] is None
    assert "nobody" in labels[3]["tags"]
    assert labels[0]["category"] == "reminder" and labels[0]["deadlines"] == ["2026-12-04"]
    assert labels[1]["file"].endswith((".tif", ".pdf", ".png")) and "scan-fax" in labels[1]["tags"]
    with Image.open(tmp_path / labels[2]["file"]) as im:          # letter + one enclosure page
        assert im.n_frames == 2 and "multi-page" in labels[2]["tags"]
    mail = email.message_from_bytes((tmp_path / labels[4]["file"]).read_bytes(), policy=email.policy.default)
    assert mail["To"] == "mueller-bau@post.buero-mitte.de"        # the client's intake alias
    nobody_mail = email.message_from_bytes((tmp_path / labels[5]["file"]).read_bytes(),
                                           policy=email.policy.default)
    assert nobody_mail["To"] == "eingang@post.buero-mitte.de"


def test_repo_sample_folder_is_complete_and_small():
    doc = json.loads((SAMPLES / "labels.json").read_text(encoding="utf-8"))
    items = doc["items"]
    files = {p.name for p in SAMPLES.iterdir() if p.name.startswith("letter-")}
    assert {it["file"] for it in items} == files
    assert 35 <= len(items) <= 45
    assert {it["category"] for it in items} == set(CATEGORIES)
    assert {it["kind"] for it in items} == {"scan", "pdf", "email"}
    assert any(it["recipient"] is None for it in items)
    assert sum(p.stat().st_size for p in SAMPLES.iterdir()) < 15_000_000
    directory = load_directory(REPO / "config" / "clients.yaml")
    assert all(it["recipient"] is None or directory.get(it["recipient"]) for it in items)
    born_digital = [it for it in items if it["kind"] == "pdf"]
    assert born_digital and all(PdfReader(SAMPLES / it["file"]).pages[0].extract_text().strip()
                                for it in born_digital)
