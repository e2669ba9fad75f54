"""Scale benchmark: streaming with 1, 2 and N worker processes, peak memory, and Dask.

Builds a corpus of ``--articles`` articles (default 100,000) by resampling seed sentences,
saves it as Parquet, then scores it with ``framing.score_stream`` (chunks of
``--chunk-size``) for each worker count, each run in a fresh process so that its peak
memory (max RSS) is its own, at two corpus sizes to show whether memory stays flat; then
through Dask on a local cluster. Run from the repository root:

    .venv/bin/python benchmarks/bench_scale.py [--articles 100000] [--workers 1 2]

The Dask runs score the same Parquet file read as Dask reads it by default, one partition per
row group, and repartitioned to four partitions per worker. ``--reuse N ...`` also runs
``score_reuse`` on the reuse benchmark's corpus of N articles in process and on a local
cluster (the tables must be equal) and reports the sizes Dask moves (``--articles 0`` runs
only that).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def run_stream(parquet: str, out: str, jobs: int, chunk: int) -> dict:
    """One streaming run in a child process: seconds, articles and peak RSS (MiB)."""
    code = f"""
import json, time
from pathlib import Path
# the peak memory a process reports starts from its parent's at fork: reset it (Linux)
Path("/proc/self/clear_refs").write_text("5")
import framing
t = time.perf_counter()
s = framing.score_stream([{parquet!r}], {out!r}, chunk_size={chunk}, jobs={jobs}, progress=False)
status = Path("/proc/self/status").read_text()
hwm = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))
print(json.dumps({{"seconds": time.perf_counter() - t, "articles": s["articles"],
    "max_rss_mib": hwm / 1024}}))
# peak memory is the main process's; with jobs > 1 each worker holds one chunk's share
"""
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def _warm() -> float:
    """What a fresh worker pays once: import framing, load Punkt, VADER and the lexicons."""
    t = time.perf_counter()
    import framing

    framing.score_text("Officials said the talks may resume.")
    return time.perf_counter() - t


def run_dask(parquet: str, workers: int, *, split: bool, partitions: int | None = None) -> dict:
    """``framing.score_articles`` of ``dd.read_parquet(parquet)`` on a local cluster of
    ``workers`` one-thread processes: seconds to start the cluster, to warm the workers (what
    each pays once), and to score (the article table brought back to the client).
    ``split``: one partition per Parquet row group (``split_row_groups=True``); without it
    Dask packs row groups into partitions of at least 75 MB (one partition for 78,000 of
    these articles). ``partitions`` repartitions to that many."""
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    import framing

    t = time.perf_counter()
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        start = time.perf_counter() - t
        warm = max(client.run(_warm).values())
        ddf = dd.read_parquet(parquet, split_row_groups=True if split else "infer")
        if partitions:
            ddf = ddf.repartition(npartitions=partitions)
        t = time.perf_counter()
        n = len(framing.score_articles(ddf).compute())
        return {
            "seconds": time.perf_counter() - t,
            "articles": n,
            "partitions": ddf.npartitions,
            "start": start,
            "warm": warm,
        }


def _cpu(client) -> dict[str, float]:
    """CPU seconds used so far by each worker process, the scheduler and this process
    (the work measured apart from what the machine's other load takes away). Workers
    that are threads of this process count in ``client``."""
    out = {"client": time.process_time()}
    if not client.cluster.processes:
        return out
    out |= client.run(time.process_time)
    out["scheduler"] = client.run_on_scheduler(time.process_time)
    return out


def run_reuse(n: int, workers: int, partitions: int, *, processes: bool = True) -> dict:
    """``score_reuse`` of the reuse benchmark's corpus (stories of ten rewrites), in process
    and on a local Dask cluster (equal tables), with the size of what Dask moves: band rows
    shuffled, colliding sentence pairs, candidate article pairs, sentence ranks and article
    profiles (bytes per article), vocabulary."""
    from bench_reuse import corpus as reuse_corpus

    import framing

    table = reuse_corpus(n)[["id", "outlet", "raw"]].rename(columns={"raw": "text"})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reuse.parquet"
        table.to_parquet(path, row_group_size=-(-n // partitions))
        t, cpu = time.perf_counter(), time.process_time()
        ref = framing.score_reuse(framing.load_corpus(path))
        in_process = time.perf_counter() - t
        in_process_cpu = time.process_time() - cpu
        on_dask = _reuse_on_dask(path, ref, workers, partitions, processes)
    return {
        "articles": n,
        "pairs": len(ref),
        "processes": processes,
        "in_process": in_process,
        "in_process_cpu": in_process_cpu,
        **on_dask,
    }


def _reuse_on_dask(path, ref, workers: int, partitions: int, processes: bool) -> dict:
    """``score_reuse`` of the Parquet file ``path`` (one partition per row group) on a local
    cluster: its table must equal ``ref``; seconds, CPU and the sizes of the steps."""
    import dask
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster

    from framing.distributed import reuse_steps

    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=processes,
            dashboard_address=":0",
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(_warm)
        ddf = dd.read_parquet(path, split_row_groups=True)
        assert ddf.npartitions == partitions
        steps = reuse_steps(ddf)
        # the sizes of the intermediate steps, counted in the same run (shared tasks)
        sizes = {
            name: steps[name].map_partitions(len).sum()
            for name in ("bands", "colliding", "candidates", "sentences")
        }
        sizes["vocabulary"] = steps["frequency"].size
        before = _cpu(client)
        t = time.perf_counter()
        got, counted = dask.compute(steps["table"], sizes)
        seconds = time.perf_counter() - t
        cpu = {k: v - before[k] for k, v in _cpu(client).items()}
        pd.testing.assert_frame_equal(got.reset_index(drop=True), ref)
        ranks_part = steps["sentences"].get_partition(0).compute()
        profiles_part = steps["profiles"].get_partition(0).compute()
    per_article = len(profiles_part)
    return {
        "dask": seconds,
        "dask_cpu": cpu,
        "band_rows": int(counted["bands"]),
        "colliding_sentence_pairs": int(counted["colliding"]),
        "candidates": int(counted["candidates"]),
        "sentences_with_concepts": int(counted["sentences"]),
        "vocabulary": int(counted["vocabulary"]),
        "sentence_ranks_bytes_per_article": sum(map(len, ranks_part["concepts"])) / per_article,
        "profile_bytes_per_article": sum(map(len, profiles_part["profile"])) / per_article,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, os.cpu_count() or 1])
    ap.add_argument("--chunk-size", type=int, default=1000)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-stream", action="store_true", help="only the Dask run")
    ap.add_argument(
        "--reuse", type=int, nargs="*", default=[], help="score_reuse at these corpus sizes"
    )
    ap.add_argument("--reuse-partitions", type=int, default=8)
    ap.add_argument("--threads", action="store_true", help="Dask reuse on workers that are threads")
    args = ap.parse_args()

    import pandas as pd
    from bench_score import build_corpus

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, pandas {pd.__version__}"
    )
    if args.articles:
        corpus = build_corpus(args.articles)
        with tempfile.TemporaryDirectory() as tmp:
            parquet = str(Path(tmp) / "corpus.parquet")
            table = corpus[["id", "outlet", "raw"]].rename(columns={"raw": "text"})
            table.to_parquet(parquet, row_group_size=args.chunk_size)
            small = max(args.chunk_size * 2, args.articles // 10)
            sizes = {small: str(Path(tmp) / "small.parquet"), args.articles: parquet}
            table.iloc[:small].to_parquet(sizes[small], row_group_size=args.chunk_size)
            del corpus, table
            print(f"corpus: {args.articles:,} articles (Parquet, chunks of {args.chunk_size:,})")
            for jobs in dict.fromkeys(args.workers) if not args.no_stream else ():
                for n, path in sizes.items():
                    r = run_stream(
                        path, str(Path(tmp) / f"out{jobs}-{n}.csv"), jobs, args.chunk_size
                    )
                    print(
                        f"stream, jobs={jobs}, {r['articles']:,} articles: {r['seconds']:.1f} s "
                        f"= {r['articles'] / r['seconds']:,.0f} articles/s, "
                        f"peak memory {r['max_rss_mib']:,.0f} MiB"
                    )
            if not args.no_dask:
                import dask
                import distributed
                import pyarrow

                w = max(args.workers)
                print(
                    f"dask {dask.__version__}, distributed {distributed.__version__}, "
                    f"pyarrow {pyarrow.__version__}; {w} workers of one thread"
                )
                variants = {
                    "read_parquet as is": {"split": False},
                    "one partition per row group": {"split": True},
                    f"{4 * w} partitions": {"split": True, "partitions": 4 * w},
                }
                for name, opts in variants.items():
                    r = run_dask(parquet, w, **opts)
                    print(
                        f"dask, {name} ({r['partitions']} partitions), {r['articles']:,} "
                        f"articles: {r['seconds']:.1f} s = {r['articles'] / r['seconds']:,.0f} "
                        f"articles/s (cluster start {r['start']:.1f} s, worker warm-up "
                        f"{r['warm']:.1f} s, not counted)"
                    )
    for n in args.reuse:
        r = run_reuse(n, max(args.workers), args.reuse_partitions, processes=not args.threads)
        print(json.dumps(r))
        print(
            f"reuse, {n:,} articles, {r['pairs']:,} pairs: in process {r['in_process']:.1f} s, "
            f"dask ({max(args.workers)} workers, {args.reuse_partitions} partitions) "
            f"{r['dask']:.1f} s (equal tables); CPU: in process {r['in_process_cpu']:.1f} s, "
            f"dask {sum(r['dask_cpu'].values()):.1f} s; {r['band_rows']:,} band rows shuffled, "
            f"{r['colliding_sentence_pairs']:,} colliding sentence pairs, "
            f"{r['candidates']:,} candidate pairs, vocabulary {r['vocabulary']:,}; per article "
            f"{r['sentence_ranks_bytes_per_article'] / 1e3:.2f} kB of sentence ranks, "
            f"{r['profile_bytes_per_article'] / 1e3:.1f} kB of profile"
        )


if __name__ == "__main__":
    main()
