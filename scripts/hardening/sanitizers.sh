#!/usr/bin/env bash
# The test suite under AddressSanitizer and ThreadSanitizer (docs/RELIABILITY.md).
#
#   scripts/hardening/sanitizers.sh [--short] [address] [thread]
#
# Each sanitizer builds the package and its tests in its own folder (.build-address,
# .build-thread: a cold build, 40-50 minutes on two cores) and runs the suite with its
# own test cluster (.ansim-test-address, …). --short runs the test modules of the cores
# and the server (geometry, lookup, patrol, routing, analytics, server) instead of every
# module. Prints, per sanitizer: tests run, failed, sanitizer reports; exits 1 on any
# report or failure. Reports of the suite and of every process it starts (log_path) are
# counted. LeakSanitizer is off: the Swift runtime keeps metadata for the
# process's life on purpose, which it would report.
set -euo pipefail
cd "$(dirname "$0")/../.."
short=0
which=()
for a in "$@"; do
  case "$a" in
    --short) short=1 ;;
    address | thread) which+=("$a") ;;
    *) echo "usage: $0 [--short] [address] [thread]" >&2; exit 64 ;;
  esac
done
[ ${#which[@]} -gt 0 ] || which=(address thread)
SHORT_FILTER='^(AnsimGeoTests|AnsimLookupTests|AnsimPatrolTests|AnsimRoutingTests|AnsimAnalyticsTests|AnsimServerTests)\.'
OUT="$PWD/data/generated/hardening"
mkdir -p "$OUT"
status=0
for s in "${which[@]}"; do
  scratch="$PWD/.build-$s"
  log="$OUT/sanitizer-$s.log"
  echo "== $s: building into $scratch (log $log)"
  if ! swift build --build-tests --sanitize="$s" --scratch-path "$scratch" > "$log.build" 2>&1; then
    echo "$s: the build failed; see $log.build"
    status=1
    continue
  fi
  filter=()
  [ $short -eq 1 ] && filter=(--filter "$SHORT_FILTER")
  # Every process writes its reports to files under $reports (the suite's own and every
  # `ansim` it starts, whose standard error the tests capture): none may appear.
  reports_dir="$OUT/sanitizer-$s-reports"
  rm -rf "$reports_dir"
  mkdir -p "$reports_dir"
  set +e
  ASAN_OPTIONS="detect_leaks=0:halt_on_error=0:abort_on_error=0:log_path=$reports_dir/asan" \
    TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1:log_path=$reports_dir/tsan" \
    ANSIM_TEST_HOME="$PWD/.ansim-test-$s" \
    swift test --skip-build --sanitize="$s" --scratch-path "$scratch" "${filter[@]}" > "$log" 2>&1
  code=$?
  set -e
  reports=$(cat "$log" "$reports_dir"/* 2> /dev/null | grep -cE "ERROR: AddressSanitizer|WARNING: ThreadSanitizer|runtime error:" || true)
  files=$(find "$reports_dir" -type f | wc -l)
  summary=$(grep -E "Test run with [0-9]+ tests" "$log" | tail -n 1 || true)
  echo "$s: ${summary:-no summary (exit $code)}; sanitizer reports: $reports (report files: $files, in $reports_dir)"
  if [ "$code" -ne 0 ] || [ "$reports" -ne 0 ]; then status=1; fi
  ANSIM_HOME="$PWD/.ansim-test-$s" "$scratch/debug/ansim" db stop > /dev/null 2>&1 || true
done
exit $status
