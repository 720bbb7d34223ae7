-- Indonesia's regencies (kabupaten) and cities (kota) by province: the
-- places regional news names in datelines and after titles ("Ketua KPU
-- Garut X", "Kapolres Sleman Y"), in the format of lexicon/entities.lua.
-- Provinces and the largest cities are in lexicon/regions.lua. Left out on
-- purpose: names that are also common words or given names (Batu, Bima,
-- Bone, Agam, Banjar, Buru, Belu, Malaka, Sabu, Puncak, Batang, Landak, Lingga, Sarmi,
-- Metro, Kota Baru), which would turn a person or a phrase into a place. One-word
-- names match only capitalised, and so do the names of common words at the end
-- (proper: "Tanah Datar" is the regency, "tanah datar" flat land).
-- Extend from Lua with kimput.entities.add{name = "...", kind = "place"}.
local list = {
  -- Aceh
  "Banda Aceh", "Sabang", "Lhokseumawe", "Langsa", "Subulussalam", "Aceh Besar", "Pidie", "Pidie Jaya",
  "Bireuen", "Aceh Utara", "Aceh Timur", "Aceh Tamiang", "Aceh Barat", "Aceh Barat Daya", "Aceh Jaya",
  "Nagan Raya", "Aceh Selatan", "Aceh Singkil", "Simeulue", "Aceh Tengah", "Bener Meriah", "Gayo Lues",
  "Aceh Tenggara",
  -- Sumatera Utara
  "Binjai", "Tebing Tinggi", "Pematangsiantar", "Tanjungbalai", "Sibolga", "Padangsidimpuan", "Gunungsitoli",
  "Deli Serdang", "Serdang Bedagai", "Langkat", "Asahan", "Labuhanbatu", "Labuhanbatu Utara",
  "Labuhanbatu Selatan", "Simalungun", "Toba", "Samosir", "Tapanuli Utara", "Tapanuli Tengah",
  "Tapanuli Selatan", "Humbang Hasundutan", "Dairi", "Pakpak Bharat", "Mandailing Natal", "Padang Lawas",
  "Padang Lawas Utara", "Nias", "Nias Selatan", "Nias Utara", "Nias Barat", "Batu Bara",
  -- Sumatera Barat
  "Bukittinggi", "Payakumbuh", "Padang Panjang", "Pariaman", "Sawahlunto", "Solok", "Padang Pariaman",
  "Pesisir Selatan", "Pasaman", "Pasaman Barat", "Sijunjung", "Dharmasraya", "Solok Selatan",
  "Kepulauan Mentawai",
  -- Riau and Kepulauan Riau
  "Dumai", "Kampar", "Siak", "Pelalawan", "Bengkalis", "Rokan Hulu", "Rokan Hilir", "Indragiri Hulu",
  "Indragiri Hilir", "Kuantan Singingi", "Kepulauan Meranti", "Tanjungpinang", "Bintan", "Karimun",
  "Natuna", "Kepulauan Anambas",
  -- Jambi
  "Sungai Penuh", "Muaro Jambi", "Batanghari", "Tanjung Jabung Barat", "Tanjung Jabung Timur", "Sarolangun",
  "Merangin", "Bungo", "Tebo", "Kerinci",
  -- Sumatera Selatan
  "Prabumulih", "Lubuklinggau", "Pagar Alam", "Ogan Komering Ilir", "Ogan Komering Ulu", "Ogan Ilir",
  "Muara Enim", "Lahat", "Musi Banyuasin", "Musi Rawas", "Musi Rawas Utara", "Banyuasin", "Empat Lawang",
  "Penukal Abab Lematang Ilir",
  -- Bengkulu and Lampung
  "Rejang Lebong", "Lebong", "Kepahiang", "Bengkulu Utara", "Bengkulu Selatan", "Bengkulu Tengah", "Kaur",
  "Seluma", "Mukomuko", "Lampung Selatan", "Lampung Tengah", "Lampung Utara", "Lampung Timur",
  "Lampung Barat", "Pesawaran", "Pringsewu", "Tanggamus", "Tulang Bawang", "Tulang Bawang Barat",
  "Way Kanan", "Mesuji", "Pesisir Barat",
  -- Bangka Belitung
  "Pangkalpinang", "Bangka", "Bangka Barat", "Bangka Tengah", "Bangka Selatan", "Belitung", "Belitung Timur",
  -- Jakarta and Banten
  "Jakarta Pusat", "Jakarta Utara", "Jakarta Barat", "Jakarta Selatan", "Jakarta Timur", "Kepulauan Seribu",
  "Tangerang Selatan", "Cilegon", "Pandeglang", "Lebak",
  -- Jawa Barat
  "Cimahi", "Sukabumi", "Tasikmalaya", "Garut", "Cianjur", "Karawang", "Purwakarta",
  "Subang", "Indramayu", "Majalengka", "Kuningan", "Sumedang", "Ciamis", "Pangandaran", "Bandung Barat",
  -- Jawa Tengah and Yogyakarta
  "Pekalongan", "Tegal", "Salatiga", "Magelang", "Banyumas", "Purbalingga", "Banjarnegara", "Cilacap",
  "Kebumen", "Purworejo", "Wonosobo", "Temanggung", "Kendal", "Pemalang", "Brebes", "Demak",
  "Kudus", "Jepara", "Pati", "Rembang", "Blora", "Grobogan", "Boyolali", "Klaten", "Sukoharjo",
  "Wonogiri", "Karanganyar", "Sragen", "Sleman", "Bantul", "Gunungkidul", "Kulon Progo",
  -- Jawa Timur
  "Kediri", "Blitar", "Madiun", "Mojokerto", "Pasuruan", "Probolinggo", "Gresik", "Sidoarjo", "Lamongan",
  "Tuban", "Bojonegoro", "Ngawi", "Magetan", "Ponorogo", "Pacitan", "Trenggalek", "Tulungagung", "Nganjuk",
  "Jombang", "Lumajang", "Jember", "Bondowoso", "Situbondo", "Banyuwangi", "Bangkalan", "Sampang",
  "Pamekasan", "Sumenep",
  -- Bali and Nusa Tenggara
  "Badung", "Gianyar", "Tabanan", "Klungkung", "Bangli", "Karangasem", "Buleleng", "Jembrana",
  "Lombok Barat", "Lombok Tengah", "Lombok Timur", "Lombok Utara", "Sumbawa", "Sumbawa Barat", "Dompu",
  "Manggarai", "Manggarai Barat", "Manggarai Timur", "Ngada", "Nagekeo", "Sikka", "Flores Timur", "Lembata",
  "Timor Tengah Selatan", "Timor Tengah Utara", "Rote Ndao", "Sumba Timur", "Sumba Barat",
  "Sumba Barat Daya", "Sumba Tengah",
  -- Kalimantan
  "Singkawang", "Sambas", "Bengkayang", "Mempawah", "Sanggau", "Sekadau", "Sintang",
  "Kapuas Hulu", "Ketapang", "Kayong Utara", "Kubu Raya", "Melawi", "Palangka Raya", "Kotawaringin Barat",
  "Kotawaringin Timur", "Kapuas", "Barito Selatan", "Barito Utara", "Barito Timur", "Murung Raya",
  "Katingan", "Seruyan", "Sukamara", "Lamandau", "Gunung Mas", "Pulang Pisau", "Banjarbaru", "Barito Kuala",
  "Tapin", "Hulu Sungai Selatan", "Hulu Sungai Tengah", "Hulu Sungai Utara", "Tabalong", "Balangan",
  "Bontang", "Kutai Kartanegara", "Kutai Barat", "Kutai Timur", "Paser", "Penajam Paser Utara", "Berau",
  "Mahakam Ulu", "Bulungan", "Malinau", "Nunukan", "Tana Tidung",
  -- Sulawesi
  "Bitung", "Tomohon", "Kotamobagu", "Minahasa", "Minahasa Utara", "Minahasa Selatan", "Minahasa Tenggara",
  "Bolaang Mongondow", "Kepulauan Sangihe", "Kepulauan Talaud", "Gorontalo Utara", "Bone Bolango",
  "Boalemo", "Pohuwato", "Donggala", "Parigi Moutong", "Tojo Una-Una", "Banggai", "Morowali",
  "Morowali Utara", "Tolitoli", "Buol", "Mamuju", "Majene", "Polewali Mandar", "Mamasa", "Pasangkayu",
  "Parepare", "Palopo", "Gowa", "Takalar", "Jeneponto", "Bantaeng", "Bulukumba", "Sinjai", "Maros",
  "Pangkajene dan Kepulauan", "Barru", "Soppeng", "Wajo", "Sidenreng Rappang", "Pinrang", "Enrekang",
  "Luwu", "Luwu Utara", "Luwu Timur", "Tana Toraja", "Toraja Utara", "Kepulauan Selayar", "Baubau",
  "Kolaka", "Kolaka Utara", "Kolaka Timur", "Konawe", "Konawe Selatan", "Konawe Utara", "Muna",
  "Buton", "Buton Utara", "Wakatobi", "Bombana",
  -- Maluku and Papua
  "Tual", "Tidore Kepulauan", "Halmahera Barat", "Halmahera Tengah", "Halmahera Utara", "Halmahera Selatan",
  "Halmahera Timur", "Kepulauan Sula", "Pulau Morotai", "Maluku Tengah", "Maluku Tenggara", "Seram Bagian Barat",
  "Seram Bagian Timur", "Kepulauan Aru", "Kepulauan Tanimbar", "Merauke", "Mimika", "Nabire", "Jayawijaya",
  "Biak Numfor", "Keerom", "Yahukimo", "Boven Digoel", "Asmat", "Mappi", "Paniai", "Intan Jaya",
  "Dogiyai", "Deiyai", "Lanny Jaya", "Nduga", "Tolikara", "Mamberamo Raya", "Manokwari", "Fakfak", "Kaimana",
  "Teluk Bintuni", "Teluk Wondama", "Raja Ampat", "Tambrauw", "Maybrat", "Kepulauan Yapen", "Waropen", "Supiori",
  "Puncak Jaya", "Pegunungan Bintang", "Yalimo", "Mamberamo Tengah", "Sorong Selatan", "Pegunungan Arfak",
  "Manokwari Selatan",
  -- the short forms regional news writes after an office ("Ketua DPRD Kukar X", "Bupati Inhil Y")
  "Kukar", "Kutim", "Kubar", "Kotim", "Kobar", "Inhil", "Inhu", "Rohil", "Rohul", "Kuansing", "Muba",
  "Lamsel", "Lamteng", "Lamtim", "Lampura", "Pessel", "Pasbar", "Lobar", "Loteng", "Lotim", "Tapteng",
  "Tapsel", "Taput", "Labusel", "Labura", "Sergai", "Bolmong", "Minut", "Minsel", "Halbar", "Halsel", "Halut",
  "Pangkep", "Sidrap", "Konsel", "Konut", "Kolut", "Mubar", "Busel",
  "Madina", "Paluta", "Humbahas", "Tanjabbar", "Tanjabtim", "OKU", "OKI", "OKU Timur", "OKU Selatan", "Muratara",
  "PALI", "Tubaba", "HSS", "HST", "HSU", "Batola", "Tanbu", "Kotabaru", "Barsel", "Barut", "Bartim", "Gumas",
  "Pulpis", "PPU", "Polman", "Malteng", "Malra", "SBB", "SBT", "Bolsel", "Boltim", "Bolmut", "Sitaro", "Parimo",
  "Touna", "Morut", "Lutra", "Lutim", "Torut", "Tator", "Selayar", "Konkep", "Koltim", "Butur", "Buteng", "Matim",
  "TTU", "Ende", "Alor",
}

local proper = { "Tanah Datar", "Tanah Laut", "Tanah Bumbu", "Lima Puluh Kota" }

-- A name of two words is written joined too ("Kulonprogo", "Deliserdang", "Tebingtinggi"), but not a
-- name with a direction or a word of its kind last ("Aceh Utara", "Nagan Raya") nor one whose joined form
-- is a common word or a family name ("Batubara").
local not_joined = { Utara = true, Selatan = true, Timur = true, Barat = true, Tengah = true, Tenggara = true,
                     Daya = true, Raya = true, Jaya = true, Hulu = true, Hilir = true, Kepulauan = true,
                     ["Batu Bara"] = true }
local function joined(name)
  local a, b = name:match("^(%u%l+) (%u%l+)$")
  if not a or not_joined[a] or not_joined[b] or not_joined[name] then return nil end
  return a .. b:lower()
end

local out = {}
for i, name in ipairs(list) do out[i] = { name = name, kind = "place", aliases = { joined(name) } } end
for _, name in ipairs(proper) do out[#out + 1] = { name = name, kind = "place", aliases = {}, proper = true } end
return out
