#!/bin/sh
# Runs every test -- lint, the C unit tests, the busted specs -- and ends
# with one line "N passed, N failed". Exits non-zero on any failure.
#   tools/run-tests.sh BUILD_DIR LUA BUSTED
# With KIMPUT_ASAN=1 the Lua host runs with the ASan runtime preloaded and
# lint is left out (it does not run our C code).
build=${1:-build}; lua=${2:-lua5.4}; busted=${3:-busted}
export KIMPUT_BUILD="$(cd "$build" && pwd)"
passed=0; failed=0
out=$(mktemp); trap 'rm -f "$out"' EXIT

count() {  # adds the "N passed, N failed" found in $out
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out" | tail -n 1)
  if [ -z "$line" ]; then failed=$((failed + 1)); echo "  (no result line: counted as one failure)"; return; fi
  p=${line%% passed*}; f=${line#*passed, }; f=${f%% failed*}
  passed=$((passed + p)); failed=$((failed + f))
}

if [ -z "$KIMPUT_ASAN" ]; then
  echo "== lint"
  sh tools/lint.sh >"$out" 2>&1; rc=$?
  cat "$out"
  if [ $rc = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
else
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  export LSAN_OPTIONS=suppressions=$(pwd)/tools/lsan.supp:print_suppressions=0
fi

for t in "$build"/tests/test_*; do
  [ -x "$t" ] || continue
  echo "== $t"
  "$t" >"$out" 2>&1; rc=$?
  cat "$out"
  count
  [ $rc = 0 ] || grep -qE '[1-9][0-9]* failed' "$out" || failed=$((failed + 1))
done

echo "== busted --lua=$lua spec/"
if [ -n "$KIMPUT_ASAN" ]; then
  preload="$(gcc -print-file-name=libasan.so)"
  LD_PRELOAD="$preload" $busted --lua="$lua" -o tools/busted_summary.lua spec >"$out" 2>&1; rc=$?
else
  $busted --lua="$lua" -o tools/busted_summary.lua spec >"$out" 2>&1; rc=$?
fi
cat "$out"
count
if [ $rc != 0 ] && ! grep -qE '[1-9][0-9]* failed' "$out"; then failed=$((failed + 1)); fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
