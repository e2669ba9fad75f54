import sys
from pathlib import Path

import pytest

import framing

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def close_figures():
    """Every test's figures closed after it (only where pyplot was imported at all)."""
    yield
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture(scope="session")
def corpus():
    return framing.load_corpus(SEEDS)


@pytest.fixture(scope="session")
def sentences(corpus):
    return framing.score_sentences(corpus)


@pytest.fixture(scope="session")
def ev(corpus):
    return framing.evidence(corpus)


def sentence_row(sentences, article, startswith):
    rows = sentences[(sentences["id"] == article) & sentences["text"].str.startswith(startswith)]
    assert len(rows) == 1, f"{article}: no single sentence starting {startswith!r}"
    return rows.iloc[0]


def matched(sentence: str, feature: str = "hedge") -> list[str]:
    """The lower-cased matched words of ``feature`` in one sentence scored as an article."""
    import pandas as pd

    docs = pd.DataFrame({"id": ["a"], "outlet": [""], "raw": [sentence], "headline": [""]})
    ev = framing.evidence(docs)
    return ev.loc[ev["feature"] == feature, "matched"].str.lower().tolist()
