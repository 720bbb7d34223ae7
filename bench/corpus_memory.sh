#!/bin/sh
# Shows that `kimput extract` keeps memory flat as the corpus grows: makes
# N documents (default 10000) varied from examples/corpus, as a JSON Lines
# file and as a folder of .txt files, runs extract over the first 1,000 and
# over all of them, and prints the peak resident memory of each run.
#   sh bench/corpus_memory.sh [N]
n=${1:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=bin/kimput
lua=${LUA:-lua5.4}

# Each document: one sample article with its paragraphs rotated and a number
# added, so no two texts are the same.
LUA_PATH="lua/?.lua;lua/?/init.lua;;" LUA_CPATH="build/?.so;;" "$lua" - "$n" "$tmp" <<'LUA'
local n, tmp = tonumber(arg[1]), arg[2]
local jsonl = require "kimput.writers.jsonl"
local samples, names = {}, {}
for f in require("lfs").dir("examples/corpus") do
  if f:match("%.txt$") then names[#names + 1] = f end
end
table.sort(names)
for _, f in ipairs(names) do
  local fh = assert(io.open("examples/corpus/" .. f, "rb"))
  local lines = {}
  for line in fh:read("a"):gmatch("[^\n]+") do lines[#lines + 1] = line end
  fh:close()
  samples[#samples + 1] = lines
end
local function variant(i)
  local lines = samples[(i - 1) % #samples + 1]
  local k, out = i % #lines, {}
  for j = 1, #lines do out[j] = lines[(j + k - 1) % #lines + 1] end
  out[#out + 1] = ("Laporan nomor %d."):format(i)
  return table.concat(out, "\n")
end
os.execute("mkdir -p " .. tmp .. "/small " .. tmp .. "/all")
local small = assert(io.open(tmp .. "/small.jsonl", "wb"))
local all = assert(io.open(tmp .. "/all.jsonl", "wb"))
for i = 1, n do
  local text = variant(i)
  local rec = jsonl.encode({ id = "doc" .. i, published = "2023-09-13", text = text })
  all:write(rec, "\n")
  local f = assert(io.open(("%s/all/%05d.txt"):format(tmp, i), "wb"))
  f:write(text)
  f:close()
  if i <= 1000 then
    small:write(rec, "\n")
    f = assert(io.open(("%s/small/%05d.txt"):format(tmp, i), "wb"))
    f:write(text)
    f:close()
  end
end
small:close()
all:close()
LUA

peak() {  # peak RSS in KB of a command, from /usr/bin/time -v (or /proc when missing)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time.log"
    rc=$?
    kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$tmp/time.log")
    secs=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time.log")
  else
    "$@" >/dev/null 2>&1 &
    pid=$!; kb=0
    while kill -0 $pid 2>/dev/null; do
      v=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\).*/\1/p' /proc/$pid/status 2>/dev/null)
      [ -n "$v" ] && kb=$v
      sleep 0.05
    done
    wait $pid; rc=$?; secs="?"
  fi
  [ "$rc" = 0 ] || echo "  (exit status $rc)"
}

for kind in jsonl folder; do
  for set in small all; do
    if [ $kind = jsonl ]; then src="$tmp/$set.jsonl"; else src="$tmp/$set"; fi
    count=$([ $set = small ] && echo 1000 || echo "$n")
    peak "$bin" extract "$src"
    echo "corpus memory: extract $kind of $count documents: peak RSS $kb KB, $secs"
  done
done
# two worker processes (-j 2): the peak is the largest single process's
peak "$bin" extract -j 2 "$tmp/all.jsonl"
echo "corpus memory: extract -j 2 jsonl of $n documents: peak RSS $kb KB (largest process), $secs"
