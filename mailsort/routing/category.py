"""The category classifier: TF-IDF word and character n-grams, a linear SVM, sigmoid-calibrated
probabilities. Trained by `mailsort.training.train`, stored as models/category.joblib with its
metadata in models/category.json; a model from another scikit-learn or corpus version is refused.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import joblib
import numpy as np
import sklearn

from ..errors import ModelError
from ..model import CATEGORIES, Category

MODEL_FILE = "category.joblib"
META_FILE = "category.json"
RETRAIN = "run `mailsort train`"
MAX_CHARS = 20_000          # a first pages' worth; longer items add little but cost time

_DIGITS = re.compile(r"\d")
_SPACE = re.compile(r"[ \t]+")


def normalize(text: str) -> str:
    """Lower-case, every digit as 0: amounts, dates and numbers say nothing about the category
    by their value, and OCR noise in digits would otherwise multiply n-grams."""
    return _SPACE.sub(" ", _DIGITS.sub("0", text[:MAX_CHARS].lower()))


def current_corpus_version() -> str:
    from ..training.corpus import CORPUS_VERSION  # training data defines what the model learned
    return CORPUS_VERSION


class CategoryModel:
    def __init__(self, pipeline, meta: dict):
        self.pipeline = pipeline
        self.meta = meta
        self.classes: list[str] = [str(c) for c in pipeline.classes_]

    @classmethod
    def load(cls, models_dir: Path) -> "CategoryModel":
        models_dir = Path(models_dir)
        model_path, meta_path = models_dir / MODEL_FILE, models_dir / META_FILE
        if not model_path.exists() or not meta_path.exists():
            missing = model_path if not model_path.exists() else meta_path
            raise ModelError(f"category model missing: {missing} not found; {RETRAIN}")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise ModelError(f"category model metadata {meta_path} is unreadable ({e}); {RETRAIN}") from e
        trained_sk = meta.get("sklearn_version")
        if trained_sk != sklearn.__version__:
            raise ModelError(f"category model {model_path} is stale: trained with scikit-learn "
                             f"{trained_sk}, installed is {sklearn.__version__}; {RETRAIN}")
        corpus = current_corpus_version()
        if meta.get("corpus_version") != corpus:
            raise ModelError(f"category model {model_path} is stale: trained on corpus version "
                             f"{meta.get('corpus_version')}, the generator is at version {corpus}; {RETRAIN}")
        try:
            pipeline = joblib.load(model_path)
        except Exception as e:  # joblib raises anything from EOFError to pickle errors
            raise ModelError(f"category model {model_path} is unreadable "
                             f"({type(e).__name__}); {RETRAIN}") from e
        if not hasattr(pipeline, "predict_proba") or set(map(str, getattr(pipeline, "classes_", []))) - set(CATEGORIES):
            raise ModelError(f"category model {model_path} is not a category classifier; {RETRAIN}")
        return cls(pipeline, meta)

    def probabilities(self, texts: list[str]) -> np.ndarray:
        return self.pipeline.predict_proba([normalize(t) for t in texts])

    def predict(self, text: str) -> Category:
        return self.predict_many([text])[0]

    def predict_many(self, texts: list[str]) -> list[Category]:
        out: list[Category] = []
        empty = [not t or not t.strip() for t in texts]
        probs = self.probabilities([t if not e else "" for t, e in zip(texts, empty)])
        for row, is_empty in zip(probs, empty):
            if is_empty:
                # Nothing to read: no guess worth filing on.
                out.append(Category(label="other", confidence=0.0))
                continue
            order = np.argsort(row)[::-1]
            best = order[0]
            alternatives = {self.classes[i]: round(float(row[i]), 4) for i in order[1:4]}
            out.append(Category(label=self.classes[best], confidence=round(float(row[best]), 4),
                                alternatives=alternatives))
        return out
