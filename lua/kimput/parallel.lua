--- Documents in parallel on N processes, results in input order (kimput
-- extract -j N). Every worker reads the same inputs and cuts the walk into
-- the same blocks of consecutive items (M.blocks). Which blocks a worker
-- takes (M.chooser): forked workers claim them as they go from a counter in
-- shared memory (core.block_counter: the next free index, taken when a
-- worker starts and each time it ends a block), so a worker that gets less
-- CPU on a loaded machine takes fewer blocks and never holds the other
-- back; workers started as commands (no shared memory) take the blocks b
-- with (b - 1) % n == k - 1. A worker writes one "R" chunk per block it
-- takes (after an "E" chunk with the block's error records, when it has
-- some), in increasing block order, each header naming its block, then a
-- last chunk "D". The parent copies block 1, 2, 3, ... from whichever
-- worker holds it, so the output is the bytes one process would write.
-- Blocks, not single items: the parent reads a few hundred big chunks
-- rather than one per document. Pipes keep memory flat: a worker more than
-- a pipe's buffer ahead waits.
--
-- A worker is either forked from the parent (M.fork: it shares, copy-on-
-- write, every module, lexicon and compiled rule set the parent warmed, and
-- starts in well under a millisecond) or, where the core has no fork, the
-- same command run again with KIMPUT_WORKER=k/n in its environment
-- (M.spawn: it loads and compiles everything again).
--
-- A chunk is a header line "KIND LENGTH EXTRA BLOCK" ("D LENGTH EXTRA" for
-- the last) and LENGTH bytes of payload.
local M = {}

-- The sentence the opening pages below go on with.
local GOES_ON = "Menteri Luar Negeri Ana Wirasti tiba di Bandung pada Senin (8/5/2023) untuk bertemu mitranya.\n"
  .. "Kedua menteri membahas kerja sama perdagangan selama dua jam."

--- Invented pages for a parent to parse before M.fork (kimput extract -j
-- asks every stage of them), so that what the core builds at its first use
-- is built once and shared: the lexicons, and the page rules compiled when
-- a line first calls for them (furniture lines of every kind on the first
-- page; an article's opening line is read once per page, so one page per
-- kind of opening: outlet, place, dateline, stamp).
M.WARM_PAGES = {
  [[
Kabarnusa.com | Berita | Nasional
Senin, 8 Mei 2023 10:15 WIB
A- A+
KABARNUSA.COM - BANDUNG. Menteri Luar Negeri Ana Wirasti mengirim surat kepada Perdana Menteri Budi Santoso
pada Senin (8/5/2023).
Kabarnusa.com - Jakarta - Menteri Luar Negeri Ana Wirasti tiba di Bandung.
Jakarta, Kabar Nusa - Kedua menteri bertemu di Bandung.
Harian Nusa Raya - Kedua menteri bertemu di Bandung.
Jakarta, Senin (8/5/2023) - Kedua menteri bertemu di Bandung.
Surabaya - Kedua menteri bertemu di Surabaya.
kabarnusa.com | Kedua menteri bertemu di Bandung.
"Kami berharap kerja sama kedua negara berlanjut," kata Ana kepada wartawan di Jakarta, 9 Mei 2023.
Baca juga: Pertemuan kedua menteri digelar di Bandung
Lihat juga video pertemuan kedua menteri
Budi mengatakan, pertemuan kedua pemimpin akan berlangsung pekan depan di Bandung.
Simak selengkapnya di Kabarnusa.com
Dikutip dari laman resmi kabarnusa.com, pertemuan itu berlangsung dua jam.
Read next: Kedua menteri bertemu lagi
Artikel ini telah tayang di Kabarnusa.com dengan judul "Kedua Menteri Bertemu di Bandung"
Kami membuka kesempatan bagi Anda untuk menulis.
Ikuti kami di:
Follow WhatsApp Channel Kabarnusa
Ikuti berita Kabarnusa di Google News
Gabung ke saluran WhatsApp kami untuk berita terbaru
Editor: Citra Lestari]],
}
for _, opening in ipairs({
  "Kabarnusa.com | Nasional | Senin, 8 Mei 2023 10:15 WIB", "Jakarta (Kabar Nusa) -", "kabarnusa.com, Jakarta - ",
  "kabarnusa.com - ", "Jakarta, Jawa Barat, Senin - ", "Jakarta, Kabarnusa.com - ", "Harian Nusa Raya - ",
  "Jakarta, Senin (8/5/2023) - ", "Surabaya - ", "kabarnusa.com | ",
}) do
  M.WARM_PAGES[#M.WARM_PAGES + 1] = opening .. (opening:match(" $") and "" or "\n") .. GOES_ON
end

local ENV = "KIMPUT_WORKER"

--- This process's place when it is a worker: k, n (1 <= k <= n); else nil.
function M.worker()
  local k, n = (os.getenv(ENV) or ""):match("^(%d+)/(%d+)$")
  k, n = tonumber(k), tonumber(n)
  if k and n and k >= 1 and k <= n then return k, n end
  return nil
end

--- Does worker k of n take item (or block) i, round-robin?
function M.takes(i, k, n)
  return (i - 1) % n == k - 1
end

--- Worker k of n's choice of blocks: a function(b) telling whether the
-- worker takes block b, to be called once per block of the walk, in order
-- (1, 2, 3, ...), after the worker has sent the block before. With counter
-- (a core.block_counter shared by forked workers) the worker claims a block
-- at its first call and then each time it has passed its claimed block, and
-- takes the block it claimed: each block goes to exactly one worker, and a
-- worker's blocks increase. Without, round-robin (M.takes).
function M.chooser(k, n, counter)
  if not counter then
    return function(b) return M.takes(b, k, n) end
  end
  local claimed = 0
  return function(b)
    -- claims increase across all workers, so the new claim is >= b
    if b > claimed then claimed = counter:claim() end
    return b == claimed
  end
end

-- A block closes once its items hold BLOCK_BYTES of input or BLOCK_ITEMS
-- items: about ten news articles, so that the workers' shares stay even
-- (the last block is a small part of the work) while the parent reads
-- one chunk per block.
M.BLOCK_BYTES, M.BLOCK_ITEMS = 16384, 64

--- The block numbering of a walk: a function taking each item's input
-- bytes (nil counts as none), in walk order, and returning the index of the
-- block the item falls in (1, 1, ..., 2, ...). Every worker numbers the
-- same walk the same way.
function M.blocks(block_bytes, block_items)
  block_bytes, block_items = block_bytes or M.BLOCK_BYTES, block_items or M.BLOCK_ITEMS
  local index, bytes, items = 1, 0, 0
  return function(item_bytes)
    if bytes >= block_bytes or items >= block_items then
      index, bytes, items = index + 1, 0, 0
    end
    bytes, items = bytes + (item_bytes or 0), items + 1
    return index
  end
end

--- Writes one chunk to fh (a worker's stdout). payload: a string, or a
-- list of strings written one after the other (never joined into one);
-- block: the index of the block an "R" or "E" chunk belongs to.
function M.send(fh, kind, payload, extra, block)
  payload = payload or ""
  local tail = block and (" " .. math.tointeger(block) .. "\n") or "\n"
  if type(payload) == "table" then
    local length = 0
    for i = 1, #payload do length = length + #payload[i] end
    fh:write(kind, " ", length, " ", tostring(extra or 0), tail)
    for i = 1, #payload do fh:write(payload[i]) end
    return
  end
  fh:write(kind, " ", #payload, " ", tostring(extra or 0), tail, payload)
end

local function quote(s)
  return "'" .. tostring(s):gsub("'", [['\'']]) .. "'"
end

--- Starts n workers running argv (a list: program and arguments, quoted
-- here for the shell); returns their output handles.
function M.spawn(argv, n)
  local words = {}
  for i, a in ipairs(argv) do words[i] = quote(a) end
  local cmd = table.concat(words, " ")
  local workers = {}
  for k = 1, n do
    workers[k] = assert(io.popen(("%s=%d/%d %s"):format(ENV, k, n, cmd), "r"))
    workers[k]:setvbuf("full", 65536)  -- big reads: the parent's share of the CPU stays small
  end
  return workers
end

-- A forked worker as merge reads it: its pipe, and its process reaped at close.
local Forked = {}
Forked.__index = Forked

function Forked:read(...)
  return self.fh:read(...)
end

function Forked:close()
  self.fh:close()
  return self.process:wait()
end

function Forked:kill()
  self.process:kill()
end

--- Whether M.fork can start workers here (the core has fork_worker).
function M.can_fork()
  return require("kimput.core").fork_worker ~= nil
end

--- Forks n workers from this process; worker k runs work(k, n, fh, counter),
-- fh the write end of its pipe and counter a core.block_counter made before
-- the fork, shared by the n workers (for M.chooser), and ends with the
-- status work returns (0 when none; 1 after an error, said on stderr).
-- Returns the workers for merge.
-- Both ends of a pipe have a stdio buffer of 256 KiB (core.fork_worker):
-- a worker writes, and the parent reads, up to that much at a time (a
-- worker that claims blocks flushes after each: the parent waits for it).
-- Warm this process first: what it has loaded and compiled, they share.
function M.fork(n, work)
  local core = require "kimput.core"
  local counter = assert(core.block_counter())
  collectgarbage()  -- the workers start with no garbage of the parent to sweep
  local workers = {}
  for k = 1, n do
    local process, fh = core.fork_worker()
    if process == 0 then  -- the worker: it never returns from here
      for _, w in ipairs(workers) do w.fh:close() end  -- its siblings' pipes are the parent's
      local ok, status = xpcall(work, debug.traceback, k, n, fh, counter)
      if not ok then io.stderr:write(("kimput: worker %d of %d: %s\n"):format(k, n, tostring(status))) end
      local flushed = fh:close()
      core.exit_now(ok and flushed and (tonumber(status) or 0) or 1)
    end
    if not process then
      for _, w in ipairs(workers) do w:kill(); w:close() end
      error("kimput.parallel: " .. tostring(fh), 2)
    end
    workers[k] = setmetatable({ fh = fh, process = process }, Forked)
  end
  return workers
end

-- The file handle a worker's chunks are read from.
local function handle(w)
  return getmetatable(w) == Forked and w.fh or w
end

-- Reads a chunk's header: kind, length, extra, block (nil for "D"); nil,
-- message at a cut stream or a bad header.
local function receive_header(fh)
  local header = fh:read("l")
  if not header then return nil, "ended early" end
  local kind, len, extra, block = header:match("^(%a) (%d+) (%S+) ?(%d*)$")
  if not kind or (kind == "D") ~= (block == "") then return nil, "sent a bad chunk header" end
  return kind, tonumber(len), extra, tonumber(block)
end

-- Reads a chunk's payload of len bytes: the payload, or nil, message. With
-- copy, an "R" chunk's payload is not read here: copy(fh, len) moves it
-- (and returns the bytes it read), and the payload is false.
local function receive_payload(fh, kind, len, copy)
  if copy and kind == "R" then
    if len > 0 and copy(handle(fh), len) ~= len then return nil, "ended inside a chunk" end
    return false
  end
  local payload = len > 0 and fh:read(len) or ""
  if #(payload or "") ~= len then return nil, "ended inside a chunk" end
  return payload
end

-- The parent wants block 1, 2, 3, ... in turn and keeps, for each worker,
-- the next header it has read from it (at most one: memory stays flat).
-- When a kept header is the block wanted, its chunk is copied; else the
-- block is with a worker whose next header is not known yet, and the
-- parent reads one such header (the worker whose last block is the lowest
-- first: after an "E" chunk, the same worker, whose "R" must follow).
--
-- No deadlock: a worker waits for nothing but room in its own pipe (it
-- never waits for the parent to read another pipe, nor for another
-- worker), and the parent waits only in reading one worker's pipe. A read
-- from a worker that is blocked on its full pipe returns at once; a read
-- from a worker that is working returns when it writes (its stdio buffer
-- goes to the pipe when full, after each claimed block and at its end) or
-- ends (the stream is cut). So every wait of the parent ends, and there is
-- no cycle. Nor is a block lost: a block is claimed by (round-robin: falls
-- to) exactly one worker, which sends it before its later blocks, and every
-- worker ends with "D"; a worker that breaks this fails the merge.
local function merge(workers, on_chunk, copy)
  local n, failure, tail, cpu = #workers, nil, nil, {}
  -- each worker's kept header (kind nil: none kept) and last block sent
  local kinds, lens, extras, blocks, last = {}, {}, {}, {}, {}
  for k = 1, n do last[k] = 0 end
  local wanted, after_error = 1, nil
  while true do
    local holder
    for k = 1, n do
      if blocks[k] == wanted and kinds[k] then holder = k; break end
    end
    if holder then
      local kind = kinds[holder]
      local payload, message = receive_payload(workers[holder], kind, lens[holder], copy)
      if payload == nil then
        failure = ("worker %d of %d %s"):format(holder, n, message)
        break
      end
      on_chunk(kind, payload or nil, extras[holder])
      kinds[holder], blocks[holder] = nil, nil
      if kind == "R" then
        last[holder], wanted, after_error = wanted, wanted + 1, nil
      else
        after_error = holder
      end
    else
      local ask = after_error
      if not ask then
        for k = 1, n do
          if not kinds[k] and (not ask or last[k] < last[ask]) then ask = k end
        end
      end
      if not ask then  -- every worker has told its next chunk: none is block wanted
        for k = 1, n do
          if kinds[k] ~= "D" then
            failure = ("worker %d of %d sent block %d without block %d before it"):format(k, n, blocks[k], wanted)
            break
          end
        end
        tail = extras[1]
        break
      end
      local kind, len, extra, block = receive_header(workers[ask])
      if not kind then
        failure = ("worker %d of %d %s"):format(ask, n, len)
        break
      end
      -- a worker's blocks increase; the "R" after an "E" is the same block
      if (block and (block <= last[ask] or block < wanted)) or (after_error and (kind ~= "R" or block ~= wanted)) then
        failure = ("worker %d of %d sent %s out of order"):format(ask, n, block and "block " .. block or "its end")
        break
      end
      kinds[ask], lens[ask], extras[ask], blocks[ask], after_error = kind, len, extra, block, nil
    end
  end
  -- every worker has said "D" by now (or failed): they are finished
  for k = 1, n do
    local fh = workers[k]
    while fh:read(65536) do end  -- drain, so that a worker never blocks on a full pipe
    local ok, how, code = fh:close()
    if getmetatable(fh) == Forked then cpu[k] = fh.process:cpu() end
    workers[k] = nil
    if not ok and not failure then failure = ("worker %d of %d exited (%s %s)"):format(k, n, how, code) end
  end
  if failure then return nil, failure, cpu end
  return true, tail, cpu
end

--- Reads the workers' chunks in input order (block 1, 2, ... from whichever
-- worker holds it), calling on_chunk(kind, payload, extra) for each, until
-- every worker has said "D" and none holds the next block. A block is an
-- "R" chunk (its rows), after an "E" chunk of the same block when it has
-- error records. Returns true and the extra of worker 1's "D" (every
-- worker's counts the same trailing input), or nil and a message when a
-- worker failed (its stream cut short, a block missing or out of order, or
-- its exit status non-zero); third, the CPU seconds each forked
-- worker used (by worker number). On an error (on_chunk's, or a
-- signal's stop) forked workers are stopped and reaped, and the error
-- raised again. With copy (a function(fh, n) returning the bytes it read),
-- the payload of an "R" chunk goes to copy(fh, n) straight from the
-- worker's file handle fh (out:copy: no Lua string of the rows in the
-- parent) and on_chunk gets nil for it.
function M.merge(workers, on_chunk, copy)
  local ok, done, tail, cpu = pcall(merge, workers, on_chunk, copy)
  if ok then return done, tail, cpu end
  for _, w in pairs(workers) do
    -- a forked worker is stopped and reaped; a command's pipe is left as it
    -- was (its close would wait for a command that may be blocked)
    if getmetatable(w) == Forked then
      w:kill()
      pcall(w.close, w)
    end
  end
  error(done, 0)
end

return M
