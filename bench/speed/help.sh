#!/usr/bin/env bash
# `briefings --help` start-up time (target <= 0.15 s) beside a bare interpreter, and the slowest imports.
# Usage: bench/speed/help.sh   (needs hyperfine: apt-get install -y hyperfine)
set -euo pipefail
VENV=${VENV:-$(cd "$(dirname "$0")/../.." && pwd)/.venv}
hyperfine -N --warmup 3 --runs 30 "$VENV/bin/briefings --help" "$VENV/bin/python -c pass"
echo "Slowest imports of briefings.cli.main (cumulative microseconds):"
"$VENV/bin/python" -X importtime -c "import briefings.cli.main" 2>&1 | sort -t'|' -k2 -n | tail -8
