-- The whole pipeline from Lua, beside ICU's word break over the same bytes in
-- the same run: a stage table (MB/s of each stage with the stages before it
-- cached, and its share of the time), one pipeline line (kimput.parse to
-- doc:events(), one document at a time, as an analyst's script runs: the
-- methods the guidelines name, doc:body(), doc:meta(), doc:dates(),
-- doc:quotes(), doc:events(); bench/page.lua times doc:body_spans()'s tables), and
-- `kimput extract` over the whole corpus (documents/s, -j 1 and -j 2, the
-- median of RUNS runs each: a run under a second is mostly noise).
--   bin/kimput run bench/pipeline.lua [CORPUS] [MEGABYTES] [RUNS]
-- MEGABYTES (default 4) takes the first articles of the corpus up to that
-- size for the stage table and the pipeline line.
local kimput = require "kimput"
local bench = dofile("bench/corpus.lua")

local path, limit, runs = arg[1] or "bench/data/corpus.txt", tonumber(arg[2] or 4), tonumber(arg[3] or 3)
local articles = bench.head(path, limit)
collectgarbage()
local mb = bench.mb(articles)
local OPTS = { published = "2023-05-10" }
local clock = os.clock

-- Each stage asks for its results on a document whose earlier stages are done.
local STAGES = {
  { "page (parse, body, meta)", function(doc) doc:body(); doc:meta() end },
  { "tokens+sentences", function(doc) doc:token_count(); doc:sentence_count() end },
  { "dates", function(doc) doc:dates() end },
  { "mentions+quotes", function(doc) doc:mentions(); doc:quotes() end },
  { "events", function(doc) doc:events() end },
}

-- One pass, stage after stage over a batch of documents (so a stage's time
-- holds no other stage's), batches dropped as they are done (memory stays flat).
local BATCH = 100
local function stage_pass(seconds)
  for first = 1, #articles, BATCH do
    local docs = {}
    local t0 = clock()
    for i = first, math.min(first + BATCH - 1, #articles) do
      local doc = kimput.parse(articles[i], OPTS)
      STAGES[1][2](doc)
      docs[#docs + 1] = doc
    end
    seconds[1] = seconds[1] + clock() - t0
    for s = 2, #STAGES do
      local fn = STAGES[s][2]
      t0 = clock()
      for _, doc in ipairs(docs) do fn(doc) end
      seconds[s] = seconds[s] + clock() - t0
    end
    for _, doc in ipairs(docs) do doc:close() end
  end
end

local per_stage = {}
for s = 1, #STAGES do per_stage[s] = {} end
for r = 1, runs do
  local seconds = {}
  for s = 1, #STAGES do seconds[s] = 0 end
  stage_pass(seconds)
  for s = 1, #STAGES do per_stage[s][r] = seconds[s] end
  collectgarbage()
end

-- The pipeline: everything an analyst asks of each document, one at a time.
local function pipeline()
  for _, text in ipairs(articles) do
    local doc <close> = kimput.parse(text, OPTS)
    doc:body(); doc:meta(); doc:dates(); doc:quotes(); doc:events()
  end
end
local whole, icu = bench.measure(articles, pipeline, runs)

print(("pipeline bench: %d articles, %.1f MB (%.0f bytes each), median of %d runs, CPU time"):format(
  #articles, mb, mb * 1e6 / #articles, runs))
local total = 0
local median = {}
for s = 1, #STAGES do
  median[s] = bench.median(per_stage[s])
  total = total + median[s]
end
print(("  %-26s %10s %7s %10s"):format("stage", "MB/s", "share", "x ICU"))
for s = 1, #STAGES do
  print(("  %-26s %10.1f %6.1f%% %10.3f"):format(STAGES[s][1], mb / median[s], 100 * median[s] / total,
    mb / median[s] / icu))
end
print(("  %-26s %10.1f %6.1f%% %10.3f"):format("sum of stages", mb / total, 100.0, mb / total / icu))
print(bench.line("pipeline (parse .. events)", whole, icu) .. " (goal >= 0.4)")

-- kimput extract over the whole corpus, as JSON Lines on disk.
local core = require "kimput.core"
local jsonl = require "kimput.writers.jsonl"
local base = os.tmpname()
local tmp = base .. ".jsonl"  -- the extension tells kimput it is JSON Lines
local all_mb, n_docs
do
  local _, all = bench.read(path)
  all_mb, n_docs = bench.mb(all), #all
  local fh = assert(io.open(tmp, "wb"))
  for i, text in ipairs(all) do
    fh:write(jsonl.encode({ id = "a" .. i, published = OPTS.published, text = text }), "\n")
  end
  fh:close()
end
collectgarbage()
local outputs = {}
-- Runs cmd with stdout to out; returns wall seconds and CPU seconds (user +
-- system of it and its children, from /usr/bin/time when there is one).
local has_time = os.execute("test -x /usr/bin/time")
local function timed(cmd, out)
  local times = tmp .. ".time"
  local t0 = core.now()
  local ok = os.execute(has_time and ("/usr/bin/time -f '%%U %%S' -o %s %s > %s"):format(times, cmd, out)
    or ("%s > %s"):format(cmd, out))
  local wall = core.now() - t0
  local cpu
  local tfh = has_time and io.open(times)
  if tfh then
    local u, sy = tfh:read("a"):match("([%d.]+) ([%d.]+)%s*$")
    tfh:close()
    cpu = u and tonumber(u) + tonumber(sy)
  end
  os.remove(times)
  return ok and wall, cpu
end
-- -j 1 and -j 2 alternate, `runs` times each (both see the same load).
-- -j 2 tells its CPU seconds on stderr (KIMPUT_JOB_TIMES): its path on two
-- idle cores is the parent's start (loading, warming) and the busier worker.
local walls, cpus, failed = { {}, {} }, { {}, {} }, false
local paths = {}  -- CPU seconds of -j 2's start plus its busier worker, per run
local job_times = tmp .. ".jobtimes"
for _ = 1, runs do
  for jobs = 1, 2 do
    local out = tmp .. ".j" .. jobs
    outputs[jobs] = out
    local command = ("env KIMPUT_JOB_TIMES=1 bin/kimput extract -j %d %s 2>%s"):format(jobs, tmp, job_times)
    local wall, cpu = timed(command, out)
    local jfh = io.open(job_times)
    local said = jfh and jfh:read("a") or ""
    if jfh then jfh:close() end
    local before, each = said:match("CPU before the workers ([%d.]+) s, workers ([%d. ]+) s")
    if before then
      local busier = 0
      for w in each:gmatch("[%d.]+") do busier = math.max(busier, tonumber(w)) end
      paths[#paths + 1] = tonumber(before) + busier
    end
    if not wall then failed = true end
    walls[jobs][#walls[jobs] + 1] = wall or 0
    cpus[jobs][#cpus[jobs] + 1] = cpu or 0
  end
end
for jobs = 1, 2 do
  local wall, cpu = bench.median(walls[jobs]), bench.median(cpus[jobs])
  print(("extract -j %d: %.0f documents/s, %.2f MB/s (%d documents, %.1f MB; median of %d: "
    .. "wall clock %.2f s, CPU %.2f s)"):format(jobs, n_docs / wall, all_mb / wall, n_docs, all_mb, runs, wall, cpu))
end
if not failed then
  local one, two = bench.median(walls[1]), bench.median(walls[2])
  local same = os.execute(("cmp -s %s %s"):format(outputs[1], outputs[2]))
  print(("extract -j 2 / -j 1: %.2fx wall clock, output %s"):format(one / two,
    same and "byte-identical" or "DIFFERS"))
  if has_time and #paths == runs then
    -- other processes on the machine only ever add CPU time (a shared cache,
    -- a core shared with the other worker's co-tenant): the least of the runs
    -- is the nearest to idle cores, so it is given beside the median
    local c1, path2 = bench.median(cpus[1]), bench.median(paths)
    local least1, least2 = math.min(table.unpack(cpus[1])), math.min(table.unpack(paths))
    print(("extract -j 2 / -j 1: %.2fx by CPU time, what two idle cores give (-j 1 %.2f s; -j 2: start "
      .. "and busier worker %.2f s); least of %d runs each: %.2fx (%.2f s, %.2f s)"):format(c1 / path2, c1, path2,
      runs, least1 / least2, least1, least2))
  end
else
  print("extract: a run failed")
end
os.remove(tmp)
os.remove(job_times)
os.remove(base)
for _, out in pairs(outputs) do os.remove(out) end
