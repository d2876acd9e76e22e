#!/usr/bin/env bash
# Check-worthiness of claims on ClaimBuster: precision, recall, F1 and accuracy of the check-worthy class
# at the shipped threshold, next to the all-check-worthy baseline.
#   scripts/eval-claims.sh [PATH]   (default ../shared/eval/claimbuster/test.json; needs target/parallax.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:-../shared/eval/claimbuster/test.json}"
if [[ ! -f "$file" ]]; then
    echo "eval-claims: $file not found; skipping (ClaimBuster lives outside the project, see docs/claims.md)"
    exit 0
fi
if [[ ! -f target/parallax.jar ]]; then
    mvn -q -o -DskipTests -Dparallax.skipSite package
fi
java -cp target/parallax.jar scripts/EvalClaims.java "$file" 2> >(grep -v '^SLF4J' >&2)
