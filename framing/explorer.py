"""Explore a corpus in JupyterLab without editing code (``framing.explore``; the module is
``explorer`` so that the name ``framing.explore`` stays the function): widgets to pick an
article, an outlet, a feature or a topic, and the marked article, its sentences and the
evidence behind them.

``explore(corpus)`` returns an ``Explorer`` (an ipywidgets ``VBox``). Choosing an outlet
narrows the articles; choosing a feature marks only that feature and lists only its sentences
and matches; choosing a topic (from a study's topic lexicons) lists only the sentences on it.
The same selection can be set in code (``explorer.select(article="002", feature="threat")``)
and read as static views (``article_view()``, ``sentence_table()``, ``evidence_table()``), so a
notebook saved without a live kernel still shows what was chosen.
"""

from __future__ import annotations

import pandas as pd

from .constants import FEATURES
from .display import MARK_PRIORITY, Highlighted, Table, show_article, show_table
from .features import evidence, score_sentences

__all__ = ["ALL", "Explorer", "explore"]

#: The choice that filters nothing.
ALL = "(all)"

_SENTENCE_COLUMNS = ["sentence", "kind", "attribution", "source", *FEATURES, "text"]
_EVIDENCE_COLUMNS = ["sentence", "feature", "category", "matched", "negated", "sentence_text"]


def _widgets():
    try:
        import ipywidgets
    except ImportError as exc:  # pragma: no cover  (a declared dependency)
        raise ImportError("framing.explore needs ipywidgets: pip install ipywidgets") from exc
    return ipywidgets


def explore(
    corpus: pd.DataFrame,
    sentences: pd.DataFrame | None = None,
    *,
    matches: pd.DataFrame | None = None,
    study=None,
    topics=None,
) -> Explorer:
    """Widgets over a corpus (``load_corpus``): article, outlet, feature and topic pickers
    above the marked article, its sentences and its evidence. Pass ``sentences``
    (``score_sentences``) and ``matches`` (``evidence``) already computed to avoid scoring
    again; topics come from ``study`` (``load_study``) or ``topics`` (name → lexicon)."""
    if not isinstance(corpus, pd.DataFrame) or "id" not in corpus.columns:
        raise TypeError("explore expects a corpus from framing.load_corpus")
    if corpus.empty:
        raise ValueError("explore: the corpus has no articles")
    sentences = score_sentences(corpus) if sentences is None else sentences
    matches = evidence(corpus) if matches is None else matches
    topic_map = topics if topics is not None else (study.topics if study is not None else {})
    if topic_map:
        from .topics import tag_topics

        sentences = tag_topics(sentences, topic_map)
    return Explorer(corpus, sentences, matches, tuple(str(t) for t in topic_map))


class Explorer(_widgets().VBox):
    """The widgets of ``explore``: ``article``, ``outlet``, ``feature`` and ``topic`` pickers
    and an ``output`` (an HTML widget) that shows the current choice."""

    def __init__(self, corpus, sentences, matches, topics: tuple[str, ...] = ()):
        w = _widgets()
        self.corpus = corpus.assign(id=corpus["id"].astype(str)).reset_index(drop=True)
        self.sentences = sentences.assign(id=sentences["id"].astype(str))
        self.matches = matches.assign(id=matches["id"].astype(str))
        self.topics = topics
        outlets = list(dict.fromkeys(self.corpus["outlet"].astype(str)))
        style = {"description_width": "4.5em"}
        layout = w.Layout(width="24em")
        self.outlet = w.Dropdown(
            options=[ALL, *outlets], value=ALL, description="outlet", style=style, layout=layout
        )
        self.article = w.Dropdown(
            options=self._article_options(ALL), description="article", style=style, layout=layout
        )
        self.feature = w.Dropdown(
            options=[ALL, *MARK_PRIORITY], value=ALL, description="feature", style=style
        )
        self.topic = w.Dropdown(options=[ALL, *topics], value=ALL, description="topic", style=style)
        self.topic.disabled = not topics
        self.output = w.HTML()  # widget state only: no display messages to leak or capture
        self.outlet.observe(self._on_outlet, names="value")
        for picker in (self.article, self.feature, self.topic):
            picker.observe(self._refresh, names="value")
        super().__init__(
            [w.HBox([self.outlet, self.article]), w.HBox([self.feature, self.topic]), self.output]
        )
        self._refresh()

    def __repr__(self) -> str:  # the text a saved notebook keeps: short and deterministic
        return (
            f"<Explorer: {len(self.corpus)} articles, {len(MARK_PRIORITY)} features, "
            f"{len(self.topics)} topics; article {self.article.value}>"
        )

    def _article_options(self, outlet: str) -> list[tuple[str, str]]:
        rows = self.corpus if outlet == ALL else self.corpus[self.corpus["outlet"] == outlet]
        return [(f"{r.id} · {r.outlet}", r.id) for r in rows.itertuples(index=False)]

    def _on_outlet(self, change) -> None:
        options = self._article_options(change["new"])
        current = self.article.value
        self.article.options = options
        ids = [v for _, v in options]
        self.article.value = current if current in ids else ids[0]
        self._refresh()

    def select(
        self,
        *,
        article: str | None = None,
        outlet: str | None = None,
        feature: str | None = None,
        topic: str | None = None,
    ) -> Explorer:
        """Set the pickers from code (what a click does); returns the explorer."""
        if outlet is not None:
            self._check(outlet, self.outlet.options, "outlet")
            self.outlet.value = outlet
        if article is not None:
            ids = [v for _, v in self.article.options]
            self._check(str(article), ids, "article")
            self.article.value = str(article)
        if feature is not None:
            self._check(feature, self.feature.options, "feature")
            self.feature.value = feature
        if topic is not None:
            self._check(topic, self.topic.options, "topic")
            self.topic.value = topic
        return self

    @staticmethod
    def _check(value, options, what: str) -> None:
        if value not in options:
            raise ValueError(f"explore: no {what} {value!r} (choose from {list(options)})")

    # --- what the output area shows, also usable as static views ---

    def article_view(self) -> Highlighted:
        """The chosen article, marked with the chosen feature (or all of them)."""
        feats = MARK_PRIORITY if self.feature.value == ALL else (self.feature.value,)
        return show_article(
            self.corpus,
            self.article.value,
            features=feats,
            sentences=self.sentences,
            matches=self.matches,
        )

    def _chosen_sentences(self) -> pd.DataFrame:
        s = self.sentences[self.sentences["id"] == self.article.value]
        if self.feature.value != ALL:
            s = s[s[self.feature.value] > 0]
        if self.topic.value != ALL:
            s = s[s[f"topic:{self.topic.value}"]]
        return s

    def sentence_table(self) -> Table:
        """The chosen article's sentences with the chosen feature and topic, text whole."""
        s = self._chosen_sentences()
        cols = [c for c in _SENTENCE_COLUMNS if c in s.columns]
        what = [x for x in (self.feature.value, self.topic.value) if x != ALL]
        title = f"{self.article.value}: {len(s)} sentences" + (
            f" with {' and '.join(what)}" if what else ""
        )
        return show_table(s, columns=cols, title=title)

    def evidence_table(self) -> Table:
        """The lexicon matches in the chosen sentences: the words behind every count."""
        chosen = set(self._chosen_sentences()["sentence"])
        m = self.matches[
            (self.matches["id"] == self.article.value) & self.matches["sentence"].isin(chosen)
        ]
        if self.feature.value != ALL:
            m = m[m["feature"] == self.feature.value]
        cols = [c for c in _EVIDENCE_COLUMNS if c in m.columns]
        return show_table(m, columns=cols, title=f"{len(m)} matches (evidence)")

    def _refresh(self, change=None) -> None:
        views = (self.article_view(), self.sentence_table(), self.evidence_table())
        self.output.value = "".join(v.html for v in views)
