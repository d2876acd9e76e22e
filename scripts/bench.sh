#!/usr/bin/env bash
# Benchmark of whole builds: wall time, articles/s, pages/s and peak memory (median of N runs) for
#   seeds    the five seed articles (one story)
#   basil    the 100 BASIL stories (300 articles), if ../shared/eval/basil/stories is present
#   large    2,000 stories / 6,000 articles assembled from BASIL in a temporary folder (20 copies of
#            each story folder, each copy's articles varied by one sentence, copies built far apart)
#   rebuild  a rebuild of the 100 BASIL stories after one of them changed, against a full build
# and the growth ratio (time for 20x the input / time for the input).
#
# Needs only Java 17 and the built jar (mvn -q -DskipTests -Dparallax.skipSite package).
# Peak memory is the maximum resident set size from /usr/bin/time -v, else from polling
# /proc/<pid>/status (VmHWM), else "n/a". Every full build runs with --no-cache.
#
# Usage: scripts/bench.sh [-n RUNS] [-j JAR] [-b BASIL_DIR] [-c COPIES] [-x LAUNCHER] [CASE...]
#   -n RUNS      runs per case, the median is reported (default 3)
#   -j JAR       the jar (default target/parallax.jar)
#   -b DIR       the BASIL stories (default ../shared/eval/basil/stories)
#   -c COPIES    copies of each BASIL story in the large corpus (default 20)
#   -x LAUNCHER  run builds with this command instead of "java -jar JAR" (e.g. scripts/parallax)
#   CASE         any of: seeds basil large rebuild (default: all)
# Environment: JAVA (default: java), JAVA_OPTS (extra JVM options), KEEP=1 keeps the temporary folder.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=3
JAR=target/parallax.jar
BASIL=../shared/eval/basil/stories
COPIES=20
LAUNCHER=""
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}

while getopts "n:j:b:c:x:h" opt; do
  case $opt in
    n) RUNS=$OPTARG ;;
    j) JAR=$OPTARG ;;
    b) BASIL=$OPTARG ;;
    c) COPIES=$OPTARG ;;
    x) LAUNCHER=$OPTARG ;;
    h) sed -n '2,24p' "$0"; exit 0 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
CASES=${*:-seeds basil large rebuild}

if [ ! -f "$JAR" ]; then
  echo "bench: $JAR not found: run mvn -q -DskipTests -Dparallax.skipSite package first" >&2
  exit 2
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/parallax-bench.XXXXXX")
if [ "${KEEP:-0}" != 1 ]; then
  trap 'rm -rf "$WORK"' EXIT
fi
case "$WORK" in "$ROOT"/*) echo "bench: refusing to work inside the repository" >&2; exit 2 ;; esac

TIME_V=""
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
  TIME_V=/usr/bin/time
fi

# run_build ARGS... : one build; prints "<wall seconds> <CPU seconds or n/a> <peak KiB or n/a>"
run_build() {
  local log=$WORK/time.log start end rss cpu=n/a
  local -a cmd
  if [ -n "$LAUNCHER" ]; then
    # shellcheck disable=SC2206
    cmd=($LAUNCHER)
  else
    # shellcheck disable=SC2206
    cmd=("$JAVA" $JAVA_OPTS -jar "$JAR")
  fi
  start=$(date +%s%N)
  if [ -n "$TIME_V" ]; then
    "$TIME_V" -v -o "$log" "${cmd[@]}" "$@" 2>"$WORK/err.log" >/dev/null || { cat "$WORK/err.log" >&2; return 1; }
    end=$(date +%s%N)
    rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$log")
    cpu=$(awk -F: '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")
  else
    "${cmd[@]}" "$@" 2>"$WORK/err.log" >/dev/null &
    local pid=$! hwm=0 v
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
      sleep 0.05
    done
    wait "$pid" || { cat "$WORK/err.log" >&2; return 1; }
    end=$(date +%s%N)
    rss=$([ "$hwm" -gt 0 ] && echo "$hwm" || echo n/a)
  fi
  echo "$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", (e - s) / 1e9}') $cpu $rss"
}

median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

count_articles() {
  find "$1" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.json' \) ! -name story.json ! -name '.*' | wc -l
}

count_stories() {
  if [ -n "$(find "$1" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.json' \) ! -name story.json | awk 'NR == 1')" ]; then
    echo 1
  else
    find "$1" -mindepth 1 -maxdepth 1 -type d | wc -l
  fi
}

declare -A MEDIAN_S
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)
printf '| case | stories | articles | pages | wall s (median of %s) | CPU s | articles/s | pages/s | peak RSS MiB |\n' "$RUNS"
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'

# bench NAME INPUT : N full builds of INPUT, one table row
bench() {
  local name=$1 input=$2 out times="" cpus="" rsss="" r line pages articles stories t m
  for ((r = 1; r <= RUNS; r++)); do
    # each run writes a folder of its own, all removed at the end: on a file system without a journal
    # (this machine's ext4) creating files soon after deleting thousands costs seconds of kernel time
    # (the inode allocator skips recently deleted inodes one by one), which a run would pay for the last
    # run's removed output, not for its own work
    out=$WORK/out-$name-$r
    rm -rf "$WORK/.parallax-cache"
    line=$(run_build build --no-cache --input "$input" --output "$out")
    read -r w c k <<<"$line"
    times+="$w"$'\n'
    cpus+="$c"$'\n'
    rsss+="$k"$'\n'
  done
  pages=$(find "$out" -type f -name '*.html' | wc -l)
  articles=$(count_articles "$input")
  stories=$(count_stories "$input")
  t=$(printf '%s' "$times" | median)
  m=$(printf '%s' "$rsss" | grep -v n/a | median)
  MEDIAN_S[$name]=$t
  printf '| %s | %d | %d | %d | %s | %s | %.0f | %.0f | %s |\n' "$name" "$stories" "$articles" "$pages" "$t" \
    "$(printf '%s' "$cpus" | grep -v n/a | median)" \
    "$(awk -v a="$articles" -v t="$t" 'BEGIN {print a / t}')" "$(awk -v p="$pages" -v t="$t" 'BEGIN {print p / t}')" \
    "$(awk -v m="$m" 'BEGIN {if (m == "n/a") print m; else printf "%.0f", m / 1024}')"
}

has_basil() {
  if [ -d "$BASIL" ]; then return 0; fi
  echo "| $1 | skipped: $BASIL is absent (give it with -b) | | | | | | | |"
  return 1
}

# vary FILE K : append a sentence naming copy K, so that no two copies are the same bytes
vary() {
  printf '\n\nThis is copy %d of the article, made for a benchmark.\n' "$2" >> "$1"
}

for c in $CASES; do
  case $c in
    seeds) bench seeds seeds ;;
    basil) has_basil basil && bench basil "$BASIL" ;;
    large)
      if has_basil large; then
        big=$WORK/large
        mkdir -p "$big"
        for ((k = 0; k < COPIES; k++)); do
          for story in "$BASIL"/*/; do
            # copy first in the name: the copies of a story are built far apart, as unrelated stories
            # would be, not one after the other (a worker remembers the tokens of recent sentences)
            dest=$big/c$(printf '%02d' "$k")-$(basename "$story")
            mkdir -p "$dest"
            cp "$story"* "$dest"/
            chmod -R u+w "$dest"
            for f in "$dest"/*.txt; do [ -f "$f" ] && vary "$f" "$k"; done
          done
        done
        bench large "$big"
      fi
      ;;
    rebuild)
      if has_basil rebuild; then
        copy=$WORK/basil-copy
        rm -rf "$copy" && mkdir -p "$copy" && cp -r "$BASIL"/. "$copy"/ && chmod -R u+w "$copy"
        out=$WORK/out-rebuild
        times="" cpus=""
        for ((r = 1; r <= RUNS; r++)); do
          rm -rf "$out" "$WORK/.parallax-cache"
          run_build build --input "$copy" --output "$out" >/dev/null   # fills the cache
          one=$(find "$copy" -name '*.txt' | LC_ALL=C sort | awk 'NR == 1')   # awk reads all: head would end sort with SIGPIPE (pipefail)
          vary "$one" "$((100 + r))"
          line=$(run_build build --input "$copy" --output "$out")
          read -r w c k <<<"$line"
          times+="$w"$'\n'
          cpus+="$c"$'\n'
        done
        t=$(printf '%s' "$times" | median)
        MEDIAN_S[rebuild]=$t
        printf '| rebuild (1 of %d changed) | %d | %d | | %s | %s | | | |\n' "$(count_stories "$copy")" \
          "$(count_stories "$copy")" "$(count_articles "$copy")" "$t" "$(printf '%s' "$cpus" | grep -v n/a | median)"
      fi
      ;;
    *) echo "bench: unknown case $c (seeds basil large rebuild)" >&2; exit 2 ;;
  esac
done

echo
if [ -n "${MEDIAN_S[large]:-}" ] && [ -n "${MEDIAN_S[basil]:-}" ]; then
  awk -v l="${MEDIAN_S[large]}" -v b="${MEDIAN_S[basil]}" -v c="$COPIES" \
    'BEGIN {printf "growth: %dx the input took %.1fx the time (target <= %.0fx)\n", c, l / b, c * 1.1}'
fi
if [ -n "${MEDIAN_S[rebuild]:-}" ] && [ -n "${MEDIAN_S[basil]:-}" ]; then
  awk -v r="${MEDIAN_S[rebuild]}" -v b="${MEDIAN_S[basil]}" \
    'BEGIN {printf "rebuild after one of 100 changed: %.0f%% of a full build (target <= 15%%)\n", 100 * r / b}'
fi
echo "machine: $(nproc) cores, load average $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a) at the end; $(if [ -n "$LAUNCHER" ]; then echo "through $LAUNCHER"; else "$JAVA" -version 2>&1 | head -1; fi)"
