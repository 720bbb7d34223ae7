-- doc:events() on regional and institutional audiences, visits and calls: constructions seen on held-out
-- news pages (EV5, session s24), each spec on invented sentences.
local read = require "fixtures.events"
local events = read.events

local function pairs_of(ev)
  local out = {}
  for i, e in ipairs(ev) do out[i] = e.type .. " " .. tostring(e.sender) .. " -> " .. tostring(e.recipient) end
  return out
end

describe("EV5: held-out regional audiences, visits and calls", function()
  it("reads a counted group in capitals (a title the mention stage left nameless) before a word of naming", function()
    local ev = events("Wali Kota Sukamaju Rudi Hartono menerima kunjungan rombongan tiga Kepala Desa yakni Kepala Desa Cibodas "
      .. "Sari Dewanti, Kepala Desa Ciherang Joko Purnomo dan Kepala Desa Cikupa Maya Lestari di pendopo, Selasa.")
    assert.same({ "meeting Rudi Hartono -> Sari Dewanti", "meeting Rudi Hartono -> Joko Purnomo",
      "meeting Rudi Hartono -> Maya Lestari" }, pairs_of(ev))
  end)
end)
