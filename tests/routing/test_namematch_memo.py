"""Segments met before: the same hits as a first reading, without tokenising them again."""

from __future__ import annotations

import mailsort.routing.namematch as namematch
from mailsort.routing.namematch import NameIndex


def test_a_segment_met_again_gets_the_same_hits_in_a_list_of_its_own(directory):
    index = NameIndex(directory)
    client = directory.clients[0]
    hits, unexplained = index.match(client.name)
    assert {h.client_id for h in hits} == {client.id}
    hits.clear()                                  # a caller filtering its list
    again = index.match(client.name)
    assert again == index._match(client.name, True) and again[0]
    assert index.match(f"{client.name} Logistik", fuzzy=False) == \
        index._match(f"{client.name} Logistik", False)


def test_the_memo_stays_bounded(directory, monkeypatch):
    monkeypatch.setattr(namematch, "MEMO_SIZE", 3)
    index = NameIndex(directory)
    for client in directory.clients[:10]:
        index.match(client.name)
        assert len(index._memo) <= 3
