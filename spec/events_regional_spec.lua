-- doc:events() on the contact between domestic and regional officials (governors, regents,
-- mayors, police and party leaders, their audiences and courtesy calls), on invented
-- sentences in the style of Indonesian regional news.
local read = require "fixtures.events"
local events, one = read.events, read.one

describe("doc:events() between regional officials", function()
  it("reads those listed before an audience with no one named as one side, not as meeting each other", function()
    assert.equal(0, #events("Kepala Bappeda Rudi Hartono dan Kepala Dinas PUPR Joko Susilo melakukan audiensi di "
      .. "beberapa kementerian."))
    assert.equal(0, #events("Kepala Bappeda Rudi Hartono, Kepala Dinas PUPR Joko Susilo serta Kabag Protokol Dedi "
      .. "Kurnia beraudiensi di Kementerian Pertanian."))
    -- (with the one they called on named, each of them met him; and a plain meeting stays theirs)
    assert.equal(2, #events("Kepala Bappeda Rudi Hartono dan Kepala Dinas PUPR Joko Susilo melakukan audiensi "
      .. "dengan Menteri Pertanian Amran Sulaiman."))
    local e = one("Kepala Bappeda Rudi Hartono dan Kepala Dinas PUPR Joko Susilo melakukan pertemuan di Sukamaju.")
    assert.same({ "Rudi Hartono", "Joko Susilo" }, { e.sender, e.recipient })
  end)
  it("takes the subject before a long list of companions set off by commas ('X, bersama Y, didampingi A, dan B, "
    .. "serta jajaran ... melakukan silaturahim dengan Z')", function()
    local ev = events("Bupati Sukamaju Budi Santoso bersama Wakil Bupati Tono Sutrisno, didampingi Ketua PKK Rina "
      .. "Santoso, dan Wakil Ketua PKK Rina Wati, serta jajaran Pemda Sukamaju melakukan silaturahim dengan "
      .. "Kapolda Jawa Barat Agus Wirawan pada Selasa (18/6/2024).")
    local met = {}
    for _, e in ipairs(ev) do
      assert.same({ "meeting", "Agus Wirawan", "2024-06-18" }, { e.type, e.recipient, e.date })
      met[#met + 1] = e.sender
    end
    table.sort(met)
    assert.same({ "Budi Santoso", "Tono Sutrisno" }, met)
    local e = one("Bupati Sukamaju Budi Santoso, didampingi Ketua PKK Rina Santoso, Kepala Dinas Sosial Rina Wati, "
      .. "menerima kunjungan Kapolres Sukamaju Agus Wirawan.")
    assert.same({ "Budi Santoso", "Agus Wirawan" }, { e.sender, e.recipient })
  end)
  it("takes the subject closed by 'itu' and a comma before the verb ('Kunjungan rombongan Z yang dipimpin X itu, "
    .. "langsung disambut Y')", function()
    local e = one("Kunjungan rombongan DPRD Kota Sukamaju yang dipimpin Ketua Komisi I Budi Santoso itu, langsung "
      .. "disambut Kepala Dinas Pariwisata Agus Wirawan.")
    assert.same({ "meeting", "Agus Wirawan", "Budi Santoso" }, { e.type, e.sender, e.recipient })
  end)
  it("takes the party before a retinue set off by commas for the subject ('Danrem Z, Brigjen X beserta "
    .. "jajarannya, menyambut Y')", function()
    local e = one("Kapolda Jawa Tengah Irjen Pol Agus Wirawan bersilaturahmi ke Korem 071. Sementara Danrem 099 "
      .. "Sukamaju, Brigjen TNI Hadi Pranoto beserta para perwira, menyambut kedatangan rombongan Kapolda.")
    assert.same({ "meeting", "Hadi Pranoto", "Agus Wirawan" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("a regional government written in full as a party (s20)", function()
  it("takes 'Pemerintah Kota/Kabupaten/Provinsi X' as the body, as its short name 'Pemkot X'", function()
    local e = one("Pemerintah Kota Bandung mengirim surat kepada Kementerian Dalam Negeri pada Senin (3/6/2024).")
    assert.same({ "letter", "Pemerintah Kota Bandung", "Kemendagri", "2024-06-03" },
      { e.type, e.sender, e.recipient, e.date })
    e = one("Bupati Sumedang Dony Ahmad Munir menerima kunjungan Pemerintah Provinsi Jawa Barat, Selasa (4/6/2024).")
    assert.same({ "meeting", "Dony Ahmad Munir", "Pemerintah Provinsi Jawa Barat" }, { e.type, e.sender, e.recipient })
    e = one("Pemerintah Daerah Kabupaten Garut menyurati Gubernur Jawa Barat Budi Santoso.")
    assert.same({ "letter", "Pemerintah Daerah Kabupaten Garut", "Budi Santoso" }, { e.type, e.sender, e.recipient })
  end)
  it("meets the holder of an office named before them ('silaturahmi dengan Kapolda X ... Kapolda X, Irjen Y')",
    function()
    local e = one("Wali Kota Sukamaju Rina Wati melakukan silaturahmi dengan Kapolda Jawa Barat di Bandung, Senin "
      .. "(3/6/2024). Kapolda Jawa Barat, Irjen Pol Agus Wirawan, menyambut baik kunjungan tersebut.")
    assert.same({ "meeting", "Rina Wati", "Agus Wirawan", "2024-06-03" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("takes an acronym no list holds, then the place it serves, as a body's branch when it is met or heard "
    .. "('menerima audiensi IGRA Garut', 'bertemu dengan HKTI Kabupaten Garut')", function()
    local e = one("Bupati Garut Rina Wati menerima audiensi IGRA Garut di pendopo, Senin (3/6/2024).")
    assert.same({ "meeting", "Rina Wati", "IGRA Garut" }, { e.type, e.sender, e.recipient })
    e = one("Wakil Bupati Garut Budi Santoso bertemu dengan HKTI Kabupaten Garut, Selasa (4/6/2024).")
    assert.same({ "meeting", "Budi Santoso", "HKTI Kabupaten Garut" }, { e.type, e.sender, e.recipient })
    -- (a thing's acronym and its place, not addressed, is no body)
    local doc = require("kimput").parse("Bupati Garut Rina Wati membahas APBD Garut bersama DPRD.")
    for _, m in ipairs(doc:mentions()) do assert.is_not.equal("APBD Garut", m.name) end
  end)
end)

