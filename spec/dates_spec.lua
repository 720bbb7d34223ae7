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
    -- a period typed for the comma, when the date falls on that weekday
    expect("Laga pembuka digelar di stadion itu pada Jumat. 12 Mei 2023.", "Jumat. 12 Mei 2023", "2023-05-12")
    assert.are.same({ "Kamis=2023-05-04", "12 Mei 2023=2023-05-12" },
      found("Laga pembuka digelar pada Kamis. 12 Mei 2023 adalah hari lain."))
    -- the weekday with its date written in words in parentheses, or after "tanggal": one item
    expect("Upacara digelar Selasa (9 Mei 2023) di Lapangan Merah.", "Selasa (9 Mei 2023)", "2023-05-09")
    expect("Upacara digelar hari Selasa tanggal 9 Mei 2023 di lapangan.", "hari Selasa tanggal 9 Mei 2023",
      "2023-05-09")
    -- the date after "pada" on that weekday glosses it; the Javanese market day between them is the date's
    expect("Hari raya jatuh pada hari Kamis pada 18 Mei 2023 menurut kalender.", "hari Kamis pada 18 Mei 2023",
      "2023-05-18")
    assert.are.same({ "Kamis=2023-05-04", "19 Mei 2023=2023-05-19" },
      found("Rapat batal pada Kamis pada 19 Mei 2023 panitia berkumpul lagi."))
    expect("Kenduri digelar Selasa Pon, tanggal 16 Mei 2023 di balai desa.", "Selasa Pon, tanggal 16 Mei 2023",
      "2023-05-16")
    expect("Kenduri digelar Jumat Kliwon 12 Mei 2023 di balai desa.", "Jumat Kliwon 12 Mei 2023", "2023-05-12")
    -- after "tanggal" a day and month need no parentheses
    expect("Rapat digelar tgl. 9/5 di aula kantor.", "9/5", "2023-05-09")
  end)
  it("days listed before one month: one item each", function()
    assert.same({ "2=2023-11-02", "3 November=2023-11-03" }, found("Pameran digelar pada 2 dan 3 November."))
    assert.same({ "2=2022-11-02", "3=2022-11-03", "4 November 2022=2022-11-04" },
      found("Sidang berlangsung pada 2, 3, dan 4 November 2022 di gedung itu."))
    assert.same({ "1=2023-05-01", "2 Mei=2023-05-02" }, found("Libur jatuh pada tanggal 1 dan 2 Mei."))
    assert.same({}, found("Suku bunga naik antara 5 dan 10 persen."))
  end)
  it("numeric dates, day first", function()
    expect("Seperti dilansir AFP, Selasa (9/5/2023), parade berlangsung.", "Selasa (9/5/2023)", "2023-05-09")
    expect("Dokumen bertanggal (09/05/2023) itu beredar.", "09/05/2023", "2023-05-09")
    expect("Rapat ditunda hingga 9/5/2023 oleh panitia.", "9/5/2023", "2023-05-09")
    expect("Tenggat pendaftaran 9-5-2023 sudah lewat.", "9-5-2023", "2023-05-09")
    expect("Laporan diterbitkan 2023-05-09 oleh kementerian.", "2023-05-09", "2023-05-09")
    -- dots in parentheses after a weekday (elsewhere a dotted number is no date)
    expect("Kebakaran terjadi Selasa (9.5.2023) malam.", "Selasa (9.5.2023) malam", "2023-05-09TNI", "time")
    assert.are.same({}, found("Versi (9.5.2023) dirilis pengembang."))
    -- a two-digit year, with slashes or with dashes written without spaces
    expect("Surat bertanggal 09/05/23 itu beredar.", "09/05/23", "2023-05-09")
    expect("Surat bertanggal 09-05-23 itu beredar.", "09-05-23", "2023-05-09")
    -- a day and month bare after a word of when (not a fraction)
    expect("Presiden Amara menyurati Lestari pada 9/9 tahun lalu.", "9/9 tahun lalu", "2022-09-09")
    expect("Upacara digelar pada 17/8.", "17/8", "2023-08-17")
    assert.are.same({}, found("Inflasi naik pada 1/2 persen."))
    expect("Banjir melanda Selasa (9-5-23) sore di kota itu.", "Selasa (9-5-23) sore", "2023-05-09TAF")
    expect("Surat bertanggal (9-5-23) itu beredar.", "9-5-23", "2023-05-09")
    assert.same({}, found("Pemain itu menang 21-19-21 dan skor 9-5-23 tercatat."))
    -- spaces around the slashes in parentheses (as scraped); without a year only after its weekday
    expect("Rapat digelar Selasa (9 / 5 / 2023) di kantor bupati.", "Selasa (9 / 5 / 2023)", "2023-05-09")
    expect("Rapat digelar Selasa (9 / 5) di kantor bupati.", "Selasa (9 / 5)", "2023-05-09")
    assert.same({}, found("Tim tamu unggul (3 / 2) pada babak pertama."))
  end)
  it("months, years, decades, centuries", function()
    expect("Kunjungan itu direncanakan pada Mei 2023.", "Mei 2023", "2023-05")
    expect("Perjanjian diteken tahun 2023 di Vladivostok.", "tahun 2023", "2023")
    expect("Kesepakatan ditandatangani pada 2019, ketika keduanya bertemu.", "2019", "2019")
    expect("Senjata nuklir ditarik sejak 1990-an oleh Moskow.", "1990-an", "199")
    local d = expect("Krisis moneter terjadi pada akhir dekade 1990-an.", "akhir dekade 1990-an", "199")
    assert.are.equal("END", d.mod)
    expect("Lagu itu populer pada era 80-an di radio.", "80-an", "198")
    expect("Kawasan itu masih hutan pada tahun 70-an.", "tahun 70-an", "197")
    expect("Kaset itu digemari generasi 90-an.", "90-an", "199")
    expect("Kota ini berkembang pada tahun 90an dan awal abad ini.", "tahun 90an", "199")
    -- a two-digit "-an" is also an age or a rough count: no decade there
    assert.are.same({}, found("Pelaku berusia 30-an tahun, sedangkan korban berumur 20-an."))
    assert.are.same({}, found("Ada 50-an warga mengungsi dan 20-an orang luka, kata petugas sekitar jam 10-an."))
    -- a rough count said again in figures, in parentheses
    assert.are.same({}, found("Tercatat puluhan (30-an) kali gempa susulan sejak itu."))
    assert.are.same({ "90-an=199" }, found("Generasi (90-an) kini dewasa."))
    assert.are.same({ "1950=1950", "1953=1953" }, found("Perang Korea 1950-1953 menewaskan jutaan orang."))
    -- two years in one token, the second the year after the first: a school year, a season
    assert.are.same({ "tahun 2025=2025", "2026=2026" }, found("Pada tahun 2025/2026, jumlah siswa naik."))
    assert.are.same({ "2024=2024", "25=2025" }, found("Liga Inggris musim 2024/25 berakhir dengan kejutan."))
    assert.are.same({}, found("Aturan itu tertuang dalam Perpres Nomor 2025/2026."))
    -- a year glued to pasca / pra: the year, as "pasca 2019" gives it
    assert.are.same({ "2019=2019", "2020=2020" }, found("Ekonomi daerah pasca-2019 melambat, berbeda dengan pra-2020."))
    assert.are.same({}, found("Kode pasca-20190 tertera di dokumen itu."))
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
  it("a bare weekday in a clause of plan: the next on or after R", function()
    expect("Presiden akan menerima Perdana Menteri Jepang pada Kamis di istana.", "Kamis", "2023-05-11")
    expect("Menlu dijadwalkan bertemu mitranya dari Korea Selatan, Senin.", "Senin", "2023-05-08")
    expect("Menlu dijadwalkan bertemu mitranya dari Korea Selatan Senin.", "Senin", "2023-05-15")
    expect("Rencananya, Paus juga akan bertemu imam besar pada Rabu.", "Rabu", "2023-05-10")
    -- not the plan of a relative or a time clause, nor one after the day
    expect("Calon yang akan maju dalam pilkada mendaftar pada Kamis.", "Kamis", "2023-05-04")
    expect("Ia mengatakan itu saat akan bertolak ke Tokyo pada Kamis.", "Kamis", "2023-05-04")
    expect("Pada Kamis, Presiden mengatakan akan berkunjung ke Tokyo.", "Kamis", "2023-05-04")
  end)
  it("Minggu is Sunday only where it is a day", function()
    expect("Parade diadakan pada Minggu di pusat kota.", "Minggu", "2023-05-07")
    expect("Warga berkumpul Minggu (7/5) di alun-alun.", "Minggu (7/5)", "2023-05-07")
    expect("Minggu lalu kedua negara berunding.", "Minggu lalu", "2023-W18")
    -- the day a statement was made, set off by a comma at its end
    expect('"Warga sudah aman," kata Asep saat dihubungi, Minggu.', "Minggu", "2023-05-07")
    expect("Hal itu ia sampaikan di Bandung, Minggu, usai rapat.", "Minggu", "2023-05-07")
    expect("Ia akan kembali minggu depan ke Seoul.", "minggu depan", "2023-W20")
    expect("Perundingan berlangsung dua minggu penuh.", "dua minggu", "P2W", "duration")
  end)
  it("a weekday after a capitalised word of a place is part of its name", function()
    assert.are.same({}, found("Polisi menggerebek rumah di Pasar Minggu, Jakarta Selatan."))
    assert.are.same({}, found("Korban tinggal di Jalan Kamis Raya bersama keluarganya."))
    -- ... not with its date, nor as the day after the name
    assert.are.same({ "Minggu (7/5)=2023-05-07" }, found("Pedagang Pasar Minggu berkumpul Minggu (7/5)."))
    assert.are.same({ "Senin=2023-05-08" }, found("Banjir merendam Jalan Kamis Raya, Senin."))
  end)
  it("weeks, months and years around R", function()
    expect("Serangan terjadi pekan lalu di perbatasan.", "pekan lalu", "2023-W18")
    expect("Harga naik bulan lalu menurut data resmi.", "bulan lalu", "2023-04")
    expect("Ekspor turun tahun lalu karena sanksi.", "tahun lalu", "2022")
    expect("Tahun ini Rusia menggelar parade besar.", "Tahun ini", "2023")
    expect("Pemilu dijadwalkan tahun depan oleh komisi.", "tahun depan", "2024")
  end)
  it("'satu per satu' (one by one) counts no unit after it", function()
    expect("Kami mendatangi warga satu per satu bulan lalu.", "bulan lalu", "2023-04")
    expect("Relawan menyapa pengungsi satu demi satu tahun lalu.", "tahun lalu", "2022")
    expect("Bantuan dibagi per dua minggu kepada warga.", "dua minggu", "P2W", "duration")
  end)
  it("named months", function()
    expect("Pada Februari lalu, Korut menggelar uji coba.", "Februari lalu", "2023-02")
    expect("Korea Utara pada bulan Juli mengakui dua negara baru.", "bulan Juli", "2023-07")
    expect("Pada Desember, harga minyak turun tajam.", "Desember", "2022-12")
    -- a month alone after a verb of when something starts or is held
    expect("Tahun ajaran baru dimulai Juli.", "Juli", "2023-07")
    expect("Festival budaya digelar Agustus di alun-alun.", "Agustus", "2023-08")
    expect("Kasus baru mencapai seratus sepanjang Februari.", "Februari", "2023-02")
    expect("Angka itu turun dibanding Maret.", "Maret", "2023-03")
    -- a name after such a verb is no month
    assert.are.same({}, found("Acara itu digelar Juni Ardianto dan kawan-kawan."))
    -- a month told again after "yakni"/"yaitu" right after a time just told: in its year
    assert.are.same({ "akhir tahun 2022=2022", "Desember=2022-12" },
      found("Jalan itu ditargetkan selesai pada akhir tahun 2022 yakni Desember."))
    assert.are.same({ "tahun lalu=2022", "Maret=2022-03" },
      found("Proyek dimulai tahun lalu, yaitu Maret, dan selesai."))
    assert.are.same({ "2021=2021" }, found("Rapat digelar 2021, yakni Juni Lestari hadir."))
    assert.are.same({}, found("Pemenangnya yakni Desember Putra dari Bandung."))
    -- a month alone after a figure counted by the month: that figure's month
    expect("BI memperkirakan inflasi April tetap terkendali.", "April", "2023-04")
    assert.are.same({ "Maret=2023-03", "Februari=2023-02" }, found("Ekspor Maret naik 5 persen dibanding Februari."))
    assert.are.same({}, found("Data Mei Lestari tercatat di kelurahan."))
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
    -- dalam N of any unit from days to years is that far ahead, as N ... lagi
    expect("Hasil uji keluar dalam dua minggu kata dokter.", "dua minggu", "2023-W21")
    expect("Jembatan itu selesai dalam dua bulan kata kontraktor.", "dua bulan", "2023-07")
    expect("Bendungan rampung dalam tiga tahun menurut menteri.", "tiga tahun", "2026")
    expect("Berkas dikirim paling lambat dalam sepekan ke kantor.", "sepekan", "2023-W20")
    -- unless it is the window a figure is measured in: a count, a superlative, a first, a never
    expect("Saham naik 12 persen dalam dua minggu di bursa.", "dua minggu", "P2W", "duration")
    expect("Warung itu menjual 300 porsi dalam sehari saja.", "sehari", "P1D", "duration")
    expect("Itu banjir terparah dalam dua puluh tahun di kota.", "dua puluh tahun", "P20Y", "duration")
    expect("Itu kunjungan pertama menteri ke pulau itu dalam 15 tahun.", "15 tahun", "P15Y", "duration")
    expect("Hal itu belum pernah terjadi dalam 40 tahun di desa.", "40 tahun", "P40Y", "duration")
    -- working days: no calendar day to count to
    expect("Sertifikat terbit dalam 14 hari kerja sejak berkas lengkap.", "14 hari", "P14D", "duration")
    -- or told after it, in a sentence it opens: "Dalam satu hari, ... tiga pertemuan" (not a deadline ahead)
    expect("Dalam satu hari, menteri menggelar tiga pertemuan.", "satu hari", "P1D", "duration")
    expect("Dalam sehari, polisi menangkap lima tersangka.", "sehari", "P1D", "duration")
    expect("Dalam tiga hari, pemerintah akan memutuskan nasib 200 pekerja.", "tiga hari", "2023-05-13")
    -- units of the clock stay durations
    expect("Pelaku wajib lapor dalam 24 jam ke polisi.", "24 jam", "PT24H", "duration")
    expect("Tim kembali 5 hari lagi ke markas.", "5 hari lagi", "2023-05-15")
  end)
  it("parts of the day", function()
    expect("Ledakan terdengar dini hari di pelabuhan.", "dini hari", "2023-05-10TNI", "time")
    expect("Presiden tiba pagi ini di istana.", "pagi ini", "2023-05-10TMO", "time")
    expect("Konser digelar malam nanti di stadion.", "malam nanti", "2023-05-10TNI", "time")
    expect("Hujan deras turun tadi malam di ibu kota.", "tadi malam", "2023-05-09TNI", "time")
    -- the night before tadi is last night too; another part of the day with tadi is earlier today
    expect("Presiden Amara menelepon Perdana Menteri Lestari malam tadi.", "malam tadi", "2023-05-09TNI", "time")
    expect("Hujan ringan turun pagi tadi di Bogor.", "pagi tadi", "2023-05-10TMO", "time")
    -- the part of the day before kemarin or besok: that day's
    expect("Sore kemarin, hujan deras mengguyur Bogor.", "Sore kemarin", "2023-05-09TAF", "time")
    expect("Malam besok, laga final digelar.", "Malam besok", "2023-05-11TNI", "time")
    -- a clock time after such a part of the day joins it, on that day
    expect("Pagi tadi sekitar pukul 06.00 WIB, warga panik.", "Pagi tadi sekitar pukul 06.00 WIB",
      "2023-05-10T06:00", "time")
    expect("Tadi malam sekitar pukul 23.00 WIB, api muncul.", "Tadi malam sekitar pukul 23.00 WIB",
      "2023-05-09T23:00", "time")
    expect("Malam ini pukul 8 laga digelar.", "Malam ini pukul 8", "2023-05-10T20:00", "time")
    expect("Rapat digelar Senin (8/5) sore kemarin.", "Senin (8/5) sore kemarin", "2023-05-08TAF", "time")
    -- "nanti" before the part of the day: today's, still ahead
    expect("Nanti malam, laga final digelar di Stadion Jatidiri.", "Nanti malam", "2023-05-10TNI", "time")
    expect("Sidang dilanjutkan nanti siang di PN Bandung.", "nanti siang", "2023-05-10TMI", "time")
    assert.are.same({ "12 Mei=2023-05-12" }, found("Laga digelar 12 Mei nanti malam."))
    expect("Rapat berlangsung Senin malam di DPR.", "Senin malam", "2023-05-08TNI", "time")
    -- "malam Minggu" is Saturday night, "malam Jumat" Thursday night: the eve of the day named
    expect("Warga berkumpul pada malam Minggu di alun-alun.", "malam Minggu", "2023-05-06TNI", "time")
    expect("Pengajian rutin digelar malam Jumat di Desa Sukaraja.", "malam Jumat", "2023-05-04TNI", "time")
    expect("Malam Minggu lalu, dua motor hilang di parkiran.", "Malam Minggu lalu", "2023-05-06TNI", "time")
    expect("Balap liar marak malam Minggu depan, kata polisi.", "malam Minggu depan", "2023-05-13TNI", "time")
    expect("Motor itu hilang malam Minggu, sekitar pukul 23.15 Wita.", "malam Minggu, sekitar pukul 23.15 Wita",
      "2023-05-06T23:15", "time")
    expect("Motor itu hilang malam Minggu pukul 23.15.", "malam Minggu pukul 23.15", "XXXX-WXX-6T23:15", "time", false)
    -- glossed by "atau" and the eve's own weekday with its date: that date's night
    assert.are.same({ "malam Kamis=2023-05-17TNI", "hari Rabu, 17 Mei 2023=2023-05-17" },
      found("Tradisi itu jatuh pada malam Kamis atau hari Rabu, 17 Mei 2023 di desa itu."))
    assert.are.same({ "malam Kamis=2023-05-10TNI", "Selasa, 16 Mei 2023=2023-05-16" },
      found("Warga berkumpul malam Kamis atau Selasa, 16 Mei 2023 mereka pulang."))
  end)
  it("semalam is last night, or a weekday's night; one night counted is none", function()
    expect("Kebakaran melanda Pasar Sukamaju semalam.", "semalam", "2023-05-09TNI", "time")
    expect("Semalam, hujan deras mengguyur Kota Bogor.", "Semalam", "2023-05-09TNI", "time")
    expect("Polisi menangkap pelaku Selasa semalam di rumahnya.", "Selasa semalam", "2023-05-09TNI", "time")
    assert.are.same({}, found("Ia menginap semalam di rumah kerabatnya."))
    assert.are.same({}, found("Warga berjaga semalam suntuk di posko."))
    assert.are.same({}, found("Harga cabai naik dalam semalam."))
    assert.are.same({ "sehari=P1D" }, found("Tim SAR bekerja sehari semalam mencari korban."))
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
  it("days counted from the day reported last are dates; with none before, from R", function()
    assert.same({ "Selasa (9/5)=2023-05-09", "Sehari sebelumnya=2023-05-08", "dua hari kemudian=2023-05-10" },
      found("Rapat digelar Selasa (9/5). Sehari sebelumnya, panitia bersiap. Hasilnya diumumkan dua hari kemudian."))
    assert.same({ "Dua hari kemudian=2023-05-12" }, found("Dua hari kemudian, ia pulang."))
    -- weeks count seven days
    assert.same({ "Selasa (9/5)=2023-05-09", "Seminggu kemudian=2023-05-16", "dua pekan sebelumnya=2023-05-02" },
      found("Rapat digelar Selasa (9/5). Seminggu kemudian, panitia pulang. Undangan dikirim dua pekan sebelumnya."))
    assert.same({ "Seminggu kemudian=2023-05-17" }, found("Seminggu kemudian, ia pulang."))
    -- after selama, a stretch: a duration
    assert.same({ "dua hari=P2D" }, found("Ia dirawat selama dua hari sebelumnya."))
    assert.same({ "Selasa (9/5)=2023-05-09", "Keesokan harinya=2023-05-10" },
      found("Rapat digelar Selasa (9/5). Keesokan harinya, panitia pulang."))
    assert.same({ "Keesokan harinya=2023-05-11" }, found("Keesokan harinya, panitia pulang."))
    -- an earlier day a stretch runs from is background: the story stays on its later day
    assert.same({ "Selasa (9/5) sore=2023-05-09TAF", "1 April 2023=2023-04-01", "malam harinya=2023-05-09TNI" },
      found("Tamu tiba Selasa (9/5) sore. Ia menjabat sejak resmi dilantik pada 1 April 2023. " ..
        "Pada malam harinya, jamuan digelar."))
    assert.same({ "Senin (8/5)=2023-05-08", "Keesokan harinya=2023-05-09" },
      found("Banjir melanda sejak Senin (8/5). Keesokan harinya, warga mengungsi."))
    assert.same({ "Selasa (9/5)=2023-05-09", "hari berikutnya=2023-05-10" },
      found("Rapat digelar Selasa (9/5). Hasilnya diumumkan pada hari berikutnya."))
    -- counted from a day that used R, they used it too; from a written year, not
    local ds = dates("Kapal berangkat Selasa (9/5) pukul 23.30 WIB dan tiba keesokan harinya pukul 06.15 WIB.")
    assert.same({ "2023-05-10T06:15", true }, { ds[2].value, ds[2].anchor })
    ds = dates("Rapat digelar Selasa (9/5/2023). Sehari sebelumnya, panitia bersiap.")
    assert.same({ "2023-05-08", false }, { ds[2].value, ds[2].anchor })
    -- however far back the day was told: the story goes on from it
    assert.same({ "Selasa (9/5)=2023-05-09", "Sehari sebelumnya=2023-05-08" },
      found("Raja menerima tamu dari Hanoi, Selasa (9/5).\nPertemuan dihadiri perdana menteri.\n" ..
        "Raja menyambut baik hubungan itu.\n\"Kami sahabat lama,\" titah Raja.\n" ..
        "Sehari sebelumnya, tamu itu bertemu menteri."))
  end)
  it("days counted after a month or year, with no day told, stay at its grain, not R's day", function()
    assert.same({ "Oktober 2022=2022-10", "tiga hari kemudian=2022-10" },
      found("Perkara itu bermula pada Oktober 2022, saat gudang dibobol. Barang ditemukan tiga hari kemudian."))
    -- counted on from its middle: three weeks after mid-October is November; a year, a week, a quarter
    assert.same({ "Oktober 2022=2022-10", "Seminggu kemudian=2022-10", "dua pekan berikutnya=2022-11" },
      found("Pabrik dibuka Oktober 2022. Seminggu kemudian, mesin rusak. Gaji telat dua pekan berikutnya."))
    assert.same({ "tahun 2019=2019", "Sehari sebelumnya=2019" },
      found("Jembatan diresmikan pada tahun 2019. Sehari sebelumnya, warga berpawai."))
    assert.same({ "Pekan lalu=2023-W18", "Dua hari kemudian=2023-W18" },
      found("Pekan lalu kios itu terbakar. Dua hari kemudian, pemiliknya melapor."))
    assert.same({ "kuartal III 2021=2021-Q3", "Keesokan harinya=2021-Q3" },
      found("Laba turun pada kuartal III 2021. Keesokan harinya, direksi mundur."))
    -- a day told wins, however far back; so does R over a year that bounds a stretch or compares
    assert.same({ "Senin (8/5)=2023-05-08", "Maret 2021=2021-03", "Dua hari kemudian=2023-05-10" },
      found("Kebakaran terjadi Senin (8/5). Pabrik itu dibangun pada Maret 2021. Dua hari kemudian, polisi datang."))
    assert.same({ "2019=2019", "Sehari kemudian=2023-05-11" },
      found("Polisi menangkap pelaku. Ia buron sejak 2019. Sehari kemudian, ia diadili."))
    -- nor is a year ending a name, an edition ("Kota Open 2023")
    assert.same({ "2023=2023", "Sehari kemudian=2023-05-11" },
      found("Atlet itu menjuarai Kota Open 2023. Sehari kemudian, ia diarak warga."))
    -- nor a year or month still ahead of R, a hope or a plan: the days count from R
    assert.same({ "2024=2024", "sehari sebelumnya=2023-05-09" },
      found("Ia berharap 2024 menjadi tahun yang baik, tulisnya dalam surat yang dikirim sehari sebelumnya."))
    -- a month told since, in the count's sentence or the one before it points back to, is its anchor
    assert.same({ "Senin (8/5)=2023-05-08", "Maret 2021=2021-03", "dua hari kemudian=2021-03" },
      found("Rapat digelar Senin (8/5). Keduanya pernah bertemu pada Maret 2021 dan berpisah dua hari kemudian."))
    assert.same({ "Senin (8/5)=2023-05-08", "Juni 2021=2021-06", "sehari kemudian=2021-06" },
      found("Rapat digelar Senin (8/5). Keduanya pernah bertemu di Riga pada Juni 2021. " ..
        "Saat itu, menteri juga singgah di Oslo sehari kemudian."))
    -- a month after the story's day (not after R) is where the story went on: counts from it,
    -- in any sentence after; not a month after R (a plan), nor one before the day (background)
    assert.same({ "8 Januari 2023=2023-01-08", "Februari 2023=2023-02", "Sepekan kemudian=2023-02" },
      found("Menteri menerima duta besar pada 8 Januari 2023. Keduanya bertemu lagi di Oslo pada Februari 2023. " ..
        "Sepekan kemudian, duta besar itu mengirim surat."))
    assert.same({ "8 Januari 2023=2023-01-08", "Juli 2023=2023-07", "Sepekan kemudian=2023-01-15" },
      found("Menteri menerima duta besar pada 8 Januari 2023. Keduanya akan bertemu lagi pada Juli 2023. " ..
        "Sepekan kemudian, duta besar itu mengirim surat."))
  end)
  it("'hari yang sama', 'hari itu' are the story's last day, not a month told since", function()
    assert.same({ "Minggu (7/5)=2023-05-07", "Juli 2021=2021-07", "hari yang sama=2023-05-07" },
      found("Menteri bertemu duta besar pada Minggu (7/5). Keduanya pernah bertemu di Riga pada Juli 2021. " ..
        "Menteri juga menerima telepon dari Praha pada hari yang sama."))
    assert.same({ "Senin (8/5)=2023-05-08", "Hari itu pukul 10.00=2023-05-08T10:00" },
      found("Banjir datang Senin (8/5). Hari itu pukul 10.00 air naik."))
    -- with no day told, or the same day as something named, none
    assert.same({}, found("Hari itu, hujan turun deras."))
    assert.same({}, found("Lebaran jatuh pada hari yang sama dengan Nyepi."))
  end)
  it("'hari pertama', 'hari kedua', 'hari terakhir' of a range of days just told are those days of it", function()
    assert.same({ "Senin=2023-05-08", "Rabu (8-10/5)=2023-05-10", "hari pertama=2023-05-08" },
      found("Kunjungan menteri berlangsung Senin-Rabu (8-10/5). Pada hari pertama, menteri bertemu wali kota."))
    assert.same({ "2=2023-05-02", "4 Mei=2023-05-04", "hari kedua=2023-05-03", "Hari terakhir=2023-05-04" },
      found("Pameran digelar 2-4 Mei. Pada hari kedua, pengunjung membludak. Hari terakhir sepi."))
    -- none past the range's end, none with no range told, and a count of days stays one
    assert.same({ "2=2023-05-02", "4 Mei=2023-05-04" }, found("Pameran digelar 2-4 Mei. Pada hari keempat, hujan."))
    assert.same({}, found("Pada hari pertama sekolah, siswa diantar orang tua."))
    assert.same({ "2=2023-05-02", "4 Mei=2023-05-04", "beberapa hari terakhir=PXD" },
      found("Pameran digelar 2-4 Mei. Harga naik dalam beberapa hari terakhir."))
  end)
  it("a part of the day with harinya or itu is that part of the story's day", function()
    assert.same({ "Senin (8/5) pagi=2023-05-08TMO", "malam harinya=2023-05-08TNI" },
      found("Korban pamit Senin (8/5) pagi. Pada malam harinya, polisi menangkap pelaku."))
    assert.same({ "Selasa (9/5)=2023-05-09", "Malam itu=2023-05-09TNI" },
      found("Banjir datang Selasa (9/5). Malam itu, hujan turun deras."))
    -- with no day before them, none
    assert.same({}, found("Malam itu, hujan turun deras. Ia pulang pada sore harinya."))
    -- so is one opening its sentence before a comma (Pada aside), and one with -nya
    assert.same({ "Selasa (9/5)=2023-05-09", "Pagi hari=2023-05-09TMO", "pagi hari=2023-05-09TMO",
      "Siangnya=2023-05-09TMI" },
      found("Banjir datang Selasa (9/5). Pagi hari, warga mengungsi. Pada pagi hari, hujan reda. " ..
        "Siangnya, bupati datang."))
    -- a part of the day inside its sentence is not
    assert.same({ "Selasa (9/5)=2023-05-09" },
      found("Banjir datang Selasa (9/5). Warga mengungsi pagi hari, lalu pulang."))
  end)
  it("the day a statement was made is not the story's day that later days count from", function()
    assert.same({ "Senin (8/5) malam=2023-05-08TNI", "Rabu (10/5)=2023-05-10", "keesokan harinya=2023-05-09" },
      found("Pembunuhan terjadi Senin (8/5) malam.\n\"Pelaku kami kejar,\" kata Kapolres Rudi kepada wartawan, " ..
        "Rabu (10/5).\nKorban ditemukan warga keesokan harinya."))
    -- the date after "seperti dilansir <medium>," is the page's, not the story's
    assert.same({ "Rabu (3/5)=2023-05-03", "Jumat (5/5)=2023-05-05", "Sehari kemudian=2023-05-04" },
      found("Menteri mengirim surat pada Rabu (3/5), seperti dilansir Kantor Berita Nusantara, Jumat (5/5). " ..
        "Sehari kemudian, duta besar menelepon."))
    assert.same({ "Senin (8/5)=2023-05-08", "Selasa (9/5)=2023-05-09", "keesokan harinya=2023-05-09" },
      found("Banjir datang Senin (8/5). Kapal itu tenggelam, demikian dilaporkan Kantor Berita Nusantara, " ..
        "Selasa (9/5). Tim SAR tiba keesokan harinya."))
    assert.same({ "Senin (8/5)=2023-05-08", "Selasa (9/5)=2023-05-09", "keesokan harinya=2023-05-10" },
      found("Banjir datang Senin (8/5). Kasus itu dilaporkan ke polisi, Selasa (9/5). " ..
        "Pelaku ditangkap keesokan harinya."))
    -- a date after a comma with no reporting word before it is the story's
    assert.same({ "Senin (8/5)=2023-05-08", "Selasa (9/5)=2023-05-09", "keesokan harinya=2023-05-10" },
      found("Banjir datang Senin (8/5). Air surut di Desa Kalimati, Selasa (9/5). Warga pulang keesokan harinya."))
  end)
  it("the formal style: tanggal 10 bulan Juni tahun 2024 is one date", function()
    expect("Sidang digelar pada hari Senin tanggal 8 bulan Mei tahun 2023.",
      "hari Senin tanggal 8 bulan Mei tahun 2023", "2023-05-08")
    expect("Surat itu bertanggal 5 bulan Mei di kantor desa.", "5 bulan Mei", "2023-05-05")
    expect("Ia ditahan 10 bulan lamanya.", "10 bulan", "P10M", "duration")
  end)
  it("'tahun' between a month and its year: one item in that year", function()
    expect("Pilkada digelar November tahun 2024 mendatang.", "November tahun 2024 mendatang", "2024-11")
    expect("Kasus itu terjadi pada bulan Mei tahun 2020.", "bulan Mei tahun 2020", "2020-05")
    expect("Kebakaran terjadi 5 Mei tahun 2020 di pasar.", "5 Mei tahun 2020", "2020-05-05")
    expect("Banjir melanda pada akhir Desember tahun 2019.", "akhir Desember tahun 2019", "2019-12")
    assert.same({ "Januari=2021-01", "Maret tahun 2021=2021-03" },
      found("Ekspor naik Januari hingga Maret tahun 2021."))
  end)
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
    -- two weekdays joined: both are sets
    assert.same({ "setiap Selasa=XXXX-WXX-2", "Jumat=XXXX-WXX-5" },
      found("Posyandu buka setiap Selasa dan Jumat di balai warga."))
    assert.same({ "setiap Senin=XXXX-WXX-1", "Jumat=XXXX-WXX-5" },
      found("Vaksinasi dilakukan setiap Senin hingga Jumat di puskesmas."))
  end)
  it("a day and month with nanti is the next such day, as with mendatang", function()
    expect("Upacara digelar 17 Februari nanti di alun-alun.", "17 Februari", "2024-02-17")
    expect("Upacara digelar 12 Mei nanti di alun-alun.", "12 Mei", "2023-05-12")
    expect("Upacara digelar 10 Mei nanti di alun-alun.", "10 Mei", "2023-05-10")
    -- "besok" after a weekday or its date: one item, the coming day
    expect("Sekolah kembali dibuka Senin (15/5) besok.", "Senin (15/5) besok", "2023-05-15")
    expect("Sekolah kembali dibuka Senin besok oleh dinas.", "Senin besok", "2023-05-15")
  end)
end)

describe("dates: quarters and halves", function()
  it("a quarter with its year, written many ways", function()
    expect("Ekonomi tumbuh 5 persen pada kuartal II 2021 menurut BPS.", "kuartal II 2021", "2021-Q2")
    -- the fiscal year ("tahun anggaran") is the calendar year: one item
    expect("Realisasi belanja semester pertama tahun anggaran 2022 tercatat rendah.",
      "semester pertama tahun anggaran 2022", "2022-H1")
    expect("Rapat evaluasi APBD Triwulan III Tahun Anggaran 2022 digelar di aula.", "Triwulan III Tahun Anggaran 2022",
      "2022-Q3")
    expect("Laba naik pada triwulan ke-3 tahun ini.", "triwulan ke-3 tahun ini", "2023-Q3")
    expect("Ekspor turun pada trimester kedua tahun lalu.", "trimester kedua tahun lalu", "2022-Q2")
    expect("Penjualan anjlok pada kuartal III-2022 di pasar domestik.", "kuartal III-2022", "2022-Q3")
    expect("Kinerja kuartal kedua (April-Juni) 2022 membaik.", "kuartal kedua (April-Juni) 2022", "2022-Q2")
    expect("Belanja naik pada kuartal 4 tahun 2020 menurut survei.", "kuartal 4 tahun 2020", "2020-Q4")
  end)
  it("with awal, akhir, pertengahan", function()
    local d = expect("Harga naik pada akhir kuartal III 2022 di pasar.", "akhir kuartal III 2022", "2022-Q3")
    assert.are.equal("END", d.mod)
  end)
  it("a quarter without its year is R's, or last year's when it lies ahead", function()
    expect("Target dicapai pada kuartal I menurut direksi.", "kuartal I", "2023-Q1")
    expect("Kredit macet naik pada kuartal IV menurut bank.", "kuartal IV", "2023-Q4", "date", "2024-01-20")
    expect("Kredit macet naik pada kuartal IV menurut bank.", "kuartal IV", "XXXX-Q4", "date", false)
  end)
  it("relative quarters: the one before R's, or before the quarter last named", function()
    expect("Angka itu lebih baik dari kuartal lalu.", "kuartal lalu", "2023-Q1")
    expect("Angka itu lebih baik dari kuartal sebelumnya.", "kuartal sebelumnya", "2023-Q1")
    assert.are.same({ "kuartal III 2022=2022-Q3", "kuartal sebelumnya=2022-Q2", "kuartal berikutnya=2022-Q3" },
      found("Laba kuartal III 2022 turun dari kuartal sebelumnya dan naik lagi pada kuartal berikutnya."))
    expect("Ekspor naik dua kuartal berturut-turut.", "dua kuartal", "P2Q", "duration")
    -- a range's second told by its ordinal alone is a quarter too, a year after it both's
    assert.are.same({ "kuartal pertama=2023-Q1", "ketiga=2023-Q3" },
      found("Secara kumulatif dari kuartal pertama hingga ketiga, ekonomi tumbuh."))
    assert.are.same({ "kuartal I=2021-Q1", "III 2021=2021-Q3" }, found("Laba naik dari kuartal I hingga III 2021."))
    assert.are.same({ "kuartal II=2023-Q2" }, found("Laba kuartal II naik hingga 3 persen."))
    -- a lalu or mendatang after the written year is in the span and changes nothing
    expect("Kuartal IV 2022 lalu ekonomi tumbuh 5 persen.", "Kuartal IV 2022 lalu", "2022-Q4")
    expect("Pada semester II 2023 mendatang, proyek dimulai.", "semester II 2023 mendatang", "2023-H2")
  end)
  it("the month or year before / after the one a date named last, else R's", function()
    assert.are.same({ "Mei 2022=2022-05", "bulan sebelumnya=2022-04" },
      found("Surplus Mei 2022 lebih tinggi dibandingkan bulan sebelumnya."))
    assert.are.same({ "2021=2021", "tahun sebelumnya=2020" },
      found("Kunjungan wisatawan pada 2021 naik 20 persen dibanding tahun sebelumnya."))
    assert.are.same({ "Maret 2022=2022-03", "Maret tahun sebelumnya=2021-03" },
      found("Ekspor Maret 2022 naik dibanding Maret tahun sebelumnya."))
    expect("Harga beras naik dibanding bulan sebelumnya.", "bulan sebelumnya", "2023-04")
    expect("Program itu dilanjutkan pada tahun berikutnya.", "tahun berikutnya", "2024")
    -- the same comparison told again counts from the month named, not from the first count
    assert.are.same({ "Juni 2022=2022-06", "bulan sebelumnya=2022-05", "bulan sebelumnya=2022-05" },
      found("Ekspor Juni 2022 naik dibanding bulan sebelumnya. Kenaikan itu lebih besar dari bulan sebelumnya."))
    assert.are.same({ "tahun sebelumnya=2022", "tahun sebelumnya=2022" },
      found("Panen naik dibanding tahun sebelumnya, lebih tinggi dari tahun sebelumnya."))
    -- with a count the words count a span, as before
    assert.are.same({ "2010=2010", "dua tahun=P2Y" }, found("Ia lulus pada 2010 dan menikah dua tahun sebelumnya."))
  end)
  it("the first or last three or six months of a year are its quarter or half", function()
    expect("Ekonomi tumbuh 5,1 persen pada tiga bulan pertama 2024.", "tiga bulan pertama 2024", "2024-Q1", "date")
    expect("Neraca dagang tiga bulan pertama di 2022 defisit.", "tiga bulan pertama di 2022", "2022-Q1", "date")
    expect("Penjualan enam bulan pertama tahun ini naik.", "enam bulan pertama tahun ini", "2023-H1", "date")
    expect("Inflasi tiga bulan terakhir 2022 terkendali.", "tiga bulan terakhir 2022", "2022-Q4", "date")
    expect("Ekspor tiga bulan pertama (Januari-Maret) 2022 naik.", "tiga bulan pertama (Januari-Maret) 2022",
      "2022-Q1")
    -- without a year: a count, and the last months counted back from now
    expect("Dalam tiga bulan pertama, program itu menjangkau seribu keluarga.", "tiga bulan", "P3M", "duration")
    assert.are.same({ "tiga bulan terakhir=P3M", "tahun ini=2023" },
      found("Harga naik dalam tiga bulan terakhir tahun ini."))
    -- the months named after the year are the span's too
    expect("Laba bank itu tiga bulan pertama 2022 (Januari-Maret) naik.", "tiga bulan pertama 2022 (Januari-Maret)",
      "2022-Q1")
  end)
  it("other first or last months of a year: one duration with its year", function()
    expect("Ekonomi Jawa Timur sembilan bulan pertama 2024 tumbuh 4,9 persen.", "sembilan bulan pertama 2024", "P9M",
      "duration")
    expect("Realisasi investasi selama sembilan bulan pertama tahun ini naik.", "sembilan bulan pertama tahun ini",
      "P9M", "duration")
    expect("Penjualan mobil dua bulan pertama 2024 turun.", "dua bulan pertama 2024", "P2M", "duration")
    expect("Ekspor kopi empat bulan terakhir 2023 melemah.", "empat bulan terakhir 2023", "P4M", "duration")
    expect("Pada 11 bulan pertama tahun 2023 (Januari-November) tercatat 300 kasus.",
      "11 bulan pertama tahun 2023 (Januari-November)", "P11M", "duration")
    -- without a year, a count as before
    expect("Dalam sembilan bulan pertama, tim itu tak terkalahkan.", "sembilan bulan", "P9M", "duration")
  end)
  it("halves need their year; trimesters and semesters alone are a pregnancy's or a school's", function()
    assert.are.same({ "semester I 2021 (Januari-Juni)=2021-H1", "semester II/2022=2022-H2" },
      found("Defisit semester I 2021 (Januari-Juni) lebih kecil dari semester II/2022."))
    expect("Defisit menyempit dibanding semester lalu.", "semester lalu", "2022-H2")
    assert.are.same({}, found("Ibu hamil pada trimester pertama perlu banyak istirahat."))
    assert.are.same({}, found("Mahasiswa semester 5 dan semester II ikut ujian."))
  end)
  it("'semester II' with no year after a word of when is a half of R's year, as 'kuartal II' is R's quarter", function()
    expect("Ekonom memperkirakan tekanan mereda pada semester II.", "semester II", "2023-H2")
    expect("Penjualan lesu sejak semester pertama menurut asosiasi.", "semester pertama", "2023-H1")
    -- so after a figure counted by the period, as a month after one ("realisasi Juni")
    expect("Realisasi semester pertama mencapai 40 persen dari target.", "semester pertama", "2023-H1")
    assert.are.same({}, found("Laporan semester pertama para siswa dibagikan guru."))
    assert.are.same({ "semester I=2023-H1", "kuartal II=2023-Q2" },
      found("Laba turun pada semester I dan naik pada kuartal II."))
    -- a student's semester, or digits, stay none
    assert.are.same({}, found("Para mahasiswa di semester II wajib magang."))
    assert.are.same({}, found("Nilai rapor pada semester II naik."))
    assert.are.same({}, found("Materi itu diajarkan pada semester 2 saja."))
    assert.are.same({ "2023=2023", "2024=2024" }, found("Ia mengajar pada semester II tahun ajaran 2023/2024."))
    -- a bare half of a match stays none
    assert.are.same({}, found("Persib tertinggal pada paruh kedua."))
  end)
  it("'paruh pertama 2025' is a half with its year; a match's half or 'paruh waktu' is none", function()
    expect("Pembangunan selesai pada paruh pertama 2025 menurut dinas.", "paruh pertama 2025", "2025-H1")
    expect("Ekonomi melambat pada paruh kedua tahun ini.", "paruh kedua tahun ini", "2023-H2")
    assert.are.same({}, found("Gol tercipta pada paruh pertama pertandingan."))
    assert.are.same({}, found("Ia bekerja paruh waktu di kafe."))
  end)
  it("'Q1 2024', 'Q3 tahun lalu': a quarter in one word, with its year (alone it names a product)", function()
    assert.are.same({ "Q1 2024=2024-Q1", "Q4 2022=2022-Q4" },
      found("Penjualan pada Q1 2024 naik 10 persen dibanding Q4 2022."))
    expect("Laba Q3 tahun lalu turun tajam.", "Q3 tahun lalu", "2022-Q3")
    assert.are.same({}, found("Ponsel Q1 dirilis di pasar."))
    -- the quarter and its year in one hyphenated word, as "kuartal II-2022"
    assert.are.same({ "Q2-2024=2024-Q2", "Q4-2023=2023-Q4" },
      found("Laba bersih Q2-2024 naik dibanding Q4-2023 menurut laporan."))
    assert.are.same({}, found("Kode Q5-2024 dan Q1-0999 bukan periode."))
  end)
  it("'TW I-2024': the statistics office's short triwulan, only with its year", function()
    assert.are.same({ "TW I-2024=2024-Q1", "TW IV 2023=2023-Q4" },
      found("Ekonomi TW I-2024 tumbuh lebih cepat dari TW IV 2023."))
    assert.are.same({}, found("Akun TW itu diblokir dan TW lalu dihapus."))
  end)
  it("'H1 2025', 'H2-2024': a half in one word, the same way", function()
    assert.are.same({ "H1 2025=2025-H1", "H2-2022=2022-H2" }, found("Laba H1 2025 naik dibanding H2-2022."))
    expect("Laba H1 tahun lalu turun tajam.", "H1 tahun lalu", "2022-H1")
    assert.are.same({}, found("Mobil H1 itu dan kode H3-2024 bukan periode; arus H-1 Lebaran padat."))
  end)
end)

describe("dates: ranges of months", function()
  it("are two items, in one token or two", function()
    assert.are.same({ "Januari=2023-01", "Oktober=2023-10" },
      found("Inflasi tahun kalender (Januari-Oktober) 2 persen."))
    assert.are.same({ "Januari=2021-01", "Maret 2021=2021-03" }, found("Harga stabil Januari hingga Maret 2021."))
    assert.are.same({ "Desember=2020-12", "Februari 2021=2021-02" }, found("Musim hujan Desember - Februari 2021."))
    local d = dates("Inflasi (Januari-Oktober) naik.")
    assert.are.equal("Januari", ("Inflasi (Januari-Oktober) naik."):sub(d[1].start, d[1].stop))
  end)
  it("'lalu', 'mendatang' or 'tahun lalu' after the second month dates both, the second as alone", function()
    -- "Mei lalu" read in May is last May: the first month of the range goes with it
    assert.are.same({ "April=2022-04", "Mei lalu=2022-05" }, found("Gagal panen terjadi April-Mei lalu di sawah."))
    assert.are.same({ "Februari=2023-02", "Maret lalu=2023-03" }, found("Hujan turun Februari hingga Maret lalu."))
    assert.are.same({ "November=2022-11", "Januari lalu=2023-01" }, found("Kemarau panjang November-Januari lalu."))
    assert.are.same({ "Juni=2023-06", "Agustus mendatang=2023-08" }, found("Renovasi berjalan Juni-Agustus mendatang."))
    assert.are.same({ "Maret=2022-03", "April tahun lalu=2022-04" }, found("Uji coba Maret-April tahun lalu berhasil."))
    assert.are.same({ "Februari=XXXX-02", "Maret lalu=XXXX-03" }, found("Hujan turun Februari-Maret lalu.", false))
    -- without a year word the two months are one stretch: the second follows the first into the next year
    assert.are.same({ "Oktober=2023-10", "Januari=2024-01" }, found("Musim hujan diprediksi Oktober-Januari."))
    assert.are.same({ "Oktober=2023-10", "Januari=2024-01" }, found("Musim hujan diprediksi Oktober hingga Januari."))
    -- the second month is in the first's year, not one the six-month rule reads alone (read in February)
    assert.are.same({ "Mei=2024-05", "Desember=2024-12" },
      found("Proyek berjalan Mei hingga Desember.", "2024-02-10"))
    -- "bulan" before the first month is in its span
    assert.are.same({ "bulan Januari=2023-01", "Maret=2023-03" }, found("Penjualan bulan Januari-Maret naik."))
  end)
  it("months joined by dan, atau, serta (a list closed by one of them) are one item each", function()
    assert.are.same({ "bulan Maret=2023-03", "April=2023-04" }, found("Puncaknya terjadi di bulan Maret dan April."))
    assert.are.same({ "Maret=2023-03", "April=2023-04" }, found("Hujan deras turun pada Maret atau April."))
    assert.are.same({ "Mei=2023-05", "Juni=2023-06" }, found("Festival digelar antara Mei dan Juni."))
    assert.are.same({ "Februari=2023-02", "Maret=2023-03", "April lalu=2023-04" },
      found("Ekspor naik pada Februari, Maret, dan April lalu."))
    -- the year after the last month is every month's
    assert.are.same({ "bulan Juli=2021-07", "Agustus 2021=2021-08" },
      found("Sidang digelar bulan Juli dan Agustus 2021."))
    assert.are.same({ "Desember=2020-12", "Januari 2021=2021-01" },
      found("Banjir datang pada Desember dan Januari 2021."))
    -- with no word of when before them and no year, months may be names: none
    assert.are.same({}, found("Mei dan Juni hadir di acara itu."))
    -- a list not closed by dan or atau is none past its first month
    assert.are.same({ "Maret=2023-03" }, found("Harga naik pada Maret, April kata pedagang."))
  end)
end)

describe("dates: ranges of days", function()
  it("'s.d.', 's/d', 'sampai dengan' join a range as a dash does, of days or of months", function()
    assert.are.same({ "5=2024-04-05", "7 April 2024=2024-04-07" }, found("Pameran 5 s.d. 7 April 2024 di gedung."))
    assert.are.same({ "5=2023-04-05", "7 April=2023-04-07" }, found("Pameran digelar 5 s/d 7 April di gedung."))
    assert.are.same({ "5=2023-04-05", "7 April=2023-04-07" }, found("Pameran 5 sampai dengan 7 April di gedung."))
    assert.are.same({ "Januari=2024-01", "Maret 2024=2024-03" }, found("Program berjalan Januari s.d. Maret 2024."))
    assert.are.same({}, found("Harga turun dari Rp 5 s/d Rp 7 ribu."))
  end)
  it("are two items: the first day takes the month and year of the second date", function()
    assert.are.same({ "1=2024-06-01", "3 Juni 2024=2024-06-03" }, found("Pameran digelar 1-3 Juni 2024 di alun-alun."))
    assert.are.same({ "10=2023-07-10", "12 Juli=2023-07-12" }, found("Festival 10 hingga 12 Juli di pantai."))
    -- a year named relative to R after the second date is the first day's too
    assert.are.same({ "10=2024-03-10", "13 Maret tahun depan=2024-03-13" },
      found("Raja Arkadia dijadwalkan berkunjung pada 10-13 Maret tahun depan."))
    assert.are.same({ "4=2022-08-04", "6 Agustus tahun lalu=2022-08-06" },
      found("Festival digelar 4 hingga 6 Agustus tahun lalu."))
    assert.are.same({ "1 Januari=2024-01-01", "31 Maret 2024=2024-03-31" },
      found("Diskon berlaku 1 Januari-31 Maret 2024 di semua toko."))
    assert.are.same({ "30 Desember=2023-12-30", "2 Januari 2024=2024-01-02" },
      found("Libur sekolah 30 Desember-2 Januari 2024 diperpanjang."))
    assert.are.same({ "1 Desember=2019-12-01", "31 Maret 2020=2020-03-31" },
      found("Program berjalan 1 Desember - 31 Maret 2020 di kota."))
    -- no year written: the first date as alone, the second in the year after it (read in October)
    assert.are.same({ "28 Desember=2024-12-28", "3 Januari=2025-01-03" },
      found("Libur sekolah 28 Desember hingga 3 Januari di Kabupaten Sukamaju.", "2024-10-15"))
    assert.are.same({ "28 Desember=2024-12-28", "3 Januari=2025-01-03" },
      found("Libur sekolah 28 Desember-3 Januari di Kabupaten Sukamaju.", "2024-10-15"))
    -- the second read with its own word (mendatang, lalu) ends the stretch: the first is the latest such day before it
    assert.are.same({ "24 Des=2025-12-24", "2 Jan mendatang=2026-01-02" },
      found("Operasi lalu lintas digelar 24 Des-2 Jan mendatang di jalur mudik.", "2025-03-12"))
    assert.are.same({ "20 Maret=2025-03-20", "5 April mendatang=2025-04-05" },
      found("Pameran buku digelar 20 Maret sampai 5 April mendatang.", "2025-03-12"))
    assert.are.same({ "28 Desember=2024-12-28", "3 Januari lalu=2025-01-03" },
      found("Libur sekolah berlangsung 28 Desember hingga 3 Januari lalu.", "2025-03-12"))
  end)
  it("leave scores and impossible days alone", function()
    assert.are.same({}, found("Tim tamu menang 3-1 pada laga pembuka."))
    assert.are.same({}, found("Sidang 30-31 Februari tidak pernah ada."))
  end)
end)

describe("dates: weeks and parts of the day", function()
  it("weeks and weekends", function()
    expect("Demo terjadi akhir pekan lalu di pusat kota.", "akhir pekan lalu", "2023-W18-WE")
    -- a bare weekend in the sentence of a day told is that day's week's
    assert.are.same({ "Minggu, 21 Mei 2023=2023-05-21", "Akhir Pekan=2023-W20-WE" },
      found("- Minggu, 21 Mei 2023: Libur Akhir Pekan"))
    assert.are.same({ "Senin (1/5)=2023-05-01", "akhir pekan=2023-W18-WE" },
      found("Pasar mulai ramai Senin (1/5) dan makin padat pada akhir pekan."))
    expect("Sidang digelar pekan ini di gedung DPR.", "pekan ini", "2023-W19")
    -- the start or middle of the week, with nothing after it: the current one
    local d = expect("Sidang digelar pada awal pekan di gedung DPR.", "awal pekan", "2023-W19")
    assert.equal("START", d.mod)
    expect("Rapat dijadwalkan pertengahan pekan di gedung DPR.", "pertengahan pekan", "2023-W19")
    expect("Sidang digelar pekan depan di gedung DPR.", "pekan depan", "2023-W20")
  end)
  it("two weekdays joined before a week: both days are in that week", function()
    assert.are.same({ "Senin=2023-05-15", "Rabu pekan depan=2023-05-17" },
      found("Sekolah libur Senin hingga Rabu pekan depan di kota itu."))
    assert.are.same({ "Kamis=2023-05-04", "Jumat minggu lalu=2023-05-05" },
      found("Hujan turun Kamis dan Jumat minggu lalu di kota itu."))
  end)
  it("a part of the day joins its date as one time", function()
    expect("Warga berkumpul Minggu (7/5) pagi di lapangan.", "Minggu (7/5) pagi", "2023-05-07TMO", "time")
    expect("Hujan turun Sabtu sore di kota.", "Sabtu sore", "2023-05-06TAF", "time")
    expect("Getaran terasa Jumat dinihari di desa.", "Jumat dinihari", "2023-05-05TNI", "time")
    expect("Getaran terasa Jumat dini hari di desa.", "Jumat dini hari", "2023-05-05TNI", "time")
    -- the part of the day between the weekday and its date
    expect("Warga berkumpul Rabu malam (3/5) di balai desa.", "Rabu malam (3/5)", "2023-05-03TNI", "time")
    -- a clock time after it joins it, read in that part of the day
    expect("Kafe diserang Sabtu dini hari (6/5/2023), sekitar pukul 02.00 WIB.",
      "Sabtu dini hari (6/5/2023), sekitar pukul 02.00 WIB", "2023-05-06T02:00", "time")
    expect("Warga berkumpul Rabu malam (3/5) pukul 8 di balai.", "Rabu malam (3/5) pukul 8", "2023-05-03T20:00", "time")
    -- the date set off by a comma after the part of the day joins it too
    expect("Warga berkumpul Senin malam, 1 Mei 2023, di balai.", "Senin malam, 1 Mei 2023", "2023-05-01TNI", "time")
    expect("Rapat berakhir Jumat malam, dua orang terluka.", "Jumat malam", "2023-05-05TNI", "time")
    -- R's own weekday with "pagi ini" is one item; another weekday's "malam ini" stays tonight's
    expect("Hingga Rabu pagi ini belum ada tersangka.", "Rabu pagi ini", "2023-05-10TMO", "time")
    assert.are.same({ "Senin=2023-05-08", "malam ini=2023-05-10TNI" }, found("Rapat Senin malam ini dibatalkan."))
  end)
  it("a part of the day after sejak, mulai, pada or (men)jelang joins its date too", function()
    expect("Hujan turun Senin (8/5) sejak pagi hingga sore.", "Senin (8/5) sejak pagi", "2023-05-08TMO", "time")
    expect("Gempa terjadi Jumat (5/5) jelang tengah malam.", "Jumat (5/5) jelang tengah malam", "2023-05-05TNI",
      "time")
    expect("Korban ditemukan Selasa (9/5) menjelang subuh.", "Selasa (9/5) menjelang subuh", "2023-05-09TMO", "time")
    expect("Awan panas meluncur Minggu (7/5/2023) waktu dini hari.", "Minggu (7/5/2023) waktu dini hari",
      "2023-05-07TNI", "time")
    -- a clock time told again after its day ("yakni", "hari ini", a match's kick-off) joins it
    expect("Guguran terjadi Senin (8/5) pagi, yakni pukul 05.40 WIB.", "Senin (8/5) pagi, yakni pukul 05.40 WIB",
      "2023-05-08T05:40", "time")
    expect("Rilis kasus digelar Rabu (10/5) hari ini pukul 14.00 WIT.", "Rabu (10/5) hari ini pukul 14.00 WIT",
      "2023-05-10T14:00", "time")
    expect("Laga digelar Sabtu, 13 Mei 2023, kick-off 19.00 WIB.", "Sabtu, 13 Mei 2023, kick-off 19.00 WIB",
      "2023-05-13T19:00", "time")
    expect("Final digelar Minggu (14/5), sepak mula pukul 16.00 WIB.", "Minggu (14/5), sepak mula pukul 16.00 WIB",
      "2023-05-14T16:00", "time")
    -- dini hari or tengah malam alone: the day its sentence reported, else R's
    assert.same({ "Minggu (7/5)=2023-05-07", "dini hari=2023-05-07TNI" },
      found("Banjir datang Minggu (7/5), tepatnya dini hari."))
    expect("Dini hari, warga mengungsi ke masjid.", "Dini hari", "2023-05-10TNI", "time")
    expect("Banjir melanda Minggu (7/5) pada malam hari di Kudus.", "Minggu (7/5) pada malam hari",
      "2023-05-07TNI", "time")
    expect("Ia tiba Senin (8/5) pada pagi hari pukul 07.00 WIB.", "Senin (8/5) pada pagi hari pukul 07.00 WIB",
      "2023-05-08T07:00", "time")
  end)
  it("but not one in another place's local time", function()
    expect("Pesawat tiba Rabu (3/5) dini hari waktu setempat di Moskow.", "Rabu (3/5)", "2023-05-03", "date")
    expect("Presiden diterima Kamis (4/5) siang waktu Moskow di istana.", "Kamis (4/5)", "2023-05-04", "date")
  end)
  it("Indonesia's own time is the reader's: the part of the day joins, a spelled-out zone too", function()
    expect("Gempa terasa Kamis dini hari waktu Indonesia di Palu.", "Kamis dini hari", "2023-05-04TNI", "time")
    local d = expect("Gempa terasa Senin (8/5) malam waktu Indonesia timur di Ambon.",
      "Senin (8/5) malam waktu Indonesia timur", "2023-05-08TNI", "time")
    assert.are.equal("+09:00", d.zone)
  end)
end)

describe("dates: clock times on the day they report", function()
  it("knows Korea's and Japan's standard time (KST, JST) as +09:00", function()
    local d = expect("Rudal diluncurkan Sabtu (6/5/2023) pukul 06.10 KST dari pantai timur.",
      "Sabtu (6/5/2023) pukul 06.10 KST", "2023-05-06T06:10", "time")
    assert.are.equal("+09:00", d.zone)
    d = expect("Sirene berbunyi Sabtu (6/5/2023) pukul 07.05 JST di Hokkaido.",
      "Sabtu (6/5/2023) pukul 07.05 JST", "2023-05-06T07:05", "time")
    assert.are.equal("+09:00", d.zone)
  end)

  it("a clock time joins the date before it, with its zone", function()
    local d = expect("Kapal berangkat Sabtu (6/5/2023) pukul 21.10 WITA dari pelabuhan.",
      "Sabtu (6/5/2023) pukul 21.10 WITA", "2023-05-06T21:10", "time")
    assert.are.equal("+08:00", d.zone)
    -- a label's colon after pukul
    d = expect("Gempa terjadi di laut, Sabtu (6/5/2023), pukul: 21.10.05 WITA.",
      "Sabtu (6/5/2023), pukul: 21.10.05 WITA", "2023-05-06T21:10:05", "time")
    assert.are.equal("+08:00", d.zone)
    d = expect("Gempa dirasakan Jumat dinihari, pukul 03.09 Wita oleh warga.", "Jumat dinihari, pukul 03.09 Wita",
      "2023-05-05T03:09", "time")
    assert.are.equal("+08:00", d.zone)
    d = expect("Getaran muncul Jumat dini hari sekitar pukul 01.15 WIT di pantai.",
      "Jumat dini hari sekitar pukul 01.15 WIT", "2023-05-05T01:15", "time")
    assert.are.equal("+09:00", d.zone)
    expect("Rapat dibuka Senin malam pukul 8 di balai.", "Senin malam pukul 8", "2023-05-08T20:00", "time")
    -- a date alone in parentheses takes its time too, the parentheses in the span
    expect("Laga digelar di Stadion Kota (15/5) pukul 15.30 WIB.", "(15/5) pukul 15.30 WIB", "2023-05-15T15:30", "time")
    -- a night's small hours after its day are the next day's, not the afternoon's
    expect("Banjir datang Senin malam, mulai pukul 01.25 Wita di desa itu.", "Senin malam, mulai pukul 01.25 Wita",
      "2023-05-09T01:25", "time")
    expect("Warga terbangun Senin (8/5) malam sekitar pukul 02.00 WIB.", "Senin (8/5) malam sekitar pukul 02.00 WIB",
      "2023-05-09T02:00", "time")
    -- the zone spelled out
    d = expect("Pengumuman disampaikan pukul 09.00 waktu Indonesia barat.", "pukul 09.00 waktu Indonesia barat",
      "2023-05-10T09:00", "time")
    assert.are.equal("+07:00", d.zone)
    d = expect("Sidang dibuka Senin (8/5) pukul 10.00 Waktu Indonesia Tengah.",
      "Senin (8/5) pukul 10.00 Waktu Indonesia Tengah", "2023-05-08T10:00", "time")
    assert.are.equal("+08:00", d.zone)
    -- "bagian", and the abbreviation in parentheses after it, in the span
    d = expect("Kapal merapat pukul 06.00 waktu Indonesia bagian timur di Sorong.",
      "pukul 06.00 waktu Indonesia bagian timur", "2023-05-10T06:00", "time")
    assert.are.equal("+09:00", d.zone)
    d = expect("Debat dimulai pukul 19.00 Waktu Indonesia Barat (WIB) di studio.",
      "pukul 19.00 Waktu Indonesia Barat (WIB)", "2023-05-10T19:00", "time")
    assert.are.equal("+07:00", d.zone)
    -- a word of from or at before the clock word: still the day's time, one item
    d = expect("Layanan SIM dibuka Senin (8/5) sejak pukul 08.00 WIB di Satpas.",
      "Senin (8/5) sejak pukul 08.00 WIB", "2023-05-08T08:00", "time")
    assert.are.equal("+07:00", d.zone)
    expect("Kebakaran terjadi Minggu (7/5) sekira pukul 02.30 WIB di pasar.", "Minggu (7/5) sekira pukul 02.30 WIB",
      "2023-05-07T02:30", "time")
    expect("Korban ditemukan Jumat (5/5) pada sekitar pukul 05.15 WIT oleh nelayan.",
      "Jumat (5/5) pada sekitar pukul 05.15 WIT", "2023-05-05T05:15", "time")
    assert.are.same({ "Selasa (9/5) mulai pukul 09.00=2023-05-09T09:00", "15.00 WITA=2023-05-09T15:00" },
      found("Pemadaman listrik berlangsung Selasa (9/5) mulai pukul 09.00 hingga 15.00 WITA."))
    -- "hingga pukul" ends a stretch that began on the day: two items
    assert.are.same({ "Minggu (7/5)=2023-05-07", "pukul 18.00 WIB=2023-05-07T18:00" },
      found("Jalan itu ditutup Minggu (7/5) hingga pukul 18.00 WIB."))
    expect("Gempa susulan terjadi pukul ?00.17 WIB di laut.", "pukul ?00.17 WIB", "2023-05-10T00:17", "time")
  end)
  it("a day counted from R after a clock time is its day, in one item", function()
    expect("Sekitar pukul 19.30 WIB kemarin, api muncul di gudang.", "pukul 19.30 WIB kemarin", "2023-05-09T19:30",
      "time")
    expect("Rapat digelar pukul 10.00 WIB besok di aula.", "pukul 10.00 WIB besok", "2023-05-11T10:00", "time")
    -- semalam: last night, yesterday's evening
    expect("Pukul 21.00 WIB semalam, hujan turun di Bogor.", "Pukul 21.00 WIB semalam", "2023-05-09T21:00", "time")
    -- tadi: earlier today; tadi malam: last night
    expect("Jam 8 pagi tadi, warga berkumpul di balai.", "Jam 8 pagi tadi", "2023-05-10T08:00", "time")
    expect("Pukul 10 tadi malam, ia pulang ke rumah.", "Pukul 10 tadi malam", "2023-05-09T22:00", "time")
    -- hari ini, lusa, esok (hari), kemarin lusa: the same, one item
    expect("Konferensi pers digelar pukul 14.00 WIB hari ini di gedung DPRD.", "pukul 14.00 WIB hari ini",
      "2023-05-10T14:00", "time")
    expect("Kapal bersandar pukul 06.30 WITA lusa di pelabuhan.", "pukul 06.30 WITA lusa", "2023-05-12T06:30", "time")
    expect("Tim berangkat jam 8 esok hari dari posko.", "jam 8 esok hari", "2023-05-11T08:00", "time")
    expect("Gempa tercatat pukul 03.15 WIT kemarin lusa oleh BMKG.", "pukul 03.15 WIT kemarin lusa",
      "2023-05-08T03:15", "time")
    assert.are.same({ "pukul 19.00=2023-05-10T19:00", "21.00 WIB hari ini=2023-05-10T21:00" },
      found("Pentas seni berlangsung pukul 19.00-21.00 WIB hari ini."))
    -- a part of the day after the time takes its "ini" or "nanti"
    expect("Warga berkumpul pukul 07.00 pagi ini di alun-alun.", "pukul 07.00 pagi ini", "2023-05-10T07:00", "time")
    expect("Rapat dimulai pukul 13.00 WIB siang nanti.", "pukul 13.00 WIB siang nanti", "2023-05-10T13:00", "time")
    -- "keesokan harinya", "esok harinya": the day after the story's (R's when it told none)
    assert.are.same({ "Senin (8/5) pukul 23.30 WITA=2023-05-08T23:30",
                      "pukul 05.00 WITA keesokan harinya=2023-05-09T05:00" },
      found("Kapal berangkat Senin (8/5) pukul 23.30 WITA dan tiba pukul 05.00 WITA keesokan harinya."))
    assert.are.same({ "pukul 22.00=2023-05-10T22:00", "pukul 04.00 esok harinya=2023-05-11T04:00" },
      found("Bus berangkat pukul 22.00 dan tiba pukul 04.00 esok harinya."))
    -- after a comma the day is an item of its own
    assert.are.same({ "pukul 14.00 WIB=2023-05-10T14:00", "hari ini=2023-05-10" },
      found("Sidang dibuka pukul 14.00 WIB, hari ini, di ruang utama."))
  end)
  it("a clock time alone takes the day of its sentence, of the one before, or of the paragraph before", function()
    assert.are.same({ "Senin (8/5)=2023-05-08", "pukul 10.00 WIB=2023-05-08T10:00" },
      found("Gempa terjadi Senin (8/5). Getaran terasa pukul 10.00 WIB di kota."))
    assert.are.same({ "Senin (8/5)=2023-05-08", "pukul 19.00 WIT=2023-05-08T19:00" },
      found("Banjir melanda Senin (8/5). Air naik cepat. Warga mengungsi.\nHujan deras turun pukul 19.00 WIT."))
    assert.are.same({ "Pukul 09.00 WIB=2023-05-08T09:00", "Senin (8/5)=2023-05-08" },
      found("Pukul 09.00 WIB, Senin (8/5), rapat dimulai."))
    -- the day a statement was made, later in a quote's sentence, is not the day of a time
    -- that took the day the sentence before told
    assert.are.same(
      { "Senin (8/5) malam=2023-05-08TNI", "pukul 21.00 WIB=2023-05-08T21:00", "Selasa (9/5)=2023-05-09" },
      found('Banjir merendam desa sejak Senin (8/5) malam. "Air naik pukul 21.00 WIB," kata Dedi, Selasa (9/5).'))
    assert.are.same({ "pukul 21.00 WIB=2023-05-09T21:00", "Selasa (9/5)=2023-05-09" },
      found('"Air naik sekitar pukul 21.00 WIB," kata Dedi, Selasa (9/5).'))
    -- a statement's medium dates the statement too ("dalam keterangan tertulisnya, Selasa")
    assert.are.same({ "Senin (8/5) malam=2023-05-08TNI", "pukul 21.15 WIB=2023-05-08T21:15",
      "Selasa (9/5)=2023-05-09" },
      found('Gempa mengguncang Senin (8/5) malam. "Gempa terjadi pukul 21.15 WIB," terang kepala stasiun ' ..
        "geofisika setempat, Budi Santoso, dalam keterangan tertulisnya, Selasa (9/5)."))
    -- nor is a later day that bounds a stretch its day
    assert.are.same({ "2 Mei 2023, pukul 08.00 WIT=2023-05-02T08:00", "Pukul 08.00 WIT=2023-05-02T08:00",
      "1 April=2023-04-01", "2 Mei=2023-05-02" },
      found("Data diperbarui 2 Mei 2023, pukul 08.00 WIT.\n" ..
        '"Pukul 08.00 WIT, sejak 1 April sampai 2 Mei, tercatat 900 gempa," kata Andi.'))
  end)
  it("else R's day", function()
    assert.are.same({ "Senin (8/5)=2023-05-08", "pukul 10.00 WIB=2023-05-10T10:00" },
      found("Gempa terjadi Senin (8/5).\nWarga mengungsi.\nSirene berbunyi lagi.\nGetaran terasa pukul 10.00 WIB."))
    expect("Sirene berbunyi pukul 10.00 WIB di kota.", "pukul 10.00 WIB", "2023-05-10T10:00")
  end)
  it("a statement's day told before a clock time yields to a later day in its sentence", function()
    assert.are.same({ "hari Rabu (10/5)=2023-05-10", "pukul 23.40=2023-05-09T23:40", "23.50=2023-05-09T23:50",
      "Selasa malam=2023-05-09TNI" },
      found("Militer mengatakan pada hari Rabu (10/5) bahwa rudal diluncurkan antara pukul 23.40 dan 23.50 " ..
        "Selasa malam dari pesisir."))
    assert.are.same({ "Rabu (10/5)=2023-05-10", "pukul 10.00 WIB=2023-05-10T10:00" },
      found("Polisi mengatakan pada Rabu (10/5) bahwa razia digelar pukul 10.00 WIB."))
    -- two clock times joined by "dan" after "pukul"; not a count after it
    assert.are.same({ "pukul 06.45=2023-05-10T06:45", "07.02=2023-05-10T07:02" },
      found("Dua rudal diluncurkan pada sekitar pukul 06.45 dan 07.02 dari pesisir."))
    assert.are.same({ "pukul 10.00=2023-05-10T10:00" }, found("Ia tiba pukul 10.00 dan 14 orang menyambut."))
  end)
  it("a range is two items on the same day; 12.00 malam is the midnight after", function()
    local ds = dates("Layanan dibuka Sabtu (6/5) dari pukul 14.00-22.00 Wita untuk umum.")
    assert.are.same({ "Sabtu (6/5)", "pukul 14.00", "22.00 Wita" }, { ds[1].text, ds[2].text, ds[3].text })
    assert.are.same({ "2023-05-06T14:00", "2023-05-06T22:00" }, { ds[2].value, ds[3].value })
    assert.are.same({ "+08:00", "+08:00" }, { ds[2].zone, ds[3].zone })
    assert.are.same({ "Sabtu (6/5)=2023-05-06", "pukul 12.00 malam=2023-05-07T00:00" },
      found("Pasien dirawat Sabtu (6/5). Pada pukul 12.00 malam sebagian pulang."))
    expect("Toko itu tutup pukul 12 malam untuk umum.", "pukul 12 malam", "2023-05-11T00:00")
    -- 24.00 is that midnight too; 24.30 is no time
    expect("Pasar Sukamaju ditutup pukul 24.00 WIB.", "pukul 24.00 WIB", "2023-05-11T00:00")
    assert.are.same({ "Sabtu (6/5)=2023-05-06", "pukul 22.00=2023-05-06T22:00", "24.00 WIT=2023-05-07T00:00" },
      found("Jam malam Sabtu (6/5). Jalan ditutup pukul 22.00-24.00 WIT."))
    assert.are.same({}, found("Skor akhir 24.30 WIB tidak sah."))
    -- pk. and pkl. stand for pukul; PK with no period is a judicial review, no clock word
    expect("Laga dimulai pk. 19.30 WIB di stadion.", "pk. 19.30 WIB", "2023-05-10T19:30")
    assert.are.same({}, found("Terpidana mengajukan PK 2 kali."))
    -- the first time joined to its date takes the range's zone too
    ds = dates("Listrik padam Rabu (10/5/2023) pukul 10.00-12.00 WIB di kota.")
    assert.are.same({ "Rabu (10/5/2023) pukul 10.00", "12.00 WIB" }, { ds[1].text, ds[2].text })
    assert.are.same({ "+07:00", "+07:00" }, { ds[1].zone, ds[2].zone })
  end)
  it("a range that passes midnight ends on the next day", function()
    assert.are.same({ "pukul 22.00=2023-05-10T22:00", "04.00 WIB=2023-05-11T04:00" },
      found("Jam malam berlaku pukul 22.00-04.00 WIB di kota itu."))
    assert.are.same({ "pukul 23.00 WIB=2023-05-10T23:00", "pukul 02.00 WIB=2023-05-11T02:00" },
      found("Listrik padam pukul 23.00 WIB hingga pukul 02.00 WIB di kota itu."))
    -- the second time takes the first's day, when a later date gives it too
    assert.are.same({ "Pukul 22.00 WIB=2023-05-06T22:00", "pukul 02.00 WIB=2023-05-07T02:00",
      "Sabtu (6/5)=2023-05-06" },
      found("Pukul 22.00 WIB hingga pukul 02.00 WIB, Sabtu (6/5), jalan ditutup."))
    assert.are.same({ "pukul 12.00 malam=2023-05-11T00:00", "pukul 05.00 pagi=2023-05-11T05:00" },
      found("Jalan ditutup dari pukul 12.00 malam hingga pukul 05.00 pagi."))
  end)
end)

describe("dates: vague references", function()
  local function vague(text)
    local doc = kimput.parse(text, { published = R, vague = true })
    local out = {}
    for _, d in ipairs(doc:dates()) do out[#out + 1] = d.text .. "=" .. d.value end
    return out
  end
  it("are reported with opts.vague", function()
    assert.are.same({ "Saat ini=PRESENT_REF", "kini=PRESENT_REF", "sekarang=PRESENT_REF", "sejauh ini=PRESENT_REF" },
      vague("Saat ini harga stabil, kini naik, sekarang turun, dan sejauh ini aman."))
    assert.are.same({ "baru-baru ini=PAST_REF", "belum lama ini=PAST_REF" },
      vague("Ia datang baru-baru ini dan belum lama ini pergi."))
    assert.are.same({ "Akhir-akhir ini=PAST_REF", "belakangan ini=PAST_REF" },
      vague("Akhir-akhir ini warga mengeluh, dan harga naik belakangan ini. Belakangan diketahui ia kabur."))
    assert.are.same({ "masa depan=FUTURE_REF", "dalam waktu dekat=FUTURE_REF" },
      vague("Kita bertemu di masa depan, dalam waktu dekat, untuk membentuk masa depan bersama."))
    local doc = kimput.parse("Saat ini harga stabil.", { published = R, vague = true })
    assert.is_true(doc:dates()[1].vague)
  end)
  it("are left out by default (marking them is an annotator's call)", function()
    local doc = kimput.parse("Saat ini harga stabil, baru-baru ini naik.", { published = R })
    assert.are.same({}, doc:dates())
    assert.has_error(function() kimput.parse("x", { vague = "yes" }) end)
  end)
end)

describe("dates: vague and bounded durations", function()
  it("reduplicated units and vague counts", function()
    expect("Konflik itu berlangsung bertahun-tahun di perbatasan.", "bertahun-tahun", "PXY", "duration")
    expect("Negosiasi berjalan berbulan-bulan tanpa hasil.", "berbulan-bulan", "PXM", "duration")
    expect("Warga menunggu berjam-jam di bandara.", "berjam-jam", "PTXH", "duration")
    expect("Bantuan tiba beberapa hari setelah banjir.", "beberapa hari", "PXD", "duration")
    expect("Listrik padam beberapa menit kemudian di kota.", "beberapa menit kemudian", "PTXM", "duration")
    expect("Harga naik beberapa tahun belakangan ini di kota.", "beberapa tahun belakangan ini", "PXY", "duration")
  end)
  it("spans ahead and behind now", function()
    expect("Hujan diperkirakan turun enam hari ke depan di Jawa.", "enam hari ke depan", "P6D", "duration")
    expect("Program berjalan dua minggu ke depan di desa.", "dua minggu ke depan", "P2W", "duration")
    -- "kedepan" written as one word
    expect("Harga diperkirakan turun dalam tiga bulan kedepan di pasar.", "tiga bulan kedepan", "P3M", "duration")
    expect("Inflasi terendah dalam sepuluh tahun terakhir menurut BI.", "sepuluh tahun terakhir", "P10Y", "duration")
    -- "selama dua hari kemarin": the last two days, a stretch; without "selama" two days back
    expect("Pendaftar naik tipis selama dua hari kemarin di laman itu.", "dua hari kemarin", "P2D", "duration")
    expect("Pendaftar naik tipis dua hari kemarin di laman itu.", "dua hari kemarin", "2023-05-08", "date")
    expect("Hujan 30 milimeter turun dalam waktu satu jam di kota.", "satu jam", "PT1H", "duration")
    expect("Perdagangan naik 17 persen dalam 9 bulan menurut Kremlin.", "9 bulan", "P9M", "duration")
    -- after dalam or selama, ke depan and mendatang bound a span: no day ahead
    expect("Jembatan darurat dibangun dalam dua pekan ke depan oleh warga.", "dua pekan ke depan", "P2W", "duration")
    expect("Klub menargetkan juara dalam lima tahun mendatang.", "lima tahun mendatang", "P5Y", "duration")
    expect("Harga dijaga selama tiga bulan mendatang di pasar.", "tiga bulan mendatang", "P3M", "duration")
    expect("Hasilnya diumumkan dua hari mendatang di kantor.", "dua hari mendatang", "2023-05-12", "date")
  end)
  it("a count and a half: satu setengah jam", function()
    expect("Sidang diskors selama satu setengah jam oleh hakim.", "satu setengah jam", "PT1.5H", "duration")
    expect("Proyek itu molor dua setengah tahun dari jadwal.", "dua setengah tahun", "P2.5Y", "duration")
    assert.are.same({}, found("Mobil itu satu setengah kali lebih cepat."))
    -- half a unit alone
    expect("Api baru padam setelah setengah jam.", "setengah jam", "PT0.5H", "duration")
    expect("Proyek jalan desa itu mangkrak setengah tahun.", "setengah tahun", "P0.5Y", "duration")
    assert.are.same({}, found("Bendera setengah tiang dikibarkan di kantor camat."))
  end)
  it("a count of counts: 1x24 jam, 2 x 24 jam", function()
    expect("Polisi memberi waktu 1x24 jam kepada pelaku.", "1x24 jam", "PT24H", "duration")
    expect("Pasien dipantau 2 x 24 jam di rumah sakit.", "2 x 24 jam", "PT48H", "duration")
    assert.are.same({ "2024=2024", "1x24 jam=PT24H" }, found("Ia diperiksa pada 2024 1x24 jam penuh."))
  end)
end)

describe("dates: sets and days around R", function()
  it("sets", function()
    expect("Pasar murah digelar setiap hari di balai desa.", "setiap hari", "P1D", "set")
    expect("Pemeriksaan dilakukan setiap tiga bulan sekali oleh dokter.", "setiap tiga bulan sekali", "P3M", "set")
    expect("Pengajian digelar tiap hari Jumat di masjid.", "tiap hari Jumat", "XXXX-WXX-5", "set")
    local d = expect("Sirene dibunyikan setiap pukul 07.00 WIB di sekolah.", "setiap pukul 07.00 WIB",
      "XXXX-XX-XXT07:00", "set")
    assert.are.equal("+07:00", d.zone)
    expect("Petugas menyusun laporan harian untuk kepala dinas.", "harian", "P1D", "set")
    expect("Rapat tahunan pemegang saham digelar di Jakarta.", "tahunan", "P1Y", "set")
    -- a count before it: once every so many
    expect("Pesta demokrasi lima tahunan itu digelar serentak.", "lima tahunan", "P5Y", "set")
    expect("Laporan 3 bulanan diserahkan ke OJK.", "3 bulanan", "P3M", "set")
  end)
  it("a set's clock time joins it; a range's or pair's second time is a set too", function()
    local d = expect("Loket dibuka setiap hari pukul 08.00 WITA untuk warga.", "setiap hari pukul 08.00 WITA",
      "XXXX-XX-XXT08:00", "set")
    assert.are.equal("+08:00", d.zone)
    expect("Pasar murah digelar setiap Senin pukul 09.00 di balai desa.", "setiap Senin pukul 09.00",
      "XXXX-WXX-1T09:00", "set")
    expect("Ronda digelar setiap Kamis malam di pos kampling.", "setiap Kamis malam", "XXXX-WXX-4TNI", "set")
    -- "malam Jumat" is Thursday night: every one of them
    expect("Pengajian digelar setiap malam Jumat di Masjid Al-Ikhlas.", "setiap malam Jumat", "XXXX-WXX-4TNI", "set")
    expect("Ronda digelar tiap Kamis malam pukul 9 di pos kampling.", "tiap Kamis malam pukul 9",
      "XXXX-WXX-4T21:00", "set")
    assert.are.same({ "setiap hari pukul 08.00=XXXX-XX-XXT08:00", "16.00 WIB=XXXX-XX-XXT16:00" },
      found("Layanan dibuka setiap hari pukul 08.00-16.00 WIB di kantor kecamatan."))
    assert.are.same({ "setiap Minggu pagi pukul 06.00=XXXX-WXX-7T06:00", "08.00 WIB=XXXX-WXX-7T08:00" },
      found("Misa digelar setiap Minggu pagi pukul 06.00 dan 08.00 WIB."))
    -- no clock time: the set alone
    expect("Ia minum obat setiap hari sesudah makan.", "setiap hari", "P1D", "set")
    -- the ranges and times listed after the first are the set's too; "hari kerja" is the set's day
    assert.are.same({ "setiap hari kerja pukul 06.00=XXXX-XX-XXT06:00", "10.00 WIB=XXXX-XX-XXT10:00",
      "16.00=XXXX-XX-XXT16:00", "21.00 WIB=XXXX-XX-XXT21:00" },
      found("Ganjil genap berlaku setiap hari kerja pukul 06.00-10.00 WIB dan 16.00-21.00 WIB."))
    assert.are.same({ "setiap Senin pukul 09.00=XXXX-WXX-1T09:00", "13.00=XXXX-WXX-1T13:00",
      "16.00 WIB=XXXX-WXX-1T16:00" }, found("Apel digelar setiap Senin pukul 09.00, 13.00 dan 16.00 WIB."))
    expect("Layanan itu buka setiap hari kerja di kantor desa.", "setiap hari kerja", "P1D", "set")
    -- the zone written once at the list's end is every time's
    local zones = {}
    for _, item in ipairs(dates("Kantor buka Senin-Jumat pukul 08.00-12.00 dan 13.00-16.00 WITA.")) do
      zones[#zones + 1] = item.zone or "-"
    end
    assert.are.same({ "-", "-", "+08:00", "+08:00", "+08:00", "+08:00" }, zones)
  end)
  it("a range of weekdays with a range of clock times is a schedule: all sets", function()
    local hours = { "Senin=XXXX-WXX-1", "Jumat=XXXX-WXX-5", "pukul 08.00=XXXX-XX-XXT08:00",
      "16.00 WIB=XXXX-XX-XXT16:00" }
    assert.are.same(hours, found("Kantor kelurahan melayani warga Senin-Jumat pukul 08.00-16.00 WIB."))
    assert.are.same(hours, found("Kantor kelurahan melayani warga Senin hingga Jumat pukul 08.00-16.00 WIB."))
    hours[1] = "setiap Senin=XXXX-WXX-1"
    assert.are.same(hours, found("Kantor kelurahan melayani warga setiap Senin-Jumat pukul 08.00-16.00 WIB."))
    assert.are.same(hours, found("Kantor kelurahan melayani warga setiap Senin sampai Jumat pukul 08.00-16.00 WIB."))
    hours[1] = "setiap hari Senin=XXXX-WXX-1"
    assert.are.same(hours, found("Kantor kelurahan melayani warga setiap hari Senin-Jumat pukul 08.00-16.00 WIB."))
    assert.are.same({ "Sabtu=XXXX-WXX-6", "Minggu=XXXX-WXX-7", "pukul 08.00=XXXX-XX-XXT08:00",
      "12.00=XXXX-XX-XXT12:00" },
      found("Car free day digelar Sabtu-Minggu mulai pukul 08.00-12.00 di jalan protokol."))
    assert.are.same({ "Senin=XXXX-WXX-1", "Kamis=XXXX-WXX-4", "07.30=XXXX-XX-XXT07:30",
      "15.30 WITA=XXXX-XX-XXT15:30", "Jumat=XXXX-WXX-5", "pukul 07.30=XXXX-XX-XXT07:30",
      "11.00 WITA=XXXX-XX-XXT11:00" },
      found("Loket buka Senin-Kamis, 07.30-15.30 WITA, dan Jumat pukul 07.30-11.00 WITA."))
    assert.are.same({ "setiap Senin=XXXX-WXX-1", "Kamis=XXXX-WXX-4", "pukul 09.00=XXXX-XX-XXT09:00" },
      found("Posyandu buka setiap Senin dan Kamis pukul 09.00 di balai desa."))
    -- words of opening between the weekdays and the hours; the hours closed by "dan tutup"; a rest
    -- in the same sentence; a weekday with its opening hours in the lines after
    assert.are.same({ "hari Senin=XXXX-WXX-1", "Kamis=XXXX-WXX-4", "pukul 07.30=XXXX-XX-XXT07:30",
      "14.00 WIB=XXXX-XX-XXT14:00", "pukul 12.00=XXXX-XX-XXT12:00", "12.30 WIB=XXXX-XX-XXT12:30",
      "hari Jumat=XXXX-WXX-5", "pukul 07.30=XXXX-XX-XXT07:30", "11.30 WIB=XXXX-XX-XXT11:30" },
      found("Untuk hari Senin hingga Kamis, pelayanan dibuka mulai pukul 07.30 hingga 14.00 WIB, dengan waktu "
        .. "istirahat pukul 12.00 hingga 12.30 WIB.\n"
        .. "Pada hari Jumat, klinik melayani pasien pukul 07.30 hingga 11.30 WIB."))
    assert.are.same({ "Senin=XXXX-WXX-1", "Kamis=XXXX-WXX-4", "pukul 08.00 Wita=XXXX-XX-XXT08:00",
      "pukul 15.00 Wita=XXXX-XX-XXT15:00" },
      found("Perpustakaan dibuka mulai Senin hingga Kamis, pukul 08.00 Wita dan tutup pukul 15.00 Wita."))
    -- the days told closed after it
    assert.are.same({ "Senin=XXXX-WXX-1", "Jumat=XXXX-WXX-5", "pukul 08.00=XXXX-XX-XXT08:00",
      "14.00 Wita=XXXX-XX-XXT14:00", "Hari Sabtu=XXXX-WXX-6", "Minggu=XXXX-WXX-7" },
      found("Kantor itu melayani warga Senin-Jumat pukul 08.00-14.00 Wita. Hari Sabtu dan Minggu kantor tutup."))
    assert.are.same({ "Sabtu=2023-05-06" }, found("Pada Sabtu toko itu tutup."))
    -- (no word of opening, or no schedule before: a day)
    assert.are.same({ "Jumat=2023-05-05", "pukul 08.00=2023-05-05T08:00", "10.00 WIB=2023-05-05T10:00" },
      found("Pada Jumat, warga berkumpul pukul 08.00 hingga 10.00 WIB."))
    assert.are.same({ "Jumat=2023-05-05", "pukul 08.00=2023-05-05T08:00", "10.00 WIB=2023-05-05T10:00" },
      found("Pada Jumat, layanan dibuka pukul 08.00 hingga 10.00 WIB."))
    -- clock times before "setiap hari" are every day's too
    assert.are.same({ "pukul 10.00=XXXX-XX-XXT10:00", "12.00=XXXX-XX-XXT12:00", "17.00=XXXX-XX-XXT17:00",
      "19.00 WIB=XXXX-XX-XXT19:00", "setiap hari=P1D" },
      found("Jam besuk pukul 10.00-12.00 dan 17.00-19.00 WIB setiap hari."))
    assert.are.same({ "pukul 07.00=XXXX-XX-XXT07:00", "setiap harinya=P1D" },
      found("Bus sekolah berangkat pukul 07.00 setiap harinya dari terminal."))
    -- with their dates the days are days, and one clock time alone is on the last of them
    assert.are.same({ "Senin (8/5)=2023-05-08", "Rabu (10/5) pukul 08.00=2023-05-10T08:00",
      "12.00 WIB=2023-05-10T12:00" },
      found("Operasi pasar digelar Senin (8/5) hingga Rabu (10/5) pukul 08.00-12.00 WIB."))
    assert.are.same({ "Senin=2023-05-08", "Rabu pukul 09.00=2023-05-10T09:00" },
      found("Polisi berjaga Senin hingga Rabu pukul 09.00 di perbatasan."))
  end)
  it("frequency words that are not sets", function()
    assert.are.same({}, found("Ekonomi tumbuh 7 persen secara tahunan menurut BPS."))
    assert.are.same({}, found("Wartawan Harian Kompas meliput sidang."))
    -- a measure of change compared with a year (a month) before: a basis, no recurrence
    assert.are.same({ "Mei 2024=2024-05" }, found("BPS mencatat inflasi tahunan Mei 2024 sebesar 2,8 persen."))
    assert.are.same({}, found("Inflasi inti tahunan melambat menjadi 1,9 persen."))
    assert.are.same({}, found("Pertumbuhan ekonomi tahunan Sulsel melambat."))
    assert.are.same({}, found("Harga cabai naik 12 persen tahunan (yoy) di Pasar Induk."))
    assert.are.same({}, found("Kenaikan tahunan harga rokok dikeluhkan pedagang."))
    -- what recurs each year stays a set
    assert.are.same({ "tahunan=P1Y" }, found("Kenaikan gaji tahunan pegawai diumumkan Gubernur."))
    assert.are.same({ "tahunan=P1Y" }, found("Festival budaya tahunan itu digelar di alun-alun."))
    -- a kind of work paid by the day
    assert.are.same({}, found("Sebanyak 300 tenaga harian lepas (THL) dirumahkan pemkab."))
    assert.are.same({}, found("Korban bekerja sebagai buruh harian di pasar."))
    -- a newspaper named after a word of relaying ("dilansir harian X"); a daily report stays a set
    assert.are.same({}, found("Kabar itu dilansir harian Vietnam Tin Moi dan dikutip kepada harian Kabar Kota."))
    assert.are.same({ "harian=P1D" }, found("Laporan harian Dinas Kesehatan mencatat kasus baru."))
  end)
  it("esok, lusa, kemarin lusa; not the future nor the next day of a story", function()
    expect("Sidang dilanjutkan esok di gedung pengadilan.", "esok", "2023-05-11")
    expect("Sidang dilanjutkan esok hari di gedung pengadilan.", "esok hari", "2023-05-11")
    expect("Hasilnya diumumkan lusa oleh komisi.", "lusa", "2023-05-12")
    assert.are.same({}, found("Kami menatap hari esok dengan harapan."))
    -- "esok harinya" is the next day of a story (R's, with none told), not tomorrow: after a day, its next
    assert.are.same({ "Senin (1/5)=2023-05-01", "esok harinya=2023-05-02" },
      found("Ia pulang Senin (1/5) dan esok harinya kembali bekerja."))
  end)
  it("a date followed by kemarin is one expression: the recent one", function()
    expect("Ia mengingat 8 Januari kemarin sebagai hari bahagia.", "8 Januari kemarin", "2020-01-08", "date",
      "2020-01-10")
    expect("Sidang digelar Kamis 5 Januari 2023 kemarin di Makassar.", "Kamis 5 Januari 2023 kemarin", "2023-01-05",
      "date", "2023-01-06")
    expect("Waspadai gelombang tinggi pada Kamis (11/5/2023) besok.", "Kamis (11/5/2023) besok", "2023-05-11", "date")
  end)
  it("a year before a word that cannot be counted", function()
    expect("Hasil pemilu 2019 tetap dihitung manual.", "2019", "2019")
  end)
end)

describe("dates: non-dates are left alone", function()
  it("years of another calendar: Hijri, Saka, Chinese, before the common era", function()
    assert.are.same({}, found("Memasuki tahun 1445 Hijriah, warga menggelar pawai obor."))
    assert.are.same({}, found("Pada 1 Syawal 1445 H umat merayakan hari raya."))
    -- nor after "tanggal", nor as a set
    assert.are.same({}, found("Hari raya itu diperingati setiap tanggal 10 Zulhijah oleh umat."))
    assert.are.same({}, found("Sidang isbat menetapkan tanggal 1 bulan Ramadan bagi umat."))
    -- spelt with a k or a curly apostrophe, and the months of the Javanese calendar
    assert.are.same({}, found("Rukyat digelar pada tanggal 29 Syakban 1444 H di pantai."))
    assert.are.same({}, found("Rukyat digelar pada tanggal 29 Sya\u{2019}ban 1444 H di pantai."))
    assert.are.same({}, found("Kirab pusaka digelar pada tanggal 1 Suro di alun-alun."))
    assert.are.same({}, found("Warga menggelar kenduri tanggal 15 Ruwah di desa itu."))
    assert.are.same({}, found("Perayaan Nyepi Tahun Baru Saka 1946 berlangsung khidmat."))
    assert.are.same({}, found("Perayaan Imlek 2575 di klenteng berlangsung meriah."))
    assert.are.same({}, found("Kerajaan itu berdiri sekitar tahun 1200 SM di lembah sungai."))
    assert.are.same({ "2024=2024" }, found("Pada 2024 Masehi warga menanam pohon."))
  end)
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
      "Sebanyak 2000 dievakuasi dari lokasi banjir.",
      "Dana sebesar US$ 2020 juta dicairkan.",
      "Kedua negara sepakat memperluas kerja sama.",
      "Angka 1234567890123-an itu hanya contoh.",
      "Pelaku dijerat UU Nomor 35 Tahun 2009 tentang Narkotika.",
      "Aturan itu tertuang dalam PP No. 12 Tahun 2020 dan Perpres No 5 tahun 2023.",
      -- a year glued between slashes is part of a reference number
      "Perkara itu teregister dengan nomor 12/Pid.Sus/2025/PN Sukamaju.",
      "Surat B/2024/XII dikirim ke kantor camat.",
      -- the last part of a decree's code, its parts written together, then its year
      "Hal itu diatur Keputusan Menteri nomor 207.15-4417 tahun 2018 tentang pengangkatan.",
      "Lampiran SK No. 800/12-2021 Tahun 2021 memuat daftar nama.",
      "Keputusan nomor 207.15-4417 tahun 2018, 207.15-4420 tahun 2018 dan 207.15-4425 tahun 2019 dicabut.",
    }) do
      assert.are.same({}, found(s), s)
    end
  end)
  it("minutes and seconds of an angle, and days counted from a holiday", function()
    -- "N derajat M menit": minutes of arc, also the second of a range of them
    assert.are.same({}, found("Tinggi hilal antara 4 derajat 12 menit sampai 7 derajat 5,5 menit."))
    assert.are.same({}, found("Letaknya pada 2 derajat 30 menit 15 detik lintang selatan."))
    assert.are.same({}, found("Sudutnya 3\u{00B0} 20 menit di atas ufuk."))
    -- a stretch after the angle is still one
    assert.are.same({ "30 menit=PT30M" }, found("Suhu mencapai 40 derajat selama 30 menit."))
    -- "H+4", "H -2": a day counted from a holiday, no stretch of days
    assert.are.same({}, found("Arus balik memuncak pada H+4 Hari Raya Idul Fitri."))
    assert.are.same({}, found("Posko dibuka sejak H - 7 hari sebelum Lebaran."))
  end)
end)

describe("dates: a relative day with its date in parentheses", function()
  it("is one item of the date written", function()
    expect("Acara berlangsung hari ini (10/5) di Jakarta.", "hari ini (10/5)", "2023-05-10", "date")
    -- glossed by a dated weekday after a comma (or in parentheses) it is that day, the two
    -- items kept; not when the weekday belies the date, a slip, nor a bare weekday
    assert.are.same({ "hari ini=2023-05-11", "Kamis (11/5)=2023-05-11" },
      found("Banjir melanda desa itu hari ini, Kamis (11/5), menurut laporan petugas."))
    assert.are.same({ "kemarin=2023-05-08", "Senin, 8 Mei 2023=2023-05-08" },
      found("Ia ditangkap kemarin (Senin, 8 Mei 2023) di rumahnya."))
    assert.are.same({ "hari ini=2023-05-10", "Senin (3/3/2023)=2023-03-03" },
      found("Sidang dijadwalkan hari ini, Senin (3/3/2023) di PN."))
    assert.are.same({ "kemarin=2023-05-09", "Senin=2023-05-08" },
      found("Ia datang kemarin, Senin, ke kantor polisi."))
    expect("Ia datang kemarin (9/5/2023) sore ke kantor.", "kemarin (9/5/2023) sore", "2023-05-09TAF", "time")
    -- a bare weekday in parentheses that is the counted day's glosses it: that day (not one that belies it)
    assert.are.same({ "besok=2023-05-11", "Kamis=2023-05-11" },
      found("Puncak arus mudik diperkirakan besok (Kamis) di terminal itu."))
    assert.are.same({ "kemarin=2023-05-09", "Senin=2023-05-08" }, found("Ia ditangkap kemarin (Senin) di rumahnya."))
  end)
end)

describe("dates: a year named before a passive verb", function()
  it("reads 'APBN 2025 disahkan' as the year, not a count", function()
    expect("APBN 2025 disahkan DPR dalam rapat paripurna.", "2025", "2025", "date")
    expect("Pertumbuhan ekonomi 2024 diperkirakan lima persen.", "2024", "2024", "date")
  end)
  it("reads the year of a name as a year, whatever word follows it", function()
    expect("Warga menilai Pemilu 2024 berjalan lancar di Kabupaten Sukamaju.", "2024", "2024", "date")
    expect("Timnas berharap tampil di Piala Dunia 2026 kualifikasi zona Asia.", "2026", "2026", "date")
    expect("Peserta Festival Jazz 2024 membludak hingga ke parkiran.", "2024", "2024", "date")
    expect("Atlet Asian Games 2018 mendapat bonus dari pemerintah.", "2018", "2018", "date")
    -- the first word of a sentence: an acronym, or a verb after the year
    expect("APBN 2025 mencapai Rp3.600 triliun.", "2025", "2025", "date")
    expect("Pemilu 2024 berjalan lancar.", "2024", "2024", "date")
    -- a verb after it, after any word: prefixed, or a few roots ('jatuh', 'resmi', 'segera')
    expect("Hasil pemilu 2019 berjalan lancar di desa itu.", "2019", "2019", "date")
    assert.are.same({ "2025=2025", "31 Maret=2023-03-31" }, found("Lebaran 2025 jatuh pada 31 Maret."))
    -- a count after a sentence's first word, a quantifier or 'lebih dari', or before a unit, stays a count
    assert.are.same({}, found("Tercatat 2019 kasus baru di Jawa Barat."))
    assert.are.same({}, found("Lebih dari 2000 orang mengungsi ke balai desa."))
    assert.are.same({}, found("Hampir 2000 meninggal akibat wabah itu."))
    assert.are.same({}, found("Pembangunan jalan sepanjang 2024 meter itu rampung."))
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
  it("joins a written day and 'malam ini' (the writer's today) as one item", function()
    expect("Laga digelar di Stadion Kota, Rabu (22/5) malam ini, dan tuan rumah menang.", "Rabu (22/5) malam ini",
      "XXXX-05-22TNI", "time", false)
    -- (a bare weekday's 'malam ini' is still tonight's, whichever day that is)
    assert.are.same({ "Senin=XXXX-WXX-1", "malam ini=XXXX-XX-XXTNI" },
                    found("Rapat Senin malam ini dibatalkan.", false))
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
    -- the clock time before the date: one item too
    d = kimput.date("15:20 WIB, Rabu 6 Maret 2024")
    assert.are.same({ "15:20 WIB, Rabu 6 Maret 2024", "2024-03-06T15:20", "+07:00" }, { d.text, d.value, d.zone })
    assert.are.equal("2024-03-06T12:30", kimput.date("12.30 WIB - 6 Maret 2024").value)
  end)
  it("resolves against a reference, and named days", function()
    assert.are.equal("2023-05-09", kimput.date("kemarin", "2023-05-10").value)
    assert.are.equal("XXXX-05-09", kimput.date("9 Mei").value)
    local d = kimput.date("Hari Kemenangan 2023")
    assert.are.equal("2023-05-09", d.value)
    assert.are.equal("Hari Kemenangan", d.name)
    assert.are.equal("2022-08-17", kimput.date("HUT RI", "2022-03-01").value)
    -- a named day without a year follows the six-month rule of "17 Agustus"
    assert.are.equal("2024-08-17", kimput.date("HUT RI", "2025-01-16").value)
    assert.are.equal(kimput.date("17 Agustus", "2025-01-16").value, kimput.date("HUT RI", "2025-01-16").value)
    assert.are.equal("2025-05-09", kimput.date("Hari Kemenangan", "2025-01-16").value)
    -- a count says the year: the 80th since 1945 is 2025's, however far ahead
    assert.are.equal("2025-08-17", kimput.date("HUT RI ke-80", "2025-01-16").value)
    assert.are.equal("2024-08-17", kimput.date("Hari Kemerdekaan ke-79", "2025-01-16").value)
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
  it("dates a named day read more than six months ahead in the year before", function()
    local doc = kimput.parse("Raja Arkadia menyampaikan ucapan selamat HUT RI kepada Presiden Budi Santoso.",
      { published = "2025-01-16" })
    assert.are.equal("2024-08-17", doc:occasions()[1].value)
  end)
  it("skips other days that share a name, and lower-case words", function()
    local doc = kimput.parse("Perayaan Tahun Baru Imlek meriah. Kartu natal dijual.", { published = R })
    assert.are.same({}, doc:occasions())
  end)
  it("leaves another nation's day that shares a name: a country written after it, or a count too high", function()
    local doc = kimput.parse("Kedutaan Besar Arkadia di Jakarta menggelar resepsi Hari Kemerdekaan Filipina dan "
      .. "Hari Kemerdekaan ke-248 Amerika Serikat. Warga Bogor menyiapkan lomba HUT RI ke-79 di kampung.",
      { published = "2024-06-12" })
    local o = doc:occasions()
    assert.are.equal(1, #o)
    assert.are.same({ "HUT RI ke-79", "2024-08-17" }, { o[1].text, o[1].value })
    assert.is_nil(kimput.date("Hari Kemenangan Korea Utara", "2024-06-12"))
    assert.is_nil(kimput.date("Hari Kemerdekaan ke-126", "2024-06-12"))
    -- the day's own country, or an Indonesian place that is no country, keeps it
    assert.are.equal("2024-05-09", kimput.date("Hari Kemenangan Rusia", "2024-06-12").value)
    assert.are.equal("2024-08-17", kimput.date("Hari Kemerdekaan Indonesia", "2024-06-12").value)
    assert.are.equal("2024-11-10", kimput.date("Hari Pahlawan Surabaya", "2024-06-12").value)
    assert.are.equal("2023-12-25", kimput.date("Natal Filipina", "2024-03-12").value)
  end)
  it("reads 'malam' before a named day, in any case, as its eve, and leaves it out of doc:dates()", function()
    local doc = kimput.parse("Warga Sukamaju merayakan malam tahun baru di alun-alun.", { published = "2025-05-14" })
    local o = doc:occasions()[1]
    assert.are.same({ "malam tahun baru", "Malam Tahun Baru", "2024-12-31" }, { o.text, o.name, o.value })
    assert.are.same({}, doc:dates())
    -- read in December, the eve ahead; a written year is the named day's
    assert.are.equal("2025-12-31", kimput.date("malam tahun baru", "2025-12-20").value)
    assert.are.equal("2024-12-31", kimput.date("Malam Tahun Baru 2025", "2025-05-14").value)
    assert.are.equal("2025-12-24", kimput.date("malam Natal", "2025-12-20").value)
    assert.is_nil(kimput.date("malam tahun baru Imlek", "2025-12-20"))
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

describe("dates: more forms of the news (R = Wednesday 2023-05-10)", function()
  it("a bare weekday that says again the weekday of the date just told is that date", function()
    assert.are.same({ "10 Februari 2024=2024-02-10", "Sabtu=2024-02-10" },
      found("Tahun Baru Imlek jatuh pada 10 Februari 2024, bertepatan dengan Sabtu."))
    assert.are.same({ "17 Agustus 1945=1945-08-17", "hari Jumat=1945-08-17" },
      found("Teks proklamasi dibacakan pada 17 Agustus 1945 yang jatuh pada hari Jumat."))
    assert.are.same({ "17 April 2024=2024-04-17", "hari Rabu=2024-04-17" },
      found("Sidang putusan digelar 17 April 2024 atau hari Rabu di PN Medan.", "2024-04-10"))
    -- another weekday, or the same one told as another day: R's rule
    assert.are.same({ "Senin (1/5) lalu=2023-05-01", "Senin=2023-05-08" },
      found("Sidang digelar Senin (1/5) lalu dan kembali digelar Senin di PN Bogor."))
    assert.are.same({ "6 Mei 2023=2023-05-06", "Senin=2023-05-08" },
      found("Pasar dibuka pada 6 Mei 2023 atau Senin menurut panitia."))
  end)
  it("a weekday after 'atau' rendering in another zone the day just told is next to that day", function()
    local ref = "2024-03-13"
    assert.are.same({ "Rabu=2024-03-13", "Kamis dini hari=2024-03-14TNI" },
      found("Sidang darurat dijadwalkan Rabu waktu New York, atau Kamis dini hari WIB.", ref))
    assert.are.same({ "Minggu=2024-03-10", "Senin dini hari=2024-03-11TNI" },
      found("Laga final digelar Minggu waktu setempat atau Senin dini hari WIB.", ref))
    -- no zone between: two days read alone
    assert.are.same({ "Senin=2024-03-18", "Selasa=2024-03-19" },
      found("Ia akan datang Senin atau Selasa ke kantor.", ref))
  end)
  it("a clock time that starts something after a stretch of days takes the stretch's first day", function()
    local ref = "2024-03-13"
    local text = "Banjir melanda sejak Minggu (10/3) malam hingga Senin (11/3) siang.\n"
    assert.are.same({ "Minggu (10/3) malam=2024-03-10TNI", "Senin (11/3) siang=2024-03-11TMI",
      "pukul 19.00 Wita=2024-03-10T19:00" }, found(text .. "Hujan deras turun sejak pukul 19.00 Wita.", ref))
    assert.are.same({ "Senin (4/3)=2024-03-04", "Selasa (5/3)=2024-03-05", "pukul 08.00 WIB=2024-03-04T08:00" },
      found("Pemadaman berlangsung mulai Senin (4/3) sampai Selasa (5/3). Pemadaman dimulai pukul 08.00 WIB.", ref))
    -- a time that starts nothing takes the last day told; no stretch, the day told
    assert.are.same({ "Minggu (10/3) malam=2024-03-10TNI", "Senin (11/3) siang=2024-03-11TMI",
      "pukul 13.00 Wita=2024-03-11T13:00" }, found(text .. "Air surut pukul 13.00 Wita.", ref))
    assert.are.same({ "Senin (11/3)=2024-03-11", "pukul 19.00 Wita=2024-03-11T19:00" },
      found("Banjir melanda Senin (11/3). Hujan deras turun sejak pukul 19.00 Wita.", ref))
    -- a daytime clock time cannot be in the small hours the stretch ends in: its first day; a small hour its last
    assert.are.same({ "Sabtu (9/3)=2024-03-09", "Minggu (10/3) dini hari=2024-03-10TNI",
      "pukul 15.36 WIT=2024-03-09T15:36", "pukul 02.10 WIT=2024-03-10T02:10" },
      found("Sejak Sabtu (9/3) hingga Minggu (10/3) dini hari tercatat 30 gempa. Gempa pertama terjadi " ..
        "pukul 15.36 WIT. Gempa terakhir pukul 02.10 WIT.", ref))
  end)
  it("'akhir tahun' told as done in January is the year just ended; 'awal tahun' ahead in December the next", function()
    expect("Presiden menyampaikan pidato akhir tahun di Istana.", "akhir tahun", "2023", "date", "2024-01-02")
    expect("Pemerintah menargetkan tol itu rampung akhir tahun.", "akhir tahun", "2024", "date", "2024-01-02")
    expect("Harga emas biasanya naik menjelang akhir tahun.", "akhir tahun", "2024", "date", "2024-01-02")
    expect("Proyek itu akan dimulai awal tahun di Kalimantan.", "awal tahun", "2025", "date", "2024-12-28")
    expect("Harga beras naik sejak awal tahun.", "awal tahun", "2024", "date", "2024-12-28")
    -- read in another month: R's year
    expect("Perayaan akhir tahun berlangsung meriah.", "akhir tahun", "2024", "date", "2024-06-10")
  end)
  it("a date's own weekday set off after it by a comma alone joins it as one item", function()
    expect("Rombongan tiba 1 April 2024, Senin, di Bandara Kualanamu.", "1 April 2024, Senin", "2024-04-01",
      "date", "2024-03-13")
    expect("Pencoblosan digelar 14 Februari 2024, hari Rabu.", "14 Februari 2024, hari Rabu", "2024-02-14",
      "date", "2024-03-13")
    -- another weekday is another day: two items
    assert.are.same({ "1 April 2024=2024-04-01", "Selasa=2024-03-12" },
      found("Rombongan tiba 1 April 2024, Selasa, di Bandara Kualanamu.", "2024-03-13"))
  end)
  it("a day or month of a plan read late in the year is the next year's when R's is long past", function()
    local ref = "2024-12-30"
    expect("Pelantikan akan digelar pada 5 Januari di gedung DPRD.", "5 Januari", "2025-01-05", "date", ref)
    expect("Sidang perdana dijadwalkan awal Januari di PN Depok.", "awal Januari", "2025-01", "date", ref)
    expect("Lelang akan dibuka bulan Februari oleh panitia.", "bulan Februari", "2025-02", "date", ref)
    -- told as done, since, or in a relative clause: the six-month rule alone
    expect("Banjir melanda kawasan itu pada 5 Januari lalu.", "5 Januari lalu", "2024-01-05", "date", ref)
    expect("Banjir melanda kawasan itu pada 5 Januari.", "5 Januari", "2024-01-05", "date", ref)
    expect("Dinas akan mengevaluasi aturan yang berlaku sejak 5 Januari.", "5 Januari", "2024-01-05", "date", ref)
    expect("Dinas akan mengevaluasi aturan yang diteken 5 Januari.", "5 Januari", "2024-01-05", "date", ref)
    -- a plan for a day within six months keeps R's year
    expect("Pameran akan dibuka pada 9 Mei di Bandung.", "9 Mei", "2023-05-09", "date")
  end)
  it("a written year keeps lalu, mendatang, nanti, ini in its span", function()
    expect("Target itu dicapai pada 2030 mendatang menurut menteri.", "2030 mendatang", "2030")
    expect("Pada 2045 nanti, jumlah penduduk meningkat.", "2045 nanti", "2045")
    expect("Harga beras naik pada Maret 2023 lalu di pasar.", "Maret 2023 lalu", "2023-03")
    expect("Pemungutan suara digelar 14 Februari 2024 mendatang.", "14 Februari 2024 mendatang", "2024-02-14")
    expect("Pada tahun 2023 ini ekonomi desa tumbuh.", "tahun 2023 ini", "2023")
  end)
  it("penghujung is the end, tengah malam the night", function()
    local d = expect("Gedung baru rampung pada penghujung 2024 menurut kontraktor.", "penghujung 2024", "2024")
    assert.are.equal("END", d.mod)
    expect("Ledakan terdengar tengah malam di pelabuhan.", "tengah malam", "2023-05-10TNI", "time")
    expect("Warga terbangun Senin tengah malam karena gempa.", "Senin tengah malam", "2023-05-08TNI", "time")
    expect("Kafe itu tutup pukul 12 tengah malam.", "pukul 12 tengah malam", "2023-05-11T00:00", "time")
    assert.are.same({}, found("Di tengah pandemi warga tetap bertahan."))
  end)
  it("Minggu with a part of the day is Sunday; with an ordinal, a week of a month", function()
    expect("Laga digelar Minggu malam di stadion kota.", "Minggu malam", "2023-05-07TNI", "time")
    expect("Pesta rakyat digelar pekan kedua Juni di alun-alun.", "pekan kedua Juni", "2023-W23")
    expect("Pada Minggu kedua Juni, harga cabai turun.", "Minggu kedua Juni", "2023-W23")
    expect("Lomba diadakan minggu pertama Juli 2024 di danau.", "minggu pertama Juli 2024", "2024-W27")
    expect("Vaksin tiba pekan terakhir Desember di gudang.", "pekan terakhir Desember", "2022-W52")
    -- the ordinal written with a number; a league's matchweek (no month) is no week of the calendar
    expect("Rapat digelar pekan ke-2 Juni di balai kota.", "pekan ke-2 Juni", "2023-W23")
    -- the month counted from R's
    expect("Vaksinasi massal digelar pekan ketiga bulan ini di puskesmas.", "pekan ketiga bulan ini", "2023-W20")
    expect("Stok menipis sejak minggu terakhir bulan lalu.", "minggu terakhir bulan lalu", "2023-W17")
    expect("Tarif baru berlaku pekan pertama bulan depan.", "pekan pertama bulan depan", "2023-W22")
    assert.are.same({}, found("Liga memasuki pekan ke-29 dengan laga sengit."))
    -- the figure before a numbered week names the league: no count of weeks
    assert.are.same({}, found("Jadwal Liga 1 pekan ke-18 dirilis operator."))
    assert.are.same({}, found("Laga Liga 2 minggu ke 3 ditunda."))
    -- times listed line after line under a day's heading keep that day
    assert.are.same({ "Jumat, 15 September 2023=2023-09-15", "15.00 WIB=2023-09-15T15:00",
      "19.00 WIB=2023-09-15T19:00", "21.00 WIB=2023-09-15T21:00" },
      found("Jadwal laga Liga Kota.\nJumat, 15 September 2023\n15.00 WIB - Tim A vs Tim B\n"
        .. "19.00 WIB - Tim C vs Tim D\n21.00 WIB - Tim E vs Tim F"))
    -- one unit and a count of times is a frequency, as "seminggu dua kali" is (not of years: a term)
    expect("Sidang digelar satu minggu dua kali di pengadilan.", "satu minggu dua kali", "P1W", "set")
    expect("Masa jabatan satu tahun dua kali diperpanjang.", "satu tahun", "P1Y", "duration")
    -- four digits of a year before a unit shorter than a year are the year, no count
    assert.are.same({ "2019=2019", "Mei=2019-05" }, found("Pada 2019 bulan Ramadan jatuh pada Mei."))
    assert.are.same({ "1000 hari=P1000D" }, found("Warga menggelar peringatan 1000 hari wafatnya."))
  end)
  it("anniversaries are durations", function()
    expect("Warga memperingati HUT ke-78 RI dengan lomba.", "HUT ke-78", "P78Y", "duration")
    expect("Kota itu merayakan ulang tahun ke-70 dengan pawai.", "ulang tahun ke-70", "P70Y", "duration")
    expect("Pawai meriahkan hari jadi ke-496 kota.", "hari jadi ke-496", "P496Y", "duration")
    expect("Koperasi itu berulang tahun ke-50 dengan meriah.", "berulang tahun ke-50", "P50Y", "duration")
    -- with the name of whose it is between (up to three capitalised words)
    expect("Polisi menggelar upacara HUT Bhayangkara ke-79 di lapangan.", "HUT Bhayangkara ke-79", "P79Y", "duration")
    expect("Upacara HUT RI ke-80 digelar di Istana.", "HUT RI ke-80", "P80Y", "duration")
    expect("Warga merayakan Hari Jadi Kota Sukamaju ke-543.", "Hari Jadi Kota Sukamaju ke-543", "P543Y", "duration")
    assert.are.same({}, found("HUT Kota Sukamaju dirayakan ke-3 kalinya."))
  end)
  it("a duration in several units is one value", function()
    expect("Terdakwa divonis 3 tahun 6 bulan penjara.", "3 tahun 6 bulan", "P3Y6M", "duration")
    expect("Perjalanan memakan waktu 1 jam 30 menit dari kota.", "1 jam 30 menit", "PT1H30M", "duration")
    expect("Pendakian ke puncak butuh 2 hari 5 jam.", "2 hari 5 jam", "P2DT5H", "duration")
    expect("Toko itu tutup dua tahun tiga bulan lalu.", "dua tahun tiga bulan lalu", "2021-02", "date")
    -- the parts may be joined by "dan"; a larger unit after "dan" is another item
    expect("Jaksa menuntut terdakwa 1 tahun dan 8 bulan penjara.", "1 tahun dan 8 bulan", "P1Y8M", "duration")
    assert.are.same({ "3 hari=P3D", "2 minggu=P2W" }, found("Ia dirawat 3 hari dan 2 minggu di rumah sakit."))
  end)
  it("frequencies are sets; dalam sepekan after a figure is a span", function()
    expect("Obat itu diminum tiga kali sehari setelah makan.", "tiga kali sehari", "P1D", "set")
    expect("Posyandu digelar sebulan sekali di desa.", "sebulan sekali", "P1M", "set")
    expect("Latihan digelar seminggu dua kali di lapangan.", "seminggu dua kali", "P1W", "set")
    expect("Latihan digelar dua kali dalam sepekan di lapangan.", "dua kali dalam sepekan", "P1W", "set")
    -- a count within a span is not a frequency
    expect("Harga BBM naik dua kali dalam sebulan terakhir.", "sebulan terakhir", "P1M", "duration")
    expect("Harga emas naik 2 persen dalam sepekan.", "sepekan", "P1W", "duration")
    expect("Pasar malam dibuka setiap akhir pekan di alun-alun.", "setiap akhir pekan", "XXXX-WXX-WE", "set")
    expect("Warga meronda setiap malam di kampung.", "setiap malam", "XXXX-XX-XXTNI", "set")
    expect("Upacara digelar setiap tanggal 17 di halaman kantor.", "setiap tanggal 17", "XXXX-XX-17", "set")
    expect("Festival itu digelar setiap tahunnya di alun-alun.", "setiap tahunnya", "P1Y", "set")
    expect("Vaksin dikirim dua minggu sekali ke kabupaten.", "dua minggu sekali", "P2W", "set")
    expect("Rapat digelar setiap akhir bulan di balai kota.", "setiap akhir bulan", "P1M", "set")
    expect("Neraca disusun setiap akhir tahun oleh bendahara.", "setiap akhir tahun", "P1Y", "set")
  end)
  it("a day of the month named relative to R", function()
    expect("Gaji dibayar tanggal 25 bulan ini oleh bendahara.", "25 bulan ini", "2023-05-25")
    expect("Sidang digelar tanggal 3 bulan lalu di pengadilan.", "3 bulan lalu", "2023-04-03")
    expect("Tarif berlaku tanggal 1 bulan depan di seluruh kota.", "1 bulan depan", "2023-06-01")
    -- listed days share the month; not "15 bulan", a duration
    assert.are.same({ "1=2023-05-01", "15 bulan ini=2023-05-15" },
      found("Bantuan dicairkan tanggal 1 dan 15 bulan ini di kantor pos."))
    -- the month after the story's day; with none (a rule's month) no date
    assert.are.same({ "7 Maret 2023=2023-03-07", "15 bulan berikutnya=2023-04-15" },
      found("Tersangka ditangkap 7 Maret 2023. Sidang pertama digelar tanggal 15 bulan berikutnya."))
    assert.are.same({}, found("Pajak dibayar paling lambat tanggal 15 bulan berikutnya."))
    -- a bare day of the month is the day with its month written just before, else R's month
    assert.are.same({ "31 Mei 2023=2023-05-31", "2 Juni 2023=2023-06-02", "2=2023-06-02" },
      found('Pembacaan pleidoi digeser dari 31 Mei 2023 menjadi 2 Juni 2023. "Jadi tanggal 2," kata hakim.'))
    assert.are.same({ "2 Juni 2023=2023-06-02", "2=2023-05-02" },
      found("Rapat digelar 2 Juni 2023.\nSatu.\nDua.\nTiga.\nDana cair tanggal 2."))
  end)
  it("a day of every month is a set", function()
    expect("Gaji honorer dibayarkan tanggal 10 setiap bulan.", "10 setiap bulan", "XXXX-XX-10", "set")
    expect("Iuran dibayar paling lambat tanggal 5 tiap bulannya.", "5 tiap bulannya", "XXXX-XX-05", "set")
    expect("Bantuan cair setiap tanggal 25 setiap bulannya.", "setiap tanggal 25 setiap bulannya", "XXXX-XX-25",
      "set")
    assert.are.same({ "1=XXXX-XX-01", "15 setiap bulan=XXXX-XX-15" },
      found("Gaji dibayarkan tanggal 1 dan 15 setiap bulan."))
    assert.are.same({ "setiap tanggal 1=XXXX-XX-01", "15=XXXX-XX-15" },
      found("Gaji dibayarkan setiap tanggal 1 dan 15 oleh bendahara."))
  end)
  it("year-first numeric dates, seasons, fiscal years", function()
    expect("Data per 2023/05/09 menunjukkan kenaikan.", "2023/05/09", "2023-05-09")
    expect("Kebakaran hutan terjadi pada musim panas 2022 di Kanada.", "musim panas 2022", "2022-SU")
    expect("Salju tebal turun saat musim dingin 2021 lalu.", "musim dingin 2021 lalu", "2021-WI")
    expect("Dana disiapkan dalam tahun anggaran 2024 oleh pemda.", "tahun anggaran 2024", "2024")
    expect("Laba bersih perseroan tahun buku 2024 naik.", "tahun buku 2024", "2024")
    -- a school year is no calendar year: "awal tahun ajaran" is not the start of R's year
    assert.are.same({}, found("Pada awal tahun ajaran baru, jumlah siswa SMP Negeri 3 bertambah."))
    assert.are.same({ "2023=2023", "2024=2024" }, found("Pada awal tahun ajaran 2023/2024, kuota ditambah."))
  end)
  it("ranges of days with a numeric date are two items", function()
    assert.are.same({ "Senin=2023-05-08", "Rabu (8-10/5)=2023-05-10" },
      found("Bazar digelar Senin-Rabu (8-10/5) di balai kota."))
    assert.are.same({ "Jumat=2023-05-12", "Minggu (12-14/5/2023)=2023-05-14" },
      found("Festival berlangsung Jumat hingga Minggu (12-14/5/2023) di pantai."))
    assert.are.same({ "hari Senin=2023-05-08", "Rabu (8-10/5)=2023-05-10" },
      found("Bazar digelar hari Senin - Rabu (8-10/5) di balai kota."))
    -- two weekdays joined by "dan" before a range of days: the same two items
    assert.are.same({ "Sabtu=2023-05-06", "Minggu (6-7/5)=2023-05-07" },
      found("Bazar UMKM digelar Sabtu dan Minggu (6-7/5) di alun-alun."))
    assert.are.same({ "8=2023-05-08", "10/5=2023-05-10" }, found("Pameran berlangsung (8-10/5) di mal."))
    assert.are.same({ "8=2023-05-08", "10/5/2023=2023-05-10" }, found("Konser digelar pada 8-10/5/2023 di stadion."))
    assert.are.same({}, found("Tim tamu unggul 2-1 di babak pertama."))
  end)
  it("a month ahead may be R's own month when what is ahead is still in it", function()
    expect("Panen raya tiba akhir Mei mendatang di desa.", "akhir Mei mendatang", "2023-05")
    expect("Panen raya tiba Mei nanti di desa.", "Mei nanti", "2023-05")
    expect("Sekolah dibuka awal Mei mendatang di kota.", "awal Mei mendatang", "2024-05")
    expect("Panen raya tiba Maret nanti di desa.", "Maret nanti", "2024-03")
  end)
  it("a written weekday settles the year of its day and month", function()
    -- 2023-05-11 is a Thursday; 2022-05-11 a Wednesday
    expect("Rapat digelar Kamis (11/5) lalu di balai desa.", "Kamis (11/5) lalu", "2023-05-11")
    expect("Sidang digelar Kamis (24/11) di pengadilan.", "Kamis (24/11)", "2022-11-24")
    -- ... only within six months of R: 2023-11-24 (a Friday) lies more than six months ahead, so
    -- the six-month rule wins over the weekday and gives 2022-11-24 (a Thursday)
    expect("Sidang digelar Jumat (24/11) di pengadilan.", "Jumat (24/11)", "2022-11-24")
    -- 2024-01-23 is a Tuesday, 2025-01-23 a Thursday seven months after R: the nearest date stays
    expect("Kapolres memimpin apel Kamis (23/1) di Mapolres.", "Kamis (23/1)", "2024-01-23", nil, "2024-06-10")
    -- near R the weekday moves the year forward: read on 28/12/2023, next Tuesday
    expect("Sidang lanjutan digelar Selasa (2/1) di PN Medan.", "Selasa (2/1)", "2024-01-02", nil, "2023-12-28")
    -- a day told as past ("kemarin", "lalu") a day or two after R is a slip of the writer or of R,
    -- R's year kept, even when the weekday belies it (2022-05-11 was a Wednesday): not a year back
    expect("Tersangka bertambah hingga Rabu (11/5) kemarin.", "Rabu (11/5) kemarin", "2023-05-11")
    expect("Warga melapor 12 Mei lalu ke posko.", "12 Mei lalu", "2023-05-12")
    expect("Warga melapor 13 Mei lalu ke posko.", "13 Mei lalu", "2022-05-13")
    -- a range of days the same way, by its second weekday
    assert.are.same({ "Senin=2024-01-01", "Selasa (1-2/1)=2024-01-02" },
      found("Bazar digelar Senin-Selasa (1-2/1) di alun-alun.", "2023-12-28"))
    expect("Kantor tutup Rabu (10/5) kemarin.", "Rabu (10/5) kemarin", "2023-05-10")
    -- the week named after a day and month is in its span, the day as written
    expect("Festival digelar Jumat (5/5) pekan lalu di Solo.", "Jumat (5/5) pekan lalu", "2023-05-05")
    expect("Saksi diperiksa Kamis (11/5/2023) minggu ini.", "Kamis (11/5/2023) minggu ini", "2023-05-11")
  end)
  it("a day or month without a year takes the year its sentence named before it", function()
    -- read on 2024-10-20: the six-month rule alone would give 2024 to each
    local R2 = "2024-10-20"
    assert.are.same({ "Tahun lalu=2023", "Oktober=2023-10" },
      found("Tahun lalu, kedua menteri bertemu di Jenewa pada Oktober untuk berunding.", R2))
    assert.are.same({ "2020 lalu=2020", "9 Desember=2020-12-09" },
      found("Pada 2020 lalu, pemilihan kepala desa tetap digelar pada 9 Desember.", R2))
    assert.are.same({ "10 Mei 2022=2022-05-10", "12 September=2022-09-12" },
      found("Keduanya bertemu pada 10 Mei 2022 di Surabaya dan kembali bertemu pada 12 September di Makassar.", R2))
    assert.are.same({ "tahun 2021=2021", "1=2021-02-01", "3 Februari=2021-02-03" },
      found("Pada tahun 2021, banjir melanda kota itu pada 1-3 Februari.", R2))
    assert.are.same({ "tahun ini=2024", "November=2024-11" },
      found("Pada tahun ini, festival budaya digelar pada November.", "2024-03-20"))
    -- not a year that bounds or compares, nor one past a turn of the sentence, nor in another sentence
    assert.are.same({ "2019=2019", "5 Maret=2024-03-05" },
      found("Sejak 2019, harga naik dan pada 5 Maret turun lagi.", R2))
    -- nor a term of years told as two, "2024-2029": after it the sentence has no year
    assert.are.same({ "2024=2024", "2029=2029", "Rabu (1/5)=2024-05-01" },
      found("Presiden terpilih periode 2024-2029, Budi Santoso, menerima telepon pada Rabu (1/5).", "2024-05-03"))
    assert.are.same({ "2024=2024", "2029=2029", "Rabu (1/5)=XXXX-05-01" },
      found("Presiden terpilih periode 2024-2029, Budi Santoso, menerima telepon pada Rabu (1/5).", false))
    assert.are.same({ "tahun lalu=2023", "Juni=2024-06" }, found("Dibandingkan tahun lalu, ekspor pada Juni naik.", R2))
    assert.are.same({ "2022=2022", "Januari=2024-01" },
      found("Pada 2022 ekspor turun, tetapi pada Januari naik lagi.", "2024-03-20"))
    assert.are.same({ "2020=2020", "9 Desember=2023-12-09" },
      found("Banjir besar terjadi pada 2020. Pemeriksaan digelar pada 9 Desember.", "2024-03-20"))
    -- two years, one bounding: the sentence names no one year
    assert.are.same({ "2019=2019", "2021=2021", "12 Februari=2024-02-12" },
      found("Pada 2019 hingga 2021, pelaku berpindah kota dan ditangkap pada 12 Februari.", R2))
    -- a relative word after the day reads it against R as before
    assert.are.same({ "2020=2020", "9 Desember lalu=2023-12-09" },
      found("Pada 2020, hal serupa terjadi dan terulang pada 9 Desember lalu.", "2024-03-20"))
  end)
  it("a bare weekday that opens a range to a dated weekday is the one before that date", function()
    assert.are.same({ "Sabtu siang=2023-05-13TMI", "Minggu (14/5) dini hari=2023-05-14TNI" },
      found("Pengalihan arus berlaku mulai Sabtu siang hingga Minggu (14/5) dini hari."))
    assert.are.same({ "Jumat=2023-05-12", "Minggu, 14 Mei 2023=2023-05-14" },
      found("Pameran digelar Jumat sampai Minggu, 14 Mei 2023, di alun-alun."))
    assert.are.same({ "Kamis malam=2023-05-04TNI", "Jumat (5/5) pagi=2023-05-05TMO" },
      found("Operasi berlangsung Kamis malam hingga Jumat (5/5) pagi."))
    -- with no date at the range's end the first day is read as alone
    assert.are.same({ "Senin=2023-05-08", "Rabu sore=2023-05-10TAF" },
      found("Razia digelar Senin hingga Rabu sore di jalan protokol."))
  end)
  it("a bare weekday next in a sequence after a day ahead of R is the next such day after it", function()
    assert.are.same({ "Besok=2023-05-11", "pukul 16.00=2023-05-11T16:00", "Jumat=2023-05-12" },
      found('"Besok kami berlatih pukul 16.00, lalu Jumat latihan ringan," kata pelatih.'))
    assert.are.same({ "Senin (15/5)=2023-05-15", "Rabu=2023-05-17" },
      found("Rapat digelar Senin (15/5) dan Rabu di gedung DPRD."))
    -- the weekday of that day itself is that day, another part of it
    assert.are.same({ "Senin (15/5) siang=2023-05-15TMI", "Senin malam=2023-05-15TNI" },
      found("Senin (15/5) siang, tamu akan bertemu Bupati, dan Senin malam akan makan bersama warga."))
    -- after a past day, or not next in a sequence, R's reading stays
    assert.are.same({ "Senin (8/5)=2023-05-08", "Selasa=2023-05-09" },
      found("Pelaku ditangkap Senin (8/5) dan Selasa dibebaskan."))
    assert.are.same({ "Senin (15/5)=2023-05-15", "Kamis=2023-05-04" },
      found("Sidang lanjutan digelar Senin (15/5), setelah sidang Kamis ditunda."))
  end)
  it("a bare weekday soon after a planned day ahead of R goes on from it, in the next sentences", function()
    assert.are.same({ "hari Sabtu, 13 Mei 2023=2023-05-13", "Minggu pagi=2023-05-14TMO" },
      found('Menteri akan berkunjung pada hari Sabtu, 13 Mei 2023, untuk rapat. "Kami menginap. Minggu pagi, '
        .. 'beliau terbang lagi," kata panitia.'))
    -- not more than three days after it, nor after a deed done, nor after a day not planned
    assert.are.same({ "hari Sabtu, 13 Mei 2023=2023-05-13", "Kamis=2023-05-04" },
      found("Menteri akan berkunjung pada hari Sabtu, 13 Mei 2023. Pada Kamis, ia meresmikan bendungan."))
    assert.are.same({ "Sabtu (13/5)=2023-05-13", "Minggu pagi=2023-05-07TMO" },
      found("Menteri akan tiba Sabtu (13/5). Minggu pagi, ia sudah meninjau lokasi."))
    assert.are.same({ "Sabtu (13/5)=2023-05-13", "Minggu pagi=2023-05-07TMO" },
      found("Menteri tiba Sabtu (13/5). Minggu pagi, ia meninjau lokasi."))
  end)
  it("a bare weekday is the day the text wrote that weekday with, when that lies ahead of R's reading", function()
    assert.are.same({ "Jumat (19/5)=2023-05-19", "hari Jumat=2023-05-19" },
      found('Hakim menunda sidang hingga Jumat (19/5). "Kami mohon sidang dilanjutkan hari Jumat," kata jaksa.'))
    -- a clock time after it takes that day too; a plan's reading gives way to it as well
    assert.are.same({ "Senin 22 Mei 2023=2023-05-22", "hari Senin=2023-05-22", "jam 10.00=2023-05-22T10:00" },
      found("Vonis dibacakan Senin 22 Mei 2023. Sidang hari Senin itu dimulai jam 10.00."))
    assert.are.same({ "Sabtu, 20 Mei 2023=2023-05-20", "Sabtu=2023-05-20" },
      found("Final digelar Sabtu, 20 Mei 2023. Kedua tim akan bertanding pada Sabtu di Solo."))
    -- a weekday told before R's reading of it leaves R's reading; so does R's own weekday
    assert.are.same({ "Kamis (27/4)=2023-04-27", "Kamis=2023-05-04" },
      found("Pelaku ditangkap Kamis (27/4). Ia diperiksa Kamis di Polres."))
    assert.are.same({ "Rabu (17/5)=2023-05-17", "Rabu=2023-05-10" },
      found("Pledoi dibacakan Rabu (17/5). Pada sidang Rabu, jaksa membacakan tuntutan."))
    -- a day written without its weekday counts by the weekday it falls on (14 May 2023: a Sunday);
    -- "Minggu" before a clock time is the day, not the week
    assert.are.same({ "(14/5) pukul 15.30 WIB=2023-05-14T15:30", "Minggu pukul 19.00 WIB=2023-05-14T19:00" },
      found("Tim tamu bertanding di Stadion Kota (14/5) pukul 15.30 WIB. Laga lain digelar Minggu pukul 19.00 WIB."))
    assert.are.same({ "14 Mei 2023=2023-05-14", "Minggu=2023-05-14" },
      found("Final digelar 14 Mei 2023. Kedua tim bertanding pada Minggu di Solo."))
  end)
  it("numbers on shirts and number plates are not years", function()
    assert.are.same({}, found("Ia mengenakan kaos bernomor 1945 saat laga."))
    assert.are.same({}, found("Mobil berpelat B 2023 KZ ditilang di jalan."))
  end)
end)

describe("dates: spaced ordinals and a common misspelling", function()
  it("'ke N' written apart is an ordinal; 'Febuari' is February", function()
    -- the week of a month with its ordinal written apart, as "keempat" and "ke-3"
    assert.are.same({ "minggu ke empat Mei 2023=2023-W21" }, found("Pada minggu ke empat Mei 2023, harga cabai naik."))
    assert.are.same({ "pekan ke 2 Maret=2023-W10" }, found("Stok menipis pada pekan ke 2 Maret di pasar induk."))
    -- a numbered event of a year: no count of years, the year stays
    assert.are.same({ "tahun 2023=2023" }, found("Kampus itu menggelar wisuda ke 87 tahun 2023 secara luring."))
    assert.are.same({ "tahun 2023=2023" }, found("Kampus itu menggelar wisuda ke-87 tahun 2023 secara luring."))
    -- still a count where no ordinal is written, and no week for a numbered round
    assert.are.same({ "87 tahun=P87Y" }, found("Gedung itu berdiri 87 tahun di pusat kota."))
    assert.are.same({}, found("Laga Liga 3 minggu ke 2 digelar di stadion itu."))
    assert.are.same({ "9 Febuari 2024=2024-02-09" }, found("Acara puncak digelar pada 9 Febuari 2024 di alun-alun."))
    -- a weekday with "nanti" / "nantinya" after it is the coming one (R is Wednesday 2023-05-10)
    assert.are.same({ "Jumat=2023-05-12" }, found("Data itu harus sudah ada Jumat nanti, kata camat."))
    assert.are.same({ "Hari Jumat=2023-05-12" }, found("Hari Jumat nantinya data warga terdampak harus lengkap."))
    assert.are.same({ "Rabu=2023-05-10" }, found("Rapat digelar Rabu nanti di balai desa."))
    assert.are.same({ "12 Februari mendatang=2024-02-12" }, found("Rapat pada 12 Februari mendatang.", "2024-01-20"))
    assert.are.same({ "12 Febuari mendatang=2024-02-12" },
                    found("Rapat digelar pada 12 Febuari mendatang di kantor bupati.", "2024-01-20"))
  end)
end)

describe("dates: a part of the day told as this day's before its date; a disease's name", function()
  it("'Selasa malam ini (9/5/2023)' is one item; 'Disease 2019' names no year", function()
    assert.are.same({ "Selasa malam ini (9/5/2023)=2023-05-09TNI" },
                    found("Pengungsi bertahan di tenda Selasa malam ini (9/5/2023) karena hujan belum reda."))
    assert.are.same({ "Rabu sore tadi (10/5/2023)=2023-05-10TAF" },
                    found("Warga mengungsi Rabu sore tadi (10/5/2023) ke balai desa."))
    -- (no date after it: the weekday and the part of the day as before)
    assert.are.same({ "Selasa malam=2023-05-09TNI" }, found("Rapat itu digelar Selasa malam di balai desa."))
    assert.are.same({ "2020=2020" },
                    found("Aturan penanganan Corona Virus Disease 2019 (Covid-19) terbit pada 2020 di kota itu."))
    assert.are.same({ "2019=2019" }, found("Aturan itu terbit pada 2019 di kota itu."))
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

describe("dates: anniversaries written apart or after 'yang'", function()
  it("counts them as durations", function()
    expect("Warga desa memperingati HUT RI ke 81 dengan lomba.", "HUT RI ke 81", "P81Y", "duration")
    expect("Upacara Hari Ulang Tahun (HUT) Republik Indonesia yang ke-81 berlangsung di alun-alun.",
      "Ulang Tahun (HUT) Republik Indonesia yang ke-81", "P81Y", "duration")
    expect("Peringatan HUT Kemerdekaan RI yang 81 ini digelar sederhana.", "HUT Kemerdekaan RI yang 81", "P81Y",
      "duration")
    expect("Koperasi itu merayakan ulang tahun yang ke 25 bersama anggota.", "ulang tahun yang ke 25", "P25Y",
      "duration")
    -- a count of years or a day after "yang" is no anniversary's
    assert.are.same({ "17 Agustus=2023-08-17" }, found("Upacara HUT RI yang 17 Agustus nanti digelar di lapangan."))
    assert.are.same({}, found("HUT Kota Sukamaju dirayakan ke-3 kalinya."))
  end)
end)

describe("dates: a part of the day before a clock time, half hours", function()
  it("reads the hour in the part of the day written before it", function()
    expect("Sore jam 4 anak itu masih bermain di lapangan.", "Sore jam 4", "2023-05-10T16:00", "time")
    expect("Malamnya sekitar pukul 10 pencuri itu kabur.", "Malamnya sekitar pukul 10", "2023-05-10T22:00", "time")
    expect("Warga berkumpul pada sore hari pukul 5 di balai desa.", "sore hari pukul 5", "2023-05-10T17:00", "time")
    expect("Siang jam 1 petugas tiba di lokasi.", "Siang jam 1", "2023-05-10T13:00", "time")
    expect("Pagi jam 7 nelayan menemukan perahu itu.", "Pagi jam 7", "2023-05-10T07:00", "time")
    -- a night's small hours stay small
    expect("Malam pukul 02.00 hujan kembali turun.", "Malam pukul 02.00", "2023-05-10T02:00", "time")
  end)
  it("reads 'setengah N' after a clock word as half an hour before N", function()
    expect("Ia pulang sekitar jam setengah 9 ke rumah.", "jam setengah 9", "2023-05-10T08:30", "time")
    expect("Rapat dibuka pukul setengah delapan pagi.", "pukul setengah delapan pagi", "2023-05-10T07:30", "time")
    expect("Bus tiba jam setengah 10 malam di terminal.", "jam setengah 10 malam", "2023-05-10T21:30", "time")
    expect("Antrean bergerak setengah jam lebih lambat.", "setengah jam", "PT0.5H", "duration")
  end)
end)

describe("dates: a chronology of clock times", function()
  it("keeps the day told for each clock time after the last one that took it", function()
    assert.same({ "Jumat (5/5/2023) pagi=2023-05-05TMO", "pukul 09.00 WIB=2023-05-05T09:00",
      "pukul 10.00 WIB=2023-05-05T10:00", "pukul 12.00 WIB=2023-05-05T12:00", "Sabtu (6/5/2023)=2023-05-06" },
      found("Gudang itu terbakar pada Jumat (5/5/2023) pagi.\nPada pukul 09.00 WIB, warga melapor ke pos polisi.\n"
        .. "\"Petugas tiba pukul 10.00 WIB. Api padam pukul 12.00 WIB,\" kata Kapolsek Sukamaju, Sabtu (6/5/2023)."))
    -- the chain breaks two sentences after the last time: R's day again
    assert.same({ "Jumat (5/5/2023)=2023-05-05", "pukul 09.00 WIB=2023-05-05T09:00",
      "pukul 15.00 WIB=2023-05-10T15:00" },
      found("Gudang itu terbakar pada Jumat (5/5/2023).\nPada pukul 09.00 WIB, warga melapor.\nPolisi menyelidiki.\n"
        .. "Kerugian belum dihitung.\nRapat digelar pukul 15.00 WIB."))
  end)
end)

describe("dates: 'dalam N hari itu'", function()
  it("is the stretch told before, a duration, not a day ahead of R", function()
    expect("Dalam lima hari itu, banjir tidak selalu merendam jalan.", "lima hari", "P5D", "duration")
    expect("Dalam dua pekan tersebut polisi memeriksa sepuluh saksi.", "dua pekan", "P2W", "duration")
    expect("Dalam lima hari, panitia akan mengumumkan hasilnya.", "lima hari", "2023-05-15", "date")
  end)
end)

describe("dates: an hour in words, a week of the month after 'di'", function()
  it("reads a zone written after the part of the day as the clock time's, in its span", function()
    local d = expect("Laga final digelar pada pukul 18.30 malam WIB di stadion itu.", "pukul 18.30 malam WIB",
      "2023-05-10T18:30", "time")
    assert.are.equal("+07:00", d.zone)
  end)
  it("reads a number word after the clock word as the hour", function()
    expect("Petugas tiba pukul empat sore di lokasi kebakaran.", "pukul empat sore", "2023-05-10T16:00", "time")
    expect("Rapat dibuka jam tujuh pagi di aula kecamatan.", "jam tujuh pagi", "2023-05-10T07:00", "time")
    -- a count of hours and its frequency stays what it was
    expect("Obat itu diminum satu jam dua kali.", "satu jam dua kali", "PT1H", "set")
    assert.are.same({}, found("Warga tiba jam dua belas siang di pasar."))
  end)
  it("reads 'minggu ke-N di <bulan>' as that week of the month", function()
    expect("Harga cabai naik pada minggu ke-3 di Oktober 2022.", "minggu ke-3 di Oktober 2022", "2022-W42", "date")
  end)
end)

describe("dates: a relative day in a part of the day with its date in parentheses", function()
  it("is one item, of the date written", function()
    expect("Debit sungai naik sejak pagi kemarin (9/5) di hulu.", "pagi kemarin (9/5)", "2023-05-09TMO", "time")
    expect("Debit sungai naik sejak kemarin sore (9/5) di hulu.", "kemarin sore (9/5)", "2023-05-09TAF", "time")
    expect("Pasar malam dibuka sore ini (10/5) di lapangan.", "sore ini (10/5)", "2023-05-10TAF", "time")
  end)
end)

describe("dates: a clock time that ends a stretch past midnight", function()
  it("is the next day's", function()
    assert.same({ "Kamis (4/5)=2023-05-04", "pukul 01.30 WIB dini hari=2023-05-05T01:30" },
      found("Rapat pleno pada Kamis (4/5) berlangsung sampai pukul 01.30 WIB dini hari."))
    assert.same({ "kemarin malam=2023-05-09TNI", "pukul 08.10 WIB=2023-05-10T08:10" },
      found("Hujan turun sejak kemarin malam. Genangan bertahan hingga pukul 08.10 WIB."))
    assert.same({ "Senin (8/5) pukul 21.00=2023-05-08T21:00", "pukul 01.00 WIB=2023-05-09T01:00" },
      found("Lelang dibuka Senin (8/5) pukul 21.00. Penawaran berlangsung hingga pukul 01.00 WIB."))
    -- not after small hours told, nor a later hour the same day
    assert.same({ "Kamis (4/5) dini hari=2023-05-04TNI", "pukul 04.00 WIB=2023-05-04T04:00" },
      found("Gempa terjadi Kamis (4/5) dini hari. Warga bertahan di luar hingga pukul 04.00 WIB."))
    assert.same({ "Senin (8/5)=2023-05-08", "pukul 17.00 WIB=2023-05-08T17:00" },
      found("Pasar dibuka Senin (8/5). Pedagang berjualan hingga pukul 17.00 WIB."))
    -- nor after a statement's day: "by two", that morning
    assert.same({ "Selasa (9/5)=2023-05-09", "pukul 02.00 WIB=2023-05-09T02:00" },
      found("\"Semua pelaku sudah kami amankan,\" kata Kapolsek, Selasa (9/5). "
        .. "Sampai pukul 02.00 WIB, dua orang menyerah."))
  end)
end)

describe("dates: forms found on real pages (sixth session)", function()
  it("a count in figures said again in words in parentheses is one count", function()
    expect("Warga diberi waktu 14 (empat belas) hari untuk pindah.", "14 (empat belas) hari", "P14D", "duration")
    expect("Dinas menyusun prakiraan 9 (sembilan) bulan berikutnya.", "9 (sembilan) bulan", "P9M", "duration")
    expect("Izin itu diperpanjang 3 (tiga) tahun lagi.", "3 (tiga) tahun lagi", "2026", "date")
    -- (words that give another number are no gloss of the figures)
    assert.are.same({}, found("Koperasi membeli 6 (tujuh) bulan sapi."))
  end)
end)

describe("dates: harian naming a post", function()
  it("is no set after a word of an office", function()
    assert.are.same({}, found("Asisten daerah menjadi pelaksana harian camat di kecamatan itu."))
    assert.are.same({}, found("Rapat dihadiri ketua harian dan pengurus harian partai."))
    assert.are.same({ "harian=P1D" }, found("Dinas menerbitkan laporan harian kasus demam berdarah."))
  end)
end)

describe("dates: the start or end of a month of the Islamic calendar", function()
  it("is no part of R's month", function()
    assert.are.same({ "besok=2023-05-11" },
      found('"Kalender kami menunjukkan awal bulan Syawal jatuh besok," kata pengurus masjid.'))
    assert.are.same({}, found("Harga cabai biasanya naik pada akhir bulan puasa."))
    assert.are.same({ "awal bulan ini=2023-05" }, found("Tunjangan cair pada awal bulan ini."))
  end)
end)

describe("dates: a chronology of clock times over a few sentences", function()
  it("a later clock time goes on from the day of the times told before", function()
    local text = "Upacara digelar pada Kamis, 8 Juni 2023. Pukul 07.00 WIB para tamu tiba.\n"
      .. '"Semua tamu wajib membawa undangan," katanya.\n'
      .. "Acara inti dimulai pukul 09.00 WIB di aula."
    assert.are.same({ "Kamis, 8 Juni 2023=2023-06-08", "Pukul 07.00 WIB=2023-06-08T07:00",
      "pukul 09.00 WIB=2023-06-08T09:00" }, found(text, "2023-06-06"))
    -- a time that waited for its sentence's day starts one too
    text = "Hujan turun sejak pukul 18.00 WIT, Sabtu (3/6/2023), di kota itu.\nSungai di tengah kota meluap.\n"
      .. "Genangan mencapai jalan utama sekitar pukul 21.30 WIT."
    assert.are.same({ "pukul 18.00 WIT=2023-06-03T18:00", "Sabtu (3/6/2023)=2023-06-03",
      "pukul 21.30 WIT=2023-06-03T21:30" }, found(text, "2023-06-04"))
    -- (not an earlier time, nor a status "hingga" a time: R's day)
    text = "Gempa terjadi Sabtu (3/6/2023) pukul 21.00 WIB.\nWarga berhamburan keluar rumah.\n"
      .. "Petugas mendata kerusakan pukul 08.00 WIB.\nHingga pukul 22.00 WIB, tidak ada korban."
    assert.are.same({ "Sabtu (3/6/2023) pukul 21.00 WIB=2023-06-03T21:00", "pukul 08.00 WIB=2023-06-04T08:00",
      "pukul 22.00 WIB=2023-06-04T22:00" }, found(text, "2023-06-04"))
  end)
  it("goes on over two lines of one sentence each", function()
    local text = "Dua gempa mengguncang kota itu tadi malam. Gempa pertama terjadi pukul 22.04 WIB.\n"
      .. "Kepala stasiun mengatakan gempa itu berpusat di laut.\nGempa itu tidak berpotensi tsunami.\n"
      .. "Gempa kedua terjadi pukul 22.47 WIB dan lebih kuat."
    assert.are.same({ "tadi malam=2023-05-09TNI", "pukul 22.04 WIB=2023-05-09T22:04",
      "pukul 22.47 WIB=2023-05-09T22:47" }, found(text))
    -- (three lines between: R's day)
    text = "Gempa terjadi Kamis (4/5) pukul 22.04 WIB.\nWarga panik.\nPetugas datang.\nListrik padam.\n"
      .. "Gempa kedua terjadi pukul 22.47 WIB."
    assert.are.same({ "Kamis (4/5) pukul 22.04 WIB=2023-05-04T22:04", "pukul 22.47 WIB=2023-05-10T22:47" },
      found(text))
  end)
  it("a clock time told again, with no day told since, is that moment's day", function()
    local text = "Gempa terjadi Kamis (4/5) pukul 22.47 WIB.\nWarga panik.\nPetugas datang.\nListrik padam.\n"
      .. "Badan geologi asing juga mencatat gempa itu pukul 22.47 WIB."
    assert.are.same({ "Kamis (4/5) pukul 22.47 WIB=2023-05-04T22:47", "pukul 22.47 WIB=2023-05-04T22:47" },
      found(text))
    -- (another zone's reading, or a day told since, leaves R's)
    text = "Gempa terjadi Kamis (4/5) pukul 22.47 WIB.\nWarga panik.\nPetugas datang.\nListrik padam.\n"
      .. "Gempa susulan tercatat pukul 22.47 WITA."
    assert.are.same({ "Kamis (4/5) pukul 22.47 WIB=2023-05-04T22:47", "pukul 22.47 WITA=2023-05-10T22:47" },
      found(text))
    text = "Gempa terjadi Kamis (4/5) pukul 22.47 WIB.\nRapat digelar Senin (8/5).\nWarga panik.\nListrik padam.\n"
      .. "Gempa susulan tercatat pukul 22.47 WIB."
    assert.are.same({ "Kamis (4/5) pukul 22.47 WIB=2023-05-04T22:47", "Senin (8/5)=2023-05-08",
      "pukul 22.47 WIB=2023-05-10T22:47" }, found(text))
  end)
end)

describe("dates: a time clause of another deed inside a clause of plan", function()
  it("keeps its day or month out of the plan", function()
    expect("Pameran itu akan menjadi pameran ketiga bagi kurator muda itu setelah bergabung pada Januari.", "Januari",
      "2025-01", nil, "2025-09-05")
    expect("Gedung itu akan dibuka lagi setelah direnovasi pada Januari.", "Januari", "2025-01", nil, "2025-09-05")
    -- (a noun after "setelah" leaves the plan: the month after it is ahead)
    expect("Kedua partai akan berkoalisi setelah pemilu pada Januari.", "Januari", "2026-01", nil, "2025-09-05")
  end)
end)

describe("dates: a time after 'sekitar' with no clock word", function()
  it("joins its date when its zone is written", function()
    expect("Pohon tumbang menimpa kios pada Selasa pagi sekitar 07.45 WITA di pasar itu.",
      "Selasa pagi sekitar 07.45 WITA", "2023-05-09T07:45", "time")
    expect("Kebakaran terjadi Selasa (9/5) sekitar 21.10 WITA.", "Selasa (9/5) sekitar 21.10 WITA", "2023-05-09T21:10")
    -- (a count after "sekitar" is no time)
    assert.are.same({ "Senin=2023-05-08" }, found("Pada Senin sekitar 15 warga mengungsi ke balai desa."))
  end)
end)

describe("dates: the zone WP", function()
  it("after a clock time is Papua's, as WIT", function()
    local d = expect("Kapal feri sandar di dermaga pukul 06.15 WP.", "pukul 06.15 WP", "2023-05-10T06:15")
    assert.are.equal("+09:00", d.zone)
    -- (taxpayers are no zone)
    assert.are.same({}, found("Sebanyak 40 WP menunggak pajak kendaraan."))
  end)
end)

describe("dates: months listed after a month", function()
  it("a month name alone after a comma or dan, shortly after a month of its sentence", function()
    assert.are.same({ "Januari=2023-01", "Februari=2023-02", "Maret=2023-03" },
      found("Penjualan semen pada Januari naik 2 persen, Februari naik 1 persen, dan Maret turun tipis."))
    -- (not past a clause of contrast, nor in the next sentence: a name may stand there)
    assert.are.same({ "Januari=2023-01" }, found("Harga naik pada Januari, sedangkan Februari turun."))
    assert.are.same({ "Januari=2023-01" }, found("Ia dilantik pada Januari. Februari Lestari hadir."))
  end)
end)

describe("dates: a list of days as a choice", function()
  it("joined by atau, one item a day", function()
    assert.are.same({ "14=2024-03-14", "15 Maret 2024=2024-03-15" },
      found("Panen raya diperkirakan jatuh 14 atau 15 Maret 2024."))
    assert.are.same({ "3=2023-06-03", "4=2023-06-04", "5 Juni=2023-06-05" },
      found("Ujian susulan digelar 3, 4, atau 5 Juni."))
    -- (a count of things before a date is no day)
    assert.are.same({ "5 Juni=2023-06-05" }, found("Panitia memilih 3 atau 4 orang pada 5 Juni."))
  end)
end)

describe("dates: a bare weekday ahead of R", function()
  it("put off to it, next after it, or in the week told ahead just before", function()
    -- R is a Wednesday; on a Monday, a hearing put off to Monday is the next one
    expect("Sidang ditunda hingga hari Senin karena saksi tidak hadir.", "hari Senin", "2023-05-15")
    expect("Rapat itu diundur ke Jumat pekan ini.", "Jumat pekan ini", "2023-05-12")
    expect("Hakim menunda sidang, lalu sidang ditunda sampai hari Senin.", "hari Senin", "2023-05-15", nil,
      "2023-05-08")
    expect("Rabu berikutnya rapat digelar di balai kota.", "Rabu berikutnya", "2023-05-17")
    assert.are.same({ "Senin (1/5)=2023-05-01", "Kamis berikutnya=2023-05-04" },
      found("Pelaku ditangkap Senin (1/5). Kamis berikutnya ia dilimpahkan ke kejaksaan."))
    assert.are.same({ "pekan depan=2023-W20", "Selasa pagi=2023-05-16TMO", "Jumat sore=2023-05-19TAF" },
      found('"Sejak pekan depan latihan digelar rutin. Selasa pagi di stadion dan Jumat sore di lapangan," kata '
        .. "pelatih."))
    -- (when it was put off, and a weekday told in another paragraph, stay R's reading)
    expect("Sidang ditunda pada Senin karena hakim sakit.", "Senin", "2023-05-08")
    assert.are.same({ "pekan depan=2023-W20", "Senin=2023-05-08" },
      found("Tim berangkat pekan depan.\nPada Senin, pelatih memimpin latihan."))
  end)
  it("opening its sentence before a word of plan", function()
    expect("Pada hari Kamis, delegasi koperasi dijadwalkan meninjau gudang.", "hari Kamis", "2023-05-11")
    expect("Pada Jumat, Gubernur akan meresmikan pasar baru.", "Jumat", "2023-05-12")
    -- (not the plan of a relative clause, nor a weekday inside its sentence)
    expect("Pada Kamis, pria yang akan menikah itu ditangkap polisi.", "Kamis", "2023-05-04")
    expect("Polisi menangkap pelaku pada Kamis, dan akan memeriksanya.", "Kamis", "2023-05-04")
  end)
  it("written with -nya, the first such day after the day told", function()
    assert.are.same({ "Rabu (10/5/2023)=2023-05-10", "Kamisnya=2023-05-11" },
      found("Panitia tiba Rabu (10/5/2023). Pada Kamisnya, mereka memeriksa panggung."))
    assert.are.same({ "Senin (1/5)=2023-05-01", "Kamisnya=2023-05-04" },
      found("Pelaku ditangkap Senin (1/5). Kamisnya ia dilepas dengan jaminan."))
  end)
  it("not a deed told done after a week told ahead", function()
    assert.are.same({ "minggu depan=2023-W20", "Kamis=2023-05-04" },
      found("Tim berangkat minggu depan. Pada Kamis, pelatih sudah memanggil 23 pemain."))
    assert.are.same({ "pekan depan=2023-W20", "Selasa=2023-05-09" },
      found("Tim tiba pekan depan. Panitia telah menyiapkan hotel pada Selasa."))
  end)
end)

describe("dates: bad and pathological input", function()
  it("empty text, NUL bytes, repaired UTF-8", function()
    assert.are.same({}, dates(""))
    assert.are.same({ "9 Mei 2023=2023-05-09" }, found("\0\0 9 Mei 2023 \0"))
    local doc = kimput.parse("Rapat 9 Mei \255\254 2023", { published = R, invalid = "replace" })
    assert.are.equal("9 Mei", doc:dates()[1].text)
  end)
  it("a count read back from where the scan stands is never one an item holds already", function()
    -- (the 0 is the clock's: "0 kali sejam" overlapped "pukul 0")
    assert.are.same({ "pukul 0=2023-05-10T00:00", "sejam=PT1H" }, found("Alarm diuji pukul 0 kali sejam di kantor."))
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

describe("dates: a week's 'kemarin', a weekday in lower case, a single day's span", function()
  it("reads 'kemarin' after a week's unit as 'lalu': a weekday of the week before, its weekend", function()
    assert.are.same({ "Jumat pekan kemarin=2023-05-05" },
      found("Longsor menutup jalan desa pada Jumat pekan kemarin setelah hujan deras."))
    assert.are.same({ "Senin (1/5) minggu kemarin=2023-05-01" },
      found("Panitia sudah mendaftar Senin (1/5) minggu kemarin di kantor kecamatan."))
    assert.are.same({ "akhir pekan kemarin=2023-W18-WE" },
      found("Pasar malam ramai dikunjungi pada akhir pekan kemarin."))
  end)
  it("reads a weekday in lower case before its part of the day ('minggu' is a week)", function()
    assert.are.same({ "kamis sore kemarin=2023-05-04TAF" },
      found("Angin kencang merobohkan pohon pada kamis sore kemarin."))
    assert.are.same({ "jumat malam=2023-05-05TNI" }, found("Rapat warga digelar jumat malam di balai dusun."))
    assert.are.same({}, found("Ia berangkat minggu pagi bersama keluarganya."))
  end)
  it("reads 'dalam sehari' as a single day's span, not the day after R", function()
    assert.are.same({ "sehari=P1D" }, found("Camat meninjau empat posko sekaligus dalam sehari."))
    assert.are.same({ "satu hari=P1D" }, found("Perbaikan jembatan itu selesai dalam satu hari."))
    assert.are.same({ "tiga hari=2023-05-13" }, found("Hasil uji akan keluar dalam tiga hari."))
  end)
  it("reads 'dalam N <unit> berturut-turut' as a count of consecutive units, not a time ahead", function()
    assert.are.same({ "dua kuartal=P2Q" }, found("Ekonomi negeri itu tumbuh minus dalam dua kuartal berturut-turut."))
    assert.are.same({ "tiga hari=P3D" }, found("Hujan deras turun dalam tiga hari beruntun."))
  end)
end)

describe("dates: a regulation's number before 'tahun' and a year", function()
  it("is no duration when its label stands further back", function()
    assert.are.same({}, found("Hal itu diatur dalam Perbup Sukamaju nomor 12 s.d 40 tahun 2019 tentang organisasi."))
    assert.are.same({}, found("Keputusan itu tertuang dalam SK Nomor 100.3-2210 Tahun 2022 tentang penunjukan."))
    -- a span of years stays one
    assert.are.same({ "5 tahun 2 bulan=P5Y2M" }, found("Ia sudah bekerja selama 5 tahun 2 bulan di desa itu."))
    assert.are.same({ "10 tahun=P10Y", "2013=2013" }, found("Ia memimpin koperasi itu 10 tahun sejak 2013."))
  end)
end)

describe("dates: a part of the day set off by a comma after its date", function()
  it("joins the date when it closes the clause", function()
    assert.are.same({ "Kamis, 4 Mei 2023, dini hari=2023-05-04TNI" },
      found("Kebakaran itu terjadi pada Kamis, 4 Mei 2023, dini hari."))
    assert.are.same({ "Senin (8/5), malam hari=2023-05-08TNI" }, found("Hujan deras turun Senin (8/5), malam hari."))
    -- a part of the day that goes on ("siang tadi", "pagi-pagi sekali warga ...") stays apart
    assert.are.same({ "Senin (8/5)=2023-05-08" }, found("Banjir datang Senin (8/5), pagi-pagi sekali warga mengungsi."))
  end)
end)

describe("dates: a match abroad told in the reader's zone", function()
  it("joins a weekday, its part of the day, the zone and the date or clock time after it", function()
    assert.are.same({ "Kamis dini hari 11 Mei 2023=2023-05-11TNI" },
      found("Laga kedua akan digelar pada Kamis dini hari 11 Mei 2023 di kandang lawan."))
    assert.are.same({ "Kamis dini hari WIB (11/5/2023)=2023-05-11TNI" },
      found("Final itu disiarkan Kamis dini hari WIB (11/5/2023) dari Paris."))
    assert.are.same({ "Kamis (11/5) dini hari WIB pukul 02.00 WIB=2023-05-11T02:00" },
      found("Laga itu disiarkan Kamis (11/5) dini hari WIB pukul 02.00 WIB oleh televisi swasta."))
    -- a count after the part of the day is no date
    assert.are.same({ "Senin malam=2023-05-08TNI" }, found("Hujan turun Senin malam 15 rumah terendam."))
  end)
  it("reads 'dini hari nanti' as the small hours after tonight", function()
    assert.are.same({ "dini hari nanti=2023-05-11TNI" }, found("Laga final digelar dini hari nanti di Lisbon."))
    assert.are.same({ "nanti dini hari=2023-05-11TNI" }, found("Laga kedua berlangsung nanti dini hari."))
    assert.are.same({ "dini hari tadi=2023-05-10TNI" }, found("Hujan deras turun dini hari tadi."))
  end)
end)

describe("dates: a clock time said again in another zone", function()
  it("takes the day the zones' difference gives it, past midnight the next or the one before", function()
    assert.are.same({ "Senin (8/5), sekitar pukul 22.30=2023-05-08T22:30", "pukul 02.30 WIB=2023-05-09T02:30" },
      found("Menteri tiba di Doha pada Senin (8/5), sekitar pukul 22.30 waktu setempat atau sekitar pukul 02.30 WIB."))
    assert.are.same({ "Selasa (9/5) pukul 23.10 WIB=2023-05-09T23:10", "01.10 WIT=2023-05-10T01:10" },
      found("Gempa terjadi Selasa (9/5) pukul 23.10 WIB atau 01.10 WIT."))
    assert.are.same({ "Selasa (9/5) pukul 03.00 WIB=2023-05-09T03:00", "pukul 15.00=2023-05-08T15:00" },
      found("Rapat dibuka Selasa (9/5) pukul 03.00 WIB atau pukul 15.00 waktu Washington."))
    -- the same day when the clock does not pass midnight
    assert.are.same({ "Selasa (9/5) pukul 08.00=2023-05-09T08:00", "pukul 06.00 WIB=2023-05-09T06:00" },
      found("Rombongan mendarat Selasa (9/5) pukul 08.00 waktu setempat atau pukul 06.00 WIB."))
  end)
end)

describe("dates: a weekday closing a range of weekdays", function()
  it("is the first such day after the range's first", function()
    assert.are.same({ "Senin=2023-05-08", "Kamis=2023-05-11", "8=2023-05-08", "11 Mei=2023-05-11" },
      found("Mogok kerja berlangsung sejak Senin hingga Kamis, 8-11 Mei."))
    assert.are.same({ "Selasa=2023-05-09", "Jumat=2023-05-12" },
      found("Pameran dibuka Selasa sampai dengan Jumat di gedung serbaguna."))
  end)
end)

describe("dates: 'besoknya', 'esoknya'", function()
  it("is the day after the one the text told last", function()
    assert.are.same({ "Senin (8/5) malam=2023-05-08TNI", "Besoknya=2023-05-09" },
      found("Bupati tiba di Sukamaju pada Senin (8/5) malam. Besoknya ia meresmikan pasar."))
    assert.are.same({ "Senin (8/5)=2023-05-08", "Esoknya=2023-05-09" },
      found("Camat datang Senin (8/5). Esoknya, warga kembali ke rumah masing-masing."))
  end)
end)

describe("dates: 'ini' after a year other than R's", function()
  it("points at what the year named and stays out of the span", function()
    assert.are.same({ "2015=2015" }, found("Juara turnamen kota 2015 ini kembali bertanding di stadion baru."))
    assert.are.same({ "tahun 2023 ini=2023" }, found("Target tahun 2023 ini tercapai."))
    assert.are.same({ "tahun 2022 ini=2022" }, found("Laporan keuangan tahun 2022 ini sudah diaudit."))
    assert.are.same({ "2023 ini=2023" }, found("Anggaran 2023 ini naik tajam."))
  end)
end)

describe("dates: a plan before a bare weekday, across a name set off by commas", function()
  it("puts the weekday ahead of R", function()
    assert.are.same({ "Kamis=2023-05-11" },
      found("Presiden akan bertemu Perdana Menteri Sukamaju, Anton Wiryo, pada Kamis di istana."))
    assert.are.same({ "Selasa dini hari pukul 02.15 WIB=2023-05-16T02:15" },
      found("Laga itu akan ditayangkan radio daerah, RadioKita, pada Selasa dini hari pukul 02.15 WIB."))
    -- no plan: R's reading
    assert.are.same({ "Selasa=2023-05-09" },
      found("Presiden bertemu Perdana Menteri Sukamaju, Anton Wiryo, pada Selasa di istana."))
  end)
end)

describe("dates: a day and month glued to a letter's code", function()
  it("is the code's last part, no date", function()
    assert.are.same({ "kemarin=2023-05-09" }, found("Ia mengirim surat Nomor B-12/AB.3/5/2023 tertanggal kemarin."))
    assert.are.same({ "8 Mei 2023=2023-05-08" },
      found("Kontrak itu tercatat dengan nomor 45/Kd.2/5/2023 tanggal 8 Mei 2023."))
    -- a date after its weekday, written without a space, stays one
    assert.are.same({ "Kamis(4/5/2023)=2023-05-04" }, found("Sidang digelar Kamis(4/5/2023) di pengadilan."))
  end)
end)

describe("dates: a half after the unit", function()
  it("counts with the whole as 'dua setengah jam' does", function()
    assert.are.same({ "dua jam setengah=PT2.5H" }, found("Rapat anggaran itu berlangsung dua jam setengah."))
    assert.are.same({ "tiga tahun setengah=P3.5Y" }, found("Ia dihukum penjara tiga tahun setengah."))
    -- a clock time read in halves stays one
    assert.are.same({ "jam setengah 9 pagi=2023-05-10T08:30" }, found("Ia tiba jam setengah 9 pagi."))
  end)
end)

describe("dates: 'harian' naming a paper", function()
  it("is no set before a word that describes a paper", function()
    assert.are.same({}, found("Menurut harian terkemuka di Sukamaju, panen padi naik."))
    assert.are.same({}, found("Perpustakaan desa kini menyediakan dua harian berbahasa Inggris."))
    assert.are.same({ "harian=P1D" }, found("Laporan harian disampaikan kepada bupati."))
  end)
end)

describe("dates: 'tanggal' before a range of days whose first month is glued to the dash", function()
  it("leaves the range to the date rules", function()
    assert.are.same({ "3 April=2023-04-03", "12 Mei 2023=2023-05-12" },
      found("Pendaftaran lomba dibuka tanggal 3 April-12 Mei 2023."))
    assert.are.same({ "1=2023-05-01", "5 Mei 2023=2023-05-05" }, found("Libur pada tanggal 1-5 Mei 2023."))
  end)
end)

describe("dates: 'yang akan datang' after a count of units", function()
  it("reads as 'mendatang'", function()
    assert.are.same({ "seminggu yang akan datang=2023-W20" },
      found("Pelantikan pengurus koperasi diundur seminggu yang akan datang."))
    assert.are.same({ "tiga bulan yang akan datang=2023-08" }, found("Proyek itu rampung tiga bulan yang akan datang."))
    assert.are.same({ "lima tahun yang akan datang=P5Y" }, found("Harga naik dalam lima tahun yang akan datang."))
    end)
  end)

describe("dates: names, weekdays and 'akan' of a feeling", function()
  it("reads no date in a place named after a day ('Stadion 25 Juni', 'Jl. 8 Oktober')", function()
    assert.are.same({ "Sabtu malam=2023-05-06TNI" }, found("Laga itu digelar di Stadion 25 Juni pada Sabtu malam."))
    assert.are.same({}, found("Kantor camat berada di Jl. 8 Oktober, dekat Lapangan 3 Maret."))
    assert.are.same({}, found("Ia kuliah di Universitas 2 Mei 1950 di kota itu."))
    -- a dateline's place and a date stay a date
    assert.are.same({ "17 Agustus 1980=1980-08-17" }, found("Ia lahir di Sukamaju, 17 Agustus 1980."))
  end)
  it("reads 'lalu' after a weekday's part of the day as the weekday's ('Rabu pagi lalu'), never 'lalu lintas'",
    function()
    -- (R is Wednesday 2023-05-10: "Rabu lalu" is the Wednesday before)
    assert.are.same({ "Rabu pagi lalu=2023-05-03TMO" }, found("Rapat digelar Rabu pagi lalu di kantor camat."))
    assert.are.same({ "Senin dini hari lalu=2023-05-08TNI" }, found("Gempa terjadi Senin dini hari lalu."))
    assert.are.same({ "Senin (8/5) sore lalu=2023-05-08TAF" }, found("Ia ditangkap Senin (8/5) sore lalu."))
    assert.are.same({ "Senin=2023-05-08" }, found("Pada Senin lalu lintas di jalan itu macet."))
    assert.are.same({ "Senin pagi=2023-05-08TMO" }, found("Pada Senin pagi lalu lintas di jalan itu macet."))
    -- "yang lalu" after a weekday reads as "lalu", in the span
    assert.are.same({ "Rabu yang lalu=2023-05-03" }, found("Rapat sudah digelar Rabu yang lalu di balai desa."))
    assert.are.same({ "hari Jumat yang lalu=2023-05-05" }, found("Sejak hari Jumat yang lalu warga mengungsi."))
  end)
  it("reads 'yang lalu' after a date as 'lalu', in the span ('4 Mei yang lalu')", function()
    assert.are.same({ "4 Mei yang lalu=2023-05-04" },
      found("Rapat digelar pada tanggal 4 Mei yang lalu di balai desa."))
    assert.are.same({ "25 Desember yang lalu=2022-12-25" }, found("Ia datang 25 Desember yang lalu."))
    assert.are.same({ "5 Januari 2023 yang lalu=2023-01-05" }, found("Rapat digelar pada 5 Januari 2023 yang lalu."))
  end)
  it("reads the name of the Friday prayer as no day ('usai salat Jumat'), unless a date follows it", function()
    assert.are.same({}, found("Usai salat Jumat, Bupati meninjau pasar."))
    assert.are.same({}, found("Khutbah Jumat disampaikan seorang ustaz muda."))
    assert.are.same({ "Jumat (5/5/2023)=2023-05-05" }, found("Warga menunaikan shalat Jumat (5/5/2023) di lapangan."))
    assert.are.same({ "Jumat=2023-05-05" }, found("Rapat itu digelar Jumat di balai desa."))
  end)
  it("takes the year before when only it agrees with the weekday and R's year puts the day ahead", function()
    assert.are.same({ "Rabu (20/7)=2022-07-20" },
      found("Warga memblokade jalan menuju pelabuhan itu, Rabu (20/7).", "2023-02-15"))
    assert.are.same({ "Rabu (20/7)=2022-07-20" }, found("Warga memblokade jalan menuju pelabuhan itu, Rabu (20/7)."))
    -- the weekday of R's year keeps it, and so does a slip of a day near R
    assert.are.same({ "Kamis (20/7)=2023-07-20" }, found("Festival itu digelar Kamis (20/7).", "2023-02-15"))
    assert.are.same({ "Kamis (12/5)=2023-05-12" }, found("Pasar itu akan dibuka pada Kamis (12/5)."))
  end)
  it("reads 'akan' after a word of feeling or need as 'of', no plan for the weekday", function()
    assert.are.same({ "Senin malam=2023-05-08TNI" },
      found("Rasa trauma nelayan akan badai yang merusak perahu mereka pada Senin malam masih terasa."))
    assert.are.same({ "Senin=2023-05-08" }, found("Warga sadar akan bahaya longsor sejak Senin."))
    assert.are.same({ "Senin=2023-05-15" }, found("Bupati akan meresmikan pasar itu pada Senin."))
  end)
end)

describe("dates: a bare year with 'mendatang' or 'nanti' after it", function()
  it("is a year, at a sentence's start too", function()
    assert.are.same({ "2024 mendatang=2024" }, found("Pemilu 2024 mendatang digelar serentak di Sukamaju."))
    assert.are.same({ "2026 mendatang=2026" }, found("Festival itu digelar 2026 mendatang di alun-alun kota."))
    assert.are.same({}, found("Sebanyak 2000 mendatangi lokasi bazar."))
  end)
end)

describe("dates: a date and its clock time joined by a schedule's colon or 'dengan kick-off'", function()
  it("reads 'DATE: 19.00 WIB' in a listed schedule as one time", function()
    assert.are.same({ "12 Mei: 19.00 WIB=2023-05-12T19:00", "16 Mei: 18.30 WIB=2023-05-16T18:30" },
      found("12 Mei: 19.00 WIB, Persikota vs Persimura\n16 Mei: 18.30 WIB, Persimura vs Bintang Timur"))
    expect("Sabtu (13/5): pukul 15.30 WITA, laga kedua.", "Sabtu (13/5): pukul 15.30 WITA", "2023-05-13T15:30",
      "time")
  end)
  it("but not a colon before a count or a dotted number without a zone", function()
    assert.are.same({ "Senin (8/5)=2023-05-08" }, found("Senin (8/5): 10.50 hektare sawah terendam banjir."))
    assert.are.same({ "9 Mei=2023-05-09" }, found("Laporan 9 Mei: 12 rumah rusak di Desa Sukamaju."))
  end)
  it("reads ', dengan kick-off pukul' after the day as that day's start", function()
    expect("Tim tamu bertanding pada Kamis, 11 Mei 2023, dengan kick-off pukul 15.30 WIB.",
      "Kamis, 11 Mei 2023, dengan kick-off pukul 15.30 WIB", "2023-05-11T15:30", "time")
    expect("Final digelar Minggu (14/5) dengan sepak mula pukul 20.00 WIB.",
      "Minggu (14/5) dengan sepak mula pukul 20.00 WIB", "2023-05-14T20:00", "time")
  end)
end)

describe("dates: a weekday glossed by a date of the Islamic calendar and then the Gregorian one", function()
  it("is the Gregorian date's day when that falls on the weekday", function()
    assert.are.same({ "Selasa=2023-04-11", "11 April 2023=2023-04-11" },
      found("Hilal diamati pada Selasa, 20 Ramadan 1444 H atau 11 April 2023, di Pantai Sukamaju."))
    assert.are.same({ "Jumat=2024-04-12", "12 April 2024=2024-04-12" },
      found("Salat Id digelar Jumat, 3 Syawal 1445 Hijriah bertepatan dengan 12 April 2024.", "2024-04-20"))
  end)
  it("but not when the Gregorian date falls on another weekday", function()
    assert.are.same({ "Rabu=2023-05-10", "11 April 2023=2023-04-11" },
      found("Rapat digelar Rabu, 20 Ramadan 1444 H atau 11 April 2023, di aula."))
  end)
end)

describe("dates: a counted day glossed by 'hari' and a dated weekday", function()
  it("takes the glossing date, as without 'hari'", function()
    assert.are.same({ "Kemarin=2023-05-08", "hari Senin, 8 Mei 2023=2023-05-08" },
      found("Kemarin, hari Senin, 8 Mei 2023, banjir melanda Desa Sukamaju.", false))
    assert.are.same({ "Kemarin=2023-05-08", "Senin, 8 Mei 2023=2023-05-08" },
      found("Kemarin, Senin, 8 Mei 2023, banjir melanda Desa Sukamaju.", false))
    -- a date its weekday belies is a slip: R's count stays
    assert.are.same({ "kemarin=2023-05-09", "hari Senin, 9 Mei 2023=2023-05-09" },
      found("Polisi menangkap dua pelaku kemarin, hari Senin, 9 Mei 2023, di pasar."))
  end)
end)

describe("dates: five or more days listed after 'tanggal' before one month", function()
  it("are each a day of that month and year, not of R's month", function()
    assert.are.same({ "3=2023-07-03", "4=2023-07-04", "6=2023-07-06", "7=2023-07-07", "10 Juli 2023=2023-07-10" },
      found("Pemerintah menetapkan tanggal 3, 4, 6, 7, dan 10 Juli 2023 sebagai libur sekolah."))
    assert.are.same({ "3=XXXX-03-03", "4=XXXX-03-04", "6=XXXX-03-06", "7=XXXX-03-07", "9 Maret=XXXX-03-09" },
      found("Pasar murah digelar pada tanggal 3, 4, 6, 7, dan 9 Maret di alun-alun.", false))
    -- four days, or bare days with no month, stay as before
    assert.are.same({ "1=2023-05-01", "5=2023-05-05", "10=2023-05-10", "15=2023-05-15" },
      found("Iuran dibayar tanggal 1, 5, 10, dan 15 di kantor desa."))
  end)
end)

describe("dates: weekdays listed in parentheses after as many days", function()
  it("gloss those days one by one when each is that day's weekday", function()
    assert.are.same({ "2=2023-06-02", "5=2023-06-05", "6 Juni 2023=2023-06-06",
                      "Jumat=2023-06-02", "Senin=2023-06-05", "Selasa=2023-06-06" },
      found("Cuti bersama jatuh pada tanggal 2, 5, dan 6 Juni 2023 (Jumat, Senin, dan Selasa) bagi pegawai."))
    assert.are.same({ "14=2023-02-14", "15 Februari 2023=2023-02-15", "Selasa=2023-02-14", "Rabu=2023-02-15" },
      found("Pasar ditutup 14 dan 15 Februari 2023 (Selasa dan Rabu) karena banjir."))
  end)
  it("but not when a weekday belies its day", function()
    assert.are.same({ "14=2023-02-14", "15 Februari 2023=2023-02-15", "Senin=2023-05-08", "Rabu=2023-05-10" },
      found("Pasar ditutup 14 dan 15 Februari 2023 (Senin dan Rabu) karena banjir."))
  end)
end)

describe("dates: a year after a capitalised word that may also follow a year", function()
  it("is a year after a name's word ('Tahun Baru 2024 secara sederhana'), as after any name", function()
    assert.are.same({ "2024=2024" }, found("Warga menyambut Tahun Baru 2024 secara sederhana di kampung."))
    assert.are.same({ "Tahun 2023=2023", "2024=2024" },
      found("Panitia membahas Natal Tahun 2023 dan Tahun Baru 2024 secara sederhana."))
    -- a count after a lower-case word stays a count
    assert.are.same({}, found("Panitia menyiapkan tenda baru 2000 kursi untuk tamu."))
  end)
end)

describe("dates: with no reference date, a bare weekday after one written with its day and month", function()
  it("is that day, and a range's second weekday the first such day after the first's", function()
    assert.are.same({ "Sabtu (6/5)=XXXX-05-06", "Minggu dinihari=XXXX-05-07TNI", "Sabtu malam=XXXX-05-06TNI",
                      "pukul 21.40 WIB=XXXX-05-06T21:40" },
      found("Gempa kecil tercatat dari Sabtu (6/5) hingga Minggu dinihari. Gempa pertama terjadi Sabtu malam. "
        .. "Gempa kedua terjadi pukul 21.40 WIB.", false))
    assert.are.same({ "Selasa 9 Mei=XXXX-05-09", "Selasa petang=XXXX-05-09TEV" },
      found("Keputusan diumumkan Selasa 9 Mei. Sidang digelar Selasa petang.", false))
    assert.are.same({ "Selasa 9 Mei 2023=2023-05-09", "Selasa petang=2023-05-09TEV" },
      found("Keputusan diumumkan Selasa 9 Mei 2023. Sidang digelar Selasa petang.", false))
    -- with none written, it stays a weekday of no known date
    assert.are.same({ "Kamis=XXXX-WXX-4" }, found("Rapat itu digelar Kamis di balai desa.", false))
  end)
end)
