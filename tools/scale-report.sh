#!/bin/sh
# The report of a generated corpus at scale, made twice: by GNU parallel
# (kimput extract as the mapper, kimput report as the reduce) and by one
# process; fails when the two pages differ.
#   tools/scale-report.sh N OUTDIR   -> OUTDIR/corpus.jsonl, OUTDIR/report.html
n=${1:-5000}
dir=${2:-build/scale}
mkdir -p "$dir" || exit 1
corpus="$dir/corpus.jsonl"
if [ ! -s "$corpus" ] || [ "$(wc -l <"$corpus")" != "$n" ]; then
  lua5.4 tools/gen-corpus.lua examples/corpus "$n" "$corpus" || exit 1
fi
echo "scale: $n articles, $(wc -c <"$corpus") bytes of JSON Lines"
start=$(date +%s)
parallel --will-cite --pipe --block 16M -k -N 500 bin/kimput extract - <"$corpus" |
  bin/kimput report overview - -o "$dir/report.html" || exit 1
middle=$(date +%s)
bin/kimput report overview "$corpus" -o "$dir/report-one-process.html" || exit 1
end=$(date +%s)
echo "scale: parallel map and reduce $((middle - start)) s, one process $((end - middle)) s"
if cmp -s "$dir/report.html" "$dir/report-one-process.html"; then
  echo "ok   the parallel report equals the one-process report"
else
  echo "FAIL the parallel report differs from the one-process report"
  exit 1
fi
