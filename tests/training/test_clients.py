"""The committed client directory: loads, has ~150 clients, and carries the hard cases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mailsort.errors import ConfigError
from mailsort.routing.directory import load_directory
from mailsort.training.clients import (INTAKE_DOMAIN, PROVIDER, directory_yaml, generate_clients,
                                       generate_outsiders, slugify, transliterate)

REPO = Path(__file__).resolve().parents[2]
FORMS = ["GmbH", "UG (haftungsbeschränkt)", "AG", "KG", "GmbH & Co. KG", "e.K.", "GbR", "OHG",
         "PartG", "Ltd.", "Inc.", "LLC"]


@pytest.fixture(scope="module")
def directory():
    return load_directory(REPO / "config" / "clients.yaml")


def test_committed_file_is_what_the_generator_writes(directory):
    assert [c.model_dump() for c in generate_clients()] == [c.model_dump() for c in directory.clients]


def test_about_150_clients_with_unique_boxes_and_intake_aliases(directory):
    assert 140 <= len(directory) <= 160
    assert all(re.fullmatch(r"\d{4}", c.mailbox) for c in directory.clients)
    assert len(directory.by_mailbox) == len(directory)
    for c in directory.clients:
        assert f"{c.id}@{INTAKE_DOMAIN}" in c.emails


def test_hard_cases_are_present(directory):
    names = {c.name for c in directory.clients}
    assert {"Schmidt IT GmbH", "Schmidt IT Services GmbH", "Schmitt IT GmbH"} <= names
    for form in FORMS:
        assert any(n.endswith(" " + form) for n in names), form
    assert any(transliterate(c.name) != c.name and transliterate(c.name).split()[0] in " ".join(c.aliases)
               for c in directory.clients), "an umlaut name with its ae/oe/ue alias"
    people = [p for c in directory.clients for p in c.people]
    assert any(p.startswith("Dr. ") for p in people) and any(p.startswith("Prof. ") for p in people)
    surnames = [p.split()[-1] for p in people]
    assert max(surnames.count(s) for s in set(surnames)) >= 3, "surnames shared across clients"
    english = [n for n in names if n.endswith(("Ltd.", "Inc.", "LLC"))]
    assert len(english) >= 5
    counts = {}
    for n in names:
        first = n.split()[0]
        counts[first] = counts.get(first, 0) + 1
    assert max(counts.values()) >= 3, "several firms share a first name word (near duplicates)"


def test_outsiders_are_not_in_the_directory_but_close(directory):
    outsiders = generate_outsiders(clients=directory.clients)
    taken = {slugify(n) for c in directory.clients for n in c.names}
    assert len(outsiders) >= 20
    for o in outsiders:
        assert slugify(o.name) not in taken
        assert o.mailbox not in directory.by_mailbox
    first_words = {c.name.split()[0] for c in directory.clients}
    assert sum(o.name.split()[0] in first_words for o in outsiders) >= len(outsiders) // 2


def test_a_broken_entry_is_reported_with_file_entry_and_key(tmp_path):
    text = directory_yaml(generate_clients()[:3]).replace('mailbox: \'', "mailbox: 'x", 1)
    bad = tmp_path / "clients.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_directory(bad)
    assert "clients[0]" in str(err.value) and "mailbox" in str(err.value)


def test_provider_constants():
    assert PROVIDER.street == "Friedrichstraße 123" and PROVIDER.city_line == "10117 Berlin"
