#!/bin/sh
# make bench: generates a ~50 MB corpus from examples/corpus/ (once), then
# measures each stage on it -- tokens and sentences in C beside ICU's word
# break iterator, page cleaning, dates, quotes, the whole pipeline from Lua
# with kimput extract (bench/pipeline.lua), one document of 1 to 16 MB
# through every stage (bench/scaling.lua) -- then kimput's dates beside
# python3-dateparser on the gold sample, and the memory of `kimput extract`
# over 1,000 and 10,000 documents. A measurement, not a test.
#   bench/run.sh BUILD_DIR LUA
set -e
build=${1:-build}; lua=${2:-lua5.4}
mkdir -p bench/data
corpus=bench/data/corpus.txt
[ -s "$corpus" ] || $lua bench/gen.lua examples/corpus "$corpus" 50
cc -O3 -std=c11 -D_POSIX_C_SOURCE=200809L -Icsrc $(pkg-config --cflags icu-uc) -o "$build/bench_tokens" \
  bench/tokens.c "$build/libkimput.a" $(pkg-config --libs icu-uc icu-i18n libpcre2-8)
"$build/bench_tokens" "$corpus"
# ICU's word break as a Lua module, the yardstick of the Lua stage scripts
make --no-print-directory -s bench-tools BUILD="$build"
for stage in page dates quotes events; do
  [ -f "bench/$stage.lua" ] && KIMPUT_BUILD="$(pwd)/$build" bin/kimput run "bench/$stage.lua" "$corpus"
done
# the quotes stage on new text, on documents in a row and on a text seen just before
KIMPUT_BUILD="$(pwd)/$build" bin/kimput run bench/predictability.lua "$corpus"
# the whole pipeline from Lua: stage table, pipeline line, kimput extract -j 1 / -j 2
KIMPUT_BUILD="$(pwd)/$build" bin/kimput run bench/pipeline.lua "$corpus"
# one document of 1 to 16 MB through every stage; bounded by SCALING_CAP per stage
KIMPUT_BUILD="$(pwd)/$build" bin/kimput run bench/scaling.lua
sh bench/dates_compare.sh "$build" "$lua"
sh bench/corpus_memory.sh 10000
