"""Colours and labels shared by the charts (``framing.plots``) and the HTML views
(``framing.display``), so that one colour means one thing everywhere.

No matplotlib here: the HTML views and the command line import this module without loading a
plotting library. Orders come from ``framing.constants``.
"""

from __future__ import annotations

__all__ = ["COLORS", "FEATURE_LABELS", "PALETTE", "REUSE_PALETTE", "SAME_MEANING", "tint"]

#: The Okabe–Ito palette (Okabe & Ito 2008), distinguishable with the common colour-vision
#: deficiencies.
PALETTE: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "grey": "#999999",
}

#: Four colours of Paul Tol's "muted" scheme (colour-blind safe, Tol 2021) for the classes of
#: text reuse, so that no reuse colour repeats a framing or attribution colour of the
#: Okabe–Ito palette above with another meaning.
REUSE_PALETTE: dict[str, str] = {
    "indigo": "#332288",
    "teal": "#44AA99",
    "wine": "#882255",
    "olive": "#999933",
    "sand": "#DDCC77",
}

#: One colour per meaning, used by every chart and by the HTML views.
COLORS: dict[str, str] = {
    "threat": PALETTE["vermillion"],
    "conciliatory": PALETTE["bluish green"],
    "hedge": PALETTE["sky blue"],
    "booster": PALETTE["orange"],
    "named": PALETTE["blue"],
    "anonymous": PALETTE["reddish purple"],
    "unattributed": PALETTE["grey"],
    "quote": PALETTE["yellow"],
    "mentions": REUSE_PALETTE["sand"],
    "source": PALETTE["blue"],
    "sentiment": PALETTE["black"],
    # text reuse (framing.reuse): what a rewrite did with each sentence
    "kept": REUSE_PALETTE["indigo"],
    "paraphrased": REUSE_PALETTE["teal"],
    "added": REUSE_PALETTE["wine"],
    "dropped": REUSE_PALETTE["olive"],
}

#: Keys of ``COLORS`` that share a colour because they mean the same thing (an actor cited as
#: the source of a claim is a named source); every other colour means one thing only.
SAME_MEANING: dict[str, str] = {"source": "named"}

#: What a reader is shown for each feature, attribution label and actor measure.
FEATURE_LABELS: dict[str, str] = {
    "hedge": "hedging",
    "booster": "boosters",
    "threat": "threat",
    "conciliatory": "conciliatory",
    "named": "named source",
    "anonymous": "anonymous source",
    "unattributed": "unattributed (writer's voice)",
    "mentions": "mentioned",
    "source": "cited as source",
}


def tint(color: str, amount: float = 0.35) -> str:
    """``color`` (``"#RRGGBB"``) mixed with white, ``amount`` of the colour (0 white, 1 the
    colour itself): a fill light enough to read black text on. Returns ``"#rrggbb"``.

    >>> tint("#D55E00", 0.22)
    '#f6dcc7'
    """
    h = str(color).lstrip("#")
    if len(h) != 6:
        raise ValueError(f"tint expects a colour as '#RRGGBB', got {color!r}")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    mix = [round(255 - (255 - c) * amount) for c in (r, g, b)]
    return "#{:02x}{:02x}{:02x}".format(*mix)
