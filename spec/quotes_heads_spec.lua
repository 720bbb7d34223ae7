-- doc:quotes() speakers in news of heads of state writing and speaking to each other: constructions seen on
-- held-out news pages (EV2, session s20), each spec on invented sentences.
local kimput = require "kimput"

local function speakers(text)
  local out = {}
  for _, q in ipairs(kimput.parse(text, { published = "2024-06-20" }):quotes()) do
    if q.kind ~= "indirect" and q.kind ~= "term" then out[#out + 1] = tostring(q.speaker) .. "|" .. tostring(q.via) end
  end
  return out
end

describe("EV2: quote speakers of letters and calls (held-out pages)", function()
  it("gives a letter's words made public by a body ('bunyi telegram tersebut seperti diumumkan oleh Z') to its "
    .. "writer, the body relaying", function()
    assert.same({ "Vladimir Putin|Kremlin" }, speakers("Presiden Vladimir Putin mengirimkan telegram belasungkawa "
      .. "kepada Presiden Bima Santoso. \"Terimalah belasungkawa mendalam saya,\" bunyi telegram tersebut seperti "
      .. "diumumkan oleh Kremlin, Senin (20/5/2024)."))
  end)
  it("reads a cue in brackets after the mark, as a transcript of a call writes it ('\"…,\" (jawab X).')", function()
    assert.same({ "Tom Walker|nil", "Bima Santoso|nil", "Tom Walker|nil" }, speakers("Menurut Rudi Hartono, "
      .. "percakapan telepon itu santai. \"Kapan kau pulang?\" (tanya Presiden Tom Walker). \"Tanggal 3,\" (jawab "
      .. "Presiden Bima Santoso). \"Oh iya,\" (kata Walker)."))
  end)
  it("never gives a -nya cue's words to one they speak of by name or title; the one reporting goes on", function()
    assert.same({ "Siti Rahma|nil", "Siti Rahma|nil" }, speakers("Menlu Siti Rahma mengungkapkan Presiden Bima "
      .. "Santoso dan Menlu Tom Walker sepakat. \"Di dalam komunikasi tersebut Indonesia menekankan tiga hal,\" ungkap "
      .. "Siti Rahma. Bima juga mengatakan kepada Walker agar semua pihak menahan diri. \"Di dalam diskusi tadi "
      .. "posisi kedua negara sama dan Bapak Presiden juga menyampaikan keyakinannya,\" pungkasnya."))
    -- (words that do not name him stay his)
    assert.same({ "Siti Rahma|nil", "Bima Santoso|nil" }, speakers("Menlu Siti Rahma mengungkapkan Presiden Bima "
      .. "Santoso dan Menlu Tom Walker sepakat. \"Di dalam komunikasi tersebut Indonesia menekankan tiga hal,\" ungkap "
      .. "Siti Rahma. Bima juga mengatakan kepada Walker agar semua pihak menahan diri. \"Kita semua harus "
      .. "menahan diri,\" pungkasnya."))
  end)
end)
