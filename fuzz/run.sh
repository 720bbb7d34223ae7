#!/bin/sh
# Builds every fuzz/fuzz_*.c as a libFuzzer target (clang, with ASan and
# UBSan) against the C core and runs each for FUZZ_SECONDS (default 30),
# starting from the seed corpus in examples/corpus/ (and fuzz/seeds/NAME/,
# with the dictionary fuzz/NAME.dict, when a target has them).
set -e
seconds=${FUZZ_SECONDS:-30}
out=build-fuzz
mkdir -p "$out"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -std=c11 -D_POSIX_C_SOURCE=200809L -Icsrc"
core=$(ls csrc/*.c | grep -v '/lk')
cflags=$(pkg-config --cflags icu-uc libpcre2-8)
libs=$(pkg-config --libs icu-uc icu-i18n libpcre2-8)
for target in fuzz/fuzz_*.c; do
  name=$(basename "$target" .c)
  echo "== $name ($seconds s)"
  clang $flags $cflags -o "$out/$name" "$target" $core $libs
  mkdir -p "$out/$name.corpus"
  # a target may bring a dictionary (fuzz/NAME.dict) and seeds of its own (fuzz/seeds/NAME/)
  extra=""
  [ -f "fuzz/$name.dict" ] && extra="-dict=fuzz/$name.dict"
  seeds=""
  [ -d "fuzz/seeds/$name" ] && seeds="fuzz/seeds/$name"
  "./$out/$name" -max_total_time="$seconds" -max_len=65536 -timeout=10 $extra \
    "$out/$name.corpus" examples/corpus $seeds >"$out/$name.log" 2>&1 || { tail -n 40 "$out/$name.log"; exit 1; }
  tail -n 1 "$out/$name.log"
done
