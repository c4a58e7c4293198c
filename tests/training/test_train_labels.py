"""`mailsort train` takes the VAs' labels: a correction changes what the retrained model says."""

from __future__ import annotations

from mailsort.routing.category import CategoryModel
from mailsort.settings import REPO_ROOT
from mailsort.training.train import train_category

# A confirmation that reads like a bill; the VAs decided such letters are "other" for this provider.
LETTER = ("Lieferschein Nr. LS-55120 zur Bestellung vom 02.11.2026. Wir liefern Ihnen heute "
          "3 Kartons Kopierpapier A4 und 2 Toner. Bitte prüfen Sie die Ware bei Erhalt. "
          "Die Rechnung folgt separat. Spedition Nordlicht GmbH")


def test_review_labels_join_the_training_set_and_change_the_prediction(tmp_path):
    shipped = CategoryModel.load(REPO_ROOT / "models").predict(LETTER)
    corrected = "invoice" if shipped.label != "invoice" else "other"
    extra = [(LETTER, corrected), (LETTER.replace("LS-55120", "LS-55177"), corrected)]
    meta = train_category(tmp_path, n=900, seed=3, log=lambda _: None, extra=extra, rounds=0)
    assert meta["review_labels"] == 2
    retrained = CategoryModel.load(tmp_path).predict(LETTER)
    assert retrained.label == corrected, (shipped, retrained)
