-- Boilerplate of Indonesian news pages: the patterns that class a line,
-- cut a dateline or masthead from the first paragraph, cut trailing
-- initials from the last, and find the sources an article cites.
--
-- Patterns are PCRE2 (UTF mode), compiled once in C with JIT on the engine
-- of kimput.rule. Each line is matched alone, trimmed, so ^ and $ are the
-- line's ends. The first entry of `lines` that matches a line gives its
-- class; a line no entry matches is left to the layout rules
-- (csrc/pageclass.c). Extend from Lua with kimput.boilerplate.add{...}
-- (see docs/page.md).
--
-- Macros, expanded before compiling (from lexicon/months.lua and weekdays.lua):
--   {weekday} a weekday name   {month} a month name or abbreviation
--   {date}    15 Agustus 2022 / 08 Jan 2026   {time} 09:15, 09.15, 14:20:00
--   {zone}    WIB, WITA, WIT    {dash} - -- – —   {sp} a space or no-break space
--   {place}   one to three capitalised words (Jakarta, Kuala Lumpur, PYONGYANG)
--   {domain}  a site name with a dot (Lampost.co, iNewsSemarang.id, KOMPAS.com)
--   {source}  a source name: capitalised words (CNN, The Korea Herald), a
--             domain (inews.co.uk) or a lower-case *com name (detikcom)
--
-- Fields of a `lines` entry:
--   class    body, headline, timestamp, dateline, caption, credit, related,
--            navigation, hashtags
--   pattern  the PCRE2 pattern
--   field    the meta field the line states (editor, translator, sources,
--            outlet, published, headline): the group (?<value>...) when the pattern has
--            one, else the text of the next line (a label such as EDITOR)
--   next     the class of the line that follows (the headline after a bare
--            "Baca Juga:", the name after "EDITOR")
--   updated  a timestamp of a later update, used only when no other is found
--   next_paragraph  `next` applies even when the next line is a paragraph
--   short    page furniture only: never tried on a paragraph (six words or
--            more ending with a period) or a line over 512 bytes
--   tail     a rule without ^ that matches near the line's end (a photo
--            credit): searched only over the line's last 160 bytes
-- The rules are compiled together in C (docs/page.md): use named groups,
-- and start a rule that searches with a literal or a small class rather
-- than (?i:...) or \b, so that PCRE2 can skip to where it may start.
-- luacheck: no max line length
local M = {}

M.lines = {
  -- related articles ----------------------------------------------------------
  { class = "related", next = "related",
    pattern = [[^(?i:baca\s+juga|baca|lihat\s+juga|simak\s+juga|tonton\s+juga|baca\s+pula|artikel\s+terkait|pilihan\s+editor|pilihan\s+untuk(?:mu|\s+anda)|rekomendasi\s+untuk(?:mu|\s+anda)|(?:artikel|berita)\s+(?:selanjutnya|berikutnya|sebelumnya))\s*:?$]] },
  -- "Opini Menarik: ...", "Berita Lainnya: ..."
  { short = true, class = "related", pattern = [[^\p{L}+\s+(?i:menarik|terkait|lainnya|pilihan|populer)\s*:\s*\S]] },
  { class = "related",
    pattern = [[^(?i:baca\s+juga|lihat\s+juga|simak\s+juga|tonton\s+juga|baca\s+pula|baca|artikel\s+terkait|pilihan\s+editor|berita\s+terkait|simak\s+video|tonton\s+video)\s*:\s*\S]] },
  { class = "related", pattern = [[^(?i:lihat\s+juga|simak\s+juga)\s+(?i:video|foto|berita|artikel)\b]] },

  -- credits: editor, translator, writer, source, copyright ---------------------
  { short = true, class = "credit", field = "editor", next = "credit",
    pattern = [[^(?i:editor|redaktur|penyunting|editing)\s*:?$]] },
  { short = true, class = "credit", field = "translator", next = "credit",
    pattern = [[^(?i:penerjemah|alih\s+bahasa|translator)\s*:?$]] },
  { short = true, class = "credit", field = "editor",
    pattern = [[^(?i:editor|redaktur|penyunting|editing)\s*:\s*(?<value>[^|]+?)\s*(?:\|.*)?$]] },
  { short = true, class = "credit", field = "translator",
    pattern = [[^(?i:penerjemah|alih\s+bahasa|translator)\s*:\s*(?<value>[^|]+?)\s*(?:\|.*)?$]] },
  -- "Editor Nama Orang" without a colon
  { short = true, class = "credit", field = "editor",
    pattern = [[^(?i:editor|redaktur|penyunting)\s+(?<value>\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,4})$]] },
  -- "Penulis: A | Editor: B", "Rep: A/ Red: B"
  { short = true, class = "credit", field = "editor",
    pattern = [[^(?i:penulis|reporter|rep|pewarta|wartawan|kontributor)\s*:[^|/]*[|/]\s*(?i:editor|redaktur|red)\s*:\s*(?<value>[^|]+?)\s*(?:\|.*)?$]] },
  -- (a date after a bar or a dash makes the line a time stamp: "Reporter : A | Kamis, 14 Maret 2024 10:15",
  -- "Oleh: A - 12 Juli 2024 14:05 WIB")
  { short = true, class = "credit",
    pattern = [[^(?i:penulis|reporter|rep|pewarta|wartawan|kontributor|laporan\s+wartawan|oleh|fotografer|videografer)\s*:(?![^|\n]{0,80}?(?:\||{sp}{dash}){sp}*(?:{weekday}{sp}*,?{sp}*)?{date})]] },
  { short = true, class = "timestamp",
    pattern = [[^(?i:penulis|reporter|rep|pewarta|wartawan|kontributor|oleh)\s*:[^|\n]{1,80}?(?:\||{sp}{dash}){sp}*(?:{weekday}{sp}*,?{sp}*)?{date}(?:{sp}*[,|•·–—-]?{sp}*(?:(?i:pukul|jam){sp}*)?{time}(?:{sp}*{zone})?)?(?:{sp}*\|.*)?$]] },
  -- a bare label with the name on the next line: "Oleh" / "NAMA PENULIS"
  { short = true, class = "credit", next = "credit",
    pattern = [[^(?i:penulis|reporter|pewarta|wartawan|kontributor|oleh|fotografer|videografer)\s*:?$]] },
  -- bylines: "Laporan Wartawan Tribun X Nama", "Nama, Jurnalis", "Nama | Nama | Situs.com"
  { short = true, class = "credit", pattern = [[^(?i:laporan\s+(?:wartawan|reporter|koresponden|jurnalis|kontributor))\b]] },
  { short = true, class = "credit",
    pattern = [[^\p{Lu}[\p{L}.'’ -]{2,60}+,{sp}*(?i:jurnalis|wartawan|reporter|kontributor|penulis|koresponden)$]] },
  { short = true, class = "credit", pattern = [[^[^|]{2,60}+(?:\|[^|]{2,60}+)*?\|{sp}*{domain}$]] },
  -- "News - haa, CNBC Indonesia": a channel, the writer's initials and the outlet
  { short = true, class = "credit", field = "outlet",
    pattern = [[^\p{L}+{sp}*{dash}{sp}*(?:[a-z]{2,5}(?:/[a-z]{2,5})?|\p{Lu}[\p{L}.'’-]*+(?:{sp}\p{Lu}[\p{L}.'’-]*+){0,3}),{sp}*(?<value>\p{Lu}[\p{L}\d.]*(?:{sp}\p{Lu}[\p{L}\d.]*){0,2})$]] },
  -- "Tim situscom - situsNews", "Nama Penulis - situsNews": the byline and the outlet's channel
  { short = true, class = "credit", field = "outlet",
    pattern = [[^\p{L}[\p{L}.'’ ]{1,60}?{sp}{dash}{sp}*(?<value>\p{Ll}++\p{Lu}[\p{L}\d]*+)$]] },
  { class = "credit", field = "sources", pattern = [[^(?i:sumber)\s*:\s*(?<value>.{1,120})$]] },
  { class = "credit", field = "outlet",
    pattern = [[^(?i:copyright|hak\s+cipta)\s*(?:©|\(c\))?\s*(?:\d{4}\s+)?(?<value>\p{L}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*)?)]] },
  { class = "credit", pattern = [[^(?:©|\(c\)|(?i:copyright|hak\s+cipta))]] },
  -- "Artikel ini telah tayang di X dengan judul ...": the article's title as first published
  { class = "credit", field = "headline",
    pattern = [[^(?i:artikel\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat))\b.*?\b(?i:dengan\s+judul|berjudul)\s*["“]?(?<value>[^"”]{10,200}?)["”]?\.?$]] },
  { class = "credit", pattern = [[^(?i:artikel\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat))]] },
  -- initials alone on a line: [JP], (rzr/dnu)
  { short = true, class = "credit", field = "editor",
    pattern = [[^(?|\[(?<value>[A-Za-z]{2,5}(?:/[A-Za-z]{2,5})*)\]|\((?<value>[a-z]{2,5}(?:/[a-z]{2,5})*)\))$]] },

  -- page dates ----------------------------------------------------------------
  { short = true, class = "timestamp", updated = true,
    pattern = [[^(?i:diperbarui|diupdate|update|updated|pembaruan|terakhir\s+diperbarui)\b]] },
  -- "Senin, 15 Agustus 2022 | 09:15 WIB", "SELASA, 12 SEPTEMBER 2023 | 14:33 WIB | LAPORAN: ...",
  -- "Kompas.com, 8 April 2022, 16:33 WIB", "14 August 2025, 08:01 WIB", "Kamis, 06 Februari 2025 - 05:53 WIB"
  -- (what follows a "|" or sticks to the zone, such as an image path, goes with the line)
  { short = true, class = "timestamp",
    pattern = [[^(?:[^|·•\n]{1,60}+[|·•]{sp}*|(?:{domain}|\p{Lu}[\p{L}\d]++(?:{sp}\p{Lu}[\p{L}\d]++)?){sp}*(?:,|{dash}){sp}*)?(?:(?i:dipublikasikan|diterbitkan|published|terbit|posted|tayang|diunggah)\s*:?{sp}*)?(?:{weekday}{sp}*,?{sp}*)?{date}(?:{sp}*[,|•·–—-]?{sp}*(?:(?i:pukul|jam){sp}*)?{time}(?:{sp}*{zone})?)?(?:{sp}*\|.*|\S*)$]] },
  { short = true, class = "timestamp",
    pattern = [[^(?:[\p{L}\d.]+{sp}*(?:,|{dash}){sp}*)?(?:{weekday}{sp}*,?{sp}*)?\d{1,2}/\d{1,2}/\d{4}{sp}*,?{sp}*(?:{time}{sp}*{zone}?)?(?:{sp}*\|.*)?$]] },
  -- "2025-10-02", "date 2025-10-02 Photo : ..."
  { short = true, class = "timestamp",
    pattern = [[^(?:(?i:date|tanggal|tgl\.?|published|diterbitkan)\s*:?{sp}*)?\d{4}-\d{2}-\d{2}\b(?:[ T]{time})?(?:{sp}*{zone})?(?:{sp}+.{0,80})?$]] },

  -- a dateline on a line of its own: "Pyongyang (Lampost.co) --", "JAKARTA, KOMPAS.com -"
  -- (?<place>) and (?<outlet>) fill meta.dateline and meta.outlet
  { short = true, class = "dateline", pattern = [[^(?<place>{place}){sp}*\((?<outlet>[^()]{2,40})\){sp}*{dash}?$]] },
  { short = true, class = "dateline",
    pattern = [[^(?<place>{place}){sp}*,{sp}*(?<outlet>{domain}|\p{Lu}[\p{L}\d]+(?:\s\p{Lu}[\p{L}\d]+)?){sp}*{dash}$]] },
  { short = true, class = "dateline", pattern = [[^(?<place>{place}){sp}*{dash}$]] },

  -- photo captions: a photo credit at the end (lines of at most 400
  -- characters, so that the long paragraphs of the article are passed over at once)
  { tail = true, class = "caption", pattern = [[(?:[fF]oto|FOTO|[pP]hoto|PHOTO|[sS]umber\s+[fF]oto)\s*:\s*.{1,80}$]] },
  -- "... kereta/KCNA", "Kepala Dinas/Ist": a photo credit after a slash
  { tail = true, class = "caption",
    pattern = [[/(?<=\S/)(?:Ist|Istimewa|Dok|Dokumentasi|Net|Internet|Antara|ANTARA|AFP|AP|Reuters|REUTERS|KCNA|Xinhua|EPA|Getty\s+Images|Shutterstock|Instagram|Tangkapan\s+layar|Screenshot)\.?\)?$]] },
  -- the labels of an image's credit and caption: "Sumber gambar, X", "Keterangan foto: ..."
  { short = true, class = "caption",
    pattern = [[^(?i:sumber\s+(?:gambar|foto|ilustrasi)|keterangan\s+(?:gambar|foto)|kredit\s+foto)\s*[,:]\s*\S]] },
  -- an all-caps photo credit on its own line, then the caption: "DOKUMENTASI POLRES X"
  { short = true, class = "caption", next = "caption", next_paragraph = true,
    pattern = [[^(?:DOKUMENTASI|DOK\.?|FOTO|ARSIP)\b[\p{Lu}\d\s/.,&()-]*$]] },
  -- "- situs.com", "Foto/Reuters/Nama": a credit alone, an image path or address
  { short = true, class = "caption", pattern = [[^{dash}{sp}*{domain}$]] },
  { short = true, class = "caption", pattern = [[^(?i:foto|photo)/\S.{0,80}$]] },
  { short = true, class = "navigation", pattern = [[^(?=\S{20,}$)\S*/\S*$]] },
  -- an image's alternative text with its credit: "Judul Foto-Nama-situs.com"
  { tail = true, class = "caption", pattern = [[-(?<=\S-)[\p{L} ]{2,40}-{domain}$]] },
  { tail = true, class = "caption", pattern = [[(?:[fF]oto|FOTO)\s+(?:[iI]st(?:imewa)?|IST(?:IMEWA)?|[dD]ok(?:umentasi|\.)?.{0,40}|DOK.{0,40})\.?\)?$]] },
  { tail = true, class = "caption", pattern = [[\((?i:foto|photo|dokumentasi|dok|istimewa|ist)\b\.?[^()]{0,80}\)\.?$]] },
  { tail = true, class = "caption", pattern = [[ANTARA\s+FOTO/[^()]{1,80}\)?\.?$]] },
  -- "... di Seoul. (AFP)": an agency credit after the caption's last sentence
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’]?{sp}+\((?:AFP|AP|Reuters|REUTERS|EPA|Xinhua|XINHUA|Getty\s+Images|Yonhap|Sputnik|TASS|Anadolu)(?:\s*/[^()]{1,60})?\)$]] },
  -- "... di lokasi. (Situs.com/Nama Fotografer)", "(KANTOR /Nama Fotografer)": the photo's outlet and photographer
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’]?{sp}*\((?:{domain}|\p{Lu}[\p{L}\d&.-]*(?:{sp}\p{Lu}[\p{L}\d&.-]*)?){sp}*/{sp}*\p{Lu}[\p{L}.'’-]*(?:{sp}+\p{Lu}[\p{L}.'’-]*)+(?:/\p{L}{1,10})?\)$]] },
  -- who stands where in the photo: "Presiden A (kiri) dan B (kanan)"
  { class = "caption", pattern = [[\((?i:kiri|kanan|tengah|ki-ka|kiri\s+ke\s+kanan|dari\s+kiri)\)]] },

  -- hashtags and tag lists ------------------------------------------------------
  { short = true, class = "hashtags", pattern = [[^#[\p{L}\p{N}_]+(?:[\s,]*#[\p{L}\p{N}_]+)*$]] },
  { short = true, class = "hashtags", pattern = [[^(?i:tags?|topik(?:\s+artikel)?|tagar|kata\s+kunci)\s*:]] },

  -- navigation, promotion, share and follow prompts -------------------------------
  -- a menu word or button alone on its line
  { short = true, class = "navigation",
    pattern = [[^(?i:get\s+app|download\s+app|buka\s+aplikasi|unduh\s+aplikasi|header\s+img|loading\.*|memuat\.*)\s*:?$]] },
  { short = true, class = "navigation",
    pattern = [[^(?i:komentar(?:\s*\(\d+\))?|comments?|advertisement|iklan|share|bagikan(?:\s+artikel)?|salin\s+link|copy\s+link|tutup|close)\s*:?$]] },
  { short = true, class = "navigation",
    pattern = [[^(?i:berita\s+terkait|artikel\s+terkait|(?:berita\s+)?terpopuler|populer|(?:berita\s+)?terkini|rekomendasi|video\s+pilihan|pilihan\s+redaksi|editor's\s+pick)\s*:?$]] },
  { short = true, class = "navigation",
    pattern = [[^(?i:scroll\s+to\s+continue\s+with\s+content|scroll\s+untuk\s+melanjutkan(?:\s+membaca)?|lanjutkan\s+membaca|selanjutnya|sebelumnya)\s*:?$]] },
  { short = true, class = "navigation", pattern = [[^(?i:lihat\s+berita\s+lainnya|berita\s+lainnya|lihat\s+semua|selengkapnya)\s*:?$]] },
  { short = true, class = "navigation", pattern = [[^(?:[^\p{L}\d\s]{1,4}\s*|\S{1,4}\s+)?(?i:read\s+next|baca\s+berikutnya|berita\s+selanjutnya|artikel\s+selanjutnya)\b]] },
  { class = "navigation", pattern = [[^(?i:simak\s+(?:berita\s+|informasi\s+)?selengkapnya|baca\s+(?:berita\s+|artikel\s+)?selengkapnya|klik\s+(?:di\s+)?sini|cek\s+berita\s+dan\s+artikel|dapatkan\s+(?:update|berita|informasi)|download\s+aplikasi|unduh\s+aplikasi)\b]] },
  -- "Follow WhatsApp Channel SITUS untuk ...", "Follow Situs.com untuk ...": the outlet promotes itself
  { class = "navigation", field = "outlet",
    pattern = [[^(?i:follow|ikuti)\s+(?:(?i:whatsapp\s+channel|saluran\s+whatsapp|google\s+news|channel\s+whatsapp)\s+(?<value>\p{Lu}[\p{L}\d.]*)|(?<value>{domain}))\s+(?i:untuk|di|dan)\b]] },
  -- "Follow Berita Situs di Google News": the outlet's own news on a channel
  { class = "navigation", field = "outlet",
    pattern = [[^(?i:follow|ikuti)\s+(?i:berita|artikel|kanal|update)\s+(?<value>\p{Lu}[\p{L}\d.]*)\s+(?i:di)\s+(?i:google\s+news|whatsapp|telegram|instagram)]] },
  { class = "navigation",
    pattern = [[^(?i:follow|ikuti|gabung|join|subscribe)\b.{0,100}(?i:whatsapp|channel|google\s+news|instagram|twitter|facebook|tiktok|youtube|telegram|media\s+sosial|saluran)]] },
  { tail = true, class = "navigation", pattern = [[(?:[kK]lik\s+(?:lebih\s+lanjut|di\s+sini)|[sS]elengkapnya\s+klik)\.?$]] },
  { class = "navigation", pattern = [[^(?i:kami\s+membuka\s+kesempatan|bergabunglah\s+bersama|jadilah\s+bagian)\b]] },
  -- a promotion of the site's channels: "Simak breaking news ... WhatsApp Channel : https://..."
  { class = "navigation",
    pattern = [[^(?i:simak|ikuti|follow|gabung|klik|akses|download|unduh|dapatkan)\b.*(?i:whatsapp\s+channel|saluran\s+whatsapp|google\s+news|telegram\s+channel|channel\s+telegram)]] },
  { tail = true, class = "navigation", pattern = [[(?:whatsapp\.com/channel|t\.me|news\.google\.com)/\S*$]] },
  { short = true, class = "navigation", pattern = [[^[\p{L}\d.]++(?:\s[\p{L}\d.]++)?\s(?i:network|group|grup)$]] },
  { short = true, class = "navigation", pattern = [[^(?i:halaman|page)\s*:?\s*\d+(?:\s*(?:/|dari|of)\s*\d+)?$]] },
  { short = true, class = "navigation", pattern = [[^(?i:scroll|gulir)\s+(?i:ke\s+bawah|down)\b]] },
  -- reading time and font controls: "waktu baca 2 menit", "·3 menit baca", "A A A", "Perbesar teks"
  { short = true, class = "navigation", pattern = [[^[·•|]?{sp}*(?i:(?:waktu|lama|durasi)\s+baca\s*:?\s*\d+\s*menit|dibaca(?:\s+normal)?\s*:?\s*\d+\s*menit|\d+\s*menit\s+(?:baca|membaca)|baca\s+dalam\s+\d+\s*menit)$]] },
  { short = true, class = "navigation", pattern = [[^(?:A{sp}*[+-]?{sp}*){2,3}$]] },
  { short = true, class = "navigation", pattern = [[^(?i:perbesar|perkecil|ukuran)\s+(?:teks|tulisan|huruf|font)\b]] },
  -- comment boxes and their rules
  { short = true, class = "navigation", pattern = [[^(?i:(?:kirim|tulis|beri(?:kan)?|lihat\s+semua|tampilkan)\s+komentar)\b]] },
  { class = "navigation",
    pattern = [[^(?i:isi\s+komentar|komentar\s+(?:yang|anda)|setiap\s+komentar)\b.*(?i:tanggung\s*jawab|UU\s+ITE|dihapus|moderasi)]] },
  -- "Telusuri berita News lainnya", "Lihat berita Daerah lainnya"
  { short = true, class = "navigation", pattern = [[^(?i:telusuri|lihat|baca|cek)\s+(?i:berita|artikel)\b.{0,40}\b(?i:lainnya|lain)$]] },
  { short = true, class = "navigation", pattern = [[^(?i:halaman(?:\s+(?:selanjutnya|berikutnya|sebelumnya))?|breaking\s+news|berita\s+utama|headline)\s*:?$]] },
  -- subscription prompts: "Baca berita tanpa iklan. Gabung Situs+"
  { class = "navigation", pattern = [[^(?i:baca\s+berita\s+tanpa\s+iklan|berlangganan|langganan|subscribe)\b.{0,100}$]] },
  -- "... simak berita terkini hanya di SITUS": a promotion naming the outlet
  { tail = true, class = "navigation", field = "outlet",
    pattern = [[(?:[sS]imak|[iI]kuti|[bB]aca|[dD]apatkan)\s[^.]{0,200}?\s(?:hanya|cuma|selalu)\s+(?:di|bersama)\s+(?<value>{domain}|\p{Lu}[\p{L}\d]*(?:\s\p{Lu}[\p{L}\d]*)?)\b]] },
  -- breadcrumbs: "Home > Berita > Internasional"
  { short = true, class = "navigation", pattern = [=[^(?i:home|beranda|news)\s*[>›»/|]]=] },
  -- a widget's placeholder left by the scraper: "[Gambas:Video Situs]", "[Embed:Instagram]"
  { short = true, class = "navigation", pattern = [=[^\[\p{L}+:[^\]]{1,60}\]$]=] },
  -- a channel's name alone, in the site's own casing: "situsNEWS", "situsNews"
  { short = true, class = "navigation", field = "outlet", pattern = [[^(?<value>\p{Ll}{3,}+\p{Lu}[\p{L}\d]*+)$]] },
  -- a bare site name or address: iNews.id, detik.com, https://...
  { short = true, class = "navigation", pattern = [[^https?://\S+$]] },
  { short = true, class = "navigation", pattern = [[^{domain}$]] },
}

-- Cut from the start of the first body line; (?<outlet>) and (?<place>)
-- fill meta.outlet and meta.dateline.
M.prefixes = {
  -- masthead: "WahanaNews.co.id |", "KOMPAS.com -", "Suara.com -"
  { pattern = [[^(?<outlet>{domain}){sp}*\|{sp}*]] },
  { pattern = [[^(?<outlet>{domain}){sp}*{dash}{sp}+]] },
  -- outlet first: "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -"
  { pattern = [[^(?<outlet>{domain}){sp}*,{sp}*(?<place>{place}){sp}*{dash}{sp}*]] },
  -- "Pyongyang (Lampost.co) --", "Istanbul (ANTARA) -", "Jakarta (ANTARA News) -"
  { pattern = [[^(?<place>{place})(?:{sp}*,{sp}*{place})?{sp}*\((?<outlet>[^()]{2,40})\){sp}*{dash}{sp}*]] },
  -- "PYONGYANG, iNewsSemarang.id –", "Jakarta, CNN Indonesia --", "JAKARTA, KOMPAS.com -"
  { pattern = [[^(?<place>{place}){sp}*,{sp}*(?<outlet>{domain}|\p{Lu}[\p{L}\d]+(?:\s\p{Lu}[\p{L}\d]+)?){sp}*{dash}{sp}*]] },
  -- an outlet named with a media word: "RADAR KOTA -", "HARIAN RAKYAT -", "Kota Pos -"
  -- (words taken whole, `*+`: a line that is no such opening fails at once)
  { pattern = [[^(?<outlet>(?i:harian|radar|pos|tribun|suara|warta|koran|kabar|metro|jurnal|majalah|tabloid|info)(?:{sp}+\p{Lu}[\p{L}\d]*+){1,2}|\p{Lu}[\p{L}\d]*+(?:{sp}+\p{Lu}[\p{L}\d]*+)?{sp}+(?i:news|pos|post|times|online|tv|today|daily|media)){sp}+{dash}{sp}+]] },
  -- place only: "Jakarta -", "MOSKOW -"
  { pattern = [[^(?<place>{place}){sp}+{dash}{sp}+]] },
}

-- Cut from the end of the last body line; (?<editor>) fills meta.editor.
M.suffixes = {
  { pattern = [[{sp}*\[(?<editor>[A-Za-z]{2,5}(?:/[A-Za-z]{2,5})*)\]$]] },
  { pattern = [[{sp}*\((?<editor>[a-z]{2,5}(?:/[a-z]{2,5})*)\)$]] },
  { pattern = [[{sp}*\((?:{domain})/[^()]{1,60}\)$]] },
}

-- Phrases naming the outlets an article draws on; every match of every
-- pattern in every body line counts, in order of position. A description
-- may come first: "laman resmi X", "media pemerintah Jepang X", "media
-- lokal Vietnam, X" (page.lua drops a country or a title caught at the front
-- of the name).
local DESCR = [[(?:(?i:laman|situs\s+web|situs|portal|media|kantor\s+berita|surat\s+kabar|harian|stasiun\s+televisi|stasiun\s+TV|website|akun\s+resmi)]] ..
  [[(?:\s+(?i:resmi|lokal|nasional|internasional|asing|setempat|pemerintah|negara|milik\s+pemerintah|milik\s+negara))*]] ..
  [[(?:{sp}+{place},(?={sp}*{source}{sp}*(?:[,.;(]|$)))?{sp}+(?!{weekday}))?]]
M.sources = {
  { pattern = [[(?:[dD]ilansir|[mM]elansir|DILANSIR|MELANSIR)(?:\s+(?i:dari|oleh))?{sp}+]] .. DESCR ..
      [[(?<source>{source})(?:{sp}+dari{sp}+]] .. DESCR .. [[(?<source2>{source}))?]] },
  { pattern = [[(?:[dD]ikutip|[mM]engutip|[dD]inukil|[dD]isadur|DIKUTIP|MENGUTIP)\s+(?i:dari)\s+]] .. DESCR .. [[(?<source>{source})]] },
  -- "Mengutip Al Jazeera, ...", "..., mengutip Reuters.": the outlet without "dari", the clause
  -- closing after it ("mengutip isi surat Putin" quotes a text; a person is dropped by page.lua)
  { pattern = [[(?:[mM]engutip|MENGUTIP){sp}+]] .. DESCR .. [[(?<source>{source})(?={sp}*(?:[,.;]|$))]] },
  -- "seperti dikutip AFP", "dikutip Reuters, Jumat": the outlet without "dari"
  { pattern = [[(?:[dD]ikutip|DIKUTIP)(?:\s+oleh)?{sp}+]] .. DESCR .. [[(?<source>{source})]] },
  -- "seperti ditulis X", "sebagaimana yang ditulis X" (the writer draws on X's
  -- text; "seperti dilaporkan X" only says what X reported, as annotated)
  { pattern = [[(?:[sS]eperti|[sS]ebagaimana)(?:\s+yang)?\s+ditulis(?:\s+oleh)?{sp}+]] ..
      DESCR .. [[(?<source>{source})]] },
}

-- Publication dates stated inside the article: the dateline-date form, a
-- source phrase then the weekday and date of the report: "Seperti dilansir
-- CNN, Jumat (28/7/2023)", "dikutip AFP Jumat (10/1/2020)", "Dikutip dari
-- laman X, Rabu, 10 Mei 2023", "mengutip TASS, Jumat (16/2)" (no year:
-- XXXX-02-16). Groups day, month or month_name, year (optional). The first
-- match in the body counts.
M.published = {
  { pattern = [[(?:[dD]ilansir|[mM]elansir|[dD]ikutip|[mM]engutip|[dD]ilaporkan|[mM]elaporkan|DILANSIR|MELANSIR|DIKUTIP|MENGUTIP)\b(?:[^.()]|\.(?=\S)){0,80}?{sp}*{weekday}{sp}*(?:\((?<day>\d{1,2})/(?<month>\d{1,2})(?:/(?<year>\d{4}))?\)|,?{sp}*(?<day>\d{1,2}){sp}+(?<month_name>{month})\.?{sp}+(?<year>\d{4}))]] },
}

return M
