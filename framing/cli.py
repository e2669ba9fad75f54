"""Command line: ``framing score``, ``reuse``, ``figures`` and ``evaluate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from .constants import KINDS
from .corpus import CorpusError, load_corpus
from .features import score_articles, score_sentences, score_sentences_and_evidence
from .io import write_table
from .lexicons import LexiconError
from .reuse import KEPT, PARAPHRASED
from .stream import check_outputs, score_stream

EXIT_INTERRUPTED = 130


def _lexicon_args(items: list[str] | None) -> dict | None:
    if not items:
        return None
    out = {}
    for item in items:
        name, sep, path = item.partition("=")
        if not sep or not name or not path:
            raise LexiconError(f"--lexicon {item!r}: write FEATURE=PATH (or FEATURE+=PATH to add)")
        out[name] = path
    return out


def _column_args(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        name, sep, col = item.partition("=")
        if not sep or not name or not col:
            raise CorpusError(f"--column {item!r}: write NAME=COLUMN, e.g. text=body")
        out[name] = col
    return out


def _load(
    paths: list[str],
    columns: dict | None = None,
    errors: str = "raise",
    allow_outside: bool = False,
) -> pd.DataFrame:
    frames = [
        load_corpus(p, columns=columns, errors=errors, allow_outside=allow_outside) for p in paths
    ]
    corpus = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    dup = corpus["id"][corpus["id"].duplicated()]
    if len(dup):
        raise CorpusError(f"duplicate article id(s) across inputs: {', '.join(sorted(set(dup)))}")
    return corpus


def _write(df: pd.DataFrame, path: str) -> None:
    write_table(df, path)


def cmd_score(args) -> int:
    outputs = {"articles": args.output, "sentences": args.sentences, "evidence": args.evidence}
    check_outputs(outputs, args.paths, stream=bool(args.chunk_size))
    if args.chunk_size:
        summary = score_stream(
            args.paths,
            args.output,
            sentences=args.sentences,
            evidence_output=args.evidence,
            chunk_size=args.chunk_size,
            jobs=args.jobs,
            resume=args.resume,
            progress=not args.no_progress,
            lexicons=_lexicon_args(args.lexicon),
            kinds=tuple(args.kinds.split(",")) if args.kinds else KINDS,
            columns=_column_args(args.column),
            errors=args.errors,
            allow_outside=args.allow_outside,
        )
        print(
            f"{args.output}: {summary['articles']} articles, {summary['sentences']} sentences "
            f"in {summary['chunks']} chunks",
            file=sys.stderr,
        )
        for bad in summary["flagged"]:
            print(f"note: article {bad['id']} ({bad['file']}): {bad['problem']}", file=sys.stderr)
        return 0
    corpus = _load(args.paths, _column_args(args.column), args.errors, args.allow_outside)
    lex = _lexicon_args(args.lexicon)
    kinds = tuple(args.kinds.split(",")) if args.kinds else KINDS
    if args.evidence:  # both tables from one analysis of each article
        sents, ev = score_sentences_and_evidence(corpus, lexicons=lex, jobs=args.jobs)
    else:
        sents = score_sentences(corpus, lexicons=lex, jobs=args.jobs)
    arts = score_articles(corpus, lexicons=lex, kinds=kinds, sentences=sents)
    _write(arts, args.output)
    print(f"{args.output}: {len(arts)} articles", file=sys.stderr)
    if args.sentences:
        _write(sents, args.sentences)
        print(f"{args.sentences}: {len(sents)} sentences", file=sys.stderr)
    if args.evidence:
        _write(ev, args.evidence)
        print(f"{args.evidence}: {len(ev)} matches", file=sys.stderr)
    flagged = arts[arts["problem"].astype(str) != ""] if "problem" in arts else arts.iloc[:0]
    for _, row in flagged.iterrows():
        print(f"note: article {row['id']}: {row['problem']}", file=sys.stderr)
    return 0


def cmd_figures(args) -> int:
    from .report import make_figures

    if args.chunk_size and not args.no_reuse:
        print(
            "note: a streamed report (--chunk-size) leaves text reuse out: it needs every "
            "sentence's text at once, which streaming avoids; run 'framing reuse' on the "
            "corpus for the pairs",
            file=sys.stderr,
        )
    written = make_figures(
        args.corpus,
        args.out,
        study=args.study,
        top=args.top,
        columns=_column_args(args.column) or None,
        reuse=not args.no_reuse,
        chunk_size=args.chunk_size or None,
        jobs=args.jobs,
        progress=not args.no_progress,
        tables_dir=args.tables or None,
    )
    print(f"{args.out}: {len(written)} files written", file=sys.stderr)
    return 0


def cmd_reuse(args) -> int:
    from .reuse import rewrite_tables, score_reuse

    check_outputs({"pairs": args.output}, args.paths)
    corpus = _load(args.paths, _column_args(args.column), args.errors, args.allow_outside)
    sents = score_sentences(corpus, lexicons=_lexicon_args(args.lexicon), jobs=args.jobs)
    opts = {"sentences": sents, "paraphrased": args.paraphrased, "kept": args.kept}
    if args.equivalents:
        opts["equivalents"] = args.equivalents
    pairs = score_reuse(corpus, **opts)
    _write(pairs, args.output)
    derived = pairs[pairs["relation"] == "derived"]
    print(
        f"{args.output}: {len(pairs)} pairs of articles share sentences, "
        f"{len(derived)} with a known direction",
        file=sys.stderr,
    )
    if args.alignments:
        folder = Path(args.alignments)
        folder.mkdir(parents=True, exist_ok=True)
        todo = [(r.source, r.derived) for r in derived.itertuples()]
        for item in args.pair or []:
            src, sep, der = item.partition(":")
            if not sep or not src or not der:
                raise CorpusError(f"--pair {item!r}: write SOURCE:DERIVED, e.g. 004:002")
            todo.append((src, der))
        for src, der in todo:
            alignment, changes = rewrite_tables(corpus, src, der, **opts)
            _write(alignment, f"{folder}/alignment_{src}_{der}.csv")
            _write(changes, f"{folder}/transformations_{src}_{der}.csv")
        print(f"{folder}: alignments of {len(todo)} pairs", file=sys.stderr)
    return 0


def cmd_evaluate(args) -> int:
    from .evaluate import evaluate_plover, evaluate_reuse, evaluate_seeds, plover_summary

    pd.set_option("display.width", 120)
    if args.annotations:
        scores, _ = evaluate_seeds(args.annotations, args.corpus)
        cols = [
            "measure",
            "n",
            "gold",
            "predicted",
            "precision",
            "recall",
            "f1",
            "balanced_accuracy",
        ]
        print(
            f"Seed annotation ({args.annotations}); unpaired sentences: {scores.attrs['unpaired']}"
        )
        print(scores[[c for c in cols if c in scores]].round(3).to_string(index=False))
        _print_agreement(args)
    if args.reuse:
        scores, _ = evaluate_reuse(args.reuse, args.corpus)
        print(f"\nSentence alignment ({args.reuse})")
        print(scores.round(3).to_string(index=False, na_rep=""))
    if args.plover:
        by_event, recs = evaluate_plover(args.plover)
        print(f"\nPLOVER records ({args.plover}): share of records where each detector fires")
        print(by_event.round(3).to_string(index=False))
        summ = plover_summary(recs)
        print()
        print(summ.round(3).to_string(index=False))
        for k in ("threat_proxy", "conciliatory_proxy"):
            m = summ.attrs[k]
            print(f"{k}: precision {m['precision']:.3f} recall {m['recall']:.3f} f1 {m['f1']:.3f}")
        _print_events(args)
    if args.hedge:
        _print_hedge(args)
    if args.news_codes:
        _print_news(args)
    elif args.polnear:
        _print_polnear(args.polnear)
    return 0


def _print_agreement(args) -> None:
    from .evaluate import evaluate_agreement

    table = evaluate_agreement(args.annotations, args.corpus)
    print("\nAgreement (Cohen's kappa, Krippendorff's alpha, nominal): coders and tool")
    print(table.round(3).to_string(index=False, na_rep=""))


def _print_polnear(path: str) -> None:
    from .evaluate.polnear import evaluate_polnear

    scores, _ = evaluate_polnear(path)
    print(f"\nPolNeAR attribution ({path}), sentences mapped onto codebook section 4")
    print(scores.round(3).to_string(index=False))


def _print_news(args) -> None:
    from .evaluate.news import evaluate_news

    if not args.polnear:
        raise CorpusError("--news-codes needs --polnear, the PolNeAR file the codes refer to")
    scores, agree, _ = evaluate_news(args.news_codes, args.polnear)
    cols = ["half", "feature", "n", "gold", "predicted", "tp", "fp", "fn"]
    cols += ["precision", "recall", "f1"]
    print(f"\nNews sentences coded here ({args.news_codes}; texts from {args.polnear}):")
    print("presence (count > 0) against the adjudicated codes, halves as PolNeAR attribution's")
    print(scores[cols].round(3).to_string(index=False))
    print("\nAgreement (Cohen's kappa, Krippendorff's alpha, nominal): coders, tool, adjudicated")
    print(agree.round(3).to_string(index=False, na_rep=""))


def _print_events(args) -> None:
    from .evaluate import evaluate_events

    scores, _ = evaluate_events(args.plover)
    print("\nPLOVER balanced accuracy: threat (threat types vs cooperative), conciliatory")
    print("(cooperative vs threat types), at the event's words and on the whole record")
    print(scores.round(3).to_string(index=False))


def _print_hedge(args) -> None:
    from .evaluate import evaluate_hedge

    scores, _ = evaluate_hedge(args.hedge)
    print(f"\nHedge presence on uncertainty-cue sentences ({args.hedge}), halves by document")
    print(scores.round(3).to_string(index=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="framing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "score", help="score articles: one row per article, optional sentences and evidence tables"
    )
    p.add_argument(
        "paths",
        nargs="+",
        help="folders of .txt and .html files, or .txt, .html, .csv, .jsonl, .parquet files",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        help="article table: CSV, .parquet, or .xlsx (every text cell stored as text, safe "
        "to open in a spreadsheet)",
    )
    p.add_argument("--sentences", help="also write the sentence table (CSV, .parquet, .xlsx)")
    p.add_argument("--evidence", help="also write one row per match (CSV, .parquet, .xlsx)")
    p.add_argument(
        "--lexicon",
        action="append",
        metavar="FEATURE=PATH",
        help="replace a lexicon (threat=my.csv), add to it (threat+=extra.csv) or "
        "add a new feature (fear=fear.csv); repeatable",
    )
    p.add_argument(
        "--kinds",
        help=f"sentence kinds counted in the article table, "
        f"comma-separated (default all: {','.join(KINDS)})",
    )
    p.add_argument("--jobs", type=int, default=1, help="parallel processes (0 = all cores)")
    p.add_argument(
        "--column",
        action="append",
        metavar="NAME=COLUMN",
        help="map a table's column to framing's name (text=body, outlet=source)",
    )
    p.add_argument(
        "--errors",
        choices=("raise", "report"),
        default="raise",
        help="stop at an unreadable file (raise) or keep it as a row with the "
        "reason in 'problem' (report)",
    )
    p.add_argument(
        "--chunk-size",
        type=int,
        default=0,
        help="stream: score this many articles at a time, writing as it goes",
    )
    p.add_argument(
        "--resume", action="store_true", help="with --chunk-size: continue an interrupted run"
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    _allow_outside_arg(p)
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("reuse", help="text reuse: which articles share sentences, who rewrote whom")
    p.add_argument("paths", nargs="+", help="as for 'framing score'")
    p.add_argument("-o", "--output", required=True, help="table of article pairs (CSV/Parquet)")
    p.add_argument(
        "--alignments",
        help="also write, into this folder, the sentence alignment and the transformations of "
        "every pair with a known direction (and of each --pair)",
    )
    p.add_argument("--pair", action="append", metavar="SOURCE:DERIVED", help="also align this pair")
    p.add_argument(
        "--paraphrased",
        type=float,
        default=PARAPHRASED,
        help=f"content similarity at which two sentences align (default {PARAPHRASED})",
    )
    p.add_argument(
        "--kept",
        type=float,
        default=KEPT,
        help=f"word overlap at which an aligned sentence is near-verbatim (default {KEPT})",
    )
    p.add_argument("--equivalents", help="your own equivalents lexicon (CSV: term,category,source)")
    p.add_argument("--lexicon", action="append", metavar="FEATURE=PATH", help="as for 'score'")
    p.add_argument("--column", action="append", metavar="NAME=COLUMN", help="as for 'score'")
    p.add_argument("--errors", choices=("raise", "report"), default="raise")
    p.add_argument("--jobs", type=int, default=1, help="parallel processes for scoring")
    _allow_outside_arg(p)
    p.set_defaults(func=cmd_reuse)

    p = sub.add_parser("figures", help="regenerate every figure, its CSV and figures/README.md")
    _defaults(
        p,
        ("--corpus", "seeds", "the corpus: a folder, or a .csv, .jsonl or .parquet file"),
        ("--out", "figures", "the report's folder"),
        ("--tables", "tables", "also write the article, sentence, evidence tables ('' to skip)"),
        ("--study", None, "the study (TOML; default: <corpus>/study.toml if any, else neutral)"),
    )
    p.add_argument(
        "--top",
        type=int,
        default=3,
        help="alignment charts for this many derived pairs, those with the most reuse",
    )
    p.add_argument(
        "--column",
        action="append",
        metavar="NAME=COLUMN",
        help="a table corpus's column for NAME, e.g. headline=title (as for 'score')",
    )
    p.add_argument("--no-reuse", action="store_true", help="leave text reuse out of the report")
    p.add_argument(
        "--chunk-size",
        type=int,
        default=0,
        help="stream: read and score this many articles at a time, keeping sums per article "
        "and outlet, not sentences (for corpora larger than memory; no text reuse)",
    )
    p.add_argument("--jobs", type=int, default=1, help="parallel processes for scoring")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("evaluate", help="precision, recall and F1 against annotations")
    eval_files = "JSONL (e.g. ../shared/eval/{}_dev.jsonl)"
    _defaults(
        p,
        ("--annotations", "tests/data/seed_annotations.csv", "the seed annotation (CSV)"),
        ("--corpus", "seeds", "the corpus the annotation is of"),
        ("--reuse", "tests/data/reuse_annotations.csv", "alignment annotation ('' to skip)"),
        ("--plover", "", "PLOVER records, " + eval_files.format("plover")),
        ("--polnear", "", "PolNeAR articles for attribution, " + eval_files.format("polnear")),
        ("--hedge", "", "uncertainty-cue sentences, " + eval_files.format("wiki_hedge")),
        (
            "--news-codes",
            "",
            "news sentences coded here (e.g. eval/polnear_codes.csv), scored with the "
            "--polnear file's texts instead of the attribution evaluation",
        ),
    )
    p.set_defaults(func=cmd_evaluate)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (CorpusError, LexiconError, ValueError) as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_interrupted(args), file=sys.stderr)
        return EXIT_INTERRUPTED


def _defaults(p: argparse.ArgumentParser, *options: tuple[str, str | None, str]) -> None:
    """Options that take one value: (flag, default, help) each."""
    for flag, default, text in options:
        p.add_argument(flag, default=default, help=text)


def _allow_outside_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--allow-outside",
        action="store_true",
        help="read files that a folder's articles.csv or links place outside the folder "
        "(refused by default)",
    )


def _interrupted(args) -> str:
    """The one line printed on Ctrl-C: what to run to continue, when a run can continue."""
    if getattr(args, "chunk_size", 0):
        return (
            f"framing: interrupted; {args.output}.progress.json records the finished chunks: "
            "run the same command with --resume to continue"
        )
    return (
        "framing: interrupted; the outputs may be incomplete: run again (a run with "
        "--chunk-size N writes as it goes and continues with --resume)"
    )


if __name__ == "__main__":
    sys.exit(main())
