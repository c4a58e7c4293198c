"""The shipped category model: loads, refuses stale or broken files, labels hand-written letters."""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from mailsort.errors import ModelError
from mailsort.model import CATEGORIES
from mailsort.routing.category import FORMAT_VERSION, META_FILE, MODEL_FILE, CategoryModel, normalize

MODELS = Path(__file__).resolve().parents[2] / "models"

# Written by hand for this test, in wordings the generator does not use.
LETTERS = {
    "invoice": """Malerbetrieb Krause · Am Anger 4 · 39104 Magdeburg
Firma Lindenhof Design GmbH, Friedrichstraße 123, 10117 Berlin
Rechnung Nr. 2026-118
Leistungszeitraum: 02.11.–06.11.2026
Sehr geehrte Damen und Herren,
für die Malerarbeiten in Ihren Büroräumen (Wände gespachtelt und zweimal gestrichen, 86 m²)
berechnen wir 1.720,00 EUR zuzüglich 19 % MwSt. 326,80 EUR, Endbetrag 2.046,80 EUR.
Den Betrag überweisen Sie bitte ohne Abzug bis zum 20.12.2026.
Mit freundlichen Grüßen, Stefan Krause, Malermeister""",
    "reminder": """Papeterie Winkler OHG, Rosenstraße 9, 04109 Leipzig
Zweite Mahnung
Sehr geehrte Frau Lang,
leider ist unsere Rechnung 5531 vom 12. September 2026 über 389,40 Euro weiterhin unbezahlt,
obwohl wir Sie bereits im Oktober daran erinnert haben. Wir berechnen für diese Mahnung 5,00 Euro.
Bitte zahlen Sie den offenen Betrag von 394,40 Euro bis spätestens 10.12.2026. Danach geben wir
die Sache an unser Inkassobüro ab.
Freundliche Grüße, Buchhaltung""",
    "tax": """Finanzamt Berlin-Tiergarten, Postfach 21 03 55, 10503 Berlin
Steuernummer 30/417/08842
Einkommensteuerbescheid 2025 – geändert nach § 173 AO
Die Einkommensteuer wird auf 14.386,00 € festgesetzt. Der Solidaritätszuschlag beträgt 0,00 €.
Bereits gezahlt: 12.000,00 €. Bitte entrichten Sie 2.386,00 € bis zum 05.01.2027 an die Finanzkasse.
Erläuterungen: Die Werbungskosten konnten nur teilweise anerkannt werden.""",
    "legal": """Rechtsanwältin Dr. Miriam Falk, Kurfürstendamm 50, 10707 Berlin
Unser Zeichen: 0815/26 Fa
Sehr geehrte Damen und Herren,
ich vertrete Herrn Bernd Oswald in seiner arbeitsrechtlichen Angelegenheit gegen Ihr Unternehmen.
Die Ihrem Mitarbeiter ausgesprochene Kündigung ist unwirksam. Ich habe meinen Mandanten beauftragt,
Kündigungsschutzklage beim Arbeitsgericht zu erheben, sofern Sie die Kündigung nicht bis zum
15.12.2026 zurücknehmen.
Hochachtungsvoll, Dr. Falk, Rechtsanwältin""",
    "authority": """IHK Potsdam · Breite Straße 2a · 14467 Potsdam
Mitgliedsnummer 40022871
Beitragsbescheid 2026
Sehr geehrte Damen und Herren,
als Mitglied der Industrie- und Handelskammer sind Sie zur Zahlung des Kammerbeitrags verpflichtet.
Für 2026 wird der Beitrag auf 150,00 € (Grundbeitrag) festgesetzt. Rechtsbehelfsbelehrung:
Gegen diesen Bescheid kann binnen eines Monats Widerspruch erhoben werden.""",
    "bank": """Dear customer,
we have updated the fees for your business current account. From 1 February 2027 the monthly
account fee will be EUR 12.90 and each SEPA transfer will cost EUR 0.15. Your overdraft interest rate
remains unchanged. If you do not agree, you may close your account free of charge before that date.
Yours sincerely, Harbour City Bank plc, Business Banking""",
    "insurance": """Sehr geehrter Herr Dr. Weber,
Ihre Schadenanzeige vom 3. November 2026 zum Wasserschaden in der Teeküche haben wir erhalten.
Unser Sachverständiger wird sich zur Besichtigung bei Ihnen melden. Bitte bewahren Sie beschädigte
Gegenstände bis dahin auf. Die Regulierung erfolgt nach den Bedingungen Ihrer Geschäftsinhaltsversicherung,
Versicherungsschein 7720-118-4.
Ihre Elbtal Versicherung AG, Schadenabteilung""",
    "advertising": """NEU: Ergonomie-Wochen bei Büromöbel Sommerfeld!
Höhenverstellbare Schreibtische jetzt schon ab 299 € – nur bis Monatsende.
Sichern Sie sich zusätzlich 15 % Rabatt auf alle Bürostühle mit dem Code ERGO15.
Kostenlose Lieferung und Montage in ganz Berlin. Besuchen Sie unsere Ausstellung!""",
}


# Letters on the borders between two categories (issue 10): a word of the neighbour in each, and
# what the letter is said in the sentences that matter. Also written by hand for this test.
BORDER_LETTERS = {
    "contract": """Rheinland Geräteleasing GmbH · Industriepark 3 · 50829 Köln
Leasing-Nr. 44-7781
Sehr geehrte Damen und Herren,
am 31.01.2027 endet die feste Grundmietzeit für den bei Ihnen aufgestellten Farbkopierer C450.
Sofern Sie nicht bis zum 31.12.2026 schriftlich kündigen, verlängert sich der Leasingvertrag
stillschweigend um jeweils ein Jahr; die monatliche Rate bleibt bei 189,00 EUR.
Mit freundlichen Grüßen, Vertragsservice""",
    "reminder": """Druckhaus Seidel KG · Gutenbergstraße 12 · 01069 Dresden
Kundennummer 20931
Rückbelastung Ihrer Zahlung
Sehr geehrte Damen und Herren,
Ihr Kreditinstitut hat die Lastschrift über 612,35 € für unsere Rechnung 7714 vom 02.10.2026 mit dem
Vermerk „Widerspruch" zurückbelastet. Die dabei angefallenen Bankentgelte von 8,50 € berechnen wir weiter.
Wir bitten Sie, den Gesamtbetrag von 620,85 € bis zum 30.11.2026 auf unser Konto zu überweisen.
Freundliche Grüße, Debitorenbuchhaltung""",
    "invoice": """Steuerkanzlei Brandt & Ohm · Lindenstraße 8 · 14467 Potsdam
Honorarnote 2026/0917
Sehr geehrte Frau Reuter,
für die Lohnabrechnungen Oktober 2026 (12 Arbeitnehmer) berechnen wir nach § 34 StBVV 264,00 €
zuzüglich 19 % Umsatzsteuer 50,16 €, zusammen 314,16 €.
Der Betrag ist innerhalb von 14 Tagen ohne Abzug zahlbar.
Mit freundlichen Grüßen, Kanzlei Brandt & Ohm""",
}


@pytest.fixture(scope="module")
def model() -> CategoryModel:
    return CategoryModel.load(MODELS)


@pytest.mark.parametrize("label", sorted(LETTERS))
def test_hand_written_letters_get_their_label(model, label):
    got = model.predict(LETTERS[label])
    assert got.label == label, (got, got.alternatives)
    assert 0.0 < got.confidence <= 1.0


@pytest.mark.parametrize("label", sorted(BORDER_LETTERS))
def test_letters_on_a_border_get_their_label(model, label):
    got = model.predict(BORDER_LETTERS[label])
    assert got.label == label, (got, got.alternatives)


def test_probabilities_are_a_distribution_over_the_ten_labels(model):
    assert sorted(model.classes) == sorted(CATEGORIES)
    probs = model.probabilities(list(LETTERS.values()))
    assert probs.shape == (len(LETTERS), len(CATEGORIES))
    assert abs(float(probs.sum(axis=1).min()) - 1.0) < 1e-6


def test_empty_text_is_other_with_no_confidence(model):
    got = model.predict("   \n")
    assert (got.label, got.confidence) == ("other", 0.0)


def test_prediction_is_fast(model):
    # CPU time, not wall time: the suite runs beside OCR workers on two cores.
    text = LETTERS["invoice"] + "\n" + LETTERS["reminder"]
    model.predict(text)
    t = time.process_time()
    for _ in range(50):
        model.predict(text)
    assert (time.process_time() - t) / 50 < 0.005


def test_stored_arrays_give_scikit_learn_s_own_probabilities(tmp_path):
    from mailsort.routing.category import export_arrays
    from mailsort.training.corpus import build_corpus
    from mailsort.training.train import make_pipeline

    train = build_corpus(600, seed=1)
    pipeline = make_pipeline(seed=1).fit([normalize(t) for t, _ in train], [c for _, c in train])
    export_arrays(pipeline, tmp_path / MODEL_FILE)
    (tmp_path / META_FILE).write_text(json.dumps({"format": FORMAT_VERSION}))
    stored = CategoryModel.load(tmp_path)
    texts = [*LETTERS.values(), "", "Mahnung", "x y z"]
    expected = pipeline.predict_proba([normalize(t) for t in texts])
    assert np.allclose(stored.probabilities(texts), expected, rtol=0, atol=1e-12)


def test_predicting_does_not_import_scikit_learn():
    import subprocess
    import sys

    code = ("import sys; from mailsort.routing.category import CategoryModel; "
            f"CategoryModel.load({str(MODELS)!r}).predict('Rechnung'); "
            "print('sklearn' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_model_file_is_small():
    assert (MODELS / MODEL_FILE).stat().st_size < 20 * 1024 * 1024


@pytest.fixture
def copy_dir(tmp_path: Path) -> Path:
    d = tmp_path / "models"
    d.mkdir()
    for name in (MODEL_FILE, META_FILE):
        shutil.copy2(MODELS / name, d / name)
    return d


def _edit_meta(d: Path, **changes) -> None:
    meta = json.loads((d / META_FILE).read_text(encoding="utf-8"))
    meta.update(changes)
    (d / META_FILE).write_text(json.dumps(meta), encoding="utf-8")


def test_other_corpus_version_is_reported_stale_but_still_predicts(copy_dir):
    from mailsort.training.corpus import CORPUS_VERSION
    from mailsort.training.train import model_status

    assert CategoryModel.load(copy_dir).staleness(CORPUS_VERSION) is None
    _edit_meta(copy_dir, corpus_version="0")
    model = CategoryModel.load(copy_dir)          # the mailroom keeps running on it
    assert model.predict(LETTERS["invoice"]).label == "invoice"
    assert re.match(r"category model is stale: trained on corpus version 0, .* version "
                    rf"{CORPUS_VERSION}; run `mailsort train`", model.staleness(CORPUS_VERSION))
    assert model_status(copy_dir).startswith("category model is stale")


def test_other_format_is_refused(copy_dir):
    _edit_meta(copy_dir, format=FORMAT_VERSION + 1)
    with pytest.raises(ModelError, match=rf"has format {FORMAT_VERSION + 1}, this mailsort reads format "
                                         rf"{FORMAT_VERSION}; run `mailsort train`"):
        CategoryModel.load(copy_dir)


def test_missing_and_broken_files_are_model_errors(copy_dir, tmp_path):
    with pytest.raises(ModelError, match="missing"):
        CategoryModel.load(tmp_path / "nowhere")
    (copy_dir / MODEL_FILE).write_bytes(b"not an npz file")
    with pytest.raises(ModelError, match="unreadable"):
        CategoryModel.load(copy_dir)
    (copy_dir / META_FILE).write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match="metadata .* unreadable"):
        CategoryModel.load(copy_dir)


def test_remembered_words_give_the_same_n_grams_and_scores_to_the_last_bit(monkeypatch):
    import mailsort.routing.category as category

    monkeypatch.setattr(category, "WORD_MEMO_SIZE", 40)       # cleared several times below
    texts = list(LETTERS.values())
    fresh = [CategoryModel.load(MODELS).probabilities([t])[0] for t in texts]
    warm = CategoryModel.load(MODELS)
    chars = warm.vectorizers[1]
    for _ in range(2):
        assert all(np.array_equal(row, f) for row, f in zip(warm.probabilities(texts), fresh))
        for text in texts:
            doc = normalize(text)
            assert chars._indices(doc) == [i for i in map(chars.vocabulary.get, chars._chars(doc))
                                           if i is not None]
        assert 0 < len(chars._word_memo) <= 40
