-- The query API says what is wrong and compares names as the gazetteer knows
-- them: key checks, contains lists, between, Unicode case folding, kwic with
-- a kimput.rule. Invented rows and sentences.
local kimput = require "kimput"
local query = require "kimput.query"
local corpus = require "kimput.corpus"
local fake = require "fixtures.fake_features"

local files = require "fixtures.files"
local write, tmpdir, rmdir = files.write, files.tmpdir, files.rmdir

local function error_of(fn)
  local ok, err = pcall(fn)
  assert.is_false(ok)
  return tostring(err)
end

describe("query keys", function()
  local dir, c
  setup(function()
    fake.install()
    dir = tmpdir()
    write(dir .. "/a.txt", 'Kabar | "Kami siap bekerja sama," kata Putin pada 2023-09-13.\n' ..
      'Kim mengirim surat kepada Putin pada 2023-06-12.\n')
    write(dir .. "/b.txt", 'Warta | Putin mengirim surat kepada Kim pada 2022-08-15.\n')
  end)
  teardown(function()
    fake.restore()
    rmdir(dir)
  end)
  before_each(function() c = kimput.corpus(dir) end)

  it("an unknown filter key is an error naming the valid ones", function()
    local err = error_of(function() c:quotes({ speeker = "Putin" }) end)
    assert.matches('corpus:quotes: unknown filter key "speeker"', err, 1, true)
    assert.matches("speaker", err, 1, true)
    assert.matches("contains", err, 1, true)
    err = error_of(function() c:events({ sendr = "Kim" }) end)
    assert.matches('unknown filter key "sendr"', err, 1, true)
    assert.matches("between", err, 1, true)
    assert.matches("sender", err, 1, true)
    err = error_of(function() c:quotes():where({ kota = "Moskow" }) end)
    assert.matches('where: unknown filter key "kota"', err, 1, true)
  end)

  it("a declared field that no row has is still a valid key", function()
    assert.same({}, c:quotes({ via = "ANTARA" }))
    assert.equal(1, #c:quotes():where({ speaker = "Putin", part = function(v) return v == nil end }))
  end)

  it("a field a feature adds without declaring it works once an item has it", function()
    local Document = require("kimput.core").Document
    local events = Document.events
    Document.events = function(doc)
      local out = events(doc)
      for _, e in ipairs(out) do e.channel = "diplomatik" end
      return out
    end
    local ok, rows = pcall(c.events, c, { channel = "diplomatik" })
    local ok2, err = pcall(c.events, c, { saluran = "diplomatik" })
    Document.events = events
    assert.is_true(ok, rows)
    assert.equal(2, #rows)
    assert.is_false(ok2)
    assert.matches('unknown filter key "saluran"', err, 1, true)
    assert.matches("channel", err, 1, true)
  end)

  it("an unknown sort key or group field is an error naming the valid ones", function()
    local q = c:quotes()
    local err = error_of(function() q:sort("-tanggal") end)
    assert.matches('sort: unknown key "tanggal"', err, 1, true)
    assert.matches("date", err, 1, true)
    err = error_of(function() q:group_by("pembicara") end)
    assert.matches('group_by: unknown field "pembicara"', err, 1, true)
    err = error_of(function() q:count("pembicara") end)
    assert.matches('count: unknown field "pembicara"', err, 1, true)
    assert.equal(1, #q:sort("-date", "speaker"))
    assert.equal("Putin", q:count("speaker")[1].key)
    assert.has_error(function() q:count("speaker"):sort("jumlah") end)
    assert.equal(1, #q:count("speaker"):sort("-count"))
  end)

  it("plain lists are not checked (a field may be missing from every row)", function()
    local list = { { a = 2 }, { a = 1 } }
    assert.equal(1, query.sort(list, "b", "a")[1].a)
    assert.equal(0, #query.where(list, { b = 1 }))
  end)

  it("between = {a, b} finds a and b as sender and recipient either way", function()
    local e = c:events({ between = { "putin", "KIM" } })
    assert.equal(2, #e)
    assert.equal(1, #c:events({ between = { "Kim", "Putin" }, from = "2023" }))
    assert.equal(0, #c:events({ between = { "Kim", "Shoigu" } }))
    assert.has_error(function() c:events({ between = "Kim" }) end, "where: between must be a list of two names {a, b}")
  end)

  it("contains takes a list (any of), with Unicode case folding", function()
    local rows = query.rows({
      { text = "Surat itu tiba." }, { text = "PESAN SINGKAT" }, { text = "Ucapan Selamat" },
      { evidence = "ÜBER ALLES" }, { text = "Straße" },
    }, { "text", "evidence" })
    assert.equal(2, #rows:where({ contains = { "surat", "pesan" } }))
    assert.equal(1, #rows:where({ contains = "über" }))
    assert.equal(1, #rows:where({ contains = "STRASSE" }))
    assert.has_error(function() rows:where({ contains = {} }) end)
    assert.has_error(function() rows:where({ contains = 42 }) end)
  end)
end)

describe("query names", function()
  local rows = query.rows({
    { speaker = "Korea Utara" },
    { speaker = "Duta Besar Rusia untuk Korut" },
    { speaker = "Vladimir Putin" },
    { speaker = "Kim Yo Jong" },
    { speaker = "Kim Jong Un" },
    { speaker = "Aleksandr Matsegora" },
    { speaker = "ÉLODIE BRUNET" },
  }, { "speaker" })

  local function speakers(filter)
    local out = {}
    for _, r in ipairs(rows:where(filter)) do out[#out + 1] = r.speaker end
    return out
  end

  it("a name the gazetteer knows finds its canonical name and aliases, not a phrase containing it", function()
    assert.same({ "Korea Utara" }, speakers({ speaker = "Korut" }))
    assert.same({ "Korea Utara" }, speakers({ speaker = "north korea" }))
    assert.same({ "Vladimir Putin" }, speakers({ speaker = "putin" }))
    assert.same({ "Kim Jong Un" }, speakers({ speaker = "kim jong-un" }))
    assert.same({ "Kim Yo Jong" }, speakers({ speaker = "Kim Yo-jong" }))
  end)

  it("a name the gazetteer does not know finds a person's name by one word, any case", function()
    assert.same({ "Aleksandr Matsegora" }, speakers({ speaker = "MATSEGORA" }))
    assert.same({ "ÉLODIE BRUNET" }, speakers({ speaker = "élodie brunet" }))
    assert.same({ "ÉLODIE BRUNET" }, speakers({ speaker = "Brunet" }))
    assert.same({}, speakers({ speaker = "Besar" }))
  end)

  it("names the analyst adds to the gazetteer are used", function()
    kimput.entities.add({ name = "Élodie Brunet", kind = "person", aliases = { "Nona Brunet" } })
    assert.same({ "ÉLODIE BRUNET" }, speakers({ speaker = "nona brunet" }))
    assert.equal(query.entity_of("NONA BRUNET").name, "Élodie Brunet")
  end)

  it("folds case with Unicode rules in C", function()
    assert.equal("kimjongun", query.fold_name("KIM Jong-un"))
    assert.equal(query.fold_name("ÉLODIE"), query.fold_name("élodie"))
  end)
end)

describe("corpus:kwic", function()
  local dir
  setup(function()
    dir = tmpdir()
    write(dir .. "/a.txt", "Presiden Putin menerima surat dari Kim.\n\nSurat itu dibacakan di Moskow.\n")
  end)
  teardown(function() rmdir(dir) end)

  it("takes a kimput.rule, with context inside the body", function()
    local rule = kimput.rule({ name = "surat", pattern = [[surat\s+\w+]], flags = "i", where = "body" })
    local k = kimput.corpus(dir):kwic(rule, { width = 8 })
    assert.equal(2, #k)
    assert.equal("surat dari", k[1].match)
    assert.equal("enerima ", k[1].left)
    assert.equal("Surat itu", k[2].match)
    assert.equal("", k[2].left)  -- the paragraph starts there
    assert.equal(" dibacak", k[2].right)
  end)

  it("a bad pattern is one clear error before any document is read", function()
    local c = kimput.corpus({ dir, "/nonexistent/folder" })
    for _, bad in ipairs({ "surat%", "[a-z", "(surat", "surat)", "%b(", "%fa", "%1", "(a%1)" }) do
      local err = error_of(function() c:kwic(bad) end)
      assert.matches("corpus:kwic: bad pattern", err, 1, true)
    end
    assert.same({}, c:errors())  -- nothing was read
    assert.has_error(function() c:kwic({ pattern = "surat" }) end)
    assert.has_error(function() c:kwic("surat", { widht = 3 }) end)
    assert.has_error(function() c:kwic(kimput.rule({ name = "r", pattern = "x" }), { plain = true }) end)
  end)

  it("reads Lua patterns as Lua does", function()
    for _, good in ipairs({ "%d+%.%d*", "[%]]", "[]]", "[^]]", "%f[%w]%a+", "(a)%1", "()", "^a$", "%%", "a-b?" }) do
      assert.is_nil(corpus.lua_pattern_error(good), good)
      assert.is_true((pcall(string.find, "a]b1.2 aa %", good)), good)
    end
    assert.equal("malformed pattern (missing ']')", corpus.lua_pattern_error("[a"))
    assert.equal("unfinished capture", corpus.lua_pattern_error("(a"))
    assert.equal("invalid pattern capture", corpus.lua_pattern_error("a)"))
    assert.equal("invalid capture index %2", corpus.lua_pattern_error("(a)%2"))
  end)
end)
