"""Scale benchmark: streaming with 1, 2 and N worker processes, peak memory, and Dask.

Builds a corpus of ``--articles`` articles (default 100,000) by resampling seed sentences,
saves it as Parquet, then scores it with ``framing.score_stream`` (chunks of
``--chunk-size``) for each worker count, each run in a fresh process so that its peak
memory (max RSS) is its own, at two corpus sizes to show whether memory stays flat; then
through Dask on a local cluster. Run from the repository root:

    .venv/bin/python benchmarks/bench_scale.py [--articles 100000] [--workers 1 2]
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


def run_dask(parquet: str, workers: int) -> dict:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    import framing

    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster),
    ):
        ddf = dd.read_parquet(parquet)
        t = time.perf_counter()
        n = len(
            ddf.map_partitions(framing.score_partition, meta=framing.partition_meta()).compute()
        )
        return {"seconds": time.perf_counter() - t, "articles": n}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, os.cpu_count() or 1])
    ap.add_argument("--chunk-size", type=int, default=1000)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-stream", action="store_true", help="only the Dask run")
    args = ap.parse_args()

    import pandas as pd
    from bench_score import build_corpus

    corpus = build_corpus(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        parquet = str(Path(tmp) / "corpus.parquet")
        table = corpus[["id", "outlet", "raw"]].rename(columns={"raw": "text"})
        table.to_parquet(parquet, row_group_size=args.chunk_size)
        small = max(args.chunk_size * 2, args.articles // 10)
        sizes = {small: str(Path(tmp) / "small.parquet"), args.articles: parquet}
        table.iloc[:small].to_parquet(sizes[small], row_group_size=args.chunk_size)
        del corpus, table
        print(
            f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, pandas {pd.__version__}"
        )
        print(f"corpus: {args.articles:,} articles (Parquet, chunks of {args.chunk_size:,})")
        for jobs in dict.fromkeys(args.workers) if not args.no_stream else ():
            for n, path in sizes.items():
                r = run_stream(path, str(Path(tmp) / f"out{jobs}-{n}.csv"), jobs, args.chunk_size)
                print(
                    f"stream, jobs={jobs}, {r['articles']:,} articles: {r['seconds']:.1f} s "
                    f"= {r['articles'] / r['seconds']:,.0f} articles/s, "
                    f"peak memory {r['max_rss_mib']:,.0f} MiB"
                )
        if not args.no_dask:
            r = run_dask(parquet, max(args.workers))
            print(
                f"dask, {max(args.workers)} workers, {r['articles']:,} articles: "
                f"{r['seconds']:.1f} s = {r['articles'] / r['seconds']:,.0f} articles/s"
            )


if __name__ == "__main__":
    main()
