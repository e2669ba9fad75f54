"""Worker processes that never outlive the run that started them.

``exit_with_parent`` is the initializer of ``framing``'s process pools (``--jobs``): a worker
ignores Ctrl-C (the main process handles it and stops the pool, so one Ctrl-C prints one
line, not a traceback per worker) and exits as soon as its parent process is gone, even when
the parent was killed with SIGKILL and could run no clean-up.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading

POLL_SECONDS = 0.5
"""How often a worker checks that its parent is alive. (Linux's PR_SET_PDEATHSIG is not
used: it fires when the *thread* that started the worker ends, which would kill a pool
started from a short-lived thread.)"""


def exit_with_parent() -> None:
    """Run in a new worker process: ignore SIGINT, and exit when the parent process dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    known = multiprocessing.parent_process()
    parent = known.pid if known is not None and known.pid else os.getppid()
    if os.getppid() != parent:  # the parent died before this worker started
        os._exit(1)

    def watch() -> None:  # re-parented (to init or a subreaper) means orphaned
        while True:
            threading.Event().wait(POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="framing-exit-with-parent", daemon=True).start()
