#!/bin/sh
# make bench: generates a ~50 MB corpus from examples/corpus/ (once), then
# measures the C stages (bench/tokens.c, beside ICU's word break iterator)
# and runs every bench/<stage>.lua script on the same corpus.
#   bench/run.sh BUILD_DIR LUA
set -e
build=${1:-build}; lua=${2:-lua5.4}
mkdir -p bench/data
corpus=bench/data/corpus.txt
[ -s "$corpus" ] || $lua bench/gen.lua examples/corpus "$corpus" 50
cc -O3 -std=c11 -D_POSIX_C_SOURCE=200809L -Icsrc $(pkg-config --cflags icu-uc) -o "$build/bench_tokens" \
  bench/tokens.c "$build/libkimput.a" $(pkg-config --libs icu-uc icu-i18n libpcre2-8)
"$build/bench_tokens" "$corpus"
for script in bench/*.lua; do
  [ "$script" = bench/gen.lua ] && continue
  KIMPUT_BUILD="$(pwd)/$build" bin/kimput run "$script" "$corpus"
done
for script in bench/*.sh; do
  [ "$script" = bench/run.sh ] && continue
  sh "$script" "$build" "$lua"
done
