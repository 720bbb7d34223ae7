#!/bin/sh
# Builds every fuzz/fuzz_*.c as a libFuzzer target (clang, with ASan and
# UBSan) and runs each for FUZZ_SECONDS (default 30), starting from
# examples/corpus/, the seeds every target gets (fuzz/seeds/common/: inputs
# of past defects) and a target's own seeds and dictionary when it has them
# (fuzz/seeds/NAME/, fuzz/NAME.dict). Targets link the C core (every
# csrc/*.c but the lk*.c binding files), so an entry point added to the core
# is fuzzed by adding a fuzz_NAME.c here; fuzz_lua*.c targets also link the
# binding and liblua5.4.
# FUZZ_JOBS targets run at once (default 1; the machine's core count is a
# good value when nothing else runs: each target is one process).
# Every target runs even when one fails; the last line sums them up and the
# exit status is 1 when any target found something (its log is printed).
#   FUZZ_SECONDS=240 sh fuzz/run.sh          all targets
#   FUZZ_SECONDS=240 FUZZ_JOBS=2 sh fuzz/run.sh
#   sh fuzz/run.sh fuzz/fuzz_rules.c         one target
seconds=${FUZZ_SECONDS:-30}
jobs=${FUZZ_JOBS:-1}
out=build-fuzz
mkdir -p "$out"

# One target: build, run, and leave "clean" or "findings" in $out/NAME.result.
if [ "$1" = "--one" ]; then
  target=$2
  name=$(basename "$target" .c)
  flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -std=c11 -D_POSIX_C_SOURCE=200809L -Icsrc"
  core=$(ls csrc/*.c | grep -v '/lk')
  binding=$(ls csrc/lk*.c)
  cflags=$(pkg-config --cflags icu-uc libpcre2-8)
  libs=$(pkg-config --libs icu-uc icu-i18n libpcre2-8)
  case $name in
    fuzz_lua*) extra="$binding $(pkg-config --cflags lua5.4) -DKIMPUT_LUA_DIR=\"$(pwd)/lua\" $(pkg-config --libs lua5.4)"
               max_len=8192 ;;
    *) extra=""; max_len=65536 ;;
  esac
  # shellcheck disable=SC2086
  if ! clang $flags $cflags -o "$out/$name" "$target" $core $extra $libs >"$out/$name.log" 2>&1; then
    echo build >"$out/$name.result"
    exit 0
  fi
  mkdir -p "$out/$name.corpus"
  dict=""
  [ -f "fuzz/$name.dict" ] && dict="-dict=fuzz/$name.dict"
  own=""
  [ -d "fuzz/seeds/$name" ] && own="fuzz/seeds/$name"
  # shellcheck disable=SC2086
  if "./$out/$name" -max_total_time="$seconds" -max_len=$max_len -timeout=10 -rss_limit_mb=4096 $dict \
      -artifact_prefix="$out/$name-" "$out/$name.corpus" examples/corpus fuzz/seeds/common $own \
      >>"$out/$name.log" 2>&1; then
    echo clean >"$out/$name.result"
  else
    echo findings >"$out/$name.result"
  fi
  exit 0
fi

targets=${*:-fuzz/fuzz_*.c}
for target in $targets; do rm -f "$out/$(basename "$target" .c).result"; done
echo "fuzz: $(echo $targets | wc -w) targets, $seconds s each, $jobs at a time"
# shellcheck disable=SC2086
printf '%s\n' $targets | xargs -P "$jobs" -I{} sh "$0" --one {}
passed=0; failed=0; failures=""
for target in $targets; do
  name=$(basename "$target" .c)
  result=$(cat "$out/$name.result" 2>/dev/null || echo missing)
  echo "== $name: $result"
  if [ "$result" = clean ]; then
    passed=$((passed + 1))
    grep -E '^(Done|#[0-9]+ *DONE)' "$out/$name.log" | tail -n 1
  else
    failed=$((failed + 1))
    [ "$result" = build ] && failures="$failures $name(build)" || failures="$failures $name"
    tail -n 40 "$out/$name.log"
  fi
done
echo "fuzz: $passed clean, $failed with findings${failures:+:$failures} ($seconds s each; logs in $out/)"
[ "$failed" = 0 ]
