-- Dates: every form of issue 4 with its value against a fixed reference
-- date (R = Wednesday 2023-05-10), the non-dates, boundary cases, no
-- reference, bad input. Sentences are invented, in the style of the news.
local kimput = require "kimput"

local R = "2023-05-10"

-- The grammar over the whole text (doc:dates() scans only doc:body_spans(),
-- which page cleaning may cut: that is tested on its own below).
local function dates(text, ref)
  if ref == false then ref = nil else ref = ref or R end
  local doc = kimput.parse(text, { published = ref })
  local y, m, d = (doc:reference() or ""):match("^(%d+)%-(%d+)%-(%d+)")
  return kimput.core.dates(doc, #text > 0 and { { 1, #text } } or {}, tonumber(y), tonumber(m), tonumber(d))
end

-- the expressions of text as "span=value" strings
local function found(text, ref)
  local out = {}
  for _, d in ipairs(dates(text, ref)) do out[#out + 1] = d.text .. "=" .. d.value end
  return out
end

-- asserts that text holds exactly one expression: span, value, kind
local function expect(text, span, value, kind, ref)
  local ds = dates(text, ref)
  assert.are.equal(1, #ds, ("%s: %d items: %s"):format(text, #ds, table.concat(found(text, ref), ", ")))
  local d = ds[1]
  assert.are.equal(span, d.text)
  assert.are.equal(text:sub(d.start, d.stop), d.text)
  assert.are.equal(value, d.value)
  if kind then assert.are.equal(kind, d.kind) end
  return d
end

describe("dates: absolute forms", function()
  it("day month year, with and without a weekday", function()
    expect("Kedua pemimpin bertemu pada 9 Mei 2023 di Moskow.", "9 Mei 2023", "2023-05-09", "date")
    expect("Surat itu tiba pada 09 Mei 2023 pagi di kantor.", "09 Mei 2023 pagi", "2023-05-09TMO", "time")
    expect("Upacara digelar Selasa, 9 Mei 2023, di Lapangan Merah.", "Selasa, 9 Mei 2023", "2023-05-09")
  end)
  it("numeric dates, day first", function()
    expect("Seperti dilansir AFP, Selasa (9/5/2023), parade berlangsung.", "Selasa (9/5/2023)", "2023-05-09")
    expect("Dokumen bertanggal (09/05/2023) itu beredar.", "09/05/2023", "2023-05-09")
    expect("Rapat ditunda hingga 9/5/2023 oleh panitia.", "9/5/2023", "2023-05-09")
    expect("Tenggat pendaftaran 9-5-2023 sudah lewat.", "9-5-2023", "2023-05-09")
    expect("Laporan diterbitkan 2023-05-09 oleh kementerian.", "2023-05-09", "2023-05-09")
  end)
  it("months, years, decades, centuries", function()
    expect("Kunjungan itu direncanakan pada Mei 2023.", "Mei 2023", "2023-05")
    expect("Perjanjian diteken tahun 2023 di Vladivostok.", "tahun 2023", "2023")
    expect("Kesepakatan ditandatangani pada 2019, ketika keduanya bertemu.", "2019", "2019")
    expect("Senjata nuklir ditarik sejak 1990-an oleh Moskow.", "1990-an", "199")
    assert.are.same({ "1950=1950", "1953=1953" }, found("Perang Korea 1950-1953 menewaskan jutaan orang."))
    expect("Tantangan diplomasi abad ke-21 makin rumit.", "abad ke-21", "20")
  end)
  it("English month names and abbreviations, with or without a period", function()
    expect("Published May 9, 2023 by the agency.", "May 9, 2023", "2023-05-09")
    local cases = {
      { "3 Jan 2022", "2022-01-03" }, { "3 Feb. 2022", "2022-02-03" }, { "3 Mar 2022", "2022-03-03" },
      { "3 Apr 2022", "2022-04-03" }, { "3 Jun 2022", "2022-06-03" }, { "3 Jul. 2022", "2022-07-03" },
      { "3 Agu 2022", "2022-08-03" }, { "3 Agt 2022", "2022-08-03" }, { "3 Ags. 2022", "2022-08-03" },
      { "3 Sep 2022", "2022-09-03" }, { "3 Sept. 2022", "2022-09-03" }, { "3 Okt 2022", "2022-10-03" },
      { "3 Nov 2022", "2022-11-03" }, { "3 Nop. 2022", "2022-11-03" }, { "3 Des 2022", "2022-12-03" },
      { "3 Peb 2022", "2022-02-03" }, { "3 Mrt 2022", "2022-03-03" },
    }
    for _, c in ipairs(cases) do expect("Diperbarui " .. c[1] .. " oleh redaksi.", c[1], c[2]) end
  end)
end)

describe("dates: partial forms take R's year", function()
  it("day and month", function()
    expect("Rusia memperingati kemenangan pada 9 Mei setiap kali.", "9 Mei", "2023-05-09")
    expect("Hari libur itu jatuh pada 15 Agustus nanti.", "15 Agustus", "2023-08-15")
  end)
  it("weekday with day/month in parentheses, or the parentheses alone", function()
    local d = expect("Shoigu tiba di Pyongyang pada Kamis (27/7) waktu setempat.", "Kamis (27/7)", "2023-07-27")
    assert.is_true(d.anchor)
    expect("Pertemuan (27/7) berlangsung tertutup.", "27/7", "2023-07-27")
  end)
  it("modified months", function()
    local d = expect("Delegasi akan datang pertengahan Mei untuk berunding.", "pertengahan Mei", "2023-05")
    assert.are.equal("MID", d.mod)
    expect("Latihan gabungan dimulai awal Juli mendatang.", "awal Juli mendatang", "2023-07")
    expect("Anggaran dibahas akhir bulan ini oleh dewan.", "akhir bulan ini", "2023-05")
  end)
end)

describe("dates: relative forms", function()
  it("days around R", function()
    expect("Menlu itu tiba kemarin di Beijing.", "kemarin", "2023-05-09")
    expect("Pernyataan dirilis hari ini oleh juru bicara.", "hari ini", "2023-05-10")
    expect("Sidang dilanjutkan besok di gedung parlemen.", "besok", "2023-05-11")
    expect("Hasilnya diumumkan lusa oleh komisi.", "lusa", "2023-05-12")
    expect("Ia berangkat kemarin lusa ke Vladivostok.", "kemarin lusa", "2023-05-08")
  end)
  it("bare weekdays: the latest on or before R", function()
    expect("Putin berpidato pada Kamis di depan veteran.", "Kamis", "2023-05-04")
    expect("Pidato itu disiarkan Rabu oleh televisi.", "Rabu", "2023-05-10")
    expect("Salat digelar Jumat di masjid raya.", "Jumat", "2023-05-05")
    expect("Salat digelar Jum'at di masjid raya.", "Jum'at", "2023-05-05")
    expect("Salat digelar Jum’at di masjid raya.", "Jum’at", "2023-05-05")
  end)
  it("Minggu is Sunday only where it is a day", function()
    expect("Parade diadakan pada Minggu di pusat kota.", "Minggu", "2023-05-07")
    expect("Warga berkumpul Minggu (7/5) di alun-alun.", "Minggu (7/5)", "2023-05-07")
    expect("Minggu lalu kedua negara berunding.", "Minggu lalu", "2023-W18")
    expect("Ia akan kembali minggu depan ke Seoul.", "minggu depan", "2023-W20")
    expect("Perundingan berlangsung dua minggu penuh.", "dua minggu", "P2W", "duration")
  end)
  it("weeks, months and years around R", function()
    expect("Serangan terjadi pekan lalu di perbatasan.", "pekan lalu", "2023-W18")
    expect("Harga naik bulan lalu menurut data resmi.", "bulan lalu", "2023-04")
    expect("Ekspor turun tahun lalu karena sanksi.", "tahun lalu", "2022")
    expect("Tahun ini Rusia menggelar parade besar.", "Tahun ini", "2023")
    expect("Pemilu dijadwalkan tahun depan oleh komisi.", "tahun depan", "2024")
  end)
  it("named months", function()
    expect("Pada Februari lalu, Korut menggelar uji coba.", "Februari lalu", "2023-02")
    expect("Korea Utara pada bulan Juli mengakui dua negara baru.", "bulan Juli", "2023-07")
    expect("Pada Desember, harga minyak turun tajam.", "Desember", "2022-12")
  end)
  it("N units ago and ahead, with digits or words", function()
    expect("Invasi dimulai 14 bulan lalu menurut pejabat.", "14 bulan lalu", "2022-03")
    expect("Ia dibebaskan 3 hari yang lalu dari tahanan.", "3 hari yang lalu", "2023-05-07")
    expect("Kesepakatan dibuat dua pekan lalu di Jenewa.", "dua pekan lalu", "2023-W17")
    expect("Pabrik itu ditutup sepuluh tahun silam oleh pemilik.", "sepuluh tahun silam", "2013")
    expect("Proyek selesai dua bulan mendatang menurut menteri.", "dua bulan mendatang", "2023-07")
    expect("Program berjalan tiga tahun ke depan dengan dana besar.", "tiga tahun ke depan", "P3Y", "duration")
    expect("Kebijakan itu lahir belasan tahun lalu di Seoul.", "belasan tahun lalu", "PAST_REF")
    expect("Keputusan keluar dalam 3 hari menurut hakim.", "3 hari", "2023-05-13")
    expect("Tim kembali 5 hari lagi ke markas.", "5 hari lagi", "2023-05-15")
  end)
  it("parts of the day", function()
    expect("Ledakan terdengar dini hari di pelabuhan.", "dini hari", "2023-05-10TNI", "time")
    expect("Presiden tiba pagi ini di istana.", "pagi ini", "2023-05-10TMO", "time")
    expect("Konser digelar malam nanti di stadion.", "malam nanti", "2023-05-10TNI", "time")
    expect("Hujan deras turun tadi malam di ibu kota.", "tadi malam", "2023-05-09TNI", "time")
    expect("Rapat berlangsung Senin malam di DPR.", "Senin malam", "2023-05-08TNI", "time")
  end)
end)

describe("dates: times", function()
  it("clock times with zones", function()
    local d = expect("Gempa terjadi pukul 09:15 WIB di lepas pantai.", "pukul 09:15 WIB", "2023-05-10T09:15", "time")
    assert.are.equal("+07:00", d.zone)
    d = expect("Sidang dimulai pukul 10.00 WITA di Makassar.", "pukul 10.00 WITA", "2023-05-10T10:00")
    assert.are.equal("+08:00", d.zone)
    d = expect("Pesawat mendarat pukul 19.30 WIT di Jayapura.", "pukul 19.30 WIT", "2023-05-10T19:30")
    assert.are.equal("+09:00", d.zone)
  end)
  it("a range gives its two ends, sharing the zone", function()
    local ds = dates("Layanan dibuka 10.00-12.00 WIB setiap Sabtu.")
    assert.are.equal("2023-05-10T10:00", ds[1].value)
    assert.are.equal("2023-05-10T12:00", ds[2].value)
    assert.are.equal("+07:00", ds[1].zone)
    assert.are.equal("+07:00", ds[2].zone)
  end)
  it("a date followed by its time is one time item", function()
    local stamp = "Senin, 15 Agustus 2022 | 09:15 WIB"
    local d = expect(stamp, stamp, "2022-08-15T09:15", "time")
    assert.are.equal("+07:00", d.zone)
    assert.is_false(d.anchor)
    expect("Kamis, 08 Jan 2026 07:30 WITA", "Kamis, 08 Jan 2026 07:30 WITA", "2026-01-08T07:30")
    expect("Jum'at, 12 Juni 2020 - 10:54 WIB", "Jum'at, 12 Juni 2020 - 10:54 WIB", "2020-06-12T10:54")
    expect("Rapat Selasa (9/5/2023) pukul 14.00 WIB ditunda.", "Selasa (9/5/2023) pukul 14.00 WIB", "2023-05-09T14:00")
    expect("Diperbarui 2023-05-09 14:20:00 oleh admin.", "2023-05-09 14:20:00", "2023-05-09T14:20")
  end)
end)

describe("dates: durations and sets", function()
  it("durations keep their unit", function()
    expect("Semenanjung itu dijajah selama 35 tahun oleh Jepang.", "35 tahun", "P35Y", "duration")
    expect("Rusia memperingati 77 tahun kemenangan itu.", "77 tahun", "P77Y", "duration")
    expect("Wilayah itu diduduki selama puluhan tahun oleh tentara.", "puluhan tahun", "PXY", "duration")
    expect("Latihan berlangsung dua pekan di laut.", "dua pekan", "P2W", "duration")
    expect("Pasukan bertahan 5 minggu di kota itu.", "5 minggu", "P5W", "duration")
    expect("Kontrak berlaku dua puluh lima tahun sejak diteken.", "dua puluh lima tahun", "P25Y")
    expect("Gencatan senjata bertahan sehari saja.", "sehari", "P1D")
    expect("Pemadaman listrik terjadi 24 jam terakhir.", "24 jam terakhir", "PT24H")
  end)
  it("sets", function()
    expect("Hari libur itu dirayakan setiap tahun di kedua Korea.", "setiap tahun", "P1Y", "set")
    expect("Pasar murah digelar tiap Senin di balai desa.", "tiap Senin", "XXXX-WXX-1", "set")
    expect("Ziarah dilakukan setiap 17 Agustus oleh veteran.", "setiap 17 Agustus", "XXXX-08-17", "set")
  end)
end)

describe("dates: non-dates are left alone", function()
  it("counts, percentages, names, numbers", function()
    for _, s in ipairs({
      "Putin unggul 87,32 persen suara dalam pemilu.",
      "Aksi teror itu menewaskan 40 orang di Moskow.",
      "Uni Soviet menang dalam Perang Dunia II melawan Jerman.",
      "Para pemimpin G20 bertemu di Bali.",
      "Hubungi kami di 0812-3456-7890 atau (021) 555-1234.",
      "Harga tiket Rp 2.019 per lembar.",
      "Rusia menang 2-1 atas Korea dalam laga persahabatan.",
      "Perbarui aplikasi ke versi 2.0 atau Android 12.10 sekarang.",
      "Sebanyak 2019 orang mengungsi dari kota itu.",
      "Dana sebesar US$ 2020 juta dicairkan.",
      "Kedua negara sepakat memperluas kerja sama.",
    }) do
      assert.are.same({}, found(s), s)
    end
  end)
end)

describe("dates: boundary cases", function()
  it("an impossible date is not a date at all", function()
    assert.are.same({}, found("Surat itu bertanggal 31 Februari 2023 menurut arsip."))
    assert.are.same({}, found("Undangan untuk 30 Februari beredar di media sosial."))
  end)
  it("leap years", function()
    expect("Pemilu digelar 29 Februari 2024 serentak.", "29 Februari 2024", "2024-02-29")
    assert.are.same({}, found("Pemilu digelar 29 Februari 2023 serentak."))
  end)
  it("<Month> lalu read in that month is the year before", function()
    expect("Harga naik Januari lalu menurut BPS.", "Januari lalu", "2023-01", "date", "2024-01-20")
    expect("Harga naik Desember lalu menurut BPS.", "Desember lalu", "2023-12", "date", "2024-01-20")
  end)
  it("six-month rule for a day and month without year", function()
    expect("Natal dirayakan pada 25 Desember di gereja.", "25 Desember", "2023-12-25", "date", "2024-01-05")
    expect("Latihan dijadwalkan 1 Juli bersama.", "1 Juli", "2024-07-01", "date", "2024-01-05")
    expect("Latihan dijadwalkan 20 Juli bersama.", "20 Juli", "2023-07-20", "date", "2024-01-05")
  end)
  it("ISO weeks across the year end (week 53)", function()
    expect("Serangan terjadi pekan lalu di perbatasan.", "pekan lalu", "2020-W53", "date", "2021-01-05")
    expect("Serangan terjadi pekan ini di perbatasan.", "pekan ini", "2020-W53", "date", "2021-01-03")
    expect("Ekspor naik tahun lalu.", "tahun lalu", "2020", "date", "2021-01-03")
  end)
  it("N months ago crossing years", function()
    expect("Perang meletus 14 bulan lalu di timur.", "14 bulan lalu", "2021-11", "date", "2023-01-31")
  end)
end)

describe("dates: without a reference date", function()
  it("keeps unresolved parts X and says nothing was anchored", function()
    local d = expect("Parade digelar pada 9 Mei di Moskow.", "9 Mei", "XXXX-05-09", "date", false)
    assert.is_false(d.anchor)
    expect("Ia berpidato Kamis di Pyongyang.", "Kamis", "XXXX-WXX-4", "date", false)
    expect("Harga naik tahun lalu.", "tahun lalu", "XXXX", "date", false)
    expect("Serangan terjadi pekan lalu.", "pekan lalu", "XXXX-WXX", "date", false)
    expect("Serangan terjadi kemarin.", "kemarin", "XXXX-XX-XX", "date", false)
    expect("Pada 9 Mei 2023 parade digelar.", "9 Mei 2023", "2023-05-09", "date", false)
  end)
end)

describe("dates: the reference date", function()
  it("comes from opts.published, else from doc:meta() when it exists", function()
    local doc = kimput.parse("Kemarin hujan.", { published = "2023-05-10" })
    assert.are.equal("2023-05-10", doc:reference())
    doc = kimput.parse("Kemarin hujan.")
    if doc.meta == nil then assert.is_nil(doc:reference()) end
  end)
  it("accepts a date-time", function()
    expect("Menlu tiba kemarin di Seoul.", "kemarin", "2023-05-09", "date", "2023-05-10T08:30")
  end)
end)

describe("dates: spans and body spans", function()
  it("doc:dates() scans doc:body_spans() with doc:reference()", function()
    local doc = kimput.parse("Kim mengirim surat kepada Putin pada 9 Mei lalu, kata pejabat itu kepada wartawan.",
      { published = R })
    local spans, items = doc:body_spans(), doc:dates()
    assert.are.equal(1, #items)
    assert.are.equal("2023-05-09", items[1].value)
    for _, d in ipairs(items) do
      local inside = false
      for _, s in ipairs(spans) do inside = inside or (d.start >= s[1] and d.stop <= s[2]) end
      assert.is_true(inside)
    end
    assert.are.equal(items, doc:dates())  -- cached
  end)
  it("never crosses a line break and stays within the spans given", function()
    local text = "Terbit Senin\n15 Agustus 2022 oleh redaksi"
    assert.are.same({ "Senin=2023-05-08", "15 Agustus 2022=2022-08-15" }, found(text))
    local doc = kimput.parse("Rapat 9 Mei 2023. Rapat 10 Mei 2023.", { published = R })
    doc:_cache().dates = nil
    local items = kimput.core.dates(doc, { { 1, 17 } }, 2023, 5, 10)
    assert.are.equal(1, #items)
    assert.are.equal("9 Mei 2023", items[1].text)
  end)
end)

describe("kimput.date", function()
  it("parses page timestamps", function()
    local d = kimput.date("Senin, 15 Agustus 2022 | 09:15 WIB")
    assert.are.equal("2022-08-15T09:15", d.value)
    assert.are.equal("+07:00", d.zone)
    assert.are.equal("2026-01-08T07:30", kimput.date("Kamis, 08 Jan 2026 07:30 WITA").value)
    assert.are.equal("2023-05-09T14:20", kimput.date("2023-05-09 14:20:00").value)
    assert.are.equal("2020-06-12T10:54", kimput.date("Jum'at, 12 Juni 2020 - 10:54 WIB").value)
    d = kimput.date("2023-05-09T14:20:00+07:00")
    assert.are.equal("2023-05-09T14:20", d.value)
    assert.are.equal("+07:00", d.zone)
  end)
  it("resolves against a reference, and named days", function()
    assert.are.equal("2023-05-09", kimput.date("kemarin", "2023-05-10").value)
    assert.are.equal("XXXX-05-09", kimput.date("9 Mei").value)
    local d = kimput.date("Hari Kemenangan 2023")
    assert.are.equal("2023-05-09", d.value)
    assert.are.equal("Hari Kemenangan", d.name)
    assert.are.equal("2022-08-17", kimput.date("HUT RI", "2022-03-01").value)
  end)
  it("returns nil for no date and errors on bad arguments", function()
    assert.is_nil(kimput.date("tidak ada tanggal di sini"))
    assert.is_nil(kimput.date(""))
    assert.has_error(function() kimput.date(42) end)
    assert.has_error(function() kimput.date("9 Mei", "kemarin") end)
    assert.has_error(function() kimput.date("9 Mei", "2023-02-31") end)
    assert.has_error(function() kimput.date("9 Mei \255") end)
  end)
end)

describe("occasions", function()
  it("finds named days, resolved in the reference year, and not in doc:dates()", function()
    local doc = kimput.parse("Kim mengirim ucapan Hari Kemenangan kepada Putin. Natal 2021 sepi.",
      { published = "2022-05-10" })
    local o = doc:occasions()
    assert.are.equal(2, #o)
    assert.are.equal("Hari Kemenangan", o[1].text)
    assert.are.equal("2022-05-09", o[1].value)
    assert.are.equal("Natal 2021", o[2].text)
    assert.are.equal("2021-12-25", o[2].value)
    assert.are.same({}, doc:dates())
  end)
  it("skips other days that share a name, and lower-case words", function()
    local doc = kimput.parse("Perayaan Tahun Baru Imlek meriah. Kartu natal dijual.", { published = R })
    assert.are.same({}, doc:occasions())
  end)
  it("can be extended", function()
    kimput.dates.holiday { name = "Hari Buruh", month = 5, day = 1, aliases = { "May Day" } }
    local doc = kimput.parse("Demo besar digelar pada Hari Buruh di Jakarta.", { published = R })
    assert.are.equal("2023-05-01", doc:occasions()[1].value)
    table.remove(kimput.dates.holidays)
    assert.has_error(function() kimput.dates.holiday { name = "Rusak", month = 2, day = 30 } end)
    assert.has_error(function() kimput.dates.holiday "Hari Buruh" end)
  end)
end)

describe("dates: the C word table agrees with the lexicons", function()
  local words = kimput.dates.words()
  it("months, weekdays, numbers", function()
    assert.are.same(require "kimput.lexicon.months", words.months)
    assert.are.same(require "kimput.lexicon.weekdays", words.weekdays)
    assert.are.same(require "kimput.lexicon.numbers", words.numbers)
  end)
end)

describe("dates: bad and pathological input", function()
  it("empty text, NUL bytes, repaired UTF-8", function()
    assert.are.same({}, dates(""))
    assert.are.same({ "9 Mei 2023=2023-05-09" }, found("\0\0 9 Mei 2023 \0"))
    local doc = kimput.parse("Rapat 9 Mei \255\254 2023", { published = R, invalid = "replace" })
    assert.are.equal("9 Mei", doc:dates()[1].text)
  end)
  it("huge and repetitive text, quickly", function()
    local parts = {}
    for i = 1, 20000 do parts[i] = "Kamis (27/7) pukul 10.00 WIB, 14 bulan lalu, 2019 orang, 9 9 9 Mei Mei" end
    local ds = dates(table.concat(parts, "\n"))
    assert.are.equal(60000, #ds)
    local long = string.rep("9 ", 200000) .. string.rep("tahun ", 100000) .. string.rep("(", 100000)
    assert.is_table(dates(long))
  end)
  it("checks the arguments of the core functions", function()
    local doc = kimput.parse("9 Mei 2023")
    assert.has_error(function() kimput.core.dates(doc, { { 5, 100 } }) end)
    assert.has_error(function() kimput.core.dates({}, {}) end)
    assert.has_error(function() kimput.core.dates(doc, {}, 2023, 13, 1) end)
  end)
end)
