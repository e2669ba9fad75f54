"""One check for option values, and the Literal types the shared orders come from."""

from typing import get_args

import pytest

from framing.constants import KINDS, REUSE_CLASSES, Kind, ReuseClass
from framing.options import check_option, check_options


def test_check_option_returns_an_allowed_value():
    assert check_option("kind", "body", KINDS, "f") == "body"


def test_check_option_names_function_option_and_allowed_values():
    with pytest.raises(ValueError) as info:
        check_option("kind", "footer", KINDS, "score_articles")
    msg = str(info.value)
    assert msg.startswith("score_articles: kind must be one of")
    assert all(repr(k) in msg for k in KINDS) and "'footer'" in msg


def test_check_options_lists_the_unknown_ones():
    assert check_options("kinds", ["body", "headline"], KINDS) == ("body", "headline")
    with pytest.raises(ValueError, match=r"unknown: 'footer', 'byline'"):
        check_options("kinds", ["body", "footer", "byline"], KINDS)


def test_check_options_refuses_a_bare_string():
    with pytest.raises(TypeError, match="list of values"):
        check_options("kinds", "body", KINDS)


def test_orders_come_from_their_literal_types():
    assert KINDS == get_args(Kind) and REUSE_CLASSES == get_args(ReuseClass)


# --- option families: one TypedDict for the keywords, one dataclass for their defaults ------

FAMILIES = [("framing.bootstrap", "IntervalOptions", "IntervalSettings")]
FAMILIES += [("framing.reuse.tables", "ReuseOptions", "ReuseSettings")]


@pytest.mark.parametrize(("module", "typed", "settings"), FAMILIES)
def test_an_option_family_types_exactly_the_settings_it_holds(module, typed, settings):
    import dataclasses
    import importlib

    mod = importlib.import_module(module)
    keys = {k: v.__forward_arg__ for k, v in getattr(mod, typed).__annotations__.items()}
    fields = {f.name: f.type for f in dataclasses.fields(getattr(mod, settings))}
    assert keys == fields


def test_an_unknown_keyword_names_the_function_and_its_options():
    from framing.bootstrap import IntervalSettings
    from framing.options import keyword_settings

    with pytest.raises(
        TypeError, match=r"score_outlets\(\) got an unexpected keyword argument 'nboot'"
    ):
        keyword_settings(IntervalSettings, {"nboot": 10}, "score_outlets")
    assert keyword_settings(IntervalSettings, {"n_boot": 10}, "f") == IntervalSettings(n_boot=10)


def test_every_interval_table_refuses_a_misspelt_option():
    from pathlib import Path

    import framing

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    corpus = framing.load_corpus(seeds)
    sentences = framing.score_sentences(corpus)
    study = framing.load_study(seeds / "study.toml")
    tables = {
        "score_outlets": lambda **o: framing.score_outlets(sentences, **o),
        "score_attribution": lambda **o: framing.score_attribution(sentences, **o),
        "score_sentiment": lambda **o: framing.score_sentiment(sentences, **o),
        "score_actors": lambda **o: framing.score_actors(sentences, **o),
        "score_differences": lambda **o: framing.score_differences(sentences, **o),
        "score_periods": lambda **o: framing.score_periods(sentences, corpus, **o),
        "score_topics": lambda **o: framing.score_topics(sentences, study, **o),
        "score_reuse": lambda **o: framing.score_reuse(corpus, sentences=sentences, **o),
    }
    for name, table in tables.items():
        with pytest.raises(
            TypeError, match=rf"{name}\(\) got an unexpected keyword argument 'nboot'"
        ):
            table(nboot=10)


def test_interval_tables_check_kinds_as_every_table_does():
    from framing.bootstrap import IntervalSettings

    assert IntervalSettings.of({"kinds": ["body"]}, "f").kinds == ("body",)
    with pytest.raises(TypeError, match="score_outlets: kinds takes a list"):
        IntervalSettings.of({"kinds": "body"}, "score_outlets")
    with pytest.raises(ValueError, match="score_topics: kinds must be among .*'footer'"):
        IntervalSettings.of({"kinds": ["body", "footer"]}, "score_topics")


@pytest.mark.parametrize(
    ("name", "settings"),
    [
        (name, "IntervalSettings")
        for name in (
            "score_outlets",
            "score_attribution",
            "score_sentiment",
            "score_actors",
            "score_differences",
            "score_periods",
            "score_topics",
        )
    ]
    + [
        (name, "ReuseSettings")
        for name in ("score_reuse", "score_alignment", "score_transformations")
    ],
)
def test_help_shows_every_option_of_the_family_with_its_default(name, settings):
    """``help()`` and Jupyter's tooltip read ``inspect.signature``: it lists each shared option
    as a keyword-only parameter with the dataclass's default, not ``**options``."""
    import dataclasses
    import inspect

    import framing
    from framing.bootstrap import IntervalSettings
    from framing.reuse.tables import ReuseSettings

    family = {"IntervalSettings": IntervalSettings, "ReuseSettings": ReuseSettings}[settings]
    parameters = inspect.signature(getattr(framing, name)).parameters
    assert not [p for p in parameters.values() if p.kind is p.VAR_KEYWORD]
    for field in dataclasses.fields(family):
        shown = parameters[field.name]
        assert shown.kind is shown.KEYWORD_ONLY
        assert shown.default == field.default or shown.default is field.default
