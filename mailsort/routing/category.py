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


class _Compiled:
    """The fitted pipeline's arithmetic without sklearn's per-call validation: one sparse product
    per vectorizer, the linear scores, Platt's sigmoid per class, normalised. Same numbers as
    `pipeline.predict_proba` (a test holds them equal), a third of the time for single items."""

    def __init__(self, pipeline):
        union = pipeline.named_steps["features"]
        clf = pipeline.named_steps["clf"]
        if union.transformer_weights or len(clf.calibrated_classifiers_) != 1 or clf.method != "sigmoid":
            raise ValueError("not the layout this fast path knows")
        cal = clf.calibrated_classifiers_[0]
        if list(cal.estimator.classes_) != list(clf.classes_):
            raise ValueError("class order differs")
        self.vectorizers = [v for _, v in union.transformer_list]
        coef = np.asarray(cal.estimator.coef_, dtype=np.float64).T
        widths = [len(v.vocabulary_) for v in self.vectorizers]
        if sum(widths) != coef.shape[0]:
            raise ValueError("feature count differs")
        bounds = np.cumsum([0, *widths])
        self.weights = [np.ascontiguousarray(coef[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
        self.intercept = np.asarray(cal.estimator.intercept_, dtype=np.float64)
        self.a = np.array([c.a_ for c in cal.calibrators], dtype=np.float64)
        self.b = np.array([c.b_ for c in cal.calibrators], dtype=np.float64)

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            scores = self.intercept + sum(np.asarray(v.transform(texts) @ w)
                                          for v, w in zip(self.vectorizers, self.weights))
        proba = 1.0 / (1.0 + np.exp(self.a * scores + self.b))
        total = proba.sum(axis=1, keepdims=True)
        uniform = np.full_like(proba, 1.0 / proba.shape[1])
        return np.where(total > 0, proba / np.where(total > 0, total, 1.0), uniform)


class CategoryModel:
    def __init__(self, pipeline, meta: dict):
        self.pipeline = pipeline
        self.meta = meta
        self.classes: list[str] = [str(c) for c in pipeline.classes_]
        try:
            self._fast: _Compiled | None = _Compiled(pipeline)
        except (AttributeError, KeyError, ValueError):
            self._fast = None  # an unusual pipeline: sklearn's own path is always right

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
        docs = [normalize(t) for t in texts]
        if self._fast is not None:
            return self._fast.predict_proba(docs)
        return self.pipeline.predict_proba(docs)

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
