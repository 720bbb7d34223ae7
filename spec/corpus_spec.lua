-- kimput.corpus: sources, lazy documents, error records, queries and Rows.
local kimput = require "kimput"
local query = require "kimput.query"
local fake = require "fixtures.fake_features"

local files = require "fixtures.files"
local write, tmpdir, rmdir = files.write, files.tmpdir, files.rmdir

-- Invented articles in the style of Indonesian online news.
local A = 'Lampost.co | Presiden Rusia Vladimir Putin menerima ucapan selamat.\n' ..
  '"Hubungan kedua negara akan terus berkembang," kata Putin di Moskow pada 2023-09-13.\n' ..
  'Sebelumnya, Kim mengirim surat kepada Putin pada 2023-06-12.\n'
local B = 'ANTARA | Menteri Luar Negeri Korea Utara tiba di Moskow.\n' ..
  '"Kami datang untuk memperkuat kerja sama," kata Choe kepada wartawan.\n' ..
  '"Persahabatan ini tidak tergoyahkan," kata Kim dalam pidatonya pada 2022-05-09.\n'
local C = 'Kompas | Putin mengirim surat kepada Kim pada 2022-08-15 untuk Hari Pembebasan.\n'

describe("kimput.corpus sources", function()
  local dir
  before_each(function()
    dir = tmpdir()
    assert(os.execute("mkdir -p '" .. dir .. "/2023/09' '" .. dir .. "/.hidden'"))
    write(dir .. "/b.txt", B)
    write(dir .. "/2023/09/a.txt", A)
    write(dir .. "/c.TXT", C)
    write(dir .. "/notes.md", "not an article")
    write(dir .. "/.hidden/x.txt", "skipped")
  end)
  after_each(function() rmdir(dir) end)

  it("reads a folder of .txt files recursively, in sorted order, with ids and paths", function()
    local ids, paths = {}, {}
    for doc, info in kimput.corpus(dir):docs() do
      ids[#ids + 1] = info.id
      paths[#paths + 1] = doc:options().path
      assert.equal(info.id, doc:id())
    end
    assert.same({ "2023/09/a", "b", "c" }, ids)
    assert.equal(dir .. "/2023/09/a.txt", paths[1])
  end)

  it("accepts a trailing slash and a list mixing folders and files", function()
    local ids = {}
    for _, info in kimput.corpus({ dir .. "/", dir .. "/b.txt" }):docs() do ids[#ids + 1] = info.id end
    assert.same({ "2023/09/a", "b", "c", "b" }, ids)
  end)

  it("reads JSON Lines lazily with id, url and published, and records bad lines", function()
    local path = dir .. "/feed.jsonl"
    write(path, table.concat({
      '{"id": "x1", "url": "https://contoh.co.id/x1", "published": "2023-09-13 10:15:00+07:00", "text": "Putin tiba."}',
      "",
      "{not json",
      '{"id": "x3", "text": 42}',
      '{"id": "x4", "published": "kemarin", "text": "Kim tiba."}',
      '{"text": "Tanpa id."}',
    }, "\n") .. "\n")
    local c = kimput.corpus(path)
    local seen = {}
    for doc, info in c:docs() do
      seen[#seen + 1] = info
      assert.equal(info.url, doc:options().url)
    end
    assert.equal(2, #seen)
    assert.equal("x1", seen[1].id)
    assert.equal("https://contoh.co.id/x1", seen[1].url)
    assert.equal("2023-09-13T10:15:00", seen[1].published)
    -- no id: a hash of the text, the same wherever the line is read
    assert.equal(kimput.corpus.sources.text_id("Tanpa id."), seen[2].id)
    assert.matches("^%x+$", seen[2].id)
    assert.equal(16, #seen[2].id)
    local errors = c:errors()
    assert.equal(3, #errors)
    assert.equal(path .. ":3", errors[1].source)
    assert.matches("not a JSON object", errors[1].reason)
    assert.equal("x3", errors[2].id)
    assert.matches("no \"text\"", errors[2].reason)
    assert.matches("published must be an ISO date", errors[3].reason)
  end)

  it("splits lines across read blocks, passing over those longer than the limit", function()
    local sources = require "kimput.sources"
    local long = ("x"):rep(70000)  -- longer than a block of reading
    local lines = { "a\n", long .. "\n", "\r\n", ("y"):rep(100) .. "\n", ("z"):rep(101) .. "\n", "last" }
    local path = dir .. "/lines.txt"
    write(path, table.concat(lines))
    local got = {}
    local fh = assert(io.open(path, "rb"))
    for line, size in sources.bounded_lines(fh, 100) do got[#got + 1] = line or ("skipped " .. size) end
    fh:close()
    assert.same({ "a\n", "skipped 70000", "\r\n", ("y"):rep(100) .. "\n", "skipped 101", "last" }, got)
    got = {}
    fh = assert(io.open(path, "rb"))
    for line in sources.bounded_lines(fh, math.maxinteger) do got[#got + 1] = line end
    fh:close()
    assert.same(lines, got)
  end)

  it("offers every line but blank ones to take, and passes over those it refuses", function()
    local sources = require "kimput.sources"
    -- a line longer than a block of reading, and lines at the limit: the slow path
    local long = ("x"):rep(70000)
    local lines = { "a\n", long .. "\n", " \t\r\n", ("y"):rep(100) .. "\n", ("z"):rep(101) .. "\n", "b\n", "last" }
    local path = dir .. "/offered.txt"
    write(path, table.concat(lines))
    for _, refuse in ipairs({ true, false }) do
      local offers, got = {}, {}
      local function take(bytes)
        offers[#offers + 1] = bytes
        return not refuse
      end
      local fh = assert(io.open(path, "rb"))
      for line, size in sources.bounded_lines(fh, 100, take) do
        got[#got + 1] = line == true and ("passed " .. size) or line or ("skipped " .. size)
      end
      fh:close()
      assert.same({ 2, 70000, 101, 101, 2, 4 }, offers)
      if refuse then
        assert.same({ "passed 2", "passed 70000", " \t\r\n", "passed 101", "passed 101", "passed 2", "passed 4" }, got)
      else
        assert.same({ "a\n", "skipped 70000", " \t\r\n", ("y"):rep(100) .. "\n", "skipped 101", "b\n", "last" }, got)
      end
    end
  end)

  it("finds the same lines whatever the block of reading (core.line_reader)", function()
    local core = require "kimput.core"
    local text = table.concat({
      '{"id":"k1","text":"Kim tiba."}\n', "\n", "  \t\r\n", ("w"):rep(9) .. "\n", ("v"):rep(10) .. "\n",
      ("u"):rep(11) .. "\n", "\v\f\n", '{"id":"k2"}\n', ("t"):rep(25), })
    local path = dir .. "/blocks.jsonl"
    write(path, text)
    -- the lines as reading the whole text at once says them: a line over
    -- the limit as "over N", one take refuses as "passed N"
    local function expected(limit, take)
      local out, pos = {}, 1
      while pos <= #text do
        local nl = text:find("\n", pos, true) or #text
        local line = text:sub(pos, nl)
        pos = nl + 1
        local content = #line - (line:sub(-1) == "\n" and 1 or 0)
        if content > limit then
          out[#out + 1] = (take and not take(content) and "passed " or "over ") .. content
        elseif take and line:find("%S") and not take(#line) then
          out[#out + 1] = "passed " .. #line
        else
          out[#out + 1] = line
        end
      end
      return out
    end
    local function read(limit, take, block)
      local fh = assert(io.open(path, "rb"))
      local reader, out = core.line_reader(fh, limit, take, block), {}
      while true do
        local line, size = reader:next()
        if line == nil then break end
        out[#out + 1] = line == true and "passed " .. size or line == false and "over " .. size or line
      end
      assert.is_nil(reader:next())  -- the end stays the end
      fh:close()
      return out
    end
    local function every_other()  -- refuses one offer in two
      local n = 0
      return function()
        n = n + 1
        return n % 2 == 0
      end
    end
    for _, limit in ipairs({ 0, 9, 10, 24, 25, 1000 }) do
      for _, block in ipairs({ 1, 2, 3, 7, 16, 64, 65536 }) do
        assert.same(expected(limit), read(limit, nil, block), "limit " .. limit .. ", block " .. block)
        assert.same(expected(limit, every_other()), read(limit, every_other(), block),
          "with take, limit " .. limit .. ", block " .. block)
      end
    end
  end)

  it("says a read error as the end of the lines", function()
    local core = require "kimput.core"
    local fh = assert(io.open(dir, "rb"))  -- a folder opens, and its read fails
    local reader = core.line_reader(fh, 100)
    local line, err = reader:next()
    assert.is_nil(line)
    assert.is_string(err)
    assert.is_nil(reader:next())
    fh:close()
    assert.is_nil(reader:next())  -- still the end: the file is not read again
    assert.has_error(function() core.line_reader(fh, 100):next() end, "attempt to use a closed file")
  end)

  it("reads stdin once: a second walk reads what the first one kept", function()
    local path = dir .. "/in.jsonl"
    write(path, '{"id":"s1","text":"Kim tiba."}\n{"id":"s2","text":"Putin menyambut."}\n')
    local fh = assert(io.open(path, "rb"))
    local c = kimput.corpus("-", { stdin = fh })
    local first, second = {}, {}
    for _, info in c:docs() do first[#first + 1] = info.id end
    for _, info in c:docs() do second[#second + 1] = info.id end
    -- a walk left early, then a full one: nothing lost, nothing twice
    local fh2 = assert(io.open(path, "rb"))
    local c2 = kimput.corpus("-", { stdin = fh2 })
    local next_doc = c2:docs()
    next_doc()  -- one document, then the walk is left
    local third = {}
    for _, info in c2:docs() do third[#third + 1] = info.id end
    fh:close()
    fh2:close()
    assert.same({ "s1", "s2" }, first)
    assert.same(first, second)
    assert.same(first, third)
  end)

  it("offers stdin's lines to take as a file's, blank ones excepted", function()
    local path = dir .. "/in.jsonl"
    write(path, '{"id":"s1","text":"Kim tiba."}\n\n{"id":"s2","text":"Putin menyambut."}\n'
      .. '{"id":"s3","text":"Ia pulang."}\n')
    local fh = assert(io.open(path, "rb"))
    local c = kimput.corpus("-", { stdin = fh })
    local offers, ids = {}, {}
    for item in c:items(function(bytes)
      offers[#offers + 1] = bytes
      return #offers ~= 2
    end) do ids[#ids + 1] = item.id or (item.skip and "blank") end
    fh:close()
    assert.same({ 31, 38, 32 }, offers)
    assert.same({ "s1", "blank", "s3" }, ids)
  end)

  it("reads JSON Lines from stdin with -", function()
    local path = dir .. "/in.jsonl"
    write(path, '{"id":"s1","text":"Kim tiba di Vladivostok."}\r\n{"id":"s2","text":"Putin menyambut."}\r\n')
    local fh = assert(io.open(path, "rb"))
    local ids = {}
    for _, info in kimput.corpus("-", { stdin = fh }):docs() do ids[#ids + 1] = info.id end
    fh:close()
    assert.same({ "s1", "s2" }, ids)
  end)

  it("turns unreadable and unparsable files into error records and goes on", function()
    write(dir .. "/bad.txt", "Kim \xff\xfe tiba.")
    local c = kimput.corpus({ dir .. "/missing.txt", dir .. "/bad.txt", dir .. "/b.txt", dir .. "/nodir/" })
    local ids = {}
    for _, info in c:docs() do ids[#ids + 1] = info.id end
    assert.same({ "b" }, ids)
    local errors = c:errors()
    assert.equal(3, #errors)
    assert.matches("cannot open", errors[1].reason)
    assert.matches("invalid UTF%-8 at byte 5", errors[2].reason)
    assert.equal(dir .. "/bad.txt", errors[2].source)
    -- repaired on request
    local repaired = kimput.corpus(dir .. "/bad.txt", { invalid = "replace" })
    for doc in repaired:docs() do assert.matches("\u{FFFD}", doc:text()) end
    assert.same({}, repaired:errors())
  end)

  it("gives the corpus-wide reference date to documents that carry none", function()
    for doc, info in kimput.corpus(dir .. "/b.txt", { published = "2023-09-13" }):docs() do
      assert.equal("2023-09-13", info.published)
      assert.equal("2023-09-13", doc:options().published)
    end
  end)

  it("sums the sizes of what it will read, for progress bars", function()
    assert.equal(#A + #B + #C, kimput.corpus(dir):total_bytes())
    assert.is_nil(kimput.corpus("-"):total_bytes())
  end)

  it("tells a progress hook of every item, the bytes reaching the size of the input", function()
    local path = dir .. "/feed.jsonl"
    write(path, '{"id":"a","text":"Satu."}\n{not json\n\n{"id":"b","text":"Dua \\u00e9."}\n')
    local calls = {}
    local c = kimput.corpus(path, { progress = function(docs, bytes, total, finished)
      calls[#calls + 1] = { docs, bytes, total, finished }
    end })
    for _ in c:docs() do end
    local last = calls[#calls]
    assert.is_true(last[4])
    assert.equal(2, last[1])
    local size = #'{"id":"a","text":"Satu."}\n{not json\n\n{"id":"b","text":"Dua \\u00e9."}\n'
    assert.equal(size, last[3])
    assert.equal(size, last[2])
    assert.equal(size, calls[#calls - 1][2])
    assert.has_error(function() c:on_progress(42) end)
    assert.has_error(function() kimput.corpus(path, { progress = "yes" }) end)
  end)

  it("rejects bad arguments with clear errors", function()
    assert.has_error(function() kimput.corpus(42) end, "kimput.corpus: give a path or a list of paths (got number)")
    assert.has_error(function() kimput.corpus({}) end, "kimput.corpus: no paths given")
    assert.has_error(function() kimput.corpus({ "a", 3 }) end, "kimput.corpus: path 2 is not a string")
    assert.has_error(function() kimput.corpus("x", { published = "13/9/2023" }) end)
    assert.has_error(function() kimput.corpus("x", { invalid = "ignore" }) end)
  end)

  it("normalizes the date forms JSON feeds use", function()
    local n = kimput.corpus.normalize_published
    assert.equal("2023-09-13", n("2023-09-13"))
    assert.equal("2023-09-13T10:15", n("2023-09-13T10:15"))
    assert.equal("2023-09-13T10:15:30", n("2023-09-13T10:15:30.250Z"))
    assert.equal("2023-09-13T10:15:30", n("2023-09-13 10:15:30 +0700"))
    assert.equal("Rabu, 13 September", n("Rabu, 13 September"))
    assert.is_nil(n("  "))
  end)
end)

describe("corpus documents", function()
  it("are released as the walk goes on: memory stays flat", function()
    local base = os.tmpname()
    local path = base .. ".jsonl"
    local f = assert(io.open(path, "wb"))
    local text = ("Kim Jong Un mengirim surat kepada Putin. "):rep(50)
    for i = 1, 3000 do f:write(('{"id":"d%d","text":"%s"}\n'):format(i, text)) end
    f:close()
    local c = kimput.corpus(path)
    local at = {}
    local n = 0
    c:each(function(doc)
      n = n + 1
      assert.is_true(doc:token_count() > 0)
      if n == 1000 or n == 3000 then
        collectgarbage()
        at[n] = collectgarbage("count")
      end
    end)
    os.remove(path)
    os.remove(base)
    assert.equal(3000, n)
    assert.is_true(at[3000] < at[1000] * 1.5, ("Lua heap grew from %.0f KB to %.0f KB"):format(at[1000], at[3000]))
  end)

  it("record an error thrown by an each() function and go on", function()
    local base = os.tmpname()
    local path = base .. ".ndjson"
    write(path, '{"id":"a","text":"Satu."}\n{"id":"b","text":"Dua."}\n')
    local c = kimput.corpus(path)
    local n = 0
    c:each(function(_, info)
      n = n + 1
      if info.id == "a" then error("laporan gagal") end
    end)
    os.remove(path)
    os.remove(base)
    assert.equal(2, n)
    assert.equal(1, #c:errors())
    assert.equal("a", c:errors()[1].id)
    assert.matches("laporan gagal", c:errors()[1].reason)
  end)
end)

describe("corpus queries", function()
  local dir, c
  setup(function()
    fake.install()
    dir = tmpdir()
    write(dir .. "/a.txt", A)
    write(dir .. "/b.txt", B)
    write(dir .. "/c.txt", C)
  end)
  teardown(function()
    fake.restore()
    rmdir(dir)
  end)
  before_each(function() c = kimput.corpus(dir, { published = "2023-09-14" }) end)

  it("quotes: every quote with its document's fields", function()
    local q = c:quotes()
    assert.equal(3, #q)
    assert.equal("Hubungan kedua negara akan terus berkembang", q[1].text)
    assert.equal("a", q[1].id)
    assert.equal("Lampost.co", q[1].outlet)
    assert.equal("2023-09-14", q[1].date)
    assert.equal(dir .. "/a.txt", q[1].path)
    assert.equal(q[1].text, A:sub(q[1].start, q[1].stop))
  end)

  it("quotes{speaker =} matches the full name or one word of it, any case", function()
    assert.equal(1, #c:quotes({ speaker = "putin" }))
    assert.equal(2, #c:quotes({ speaker = { "Kim", "Choe" } }))
    assert.equal(0, #c:quotes({ speaker = "Shoigu" }))
  end)

  it("quotes{contains =} is plain and case-insensitive", function()
    local q = c:quotes({ contains = "KERJA SAMA" })
    assert.equal(1, #q)
    assert.equal("Choe", q[1].speaker)
    assert.equal(0, #c:quotes({ contains = "(" }))
  end)

  it("events{party =, from =, to =} select by either party and by date overlap", function()
    assert.equal(2, #c:events())
    assert.equal(2, #c:events({ party = "Kim" }))
    local e = c:events({ sender = "Kim", from = "2023", to = "2023-06-30" })
    assert.equal(1, #e)
    assert.equal("2023-06-12", e[1].date)
    assert.equal(0, #c:events({ from = "2023-07" }))
    assert.equal(1, #c:events({ from = "2022-08-15", to = "2022-08-15" }))
    assert.has_error(function() c:events({ from = "kemarin" }) end)
  end)

  it("dates{kind =, from =} and any field by value, list or function", function()
    local d = c:dates({ kind = "date" })
    assert.equal(4, #d)
    assert.equal(d[1].value, d[1].date)
    assert.equal(2, #c:dates({ from = "2023" }))
    assert.equal(1, #c:dates({ value = { "2022-05-09", "1999-01-01" } }))
    assert.equal(3, #c:dates({ id = function(id) return id ~= "b" end }))
  end)

  it("documents: one row per article, meta flattened", function()
    local docs = c:documents({ outlet = "ANTARA" })
    assert.equal(1, #docs)
    assert.equal("b", docs[1].id)
    assert.same({ "AFP" }, docs[1].sources)
    assert.equal(#B, docs[1].bytes)
  end)

  it("kwic: matches with context, plain or pattern, case folded on request", function()
    local k = c:kwic("surat", { width = 10, plain = true })
    assert.equal(2, #k)
    assert.equal("surat", k[1].match)
    assert.equal(" mengirim ", k[1].left)
    assert.equal(" kepada Pu", k[1].right)
    assert.equal("surat", A:sub(k[1].start, k[1].stop))
    assert.equal(3, #c:kwic("kata %u%a+"))
    assert.equal(0, #c:kwic("PUTIN", { plain = true }))
    assert.equal(4, #c:kwic("PUTIN", { plain = true, ignore_case = true }))
  end)

  it("kwic: counts context in characters, keeps UTF-8 whole, stays in the body", function()
    -- (sentences long enough to count as article body for page cleaning)
    local path = os.tmpname()
    write(path, "Presiden Korea Utara menulis—“Putin”—ÄÖ dalam surat yang dikirim ke Moskow pada hari Rabu.\n" ..
      "Surat itu dibacakan oleh kantor berita KCNA dalam siaran pagi untuk rakyat Korea Utara.\n")
    local k = kimput.corpus(path):kwic("Putin", { width = 2, plain = true })
    assert.equal(1, #k)
    assert.equal("—“", k[1].left)
    assert.equal("”—", k[1].right)
    local k2 = kimput.corpus(path):kwic("surat", { width = 5, plain = true, ignore_case = true })
    os.remove(path)
    assert.equal(2, #k2)
    -- context stays inside the body span; a line break inside one shows as a space
    assert.is_nil(k2[2].left:find("\n"))
    assert.truthy(k2[2].left == "" or k2[2].left:sub(-6) == "Rabu. ", k2[2].left)
  end)

  it("kwic: an empty-matching pattern ends, a bad pattern is a clear error", function()
    assert.equal(0, #c:kwic("x*"))
    assert.has_error(function() c:kwic("[a") end)
    assert.has_error(function() c:kwic("") end,
      "corpus:kwic: pattern must be a non-empty string (a Lua pattern) or a kimput.rule")
    assert.has_error(function() c:kwic("a", { width = -1 }) end)
  end)

  it("say which feature is missing from the build", function()
    fake.restore()
    local had = type(kimput.Document.events) == "function"
    local ok, err = pcall(c.events, c)
    fake.install()
    if not had then
      assert.is_false(ok)
      assert.matches("no doc:events%(%)", err)
    end
  end)

  it("read the records kimput extract writes as they read the articles (a reduce)", function()
    local jsonl = require "kimput.writers.jsonl"
    local path = os.tmpname() .. ".jsonl"
    local f = assert(io.open(path, "wb"))
    for rec in c:records() do f:write(jsonl.encode(rec), "\n") end
    f:close()
    local r = kimput.corpus(path, { published = "1999-01-01" })
    for _, kind in ipairs({ "quotes", "dates", "events", "documents" }) do
      local a, b = c[kind](c), r[kind](r)
      assert.equal(#a, #b, kind)
      for i = 1, #a do assert.same(a[i], b[i]) end
    end
    assert.same({}, r:errors())
    -- no text to parse in a record: documents and kwic say so
    for _ in r:docs() do error("a record is not a document") end
    assert.matches("extraction record holds no text", r:errors()[1].reason)
    os.remove(path)
    os.remove(path:sub(1, -7))
  end)

  it("query: several kinds in one walk; merged events and quotes", function()
    local n = 0
    c:on_progress(function(_, _, _, finished) if finished then n = n + 1 end end)
    local r = c:query({ quotes = { speaker = "Kim" }, events = true, documents = { outlet = "Kompas" } })
    assert.equal(1, n)
    assert.equal(1, #r.quotes)
    assert.equal(2, #r.events)
    assert.equal(1, #r.documents)
    assert.has_error(function() c:query({ tokens = true }) end)
    assert.equal(2, #c:merged_events())
    assert.equal(1, c:merged_quotes({ speaker = "Putin" })[1].count)
  end)

  it("record: the extraction record of one document", function()
    local doc = kimput.parse(A, { published = "2023-09-14", id = "a" })
    local rec = kimput.corpus.record(doc, { id = "a", path = "a.txt" })
    assert.equal("a", rec.id)
    assert.equal("2023-09-14", rec.published)
    assert.equal("Lampost.co", rec.meta.outlet)
    assert.equal(2, #rec.dates)
    assert.equal(1, #rec.quotes)
    assert.equal(1, #rec.events)
  end)
end)

describe("Rows helpers", function()
  local rows
  before_each(function()
    rows = query.rows({
      { speaker = "Vladimir Putin", date = "2023-09-13", n = 1 },
      { speaker = "Kim Jong-un", date = "2022-05-09", n = 2 },
      { speaker = nil, date = "2023", n = 3 },
      { speaker = "Vladimir Putin", date = nil, n = 4 },
      { speaker = "Choe Son Hui", date = "2023-09-13", n = 5 },
    })
  end)

  it("sort by several keys, descending with -, nil last, stable", function()
    local order = {}
    for i, r in ipairs(rows:sort("date")) do order[i] = r.n end
    assert.same({ 2, 3, 1, 5, 4 }, order)
    for i, r in ipairs(rows:sort("-date", "-n")) do order[i] = r.n end
    assert.same({ 5, 1, 3, 2, 4 }, order)
    for i, r in ipairs(rows:sort(function(a, b) return a.n > b.n end)) do order[i] = r.n end
    assert.same({ 5, 4, 3, 2, 1 }, order)
    assert.has_error(function() rows:sort() end)
  end)

  it("group_by keeps first-seen order and puts keyless rows last", function()
    local g = rows:group_by("speaker")
    assert.equal(4, #g)
    assert.equal("Vladimir Putin", g[1].key)
    assert.equal(2, #g[1].rows)
    assert.is_nil(g[4].key)
    local by_year = rows:group_by(function(r) return r.date and r.date:sub(1, 4) end)
    assert.equal("2023", by_year[1].key)
    assert.equal(3, #by_year[1].rows)
  end)

  it("count: most frequent first, then by key", function()
    local n = rows:count("speaker")
    assert.same({ key = "Vladimir Putin", count = 2 }, n[1])
    assert.equal("Choe Son Hui", n[2].key)
  end)

  it("where chains, and names ignore case, spaces and hyphens", function()
    assert.equal(1, #rows:where({ speaker = "kim jong un" }))
    assert.equal(1, #rows:where({ speaker = "KIM JONGUN" }))
    -- a year overlaps every day in it; a row with no date is left out
    assert.equal(3, #rows:where({ from = "2023-09-01" }))
    assert.equal(1, #rows:where({ from = "2023-09-01" }):where({ speaker = "Putin" }))
    assert.equal(2, #rows:where({ to = "2023-01-01" }))
    assert.equal(3, #rows:first(3))
    assert.same({ 1, 2, 3, 4, 5 }, rows:map(function(r) return r.n end))
  end)

  it("date_interval places TIMEX3 values on the calendar", function()
    local d = query.days_from_civil
    assert.same({ d(2023, 9, 13), d(2023, 9, 13) }, { query.date_interval("2023-09-13T10:15") })
    assert.same({ d(2024, 2, 1), d(2024, 2, 29) }, { query.date_interval("2024-02") })
    assert.same({ d(2023, 1, 2), d(2023, 1, 8) }, { query.date_interval("2023-W01") })
    assert.same({ d(2020, 12, 28), d(2021, 1, 3) }, { query.date_interval("2020-W53") })
    assert.same({ d(1990, 1, 1), d(1999, 12, 31) }, { query.date_interval("199") })
    assert.is_nil(query.date_interval("XXXX-05-09"))
    assert.is_nil(query.date_interval("P77Y"))
    assert.is_nil(query.date_interval("2023-02-30"))
    assert.equal(0, d(1970, 1, 1))
  end)
end)
