-- Nothing lost, nothing hangs: -o through a temporary file, checked writes,
-- SIGINT/SIGTERM, folder entries that are not documents, --max-bytes.
-- Every command runs under timeout(1), so a regression fails instead of hanging.
local output = require "kimput.output"
local corpus = require "kimput.corpus"
local fake = require "fixtures.fake_features"
local shell = require "fixtures.shell"

local FAKE = "LUA_INIT='" .. fake.lua_init() .. "'"
local ARTICLE = "Kabar Contoh | Jakarta\n\nMenteri Budi mengirim surat kepada Ani pada 2023-05-09.\n"

local files = require "fixtures.files"
local sh, write, read = shell.sh, files.write, files.read

-- A fresh folder with n invented articles; returns its path.
local function folder(n)
  local dir = files.tmpdir()
  for i = 1, n do write(("%s/a%03d.txt"):format(dir, i), ARTICLE) end
  return dir
end

local function entries(dir)
  local p = io.popen("ls -A " .. dir)
  local names = p:read("a")
  p:close()
  return names
end

describe("kimput -o FILE", function()
  local dir
  before_each(function() dir = folder(2) end)
  after_each(function() files.rmdir(dir) end)

  it("replaces the file only at the end, through a temporary file in the same folder", function()
    local target = dir .. "/out.jsonl"
    write(target, "old\n")
    local _, err, code = sh("timeout 60 bin/kimput extract " .. dir .. " -o " .. target, FAKE)
    assert.equal(0, code, err)
    local text = read(target)
    assert.not_equal("old\n", text)
    assert.equal(2, select(2, text:gsub("\n", "")))
    assert.not_matches("tmp", entries(dir))  -- no temporary file left
  end)

  it("leaves the old file untouched and exits 130 or 143 when stopped by SIGINT or SIGTERM", function()
    -- the second input is a FIFO nobody writes to: the run is certainly in progress
    local fifo = dir .. "/wait.fifo"
    assert(os.execute("mkfifo " .. fifo))
    local target = dir .. "/out.jsonl"
    for signal, status in pairs({ INT = 130, TERM = 143 }) do
      write(target, "old\n")
      -- the signal goes once the temporary output exists (the handlers come right after)
      local _, err, code = sh(("timeout 60 sh -c 'bin/kimput extract %s/a001.txt %s -o %s & pid=$!; "
        .. "until ls -A %s | grep -q tmp; do sleep 0.1; done; sleep 0.5; kill -%s $pid; wait $pid'"):format(
        dir, fifo, target, dir, signal), FAKE)
      assert.equal(status, code, err)
      assert.matches("stopped by SIG" .. signal, err)
      assert.not_matches("failed", err)  -- not recorded as a document's failure
      assert.equal("old\n", read(target))
      assert.not_matches("%.tmp%-", entries(dir))
    end
  end)

  it("reports a full disk and exits 3 instead of saying it wrote", function()
    local _, err, code = sh("timeout 60 bin/kimput extract " .. dir .. " -o /dev/full", FAKE)
    assert.equal(output.EXIT_OUTPUT, code)
    assert.matches("cannot write /dev/full: No space left on device", err)
    _, err, code = sh("timeout 60 bin/kimput report timeline " .. dir .. " -o /dev/full", FAKE)
    assert.equal(output.EXIT_OUTPUT, code)
    assert.not_matches("wrote", err)
    -- stdout on a full disk too
    _, err, code = sh("timeout 60 bin/kimput extract " .. dir .. " > /dev/full", FAKE)
    assert.equal(output.EXIT_OUTPUT, code)
    assert.matches("stdout", err)
  end)

  it("refuses an unwritable -o before reading any document", function()
    -- a FIFO as input would block the run: the check must come first
    local fifo = dir .. "/wait.fifo"
    assert(os.execute("mkfifo " .. fifo))
    for _, cmd in ipairs({ "extract", "report timeline" }) do
      local _, err, code = sh(("timeout 20 bin/kimput %s %s -o %s/no/such/folder/out.csv"):format(cmd, fifo, dir), FAKE)
      assert.equal(output.EXIT_OUTPUT, code, err)
      assert.matches("does not exist", err)
    end
    assert(os.execute("chmod 500 " .. dir))
    if os.execute("touch " .. dir .. "/probe 2>/dev/null") then  -- root writes anywhere
      os.remove(dir .. "/probe")
    else
      local _, err, code = sh(("timeout 20 bin/kimput extract %s -o %s/out.jsonl"):format(fifo, dir), FAKE)
      assert.equal(output.EXIT_OUTPUT, code, err)
    end
    os.execute("chmod 700 " .. dir)
  end)

  it("follows a link to the file it points at and keeps the link", function()
    local real = dir .. "/real.jsonl"
    write(real, "old\n")
    assert(os.execute("ln -s real.jsonl " .. dir .. "/link.jsonl"))
    local _, err, code = sh(("timeout 60 bin/kimput extract %s/a001.txt -o %s/link.jsonl"):format(dir, dir), FAKE)
    assert.equal(0, code, err)
    assert.matches('"id":"a001"', read(real))
    assert.equal("real.jsonl\n", select(1, sh("readlink " .. dir .. "/link.jsonl")))
  end)
end)

describe("kimput.output", function()
  it("keeps the first write error and skips the rest", function()
    local out = assert(output.open("/dev/full"))
    for _ = 1, 2000 do out:write(("x"):rep(100), "\n") end
    local ok, err = out:commit()
    assert.is_nil(ok)
    assert.matches("No space left", err)
  end)

  it("abort deletes the temporary file and keeps the old one", function()
    local dir = folder(0)
    local target = dir .. "/keep.txt"
    write(target, "old")
    local out = assert(output.open(target))
    out:write("new")
    out:abort()
    assert.equal("old", read(target))
    assert.equal("keep.txt\n", entries(dir))
    files.rmdir(dir)
  end)

  it("refuses a folder as the target", function()
    local out, err = output.open("/tmp")
    assert.is_nil(out)
    assert.matches("is a directory", err)
  end)
end)

describe("folder entries that are not documents", function()
  local dir
  before_each(function() dir = folder(1) end)
  after_each(function() files.rmdir(dir) end)

  it("makes a dangling link and a FIFO error records instead of losing them or hanging", function()
    assert(os.execute("ln -s " .. dir .. "/gone.txt " .. dir .. "/dangling.txt"))
    assert(os.execute("mkfifo " .. dir .. "/pipe.txt"))
    local out, err, code = sh("timeout 60 bin/kimput extract " .. dir, FAKE)
    assert.equal(1, code)
    assert.equal(1, select(2, out:gsub("\n", "")))  -- the real article is written
    assert.matches("dangling%.txt: cannot read: .*dangling link", err)
    assert.matches("pipe%.txt: cannot read: not a regular file", err)
    assert.matches("2 documents failed %(1 done%)", err)
  end)

  it("gives the same error records to kimput.corpus", function()
    assert(os.execute("mkfifo " .. dir .. "/pipe.txt"))
    local c = corpus.open(dir)
    local n = 0
    for _ in c:docs() do n = n + 1 end
    assert.equal(1, n)
    local errors = c:errors()
    assert.equal(1, #errors)
    assert.equal("pipe", errors[1].id)
  end)
end)

describe("--max-bytes", function()
  local dir
  before_each(function() dir = folder(1) end)
  after_each(function() files.rmdir(dir) end)

  it("makes a larger file an error record, unread, and goes on", function()
    write(dir .. "/big.txt", ("kata "):rep(1000))
    local out, err, code = sh("timeout 60 bin/kimput extract " .. dir .. " --max-bytes 2K", FAKE)
    assert.equal(1, code)
    assert.equal(1, select(2, out:gsub("\n", "")))
    assert.matches("big%.txt: larger than the limit of 2048 bytes %(5000 bytes", err)
  end)

  it("makes a longer JSON line an error record and reads the lines after it", function()
    local path = dir .. "/feed.jsonl"
    write(path, '{"id":"a","text":"pendek"}\n{"id":"b","text":"' .. ("x"):rep(200000) .. '"}\n'
      .. '{"id":"c","text":"juga pendek"}\n')
    local c = corpus.open(path, { max_bytes = "100K" })
    local ids = {}
    for _, info in c:docs() do ids[#ids + 1] = info.id end
    assert.same({ "a", "c" }, ids)
    local errors = c:errors()
    assert.equal(1, #errors)
    assert.equal(path .. ":2", errors[1].source)
    assert.matches("record larger than the limit of 102400 bytes", errors[1].reason)
  end)

  it("passes over a longer line on stdin, in every walk of the corpus", function()
    local path = dir .. "/feed.jsonl"
    write(path, '{"id":"a","text":"pendek"}\n{"id":"b","text":"' .. ("x"):rep(5000) .. '"}\n'
      .. '{"id":"c","text":"juga pendek"}\n')
    local stdin = assert(io.open(path, "rb"))
    local c = corpus.open("-", { max_bytes = "1K", stdin = stdin })
    for _ = 1, 2 do  -- the second walk reads the copy of stdin
      local ids = {}
      for _, info in c:docs() do ids[#ids + 1] = info.id end
      assert.same({ "a", "c" }, ids)
    end
    stdin:close()
    assert.equal(1, #c:errors())
    assert.equal("stdin:2", c:errors()[1].source)
  end)

  it("reads a FIFO given by name only up to the limit", function()
    local fifo = dir .. "/feed.fifo"
    assert(os.execute("mkfifo " .. fifo))
    local _, err, code = sh(("timeout 60 sh -c 'head -c 3000000 /dev/zero | tr \"\\0\" a > %s & "
      .. "bin/kimput extract %s --max-bytes 1M; s=$?; wait; exit $s'"):format(fifo, fifo), FAKE)
    assert.equal(1, code, err)
    assert.matches("larger than the limit of 1048576 bytes", err)
  end)

  it("takes sizes with units and refuses anything else", function()
    assert.equal(20 * 1024 * 1024, corpus.MAX_BYTES)
    assert.equal(512 * 1024, corpus.parse_size("512K"))
    assert.equal(3 * 1024 ^ 3, corpus.parse_size("3GiB"))
    assert.equal(1500, corpus.parse_size(1500))
    assert.is_nil(corpus.parse_size("lots"))
    assert.is_nil(corpus.parse_size(-1))
    assert.has_error(function() corpus.open(dir, { max_bytes = "10 apples" }) end)
    local _, err, code = sh("bin/kimput extract " .. dir .. " --max-bytes 0")
    assert.equal(2, code)
    assert.matches("max_bytes", err)
  end)
end)

describe("out:copy", function()
  local function source(text)
    local fh = io.tmpfile()
    fh:write(text)
    fh:seek("set", 0)
    return fh
  end

  it("copies n bytes of a file handle to the output and leaves the rest to read", function()
    local path = os.tmpname()
    local out = assert(output.open(path))
    local src = source("first part|second part")
    assert.equal(10, out:copy(src, 10))
    assert.equal("|", src:read(1))
    out:write("+")
    assert.equal(11, out:copy(src, 50))  -- the source ends first: the bytes it had
    assert.is_true(out:commit())
    assert.equal("first part+second part", files.read(path))
    src:close()
    os.remove(path)
  end)

  it("still reads the bytes after a write error, and keeps the error", function()
    local out = assert(output.open("/dev/full"))
    local src = source(string.rep("x", 200000) .. "next")
    assert.equal(200000, out:copy(src, 200000))
    assert.equal("next", src:read("a"))  -- the source stayed in step
    local ok, err = out:commit()
    assert.is_nil(ok)
    assert.matches("No space left on device", err)
    src:close()
  end)

  it("refuses a closed file and a negative count", function()
    local out = assert(output.open(os.tmpname()))
    local src = source("abc")
    assert.has_error(function() out:copy(src, -1) end)
    src:close()
    assert.has_error(function() out:copy(src, 1) end)
    out:abort()
  end)
end)
