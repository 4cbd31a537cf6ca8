"""Run a command and report the peak resident memory (VmHWM) of it and of every child process.

Reads /proc (Linux) every 20 ms; no psutil. Usage: python bench/memory/rss.py -- COMMAND [ARGS…]
Prints one line per process, then the command's exit status; exits with that status.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def read_status(pid: int) -> dict[str, str]:
    """The fields of /proc/PID/status, or {} once the process is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return dict(line.split(":\t", 1) for line in text.splitlines() if ":\t" in line)


def list_descendants(pid: int) -> list[int]:
    """Every process below `pid`, through /proc/*/task/*/children."""
    found: list[int] = []
    pending = [pid]
    while pending:
        parent = pending.pop()
        for children in Path(f"/proc/{parent}/task").glob("*/children"):
            try:
                pids = [int(p) for p in children.read_text().split()]
            except OSError:
                continue
            found.extend(pids)
            pending.extend(pids)
    return found


def main() -> int:
    """Sample the tree of the command until it ends; print peak RSS in MB per process."""
    command = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else sys.argv[1:]
    process = subprocess.Popen(command)
    peaks: dict[int, tuple[float, str]] = {}
    while process.poll() is None:
        for pid in [process.pid, *list_descendants(process.pid)]:
            status = read_status(pid)
            if "VmHWM" in status:
                megabytes = int(status["VmHWM"].split()[0]) / 1024
                name = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")[:70]
                if megabytes > peaks.get(pid, (0.0, ""))[0]:
                    peaks[pid] = (megabytes, name.decode(errors="replace"))
        time.sleep(0.02)
    for pid, (megabytes, name) in sorted(peaks.items()):
        print(f"peak RSS {megabytes:7.1f} MB  pid {pid:<7} {name}", file=sys.stderr)
    return process.returncode


if __name__ == "__main__":
    sys.exit(main())
