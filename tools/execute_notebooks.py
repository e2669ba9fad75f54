"""Execute the notebooks in place, so that their stored outputs match the current package.

Run it after the detectors or lexicons change, then review the diff and validate:

    python tools/execute_notebooks.py                 # every notebooks/*.ipynb
    python tools/execute_notebooks.py notebooks/02_framing_by_outlet.ipynb
    python -m pytest --nbval notebooks --nbval-current-env \
        --nbval-sanitize-with tests/nbval_sanitize.cfg

Each notebook runs top to bottom in a fresh ``python3`` kernel with ``notebooks/`` as the
working directory (the notebooks load the corpus from ``../seeds``), the way JupyterLab and
nbval run them. The kernel imports ``framing`` as this process would: from a git worktree, set
``PYTHONPATH`` to the worktree's root so that its code, not an editable install's, is run.
No timing metadata is recorded, so re-running without changes to the package leaves the text
outputs unchanged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


def execute(path: Path, *, kernel_name: str = "python3", timeout: int = 600) -> None:
    """Run one notebook in place, its outputs replaced by fresh ones."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=kernel_name,
        timeout=timeout,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
        record_timing=False,
    )
    client.execute()
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/*.ipynb")
    parser.add_argument("--kernel", default="python3", help="kernel name (default python3)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if not paths:
        print(f"no notebooks found in {NOTEBOOKS}", file=sys.stderr)
        return 1
    for path in paths:
        print(f"executing {path.relative_to(ROOT) if path.is_absolute() else path}")
        execute(path.resolve(), kernel_name=args.kernel, timeout=args.timeout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
