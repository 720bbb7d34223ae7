-- Cue words of reported speech in Indonesian news. Lower case; a phrase may
-- have several words. Extend from Lua with kimput.quotes.cue{after = {...}, ...}.
return {
  -- after a quote: "…," kata Putin. Their -nya forms (katanya, ujarnya) are
  -- added automatically and point back to the person spoken of before.
  after = {
    "kata", "ujar", "ucap", "tutur", "ungkap", "sebut", "jelas", "tegas", "cetus", "imbuh", "tambah",
    "papar", "terang", "lanjut", "tulis", "seru", "tanya", "pungkas", "kenang", "aku", "sambung", "timpal",
    "jawab", "sahut", "kilah", "bantah", "tukas", "pinta", "desak", "harap", "ingat", "katakan",
    "beber", "klaim", "seloroh", "celetuk", "kelakar", "keluh", "sindir", "tandas", "urai", "kisah",
    "akui", "nilai", "tuding", "kecam", "imbau", "ajak", "sergah", "bilang", "tuntut", "lontar",
    "pesan", "tutup", "canda", "cerita", "sesal", "balas", "saran", "usul", "bisik", "teriak", "tanggap", "simpul",
    "tekan", "sanggah", "gumam", "tepis", "koreksi", "singgung", "kritik", "puji", "janji", "tegur", "sentil",
    "ulas", "tampik", "pastikan", "kemukakan", "dalih", "elak", "sangkal",
    -- a greeting: "Apa kabar?" sapa X
    "sapa",
    -- closing the words as pungkas does: "…," tuntasnya
    "tuntas",
    -- a mood or a manner told with the words: "…," kesal X menanggapi putusan; "…," singkat X kepada petugas
    "kesal", "singkat",
    -- posted words: "…," cuit X di akun media sosialnya (twit: the English word, spelled so)
    "cuit", "kicau", "twit", "demikian cuitan", "isi cuitan", "tulis cuitan",
    -- a comment posted under a post: "…," komentar @warga_baru; "…," komen seorang warganet
    "komentar", "komen",
    -- words that came out of someone's mouth: "…" Kalimat itu keluar dari mulut X.
    "dari mulut",
    "bunyi surat", "bunyi pesan", "bunyi pernyataan", "isi surat", "demikian pernyataan",
    "isi pesan", "bunyi telegram", "isi telegram", "bunyi ucapan", "isi ucapan",
    -- the words of a text its owner put out: "…," bunyi kartu ucapan X, bunyi keterangan tertulis Y
    "bunyi kartu ucapan", "bunyi kartu", "isi kartu ucapan", "bunyi keterangan", "bunyi keterangan tertulis",
    "bunyi keterangan resmi", "bunyi unggahan", "bunyi cuitan", "bunyi postingan", "bunyi siaran pers",
    "demikian keterangan", "demikian keterangan tertulis", "demikian keterangan resmi",
    "demikian siaran pers", "demikian rilis", "demikian unggahan",
    -- the words told as someone's explanation, answer, appeal or confession: "…," demikian penjelasan Kapolres X
    "demikian penjelasan", "demikian pemaparan", "demikian paparan", "demikian ungkapan", "demikian ucapan",
    "demikian jawaban", "demikian tanggapan", "demikian imbauan", "demikian himbauan", "demikian harapan",
    "demikian komentar", "demikian arahan", "demikian sambutan", "demikian penegasan", "demikian pengakuan",
    "demikian kesaksian", "demikian seruan", "demikian ajakan",
    "isi pernyataan", "demikian isi pernyataan", "isi keterangan", "demikian isi keterangan",
    "bunyi keterangan pers", "demikian keterangan pers", "bunyi rilis", "isi siaran pers",
    "isi rilis", "demikian isi rilis", "isi rilis pers",
    "tulis keterangan", "tulis keterangan tertulis", "tulis keterangan resmi", "tulis keterangan pers",
    "tulis siaran pers", "tulis rilis", "tulis pernyataan", "tulis pernyataan resmi",
    -- an announcement or a release put out: "…," demikian bunyi pengumuman X, "…," rilis dari Y
    "bunyi pengumuman", "isi pengumuman", "demikian pengumuman", "tulis pengumuman", "rilis",
    -- the words of a law, a ruling or a sign, which nobody speaks: "…," bunyi Pasal 280 UU Pemilu
    "bunyi pasal", "isi pasal", "bunyi ayat", "bunyi amar putusan", "isi amar putusan", "bunyi putusan",
    "bunyi peraturan", "bunyi aturan", "bunyi undang-undang", "bunyi spanduk", "bunyi poster",
    "bunyi tulisan",
    -- a treaty's, an accord's or a resolution's text: "…," bunyi perjanjian tersebut
    "bunyi perjanjian", "isi perjanjian", "bunyi kesepakatan", "isi kesepakatan", "bunyi resolusi",
    "isi resolusi", "bunyi deklarasi", "isi deklarasi", "bunyi traktat",
  },
  -- before a quote, closed by ":" or ",": Kim berkata: "…"
  before = {
    "mengatakan", "berkata", "menulis", "menegaskan", "menyatakan", "menambahkan", "menjelaskan",
    "mengungkapkan", "menyebutkan", "menyebut", "bertanya", "berujar", "menuturkan", "memaparkan", "menguraikan",
    "menekankan", "menyampaikan", "mengklaim", "berseru", "menandaskan", "mengingatkan",
    "mengaku", "berpesan", "mengimbau", "menerangkan", "membeberkan", "bercerita", "mengisahkan",
    "menjawab", "menanggapi", "menimpali", "menyahut", "berucap", "bertutur", "mengutarakan", "berkomentar",
    "menukas", "menyimpulkan", "berdalih", "berkilah", "membantah", "mengajak", "meminta", "menyindir",
    "berbunyi", "melanjutkan", "menyambung", "menimpalkan", "mengungkap", "menilai", "menuturkan",
    "berpendapat", "berkisah", "mengeluhkan", "memastikan", "menampik", "mengemukakan", "mengulas", "membalas",
    "bilang",  -- colloquial: "X bilang, ..." as "X berkata, ..."
    "menuliskan",  -- a post or a letter: "X menuliskan: "…""
    -- a greeting or a cry: "X menyapa, "Apa kabar?"", "X berteriak, "Tolong!""
    "menyapa", "berteriak",
  },
  -- verbs of partial and indirect speech: Putin menyatakan bahwa … "…"
  reporting = {
    "mengatakan", "menyatakan", "menegaskan", "menyebut", "menyebutnya", "menyebutkan", "berjanji",
    "menilai", "mengklaim", "menyampaikan", "mengungkapkan", "menambahkan", "menjelaskan", "menekankan",
    "memperingatkan", "menuding", "menuduh", "mengecam", "menyerukan", "mendesak", "berharap",
    "menganggap", "menyalahkan", "menggambarkan", "menulis", "menuliskan", "berkata", "mengucapkan", "menuturkan",
    "memaparkan", "mengakui", "membantah", "menolak", "mengancam", "mengumumkan", "melaporkan",
    "berpendapat", "memastikan", "menampik", "mengemukakan", "mengeluhkan",
    -- insisting on a claim: "X bersikeras bahwa kenaikan itu "tak terhindarkan""
    "bersikeras", "bersikukuh",
    "disebutkan", "dikatakan", "dinyatakan", "ditegaskan", "diklaim", "diklaimnya", "disebutnya",
    "dikatakannya", "diungkapkan", "disampaikan", "disampaikannya", "diungkapkannya", "dijelaskan",
    "dijelaskannya", "diutarakan", "dituturkan", "dipaparkan", "diterangkan", "ditegaskannya",
    "diucapkan", "diucapkannya", "dilontarkan", "dilontarkannya", "ditambahkannya", "diterangkannya",
    "dipaparkannya", "dituturkannya",
    -- confirming: "Hal itu dibenarkan X": X is whom the next sentences quote
    "membenarkan", "dibenarkan", "diakui", "ditambahkan", "dikemukakan",
  },
  -- "Menurut X, …": the speaker follows the cue; the words of "after" listed
  -- here also stand inside the words reported ("Warga, lanjut dia, diminta
  -- waspada.") or open them ("Lanjut Budi, pihaknya ...")
  according = { "menurut", "kata", "ujar", "lanjut", "imbuh", "tutur", "ucap", "tambah", "sambung", "ungkap",
                "papar",
                -- (set off inside the words too: "Warga, tandas Kapolres, diminta waspada"; not "jelas", "terang",
                -- words of sight too: "terlihat jelas Kim …")
                "tandas",
                -- "Seperti disampaikan X, ...", "..., sebagaimana dikatakan X."
                "seperti disampaikan", "sebagaimana disampaikan", "seperti dikatakan", "sebagaimana dikatakan",
                "seperti dijelaskan", "sebagaimana dijelaskan", "seperti diungkapkan", "sebagaimana diungkapkan",
                "seperti ditegaskan", "sebagaimana ditegaskan" },
  -- an outlet or agency relaying the words: seperti dikutip KCNA
  via = {
    "seperti dikutip", "seperti dilansir", "seperti dilaporkan oleh", "seperti dilaporkan",
    "seperti diberitakan", "seperti disiarkan", "dikutip dari", "dilansir dari", "dikutip", "dilansir",
    "dilaporkan oleh", "dilaporkan", "menurut laporan", "laporan", "mengutip", "lapor",
    "yang disiarkan", "disiarkan", "diberitakan", "seperti ditulis", "dilansir dari laman",
    -- (an outlet must follow: "data yang dirilis BPS" names no relay)
    "yang dirilis", "dirilis", "seperti dirilis", "yang dimuat", "dimuat", "seperti dimuat", "yang diterbitkan",
    "diterbitkan", "seperti diwartakan", "diwartakan", "seperti dikabarkan", "dikabarkan",
    -- the active voice: "..., kata X, melansir Reuters" ("BPS melansir data ..." names no outlet)
    "melansir", "melansir dari",
    -- a text put out by the one who made it public: "…," bunyi telegram itu seperti diumumkan oleh Kremlin
    "seperti diumumkan oleh", "seperti diumumkan",
  },
  -- an agency quoting a person's letter or speech word for word: the person speaks
  relay = {
    "mengutip isi surat", "mengutip surat", "mengutip pidato", "mengutip pernyataan", "mengutip pesan",
    "mengutip isi pesan", "mengutip isi pidato", "mengutip ucapan", "mengutip",
  },
  -- conjunctions that open the reported clause of indirect speech
  that = { "bahwa", "jika", "kalau" },
  -- nouns of kin or of a bond right after a cue: the speaker is related to the
  -- one named after them ("kata istri Budi": istri Budi, not Budi)
  kin = {
    "adik", "kakak", "abang", "istri", "suami", "anak", "putra", "putri", "ayah", "ayahanda", "ibunda", "cucu",
    "kakek", "nenek", "keponakan", "menantu", "mertua", "paman", "bibi", "sepupu",
    "kerabat", "sahabat", "teman", "kawan", "rekan",
    "pengacara", "kuasa hukum", "ajudan", "asisten", "sopir", "tetangga", "kekasih", "pacar", "tunangan", "janda",
    "duda", "mitra", "kolega", "timpalan", "penasihat", "penasehat", "penasihat hukum", "penasehat hukum",
    -- and of those who speak for someone ("ungkap manajemen Rina", "kata keluarga Budi", "ujar kubu X")
    "manajemen", "manajer", "keluarga", "kubu",
    -- and of a contest ("kata lawan Daud", "Rival Budi, petinju Filipina X, menyebut")
    "lawan", "rival", "pesaing",
    -- and of an office handed on ("tulis penerus Ratu X itu": X's successor)
    "penerus", "pendahulu", "pengganti",
  },
  -- the object of a reporting verb that is sent or given, no words reported:
  -- "X menyampaikan surat ...", "X mengucapkan selamat ...", "X menjawab
  -- pertanyaan ..." (its subject still speaks the quotes after it with no cue);
  -- a piece of writing too: "X menulis artikel di harian Y"
  sent = {
    "surat", "pesan", "ucapan", "selamat", "salam", "belasungkawa", "dukacita", "undangan", "kartu", "telegram",
    "karangan", "hadiah", "terima", "pertanyaan", "pidato", "sambutan", "kalimat",
    "artikel", "tulisan", "opini", "esai", "kolom", "buku", "makalah", "puisi",
    -- an apology asked or made ("X meminta maaf jika ...", "X menyampaikan permohonan maaf")
    "maaf", "permohonan",
  },
  -- verbs of meeting, calling or writing to someone: a name of two words
  -- before one is a person's ("Sinta Dewi bertemu ...")
  contact = { "bertemu", "menemui", "menelepon", "menyurati", "berkirim", "bertelepon", "menghubungi" },
  -- open a sentence that attributes the quote before it, with a passive
  -- reporting verb and its agent: "…" Hal itu disampaikan Kepala Dinas X.
  recap = {
    "hal itu", "hal ini", "hal tersebut", "hal senada", "hal serupa", "hal yang sama", "hal yang senada",
    "hal yang serupa", "demikian", "begitu", "pernyataan itu", "pernyataan tersebut", "pernyataan ini",
    "ucapan itu", "ucapan tersebut", "penegasan itu", "penjelasan itu", "penjelasan tersebut", "keterangan itu",
    "keterangan tersebut",
    -- the speaker's own, with -nya: "X kembali menegaskan pernyataannya tersebut"
    "pernyataannya itu", "pernyataannya tersebut", "ucapannya itu", "ucapannya tersebut", "penjelasannya itu",
    "penjelasannya tersebut", "keterangannya itu", "keterangannya tersebut",
  },
}
