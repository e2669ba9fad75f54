"""Names shared by every step: the codebook's features, sentence kinds, attribution labels and
reuse classes, each in the one order that tables, charts and views use."""

from __future__ import annotations

#: The codebook's lexicon features (§1–§3), in table and chart order.
FEATURES: tuple[str, ...] = ("hedge", "booster", "threat", "conciliatory")

#: Sentence kinds, from the top of an article down (see ``sentences.paragraph_kind``).
KINDS: tuple[str, ...] = ("headline", "standfirst", "subheading", "caption", "body")

#: The codebook's attribution labels (§4).
ATTRIBUTION_LABELS: tuple[str, ...] = ("named", "anonymous", "unattributed")

#: What a rewrite did with each sentence (``framing.reuse``).
REUSE_CLASSES: tuple[str, ...] = ("kept", "paraphrased", "added", "dropped")
