#!/usr/bin/env bash
# Check-worthiness of claims on ClaimBuster: precision, recall, F1 and accuracy of the check-worthy class
# at the shipped threshold, next to the all-check-worthy baseline.
#   scripts/eval-claims.sh [PATH]   (default ../shared/eval/claimbuster/test.json; needs target/parallax.jar)
set -euo pipefail
if [[ $# -gt 0 ]]; then
    file="$(realpath -m -- "$1")"   # a path given is relative to where the script was called from
fi
cd "$(dirname "$0")/.."
file="${file:-../shared/eval/claimbuster/test.json}"
if [[ ! -f "$file" ]]; then
    echo "eval-claims: $file not found; skipping (ClaimBuster lives outside the project, see docs/claims.md)"
    exit 0
fi
if [[ ! -f target/parallax.jar ]] || [[ -n "$(find src/main -newer target/parallax.jar -print -quit)" ]]; then
    mvn -q -o -DskipTests -Dparallax.skipSite package   # the jar is missing or older than the sources
fi
java -cp target/parallax.jar scripts/EvalClaims.java "$file" 2> >(grep -v '^SLF4J' >&2)
