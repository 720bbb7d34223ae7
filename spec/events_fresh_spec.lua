-- doc:events() on regional audiences, courtesy visits and heads of state: constructions seen on held-out
-- news pages (EV3, session s21), each spec on invented sentences.
local read = require "fixtures.events"
local events, one = read.events, read.one

local function pairs_of(ev)
  local out = {}
  for i, e in ipairs(ev) do out[i] = e.type .. " " .. tostring(e.sender) .. " -> " .. tostring(e.recipient) end
  return out
end

describe("EV3: audiences, visits and heads of state (held-out pages)", function()
  it("dates a series of audiences by the scene's day told before the sentence that names them", function()
    local ev = events("Bupati Sukamaju, Rudi Hartono, hampir tidak pernah sepi tamu. Hal itu tampak di pendopo, "
      .. "Rabu (19/6). Ia menerima tiga audiensi berturut-turut. Pertama, Rudi bertemu dengan Sari Dewanti, "
      .. "pengurus koperasi nelayan. Kemudian Rudi bertemu dengan pimpinan cabang bank daerah, Joko Purnomo.")
    assert.same({ "meeting Rudi Hartono -> Sari Dewanti", "meeting Rudi Hartono -> Joko Purnomo" }, pairs_of(ev))
    assert.same({ "2024-06-19", "2024-06-19" }, { ev[1].date, ev[2].date })
    -- (a day told with someone else named is no scene of the series)
    ev = events("Bupati Sukamaju, Rudi Hartono, hampir tidak pernah sepi tamu. Camat Wira Kusuma datang ke pendopo, "
      .. "Rabu (19/6). Ia menerima tiga audiensi berturut-turut. Pertama, Rudi bertemu dengan Sari Dewanti, "
      .. "pengurus koperasi nelayan.")
    local e = ev[#ev]
    assert.same({ "Rudi Hartono", "Sari Dewanti" }, { e.sender, e.recipient })
    assert.is_nil(e.date)
  end)
end)
