-- The words around names in Indonesian news: titles and offices written
-- before a name ("Presiden Rusia Vladimir Putin", "Kabid Humas Polda Banten
-- Kombes Pol Budi"), ranks and honorifics, the words of institutions' and
-- units' names, pronouns, and the words that close a description
-- ("pemimpin Rusia itu"). Matching ignores case; a phrase may have several
-- words. The mention stage (csrc/mentions.c) reads these classes:
--
--   titles, offices  open a title chain; the name follows the chain
--   jurisdictions  titles and offices whose next capitalised word is the place
--                  they serve (Gubernur Jawa Tengah, Polda Banten)
--   ranks          ranks and honorifics right before a name (AKBP, Kombes Pol, Pak, Dr.)
--   qualifiers     words of a unit's or institution's name, never a name
--                  (Humas, Reskrim, Keamanan, Utara)
--   org_heads      open an organisation's name (Badan Pusat Statistik (BPS))
--   connectors     lower-case words inside a title (Menteri Hukum dan HAM)
--   particles      lower-case parts of names (bin, van, de)
--   adverbs        may stand between a speaker and the verb (Budi juga mengatakan)
--   term_words     lower-case words inside a quoted name or term
--   facilities     open the name of a road, building or site (Jalan, Bandara)
--   person_nouns   nouns for a person before initials and an age (tersangka MA (25))
--   given_names    open a person's name, hardly ever inside one (Muhammad, Siti, Teuku)
--
-- Extend from Lua with kimput.entities.add_title("Wakil Ketua Harian").
return {
  titles = {
    "Presiden", "Wakil Presiden", "Perdana Menteri", "PM", "Wakil Perdana Menteri",
    -- (a rank among deputies or diplomats is the title's: "Wakil Presiden Pertama Iran X")
    "Wakil Presiden Pertama", "Wakil Perdana Menteri Pertama", "Sekretaris Pertama", "Sekretaris Kedua",
    "Sekretaris Ketiga",
    -- the head of a Malaysian state's government ("Menteri Besar Johor X"; a jurisdiction too)
    "Menteri Besar",
    "Menteri", "Wakil Menteri", "Menteri Luar Negeri", "Menlu", "Wamenlu", "Menteri Pertahanan", "Menhan",
    "Menko", "Menteri Koordinator", "Menteri Keuangan", "Menkeu", "Bendahara Negara", "Menteri Dalam Negeri",
    "Mendagri",
    "Juru Bicara", "Jurubicara", "Jubir", "Sekretaris Pers", "Sekretaris Jenderal", "Sekjen", "Sekretaris",
    "Duta Besar", "Dubes", "Kuasa Usaha",
    -- an ambassador's full style ("Duta Besar Luar Biasa dan Berkuasa Penuh (LBBP) Malaysia untuk RI X")
    "Duta Besar Luar Biasa dan Berkuasa Penuh", "Dubes Luar Biasa dan Berkuasa Penuh", "Duta Besar Luar Biasa",
    "Diplomat", "Pemimpin", "Pimpinan", "Ketua", "Wakil Ketua",
    "Kepala", "Wakil Kepala", "Direktur", "Direktur Jenderal", "Dirjen", "Koordinator", "Kanselir",
    -- English styles left in translated news ("Minister Park tinggal di …"): a title, no word of the name
    "Minister", "Prime Minister",
    "Raja", "Ratu", "Pangeran", "Kaisar", "Jenderal", "Letnan Jenderal", "Mayor Jenderal", "Marsekal",
    "Laksamana", "Kolonel", "Komandan", "Panglima", "Kepala Staf", "Gubernur", "Wali Kota", "Walikota",
    "Bupati", "Senator", "Anggota Parlemen", "Penasihat", "Penasehat", "Kapolri", "Kapolda", "Profesor",
    "Pengamat", "Analis", "Peneliti", "Pakar", "Ekonom", "Ketua Umum", "Ketum",
    "Letjen", "Mayjen", "Brigjen", "Jend.", "Prof.", "Dr.", "Kapten", "Mayor",
    "Pejabat", "Pejabat Senior", "Sumber", "Paus", "Kardinal", "Uskup", "Uskup Agung", "Imam Besar",
    "Putra Mahkota", "Ratu Permaisuri", "Yang Dipertuan Agong", "Sri Paus",
    -- heads of Islamic institutions ("Grand Syekh Al-Azhar X", "Mufti Agung Mesir Y")
    "Grand Syekh", "Grand Sheikh", "Grand Mufti", "Mufti", "Mufti Agung",
  },
  -- more offices of Indonesian public life: they open title chains like the
  -- titles above (the {TITLE} macro of the rule language holds only those)
  offices = {
    "Wapres", "Sultan", "Sri Sultan", "Emir", "Wamen", "Wamenhan", "Wamenkeu", "Wamendagri",
    -- deputy ministers by the ministry's short form ("kata Wamenkominfo X")
    "Wamenkominfo", "Wamenkomdigi", "Wamenag", "Wamenkes", "Wamensos", "Wamenpora", "Wamentan", "Wamendag",
    "Wamenperin", "Wamenaker", "Wamenhub", "Wamendikbud", "Wamendikdasmen", "Wamenkumham", "Wamenparekraf",
    "Wamen BUMN", "Wamen ESDM", "Wamen PUPR", "Wamen ATR", "Wamen LHK", "Wamenpan RB", "Wamenko",
    "Menteri Sekretaris Negara",
    "Mensesneg", "Sekretaris Kabinet", "Seskab", "Menkopolhukam", "Menko Polhukam", "Menko Perekonomian",
    "Menko Polkam", "Menkopolkam",  -- (the ministry's name since 2024)
    "Menko PMK", "Menko Marves", "Menko Maritim", "Menteri Koordinator Maritim", "Menteri Koordinator Kemaritiman",
    "Menteri Koordinator Bidang Kemaritiman", "Menkumham", "Menkes", "Menag", "Mensos", "Menpora", "Mentan", "Mendag",
    "Menperin", "Menaker", "Menhub", "Mendikbud", "Mendikbudristek", "Mendikdasmen", "Menkominfo",
    "Menkomdigi", "Menparekraf", "MenPAN-RB", "Menpan RB", "Menteri BUMN", "Menteri ESDM", "Menteri PUPR",
    -- (the ministries' short forms since the 2024 cabinet, and a few older ones)
    "Menbud", "Menpar", "Menekraf", "Menkum", "Menham", "Menimipas", "Mendiktisaintek", "Menristek",
    "Menristekdikti", "Menkop", "MenkopUKM", "Menkop UKM", "Menteri UMKM", "MenPPPA", "Menteri PPPA", "MenKP",
    "Menteri KP", "Menhut", "MenLHK", "MenLH", "Menteri LH", "Mentrans", "Menteri P2MI", "Menko Pangan",
    "Menko Infrastruktur", "Menko PM", "Menteri HAM", "Menteri Imipas", "Wamenbud", "Wamenpar", "Wamenkum",
    "Wamenham", "Wamenekraf", "Wamenkop",
    "Menteri LHK", "Menteri ATR", "Menteri Investasi", "Menteri Sosial", "Menteri Agama", "Menteri Kesehatan",
    -- the ministry of villages: its Desa is the field, not a village the next word names
    "Menteri Desa", "Mendes", "Mendes PDT", "Mendes PDTT", "Wakil Menteri Desa", "Wamendes",
    "Menteri Desa dan Pembangunan Daerah Tertinggal", "Menteri Desa dan PDT",
    -- the top office named by a phrase ("kata orang nomor satu di Rusia itu": its leader)
    "orang nomor satu", "orang nomor satu di", "orang nomor wahid",
    -- secretaries, diplomats, advisers
    "Sekretaris Daerah", "Sekda", "Konsul Jenderal", "Konjen", "Staf Khusus", "Stafsus", "Staf Ahli",
    -- a city's, a regency's and a province's secretary, written short ("Sekkot Kotamobagu X")
    "Sekretaris Kota", "Sekkot", "Sekdakot", "Sekretaris Kabupaten", "Sekkab", "Sekdakab", "Sekdaprov",
    "Konsul", "Wakil Konsul", "Konsul Kehormatan",
    "Deputi", "Asisten Deputi", "Asisten I", "Asisten II", "Asisten III", "Asisten Pemerintahan",
    "Asisten Perekonomian", "Asisten Administrasi",
    -- leaders of bodies
    "Wakil Ketua Umum", "Waketum", "Ketua Harian", "Ketua Fraksi", "Ketua Komisi", "Wakil Ketua Komisi",
    "Anggota", "Anggota Komisi", "Plt", "Plh", "Pj", "Pjs", "Plt.", "Plh.", "Pj.", "Pjs.",
    "Penjabat", "Penjabat Sementara", "Pelaksana Tugas",
    -- the interim chair of a newly elected council, before its chair is chosen ("Ketua Sementara DPRD X, Y")
    "Ketua Sementara", "Wakil Ketua Sementara",
    "Pelaksana Harian", "Tenaga Ahli", "Tenaga Ahli Utama", "Bendahara Umum", "Komut", "Wakil Direktur", "Wadir",
    "Direktur Eksekutif", "Asisten Pelatih",
    -- offices of state written in English, as a statement signed so is quoted ("Secretary of State X")
    "Secretary of State", "Foreign Minister", "Foreign Secretary", "Defense Secretary",
    "Defence Secretary", "Ambassador",
    -- firms' offices, often written in English ("VP Corporate Communication PT X Y")
    "VP", "Vice President", "SVP", "EVP", "Senior Vice President", "Executive Vice President", "General Manager",
    "GM", "Senior Manager", "Manager", "COO", "CFO", "CTO", "CMO", "Chief Executive Officer", "Supervisor",
    "Head", "Corporate Secretary", "Sekretaris Perusahaan", "Direktur Keuangan", "Chief Economist",
    "Senior Economist", "Economist", "Analyst", "Senior Analyst", "Research Analyst", "Equity Analyst",
    "Investment Analyst", "Strategist", "Investment Strategist", "Managing Director",
    "Chief Financial Officer", "Chief Operating Officer", "Chief Technology Officer", "Chief Marketing Officer",
    "Chief Investment Officer", "Chief Commercial Officer", "Chief Product Officer", "Chief Information Officer",
    "Managing Partner", "Founding Partner", "General Partner", "Country Director", "Country Manager",
    "Executive Director", "President Director", "Head Coach", "Co-Founder",
    "Direktur Operasional", "Direktur Pemasaran",
    "Direktur Utama", "Dirut", "Presiden Direktur", "Presdir", "Komisaris Utama", "Komisioner", "Kabag",
    "Kasubag", "Kepala Bagian", "Kepala Bidang", "Kepala Seksi", "Kasi", "Kepala Dinas", "Kadis",
    "Kepala Badan", "Kepala Sekolah", "Kepsek", "Rektor", "Wakil Rektor", "Dekan", "Guru Besar", "Dosen",
    -- a school's staff, named with the school ("Wali Kelas IX SMPN 5 X Y")
    "Wali Kelas", "Guru Kelas", "Wakil Kepala Sekolah",
    "Humas", "Kepala Pelaksana", "Kalak", "Kalaksa", "Kakanwil", "Kalapas", "Karutan",
    -- heads of regional offices, written short ("Kadinkes Kota X", "Kasatpol PP Y")
    "Kadinkes", "Kadisdik", "Kadishub", "Kadispar", "Kadisdukcapil", "Kadinsos", "Kadiskominfo", "Kadisnaker",
    "Kadisperindag", "Kadispora", "Ibu Negara", "Kasatpol PP", "Kabiro", "Kaban", "Kapus", "Kasie", "Kasubbag", "Kakan",
    "Kasatlantas", "Kasatreskrim", "Kasatresnarkoba", "Kasat Samapta", "Kasat Intelkam", "Kasat Resnarkoba",
    -- heads of national agencies and police bodies, written short ("Kabasarnas Marsdya X", "Kabareskrim Y")
    "Kabasarnas", "Kabareskrim", "Kabaharkam", "Kabaintelkam", "Kabakamla", "Kalakhar",
    -- regions
    "Wakil Gubernur", "Wagub", "Wakil Wali Kota", "Wawali", "Wakil Bupati", "Wabup", "Camat", "Lurah",
    "Kepala Desa", "Kades",
    -- a governor or his deputy written with the province's short name glued on ("Gubsu X" in North Sumatra,
    -- "Pj Gubri Y" in Riau, "Wagubkalbar Z"), and the provincial police chief so ("Kapoldasu")
    "Gubsu", "Wagubsu", "Gubri", "Wagubri", "Gubkepri", "Wagubkepri", "Gubsumbar", "Wagubsumbar", "Gubsumsel",
    "Wagubsumsel", "Gubjambi", "Gubbabel", "Gubkalbar", "Wagubkalbar", "Gubkalteng", "Wagubkalteng", "Gubkalsel",
    "Wagubkalsel", "Gubkaltim", "Wagubkaltim", "Gubkaltara", "Gubsulsel", "Wagubsulsel", "Gubsulut", "Wagubsulut",
    "Gubsulteng", "Gubsultra", "Gubsulbar", "Gubjabar", "Wagubjabar", "Gubjateng", "Wagubjateng", "Gubjatim",
    "Wagubjatim", "Kapoldasu",
    -- heads of Balinese customary villages and hamlets ("Bendesa Adat Kuta I Wayan X")
    "Bendesa", "Bendesa Adat", "Kelian", "Kelian Adat", "Kelian Banjar", "Kelian Dinas", "Perbekel",
    -- village and district heads under their regional names ("Panewu Cangkringan X" in Yogyakarta, "Wali
    -- Nagari Y" in West Sumatra, "Keuchik Z" in Aceh, "Kuwu W" in Cirebon), and hamlet heads
    "Panewu", "Wali Nagari", "Keuchik", "Geuchik", "Kuwu", "Kepala Dusun", "Kadus", "Kepala Dukuh",
    "Kepala Kampung", "Kepala Lembang", "Hukum Tua",
    -- police, military, courts
    "Wakapolri", "Wakapolda", "Kapolres", "Kapolresta", "Kapolrestabes", "Wakapolres", "Kapolsek",
    "Wakapolresta", "Wakapolrestabes", "Wakapolsek",
    "Kabid Humas", "Kabid", "Kasubbid", "Kasat", "Kasat Reskrim", "Kasat Lantas", "Kasat Narkoba", "Kasi Humas",
    "Kasubsi", "Kanit", "Kasubdit", "Dirreskrimum", "Dirreskrimsus", "Dirresnarkoba", "Kadiv Humas", "Kabidhumas",
    -- (and as often spelled with one r)
    "Direskrimum", "Direskrimsus", "Diresnarkoba",
    "Panit", "Kasubnit", "Kapospol", "Kapolsubsektor", "Kasiwas", "Kasipropam", "Kasium", "Kasatnarkoba",
    "Danposramil", "Dirlantas", "Dirpolairud", "Dirintelkam", "Dirbinmas", "Dirsamapta",
    "Karo Penmas", "Kapuspen", "Kadispenad", "Kadispenal", "Kadispenau", "Pangdam", "Kasad", "KSAD", "KSAL",
    "KSAU", "Danrem", "Dandim", "Danramil", "Kasdim", "Kasrem",
    "Danlanal", "Danlanud", "Danlantamal", "Danyon", "Danyonif", "Danpomdam", "Dansatgas", "Danki", "Danton",
    "Danjen", "Kasdam", "Kasal", "Kasau", "Pangkostrad", "Kapendam", "Kapenrem", "Kabinda", "Babinsa",
    "Bhabinkamtibmas", "Kajati", "Kajari", "Kasi Intel", "Kasi Pidum", "Kasipidum", "Jaksa Agung", "Jaksa",
    "Jaksa Penuntut Umum", "Jaksa Penuntut", "Penuntut Umum", "JPU", "Hakim", "Hakim Ketua", "Ketua Majelis Hakim",
    "Panitera", "Kuasa Hukum", "Penasihat Hukum", "Penasehat Hukum",
    -- the prosecution service's offices by their short forms ("kata Kapuspenkum Kejagung X", "Asintel
    -- Kejati Y", "Kasipidsus Kejari Z"), the assistants of a high prosecutor's office and the deputy
    -- attorneys general
    "Kapuspenkum", "Kepala Pusat Penerangan Hukum", "Kasi Penkum", "Kasipenkum", "Kasi Pidsus", "Kasipidsus",
    "Kasi Datun", "Kasidatun", "Kasi Intelijen", "Kasintel", "Kasi BB", "Kasi PAPBB",
    "Asisten Intelijen", "Asintel", "Asisten Pidana Khusus", "Aspidsus", "Asisten Pidana Umum", "Aspidum",
    "Asisten Perdata dan Tata Usaha Negara", "Asdatun", "Asisten Pengawasan", "Aswas", "Asisten Pembinaan",
    "Asbin", "Jaksa Agung Muda", "Jampidsus", "Jampidum", "Jamintel", "Jamwas", "Jamdatun", "Jambin",
    "Juru Sita", "Jurusita",
    -- a regional council's secretary, by the short form ("Sekwan Bungo X") too
    "Sekwan", "Sekretaris Dewan", "Kapusdatin",
    "Hakim Konstitusi", "Hakim Agung", "Hakim Anggota", "Hakim Ad Hoc",
    "Pengacara", "Advokat",
    -- others quoted
    "Ahli", "Pelatih", "Manajer", "CEO", "Pendiri", "Aktivis", "Tokoh", "Dokter",
    -- a firm's founders as the tech press calls them ("founder dan CEO Startupku X")
    "Founder", "Co-founder", "Co-Founder", "Salah Satu Pendiri",
    -- a firm's head as the press calls him ("bos PT Maju Jaya, X", "Bos Sinar Group Y")
    "Bos",
    -- politics: candidates and party people ("Cagub Jakarta X", "politikus Partai Y Z",
    -- "Capres nomor urut 2 X")
    "Capres", "Cawapres", "Cagub", "Cawagub", "Cabup", "Cawabup", "Cawalkot", "Cawawalkot", "Caleg",
    "Bacapres", "Bacawapres", "Bacaleg", "Paslon", "nomor urut", "Calon Wakil Presiden", "Calon Gubernur",
    "Calon Bupati", "Calon Wali Kota", "Politikus", "Politisi", "Kader", "Legislator", "Anggota Dewan",
    "Petinggi", "Pengurus", "Juru Kampanye", "Jurkam", "Koordinator Lapangan", "Korlap",
    -- owners and founders, heads of boarding schools and newsrooms
    "Pemilik", "Owner", "Founder", "Co-founder", "Cofounder", "Pengasuh", "Pemimpin Redaksi", "Pemred",
    -- keepers of houses of worship ("Takmir Masjid Al Falah X", "Pengurus Gereja Y X")
    "Takmir", "Ketua Takmir", "Marbot", "Pengelola",
    -- sport: coaches, players by position, athletes ("kata striker Timnas X", "bek Persija Y")
    "Pelatih Kepala", "Kapten Tim", "Kapten Timnas", "Pemain", "Striker", "Penyerang", "Bek", "Bek Kanan", "Bek Kiri",
    "Bek Tengah", "Gelandang", "Kiper", "Penjaga Gawang", "Winger", "Pemain Sayap", "Atlet", "Pebulu Tangkis",
    "Pebulutangkis", "Tunggal Putra", "Tunggal Putri", "Pembalap", "Petinju", "Pesepak Bola", "Pesepakbola",
    "Perenang", "Lifter", "Pegolf", "Petenis", "Pelari", "Chef de Mission", "CdM", "Wakil Chef de Mission",
    "Manajer Tim", "Ofisial", "Pebalap", "Pesilat", "Pecatur", "Pegulat", "Pesenam", "Pedayung", "Pemanah",
    "Karateka", "Pejudo",
    -- (the press's words for a squad's player and coach: "punggawa Persib X", "juru taktik PSIS Y")
    "Punggawa", "Penggawa", "Juru Taktik",
    -- arts, entertainment and the media ("penyanyi dangdut X", "aktris senior Y")
    "Penyanyi", "Pedangdut", "Biduan", "Biduanita", "Aktris", "Aktor", "Artis", "Pelawak", "Komedian",
    "Presenter", "Pembawa Acara", "Penyiar", "Musisi", "Vokalis", "Gitaris", "Drummer", "Pianis", "Komposer",
    "Pencipta Lagu", "Sutradara", "Produser", "Penari", "Koreografer", "Seniman", "Budayawan", "Sastrawan",
    "Penyair", "Novelis", "Pelukis", "Desainer", "Perancang Busana", "Selebgram", "Selebritas", "Influencer",
    "YouTuber", "Kreator Konten", "Jurnalis", "Wartawan", "Fotografer", "Koki",
    -- professions and scholars quoted by name ("psikolog anak X", "sejarawan Y")
    "Pengusaha", "Pebisnis", "Bankir", "Notaris", "Psikolog", "Psikiater", "Sosiolog", "Antropolog",
    "Sejarawan", "Epidemiolog", "Ilmuwan", "Akademisi", "Guru", "Perawat", "Bidan", "Apoteker", "Arsitek",
    "Kriminolog", "Seismolog", "Klimatolog", "Vulkanolog", "Virolog", "Arkeolog", "Geolog", "Pustakawan",
    "Rohaniwan", "Praktisi", "Pemerhati", "Pegiat", "Konsultan", "Auditor", "Kurator", "Instruktur", "Teknisi",
    "Nakhoda", "Masinis",
    -- the weather service's forecasters, heard in every forecast ("Prakirawan BMKG X")
    "Prakirawan", "Prakirawati", "Prakirawan Cuaca",
    -- officers working with the public ("Penyuluh Pertanian X", "Penyidik KPK Y", "Pendamping Desa Z"),
    -- a study programme's head ("Kaprodi Ilmu Komunikasi X")
    "Penyuluh", "Penyidik", "Pendamping", "Pembina", "Kaprodi", "Ketua Program Studi",
    -- the head of a regency's or a ministry's inspectorate ("Inspektur Inspektorat Sragen X", "Inspektur
    -- Jenderal Kemenkeu Y"; the police ranks "Inspektur Satu", "Inspektur Dua" are longer forms)
    "Inspektur",
  },
  jurisdictions = {
    "Gubernur", "Wakil Gubernur", "Wagub", "Wali Kota", "Walikota", "Wakil Wali Kota", "Wawali", "Bupati",
    "Wakil Bupati", "Wabup", "Camat", "Lurah", "Kepala Desa", "Kades", "Sekda", "Sekretaris Daerah", "Kapolda",
    "Sekretaris Kota", "Sekkot", "Sekdakot", "Sekretaris Kabupaten", "Sekkab", "Sekdakab", "Sekdaprov",
    "Bendesa", "Bendesa Adat", "Kelian", "Kelian Adat", "Kelian Banjar", "Kelian Dinas", "Perbekel",
    "Panewu", "Wali Nagari", "Keuchik", "Geuchik", "Kuwu", "Kepala Dusun", "Kadus", "Kepala Dukuh",
    "Kepala Kampung", "Kepala Lembang", "Hukum Tua",
    -- a bishop by his diocese ("Uskup Larantuka X", "Uskup Agung Jakarta Y")
    "Uskup", "Uskup Agung",
    "Menteri Besar",
    "Wakapolda",
    "Kapolres", "Kapolresta", "Kapolrestabes", "Wakapolres", "Wakapolresta", "Wakapolrestabes", "Kapolsek",
    "Wakapolsek", "Pangdam", "Danrem", "Dandim",
    "Danramil", "Danlanal", "Danlanud", "Kasdam", "Kapendam", "Kabinda", "Kajati", "Kajari", "Kalapas", "Karutan",
    "Sekwan",
    "Cagub", "Cawagub", "Cabup", "Cawabup", "Cawalkot", "Cawawalkot", "Calon Gubernur", "Calon Bupati",
    "Calon Wali Kota",
    "Kakanwil",
    "Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Kodam", "Korem", "Kodim", "Koramil", "Kejati",
    "Kejari", "Kejaksaan Negeri", "Kejaksaan Tinggi", "Kepolisian Daerah", "Kepolisian Resor",
    "Kepolisian Resor Kota", "Kepolisian Sektor", "Komando Daerah Militer", "Komando Resor Militer",
    "Komando Distrik Militer", "Distrik Militer", "Komando Rayon Militer", "Pemprov", "Pemkab", "Pemkot", "Pemda",
    -- the regional governments written in full ("Pemerintah Kota Bogor mengirim surat ...")
    "Pemerintah Provinsi", "Pemerintah Kabupaten", "Pemerintah Kota", "Pemerintah Daerah",
    -- the headquarters of a police or army unit, by the place it serves ("Mapolsek Cibening")
    "Mapolda", "Mapolres", "Mapolresta", "Mapolrestabes", "Mapolsek", "Makodam", "Makorem", "Makodim", "Makoramil",
    -- the navy's and the air force's bases ("Komandan Lanud Iswahjudi X", "Danlantamal V Surabaya")
    "Lanud", "Lanal", "Lantamal", "Pangkalan Udara", "Pangkalan TNI AU", "Pangkalan TNI AL",
    "DPRD", "PN",
    "Pengadilan Negeri", "Pengadilan Tinggi",
    "Pengadilan Agama", "Pengadilan Tipikor", "Pengadilan Tindak Pidana Korupsi", "Pengadilan Militer",
    "Pengadilan Tata Usaha Negara", "PTUN", "Pengadilan Hubungan Industrial",
    "Kabupaten", "Kota", "Provinsi", "Kecamatan", "Desa", "Kelurahan", "Lapas", "Rutan",
    -- foreign administrative units, the place after them ("Gubernur Prefektur Shizuoka X",
    -- "Gubernur Negara Bagian Victoria Y", "Gubernur Oblast Kharkiv Z", "Wali Kota Distrik Gangnam W")
    "Prefektur", "Negara Bagian", "Oblast", "Distrik", "Kanton", "Krai", "Kegubernuran",
    "RSUD", "Kanwil", "Kantor Wilayah",
    -- a body's branches, named with the place they serve (Kepala Bulog Cabang Garut X)
    "Cabang", "Kantor Cabang", "Divre", "Divisi Regional",
    -- regional offices, named with the regency or city they serve (Kepala BPBD Garut X)
    "BPBD", "Dinkes", "Disdik", "Dishub", "Bappeda", "Bapenda", "Disdukcapil", "Dinsos", "Diskominfo",
    "Disperindag", "Disnaker", "Disbudpar", "Dispora", "Satpol PP", "Damkar", "Setda", "Inspektorat",
    "Puskesmas",
    -- (the same offices as some provinces and cities shorten them: Diskes for Dinkes, Dindik for Disdik)
    "Diskes", "Dindik", "Dispendik", "Disdikbud", "Disdikpora", "Dispertan", "Disperkim", "Disparbud", "Dinpar", "DLH",
    -- heads of teams and firms, named with them (Pelatih Persikota X, CEO Tokoku X)
    "Pelatih", "Asisten Pelatih", "Manajer", "CEO", "Pendiri", "Direktur Eksekutif", "Direktur Utama", "Dirut",
    "Pelatih Kepala", "Kapten Tim", "Kapten Timnas", "Pemain", "Striker", "Penyerang", "Bek", "Gelandang", "Kiper",
    "Winger", "Penjaga Gawang", "Pembalap", "Punggawa", "Penggawa", "Juru Taktik",
    -- a state firm's regional unit, numbered and named with its place (Daop 2 Bandung)
    "Daop", "Divre",
    -- owners and founders, named with the firm (Founder Tokoku X)
    "Pemilik", "Owner", "Founder", "Co-founder", "Cofounder",
    -- firms' offices in English, named with the firm (Chief Executive Officer Tokoku X)
    "Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer", "Chief Technology Officer",
    "Chief Marketing Officer", "Chief Investment Officer", "Chief Commercial Officer", "Chief Product Officer",
    "Chief Information Officer", "Managing Partner", "Founding Partner", "General Partner", "Managing Director",
    "Country Director", "Country Manager", "Executive Director", "President Director", "General Manager", "GM",
    "Head Coach",
    -- members of a band, named with it (Vokalis Nada Biru X)
    "Vokalis", "Gitaris", "Drummer",
  },
  ranks = {
    -- military
    "Jenderal", "Jenderal Besar", "Letnan Jenderal", "Letjen", "Mayor Jenderal", "Mayjen", "Brigadir Jenderal",
    "Brigjen",
    "Marsekal", "Marsma", "Marsdya", "Mardya", "Laksamana", "Laksma", "Laksda", "Laksdya", "Kolonel", "Letkol",
    "Letnan Kolonel", "Mayor", "Kapten", "Lettu", "Letda", "Letnan", "Serma", "Serka", "Sertu", "Serda",
    "Sersan", "Kopral", "Praka", "Pratu", "Prada",
    -- (as some outlets spell them: "KSAD Jendral X", "Mayjend TNI Y")
    "Jendral", "Letjend", "Mayjend", "Brigjend",
    -- foreign officers' ranks in English ("Lieutenant General X", "Vice Admiral Y", "Air Marshal Z")
    "General", "Lieutenant General", "Major General", "Brigadier General", "Admiral", "Vice Admiral",
    "Rear Admiral", "Air Chief Marshal", "Air Marshal", "Air Vice Marshal", "Colonel", "Lieutenant Colonel",
    -- the corps written after an officer's rank ("Kapten Inf X", "Letkol Czi Y", "Kolonel Pnb Z")
    "Inf", "Czi", "Arh", "Kav", "Cpm", "Cba", "Chb", "Ckm", "Caj", "Chk", "Cku", "Pnb", "Psk",
    -- (the field artillery, ordnance, topography, army aviation; the air force's navigators, engineers,
    -- electronics, administration and medical officers: "Letkol Arm X", "Kolonel Tek Y", "Mayor Kes Z")
    "Arm", "Cpl", "Ctp", "Cpn", "Nav", "Tek", "Lek", "Adm", "Kes",
    -- (the infantry written out after the rank: "Kolonel Infanteri X"; not alone, a unit's word too)
    "Kolonel Infanteri", "Letkol Infanteri", "Mayor Infanteri", "Kapten Infanteri", "Letnan Kolonel Infanteri",
    "Kolonel Kavaleri", "Letkol Kavaleri", "Mayor Kavaleri", "Kapten Kavaleri",
    -- (with the period some outlets write: "Kolonel Inf. X" is one token, as the tokenizer keeps it)
    "Inf.", "Czi.", "Arh.", "Kav.", "Cpm.", "Cba.", "Chb.", "Ckm.", "Caj.", "Chk.", "Cku.", "Pnb.", "Psk.",
    "Arm.", "Cpl.", "Ctp.", "Cpn.", "Nav.", "Tek.", "Lek.", "Adm.", "Kes.",
    -- the police's "Pol." after a rank written with its own period ("Irjen. Pol. X": two tokens, each a title)
    "Pol.",
    -- written out in full, as some outlets do
    "Letnan Satu", "Letnan Dua", "Sersan Mayor", "Sersan Kepala", "Sersan Satu", "Sersan Dua",
    "Kopral Kepala", "Kopral Satu", "Kopral Dua", "Prajurit Kepala", "Prajurit Satu", "Prajurit Dua",
    "Marsekal Pertama", "Marsekal Muda", "Marsekal Madya", "Laksamana Pertama", "Laksamana Muda",
    "Laksamana Madya",
    -- police
    "Jenderal Polisi", "Jenderal Pol", "Komjen", "Komjen Pol", "Irjen", "Irjen Pol", "Inspektur Jenderal",
    "Brigjen Pol", "Kombes", "Kombes Pol", "Komisaris Besar",
    "Jenderal Pol.", "Komjen Pol.", "Irjen Pol.", "Brigjen Pol.", "Kombes Pol.", "AKBP Pol.",
    "AKBP", "Kompol", "AKP", "Iptu", "Ipda",
    "Aiptu", "Aipda", "Bripka", "Brigpol", "Briptu", "Bripda", "Bharada", "Brigadir",
    -- (with the period some outlets write, one token as the tokenizer keeps it: "Kapolres X AKBP. Y")
    "AKBP.", "AKP.", "Kompol.", "Kombes.", "Irjen.", "Komjen.", "Iptu.", "Ipda.", "Aiptu.", "Aipda.", "Bripka.",
    "Brigpol.", "Briptu.", "Bripda.", "Letkol.", "Kombes. Pol", "Irjen. Pol", "Komjen. Pol", "AKBP. Pol",
    "Kol.", "Kapt.", "Letjen.", "Mayjen.", "Brigjen.",
    -- (and the period after both words: "Kapolda X Irjen. Pol. Y")
    "Kombes. Pol.", "Irjen. Pol.", "Komjen. Pol.", "Brigjen. Pol.", "AKBP. Pol.",
    -- written out in full ("Ajun Komisaris Besar Polisi X")
    "Komisaris Jenderal", "Komisaris Jenderal Polisi", "Inspektur Jenderal Polisi", "Brigadir Jenderal Polisi",
    "Komisaris Besar Polisi", "Ajun Komisaris Besar", "Ajun Komisaris Besar Polisi", "Komisaris",
    "Komisaris Polisi", "Ajun Komisaris", "Ajun Komisaris Polisi", "Inspektur Satu", "Inspektur Polisi Satu",
    "Inspektur Dua", "Inspektur Polisi Dua", "Ajun Inspektur Satu", "Ajun Inspektur Dua",
    "Ajun Inspektur Polisi Satu", "Ajun Inspektur Polisi Dua", "Brigadir Kepala", "Brigadir Polisi",
    "Brigadir Satu", "Brigadir Dua", "Bhayangkara Satu", "Bhayangkara Dua",
    -- honorifics and degrees written before a name
    "Pak", "Bu", "Bapak", "Ibu", "Mas", "Mbak", "Bang", "Tuan", "Nyonya", "H.", "Hj.", "H", "Hj", "Haji", "Hajah",
    "HM", "H.M.",
    -- forms of address of English texts and of foreigners ("kata Mr. Glenn X", "Mrs. Y")
    "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms",
    -- styles of office of English texts and of diplomats ("Gubernur Victoria, The Honourable Ms X",
    -- "Duta Besar Y, Yang Mulia Z")
    "The Honourable", "The Hon.", "The Hon", "Honourable", "Hon.", "The Right Honourable", "Right Honourable",
    "Rt Hon", "Rt. Hon.", "His Excellency", "Her Excellency", "H.E.", "Yang Mulia", "YM",
    -- (the Shia honorific of a descendant of the Prophet before a leader's name: "Yang Mulia Sayyed X")
    "Sayyed", "Sayyid",
    "Dr.", "dr.", "drg.", "dr", "drg", "Prof.", "Ir.", "Drs.", "Dra.",
    -- (the engineer's and the old bachelor's degrees without the dot: "Kepala Dinas PUTR Ir Putu X")
    "Ir", "Drs", "Dra",
    "KH", "K.H.", "KH.", "Habib", "Ustaz", "Ustadz", "Kiai",
    "Gus", "Syekh", "Sheikh", "Syeikh", "Ayatollah", "Datuk",
    -- Malaysian honours before a name ("PM Malaysia Datuk Seri Anwar Ibrahim", "Tan Sri X")
    "Datuk Seri", "Datuk Sri", "Dato", "Dato Seri", "Dato Sri", "Datin",
    "Datin Seri", "Tan Sri", "Puan Sri", "Tun", "Toh Puan", "Dato'", "Dato' Sri", "Dato' Seri", "Datuk Wira",
    "Dato' Wira", "Datin Paduka", "Dato' Paduka", "Datuk Seri Panglima", "Datuk Panglima",
    -- British honours, and a professor written without the dot ("Sir Tony Blair", "Prof Jamaluddin Jompa")
    "Sir", "Lord", "Dame", "Baroness", "Baron", "Prof",
    -- Javanese titles of nobility, like Raden: "GKR Hemas", "Raden Ayu X" (not a name's part)
    "GKR", "GKBRAy", "KGPAA", "BRAy", "Raden Ayu", "Raden Mas", "Raden Roro",
    "Mbah", "Eyang", "Kakek", "Nenek", "Abah", "Ustazah", "Buya", "Abuya", "Ajengan",
    "Ustadzah", "Romo", "Pastor", "Pendeta", "Bhante", "Biksu", "Pdt.", "Ust.", "Tgk.", "Mgr.",
    -- the same written without the dot, and the Acehnese Teungku and a Buddhist monk's Bhikkhu
    "Pdt", "Tgk", "Mgr", "Teungku", "Bhikkhu", "Bhiksu", "Pater", "Frater",
    -- regional forms of address ("Kang Emil", "Cak Imin", "Bung Karno", "Daeng Rudi")
    -- a coach called by the English word, as a player or the press calls him ("kata Coach Bojan")
    "Coach",
    "Kang", "Cak", "Ning", "Bung", "Daeng", "Uda", "Bli", "Mang", "Kak", "Pakde", "Bude", "Raden", "Kanjeng",
    "Tuan Guru", "Opung", "Ompung", "Bunda", "Nyai",
    -- Sundanese forms of address ("Teteh Rina", "Akang Budi"; not their short "Teh", the tea of brands:
    -- "Teh Botol Sosro menaikkan harga"; nor the Minang "Uni", a union's word: "Uni Ekonomi Eurasia")
    "Teteh", "Akang",
  },
  qualifiers = {
    -- a national side inside a title ("X Pelatih Timnas Malaysia U-16 mengakui ...")
    "Timnas", "Tim Nasional",
    -- a doctor's field after the specialist's title ("Dokter Spesialis Jantung RS X, dr. Y")
    "Jantung", "Pembuluh Darah", "Penyakit Dalam", "Kandungan", "Bedah", "Saraf", "Paru", "Kulit", "Kelamin",
    "Obstetri", "Ginekologi", "Anestesi", "Anestesiologi", "Radiologi", "Ortopedi", "Urologi", "Onkologi",
    -- police and court units
    "Humas", "Reskrim", "Reskrimum", "Reskrimsus", "Resnarkoba", "Narkoba", "Lantas", "Intelkam", "Binmas",
    -- a regional government's public relations and protocol units ("Kabag Humpro X", "Kabag Prokopim Y")
    "Humpro", "Prokopim", "Protokol",
    "Sabhara", "Samapta", "Propam", "Provos", "Intel", "Pidum", "Pidsus", "Reserse", "Kriminal", "Penmas",
    "Lalu Lintas", "Tahanan", "Pemasyarakatan", "Imigrasi", "Bea", "Cukai", "Persidangan", "Perkara",
    -- words of ministries, agencies and offices
    "Bidang", "Urusan", "Politik", "Hukum", "Keamanan", "Pertahanan", "Keuangan", "Perekonomian", "Ekonomi",
    "Luar", "Negeri", "Dalam", "Kesehatan", "Pendidikan", "Kebudayaan", "Agama", "Sosial", "Pertanian",
    "Perdagangan", "Perindustrian", "Perhubungan", "Ketenagakerjaan", "Kelautan", "Perikanan", "Kehutanan",
    "Lingkungan", "Hidup", "Energi", "Mineral", "Pariwisata", "Kreatif", "Investasi", "Komunikasi",
    "Informatika", "Digital", "Pemuda", "Olahraga", "Pemberdayaan", "Perempuan", "Anak", "Pembangunan",
    "Perencanaan", "Nasional", "Daerah", "Negara", "Umum", "Pusat", "Statistik", "Pelayanan", "Medik", "Medis",
    "Keperawatan", "Operasional", "Teknik", "Teknis", "Administrasi", "Pemerintahan", "Kabinet", "Kepresidenan",
    "Rakyat", "Republik", "Federal", "Militer", "Khusus", "Istimewa", "Koperasi", "Perumahan", "Permukiman",
    "Pekerjaan",
    "Riset", "Teknologi", "Inovasi", "Penanggulangan", "Bencana", "Pemilu", "Pemilihan", "Pengawas",
    -- nouns of a forum's or a unit's work, never a name ("Forum Koordinasi Pimpinan Daerah", "Bidang Investigasi")
    "Koordinasi", "Informasi", "Investigasi", "Regulasi", "Sosialisasi", "Rehabilitasi", "Advokasi", "Edukasi",
    -- the diplomatic corps' friendly nations ("Duta Besar Negara Sahabat" in a headline's title case)
    "Negara Sahabat",
    "Pengawasan", "Pemberantasan", "Korupsi", "Asasi", "Manusia", "Perlindungan", "Konsumen", "Pangan",
    "Obat", "Makanan", "Kependudukan", "Sipil", "Intelijen", "Siber", "Sandi", "Penerangan", "Pers", "Publik",
    "Hubungan", "Masyarakat", "Kemasyarakatan", "Personel", "Logistik", "Anggaran", "Strategis",
    "Internasional", "Regional", "Wilayah", "Kawasan", "Cabang", "Pidana", "Perdata", "Niaga",
    "Akademik", "Kemahasiswaan", "Fakultas", "Jurusan", "Ilmu", "Sains", "Umum Daerah",
    "Sekretariat", "Staf", "Harian", "Majelis", "Dewan", "Komisi", "Fraksi", "Bagian", "Seksi", "Subbagian",
    -- legislatures abroad ("Ketua Parlemen X", "Senat AS", "Kongres Filipina")
    "Parlemen", "Senat", "Kongres",
    -- more words of courts', ministries' and agencies' names (Hakim Konstitusi, Direktorat Jenderal Pajak)
    "Konstitusi", "Yudisial", "Peradilan", "Tipikor", "Agraria", "Tata", "Ruang", "Transmigrasi", "Pertanahan",
    "Pajak", "Perbendaharaan", "Kekayaan", "Perimbangan", "Pengelolaan", "Pembiayaan", "Risiko", "Moneter",
    "Fiskal", "Perbankan", "Syariah", "Asuransi", "Meteorologi", "Klimatologi", "Geofisika", "Vulkanologi",
    "Mitigasi", "Geologi", "Kesejahteraan", "Dasar", "Menengah", "Tinggi", "Kebijakan", "Kerja Sama",
    "Perencanaan Pembangunan", "Penelitian", "Pengembangan",
    -- the fields of a weather and quake agency's units, the press often writing "bumi" in lower case
    -- ("Kepala Bidang Informasi Gempa bumi dan Peringatan Dini Tsunami BMKG X")
    "Gempa", "Gempa Bumi", "Gempabumi", "Tsunami", "Peringatan Dini", "Cuaca", "Iklim", "Kualitas Udara",
    -- the fields of a law-enforcement body's directors ("Direktur Penyidikan KPK X", "Deputi Penindakan")
    "Penyidikan", "Penyelidikan", "Penindakan", "Penuntutan", "Pencegahan", "Eksekusi", "Gratifikasi",
    -- and of regional offices and their fields ("Menteri Pendayagunaan Aparatur Negara dan Reformasi
    -- Birokrasi X", "Kepala Satuan Polisi Pamong Praja", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu
    -- Pintu", "Dinas Kependudukan dan Pencatatan Sipil", "Analis Pasar Uang X", "Majelis Rakyat Tertinggi")
    "Pendayagunaan", "Aparatur", "Reformasi", "Birokrasi", "Satuan", "Pamong Praja", "Penanaman", "Modal",
    "Terpadu", "Satu Pintu", "Pencatatan", "Ketahanan", "Pemadam", "Kebakaran", "Penyelamatan", "Perizinan",
    "Kepegawaian", "Kearsipan", "Perpustakaan", "Ketenteraman", "Ketertiban", "Peternakan", "Perkebunan",
    "Hortikultura", "Pengadaan", "Pembinaan", "Penegakan", "Sarana", "Prasarana", "Pendapatan", "Tenaga Kerja",
    "Pengendalian", "Keluarga Berencana", "Kesatuan Bangsa", "Bina Marga", "Cipta Karya", "Pasar", "Pasar Uang",
    "Pasar Modal", "Saham", "Aset", "Presidium", "Rakyat Tertinggi",
    -- the fields of a health office's units ("Kepala Seksi Pengendalian Penyakit Menular X",
    -- "Kasi Surveilans dan Imunisasi", "Kepala Seksi Gizi")
    "Penyakit", "Menular", "Tidak Menular", "Surveilans", "Imunisasi", "Gizi", "Kesehatan Masyarakat",
    -- and of a religious affairs office's ("Kasi Penyelenggaraan Haji dan Umrah X", "Penyelenggara Zakat")
    "Penyelenggaraan", "Penyelenggara", "Haji dan Umrah", "Umrah", "Zakat", "Wakaf",
    -- a national body's office in a region ("Kepala OJK Perwakilan Bengkulu X", "BI Perwakilan Bengkulu")
    "Perwakilan",
    -- ministries abroad ("Menteri Unifikasi Korea Selatan X")
    "Unifikasi", "Reunifikasi",
    -- resources a ministry or office serves ("Menteri Sumber Daya Alam X", "Dinas Sumber Daya Air")
    "Sumber Daya", "Sumber Daya Alam", "Sumber Daya Air", "Sumber Daya Manusia", "Sumber Daya Mineral",
    -- firms' words: a listed company's and a state firm's tail, and offices written in English
    "Tbk", "Persero", "Independen", "Karang Taruna", "Corporate", "Communication", "Communications", "Relations",
    "Affairs",
    "Operations", "Marketing", "Finance", "Human Capital", "Strategy", "Research", "Equity", "Investment",
    "Economics", "Economic", "Fixed Income", "Retail", "Sekuritas", "Securities", "Asset Management",
    "Aset Manajemen", "Capital", "Investama", "Futures", "Berjangka",
    -- the tail of a club's name ("Arema FC", "Bali United")
    "FC", "SC", "United",
    -- the tail of a party's, a church's or a body's name, no one's name ("Ketua Partai Rusia Bersatu, X",
    -- "Pemimpin Gereja Katolik Sedunia, Paus Y"), and the elections a winner is named by ("pemenang Pilpres 2024 Z")
    "Bersatu", "Sedunia", "Se-Dunia", "Pilpres", "Pileg", "Pilkada", "Pilgub", "Pilbup", "Pilwalkot",
    -- the tail of a watchdog's name ("Koordinator Advokasi BPJS Watch X", "Indonesia Corruption Watch")
    "Watch",
    "Polisi", "Tentara", "Pemerintah", "Istana", "Kantor",
    -- directions and the like after a place name
    "Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara", "Daya", "Laut", "Darat", "Udara",
    -- the standing of the holder, written in lower case after the title
    -- ("Presiden terpilih X", "Bupati nonaktif Y", "Gubernur petahana Z")
    "terpilih", "petahana", "nonaktif", "demisioner", "interim", "definitif", "incumbent", "senior",
    "muda", "asing", "naturalisasi", "andalan", "anyar", "veteran",
    -- and the kind of post ("Guru Honorer menuntut ...", "Dokter Spesialis X", "Pegawai Kontrak")
    "honorer", "kontrak", "spesialis", "magang", "swasta",
  },
  -- two names of one office: a person introduced with either is the one the
  -- other alone means ("Menteri Luar Negeri X ... kata Menlu")
  same_titles = {
    { "Menlu", "Menteri Luar Negeri" }, { "Menhan", "Menteri Pertahanan" }, { "Menkeu", "Menteri Keuangan" },
    { "Mendagri", "Menteri Dalam Negeri" }, { "Mensesneg", "Menteri Sekretaris Negara" },
    { "Menkes", "Menteri Kesehatan" }, { "Menko", "Menteri Koordinator" }, { "Wapres", "Wakil Presiden" },
    { "PM", "Perdana Menteri" }, { "Jubir", "Juru Bicara" }, { "Jurubicara", "Juru Bicara" },
    { "Sekjen", "Sekretaris Jenderal" }, { "Dubes", "Duta Besar" }, { "Dirjen", "Direktur Jenderal" },
    { "Dirut", "Direktur Utama" }, { "Presdir", "Presiden Direktur" }, { "Wagub", "Wakil Gubernur" },
    { "Walikota", "Wali Kota" }, { "Wabup", "Wakil Bupati" }, { "Wawali", "Wakil Wali Kota" },
    { "Kabasarnas", "Kepala Basarnas" }, { "Kabareskrim", "Kepala Bareskrim" },
    { "Kalakhar", "Kepala Pelaksana Harian" },
    { "Kades", "Kepala Desa" }, { "Kadis", "Kepala Dinas" }, { "Ketum", "Ketua Umum" }, { "Mendes", "Menteri Desa" },
    { "Waketum", "Wakil Ketua Umum" }, { "Wamenlu", "Wakil Menteri Luar Negeri" }, { "JPU", "Jaksa Penuntut Umum" },
    { "Kapolri", "Kepala Kepolisian Negara Republik Indonesia" }, { "Kapolda", "Kepala Kepolisian Daerah" },
    { "Kapolres", "Kepala Kepolisian Resor" }, { "Kapolsek", "Kepala Kepolisian Sektor" },
    -- and the heads of police units written with the unit's short name ("Kepala Polres X ... kata Kapolres")
    { "Kapolda", "Kepala Polda" }, { "Kapolres", "Kepala Polres" }, { "Kapolresta", "Kepala Polresta" },
    { "Kapolrestabes", "Kepala Polrestabes" }, { "Kapolsek", "Kepala Polsek" },
    { "Kapolresta", "Kepala Kepolisian Resor Kota" },
    { "Kasat Reskrim", "Kepala Satuan Reserse Kriminal" }, { "Kabid Humas", "Kepala Bidang Humas" },
    { "Kapuspenkum", "Kepala Pusat Penerangan Hukum" }, { "Asintel", "Asisten Intelijen" },
    { "Aspidsus", "Asisten Pidana Khusus" }, { "Aspidum", "Asisten Pidana Umum" },
    { "Asdatun", "Asisten Perdata dan Tata Usaha Negara" }, { "Aswas", "Asisten Pengawasan" },
    { "Asbin", "Asisten Pembinaan" }, { "Kasipidsus", "Kasi Pidsus" }, { "Kasipenkum", "Kasi Penkum" },
    { "Kasintel", "Kasi Intelijen" }, { "Kasintel", "Kasi Intel" }, { "Sekwan", "Sekretaris DPRD" },
    { "Panglima TNI", "Panglima Tentara Nasional Indonesia" },
    -- and the army's commanders and staff chiefs by the unit's short name ("Komandan Kodim 0716/Demak X ...
    -- jelas Dandim")
    { "Dandim", "Komandan Kodim" }, { "Danrem", "Komandan Korem" }, { "Danramil", "Komandan Koramil" },
    { "Pangdam", "Panglima Kodam" }, { "Danyon", "Komandan Batalyon" }, { "Danlanud", "Komandan Lanud" },
    { "Danlanal", "Komandan Lanal" }, { "Danlantamal", "Komandan Lantamal" }, { "Kasdim", "Kepala Staf Kodim" },
    { "Kasrem", "Kepala Staf Korem" }, { "Kasdam", "Kepala Staf Kodam" }, { "Pangkostrad", "Panglima Kostrad" },
    { "KSAD", "Kepala Staf Angkatan Darat" }, { "KSAL", "Kepala Staf Angkatan Laut" },
    { "KSAU", "Kepala Staf Angkatan Udara" }, { "Kasad", "Kepala Staf Angkatan Darat" },
    { "Kasal", "Kepala Staf Angkatan Laut" }, { "Kasau", "Kepala Staf Angkatan Udara" },
    { "Sri Sultan", "Sultan" },
    -- the head of state news names by the office ("Presiden X ... kata Kepala Negara")
    { "Kepala Negara", "Presiden" },
    -- and the finance minister by the epithet of the office ("Menteri Keuangan X ... ujar Bendahara Negara itu")
    { "Bendahara Negara", "Menteri Keuangan" },
    -- heads of regional offices, written short after the full office ("Kepala Dinas Kesehatan X ... kata Kadinkes")
    { "Kadinkes", "Kepala Dinas Kesehatan" }, { "Kadisdik", "Kepala Dinas Pendidikan" },
    { "Kadishub", "Kepala Dinas Perhubungan" }, { "Kadinsos", "Kepala Dinas Sosial" },
    { "Kadispar", "Kepala Dinas Pariwisata" }, { "Kadispora", "Kepala Dinas Pemuda dan Olahraga" },
    -- ministers called by the short name of their office after the full one ("Menteri
    -- Perdagangan X ... kata Mendag")
    { "Mendag", "Menteri Perdagangan" }, { "Mentan", "Menteri Pertanian" }, { "Menag", "Menteri Agama" },
    { "Mensos", "Menteri Sosial" }, { "Menhub", "Menteri Perhubungan" }, { "Menperin", "Menteri Perindustrian" },
    { "Menaker", "Menteri Ketenagakerjaan" }, { "Menpora", "Menteri Pemuda dan Olahraga" },
    { "Menkumham", "Menteri Hukum dan HAM" }, { "Menparekraf", "Menteri Pariwisata dan Ekonomi Kreatif" },
    { "Menbud", "Menteri Kebudayaan" }, { "Menpar", "Menteri Pariwisata" }, { "Menekraf", "Menteri Ekonomi Kreatif" },
    { "Menkum", "Menteri Hukum" }, { "Menham", "Menteri Hak Asasi Manusia" }, { "Menkop", "Menteri Koperasi" },
    { "Mendiktisaintek", "Menteri Pendidikan Tinggi, Sains, dan Teknologi" },
    { "Menkominfo", "Menteri Komunikasi dan Informatika" }, { "Menkomdigi", "Menteri Komunikasi dan Digital" },
    { "Menteri ESDM", "Menteri Energi dan Sumber Daya Mineral" },
    { "Menteri PUPR", "Menteri Pekerjaan Umum dan Perumahan Rakyat" },
    { "Wamenkeu", "Wakil Menteri Keuangan" }, { "Kajati", "Kepala Kejaksaan Tinggi" },
    { "Kajari", "Kepala Kejaksaan Negeri" },
    -- the executive head of a regional disaster agency, and a region's secretary
    { "Kalak", "Kepala Pelaksana" }, { "Kalaksa", "Kepala Pelaksana" }, { "Sekda", "Sekretaris Daerah" },
    { "Sekkot", "Sekretaris Kota" }, { "Sekdakot", "Sekretaris Kota" }, { "Sekkab", "Sekretaris Kabupaten" },
    { "Sekdakab", "Sekretaris Kabupaten" },
    -- the information chiefs of the three forces, written short after the full office ("Kepala Dinas
    -- Penerangan Angkatan Laut (Kadispenal) Laksma X ... kata Kadispenal")
    { "Kadispenad", "Kepala Dinas Penerangan Angkatan Darat" },
    { "Kadispenal", "Kepala Dinas Penerangan Angkatan Laut" },
    { "Kadispenau", "Kepala Dinas Penerangan Angkatan Udara" },
    -- Polri's short forms of its directors and heads ("Direktur Reserse Kriminal Khusus X ... Dirreskrimsus
    -- menegaskan")
    { "Dirreskrimsus", "Direktur Reserse Kriminal Khusus" }, { "Dirreskrimum", "Direktur Reserse Kriminal Umum" },
    { "Dirresnarkoba", "Direktur Reserse Narkoba" }, { "Kasatreskrim", "Kepala Satuan Reserse Kriminal" },
    { "Direskrimsus", "Direktur Reserse Kriminal Khusus" }, { "Direskrimum", "Direktur Reserse Kriminal Umum" },
    { "Diresnarkoba", "Direktur Reserse Narkoba" },
    { "Kasatreskrim", "Kasat Reskrim" }, { "Wakapolda", "Wakil Kepala Kepolisian Daerah" },
    { "Wakapolres", "Wakil Kepala Kepolisian Resor" },
    { "Wakapolri", "Wakil Kepala Kepolisian Negara Republik Indonesia" },
    { "Kabidhumas", "Kabid Humas" }, { "Kabidhumas", "Kepala Bidang Humas" }, { "Kadiv Humas", "Kepala Divisi Humas" },
    { "Dirlantas", "Direktur Lalu Lintas" }, { "Kasatlantas", "Kepala Satuan Lalu Lintas" },
    -- an acting head written short after the full office ("Penjabat Gubernur X ... kata Pj Gubernur")
    { "Pj", "Penjabat" }, { "Plt", "Pelaksana Tugas" }, { "Plh", "Pelaksana Harian" },
  },
  org_heads = {
    "Badan", "Kementerian", "Dinas", "Komisi", "Fraksi", "Partai", "Lembaga", "Yayasan", "Institut",
    "Pengadilan", "Mahkamah", "Kejaksaan", "Kepolisian", "Komite", "Dewan", "Majelis", "Asosiasi", "Himpunan",
    "Ikatan", "Persatuan", "Perhimpunan", "Serikat", "Gabungan", "Federasi", "Koalisi", "Aliansi",
    "Forum", "Gerakan", "Jaringan", "Komunitas", "Paguyuban", "Perkumpulan", "Konsorsium", "Front", "Konfederasi",
    "Organisasi", "Perserikatan", "Persekutuan", "Kerajaan", "Kesultanan", "Kekaisaran", "Keamiran",
    "Rumah Sakit", "Direktorat", "Biro", "Otoritas", "Otorita", "Inspektorat", "Satgas", "Satuan Tugas", "Balai",
    "Polda", "Polres", "Polresta", "Polsek", "Kodam", "Universitas", "Politeknik", "Sekolah Tinggi", "Akademi",
    "Kedutaan Besar", "Kedutaan", "Kedubes", "Konsulat Jenderal", "Konsulat", "Kantor Staf", "Kantor Kepresidenan",
    "Bank", "Bank Sentral", "Bursa", "Perum", "Perusahaan", "PT", "CV",
    -- English-language bodies named as they are ("Rektor University of Melbourne X", "peneliti
    -- Council on Foreign Relations, Y")
    "University", "Institute", "Council", "Center", "Centre", "Ministry", "Department",
    "Association", "Foundation", "Organization", "Organisation", "Commission", "Committee", "Bureau",
    "College", "Society", "Academy",
    -- a committee, and the field a deputy or a head serves, named in capitals before the
    -- body ("Ketua Panitia Pekan Raya X", "Deputi Bidang Neraca dan Analisis Statistik BPS X")
    "Panitia", "Bidang", "Kamar Dagang", "Tim", "Toko", "Klub", "Pondok Pesantren", "Ponpes", "Pesantren",
    -- a unit of the police or a hospital ("Unit Resmob melakukan ...", "Unit Gawat Darurat")
    "Unit",
    -- religious bodies ("Pemimpin Gereja Katolik Sedunia Paus X", "Uskup Keuskupan Agung Jakarta Y"), and the
    -- faith a leader of the faithful is titled by ("pemimpin umat Katolik dunia, Paus Y")
    "Gereja", "Keuskupan", "Keuskupan Agung", "Sinode", "Katolik", "Protestan", "Hindu", "Buddha", "Konghucu",
  },
  -- short names of regional and national offices that stand inside titles
  -- (Kepala Bappeda X, Kadis Dinkes X): never part of a person's name
  offices_short = {
    "Bappeda", "Bappenas", "Bapenda", "Bappeda Litbang", "Dinkes", "Disdik", "Dishub", "Disdukcapil",
    "Disperindag", "Disnaker", "Dinsos", "Diskominfo", "Disbudpar", "Dispora", "Satpol PP", "BPBD", "Damkar",
    "Puskesmas", "Setda", "Setdako", "Setdakab", "Setdaprov", "Setwan", "Inspektorat", "Kemenkes", "Kemendikbud",
    "Kemenag", "Kemensos",
    "Kemendagri", "Kemenkeu", "Kemenlu", "Kemenhan", "Kemenkumham", "Kementan", "Kemendag", "Kemenperin",
    "Kemnaker", "Kemenhub", "Kemenpora", "Kemenparekraf", "Kominfo", "Komdigi", "Pemprov", "Pemkab", "Pemkot",
    "Bulog", "Basarnas", "Bakamla", "Bapanas", "Bapeten", "Bawaslu", "Bappebti", "Kejagung", "Kejati", "Kejari",
    "Dukcapil", "Setneg", "Setkab", "Kemensetneg", "Kemenkop", "Kemendes", "Kemenpan", "Kemenko", "Pemda",
    "Distan", "Disbun", "Dispar", "Diskop", "Disnakertrans", "Pertamina",
    "Diskes", "Dindik", "Dispendik", "Disdikbud", "Disdikpora", "Dispertan", "Disperkim", "Disparbud", "Dinpar", "DLH",
    -- neighbourhood units ("Ketua RT 05 X", "Ketua RW Y")
    "RT", "RW",
  },
  connectors = { "dan", "untuk", "di", "dari", "bidang", "urusan", "&", "sekaligus", "merangkap", "of",
                -- a diplomat's district: "Konsul Z untuk wilayah Sumatra, X"; a team's case or field: "Ketua
                -- Tim Khusus untuk kasus Sukamaju, X"
                "untuk wilayah", "untuk kawasan", "untuk daerah", "untuk kasus", "untuk perkara", "untuk bidang",
                "untuk urusan",
                -- English bodies' names: "Institute for Security and Strategic Studies"
                "for", "and", "on" },
  particles = { "bin", "binti", "van", "von", "de", "da", "der", "den", "del", "della", "du", "al", "el", "dos", "ibn",
                "ibnu", "bt", "la", "le",
                -- Batak "br" (boru, a woman's clan name follows): "Rosmawati br Siregar"
                "br", "boru" },
  adverbs = { "juga", "pun", "lalu", "kemudian", "kembali", "sempat", "telah", "sudah", "pula", "turut", "ikut",
              "hanya", "lantas", "bahkan", "justru", "tetap", "masih", "pernah",
              "akhirnya", "langsung", "sendiri", "secara", "demikian", "begitu",
              -- (of time or discovery between a subject and his verb: "X sebelumnya mengirim surat kepada Y")
              "sebelumnya", "selanjutnya", "ternyata", "rupanya" },
  -- lower-case words inside a quoted name or title ('Hari Kemenangan', "Partai Buruh dan Tani")
  term_words = { "dan", "di", "ke", "dari", "untuk", "yang", "atau", "of", "the", "la", "de", "bin", "&" },
  -- (with the particle "pun" glued, as the press often writes it: "Iapun mengatakan ..."; "dirinya" too)
  pronouns = { "ia", "dia", "beliau", "dirinya", "iapun", "diapun", "beliaupun" },
  -- capitalised words that start sentences and headlines but are never names
  not_names = {
    "Setelah", "Sebelum", "Saat", "Ketika", "Dalam", "Dan", "Di", "Ke", "Dari", "Yang", "Untuk", "Akan",
    "Jadi", "Dengan", "Pada", "Kepada", "Oleh", "Atas", "Tentang", "Sejak", "Hingga", "Sampai", "Bagi",
    "Namun", "Tetapi", "Sementara", "Meski", "Walau", "Jika", "Bila", "Karena", "Sebab", "Agar", "Supaya",
    "Kalau", "Apabila", "Meskipun", "Walaupun", "Padahal", "Seandainya", "Sehingga", "Yakni", "Yaitu",
    "Ini", "Itu", "Tersebut", "Juga", "Bahwa", "Menurut", "Seperti", "Kata", "Ujar", "Baru", "Lama",
    "Terlama", "Pertama", "Terakhir", "Resmi", "Kirim", "Tak", "Tidak", "Bukan", "Sudah", "Telah",
    "Sedangkan", "Adapun", "Selain", "Bahkan", "Kemudian", "Lalu", "Selanjutnya", "Sebelumnya", "Sementara itu",
    "Maka", "Makanya", "Tapi", "Kini", "Kala", "Usai", "Ya", "Iya", "Kami", "Kita", "Saya", "Mereka", "Anda",
    "Apa", "Siapa", "Bagaimana", "Mengapa", "Kenapa", "Kapan", "Dimana", "Di mana", "Tahun", "Bulan", "Hari",
    "Minggu", "Pukul", "Jam", "Sekitar", "Hal", "Para", "Semua", "Seluruh", "Setiap", "Tiap", "Sang",
    "Simak", "Baca", "Lihat", "Foto", "Video", "Berita", "Artikel", "Sumber Foto", "Editor", "Penulis",
    "Demikian", "Senada", "Serupa", "Sebaliknya", "Sedang", "Soal", "Terkait", "Mengenai", "Dengan demikian",
    "Pihak", "Pihaknya", "Dirinya", "Keduanya", "Ketiganya", "Keempatnya", "Kelimanya", "Keenamnya", "Ketujuhnya",
    "Kedelapannya", "Kesembilannya", "Kesepuluhnya", "Semuanya", "Masing-masing",
    "Mendatang", "Silam", "Nanti", "Nomor", "Nomer", "No.",
    -- copulas in a title's case ("film X Adalah Kita"): no word of a name
    "Adalah", "Ialah", "Merupakan", "Bukanlah",
    -- the bare verbs of headlines in title case, right after the doer's name ("Kasatpol PP X Lakukan Kunjungan
    -- ke Y", "Bupati Z Tinjau Banjir"): no word of the name
    "Lakukan", "Gelar", "Tinjau", "Resmikan", "Serahkan", "Hadiri", "Pimpin", "Sambut", "Kunjungi", "Dorong",
    "Ajak", "Minta", "Tegaskan", "Sebut", "Pastikan", "Berikan", "Salurkan", "Lantik", "Apresiasi", "Imbau",
    "Ingatkan", "Bantah", "Akui", "Janji", "Ungkap", "Soroti", "Terima", "Bahas", "Luncurkan", "Bagikan",
    -- and those of writing, calling and meeting ("Presiden X Telepon Y", "Raja Z Lewat Surat"; a verb in -kan
    -- ends a headline's name by its form)
    "Telepon", "Lewat", "Temui", "Kirimi", "Surati", "Balas", "Undang", "Sapa", "Jamu", "Sambangi", "Datangi",
    "Jenguk", "Tiba", "Bicara", "Dukung", "Desak", "Kecam", "Tolak",
    -- sentence adverbs in -nya, set off by a comma ("Rencananya, Paus akan bertemu ...")
    "Rencananya", "Rupanya", "Sayangnya", "Untungnya", "Akibatnya", "Awalnya", "Biasanya", "Nantinya",
    "Intinya", "Kabarnya", "Harapannya", "Tujuannya", "Hasilnya", "Sebenarnya", "Seharusnya", "Rupa-rupanya",
    "Pasalnya", "Artinya", "Misalnya", "Contohnya", "Buktinya", "Faktanya", "Akhirnya", "Selebihnya",
    "Sisanya", "Anehnya", "Uniknya", "Menariknya", "Ironisnya", "Celakanya", "Parahnya", "Mirisnya",
    "Tampaknya", "Sepertinya", "Agaknya", "Setidaknya", "Sedikitnya", "Khususnya", "Umumnya", "Pokoknya",
    "Idealnya", "Otomatis", "Alhasil", "Ternyata", "Lantaran", "Apalagi",
    -- connectives and verbs opening a clause ("Termasuk menyampaikan ...", "Menanggapi hal itu, ...")
    "Termasuk", "Kendati", "Terlebih", "Justru", "Selama", "Menanggapi", "Mengingat",
    -- ("Sekadar mengingatkan, …": the writer's aside, no one's words)
    "Sekadar", "Sekedar", "Perlu diketahui", "Sebagai informasi",
    -- the part of that day or the day after: "Sorenya, Presiden bertemu ..."
    "Paginya", "Siangnya", "Sorenya", "Petangnya", "Malamnya", "Subuhnya", "Esoknya", "Besoknya", "Lusanya",
    -- counts, capitalised in a headline ("... Bertambah Jadi Tiga Orang"): no word of a name
    "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan", "Sepuluh", "Belasan",
    "Puluhan", "Ratusan", "Ribuan", "Beberapa", "Sejumlah", "Seorang", "Orang",
    -- what is sent, opening a sentence before its sender's name ("Ucapan Anwar dikirim Senin", "Surat
    -- Biden tiba"): no word of the name
    "Surat", "Ucapan", "Telegram", "Undangan", "Pidato", "Sambutan",
    -- a group opening a sentence before its leader's name ("Rombongan X tiba di ...", "Delegasi Y
    -- disambut ..."): no word of the name
    "Rombongan", "Delegasi",
    -- the companions after a name, capitalised by a headline or a caption ("Bupati X Bersama Wakil Bupati Y
    -- Tinjau Banjir", "Gubernur Z Beserta Istri ..."): no word of the name
    "Bersama", "Beserta", "Didampingi",
    -- and a visit or meeting ("Kunjungan X kali ini ...", "Kedatangan Y disambut ..."): no word of the name
    "Kunjungan", "Kedatangan", "Kehadiran", "Lawatan", "Pertemuan",
    -- the English words closing the name of an event ("Indonesia Movie Week", "Jakarta Fair",
    -- "Turnamen Indonesia Open"): a place before them opens no person's name
    "Week", "Fair", "Expo", "Summit", "Cup", "Awards", "Award", "Fest", "Open", "Championship", "Championships",
    -- and what was said, opening a sentence before the sayer's short name ("Pernyataan Budi ini muncul
    -- setelah ...", "Keterangan Ani disampaikan Senin"): no word of the name either
    "Pernyataan", "Keterangan", "Penjelasan", "Tanggapan", "Jawaban", "Komentar", "Klarifikasi", "Pengakuan",
    "Permintaan", "Kritik", "Kritikan", "Usulan", "Arahan", "Instruksi", "Imbauan", "Himbauan", "Bantahan",
    -- the app or platform the words came through, before the sayer's short name ("Melalui pesan singkat
    -- WhatsApp Rina menjelaskan ...", "lewat Instagram Budi menulis ..."), or of an account named after its
    -- owner ("diposting di akun Instagram @x dan Facebook X"): no word of the name
    "WhatsApp", "Whatsapp", "Instagram", "Facebook", "Twitter", "YouTube", "Youtube", "TikTok", "Tiktok",
    "Threads", "Messenger", "Zoom",
    -- a blog template's stamp in English left in the body ("... WIB Last Updated 2022-11-17T05:11:01Z"):
    -- no person's name
    "Last Updated", "Updated",
  },
  -- the words opening the name of a road, a building or a site: a known person named
  -- in it is no mention ("Tol Layang MBZ", "Stadion Gelora Bung Karno")
  facilities = {
    "Tol", "Layang", "Jalan", "Bandara", "Stadion", "Masjid", "Gedung", "Museum", "Pelabuhan", "Taman",
    "Lapangan", "Wisma", "Graha", "Monumen", "Makam", "Terminal", "Stasiun", "Bendungan", "Waduk", "Tugu",
    "Gelora", "KRI", "RSUD", "RSUP", "RS", "Rumah Sakit", "Puskesmas",
    -- and of an event ("Turnamen Indonesia Open", "Festival Danau Toba", "Piala Presiden")
    "Turnamen", "Festival", "Piala", "Kejuaraan", "Pameran", "Lomba",
    -- and of a police or military operation ("Operasi Zebra", "Operasi Ketupat")
    "Operasi",
  },
  -- nouns for a person, before initials and an age: "tersangka MA (25)", "korban, AS (17)"
  person_nouns = {
    "tersangka", "pelaku", "korban", "terdakwa", "terpidana", "saksi", "warga", "remaja", "pria", "wanita",
    "perempuan", "bocah", "siswa", "mahasiswa", "sopir", "pengemudi", "ibu", "bapak", "anak", "balita", "nenek",
    "kakek",
    -- and of a trade or a plight: opening a sentence capitalised, no part of the name after them
    -- ("Pedagang Siti Aminah mengeluhkan ...")
    "pedagang", "petani", "nelayan", "buruh", "dosen", "dokter", "perawat", "bidan", "pengusaha", "karyawan",
    "karyawati", "pegawai", "petugas", "relawan", "pengunjung", "penumpang", "pemudik", "pengendara", "pemilik",
    "penjual", "pembeli", "peternak", "pekerja", "wisatawan", "turis", "atlet", "pelajar", "siswi", "mahasiswi",
    "aktivis", "jurnalis", "wartawan", "tetangga", "penghuni", "penduduk", "pensiunan", "pemuda", "lansia",
    "pengungsi", "pasien", "penyintas", "ojol", "staf", "staff",
    -- and what a person is known as, heading a description that points back ("Perwira menengah Polri
    -- itu menambahkan", "Lulusan ITB itu menyebut")
    "perwira", "pemain", "lulusan", "alumnus", "alumni", "jebolan", "sosok",
  },
  -- the names of feasts, greeted in messages ("ucapan selamat Hari Raya Idul Fitri"): calendar words,
  -- no person's name (a word of one alone, "Fitri", may still be a given name)
  feasts = { "Hari Raya", "Idul Fitri", "Idulfitri", "Idul Adha", "Iduladha", "Imlek", "Tahun Baru Imlek",
             "Natal", "Waisak", "Nyepi", "Paskah", "Lebaran", "Maulid Nabi", "Isra Miraj", "Isra Mikraj",
             "Tahun Baru Islam", "Diwali", "Hanukkah", "Galungan", "Ramadan", "Ramadhan" },
  -- words that open a person's name and hardly ever stand inside one: after a body's or a
  -- place's name no list holds, the person's name starts there ("Kepala Stasiun Meteorologi
  -- Kertajati Muhammad Syifaul Fuad")
  given_names = {
    "Muhammad", "Mohammad", "Mohamad", "Muhamad", "Mochammad", "Mochamad", "Moch.", "Moh.", "Muh.", "Siti", "Sitti",
    "Teuku", "Tengku", "Raden", "Ni", "Andi", "Lalu", "Baiq", "Tim",
    -- a form of address that is far more often a woman's given name ("Kombes Umi Fadilah")
    "Umi",
    -- Ukrainian given names that are Indonesian words ("oleh" = by): capitalised after a role, a cue
    -- or a comma ("Gubernur Oblast Sumy Oleh Hryhorov")
    "Oleh",
    -- Balinese names of rank, the person's name's first words ("Anak Agung Gede Ngurah")
    "Anak Agung", "Ida Bagus", "I Gusti", "Cokorda",
    -- Balinese birth-order names after "I" (men) and "Ni" (women), and the Butonese "La Ode" and
    -- "Wa Ode": the name's first words ("Bendesa Adat Kuta I Wayan Wasista")
    "I Wayan", "I Made", "I Nyoman", "I Ketut", "I Putu", "I Gede", "I Komang", "I Kadek", "I Nengah",
    "Ni Wayan", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Luh", "Ni Komang", "Ni Kadek",
    "La Ode", "Wa Ode",
  },
  -- academic and professional degrees written without dots after a name and its comma ("Andi Saputra,
  -- SH, MH mengatakan", "dr. Leli Yuliani, MPH menyebut"): the name's, none a body or a name there.
  -- Dotted forms (S.H., M.Si., Sp.PD) and a physician's Sp- degree are known by their shape; an
  -- acronym no list holds here (KPK, PDIP) stays a body
  degrees = {
    -- sarjana
    "SH", "SE", "ST", "SIP", "SSos", "SKom", "SPd", "SPdI", "SAg", "SHI", "SThI", "SSi", "SS", "SP", "SPt",
    "SHut", "SKM", "SKed", "SKep", "SFarm", "SGz", "SIKom", "SIK", "STP", "STr", "SST", "SKG", "SPsi", "SSn",
    "SDs", "SAk", "SAP", "SIA", "SAB", "STh", "SKH", "SPi", "SHum", "SM", "SMB",
    -- (the civil service academy's applied degrees: "Sarjana Sains Terapan Pemerintahan")
    "SSTP", "STTP",
    -- magister
    "MH", "MM", "MA", "MSi", "MPd", "MPdI", "MAg", "MHI", "MKes", "MKM", "MPH", "MARS", "MT", "MKom", "MSc",
    "MBA", "MEng", "MPA", "MAP", "MIKom", "MPsi", "MSE", "ME", "MSn", "MDs", "MHum", "MTh", "MFarm", "MAcc",
    "MAk", "MIP", "MPP", "MTr", "MSM", "MP", "MKn", "MSos", "MBiomed", "MKed", "LLM", "MCL",
    -- doctors, specialists and professions
    "PhD", "DBA", "DPhil", "DEA", "EdD", "DrPH", "MD", "Dipl", "Ak", "CA", "CPA", "CFA", "CFP", "Apt", "Lc",
    "Ners", "SpTHT", "SpTHTKL", "SpKFR", "SpBTKV", "SpBP", "SpOT", "FINASIM", "FIHA", "AAK",
    -- fellowships of the medical colleges after a specialist's degrees ("X, Sp.JP, FIHA, FAPSC")
    "FAPSC", "FAsCC", "FACC", "FESC", "FSCAI", "FICS", "FACS", "FRCS", "FRCP", "FISQua", "FINACC", "FIAS",
    -- an engineer's professional grades (Insinyur Profesional Pratama, Madya, Utama): "X, M.Eng., IPU"
    "IPP", "IPM", "IPU",
    -- a Catholic priest's order or diocesan mark after his name ("Romo Yohanes Sogen Pr", "Pastor
    -- Markus Kewuta SVD"), written like a degree and no body that speaks
    "Pr", "SVD", "SJ", "OFM", "OFMCap", "MSC", "MSF", "CSsR", "OCarm", "OSA", "OSC", "CM", "CICM", "SCJ", "SMM",
    "MSFS", "OP", "OCSO", "CP", "SX", "FIC", "MTB",
  },
  -- titles of a head of state or government: "pemimpin Korut itu" is the person introduced with one
  -- for that country, not a minister of it named since
  leaders = { "Presiden", "Perdana Menteri", "PM", "Pemimpin", "Pemimpin Tertinggi", "Raja", "Ratu",
              "Kanselir", "Sultan", "Kaisar", "Emir", "Kepala Negara", "Kepala Pemerintahan" },
  -- "pemimpin Rusia itu": a title, a place, then one of these
  description_ends = { "itu", "tersebut", "ini",
    -- (glued to the particle "pun": "Mantan Wali Kota X inipun berharap")
    "itupun", "inipun" },
  -- words that may stand before a title opening an unnamed speaker: "Seorang pejabat militer berkata"
  -- (and counts: "kata dua sumber yang mengetahui rencana tersebut" are new speakers)
  determiners = { "seorang", "para", "sejumlah", "beberapa", "sebuah", "salah seorang", "salah satu", "sang", "dua",
                  "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh" },
}
