#!/usr/bin/env bash
# Accuracy and F1 of `parallax pairs` on paraphrase pairs (MSRP layout: Quality, #1 ID, #2 ID,
# #1 String, #2 String; tab-separated, header line). Tune on TRAIN only; report TEST.
#
#   scripts/eval-pairs.sh [TRAIN_TSV] [TEST_TSV]
#
# Needs target/parallax.jar (mvn -q -DskipTests -Dparallax.skipSite package). Skips, with a message,
# when the evaluation files are absent.
set -euo pipefail
cd "$(dirname "$0")/.."
train="${1:-../shared/eval/msrp/msr_paraphrase_train.tsv}"
test="${2:-../shared/eval/msrp/msr_paraphrase_test.tsv}"
jar=target/parallax.jar
if [[ ! -f "$jar" ]]; then
  echo "eval-pairs: $jar is missing; build it with: mvn -q -DskipTests -Dparallax.skipSite package" >&2
  exit 2
fi
for split in train test; do
  file="${!split}"
  if [[ ! -f "$file" ]]; then
    echo "eval-pairs: skipping $split: $file not found"
    continue
  fi
  out="$(mktemp)"
  java -jar "$jar" pairs --input "$file" --skip-header > "$out"
  # column 1 of the input (after the header) is the gold label; column 2 of the output the decision
  tail -n +2 "$file" | cut -f1 | paste - "$out" | awk -F'\t' -v part="$split" -v file="$file" '
    { gold = $1 + 0; pred = $3 + 0; n++
      if (gold == pred) correct++
      if (gold == 1 && pred == 1) tp++
      if (gold == 0 && pred == 1) fp++
      if (gold == 1 && pred == 0) fn++
      if (gold == 1) pos++ }
    END {
      p = (tp + fp) ? tp / (tp + fp) : 0; r = (tp + fn) ? tp / (tp + fn) : 0
      f1 = (p + r) ? 2 * p * r / (p + r) : 0
      printf "%-5s %5d pairs  accuracy %.1f%%  F1 %.1f  (precision %.1f, recall %.1f; always-same: %.1f%% / %.1f)\n",
        part, n, 100 * correct / n, 100 * f1, 100 * p, 100 * r, 100 * pos / n, 100 * 2 * pos / (n + pos) }'
  rm -f "$out"
done
