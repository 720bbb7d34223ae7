-- Does every stage stay linear? One document of 1, 2, 4, 8 and 16 MB, made
-- of the articles of examples/corpus/ one after another, goes through every
-- stage the build has, in pipeline order (each stage's time is its own: what
-- it needs from the stages before it is already cached on the document).
-- Prints seconds per MB of each stage at each size, the peak memory of the
-- document divided by its size, and the 16 MB / 1 MB ratio of the whole
-- pipeline (linear is 16). A measurement, not a test.
--
-- Memory is the growth of the peak resident memory over what the process
-- held before the document (its text included, as a caller holds it), with
-- the lexicons and rules already loaded by a warm-up article: they are the
-- process's, paid once, not the document's. Two peaks per size:
--   extract  parsing the document, making its `kimput extract` record
--            (corpus.record: meta, dates, quotes, events) and writing its
--            JSON line (to a sink that drops it), the document closed
--            before writing as the CLI does: what
--            parsing and extracting one document holds (issue 15's limit);
--   all      the timed run through every stage, which also keeps the
--            doc:mentions() tables (a table per mention, up to 8 fields)
--            that extraction does not build.
-- Each peak is the document's own: extraction runs in a fresh process
-- (this script with --extract MB), the run through every stage here after
-- the kernel's peak counter is reset (/proc/self/clear_refs); heap an
-- earlier (smaller) document freed but the process kept counts as used, so
-- a peak is never under-reported. Where the reset is refused, "all" is the
-- process's peak so far.
--
-- It is bounded: a stage that runs longer than the cap (SCALING_CAP seconds,
-- default 30) is stopped by a count hook (it shows as "> cap"), the stages
-- after it are not run at that size, and that stage and the ones after it
-- are left out at the larger sizes (they could only be slower).
--   bin/kimput run bench/scaling.lua [SIZES_MB...]      (default 1 2 4 8 16)
--   bin/kimput run bench/scaling.lua --extract MB       (one extraction peak)
local kimput = require "kimput"
local corpus = require "kimput.corpus"
local jsonl = require "kimput.writers.jsonl"
local lfs = require "lfs"

local cap = tonumber(os.getenv("SCALING_CAP") or "30")
local extract_only = arg[1] == "--extract" and assert(tonumber(arg[2]), "--extract MB")
local sizes = {}
if not extract_only then
  for i, a in ipairs(arg) do sizes[i] = assert(tonumber(a), "sizes are numbers of MB") end
end
if #sizes == 0 then sizes = { 1, 2, 4, 8, 16 } end

-- The articles of examples/corpus, in name order.
local function articles(dir)
  local names = {}
  for name in lfs.dir(dir) do
    if name:match("%.txt$") then names[#names + 1] = name end
  end
  table.sort(names)
  local out = {}
  for i, name in ipairs(names) do
    local f = assert(io.open(dir .. "/" .. name, "rb"))
    out[i] = f:read("a")
    f:close()
  end
  assert(#out > 0, "no articles in " .. dir)
  return out
end

-- One text of at least mb MB: the articles again and again, a blank line between.
local function document_text(arts, mb)
  local parts, size, i = {}, 0, 0
  while size < mb * 1e6 do
    local a = arts[i % #arts + 1]
    parts[#parts + 1] = a
    size = size + #a + 2
    i = i + 1
  end
  return table.concat(parts, "\n\n")
end

-- Walks an iterator to its end.
local function drain(iter)
  for _ in iter do end
end

-- The stages in pipeline order; each is skipped when the build lacks its method.
local STAGES = {
  { name = "parse", run = function(s) s.doc = kimput.parse(s.text, { published = "2023-05-10" }) end },
  { name = "page", method = "body", run = function(s) drain(s.doc:lines()); s.doc:body() end },
  { name = "meta", method = "meta", run = function(s) s.doc:meta() end },
  { name = "tokens", method = "tokens", run = function(s) drain(s.doc:tokens()) end },
  { name = "sentences", method = "sentences", run = function(s) drain(s.doc:sentences()) end },
  { name = "dates", method = "dates", run = function(s) s.doc:dates() end },
  { name = "mentions", method = "mentions", run = function(s) s.doc:mentions() end },
  { name = "quotes", method = "quotes", run = function(s) s.doc:quotes() end },
  { name = "events", method = "events", run = function(s) s.doc:events() end },
}

local Document = require("kimput.core").Document
local stages = {}
for _, st in ipairs(STAGES) do
  if not st.method or type(Document[st.method]) == "function" then stages[#stages + 1] = st end
end

local CAPPED = {}  -- the error a capped stage ends with

-- Runs fn(state) and returns its CPU seconds, or nil when it passed the cap.
local function timed(fn, state)
  local t0 = os.clock()
  local deadline = t0 + cap
  debug.sethook(function()
    if os.clock() > deadline then
      debug.sethook()
      error(CAPPED, 0)
    end
  end, "", 100000)
  local ok, err = pcall(fn, state)
  debug.sethook()
  if not ok then
    if err == CAPPED then return nil end
    error(err, 0)
  end
  return os.clock() - t0
end

-- The process's resident memory now (VmRSS) or at its peak since the last
-- reset (VmHWM), in bytes (Linux), or nil.
local function rss(field)
  local f = io.open("/proc/self/status")
  if not f then return nil end
  local kb = f:read("a"):match(field .. ":%s*(%d+)")
  f:close()
  return kb and tonumber(kb) * 1024
end

-- Resets the peak to the memory held now; false where the kernel refuses.
local function reset_peak()
  collectgarbage()
  collectgarbage()
  local f = io.open("/proc/self/clear_refs", "w")
  if not f then return false end
  local ok = f:write("5")
  return (f:close() and ok) and true or false
end

-- What `kimput extract` does with one document: parse, record, close, write.
local sink = { write = function(self) return self end }
local function extract(text)
  local doc = kimput.parse(text, { published = "2023-05-10" })
  local rec = corpus.record(doc, { id = "scaling" })
  doc:close()
  jsonl.writer(sink):write(rec)
end

-- Every stage on state.text, each timed; returns the row's cells, the
-- total seconds, and whether every stage ran.
local stopped_from = #stages + 1  -- stages at and after this index are left out
local function run_stages(state, real_mb)
  local cells, total, complete = {}, 0, true
  for i, st in ipairs(stages) do
    local cell
    if i >= stopped_from or not complete then
      cell = "-"
      complete = false
    else
      local t = timed(st.run, state)
      if t then
        total = total + t
        cell = ("%.3f"):format(t / real_mb)
      else
        cell = ("> %g s"):format(cap)
        stopped_from = i
        complete = false
      end
    end
    cells[#cells + 1] = ("%9s"):format(cell)
  end
  return cells, total, complete
end

local arts = articles("examples/corpus")
-- warm-up: the lexicons and rules every stage loads once per process
extract(arts[1])
if not extract_only then run_stages({ text = arts[1] }, #arts[1] / 1e6) end
local resets = reset_peak()
local baseline = rss("VmRSS")
local function growth(n)
  local peak = rss("VmHWM")
  return peak and baseline and ("%.1f"):format((peak - baseline) / n) or "?"
end

if extract_only then  -- the child: one document's extraction, its peak printed
  local text = document_text(arts, extract_only)
  reset_peak()
  extract(text)
  print(growth(#text))
  return
end

-- The extraction peak of a document of mb MB, measured in a fresh process.
local script = arg[0]
local kimput_bin = (script:match("^(.*)/[^/]*$") or ".") .. "/../bin/kimput"
local function extract_growth_of(mb)
  local p = io.popen(("%q run %q --extract %g"):format(kimput_bin, script, mb))
  local out = p and p:read("a") or ""
  if p then p:close() end
  return out:match("^%s*([%d.]+)%s*$") or "?"
end
local header = { ("%-6s"):format("MB") }
for _, st in ipairs(stages) do header[#header + 1] = ("%9s"):format(st.name) end
header[#header + 1] = ("%9s %8s %8s"):format("total", "extract", "all")
print(("scaling: seconds per MB of each stage on one document (cap %g s per stage);"
  .. " memory: peak growth / document size, extracting a record and through every stage%s"):format(cap,
  resets and "" or " (process peak so far: no reset)"))
print(table.concat(header, " "))

local totals = {}
for _, mb in ipairs(sizes) do
  local state = { text = document_text(arts, mb) }
  local real_mb = #state.text / 1e6
  local extract_growth = extract_growth_of(mb)
  if resets then reset_peak() end
  local cells, total, complete = run_stages(state, real_mb)
  local all_growth = growth(#state.text)
  if complete then totals[mb] = total / real_mb end
  local row = { ("%-6g"):format(mb) }
  for _, c in ipairs(cells) do row[#row + 1] = c end
  row[#row + 1] = ("%9s %8s %8s"):format(complete and ("%.3f"):format(total / real_mb) or "-",
    extract_growth, all_growth)
  print(table.concat(row, " "))
  state.doc, state.text = nil, nil
  collectgarbage()
  collectgarbage()
end

local first, last = sizes[1], sizes[#sizes]
if totals[first] and totals[last] then
  -- per-MB times compared, times the size ratio: the ratio of whole-pipeline times
  print(("scaling: whole pipeline %g MB / %g MB = %.1f (linear is %g)"):format(last, first,
    totals[last] / totals[first] * last / first, last / first))
else
  local capped = stages[stopped_from]
  print(("scaling: whole pipeline %g MB / %g MB not measured: %s passed the cap of %g s"):format(last, first,
    capped and capped.name or "a stage", cap))
end
