-- bin/kimput extract and report: output, formats, stdin, exit codes.
local jsonl = require "kimput.writers.jsonl"
local csv = require "kimput.writers.csv"
local fake = require "fixtures.fake_features"

local sh = require("fixtures.shell").sh

local FAKE = "LUA_INIT='" .. fake.lua_init() .. "'"

local function lines(s)
  local out = {}
  for line in s:gmatch("[^\n]+") do out[#out + 1] = line end
  return out
end

local function write(path, text)
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

describe("kimput extract", function()
  it("writes one valid JSON record per sample article", function()
    local out, err, code = sh("bin/kimput extract examples/corpus --format jsonl")
    assert.equal(0, code, err)
    local recs = lines(out)
    assert.equal(5, #recs)
    for _, line in ipairs(recs) do
      local rec = assert(jsonl.decode(line))
      assert.matches("^00%d_", rec.id)
      assert.matches("^examples/corpus/", rec.path)
    end
    assert.equal("", err)  -- quiet when stderr is not a terminal
  end)

  it("records meta, dates, quotes and events as the documents offer them", function()
    local out, _, code = sh("bin/kimput extract examples/corpus/000_5be7fb4eb528f1c7.txt --published 2022-05-10", FAKE)
    assert.equal(0, code)
    local rec = jsonl.decode(out)
    assert.equal("2022-05-10", rec.published)
    assert.equal("table", type(rec.meta))
    assert.equal("table", type(rec.dates))
    assert.equal("table", type(rec.quotes))
    assert.equal("table", type(rec.events))
  end)

  it("writes CSV with a header and one row per document, or per quote", function()
    local out, _, code = sh("bin/kimput extract examples/corpus --format csv")
    assert.equal(0, code)
    local rows = csv.decode(out)
    assert.equal(6, #rows)
    assert.equal("id", rows[1][1])
    local dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir)
    write(dir .. "/a.txt", '"Kami siap, sangat siap," kata Putin.\n"Baik," kata Kim.\n')
    out, _, code = sh("bin/kimput extract " .. dir .. " --format=csv --rows quotes", FAKE)
    os.execute("rm -rf " .. dir)
    assert.equal(0, code)
    rows = csv.decode(out)
    assert.equal(3, #rows)
    assert.same({ "id", "published", "speaker", "kind", "cue", "via", "text", "start", "stop", "url", "path" }, rows[1])
    assert.equal("Putin", rows[2][3])
    assert.equal("Kami siap, sangat siap", rows[2][7])
  end)

  it("reads JSON Lines on stdin with - (a mapper for GNU parallel or Hadoop Streaming)", function()
    local path = os.tmpname()
    write(path, '{"id":"m1","url":"https://contoh.id/1","published":"2023-09-13","text":"Kim tiba."}\n' ..
      '{"id":"m2","text":"Putin menyambut."}\n')
    local out, _, code = sh("bin/kimput extract - < " .. path)
    os.remove(path)
    assert.equal(0, code)
    local recs = lines(out)
    assert.equal(2, #recs)
    local r1 = jsonl.decode(recs[1])
    assert.equal("m1", r1.id)
    assert.equal("https://contoh.id/1", r1.url)
  end)

  it("writes every good document, then fails with status 1 naming the bad ones", function()
    local path = os.tmpname()
    write(path, '{"id":"ok1","text":"Kim tiba."}\n{broken\n{"id":"bad","text":"Kim \\u0000 tiba."}\n' ..
      '{"id":"ok2","text":"Putin tiba."}\n')
    local out, err, code = sh("bin/kimput extract - /nonexistent/dir < " .. path)
    os.remove(path)
    assert.equal(1, code)
    local ids = {}
    for _, l in ipairs(lines(out)) do ids[#ids + 1] = jsonl.decode(l).id end
    assert.same({ "ok1", "bad", "ok2" }, ids)  -- a NUL byte is text, not an error
    assert.matches("2 documents failed %(3 done%)", err)
    assert.matches("stdin:2: not a JSON object", err)
    assert.matches("/nonexistent/dir: cannot open", err)
  end)

  it("writes to a file with -o", function()
    local path = os.tmpname()
    local out, _, code = sh("bin/kimput extract examples/corpus -o " .. path)
    local f = io.open(path, "rb")
    local s = f:read("a")
    f:close()
    os.remove(path)
    assert.equal(0, code)
    assert.equal("", out)
    assert.equal(5, #lines(s))
  end)

  it("writes with -j 2 and -j 3 to a file with -o the bytes, errors and status of -j 1", function()
    -- invented articles over many blocks, bad lines and an empty text in several of them
    local base, rows = os.tmpname(), {}
    local path = base .. ".jsonl"  -- JSON Lines by its name
    for i = 1, 300 do
      if i % 37 == 0 then
        rows[#rows + 1] = "{ rusak " .. i
      else
        local text = i % 53 == 0 and "" or ("Bandung - Wali kota Sari Dewi membuka pasar ke-%d pada %d Mei 2023.\n"
          .. "\"Pasar ini untuk warga,\" kata Sari kepada wartawan, Senin."):format(i, i % 28 + 1)
        rows[#rows + 1] = jsonl.encode({ id = "p" .. i, published = "2023-05-10", text = text })
      end
    end
    write(path, table.concat(rows, "\n") .. "\n")
    local function run(jobs)
      local target = os.tmpname()
      local out, err, code = sh(("bin/kimput extract -j %d %s -o %s"):format(jobs, path, target))
      local f = assert(io.open(target, "rb"))
      local s = f:read("a")
      f:close()
      os.remove(target)
      assert.equal("", out)
      return s, err, code
    end
    local s1, err1, code1 = run(1)
    assert.equal(1, code1)
    assert.matches(":37: not a JSON object", err1)
    assert.equal(300 - 8, #lines(s1))  -- 8 bad lines have no record; the empty texts have theirs
    for _, jobs in ipairs({ 2, 3 }) do
      local s, err, code = run(jobs)
      assert.equal(code1, code)
      assert.equal(err1, err)
      assert.is_true(s == s1, ("-j %d writes other bytes than -j 1"):format(jobs))
    end
    os.remove(path)
    os.remove(base)
  end)

  it("refuses bad usage with status 2 and a hint", function()
    for _, args in ipairs({ "", "--format xml examples/corpus", "--rows people examples/corpus",
      "--published 13/9/2023 examples/corpus", "--frobnicate examples/corpus", "examples/corpus --format" }) do
      local _, err, code = sh("bin/kimput extract " .. args)
      assert.equal(2, code, args)
      assert.matches("^kimput extract: ", err)
    end
  end)

  it("explains itself with --help", function()
    local out, _, code = sh("bin/kimput extract --help")
    assert.equal(0, code)
    assert.matches("--format jsonl|csv", out, 1, true)
    assert.matches("parallel --pipe", out, 1, true)
    out, _, code = sh("bin/kimput --help")
    assert.equal(0, code)
    assert.matches("extract%s+PATH", out)
  end)
end)

describe("kimput argument parsing", function()
  it("takes -oFILE, --output=FILE and -- before a path that looks like an option", function()
    local dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir)
    write(dir .. "/-kabar.txt", "Kim tiba di Vladivostok.\n")
    local out, err, code = sh("cd " .. dir .. " && " .. os.getenv("PWD") .. "/bin/kimput extract -o" ..
      dir .. "/a.jsonl -- -kabar.txt")
    assert.equal(0, code, err)
    assert.equal("", out)
    local f = assert(io.open(dir .. "/a.jsonl", "rb"))
    local rec = jsonl.decode(f:read("l"))
    f:close()
    assert.equal("-kabar", rec.id)
    out, err, code = sh("bin/kimput extract --output=" .. dir .. "/b.jsonl " .. dir)
    assert.equal(0, code, err)
    assert.equal("", out)
    f = assert(io.open(dir .. "/b.jsonl", "rb"))
    assert.equal("-kabar", jsonl.decode(f:read("l")).id)
    f:close()
    os.execute("rm -rf " .. dir)
  end)

  it("writes usage errors on stderr only, with the command's usage, and exits 2", function()
    for _, args in ipairs({ "extract", "extract --rows people x", "report", "run", "" }) do
      local out, err, code = sh("bin/kimput " .. args)
      assert.equal(2, code, args)
      assert.equal("", out, args)
      assert.matches("Usage: kimput", err, 1, true)
    end
    local _, err = sh("bin/kimput extract --rows people x")
    assert.matches("must be one of 'documents', 'quotes', 'dates', 'events'", err, 1, true)
  end)

  it("passes every argument after the script to kimput run, options included", function()
    local path = os.tmpname()
    write(path, 'print(table.concat(arg, " "))\n')
    local out, _, code = sh("bin/kimput run " .. path .. " --dev -v -- x")
    os.remove(path)
    assert.equal(0, code)
    assert.equal("--dev -v -- x\n", out)
  end)

  it("works through a symbolic link to the launcher", function()
    local dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir .. "/bin")
    os.execute("ln -s " .. os.getenv("PWD") .. "/bin/kimput " .. dir .. "/bin/kimput")
    os.execute("ln -s bin/kimput " .. dir .. "/k")  -- a relative link to a link
    local out, err, code = sh("cd / && " .. dir .. "/k extract " .. os.getenv("PWD") .. "/examples/corpus")
    os.execute("rm -rf " .. dir)
    assert.equal(0, code, err)
    assert.equal(5, #lines(out))
  end)

  it("names a bad record's id and line in the whole input, and the option that repairs it", function()
    local path = os.tmpname()
    write(path, '{"id":"a1","text":"Kim tiba."}\n\n{"id":"rusak-7","text":"Kim \xff tiba."}\n')
    local _, err, code = sh("bin/kimput extract - < " .. path)
    assert.equal(1, code)
    assert.matches("stdin:3 (id rusak-7): cannot parse: invalid UTF-8 at byte 5 of the text; " ..
      "--invalid replace repairs it", err, 1, true)
    assert.not_matches("{invalid", err, 1, true)
    local out
    out, err, code = sh("bin/kimput extract --invalid replace - < " .. path)
    assert.equal(0, code, err)
    assert.equal(2, #lines(out))
    local dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir)
    write(dir .. "/b.txt", "Baris satu.\nBaris dua.\nKim \xff tiba.\n")
    _, err, code = sh("bin/kimput extract " .. dir)
    os.execute("rm -rf " .. dir)
    os.remove(path)
    assert.equal(1, code)
    assert.matches(dir .. "/b.txt:3: cannot parse: invalid UTF-8 at byte 28 of the text; --invalid replace",
      err, 1, true)
  end)
end)

describe("kimput report", function()
  it("lists the shipped reports with --help", function()
    local out, _, code = sh("bin/kimput report --help")
    assert.equal(0, code)
    for _, name in ipairs({ "timeline", "quotes", "sources", "dates", "overview" }) do
      assert.matches("\n  " .. name .. " ", out, 1, true)
    end
  end)

  it("prints the timeline and the quotes as text", function()
    local dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir)
    write(dir .. "/a.txt", 'ANTARA | Kim mengirim surat kepada Putin pada 2023-06-12. "Terima kasih," kata Putin.\n')
    write(dir .. "/b.txt", 'Kompas | Putin mengirim surat kepada Kim pada 2022-08-15.\n')
    local out, _, code = sh("bin/kimput report timeline " .. dir, FAKE)
    assert.equal(0, code)
    assert.matches("2 events", out)
    assert.truthy(out:find("2022-08-15", 1, true) < out:find("2023-06-12", 1, true))
    out, _, code = sh("bin/kimput report quotes " .. dir, FAKE)
    assert.equal(0, code)
    assert.matches("Putin %(1%)", out)
    assert.matches('"Terima kasih"', out)
    local base = os.tmpname()
    local html = base .. ".html"
    local _, err
    _, err, code = sh("bin/kimput report overview " .. dir .. " -o " .. html, FAKE)
    assert.equal(0, code)
    assert.matches("wrote", err)
    local f = io.open(html, "rb")
    local page = f:read("a")
    f:close()
    os.remove(html)
    assert.matches('id="timeline"', page, 1, true)
    assert.matches('id="quotes-by-speaker"', page, 1, true)
    local csvfile = base .. ".csv"
    _, _, code = sh("bin/kimput report timeline " .. dir .. " -o " .. csvfile, FAKE)
    f = io.open(csvfile, "rb")
    local rows = csv.decode(f:read("a"))
    f:close()
    os.remove(csvfile)
    os.remove(base)
    os.execute("rm -rf " .. dir)
    assert.equal(0, code)
    assert.equal(3, #rows)
    assert.equal("date", rows[1][1])
  end)

  it("refuses an unknown report or format with status 2", function()
    local _, err, code = sh("bin/kimput report nosuch examples/corpus")
    assert.equal(2, code)
    assert.matches("no report named", err)
    _, _, code = sh("bin/kimput report ../../etc/passwd examples/corpus")
    assert.equal(2, code)
    _, _, code = sh("bin/kimput report timeline examples/corpus --format pdf")
    assert.equal(2, code)
    _, _, code = sh("bin/kimput report timeline")
    assert.equal(2, code)
  end)

  it("fails with status 1 when an article cannot be read, after the others", function()
    local out, err, code = sh("bin/kimput report sources examples/corpus /nonexistent.txt", FAKE)
    assert.equal(1, code)
    assert.matches("Sources of 5 articles", out)
    assert.matches("/nonexistent.txt: cannot open", err)
  end)
end)

describe("progress line", function()
  local progress = require "kimput.progress"
  it("shows documents, MB/s and ETA", function()
    local line = progress.line(120, 5e6, 10e6, 2)
    assert.matches("%[##########%.%.%.%.%.%.%.%.%.%.%]  50%%", line)
    assert.matches("120 docs", line, 1, true)
    assert.matches("2.5 MB/s", line, 1, true)
    assert.matches("ETA 0:02", line, 1, true)
    assert.equal("3 docs  0.0 MB/s", progress.line(3, 0, nil, 0))
  end)
  it("stays quiet when disabled", function()
    local buf = {}
    local sink = { write = function(_, ...) buf[#buf + 1] = table.concat({ ... }) end }
    local p = progress.new({ enabled = false, out = sink })
    p:update(1, 1)
    p:finish()
    assert.same({}, buf)
  end)
end)

describe("progress of a corpus walk", function()
  local progress = require "kimput.progress"
  local kimput = require "kimput"

  it("ends at 100% on JSON Lines input, blank and bad lines counted", function()
    local path = os.tmpname() .. ".jsonl"
    write(path, '{"text":"Satu."}\n\n{rusak\n{"text":"Dua."}\n')
    local buf = {}
    local sink = { write = function(_, ...) buf[#buf + 1] = table.concat({ ... }) end, flush = function() end }
    local c = kimput.corpus(path, { progress = progress.hook({ enabled = true, delay = 0, out = sink }) })
    for _ in c:docs() do end
    os.remove(path)
    os.remove(path:sub(1, -7))
    local all = table.concat(buf)
    assert.matches("%[####################%] 100%%  2 docs", all)
    assert.equal("\n", all:sub(-1))  -- the last state stays on screen
  end)

  it("is on stderr for report and for the corpora a run script walks, only on a terminal", function()
    local _, err, code = sh("bin/kimput report timeline examples/corpus", FAKE)
    assert.equal(0, code)
    assert.equal("", err)
    local script = os.tmpname()
    write(script, 'local c = require("kimput").corpus("examples/corpus")\n' ..
      'assert(c.progress, "no progress hook")\nprint(#c:documents())\n')
    local out
    out, err, code = sh("bin/kimput run " .. script, FAKE)
    os.remove(script)
    assert.equal(0, code, err)
    assert.equal("5\n", out)
  end)
end)

describe("kimput report as a reduce", function()
  local dir
  before_each(function()
    dir = os.tmpname()
    os.remove(dir)
    os.execute("mkdir -p " .. dir)
  end)
  after_each(function() os.execute("rm -rf " .. dir) end)

  local function read(path)
    local f = assert(io.open(path, "rb"))
    local s = f:read("a")
    f:close()
    return s
  end

  -- invented articles, as JSON Lines without ids
  local function corpus(n, letter)
    local out = {}
    for i = 1, n do
      local text = letter and ("Kompas | Kim mengirim surat kepada Putin pada 2023-06-12. Salinan %d."):format(
        i % 7) or ('Warta %d | "Kabar ke-%d baik," kata Putin. Kim mengirim surat kepada Xi pada 2023-0%d-1%d.')
        :format(i % 5, i, i % 9 + 1, i % 10)
      out[i] = jsonl.encode({ text = text, url = ("https://warta%d.example/%d"):format(i % 5, i),
                              published = ("2023-0%d-1%d"):format(i % 9 + 1, i % 10) })
    end
    local path = dir .. "/corpus.jsonl"
    write(path, table.concat(out, "\n") .. "\n")
    return path
  end

  it("reads stdin once: overview - has the timeline and the quotes", function()
    local path = corpus(30)
    local out, err, code = sh("bin/kimput report overview - < " .. path, FAKE)
    assert.equal(0, code, err)
    assert.matches("30 documents", out, 1, true)
    assert.matches("Correspondence timeline: %d+ events", out)
    assert.matches("Quotes by speaker: 30 quotes", out, 1, true)
    local whole = sh("bin/kimput report overview " .. path, FAKE)
    assert.equal(whole, out)
  end)

  it("builds every report from extract's records as from the articles", function()
    local path = corpus(40)
    local records = dir .. "/records.jsonl"
    local _, err, code = sh("bin/kimput extract " .. path .. " -o " .. records, FAKE)
    assert.equal(0, code, err)
    for _, name in ipairs({ "timeline", "quotes", "overview", "sources", "dates" }) do
      for _, ext in ipairs({ "txt", "html", "csv" }) do
        local a, b = dir .. "/a." .. ext, dir .. "/b." .. ext
        local fmt = ext == "txt" and " --format text" or ""
        assert.equal(0, select(3, sh("bin/kimput report " .. name .. " " .. path .. " -o " .. a .. fmt, FAKE)))
        assert.equal(0, select(3, sh("bin/kimput report " .. name .. " - -o " .. b .. fmt .. " < " .. records, FAKE)))
        assert.equal(read(a), read(b), name .. "." .. ext)
      end
    end
  end)

  it("merges twenty copies of one letter into one event with count 20; --unmerged lists them", function()
    local path = corpus(20, true)
    local out, err, code = sh("bin/kimput report timeline " .. path .. " --format jsonl", FAKE)
    assert.equal(0, code, err)
    local rows = lines(out)
    assert.equal(1, #rows)
    local e = jsonl.decode(rows[1])
    assert.equal(20, e.count)
    assert.equal(20, #e.sources)
    assert.equal("2023-01-18", e.first_published)
    assert.equal("2023-09-18", e.last_published)
    out = sh("bin/kimput report timeline " .. path .. " --format jsonl --unmerged", FAKE)
    assert.equal(20, #lines(out))
    assert.is_nil(jsonl.decode(lines(out)[1]).count)
  end)

  it("keeps ids distinct and stable when GNU parallel splits the input", function()
    assert.truthy(os.execute("command -v parallel >/dev/null"), "GNU parallel is missing (make deps installs it)")
    local path = corpus(1000)
    local out, err, code = sh("parallel --will-cite --pipe -k -N 250 bin/kimput extract - < " .. path, FAKE)
    assert.equal(0, code, err)
    local ids, n = {}, 0
    for _, line in ipairs(lines(out)) do
      local id = jsonl.decode(line).id
      if not ids[id] then n = n + 1 end
      ids[id] = true
    end
    assert.equal(1000, #lines(out))
    assert.equal(1000, n)
    local again = sh("bin/kimput extract - < " .. path, FAKE)
    assert.equal(again, out)
  end)

  it("gives under parallel --pipe the report of one process (the real engine)", function()
    local path = dir .. "/sample.jsonl"
    assert.truthy(os.execute("lua5.4 tools/gen-corpus.lua examples/corpus 60 " .. path))
    local one, two = dir .. "/one.html", dir .. "/two.html"
    local _, err, code = sh("bin/kimput report overview " .. path .. " -o " .. one)
    assert.equal(0, code, err)
    _, err, code = sh("parallel --will-cite --pipe -k -N 20 bin/kimput extract - < " .. path ..
      " | bin/kimput report overview - -o " .. two)
    assert.equal(0, code, err)
    local page = read(one)
    assert.equal(page, read(two))
    assert.matches("60 documents", page, 1, true)
    assert.matches('class="n">×', page, 1, true)  -- some event reported more than once
  end)
end)
