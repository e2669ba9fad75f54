"""framing.study: the study file, its errors, a neutral default and outlet groups."""

import pandas as pd
import pytest

from framing.study import (
    Study,
    StudyError,
    default_study,
    extra_metadata,
    load_study,
    with_articles,
    with_groups,
)
from tests.conftest import SEEDS


def test_seeds_study_reads_everything_it_names(corpus):
    st = load_study(SEEDS / "study.toml")
    assert st.title and st.question and st.path == SEEDS / "study.toml"
    assert list(st.topics) == ["election", "meeting"]
    assert st.topics["meeting"].feature == "meeting" and len(st.topics["meeting"].sha1) == 12
    assert st.actors is not None and st.actors.feature == "actor"
    # every outlet of the seeds is in a group, and every grouped outlet is in the seeds
    grouped = st.outlet_groups()
    assert set(grouped) == set(corpus["outlet"])
    assert st.group_of("Breitbart News (AFP wire)") == "wire"
    assert st.group_of("elsewhere") == "elsewhere"
    assert [e.when for e in st.events] == sorted(e.when for e in st.events)
    assert set(st.lexicon_hashes()) == {"topic:election", "topic:meeting", "actors"}


def write(tmp_path, text, **files):
    for name, body in files.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    p = tmp_path / "study.toml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "text,files,message",
    [
        ('question = "q"', {}, "needs a title"),
        ('title = "t"\ncolour = "red"', {}, "unknown key"),
        ('title = "t"\n[topics]\nx = "missing.csv"', {}, "'missing.csv', which is not in"),
        ('title = "t"\n[topics]\nx = "x.csv"', {"x.csv": "term,category\nwar,x\n"}, "source"),
        ('title = "t"\n[groups]\na = ["X"]\nb = ["X"]', {}, "is in groups 'a' and 'b'"),
        ('title = "t"\n[[events]]\ndate = "soon"\nlabel = "x"', {}, "not a date"),
        ('title = "t"\n[[events]]\nlabel = "x"', {}, "needs a date and a label"),
        ("title = ", {}, "not valid TOML"),
    ],
)
def test_bad_study_files_name_the_file_and_problem(tmp_path, text, files, message):
    p = write(tmp_path, text, **files)
    with pytest.raises(StudyError) as err:
        load_study(p)
    assert str(p) in str(err.value) and message in str(err.value)


def test_missing_study_file(tmp_path):
    with pytest.raises(StudyError, match="no such study file"):
        load_study(tmp_path / "nope.toml")


def test_default_study_is_neutral_and_from_the_corpus(corpus):
    st = default_study(corpus, name="seeds")
    n, k = len(corpus), corpus["outlet"].nunique()
    assert st.title == f"seeds: {n} articles from {k} outlets, 2024-01-12"
    assert (st.question, st.topics, st.groups, st.events, st.path) == ("", {}, {}, (), None)
    two = pd.DataFrame({"outlet": ["a", "b"], "published": ["2016-01-02", "2016-03-04T10:00"]})
    assert default_study(two).title == "2 articles from 2 outlets, 2016-01-02 to 2016-03-04"


def test_with_groups_adds_a_group_column(sentences):
    st = Study("t", groups={"wire": ("Breitbart News (AFP wire)",)})
    g = with_groups(sentences, st)
    wire = g["outlet"] == "Breitbart News (AFP wire)"
    assert (g.loc[wire, "group"] == "wire").all()
    assert (g.loc[~wire, "group"] == g.loc[~wire, "outlet"]).all()
    assert g.attrs == sentences.attrs and "group" not in sentences


def test_timing_from_the_seeds_metadata(sentences):
    from framing.outlets import score_outlets

    meta = extra_metadata(SEEDS)
    assert list(meta.columns) == ["id", "timing"] and len(meta) == 5
    s = with_articles(sentences, meta)
    assert len(s) == len(sentences) and s["timing"].ne("").all()
    t = score_outlets(s, by="timing", features=("threat",), n_boot=50)
    before = t[t.timing == "before the meeting"].iloc[0]
    ids = set(meta.loc[meta.timing == "before the meeting", "id"])
    assert before["articles"] == len(ids) == 2
    assert before["sentences"] == sentences["id"].isin(ids).sum()
    assert before["count"] == sentences.loc[sentences["id"].isin(ids), "threat"].sum()


def test_extra_metadata_without_articles_csv(tmp_path):
    assert list(extra_metadata(tmp_path).columns) == ["id"]
    partial = pd.DataFrame({"id": ["x"], "timing": ["after"]})
    s = pd.DataFrame({"id": ["x", "y"], "outlet": ["A", "B"]})
    assert with_articles(s, partial)["timing"].tolist() == ["after", ""]
