-- kimput.merge: the same event or quote reported by many articles is one item.
local merge = require "kimput.merge"
local query = require "kimput.query"

local function event(t)
  t.type = t.type or "letter"
  return t
end

-- A row as corpus:events() gives it: its own fields and its document's.
local function from(doc, published, outlet, url)
  return function(t)
    t.id, t.published, t.outlet, t.url = doc, published, outlet, url
    return t
  end
end

local function shuffled(list, seed)
  local out = {}
  for i, x in ipairs(list) do out[i] = x end
  local r = seed
  for i = #out, 2, -1 do
    r = (r * 1103515245 + 12345) % 2147483648
    local j = r % i + 1
    out[i], out[j] = out[j], out[i]
  end
  return out
end

describe("merge.events", function()
  it("makes twenty reports of one letter one event with count 20 and its sources", function()
    local rows = {}
    for i = 1, 20 do
      rows[i] = from(("d%02d"):format(i), ("2023-06-%02d"):format(10 + i % 5), "Outlet " .. (i % 3),
        "https://berita.example/" .. i)(event({ sender = "Kim Jong Un", recipient = "Vladimir Putin",
        date = "2023-06-12", occasion = i <= 15 and "Hari Rusia" or nil }))
    end
    local merged = merge.events(rows)
    assert.equal(1, #merged)
    local e = merged[1]
    assert.equal(20, e.count)
    assert.equal("2023-06-12", e.date)
    assert.equal("Hari Rusia", e.occasion)
    assert.equal("Kim Jong Un", e.sender)
    assert.equal(20, #e.sources)
    assert.equal(20, #e.items)
    assert.equal("2023-06-10", e.first_published)
    assert.equal("2023-06-14", e.last_published)
    assert.equal("2023-06-10", e.sources[1].published)
    assert.equal(e.sources[1].id, e.id)
    assert.matches("^https://berita%.example/", e.sources[1].url)
    assert.same({ "Outlet 1", "Outlet 2", "Outlet 0" }, e.outlets)  -- most frequent first
  end)

  it("keeps apart other parties, other types, other days, and a reversed letter", function()
    local f = from("a", "2023-06-13")
    local merged = merge.events({
      f(event({ sender = "Kim Jong Un", recipient = "Vladimir Putin", date = "2023-06-12" })),
      f(event({ sender = "Vladimir Putin", recipient = "Kim Jong Un", date = "2023-06-12" })),
      f(event({ type = "message", sender = "Kim Jong Un", recipient = "Vladimir Putin", date = "2023-06-12" })),
      f(event({ sender = "Kim Jong Un", recipient = "Vladimir Putin", date = "2023-06-13" })),
      f(event({ sender = "Kim Jong Un", recipient = "Xi Jinping", date = "2023-06-12" })),
    })
    assert.equal(5, #merged)
  end)

  it("treats a meeting's parties as a pair and compares names loosely", function()
    local merged = merge.events({
      from("a", "2023-09-14")(event({ type = "meeting", sender = "Kim Jong-un", recipient = "Vladimir Putin",
        date = "2023-09-13" })),
      from("b", "2023-09-14")(event({ type = "meeting", sender = "Vladimir Putin", recipient = "Kim Jong Un",
        date = "2023-09-13" })),
    })
    assert.equal(1, #merged)
    assert.equal(2, merged[1].count)
  end)

  it("lets a vaguer date join the one event it covers, and only that", function()
    local kp = { sender = "Kim Jong Un", recipient = "Vladimir Putin" }
    local function e(date, id)
      return from(id, "2023-12-01")(event({ sender = kp.sender, recipient = kp.recipient, date = date }))
    end
    local merged = merge.events({ e("2023-06-12", "a"), e("2023-06", "b"), e("2023-09-09", "c"), e("2023", "d") })
    -- "2023-06" covers one dated letter; "2023" covers two: it stays apart
    assert.equal(3, #merged)
    assert.equal("2023-06-12", merged[2].date)
    assert.equal(2, merged[2].count)
    local years = query.where(merged, { date = "2023" })
    assert.equal(1, #years)
    assert.equal(1, years[1].count)
  end)

  it("lets an undated report join the only dated event of its parties, or stay undated", function()
    local function e(date, id, sender)
      return from(id, "2023-12-01")(event({ sender = sender or "Kim Jong Un", recipient = "Vladimir Putin",
        date = date }))
    end
    local one = merge.events({ e("2023-06-12", "a"), e(nil, "b"), e("XXXX-06-12", "c") })
    assert.equal(1, #one)
    assert.equal(3, one[1].count)
    assert.equal("2023-06-12", one[1].date)
    local two = merge.events({ e("2023-06-12", "a"), e("2023-09-09", "b"), e(nil, "c"), e(nil, "d") })
    assert.equal(3, #two)
    assert.is_nil(two[3].date)  -- undated last
    assert.equal(2, two[3].count)
  end)

  it("does not depend on the order of the rows", function()
    local rows = {}
    for i = 1, 30 do
      rows[i] = from("d" .. i, ("2023-0%d-01"):format(i % 9 + 1), "Outlet " .. (i % 4))(event({
        sender = i % 2 == 0 and "Kim Jong Un" or "Vladimir Putin", recipient = "Sergei Shoigu",
        date = ({ "2023-06-12", "2023-06", nil, "2023-07-01" })[i % 4 + 1], occasion = "Hari " .. (i % 3) }))
    end
    local a = merge.events(rows)
    local b = merge.events(shuffled(rows, 7))
    assert.equal(#a, #b)
    for i = 1, #a do
      for _, k in ipairs({ "date", "sender", "count", "occasion", "first_published", "last_published", "id" }) do
        assert.equal(a[i][k], b[i][k])
      end
      assert.same(a[i].sources, b[i].sources)
    end
  end)
end)

describe("merge.quotes", function()
  local function q(id, speaker, text, kind)
    return { id = id, speaker = speaker, text = text, kind = kind or "direct", cue = "kata",
             published = "2023-06-" .. id:sub(-2), outlet = "Outlet " .. id }
  end

  it("merges the same words of one speaker whatever the case, punctuation and spacing", function()
    local merged = merge.quotes({
      q("a10", "Vladimir Putin", "Kerja sama kita akan terus berkembang,"),
      q("b11", "Vladimir Putin", "kerja sama  kita akan terus berkembang."),
      q("c12", "Vladimir Putin", "“Kerja sama kita — akan terus berkembang”"),
      q("d13", "Kim Jong Un", "Kerja sama kita akan terus berkembang"),
    })
    assert.equal(2, #merged)
    assert.equal(3, merged[1].count)
    assert.equal("Vladimir Putin", merged[1].speaker)
    assert.equal(3, merged[1].variants)
    assert.equal("2023-06-10", merged[1].first_published)
    assert.equal("2023-06-12", merged[1].last_published)
    assert.equal(merged[1].first_published, merged[1].date)
  end)

  it("merges nearly identical quotes (a word changed) but not different ones", function()
    local long = "Kami akan memperluas hubungan bilateral yang komprehensif di bidang ekonomi perdagangan " ..
      "dan kebudayaan demi kesejahteraan rakyat kedua negara"
    local merged = merge.quotes({
      q("a10", "Choe Son Hui", long),
      q("b11", "Choe Son Hui", (long:gsub("memperluas", "memperdalam"))),
      q("c12", "Choe Son Hui", "Kami akan memperluas hubungan dengan negara tetangga di kawasan"),
      q("d13", "Choe Son Hui", "Baik"),
      q("e14", "Choe Son Hui", "Baik!"),
    })
    assert.equal(3, #merged)
    assert.equal(2, merged[1].count)
    assert.equal(2, merged[2].count)
    assert.is_true(merge.similarity(long, (long:gsub("memperluas", "memperdalam"))) >= 0.9)
  end)

  it("does not depend on the order of the rows", function()
    local rows = {}
    for i = 10, 40 do
      rows[#rows + 1] = q("x" .. i, i % 2 == 0 and "Sergei Lavrov" or "Choe Son Hui",
        ({ "Satu dua tiga empat lima enam", "Satu dua tiga empat lima tujuh", "Hubungan kami kuat" })[i % 3 + 1])
    end
    local a, b = merge.quotes(rows), merge.quotes(shuffled(rows, 3))
    assert.equal(#a, #b)
    for i = 1, #a do
      assert.equal(a[i].text, b[i].text)
      assert.equal(a[i].count, b[i].count)
      assert.same(a[i].sources, b[i].sources)
    end
  end)

  it("splits text into comparable words", function()
    assert.same({ "kami", "siap", "sangat", "siap" }, merge.words("“Kami siap—sangat siap…”"))
    assert.same({}, merge.words(nil))
  end)
end)
