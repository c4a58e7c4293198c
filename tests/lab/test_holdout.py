"""The held-out generator writes what its labels say, the same bytes for a seed, and readable scans."""

from __future__ import annotations

import hashlib
import json
import random
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytesseract
import pytest
from PIL import Image
from rapidfuzz import fuzz

from mailsort.routing.directory import load_directory
from mailsort_lab.holdout import generate
from mailsort_lab.holdout.addressing import Book, provider_from, stem
from mailsort_lab.holdout.build import _init, make_item, plans
from mailsort_lab.holdout.compose import compose
from mailsort_lab.holdout.layout import Design, lay_out
from mailsort_lab.holdout.raster import draw
from mailsort.model import CATEGORIES

CLIENTS = """\
# Fictional clients of Büro Mitte Services GmbH, all at Bürozentrum Mitte, Friedrichstraße 123, 10117 Berlin.
clients:
  - {id: schmidt-it, name: "Schmidt IT GmbH", aliases: ["Schmidt IT"], people: [], mailbox: "8551",
     emails: ["schmidt-it@post.buero-mitte.de"]}
  - {id: schmidt-it-services, name: "Schmidt IT Services GmbH", aliases: [], people: ["Dr. Heike Schmidt"],
     mailbox: "2876", emails: ["schmidt-it-services@post.buero-mitte.de"]}
  - {id: schmitt-it, name: "Schmitt IT GmbH", aliases: [], people: ["Julia Krause"], mailbox: "2563",
     emails: ["schmitt-it@post.buero-mitte.de"]}
  - {id: mueller-bau, name: "Müller Bau GmbH", aliases: ["Mueller Bau", "Spreeblick Bau KG"],
     people: ["Uwe Müller", "Julia Krause"], mailbox: "1234", emails: ["mueller-bau@post.buero-mitte.de"]}
  - {id: northbridge-analytics, name: "Northbridge Analytics Ltd.", aliases: [], people: ["Monika Franke"],
     mailbox: "1931", emails: ["northbridge-analytics@post.buero-mitte.de"]}
  - {id: weber-consulting, name: "Weber Consulting UG (haftungsbeschränkt)", aliases: ["Weber Consulting"],
     people: ["Felix Weber"], mailbox: "7394", emails: ["weber-consulting@post.buero-mitte.de"]}
"""


@pytest.fixture(scope="module")
def clients_yaml(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("cfg") / "clients.yaml"
    p.write_text(CLIENTS, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def held_out(tmp_path_factory, clients_yaml) -> Path:
    out = tmp_path_factory.mktemp("holdout")
    generate(out, n=6, seed=11, clients=clients_yaml, workers=1)
    return out


def test_six_files_and_matching_labels(held_out, clients_yaml):
    labels = json.loads((held_out / "labels.json").read_text(encoding="utf-8"))
    assert labels["version"] == 1
    items = labels["items"]
    files = sorted(p.name for p in held_out.iterdir() if p.name != "labels.json")
    assert len(items) == 6 and sorted(i["file"] for i in items) == files
    ids = {c.id for c in load_directory(clients_yaml).clients}
    for it in items:
        assert it["category"] in CATEGORIES and it["language"] in ("de", "en")
        assert it["recipient"] is None or it["recipient"] in ids
        assert it["kind"] in ("scan", "pdf", "email") and it["tags"]
        assert all(d > it["date"] for d in it["deadlines"])          # deadlines follow the letter
    kinds = [i["kind"] for i in items]
    assert kinds.count("email") == 1 and kinds.count("pdf") == 1      # 15% and 10% of 6, rounded
    eml = next(held_out / i["file"] for i in items if i["kind"] == "email")
    msg = message_from_bytes(eml.read_bytes(), policy=default)
    assert msg["Subject"].startswith(("WG:", "Fwd:")) and msg.get_body(("plain", "html")) is not None


def test_same_seed_same_bytes(held_out, clients_yaml, tmp_path):
    _init(str(clients_yaml), str(tmp_path))
    again = [make_item(p) for p in plans(6, 11)[:2]]
    for item in again:
        a, b = (held_out / item["file"]).read_bytes(), (tmp_path / item["file"]).read_bytes()
        assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest(), item["file"]


def test_every_client_block_names_its_client_unambiguously(clients_yaml):
    """The truth is exact: each block carries the mailbox, a unique name or a unique person."""
    d = load_directory(clients_yaml)
    book, prov = Book(d), provider_from(clients_yaml)
    seen_nobody = 0
    for i in range(300):
        rng = random.Random(i)
        piece = compose(i, book, prov, rng, nobody=i % 7 == 0, lang=rng.choice(["de", "en"]),
                        category=rng.choice(CATEGORIES))
        block = "\n".join(piece.letter.recipient_lines)
        cid = piece.letter.recipient_client_id
        if cid is None:
            seen_nobody += 1
            assert not any(c.mailbox in block for c in d.clients)
            assert all(stem(line) not in book.stems for line in piece.letter.recipient_lines)
            # Close to a client, but a whole word apart: never a spelling of a client's name.
            assert "unknown-person" in piece.letter.tags or book.nearest_stem(piece.addressee.firm) < 85
            continue
        c = d.by_id[cid]
        others = [o for o in d.clients if o.id != cid]
        assert not any(o.mailbox in block for o in others)
        by_box = c.mailbox in block
        by_name = any(book.reads_as(line, cid) or (stem(line) in book.stems and book.unique_stem(line, cid))
                      for line in piece.letter.recipient_lines)
        by_person = any(book.unique_person(p, cid) and p.split()[-1] in block for p in c.people)
        assert by_box or by_name or by_person, block
    assert seen_nobody > 30


def test_a_rendered_scan_reads_back_with_tesseract(clients_yaml):
    d = load_directory(clients_yaml)
    rng = random.Random(5)
    piece = compose(1, Book(d), provider_from(clients_yaml), rng, nobody=False, lang="de", category="invoice")
    page = draw(lay_out(piece, Design("classic-b", "lib-serif", "lib-narrow", 11.0), rng)[0], 200)
    text = pytesseract.image_to_string(page, lang="deu", timeout=60)
    assert fuzz.partial_ratio(piece.letter.subject, text) >= 85
    block = piece.letter.recipient_lines[0]
    assert fuzz.partial_ratio(block, text) >= 85, (block, text[:400])
    assert isinstance(page, Image.Image) and page.size == (1654, 2339)   # A4 at 200 dpi
