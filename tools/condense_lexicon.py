"""Condense enumerated row families of a lexicon CSV into '|' alternatives, editing lines only.

The shipped lexicons were condensed with it once (``python tools/condense_lexicon.py
framing/data/threat.csv 5``, and likewise hedge, conciliatory and booster): every evidence row
of the 921 PolNeAR articles stayed the same but for the ``term`` it names.

A family: rows of 3 or more words with the same category, source and note, differing in exactly
one place, each holding a plain lower-case word there. A family of at least MIN rows becomes its
first member's line with the term replaced; the other members' lines are deleted; every other
line is left byte for byte; terms with a '...' gap are left apart (a gap ends at the first
word that meets the token after it, so alternatives after a gap would match less). Usage:
condense_lexicon.py FILE [MIN]
"""

import csv
import re
import sys

path = sys.argv[1]
MIN = int(sys.argv[2]) if len(sys.argv) > 2 else 5
lines = open(path, encoding="utf-8").read().split("\n")
PLAIN = re.compile(r"[a-z][a-z']*")
parsed = {}
for n, line in enumerate(lines[1:], start=1):
    if not line.strip():
        continue
    row = next(csv.reader([line]))
    if row and not row[0].startswith("#"):
        parsed[n] = row
groups = {}
for n, row in parsed.items():
    w = row[0].split()
    if len(w) < 3 or "..." in w:  # a gap ends at the first alternative: keep rows apart
        continue
    for k in range(len(w)):
        if PLAIN.fullmatch(w[k]):
            groups.setdefault(
                (tuple(row[1:]), len(w), k, tuple(w[:k] + ["_"] + w[k + 1 :])), []
            ).append(n)
taken, merged = set(), {}
for key in sorted(groups, key=lambda k: (-len(groups[k]), groups[k][0])):
    g = [n for n in groups[key] if n not in taken]
    if len(g) < MIN:
        continue
    k = key[2]
    ws = [parsed[n][0].split() for n in g]
    alts = list(dict.fromkeys(w[k] for w in ws))
    term = " ".join(ws[0][:k] + ["|".join(alts)] + ws[0][k + 1 :])
    first = lines[g[0]]
    old = parsed[g[0]][0]
    assert first.startswith(old + ",") or first.startswith('"' + old + '",'), first
    merged[g[0]] = (
        (term + first[len(old) :])
        if first.startswith(old + ",")
        else ('"' + term + first[len(old) + 1 :])
    )
    taken.update(g)
out = []
for n, line in enumerate(lines):
    if n in merged:
        out.append(merged[n])
    elif n not in taken:
        out.append(line)
open(path, "w", encoding="utf-8").write("\n".join(out))
kept = len(parsed) - len(taken) + len(merged)
print(f"{path}: {len(parsed)} rows -> {kept} ({len(merged)} families of {len(taken)} rows)")
