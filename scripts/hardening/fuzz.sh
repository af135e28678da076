#!/usr/bin/env bash
# Fuzzes Ansim's parsers of outside input with libFuzzer (issue 14; docs/RELIABILITY.md).
#
#   scripts/hardening/fuzz.sh [SECONDS] [TARGET ...]
#
# SECONDS per target (default 60: the short run; the campaign used 600). TARGETs: csv,
# geojson, shapefile, wkb, address, api (default: all). It
#   1. builds Fuzz/ with -sanitize=fuzzer,address (ANSIM_FUZZ_API=0 leaves out the api
#      target and the server modules it needs; FUZZ_SKIP_BUILD=1 reuses the last build);
#   2. builds seed corpora from the shipped data ($ANSIM_DATA, else ../shared/data) into
#      .build/fuzz-seeds/<target>, beside the committed hand-written Fuzz/Seeds/<target>;
#   3. runs each target for SECONDS, growing .build/fuzz-corpus/<target>, and prints one
#      line per target: executions, exec/s, coverage (cov = edges, ft = features), crashes.
# A crash (trap, AddressSanitizer report, leak, timeout > 10 s, RSS > 2 GiB) is kept in
# .build/fuzz-crashes/<target>/ and makes the script exit 1. Lines are appended to
# .build/fuzz-logs/summary.tsv; logs are .build/fuzz-logs/<target>-<seconds>s.log. Replay with
#   ANSIM_FUZZ_TARGET=<target> .build/fuzz/AnsimFuzz <crash-file>
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(csv geojson shapefile wkb address)
    [ "${ANSIM_FUZZ_API:-1}" = "0" ] || targets+=(api)
fi
data=${ANSIM_DATA:-../shared/data}
work=$root/.build
bin=${FUZZ_BIN:-$work/fuzz/AnsimFuzz}

if [ "${FUZZ_SKIP_BUILD:-0}" != "1" ]; then
    echo "== building Fuzz/ (-sanitize=fuzzer,address; a cold build takes several minutes)"
    swift build --package-path Fuzz -c debug --manifest-cache none -Xswiftc -sanitize=fuzzer,address \
        2>&1 | grep -v "Cannot export local symbol" | tail -3
    mkdir -p "$work/fuzz"
    # A copy, so that a later build never replaces the binary under a running fuzzer.
    cp "$root/Fuzz/.build/debug/AnsimFuzz" "$bin.new" && mv "$bin.new" "$bin"
fi

echo "== seed corpora from $data"
fresh=$(mktemp -d "${TMPDIR:-/tmp}/ansim-fuzz-seeds.XXXXXX")
python3 scripts/hardening/fuzz_corpus.py "$data" "$fresh"
for t in "${targets[@]}"; do
    # Only this run's targets are replaced, so that two runs may share the folder.
    mkdir -p "$work/fuzz-seeds" "$fresh/$t"
    rm -rf "$work/fuzz-seeds/$t" && mv "$fresh/$t" "$work/fuzz-seeds/$t"
done
rm -rf "$fresh"

# Swift's own crash backtracer would race libFuzzer's and AddressSanitizer's reports.
export SWIFT_BACKTRACE=enable=no
# The file-reading targets write each input to a scratch file: keep those in memory.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi

summary=$work/fuzz-logs/summary.tsv
mkdir -p "$work/fuzz-logs"
[ -f "$summary" ] || printf 'finished\ttarget\tseconds\texecutions\texec/s\tcov\tft\tcorpus\tcrashes\n' >"$summary"
failed=0
for t in "${targets[@]}"; do
    corpus=$work/fuzz-corpus/$t crashes=$work/fuzz-crashes/$t log=$work/fuzz-logs/$t-${seconds}s.log
    mkdir -p "$corpus" "$crashes" "$work/fuzz-seeds/$t"
    before=$(find "$crashes" -type f ! -name 'slow-unit-*' | wc -l)
    echo "== $t: ${seconds}s (log: $log)"
    set +e
    ANSIM_FUZZ_TARGET=$t "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "$work/fuzz-seeds/$t" "Fuzz/Seeds/$t" \
        >"$log" 2>&1
    status=$?
    set -e
    after=$(find "$crashes" -type f ! -name 'slow-unit-*' | wc -l)
    found=$((after - before))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    units=$(find "$corpus" -type f | wc -l)
    printf '%-9s %5ss  %10s execs  %6s exec/s  cov %5s  ft %6s  corpus %5s  crashes %s\n' \
        "$t" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$units" "$found"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$seconds" "${execs:-}" "${rate:-}" "${cov:-}" \
        "${ft:-}" "$units" "$found" >>"$summary"
    if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
        failed=1
        echo "   CRASH (exit $status): $(grep -m1 -E 'ERROR: |SUMMARY: |Fatal error' "$log" || true)"
        find "$crashes" -type f -newer "$corpus" ! -name 'slow-unit-*' | sed 's/^/   kept: /'
    fi
done
echo "== summary: $summary"
exit $failed
