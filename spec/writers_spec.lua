-- The CSV, JSON Lines and HTML writers.
local csv = require "kimput.writers.csv"
local jsonl = require "kimput.writers.jsonl"
local html = require "kimput.writers.html"

describe("CSV writer", function()
  it("quotes fields with commas, double quotes, line breaks and edge spaces", function()
    assert.equal("Putin", csv.field("Putin"))
    assert.equal('"Moskow, Rusia"', csv.field("Moskow, Rusia"))
    assert.equal('"Ia berkata ""siap"""', csv.field('Ia berkata "siap"'))
    assert.equal('"baris satu\nbaris dua"', csv.field("baris satu\nbaris dua"))
    assert.equal('"a\rb"', csv.field("a\rb"))
    assert.equal('" Kim"', csv.field(" Kim"))
    assert.equal("", csv.field(nil))
    assert.equal("", csv.field(""))
    assert.equal("Ucapan “selamat” ‘teguh’", csv.field("Ucapan “selamat” ‘teguh’"))
  end)

  it("writes numbers, booleans, lists and nested tables readably", function()
    assert.equal("42", csv.cell(42))
    assert.equal("0.5", csv.cell(0.5))
    assert.equal("true", csv.cell(true))
    assert.equal("AFP; BBC", csv.cell({ "AFP", "BBC" }))
    assert.equal('[{"kind":"date","value":"2023-09-13"}]', csv.cell({ { kind = "date", value = "2023-09-13" } }))
    assert.equal("[]", csv.cell({}))
  end)

  it("writes a header row and CRLF-terminated records that read back the same", function()
    local rows = {
      { speaker = "Vladimir Putin", text = 'Kami "siap", katanya,\nlalu pergi', n = 1 },
      { speaker = "Kim Jong Un", text = "", n = 2 },
      { speaker = nil, text = "tanpa pembicara", n = 3 },
    }
    local s = csv.encode(rows, { "speaker", "text", "n" })
    assert.equal("speaker,text,n\r\n", s:sub(1, 16))
    assert.equal("\r\n", s:sub(-2))
    local back = csv.decode(s)
    assert.equal(4, #back)
    assert.same({ "speaker", "text", "n" }, back[1])
    assert.same({ "Vladimir Putin", 'Kami "siap", katanya,\nlalu pergi', "1" }, back[2])
    assert.same({ "Kim Jong Un", "", "2" }, back[3])
    assert.same({ "", "tanpa pembicara", "3" }, back[4])
  end)

  it("streams through a writer and a file handle", function()
    local path = os.tmpname()
    local fh = assert(io.open(path, "wb"))
    local w = csv.writer(fh, { "a", "b" })
    w:write({ a = "x,y", b = 1 })
    w:write({ a = "z" })
    fh:close()
    fh = assert(io.open(path, "rb"))
    local s = fh:read("a")
    fh:close()
    os.remove(path)
    assert.equal('a,b\r\n"x,y",1\r\nz,\r\n', s)
    assert.equal(2, w.count)
    assert.has_error(function() csv.writer(io.stdout, {}) end)
  end)

  it("decode reads LF files and reports an unclosed quote", function()
    assert.same({ { "a", "b" }, { "1", "" } }, csv.decode("a,b\n1,\n"))
    assert.same({}, csv.decode(""))
    assert.has_error(function() csv.decode('a,"b\n') end)
  end)
end)

describe("JSON Lines writer", function()
  it("round-trips a record with Unicode, control characters and nesting", function()
    local rec = {
      id = "antara/2023/09/13", published = "2023-09-13T10:15",
      meta = { outlet = "ANTARA", sources = { "KCNA", "AFP" } },
      quotes = { { text = "Kami “siap”\n\t\"bekerja\" sama \\ / é", start = 12, stop = 64, speaker = "Choe Son Hui" } },
      dates = {}, score = 0.25, ok = true,
    }
    local line = jsonl.encode(rec)
    assert.is_nil(line:find("\n", 1, true))
    assert.same(rec, jsonl.decode(line))
    assert.equal("integer", math.type(jsonl.decode(line).quotes[1].start))
  end)

  it("is deterministic: keys sorted, empty lists as [], objects marked as {}", function()
    assert.equal('{"a":1,"b":[],"c":{},"d":"x/y"}', jsonl.encode({ d = "x/y", c = jsonl.object({}), b = {}, a = 1 }))
    assert.equal("[1,2,3]", jsonl.encode({ 1, 2, 3 }))
    assert.equal("null", jsonl.encode(nil))
    assert.equal("null", jsonl.encode(0 / 0))
  end)

  it("writes every string as lua-cjson does, \"/\" left as it is", function()
    local cjson = require "cjson"
    for b = 0, 255 do
      local str = "a" .. string.char(b) .. "z/é"
      local want = cjson.encode(str):gsub("\\/", "/")
      assert.equal(want, jsonl.encode(str))
      assert.equal("{" .. want .. ":1}", jsonl.encode({ [str] = 1 }))  -- keys too
    end
    assert.equal('{"":"","k":[-7,1.5]}', jsonl.encode({ [""] = "", k = { -7, 1.5 } }))
    -- long strings (read sixteen bytes at a time): the byte at every place of a block, and two
    for b = 0, 255 do
      for _, at in ipairs({ 0, 1, 15, 16, 17, 31, 40 }) do
        local str = ("Kata %s dan y"):rep(4):format("x", "y", "z", "w")
        str = str:sub(1, at) .. string.char(b) .. str:sub(at + 1) .. string.char(b, 0x7f, 34) .. ("é"):rep(9)
        local want = cjson.encode(str):gsub("\\/", "/")
        assert.equal(want, jsonl.encode(str))
      end
    end
  end)

  it("writes the same bytes in C and in Lua, and leaves other metatables to Lua", function()
    local cjson = require "cjson"
    local odd = {}
    for b = 0, 255 do odd[#odd + 1] = string.char(b) end
    local values = {
      { text = table.concat(odd), [1.5] = "f", [2] = "two", ["3"] = 3, [-4] = true },
      { 1.0, -0.0, 0.1, 1 / 3, 2 ^ 63, -2 ^ 63, math.maxinteger, math.mininteger, 1e300, 1 / 0, 0 / 0, 5e-324 },
      { a = {}, b = jsonl.object({}), c = jsonl.object({ x = cjson.null }), d = { { {} } }, e = "", f = false },
      { [1] = "a", [3] = "gap" }, { "x", y = "mixed" }, "plain", 42, false, cjson.null,
      { ["a\0b"] = 1, ["a"] = 2, ["a\0"] = 3, ["\xff"] = 4, ["Z"] = 5 },
      { z = 1, y = 2, [7] = "a number key after string keys", x = { 3 } },
    }
    -- objects of few and of many keys (C sorts up to 48 in a small array)
    for _, n in ipairs({ 47, 48, 49, 200 }) do
      local big = {}
      for i = 1, n do big[("k%03d"):format((i * 37) % 1000)] = { i, tostring(i) } end
      values[#values + 1] = big
      values[#values + 1] = { nested = big, [n] = "tail" }
    end
    for _, v in ipairs(values) do
      assert.equal(jsonl._lua_encode(v), jsonl.encode(v))
    end
    -- a table with its own __index is read as Lua reads it
    local proxy = setmetatable({ start = 1 }, { __index = function(_, k) return k == "text" and "derived" or nil end })
    assert.equal('{"start":1}', jsonl.encode(proxy))
    assert.equal('{"m":{"start":1}}', jsonl.encode({ m = proxy }))
    for _, bad in ipairs({ { f = print }, { [true] = 1 } }) do
      local ok1, e1 = pcall(jsonl.encode, bad)
      local ok2, e2 = pcall(jsonl._lua_encode, bad)
      assert.is_false(ok1)
      assert.is_false(ok2)
      assert.equal(e2, e1)
    end
    local deep = {}
    local t = deep
    for _ = 1, 70 do t.next = {}; t = t.next end
    assert.has_error(function() jsonl.encode(deep) end, "jsonl.encode: nesting deeper than 64 (a cycle?)")
  end)

  it("encodes a record of many thousand items (joined in chunks) as one exact line", function()
    local nums, items, expected = {}, {}, {}
    for i = 1, 20000 do
      nums[i] = i
      items[i] = { text = "kata " .. i, start = i }
      expected[i] = ('{"start":%d,"text":"kata %d"}'):format(i, i)
    end
    assert.equal("[" .. table.concat(nums, ",") .. "]", jsonl.encode(nums))
    local line = jsonl.encode({ quotes = items, id = "a/b" })
    assert.equal('{"id":"a/b","quotes":[' .. table.concat(expected, ",") .. "]}", line)
    assert.same({ quotes = items, id = "a/b" }, jsonl.decode(line))
  end)

  it("refuses what JSON cannot hold, and cycles, with an error", function()
    assert.has_error(function() jsonl.encode({ f = print }) end)
    local t = {}
    t.self = t
    assert.has_error(function() jsonl.encode(t) end)
    assert.has_error(function() jsonl.encode({ [true] = 1 }) end)
  end)

  it("decodes null as nil and reports a bad line", function()
    local v = jsonl.decode('{"id":"a","url":null}')
    assert.same({ id = "a" }, v)
    local bad, err = jsonl.decode('{"id":')
    assert.is_nil(bad)
    assert.is_string(err)
  end)

  it("reads lines, skipping blank ones and flagging bad ones", function()
    local path = os.tmpname()
    local f = assert(io.open(path, "wb"))
    jsonl.write(f, { { id = 1 }, { id = 2 } })
    f:write("\n   \n{oops\n")
    f:close()
    local got = {}
    for v, lineno, err in jsonl.lines(path) do got[#got + 1] = { v, lineno, err ~= nil } end
    os.remove(path)
    assert.same({ { { id = 1 }, 1, false }, { { id = 2 }, 2, false }, { false, 5, true } }, got)
    assert.has_error(function() jsonl.lines("/nonexistent/feed.jsonl") end)
  end)
end)

describe("HTML report", function()
  local events = {
    { type = "letter", sender = "Kim Jong Un", recipient = "Vladimir Putin", date = "2022-05-09",
      occasion = "Hari Kemenangan", id = "a1" },
    { type = "meeting", sender = "Kim Jong Un", recipient = "Vladimir Putin", date = "2023-09-13", id = "a2" },
    { type = "message", sender = "Vladimir Putin", recipient = "Kim Jong Un", date = nil, id = "a3" },
  }
  local quotes = {
    { text = "Kami <siap> & \"kuat\"", speaker = "Vladimir Putin", cue = "kata", kind = "direct",
      date = "2023-09-13", id = "a2", via = "KCNA" },
    { text = "solidaritas teguh", speaker = "Kim Jong Un", cue = "menyatakan", kind = "partial",
      date = "2022-05-10", id = "a1" },
    { text = "tanpa nama", cue = "kata", kind = "direct", date = "XXXX-05-09", id = "a4" },
  }

  it("is one self-contained page with a timeline, the people and the quotes by speaker", function()
    local page = html.report({ title = "Surat Kim & Putin", events = events, quotes = quotes })
    assert.matches("^<!DOCTYPE html>", page)
    assert.matches('<html lang="id">', page, 1, true)
    assert.matches('<meta name="viewport"', page, 1, true)
    assert.matches('<section id="timeline">', page, 1, true)
    assert.matches("<svg", page, 1, true)
    assert.matches('class="bar"', page, 1, true)
    assert.matches('<section id="people">', page, 1, true)
    assert.matches('<table id="top-speakers">', page, 1, true)
    assert.matches('<table id="top-parties">', page, 1, true)
    assert.matches('<div id="quotes-by-speaker">', page, 1, true)
    assert.equal(3, select(2, page:gsub('<details class="speaker"', "")))
    assert.matches("Surat Kim &amp; Putin", page, 1, true)
    -- no network: no scripts, styles, images or fonts to fetch
    assert.is_nil(page:find("<script", 1, true))
    assert.is_nil(page:find("<link", 1, true))
    assert.is_nil(page:find("src=", 1, true))
    assert.is_nil(page:gsub('xmlns="http://www.w3.org/2000/svg"', ""):find("https?://"))
  end)

  it("escapes the text it shows", function()
    local page = html.report({ quotes = quotes })
    assert.is_nil(page:find("<siap>", 1, true))
    assert.matches("Kami &lt;siap&gt; &amp; &quot;kuat&quot;", page, 1, true)
    assert.equal("&lt;a href=&quot;x&quot;&gt;&#39;", html.escape('<a href="x">\''))
  end)

  it("groups the timeline by day, week or month as the span asks, undated last", function()
    local page = html.report({ events = events })
    assert.matches("<h3>By week</h3>", page, 1, true)  -- 16 months: ISO weeks
    assert.matches("<time>2022-W19</time>", page, 1, true)
    local dated = page:find("<summary><time>2023-W37</time>", 1, true)
    local undated = page:find("<summary><time>undated</time>", 1, true)
    assert.truthy(dated and undated and undated > dated)
    assert.is_nil(page:find('id="quotes-by-speaker"', 1, true))
    local near = { events[1], { type = "call", sender = "A", recipient = "B", date = "2022-05-20", id = "x" } }
    assert.matches("<time>2022-05-09</time>", html.report({ events = near }), 1, true)
    -- more weeks than the limit of periods: months
    assert.matches("<time>2022-05</time>", html.report({ events = events, limits = { periods = 20 } }), 1, true)
    assert.matches("<time>2022</time>", html.report({ events = events, unit = "year" }), 1, true)
    assert.has_error(function() html.report({ events = events, unit = "decade" }) end)
  end)

  it("shows counts, links sources by url, and indirect speech without quote marks", function()
    local merged = {
      { type = "letter", sender = "Kim Jong Un", recipient = "Vladimir Putin", date = "2022-05-09", count = 20,
        first_published = "2022-05-10", last_published = "2022-05-12",
        sources = {
          { id = "a1", outlet = "Kabar Timur", url = "https://kabar.example/a1", published = "2022-05-10" },
          { id = "a2", url = "javascript:alert(1)", published = "2022-05-11" },
        } },
    }
    local said = {
      { text = "Rusia akan menang", speaker = "Kim Jong Un", kind = "indirect", date = "2022-05-10", id = "a1" },
      { text = "Kami siap", speaker = "Kim Jong Un", kind = "direct", date = "2022-05-10", id = "a1" },
    }
    local page = html.report({ events = merged, quotes = said })
    assert.matches("×20", page, 1, true)
    assert.matches('<a href="https://kabar.example/a1" title="a1 2022-05-10">Kabar Timur</a>', page, 1, true)
    assert.is_nil(page:find("javascript:", 1, true))
    assert.matches("2022-05-10 – 2022-05-12", page, 1, true)
    assert.matches("“Kami siap”", page, 1, true)
    assert.is_nil(page:find("“Rusia akan menang”", 1, true))
    assert.matches('class="q indirect"><span class="kind">reported</span>Rusia akan menang', page, 1, true)
  end)

  it("stays small however many items: limits, paging, and counts of the rest", function()
    local many = {}
    for i = 1, 3000 do
      many[i] = { text = ("Kalimat nomor %d yang cukup panjang untuk diukur"):format(i), kind = "direct",
                  speaker = "Juru Bicara " .. (i % 60), date = ("2023-%02d-%02d"):format(i % 12 + 1, i % 28 + 1),
                  id = "d" .. i }
    end
    local page = html.report({ quotes = many, limits = { speakers = 5, quotes_per_speaker = 25, page = 10 } })
    assert.equal(5, select(2, page:gsub('<details class="speaker"', "")))
    assert.equal(5 * 2, select(2, page:gsub('<details class="more"', "")))  -- pages 11-20, 21-25
    assert.matches("and 55 more speakers", page, 1, true)
    assert.matches("and 25 more quotes", page, 1, true)
    assert.is_true(#page < 200000, #page)
    assert.has_error(function() html.report({ quotes = many, limits = { pages = 3 } }) end)
  end)

  it("copes with nothing to show and with a single day", function()
    local empty = html.report({ events = {}, quotes = {} })
    assert.matches("No dated items", empty, 1, true)
    local one = html.report({ events = { events[1] } })
    assert.matches("<svg", one, 1, true)
    assert.matches("2022%-05%-09", one)
  end)

  it("makes a plain table page for any rows, up to a limit", function()
    local page = html.table_page("Tanggal", { { text = "9 Mei", value = "2022-05-09" } }, { "text", "value" })
    assert.matches("<td data-label=\"value\">2022-05-09</td>", page, 1, true)
    local rows = {}
    for i = 1, 30 do rows[i] = { text = "t" .. i } end
    page = html.table_page("T", rows, { "text" }, 10)
    assert.equal(10, select(2, page:gsub("<tr>", "")) - 1)
    assert.matches("and 20 more rows", page, 1, true)
  end)
end)
