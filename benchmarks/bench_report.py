"""Report benchmark: ``framing figures`` on a synthetic corpus of many articles and outlets.

Builds a corpus of ``--articles`` articles (default 1,000) from ``--outlets`` outlets
(default 30) over a year (``benchmarks/synthetic.py``: sentences recombined from the seeds'
clauses and a large vocabulary, so unrelated articles share few sentences; one article in ten
a rewrite of another; nothing from the evaluation data), as a folder of ``.txt`` files or a
Parquet file (``--format``). Then runs ``framing figures`` on it in a fresh process, as a
user would, and reports the wall time, the peak resident memory of the main process and of
all its processes together (``--jobs`` workers included; read from ``/proc`` every 0.2 s),
its CPU time (user and system, of all its processes, sampled with the memory: what the
work costs, least disturbed by other work on a shared machine), the largest image,
matplotlib's warnings and the machine's load average. Run from the repository root:

    .venv/bin/python benchmarks/bench_report.py [--articles 1000] [--outlets 30]
    .venv/bin/python benchmarks/bench_report.py --articles 100000 --format parquet \\
        --chunk-size 1000 --jobs 2
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import build_corpus, write_folder  # noqa: E402


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _cpu_ticks(pid: int) -> int:
    """User and system CPU time of a process so far, in clock ticks (``/proc/PID/stat``)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, ValueError, IndexError):
        return 0


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return out


def run(command: list[str]) -> dict:
    """Run ``command``, sampling the resident memory of it and its children."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MPLBACKEND": "Agg"}
    t = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    main_peak = tree_peak = workers_peak = 0
    ticks: dict[int, int] = {}
    trace: list[tuple[float, int, int]] = []  # (seconds, main, all processes) in KiB
    while proc.poll() is None:
        pids = _tree(proc.pid)
        sizes = {p: _rss_kib(p) for p in pids}
        trace.append((time.perf_counter() - t, sizes.get(proc.pid, 0), sum(sizes.values())))
        ticks.update({p: max(ticks.get(p, 0), _cpu_ticks(p)) for p in pids})
        main_peak = max(main_peak, sizes.get(proc.pid, 0))
        workers_peak = max([workers_peak, *(v for p, v in sizes.items() if p != proc.pid)])
        tree_peak = max(tree_peak, sum(sizes.values()))
        time.sleep(0.2)
    stderr = proc.stderr.read()
    seconds = time.perf_counter() - t
    hz = os.sysconf("SC_CLK_TCK")
    if proc.returncode:
        raise SystemExit(f"framing figures failed ({proc.returncode}):\n{stderr[-3000:]}")
    return {
        "seconds": seconds,
        "cpu": sum(ticks.values()) / hz,
        "main_cpu": ticks.get(proc.pid, 0) / hz,
        "main_mib": main_peak / 1024,
        "worker_mib": workers_peak / 1024,
        "all_mib": tree_peak / 1024,
        "warnings": [line for line in stderr.splitlines() if "Warning" in line],
        "trace": trace,
    }


def _tenths(trace: list[tuple[float, int, int]], seconds: float) -> list[tuple[int, int]]:
    """The peak memory (main process, all processes; MiB) in each tenth of the run: flat
    when the report keeps no more as the chunks go by."""
    out = []
    for k in range(10):
        part = [(m, a) for s, m, a in trace if k * seconds / 10 <= s < (k + 1) * seconds / 10]
        out.append(
            (
                max((m for m, _ in part), default=0) // 1024,
                max((a for _, a in part), default=0) // 1024,
            )
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--outlets", type=int, default=30)
    ap.add_argument("--format", choices=("folder", "parquet"), default="folder")
    ap.add_argument("--chunk-size", type=int, default=0, help="stream (framing figures)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-reuse", action="store_true")
    ap.add_argument("--tables", action="store_true", help="also write tables/ (--tables)")
    ap.add_argument("--out", default=None, help="where to write the report (default: temp)")
    args = ap.parse_args()
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        corpus = build_corpus(args.articles, args.outlets)
        if args.format == "parquet":
            path = Path(tmp) / "synthetic.parquet"
            corpus.to_parquet(path, row_group_size=1000)
        else:
            path = write_folder(corpus, Path(tmp) / "synthetic")
        built = time.perf_counter() - t
        n_rewrites = int((corpus["kind"] == "rewrite").sum())
        del corpus
        out = Path(args.out) if args.out else Path(tmp) / "figures"
        command = [sys.executable, "-m", "framing.cli", "figures", "--corpus", str(path)]
        command += ["--out", str(out), "--jobs", str(args.jobs), "--no-progress"]
        command += ["--tables", str(Path(tmp) / "tables") if args.tables else ""]
        if args.chunk_size:
            command += ["--chunk-size", str(args.chunk_size)]
        if args.no_reuse:
            command += ["--no-reuse"]
        load_before = os.getloadavg()
        result = run(command)
        load_after = os.getloadavg()
        pngs = sorted(out.glob("*.png"))
        sizes = [Image.open(p).size for p in pngs]
        biggest = max(sizes, key=max) if sizes else (0, 0)
        files = len(list(out.iterdir()))
    import matplotlib
    import numpy as np
    import pandas as pd

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    print(
        f"python {platform.python_version()}, pandas {pd.__version__}, numpy {np.__version__}, "
        f"matplotlib {matplotlib.__version__}, {platform.machine()}, {os.cpu_count()} cores; "
        f"framing at {commit or '?'}"
    )
    print("command: " + " ".join(command))
    print(
        f"corpus: {args.articles:,} articles, {args.outlets} outlets, one year, "
        f"{n_rewrites} rewrites, {args.format} (built in {built:.0f} s)"
    )
    mode = f"streamed in chunks of {args.chunk_size:,}" if args.chunk_size else "in memory"
    print(f"framing figures, {mode}, jobs={args.jobs}" + (", no reuse" if args.no_reuse else ""))
    print(
        f"time: {result['seconds']:.1f} s wall; CPU (user + system) {result['cpu']:.1f} s in "
        f"all processes, {result['main_cpu']:.1f} s in the main one; {files} files, "
        f"{len(pngs)} figures"
    )
    print(
        f"peak memory: main process {result['main_mib']:.0f} MiB, largest worker "
        f"{result['worker_mib']:.0f} MiB, all processes together {result['all_mib']:.0f} MiB"
    )
    tenths = _tenths(result["trace"], result["seconds"])
    print(
        "peak memory in each tenth of the run, main / all processes (MiB): "
        + ", ".join(f"{m}/{a}" for m, a in tenths)
    )
    print(f"largest image: {biggest[0]}x{biggest[1]} px; warnings: {len(result['warnings'])}")
    for line in result["warnings"][:5]:
        print("  " + line)
    print("load average before: {:.1f} {:.1f} {:.1f}".format(*load_before))
    print("load average after: {:.1f} {:.1f} {:.1f}".format(*load_after))


if __name__ == "__main__":
    main()
