#!/usr/bin/env bash
# Cold `briefings generate ARTICLE` (PDF + DOCX, fresh process; target <= 1.2 s) side by side with
# LibreOffice converting the same DOCX to PDF, then where the cold run's time goes.
# Usage: bench/speed/cold.sh [ARTICLE]   (needs hyperfine and soffice: libreoffice-writer-nogui)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VENV=${VENV:-$ROOT/.venv}
ARTICLE=${1:-$ROOT/seeds/korea-canada-2plus2.txt}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
# Bytecode as an installed wheel has it (this environment sets PYTHONDONTWRITEBYTECODE=1).
"$VENV/bin/python" -m compileall -q "$ROOT/briefings" >/dev/null
"$VENV/bin/briefings" generate "$ARTICLE" -o "$OUT" --force >/dev/null
DOCX=$(ls "$OUT"/*.docx)
hyperfine -N --warmup 1 --runs 10 \
  "$VENV/bin/briefings generate $ARTICLE -o $OUT --force" \
  "soffice --headless --convert-to pdf --outdir $OUT/lo $DOCX"
"$VENV/bin/python" "$ROOT/bench/speed/cold_stages.py" "$ARTICLE"
