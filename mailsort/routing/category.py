"""The category classifier: TF-IDF word and character n-grams, a linear SVM, sigmoid-calibrated
probabilities. Trained by `mailsort.training.train` with scikit-learn and stored as plain arrays
(models/category.npz, metadata in models/category.json): predicting needs numpy only, so the
mailroom process neither imports scikit-learn (75 MB) nor unpickles anything.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..model import CATEGORIES, Category

MODEL_FILE = "category.npz"
META_FILE = "category.json"
# The layout of the arrays in category.npz; the trainer writes it into category.json. Bump it when
# export_arrays or _Vectorizer change, so an old file is refused instead of misread.
FORMAT_VERSION = 1
RETRAIN = "run `mailsort train`"
MAX_CHARS = 20_000          # a first pages' worth; longer items add little but cost time

_DIGITS = re.compile(r"\d")
_SPACE = re.compile(r"[ \t]+")
_WHITE = re.compile(r"\s\s+")
# Words met before, with the vocabulary indices of their character n-grams: most words of a letter
# recur across letters, and cutting and looking up their n-grams was a third of routing's CPU.
# Bounded, so a long run's memory stays flat.
WORD_MEMO_SIZE = 50_000


def normalize(text: str) -> str:
    """Lower-case, every digit as 0: amounts, dates and numbers say nothing about the category
    by their value, and OCR noise in digits would otherwise multiply n-grams."""
    return _SPACE.sub(" ", _DIGITS.sub("0", text[:MAX_CHARS].lower()))


def export_arrays(pipeline, path: Path) -> None:
    """Write a fitted pipeline (FeatureUnion of a word and a char_wb TfidfVectorizer, then a
    CalibratedClassifierCV(sigmoid, ensemble=False)) as the arrays `CategoryModel` predicts with."""
    (_, words), (_, chars) = pipeline.named_steps["features"].transformer_list
    clf = pipeline.named_steps["clf"]
    cal = clf.calibrated_classifiers_[0]
    if len(clf.calibrated_classifiers_) != 1 or clf.method != "sigmoid" or chars.analyzer != "char_wb":
        raise ModelError("the trained pipeline is not the layout category.npz stores")
    coef = np.asarray(cal.estimator.coef_, dtype=np.float64).T
    arrays = {"classes": np.array([str(c) for c in clf.classes_]),
              "intercept": np.asarray(cal.estimator.intercept_, dtype=np.float64),
              "a": np.array([c.a_ for c in cal.calibrators], dtype=np.float64),
              "b": np.array([c.b_ for c in cal.calibrators], dtype=np.float64),
              "token_pattern": np.array(words.token_pattern)}
    start = 0
    for name, vec in (("words", words), ("chars", chars)):
        if not vec.sublinear_tf or vec.norm != "l2" or not vec.lowercase:
            raise ModelError(f"the {name} vectorizer is not the layout category.npz stores")
        terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
        # Newline-joined: no term holds one (whitespace splits words and char_wb n-grams).
        arrays[f"{name}_terms"] = np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8)
        arrays[f"{name}_ngrams"] = np.array(vec.ngram_range)
        arrays[f"{name}_idf"] = np.asarray(vec.idf_, dtype=np.float64)
        arrays[f"{name}_weights"] = np.ascontiguousarray(coef[start:start + len(terms)])
        start += len(terms)
    if start != coef.shape[0]:
        raise ModelError("feature count of the vectorizers and the classifier differ")
    with open(path, "wb") as fh:
        np.savez_compressed(fh, **arrays)


class _Vectorizer:
    """scikit-learn's TfidfVectorizer.transform for one document, as sparse (indices, values)."""

    def __init__(self, arrays, name: str, token_pattern: str):
        terms = bytes(arrays[f"{name}_terms"]).decode("utf-8").split("\n")
        self.vocabulary = {t: i for i, t in enumerate(terms)}
        self.idf = arrays[f"{name}_idf"]
        self.weights = arrays[f"{name}_weights"]
        self.low, self.high = (int(n) for n in arrays[f"{name}_ngrams"])
        self.analyze = self._words if name == "words" else self._chars
        self.token = re.compile(token_pattern)
        self._word_memo: dict[str, list[int]] = {}

    def _words(self, doc: str) -> list[str]:
        tokens = self.token.findall(doc)
        grams = list(tokens) if self.low == 1 else []
        for n in range(max(self.low, 2), min(self.high + 1, len(tokens) + 1)):
            grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
        return grams

    def _chars(self, doc: str) -> list[str]:
        grams: list[str] = []
        for w in _WHITE.sub(" ", doc).split():
            grams += self._word_grams(w)
        return grams

    def _word_grams(self, w: str) -> list[str]:
        """scikit-learn's char_wb n-grams of one word, in its order."""
        grams = []
        w = f" {w} "
        for n in range(self.low, self.high + 1):
            offset = 0
            grams.append(w[:n])
            while offset + n < len(w):
                offset += 1
                grams.append(w[offset:offset + n])
            if offset == 0:          # a short word counts once
                break
        return grams

    def _indices(self, doc: str) -> list[int]:
        """Vocabulary indices of the document's n-grams, in the order the n-grams come (the
        same order as scikit-learn's, so the scores are the same to the last bit)."""
        vocab = self.vocabulary
        if self.analyze == self._words:
            return [i for i in map(vocab.get, self.analyze(doc)) if i is not None]
        memo, out = self._word_memo, []
        for w in _WHITE.sub(" ", doc).split():
            found = memo.get(w)
            if found is None:
                if len(memo) >= WORD_MEMO_SIZE:
                    memo.clear()
                found = memo[w] = [i for i in map(vocab.get, self._word_grams(w)) if i is not None]
            out += found
        return out

    def scores(self, doc: str) -> np.ndarray | None:
        counts = Counter(self._indices(doc))
        if not counts:
            return None
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts))) + 1.0
        tf *= self.idf[idx]
        tf /= np.sqrt(np.dot(tf, tf))
        return tf @ self.weights[idx]


class CategoryModel:
    def __init__(self, arrays, meta: dict):
        self.meta = meta
        self.classes: list[str] = [str(c) for c in arrays["classes"]]
        token_pattern = str(arrays["token_pattern"])
        self.vectorizers = [_Vectorizer(arrays, name, token_pattern) for name in ("words", "chars")]
        self.intercept, self.a, self.b = arrays["intercept"], arrays["a"], arrays["b"]

    def staleness(self, corpus_version: str) -> str | None:
        """Why the model is behind the training corpus `corpus_version`, or None (doctor, train)."""
        trained_on = self.meta.get("corpus_version")
        if trained_on == corpus_version:
            return None
        return (f"category model is stale: trained on corpus version {trained_on}, the training corpus "
                f"is at version {corpus_version}; {RETRAIN}")

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
        if meta.get("format") != FORMAT_VERSION:
            raise ModelError(f"category model {model_path} has format {meta.get('format')}, this mailsort "
                             f"reads format {FORMAT_VERSION}; {RETRAIN}")
        try:
            with np.load(model_path, allow_pickle=False) as arrays:
                model = cls({k: arrays[k] for k in arrays.files}, meta)
        except Exception as e:  # a truncated or foreign file: zip, npy or key errors alike
            raise ModelError(f"category model {model_path} is unreadable "
                             f"({type(e).__name__}); {RETRAIN}") from e
        if set(model.classes) - set(CATEGORIES):
            raise ModelError(f"category model {model_path} is not a category classifier; {RETRAIN}")
        return model

    def probabilities(self, texts: list[str]) -> np.ndarray:
        rows = []
        for doc in (normalize(t) for t in texts):
            scores = self.intercept.copy()
            for vec in self.vectorizers:
                part = vec.scores(doc)
                if part is not None:
                    scores += part
            rows.append(scores)
        proba = 1.0 / (1.0 + np.exp(self.a * np.array(rows) + self.b))
        total = proba.sum(axis=1, keepdims=True)
        uniform = np.full_like(proba, 1.0 / proba.shape[1])
        return np.where(total > 0, proba / np.where(total > 0, total, 1.0), uniform)

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
