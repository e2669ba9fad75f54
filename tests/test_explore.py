"""framing.explore (framing/explorer.py): the widgets pick an article, outlet, feature or
topic, and the views follow the choice."""

import pytest

import framing
from framing.explorer import ALL, Explorer, explore

pytest.importorskip("ipywidgets")


@pytest.fixture(scope="module")
def ex(corpus, sentences, ev):
    study = framing.load_study(framing_root() / "seeds" / "study.toml")
    return explore(corpus, sentences, matches=ev, study=study)


def framing_root():
    from pathlib import Path

    return Path(framing.__file__).resolve().parents[1]


def test_outlet_narrows_the_articles(ex, corpus):
    outlet = corpus.set_index("id").loc["003", "outlet"]
    ex.select(outlet=outlet)
    assert [v for _, v in ex.article.options] == ["003"] and ex.article.value == "003"
    ex.select(outlet=ALL)
    assert [v for _, v in ex.article.options] == list(corpus["id"])


def test_feature_marks_and_lists_only_that_feature(ex, sentences, ev):
    ex.select(article="002", feature="threat")
    view = ex.article_view()
    assert view.features == ("threat",)
    rows = sentences[(sentences["id"] == "002") & (sentences["threat"] > 0)]
    table = ex.sentence_table()
    assert len(table.frame) == len(rows) and table.title.endswith("with threat")
    assert list(table.frame["text"]) == list(rows["text"])
    matches = ev[(ev["id"] == "002") & (ev["feature"] == "threat")]
    assert list(ex.evidence_table().frame["matched"]) == list(matches["matched"])
    ex.select(feature=ALL)


def test_topic_lists_the_sentences_on_it(ex, sentences):
    ex.select(article="004", topic="meeting")
    study = framing.load_study(framing_root() / "seeds" / "study.toml")
    tagged = framing.tag_topics(sentences[sentences["id"] == "004"], study)
    assert len(ex.sentence_table().frame) == int(tagged["topic:meeting"].sum()) > 0
    ex.select(topic=ALL)
    assert len(ex.sentence_table().frame) == len(tagged)


def test_widgets_and_errors(ex, corpus):
    assert isinstance(ex, Explorer) and repr(ex).startswith("<Explorer: 5 articles")
    assert "0x" not in repr(ex)
    with pytest.raises(ValueError, match="no article '999'"):
        ex.select(article="999")
    with pytest.raises(ValueError, match="no feature"):
        ex.select(feature="sarcasm")
    with pytest.raises(TypeError):
        explore("seeds")
    with pytest.raises(ValueError, match="no articles"):
        explore(corpus.iloc[:0])
    assert framing.explore is explore
    no_topics = explore(corpus.head(1))
    assert no_topics.topic.disabled and list(no_topics.topic.options) == [ALL]


def test_output_shows_the_choice(ex):
    ex.select(article="003", feature="hedge", topic=ALL)
    shown = ex.output.value
    assert ex.article_view().html in shown
    assert ex.sentence_table().html in shown and ex.evidence_table().html in shown
    ex.select(feature=ALL)
