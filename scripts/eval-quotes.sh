#!/usr/bin/env bash
# Scores quote and speaker extraction on the Gender Gap Tracker evaluation set (one JSON article per line).
# Usage: scripts/eval-quotes.sh PATH_TO_GGT_JSONL [ERROR_DUMP_FILE]    e.g. ../shared/eval/ggt/ggt_dev.jsonl
# Needs Java 17 and target/parallax.jar (built with: mvn -q -DskipTests -Dparallax.skipSite package).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "eval-quotes: GGT file '${1:-}' not found; skipping (see ../shared/eval/README.md)" >&2
  exit 0
fi
if [ ! -f target/parallax.jar ]; then
  mvn -q -o -DskipTests -Dparallax.skipSite package
fi
exec java -cp target/parallax.jar scripts/EvalQuotes.java "$1" target/parallax.jar "${2:-}"
