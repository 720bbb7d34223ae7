-- Titles and roles written before a person's name ("Presiden Rusia Vladimir
-- Putin", "Menlu Choe", "Koordinator Keamanan Nasional AS, John Kirby"), the
-- pronouns that refer back to a person, and the words that close a
-- description ("pemimpin Rusia itu"). Matching ignores case.
return {
  titles = {
    "Presiden", "Wakil Presiden", "Perdana Menteri", "PM", "Wakil Perdana Menteri",
    "Menteri", "Wakil Menteri", "Menteri Luar Negeri", "Menlu", "Wamenlu", "Menteri Pertahanan", "Menhan",
    "Menko", "Menteri Koordinator", "Menteri Keuangan", "Menkeu", "Menteri Dalam Negeri", "Mendagri",
    "Juru Bicara", "Jubir", "Sekretaris Pers", "Sekretaris Jenderal", "Sekjen", "Sekretaris",
    "Duta Besar", "Dubes", "Kuasa Usaha", "Diplomat", "Pemimpin", "Pimpinan", "Ketua", "Wakil Ketua",
    "Kepala", "Wakil Kepala", "Direktur", "Direktur Jenderal", "Dirjen", "Koordinator", "Kanselir",
    "Raja", "Ratu", "Pangeran", "Kaisar", "Jenderal", "Letnan Jenderal", "Mayor Jenderal", "Marsekal",
    "Laksamana", "Kolonel", "Komandan", "Panglima", "Kepala Staf", "Gubernur", "Wali Kota", "Walikota",
    "Bupati", "Senator", "Anggota Parlemen", "Penasihat", "Kapolri", "Kapolda", "Profesor",
    "Pengamat", "Analis", "Peneliti", "Pakar", "Ekonom", "Ketua Umum", "Ketum",
    "Letjen", "Mayjen", "Brigjen", "Jend.", "Prof.", "Dr.", "Kapten", "Mayor",
    "Pejabat", "Pejabat Senior", "Sumber",
  },
  pronouns = { "ia", "dia", "beliau" },
  -- capitalised words that start sentences and headlines but are never names
  not_names = {
    "Setelah", "Sebelum", "Saat", "Ketika", "Dalam", "Dan", "Di", "Ke", "Dari", "Yang", "Untuk", "Akan",
    "Jadi", "Dengan", "Pada", "Kepada", "Oleh", "Atas", "Tentang", "Sejak", "Hingga", "Sampai", "Bagi",
    "Namun", "Tetapi", "Sementara", "Meski", "Walau", "Jika", "Bila", "Karena", "Sebab", "Agar", "Supaya",
    "Ini", "Itu", "Tersebut", "Juga", "Bahwa", "Menurut", "Seperti", "Kata", "Ujar", "Baru", "Lama",
    "Terlama", "Pertama", "Terakhir", "Resmi", "Kirim", "Tak", "Tidak", "Bukan", "Sudah", "Telah",
  },
  -- "pemimpin Rusia itu": a title, a place, then one of these
  description_ends = { "itu", "tersebut", "ini" },
  -- words that may stand before a title opening an unnamed speaker: "Seorang pejabat militer berkata"
  determiners = { "seorang", "para", "sejumlah", "beberapa", "sebuah", "salah seorang" },
}
