#!/usr/bin/env bash
# libFuzzer over the loader and the text renderer (docs/safety.md#fuzzing).
#
#   scripts/fuzz.sh build              compile .build-fuzz/fuzz-matrix (ASan + libFuzzer)
#   scripts/fuzz.sh run [SECONDS]      fuzz for SECONDS (default 600) at nice 19, one worker
#   scripts/fuzz.sh repro FILE...      run the target once on each FILE
#   scripts/fuzz.sh total              sum of the recorded runs (CPU time, executions)
#
# Everything it writes is under .build-fuzz/ (git-ignored): the growing
# corpus, the seeds (Examples/ and Tests/Fixtures/invalid/), crash artifacts,
# one log per run and runs.tsv with one line per run.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.build-fuzz
BIN=$OUT/fuzz-matrix
# The Swift runtime's backtracer would hang under the sanitizers; libFuzzer reports instead.
export SWIFT_BACKTRACE=enable=no

build() {
    mkdir -p "$OUT"
    # shellcheck disable=SC2046
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 \
        -module-name CompetenceFuzz $(find Sources/CompetenceKit -name '*.swift' | sort) Fuzz/FuzzMatrix.swift \
        -o "$BIN" 2> >(grep -v "Cannot export local symbol" >&2)
}

seed() {
    mkdir -p "$OUT/corpus" "$OUT/seeds" "$OUT/artifacts" "$OUT/logs"
    cp Examples/*.json Tests/Fixtures/invalid/*.json "$OUT/seeds/"
}

run() {
    local seconds=${1:-600}
    shift || true
    [ -x "$BIN" ] || build
    seed
    local log
    log="$OUT/logs/run-$(date +%Y%m%d-%H%M%S).log"
    /usr/bin/time -f "%U %S" -o "$log.time" nice -n 19 "$BIN" "$OUT/corpus" "$OUT/seeds" \
        -dict=Fuzz/matrix.dict -max_len=32768 -timeout=20 -rss_limit_mb=4096 \
        -max_total_time="$seconds" -artifact_prefix="$OUT/artifacts/" -print_final_stats=1 "$@" \
        > "$log" 2>&1 || true
    local cpu execs cov ft
    cpu=$(awk '{print $1 + $2}' "$log.time" | tail -1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$( (grep -o 'cov: [0-9]*' "$log" || true) | tail -1 | cut -d' ' -f2)
    ft=$( (grep -o 'ft: [0-9]*' "$log" || true) | tail -1 | cut -d' ' -f2)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -Is)" "$cpu" "${execs:-0}" "${cov:-0}" "${ft:-0}" "$log" >> "$OUT/runs.tsv"
    echo "cpu ${cpu}s, executions ${execs:-?}, cov ${cov:-?}, ft ${ft:-?}; log $log"
    if ls "$OUT"/artifacts/crash-* "$OUT"/artifacts/timeout-* "$OUT"/artifacts/oom-* >/dev/null 2>&1; then
        echo "findings:"; ls -1 "$OUT"/artifacts/
    fi
}

repro() {
    [ -x "$BIN" ] || build
    "$BIN" "$@"
}

total() {
    awk -F'\t' '{cpu += $2; ex += $3; if ($4 > cov) cov = $4; if ($5 > ft) ft = $5; n++}
        END {printf "%d runs, %.0f CPU seconds (%.1f minutes), %d executions, cov %d, ft %d\n", n, cpu, cpu / 60, ex, cov, ft}' "$OUT/runs.tsv"
}

case "${1:-}" in
    build) build ;;
    run) shift; run "$@" ;;
    repro) shift; repro "$@" ;;
    total) total ;;
    *) sed -n '2,12p' "$0"; exit 64 ;;
esac
