#!/bin/sh
# Builds every fuzz/fuzz_*.c as a libFuzzer target (clang, with ASan and
# UBSan) and runs each for FUZZ_SECONDS (default 30), starting from
# examples/corpus/, the seeds every target gets (fuzz/seeds/common/: inputs
# of past defects) and a target's own seeds and dictionary when it has them
# (fuzz/seeds/NAME/, fuzz/NAME.dict). Targets link the C core (every
# csrc/*.c but the lk*.c binding files), so an entry point added to the core
# is fuzzed by adding a fuzz_NAME.c here; fuzz_lua*.c targets also link the
# binding and liblua5.4.
# Every target runs even when one fails; the last line sums them up and the
# exit status is 1 when any target found something (its log is printed).
#   FUZZ_SECONDS=240 sh fuzz/run.sh          all targets
#   sh fuzz/run.sh fuzz/fuzz_rules.c         one target
seconds=${FUZZ_SECONDS:-30}
out=build-fuzz
mkdir -p "$out"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -std=c11 -D_POSIX_C_SOURCE=200809L -Icsrc"
core=$(ls csrc/*.c | grep -v '/lk')
binding=$(ls csrc/lk*.c)
cflags=$(pkg-config --cflags icu-uc libpcre2-8)
libs=$(pkg-config --libs icu-uc icu-i18n libpcre2-8)
lua_cflags=$(pkg-config --cflags lua5.4)
lua_libs=$(pkg-config --libs lua5.4)
targets=${*:-fuzz/fuzz_*.c}
passed=0; failed=0; failures=""
for target in $targets; do
  name=$(basename "$target" .c)
  case $name in
    fuzz_lua*) extra="$binding $lua_cflags -DKIMPUT_LUA_DIR=\"$(pwd)/lua\" $lua_libs"; max_len=8192 ;;
    *) extra=""; max_len=65536 ;;
  esac
  echo "== $name ($seconds s)"
  # shellcheck disable=SC2086
  if ! clang $flags $cflags -o "$out/$name" "$target" $core $extra $libs; then
    failed=$((failed + 1)); failures="$failures $name(build)"; continue
  fi
  mkdir -p "$out/$name.corpus"
  dict=""
  [ -f "fuzz/$name.dict" ] && dict="-dict=fuzz/$name.dict"
  own=""
  [ -d "fuzz/seeds/$name" ] && own="fuzz/seeds/$name"
  # shellcheck disable=SC2086
  if "./$out/$name" -max_total_time="$seconds" -max_len=$max_len -timeout=10 -rss_limit_mb=4096 $dict \
      -artifact_prefix="$out/$name-" "$out/$name.corpus" examples/corpus fuzz/seeds/common $own \
      >"$out/$name.log" 2>&1; then
    passed=$((passed + 1))
    grep -E '^(Done|#[0-9]+ *DONE)' "$out/$name.log" | tail -n 1
  else
    failed=$((failed + 1)); failures="$failures $name"
    tail -n 40 "$out/$name.log"
  fi
done
echo "fuzz: $passed clean, $failed with findings${failures:+:$failures} ($seconds s each; logs in $out/)"
[ "$failed" = 0 ]
