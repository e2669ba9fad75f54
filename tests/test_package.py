"""The package's front door: ``import framing`` is light, drawing names load on first use."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import framing

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_import_framing_does_not_load_matplotlib():
    code = "import sys, framing; print('matplotlib' in sys.modules)"
    assert _run(code) == "False"


def test_plot_name_loads_matplotlib_on_first_use():
    code = "import sys, framing; framing.plot_features; print('matplotlib' in sys.modules)"
    assert _run(code) == "True"


def test_lazy_names_are_public_and_resolve():
    assert {"plot_features", "show_article", "make_figures", "COLORS", "PALETTE"} <= set(
        framing.__all__
    )
    for name in framing.__all__:
        assert name in dir(framing)
        assert getattr(framing, name) is not None
    from framing.plots import plot_features

    assert framing.plot_features is plot_features


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="plot_nothing"):
        framing.plot_nothing  # noqa: B018
