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
