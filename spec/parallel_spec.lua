-- kimput extract -j N: documents on N processes, the output of -j 1 byte for
-- byte; and the chunk protocol of kimput.parallel on its own.
local parallel = require "kimput.parallel"
local jsonl = require "kimput.writers.jsonl"

local shell = require "fixtures.shell"
local sh, write = shell.sh, shell.write

-- Invented articles, each a little different.
local function article(i)
  return ("Jakarta - Menteri Luar Negeri Ana Wirasti mengirim surat kepada mitranya pada %d Mei 2023.\n"
    .. "\"Kami berharap kerja sama ini berlanjut,\" kata Ana kepada wartawan, Senin.\n"
    .. "Pertemuan ke-%d itu berlangsung di Bandung selama %d jam."):format(i % 28 + 1, i, i % 5 + 1)
end

describe("kimput extract -j", function()
  local dir, list

  setup(function()
    dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir -p " .. dir .. "/folder"))
    for i = 1, 23 do write(("%s/folder/%03d.txt"):format(dir, i), article(i)) end
    write(dir .. "/folder/012b.txt", "Teks rusak \255 di sini.")  -- invalid UTF-8: an error record
    write(dir .. "/folder/000.txt", "")                           -- an empty article
    local lines = {}
    for i = 1, 17 do
      lines[#lines + 1] = jsonl.encode({ id = "r" .. i, published = "2023-05-10", text = article(i) })
    end
    lines[9] = "{ not json"
    list = dir .. "/list.jsonl"
    write(list, table.concat(lines, "\n") .. "\n")
  end)

  teardown(function()
    os.execute("rm -rf " .. dir)
  end)

  local function same_as_one_process(args, counts)
    local out1, err1, code1 = sh("bin/kimput extract " .. args)
    assert.is_true(#out1 > 0)
    for _, jobs in ipairs(counts or { 2 }) do
      local out, err, code = sh(("bin/kimput extract -j %d %s"):format(jobs, args))
      assert.equal(code1, code)
      assert.equal(err1, err)
      assert.is_true(out == out1, ("-j %d writes other bytes than -j 1 for %s"):format(jobs, args))
    end
    return out1, err1, code1
  end

  it("writes the bytes of -j 1 for a folder, errors and exit status included", function()
    local _, err, code = same_as_one_process(dir .. "/folder", { 2, 3, 7 })
    assert.equal(1, code)
    assert.matches("012b.txt:1: cannot parse: invalid UTF%-8", err)
  end)

  it("writes the bytes of -j 1 for JSON Lines, CSV rows and the published option", function()
    local _, err = same_as_one_process(list)
    assert.matches("list.jsonl:9: not a JSON object", err)
    same_as_one_process("--format csv --rows quotes " .. list)
    same_as_one_process("--rows dates --published 2023-01-02 " .. dir .. "/folder " .. list)
  end)

  it("writes the bytes of -j 1 when files and lines are over --max-bytes", function()
    local _, err, code = same_as_one_process("--max-bytes 200 " .. dir .. "/folder " .. list, { 2, 3 })
    assert.equal(1, code)
    assert.matches("larger than the limit of 200 bytes", err)
  end)

  it("treats extraction records, blank and bad lines in a worker as -j 1 does", function()
    local records = dir .. "/records.jsonl"
    local out = sh("bin/kimput extract " .. dir .. "/folder")
    local lines = {}
    for line in out:gmatch("[^\n]+") do lines[#lines + 1] = line end
    table.insert(lines, 3, "")
    table.insert(lines, 6, "{ not json")
    write(records, table.concat(lines, "\n") .. "\n\n")
    local _, err, code = same_as_one_process(records .. " " .. list, { 2, 3 })
    assert.equal(1, code)
    assert.matches("records.jsonl:1 %(id 000%): an extraction record holds no text", err)
    assert.matches("records.jsonl:6: not a JSON object", err)
  end)

  it("writes the bytes of -j 1 when the walk is cut into many blocks", function()
    -- over BLOCK_ITEMS lines, a few over BLOCK_BYTES, bad and blank lines
    -- scattered: blocks of both kinds end, errors fall in several blocks
    local lines = {}
    for i = 1, 3 * parallel.BLOCK_ITEMS + 7 do
      local text = article(i)
      if i % 41 == 0 then text = (text .. "\n"):rep(parallel.BLOCK_BYTES // #text + 1) end
      lines[#lines + 1] = jsonl.encode({ id = "m" .. i, text = text })
      if i % 29 == 0 then lines[#lines + 1] = "{ bad " .. i end
      if i % 31 == 0 then lines[#lines + 1] = "" end
    end
    local many = dir .. "/many.jsonl"
    write(many, table.concat(lines, "\n") .. "\n\n")
    local out, err, code = same_as_one_process(many, { 2, 3 })
    assert.equal(1, code)
    assert.equal(3 * parallel.BLOCK_ITEMS + 7, select(2, out:gsub("\n", "")))
    assert.matches("many.jsonl:%d+: not a JSON object", err)
    same_as_one_process("--format csv --rows dates " .. many .. " " .. list, { 2 })
  end)

  it("keeps input order when there are fewer documents than processes", function()
    local one = dir .. "/folder/001.txt"
    local out1 = sh("bin/kimput extract " .. one .. " " .. list)
    local out8 = sh("bin/kimput extract -j 8 " .. one .. " " .. list)
    assert.equal(out1, out8)
    local empty = dir .. "/none"
    assert(os.execute("mkdir -p " .. empty))
    local out, _, code = sh("bin/kimput extract -j 4 --format csv " .. empty)
    assert.equal(0, code)
    assert.equal(1, select(2, out:gsub("\n", "")))  -- the header row alone
  end)

  -- The chunks a worker writes: {kind, payload, extra} each.
  local function chunks_of(stream)
    local out, pos = {}, 1
    while pos <= #stream do
      local kind, len, extra, body = stream:match("^(%a) (%d+) (%S+)[^\n]*\n()", pos)
      assert.truthy(kind, "a bad chunk header")
      out[#out + 1] = { kind, stream:sub(body, body + tonumber(len) - 1), extra }
      pos = body + tonumber(len)
    end
    return out
  end

  it("gives the progress counts of -j 1: documents and bytes, blank lines included", function()
    local corpus = require "kimput.corpus"
    local paths = { dir .. "/folder", list, dir .. "/blanks.jsonl" }
    write(paths[3], "\n" .. jsonl.encode({ id = "x", text = article(3) }) .. "\n\n  \n{ bad\n\n")
    local final
    local c = corpus.open(paths, { progress = function(docs, bytes, _, finished)
      if finished then final = { docs, bytes } end
    end })
    for doc in c:docs() do doc:close() end
    for _, n in ipairs({ 2, 3 }) do
      local docs, bytes = 0, 0
      for k = 1, n do
        local out, _, code = sh("bin/kimput extract " .. table.concat(paths, " "), ("KIMPUT_WORKER=%d/%d"):format(k, n))
        assert.equal(0, code)
        for _, chunk in ipairs(chunks_of(out)) do
          local d, b = chunk[3]:match("^(%d+),(%d+)")
          docs, bytes = docs + tonumber(d), bytes + tonumber(b)
        end
      end
      -- every worker counts the trailing blank lines in its "D": once each
      local trailing = #"\n"
      assert.equal(final[1], docs)
      assert.equal(final[2] + (n - 1) * trailing, bytes)
    end
  end)

  it("passes over the items a worker does not take, offering each one's bytes first", function()
    local corpus = require "kimput.corpus"
    local paths = { list, dir .. "/folder", dir .. "/blanks.jsonl" }
    write(paths[3], "\n" .. jsonl.encode({ id = "x", text = article(3) }) .. "\n\n  \n{ bad\n\n")
    local c = corpus.open(paths)
    local eager, offers = {}, {}
    for item in c:items() do eager[#eager + 1] = item end
    -- take every other item: the walk yields those and the blank lines, as the eager walk
    local offered = {}
    local function take(bytes)
      offered[#offered + 1] = bytes or false
      return #offered % 2 == 1
    end
    local taken = {}
    for item in c:items(take) do taken[#taken + 1] = item end
    local expected, n = {}, 0
    for _, item in ipairs(eager) do
      if not item.skip then
        n = n + 1
        offers[n] = item.bytes
        if n % 2 == 1 then expected[#expected + 1] = item end
      else
        expected[#expected + 1] = item
      end
    end
    assert.same(offers, offered)
    assert.same(expected, taken)
    assert.equal(17 + 25 + 2, n)
    assert.equal(4, #eager - n)  -- blank lines, never offered
  end)

  it("rejects a number of processes that is not a count", function()
    for _, bad in ipairs({ "0", "two", "1.5", "999" }) do
      local _, err, code = sh("bin/kimput extract -j " .. bad .. " " .. list)
      assert.equal(2, code)
      assert.matches("%-j needs a number of processes", err)
    end
  end)
end)

describe("kimput.parallel", function()
  it("assigns every item to exactly one worker, round-robin", function()
    for i = 1, 20 do
      local owners = 0
      for k = 1, 3 do
        if parallel.takes(i, k, 3) then owners = owners + 1 end
      end
      assert.equal(1, owners)
    end
    assert.is_true(parallel.takes(4, 1, 3))
    assert.is_true(parallel.takes(5, 2, 3))
  end)

  it("numbers blocks of consecutive items, closed by bytes or by count", function()
    local block_of = parallel.blocks(100, 3)
    local got = {}
    local sizes = { 10, 20, 30, 40, 150, 5, false, 1, 1, 1 }  -- false: a file of unknown size
    for i = 1, #sizes do got[i] = block_of(sizes[i] or nil) end
    -- 10 20 30 | 40 150 | 5 nil 1 | 1 1: three items, or 100 bytes reached
    assert.same({ 1, 1, 1, 2, 2, 3, 3, 3, 4, 4 }, got)
  end)

  it("sends a list of strings as one chunk, its length their sum", function()
    local path = os.tmpname()
    local fh = assert(io.open(path, "wb"))
    parallel.send(fh, "R", { "ab", "", "cde\n" }, "1,6,1", 4)
    parallel.send(fh, "R", {}, "0,0,0", 7)
    parallel.send(fh, "D", "", "0,0")
    fh:close()
    local rfh = assert(io.open(path, "rb"))
    assert.equal("R 6 1,6,1 4\nabcde\nR 0 0,0,0 7\nD 0 0,0\n", rfh:read("a"))
    rfh:close()
    os.remove(path)
  end)

  it("keeps a worker's turn over its error chunk, which comes before its block", function()
    local got = {}
    local ok = parallel.merge(parallel.spawn({ "sh", "-c", [[
      if [ "${KIMPUT_WORKER%/*}" = 1 ]; then
        printf 'E 2 0,0,0 1\ne1'; printf 'R 2 1,5,1 1\nb1'; printf 'R 2 1,5,1 3\nb3'; printf 'D 0 0,0\n'
      else
        printf 'R 2 1,5,1 2\nb2'; printf 'E 2 0,0,0 4\ne4'; printf 'R 2 1,5,1 4\nb4'; printf 'D 0 0,0\n'
      fi
    ]] }, 2), function(kind, payload) got[#got + 1] = kind .. ":" .. payload end)
    assert.is_true(ok)
    assert.same({ "E:e1", "R:b1", "R:b2", "R:b3", "E:e4", "R:b4" }, got)
  end)

  -- A worker in shell: item i (of 1..count) is the payload "item i", sent by
  -- worker (i - 1) % n + 1; the worker sleeps first when it is worker 1, so
  -- that the others finish long before it.
  local WORKER = [[
    k=${KIMPUT_WORKER%/*}; n=${KIMPUT_WORKER#*/}; i=$k
    [ "$k" = 1 ] && sleep 0.2
    while [ $i -le COUNT ]; do p="item $i"; printf 'R %d 0 %d\n%s' ${#p} $i "$p"; i=$((i + n)); done
    printf 'D 0 end-of-%d\n' $k
  ]]

  it("merges the workers' chunks in input order", function()
    local got = {}
    local workers = parallel.spawn({ "sh", "-c", (WORKER:gsub("COUNT", "11")) }, 3)
    local ok, tail = parallel.merge(workers, function(kind, payload)
      assert.equal("R", kind)
      got[#got + 1] = payload
    end)
    assert.is_true(ok)
    assert.equal("end-of-1", tail)  -- every worker has said "D": worker 1's is the tail
    assert.equal(11, #got)
    for i = 1, 11 do assert.equal("item " .. i, got[i]) end
  end)

  it("hands the rows of an R chunk to copy, straight from the worker's file handle", function()
    local copied, kinds = {}, {}
    local workers = parallel.spawn({ "sh", "-c", (WORKER:gsub("COUNT", "7")) }, 2)
    local ok = parallel.merge(workers, function(kind, payload)
      kinds[#kinds + 1] = kind
      assert.is_nil(payload)
    end, function(fh, n)
      copied[#copied + 1] = fh:read(n)
      return n
    end)
    assert.is_true(ok)
    assert.equal(7, #kinds)
    for i = 1, 7 do assert.equal("item " .. i, copied[i]) end
  end)

  it("says a stream is cut short when copy gets fewer bytes than the header said", function()
    local ok, err = parallel.merge(parallel.spawn({ "sh", "-c", [[printf 'R 50 0 1\nshort']] }, 1),
      function() end, function(fh, n) return #(fh:read(n) or "") end)
    assert.is_nil(ok)
    assert.matches("worker 1 of 1 ended inside a chunk", err)
  end)

  it("says which worker failed when a stream is cut short", function()
    local ok, err = parallel.merge(parallel.spawn({ "sh", "-c", [[
      [ "${KIMPUT_WORKER%/*}" = 2 ] && { printf 'R 50 0 2\nshort'; exit 3; }
      printf 'R 1 0 1\nx'; printf 'R 1 0 3\ny'; printf 'D 0 0\n'
    ]] }, 2), function() end)
    assert.is_nil(ok)
    assert.matches("worker 2 of 2", err)
  end)

  it("tells a worker its place from the environment", function()
    local out = sh([[KIMPUT_WORKER=2/5 lua5.4 -e 'package.path = "lua/?.lua;" .. package.path
      print(require("kimput.parallel").worker())']])
    assert.equal("2\t5\n", out)
    assert.is_nil(parallel.worker())  -- busted itself is no worker
  end)

  -- Forked workers: item i (of 1..count) is "item i", sent by the worker
  -- that claims block i from the shared counter (parallel.chooser).
  local function items_work(count)
    return function(k, n, fh, counter)
      local takes = parallel.chooser(k, n, counter)
      for i = 1, count do
        if takes(i) then parallel.send(fh, "R", "item " .. i, k, i) end
      end
      parallel.send(fh, "D", "", "end-of-" .. k)
    end
  end

  local function alive(pid)  -- a zombie still has its /proc entry
    local fh = io.open("/proc/" .. pid .. "/stat")
    if fh then fh:close() end
    return fh ~= nil
  end

  local function pids(workers)
    local out = {}
    for k, w in ipairs(workers) do out[k] = tonumber(tostring(w.process):match("%((%d+)%)")) end
    return out
  end

  it("merges forked workers' chunks in input order and reaps them", function()
    assert.is_true(parallel.can_fork())
    local got = {}
    local workers = parallel.fork(3, items_work(11))
    local started = pids(workers)
    local ok, tail, cpu = parallel.merge(workers, function(_, payload) got[#got + 1] = payload end)
    assert.is_true(ok)
    assert.equal("end-of-1", tail)
    for i = 1, 11 do assert.equal("item " .. i, got[i]) end
    for _, pid in ipairs(started) do assert.is_false(alive(pid)) end
    for k = 1, 3 do assert.is_true(cpu[k] >= 0) end  -- each worker's CPU seconds, from its reaping
  end)

  it("hands out every block index once to workers claiming from the shared counter", function()
    -- three workers claim 100 indices each, and send each claim as a block:
    -- the merge must find blocks 1 to 300, each once, in order
    local got = {}
    local ok, _, cpu = parallel.merge(parallel.fork(3, function(k, _, fh, counter)
      for _ = 1, 100 do parallel.send(fh, "R", tostring(k), "0", counter:claim()) end
      parallel.send(fh, "D", "", "0")
    end), function(_, payload) got[#got + 1] = payload end)
    assert.is_true(ok)
    assert.equal(300, #got)
    assert.equal(3, #cpu)
    local counter = require("kimput.core").block_counter()
    assert.equal(1, counter:claim())
    assert.equal(2, counter:claim())
  end)

  it("gives a slow worker fewer blocks and still merges them in input order", function()
    -- worker 1 sleeps before each block it takes: worker 2 claims most of them
    local got, by = {}, { 0, 0 }
    local ok = parallel.merge(parallel.fork(2, function(k, n, fh, counter)
      local takes = parallel.chooser(k, n, counter)
      for i = 1, 40 do
        if takes(i) then
          if k == 1 then os.execute("sleep 0.05") end
          parallel.send(fh, "R", "item " .. i, k, i)
        end
      end
      parallel.send(fh, "D", "", "0")
    end), function(_, payload, extra)
      got[#got + 1] = payload
      by[tonumber(extra)] = by[tonumber(extra)] + 1
    end)
    assert.is_true(ok)
    for i = 1, 40 do assert.equal("item " .. i, got[i]) end
    -- round-robin would give it 20: the other claims the blocks it would wait for
    assert.is_true(by[1] < 20, ("the slow worker took %d of 40 blocks"):format(by[1]))
  end)

  it("says a block went missing or came out of order", function()
    local ok, err = parallel.merge(parallel.spawn({ "sh", "-c", [[
      [ "${KIMPUT_WORKER%/*}" = 1 ] && printf 'R 1 0 1\nx'
      printf 'R 1 0 3\ny'; printf 'D 0 0\n'
    ]] }, 2), function() end)
    assert.is_nil(ok)
    assert.equal("worker 1 of 2 sent block 3 without block 2 before it", err)
    ok, err = parallel.merge(parallel.spawn({ "sh", "-c", [[printf 'R 1 0 1\nx'; printf 'R 1 0 1\ny']] }, 1),
      function() end)
    assert.is_nil(ok)
    assert.equal("worker 1 of 1 sent block 1 out of order", err)
    ok, err = parallel.merge(parallel.spawn({ "sh", "-c", [[printf 'E 1 0 1\nx'; printf 'D 0 0\n']] }, 1),
      function() end)
    assert.is_nil(ok)
    assert.equal("worker 1 of 1 sent its end out of order", err)
  end)

  it("says which forked worker failed: its exit status, or its error", function()
    local ok, err = parallel.merge(parallel.fork(2, function(k, n, fh)
      items_work(4)(k, n, fh)
      if k == 2 then return 3 end
    end), function() end)
    assert.is_nil(ok)
    assert.equal("worker 2 of 2 exited (exit 3)", err)
    -- an error in a worker: said on its stderr, exit status 1
    local script = os.tmpname()
    write(script, [[
      local parallel = require "kimput.parallel"
      local ok, message = parallel.merge(parallel.fork(2, function(k, _, fh)
        if k == 1 then error("no such lexicon", 0) end
        parallel.send(fh, "D", "", "0")
      end), function() end)
      print(ok, message)]])
    local out, stderr = sh("bin/kimput run " .. script)
    os.remove(script)
    assert.equal("nil\tworker 1 of 2 ended early\n", out)
    assert.matches("^kimput: worker 1 of 2: no such lexicon\nstack traceback", stderr)
  end)

  it("stops and reaps its forked workers when the merge raises", function()
    local workers = parallel.fork(2, function(_, _, fh)
      for i = 1, 1e6 do parallel.send(fh, "R", ("x"):rep(1000), 0, i) end  -- far more than a pipe holds
    end)
    local started = pids(workers)
    local ok, err = pcall(parallel.merge, workers, function() error("the output is gone", 0) end)
    assert.is_false(ok)
    assert.equal("the output is gone", err)
    for _, pid in ipairs(started) do assert.is_false(alive(pid)) end
  end)

  -- The processes whose command line names `word` (read from /proc: no
  -- external tool, which an ASan run would preload its runtime into).
  local function running(word)
    local lfs = require "lfs"
    local found = {}
    for pid in lfs.dir("/proc") do
      local fh = pid:match("^%d+$") and io.open("/proc/" .. pid .. "/cmdline", "rb")
      if fh then
        local cmdline = fh:read("a") or ""
        fh:close()
        if cmdline:find(word, 1, true) then found[#found + 1] = pid .. " " .. cmdline:gsub("%z", " ") end
      end
    end
    return found
  end

  it("stops its forked workers with it on SIGTERM and SIGINT (kimput extract -j)", function()
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir -p " .. dir))
    write(dir .. "/a.txt", article(1))
    -- the second input is a FIFO nobody writes to: the workers wait in its open
    local fifo = dir .. "/never-written-" .. math.random(1e9) .. ".fifo"
    assert(os.execute("mkfifo " .. fifo))
    for signal, status in pairs({ INT = 130, TERM = 143 }) do
      local _, err, code = sh(("timeout 60 sh -c 'bin/kimput extract -j 2 %s/a.txt %s -o %s/out.jsonl & pid=$!; "
        .. "until ls -A %s | grep -q tmp; do sleep 0.1; done; sleep 0.5; kill -%s $pid; wait $pid'"):format(
        dir, fifo, dir, dir, signal))
      assert.equal(status, code, err)
      assert.matches("stopped by SIG" .. signal, err)
      sh("sleep 0.2")
      assert.same({}, running(fifo))  -- no worker outlives the run
    end
    os.execute("rm -rf " .. dir)
  end)
end)
