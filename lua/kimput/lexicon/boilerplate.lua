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
--   {zone}    WIB, WITA, WIT, GMT, GMT+7, UTC+07:00    {dash} - -- – —   {sp} a space or no-break space
--   {place}   one to three capitalised words (Jakarta, Kuala Lumpur, PYONGYANG)
--   {domain}  a site name with a dot, two to five labels (Lampost.co, KOMPAS.com, humas.kota.jatengprov.go.id)
--   {source}  a source name: capitalised words (CNN, The Korea Herald), a
--             domain (inews.co.uk), a lower-case *com name (detikcom) or a channel's in camel case (situsFinance)
--
-- Fields of a `lines` entry:
--   class    body, headline, timestamp, dateline, caption, credit, related,
--            navigation, hashtags
--   pattern  the PCRE2 pattern
--   field    the meta field the line states (editor, translator, sources,
--            outlet, published, headline; relayed: the outlet whose reporter
--            wrote it, a source when the page names another): the group (?<value>...) when the pattern has
--            one, else the text of the next line (a label such as EDITOR)
--   next     the class of the line that follows (the headline after a bare
--            "Baca Juga:", the name after "EDITOR")
--   updated  a timestamp of a later update, used only when no other is found
--   next_paragraph  `next` applies even when the next line is a paragraph
--   short    page furniture only: never tried on a paragraph (six words or
--            more ending with a period) or a line over 512 bytes
--   tail     a rule without ^ that matches near the line's end (a photo
--            credit): searched only over the line's last 160 bytes
--   box      "open": the first line of a box between paragraphs, "close": its last; the
--            lines between an opening and the closing of the same (?<value>) below it are
--            navigation (a closing line with no opening above it is body)
-- The rules are compiled together in C (docs/page.md): use named groups,
-- and start a rule that searches with a literal or a small class rather
-- than (?i:...) or \b, so that PCRE2 can skip to where it may start. A rule
-- that only classes its line (no named group) reaches a later word lazily
-- (.{0,100}? or .*?, not .{0,100}): the first place the word is found
-- decides, where a greedy quantifier reads to the line's end and tries the
-- word's alternatives at every place back from there.
-- luacheck: no max line length
local M = {}

-- The parts of a time stamp line around its date. Before: a byline or site
-- name ended by a bar, comma or dash ("Nama Penulis - ", "Situs.com | "; the
-- outlet's channel after the dash: "Nama Penulis - situsNews Kamis, ..."), the clock time first
-- ("15:20 WIB, Rabu 6 Maret 2024", "15.20 (WIB) Rabu, 06/03/2024", after a label: "Dipublikasikan 15:20 WIB, ..."),
-- a hyphen glued to the weekday ("Nama Penulis , Jurnalis-Selasa, 11 Maret 2025 |16:12 WIB"),
-- "Oleh Nama pada ", "Diposting oleh Nama pada ", "Upload by Nama - " (the byline's name closed by a dash),
-- a gallery's count of photos ("40 Foto Rabu, 7 Agustus 2019 15:19 WIB"), a dash or bar left of a byline on the line above ("- 12 Maret
-- 2024, 14:05 WIB"), a label ("Diterbitkan: ", "Dipublikasikan pada ",
-- "Dipublikasikan pada : ", "Dibuat: ", "Tanggal terbit: ", "Waktu tayang: ", "Pada: "; "Tanggal: 17 Agustus 2024" alone
-- may be an item of an event's details in the article, "Hari/Tanggal: ...").
-- After: the clock time and its zone (WIB, "02:05 PM", "02:05 PM WIB", "+0700", "GMT+7", both: "09:30 WIB (GMT+7)";
-- in brackets: "(14:05 WIB)", "14:05 (WIB)"), then what
-- follows a bar or a dot, a reading time after a dash, an update, the
-- writer after "by" or "oleh" ("Posted on 7 Maret 2024 by admin"; after a role word, a colon or a dash: "... 07:05 WIB
-- Jurnalis - Nama"), a theme's counts of comments and views after the
-- clock time, then the writer ("Rabu, 4 Okt 2023 09:05 2 340 Admin Situs"), or an
-- image path stuck to the zone.
-- "Artikel ini telah tayang di X", "Berita ini sudah dimuat di X", "Konten ini pernah terbit di X"
-- (other subjects need "telah", "sudah" or "pernah": "Berita ini diterbitkan KCNA ..." is a sentence;
-- the preposition is left to the rules, which read the outlet after it)
local REPUBLISHED = [[(?i:artikel\s+ini\s+(?:(?:telah|sudah|pernah|juga|sebelumnya)\s+)*(?:tayang|terbit|dimuat)\b|]] ..
  [[(?:artikel|berita|tulisan|konten|naskah)\s+ini\s+(?:telah|sudah|pernah)\s+(?:(?:juga|sebelumnya)\s+)?]] ..
  [[(?:tayang|terbit|dimuat|ditayangkan|diterbitkan)(?=\s+(?:di|pada|dalam|dengan)\b))]]

-- agencies' and photos' credits in brackets, in capitals, that name no editor: "(AFP)", "(Ant)", "(Ist)", "(Red)"
local CAPITAL_CREDITS = [[(?:AFP|AP|EPA|KCNA|TASS|ANT|Ant|RTR|Rtr|BBC|CNN|VOA|DW|IST|Ist|ADV|Adv|DOK|Dok|FOTO|Foto|RED|Red|Net|NET)]]

-- a byline's names after the stamp: "- Nama Penulis", "- Nama Penulis, Nama Lain"
local NAMES = [[\p{Lu}[\p{L}.'’-]*+(?:{sp}+\p{Lu}[\p{L}.'’-]*+){0,4}(?:{sp}*(?:,|&|dan){sp}*\p{Lu}[\p{L}.'’-]*+(?:{sp}+\p{Lu}[\p{L}.'’-]*+){0,4}){0,3}]]
-- (an icon font's name leaking into the text before the date: "- calendar_today Sel, 5 Mar 2024")
local STAMP_BEFORE = [[(?:{dash}{sp}*|[|·•●]{sp}*)?(?:\p{Ll}++(?:_\p{Ll}++)++{sp}+)?(?:(?:[^|·•●\n]{1,60}+[|·•●]{sp}*){1,3}|(?:{domain}|\p{Lu}[\p{L}\d.'’]*+(?:{sp}\p{Lu}[\p{L}\d.'’]*+){0,3}(?:{sp}*,{sp}*\p{Lu}[\p{L}\d.'’]*+(?:{sp}\p{Lu}[\p{L}\d.'’]*+){0,3}(?={sp}*(?:{dash}|-{weekday})))?){sp}*(?:,|{dash}|-(?={weekday})){sp}*(?:\p{Ll}++\p{Lu}[\p{L}\d]*+{sp}+)?|\p{Lu}\p{Ll}++(?:{sp}\p{Lu}\p{Ll}++){0,2}{sp}+(?=\d{1,2}{sp}+{month}\.?,?{sp}+\d{4},?{sp}+\d{1,2}[:.]\d{2}\b)|(?i:(?:ditulis|diposting|dipost|diunggah|diupload|diterbitkan|dipublikasikan|posted|written|published|uploaded|upload)\s+)?(?i:oleh|by){sp}+[^|\n]{1,60}?(?:{sp}(?i:pada|on){sp}+|{sp}*,{sp}*(?={weekday}|\d)|{sp}{dash}{sp}*(?={weekday}|\d))|\d{1,5}{sp}+(?i:foto|photos?){sp}+(?={weekday}|\d))?]] ..
  [[(?:(?i:dipublikasikan|dipublikasi|diterbitkan|published|publish|dipublish|publikasi|terbit|posted|tayang|diunggah|dimuat|diposting|dirilis|rilis|dibuat|disiarkan|pada(?=\s*:)|(?:tanggal|tgl\.?|waktu)\s+(?:terbit|tayang|publikasi))\s*:?(?:{sp}+(?i:pada|on)\s*:?)?{sp}*)?]] ..
  [[(?:(?:(?i:pukul|jam){sp}*)?{time}{sp}*(?:(?i:{zone})|\((?i:{zone})\))?{sp}*(?:[,/-]|{dash})?{sp}*)?(?:(?:{weekday}|(?i:mon|tue|wed|thu|fri|sat|sun)\b\.?){sp}*,?{sp}*)?]] ..
  -- (the Hijri date first: "Rabu, 5 Zulhijah 1445 H / 12 Juni 2024")
  [[(?:\d{1,2}{sp}+\p{Lu}[\p{L}'’]+(?:{sp}+\p{Lu}\p{L}+)?{sp}+1[34]\d\d(?:{sp}*H\b\.?)?{sp}*[/|,]{sp}*)?]]
local STAMP_AFTER = [[(?:{sp}*[,|•·–—/@-]?{sp}*\(?(?:(?i:pukul|jam|at){sp}*)?{time}(?:{sp}*(?:(?i:{zone})(?:{sp}*\((?i:{zone})\))?|\((?i:{zone})\)|(?i:[ap]\.?m\b\.?)(?:{sp}*(?i:{zone}))?|[+-]\d{2}:?\d{2}\b|(?:JST|KST|SGT|MYT)\b|\(?(?i:waktu){sp}+(?:(?i:setempat)|\p{Lu}\p{Ll}+)\)?))?\)?)?]] ..
  [[(?:{sp}*[|·•].*|{sp}+{dash}{sp}+(?i:dibaca|baca|waktu\s+baca|\d+\s*menit)\b.*|{sp}+(?i:dibaca|waktu\s+baca|lama\s+baca|\d+\s*menit\s+(?:baca|membaca))\b.*|{sp}+(?:{dash}{sp}*|/{sp}*|\()?(?i:diperbarui|diperbaharui|diupdate|updated?|pembaruan|pembaharuan|last\s+updated?|terakhir\s+diperbarui)\b.*|]] ..
  [[{sp}+{dash}{sp}+]] .. NAMES .. [[|,?{sp}+(?:{dash}{sp}*)?(?i:by|oleh|penulis|reporter|pewarta|jurnalis|wartawan)(?:{sp}*(?::|{dash}))?{sp}+\p{L}[^|]{0,60}|(?<=WIB|WITA|WIT){sp}+\d{1,7}|(?<=\d\d){sp}+\d{1,7}{sp}+\d{1,7}(?:{sp}+]] .. NAMES .. [[)?|\S*)$]]

-- the news agencies: their credits close articles ("(AFP/Reuters)"), their names alone say they report
-- ("Xinhua melaporkan"; "Polisi melaporkan" is none)
local AGENCY = [[(?:AFP|AP|Reuters|REUTERS|EPA|Xinhua|XINHUA|Yonhap|YONHAP|Sputnik|TASS|Anadolu|KCNA|Kyodo|Bernama|BERNAMA|ANTARA|Antara)]]

-- an outlet's name with a media word in it, within a credit's part ("Warta Kota", "Kabarkota", "RADAR KOTA", "Kota
-- Pos"; not "Wartawan"), the part's name and outlet (up to four and three capitalised words)
local MEDIA_IN = [[[^/()]*?(?:(?i:warta(?!wan)|kabar|berita|suara|harian|koran|radar|media|tribun|news|times|radio|]] ..
  [[online|portal)|\b(?i:pos|post|info|tv|fm)\b)]]
local CREDIT_NAME = [[\p{Lu}[\p{L}.'’-]*+(?:{sp}\p{Lu}[\p{L}.'’-]*+){0,3}]]
local CREDIT_OUTLET = [[\p{Lu}[\p{L}\d]*+(?:{sp}\p{Lu}[\p{L}\d]*+){0,2}]]

M.lines = {
  -- related articles ----------------------------------------------------------
  { class = "related", next = "related",
    pattern = [[^(?i:baca\s+juga|baca|lihat\s+juga|simak\s+juga|tonton\s+juga|baca\s+pula|artikel\s+terkait|pilihan\s+editor|pilihan\s+untuk(?:mu|\s+anda)|rekomendasi\s+untuk(?:mu|\s+anda)|(?:artikel|berita)\s+(?:selanjutnya|berikutnya|sebelumnya))\s*:?$]] },
  -- "Opini Menarik: ...", "Berita Lainnya: ..."; the next article's title: "Selanjutnya: Judul", "Menarik Dibaca: Judul"
  -- (a multi-page article's next page: "Halaman selanjutnya: Judul")
  { short = true, class = "related",
    pattern = [[^(?:\p{L}+\s+(?i:menarik|terkait|lainnya|pilihan|populer)|(?i:halaman\s+(?:selanjutnya|berikutnya)|selanjutnya|menarik\s+dibaca|wajib\s+dibaca|jangan\s+lewatkan))\s*:\s*\S]] },
  -- (also in brackets: "(Baca juga: Judul)", "[baca juga : Judul]"; the label with a letter lost or glued:
  -- "BACA JUA: Judul", "Bacajuga: Judul")
  { class = "related",
    pattern = [[^[(\[]?(?i:baca\s*(?:juga|jua|jga|jug|uga)|bca\s+juga|bac\s+juga|lihat\s+juga|simak\s+juga|tonton\s+juga|baca\s+pula|baca|read\s+also|artikel\s+terkait|pilihan\s+editor|berita\s+terkait|simak\s+video|tonton\s+video|jangan\s+lewatkan)\s*:\s*\S]] },
  -- (with no colon, a blog's inline box: "Baca Juga  Judul Berita", "BACA JUGA >> Judul", "(Baca juga Judul)": the
  -- title capitalised, no period closing it; "Baca juga pengumuman di laman panitia." is a sentence)
  { class = "related",
    pattern = [[^[(\[]?(?i:baca\s+juga|lihat\s+juga|simak\s+juga|baca\s+pula|read\s+also|artikel\s+terkait|berita\s+terkait)(?:{sp}*(?:[»›>|]{1,3}|{dash}))?{sp}+(?=[\p{Lu}\d"“‘'])[^\n]{8,200}(?<![.,;:])(?:\)|\])?$]] },
  -- (the label in capitals is no sentence's opening: the title may close with a period, "BACA JUGA  Judul Berita.")
  { class = "related",
    pattern = [[^[(\[]?(?-i:BACA\s+JUGA|LIHAT\s+JUGA|SIMAK\s+JUGA|BACA\s+PULA)(?:{sp}*(?:[»›>|]{1,3}|{dash}))?{sp}+(?=[\p{Lu}\d"“‘'])[^\n]{8,200}$]] },
  -- a box's link to the outlet's other news, no sentence: "Berita viral lainnya di Kabar Kota", "Artikel menarik
  -- lainnya di Situs.com"
  { short = true, class = "navigation",
    pattern = [[^(?i:berita|artikel|info|informasi|kabar)(?:{sp}+\p{L}+){0,2}?{sp}+(?i:lainnya)(?:{sp}+(?i:hanya))?{sp}+(?i:di|dari)\s+(?:{domain}|\p{Lu}[\p{L}\d]*+(?:{sp}\p{Lu}[\p{L}\d]*+){0,3})$]] },
  -- a link to the topic's other articles: "Baca juga artikel terkait BANJIR atau tulisan lainnya dari Nama",
  -- "Baca juga berita terkait lainnya di sini" (no sentence's end)
  { class = "navigation",
    pattern = [[^(?i:baca\s+juga|baca)\s+(?i:artikel|berita|tulisan)\s+(?i:terkait|lainnya|lain)\b[^.!?]{0,120}$]] },
  { class = "related", pattern = [[^(?i:lihat\s+juga|simak\s+juga|tonton\s+juga|saksikan\s+juga)\s+(?i:video|foto|berita|artikel)\b]] },
  -- the reader asked to follow the story on the site: "Ikuti perkembangan berita ini di situsku", "Simak berita
  -- terbaru lainnya hanya di Situs.com" (the site's name last, no sentence's end); the site's address there names
  -- the outlet, after a channel too: "Ikuti berita menarik lainnya di Google News Situsku.id"
  { short = true, class = "navigation", field = "outlet",
    pattern = [[^(?i:ikuti|pantau|simak)\s+(?:(?i:terus)\s+)?(?:(?i:perkembangan)\s+)?(?i:berita|informasi|update|kabar)\s+(?:(?i:ini|terbaru|terkini|lainnya|menarik)\s+){0,2}(?:(?i:hanya)\s+)?(?i:di|dari|melalui)\s+(?:(?i:google\s+news|whatsapp(?:\s+channel)?|telegram|situs|laman|portal)\s+)?(?<value>{domain})\s*\.?$]] },
  { short = true, class = "navigation",
    pattern = [[^(?i:ikuti|pantau|simak)\s+(?:(?i:terus)\s+)?(?:(?i:perkembangan)\s+)?(?i:berita|informasi|update|kabar)\s+(?:(?i:ini|terbaru|terkini|lainnya|menarik)\s+){0,2}(?:(?i:hanya)\s+)?(?i:di|dari|melalui)\s+\S+(?:\s+\S+){0,3}$]] },
  -- the reader asked about a video below: "Kamu Sudah Menonton Video Terbaru Berikut ini?", "Sudah nonton video ini?"
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:kamu|anda)\s+)?(?i:sudah|udah)\s+(?i:menonton|nonton|melihat|lihat)\s+(?i:video)\b[^.!?]{0,60}\?$]] },
  -- an advertised link between paragraphs: "Promosi Merek Mobil: Lincah untuk Kota, Lega buat Keluarga" (a label
  -- and a capital after its colon; "Promosi jabatan dilakukan ..." is a sentence)
  { short = true, class = "related", pattern = [[^(?:Promosi|PROMOSI|Advertorial|ADVERTORIAL)\s+\p{Lu}[^:.]{0,60}:\s*\p{Lu}]] },
  -- a video's title on a line of its own: "Video: Judul Video" (short: no paragraph)
  { short = true, class = "related", pattern = [[^(?i:video|tonton\s+video|saksikan\s+video)\s*:\s*\S]] },

  -- credits: editor, translator, writer, source, copyright ---------------------
  { short = true, class = "credit", field = "editor", next = "credit",
    pattern = [[^(?i:editor|redaktur|penyunting|editing)\s*:?$]] },
  { short = true, class = "credit", field = "translator", next = "credit",
    pattern = [[^(?i:penerjemah|alih\s+bahasa|translator)\s*:?$]] },
  -- the editor, then the date after a bar or a dash: "Editor : Nama | Rabu, 27 Maret 2024 - 16:10 WIB" (a
  -- time stamp that names the editor)
  { short = true, class = "timestamp", field = "editor",
    pattern = [[^(?i:editor|redaktur|penyunting)\s*:\s*(?<value>[^|\n]{1,80}?){sp}*(?:\||{sp}{dash}|,){sp}*(?:{weekday}{sp}*,?{sp}*)?(?:{date}|{numdate})(?:{sp}*[,|•·–—-]?{sp}*(?:(?i:pukul|jam){sp}*)?{time}(?:{sp}*{zone})?)?(?:{sp}*\|.*)?$]] },
  -- (the name ends at a bar, a bracket, the next label (after a comma or spaces only) or the site after a dash:
  -- "Editor: A (abc)", "Editor: A, Penulis: B", "Editor : A Penulis : B Publish : C", "Editor: A - Situs.com", a view counter, "Redaktur: A - 53"; the editor who reported too:
  -- "Redaktur & Reporter : A"; a period typed before the colon: "Editor. :A"; the next label glued to the name by the
  -- scraper: "Editor : Nama OrangEditor Kota", "Editor: Nama OrangSumber: X")
  { short = true, class = "credit", field = "editor",
    pattern = [[^(?:[|·•]\s*|-\s+)?(?i:editor|redaktur|penyunting|editing|red)(?:\s*(?:&|dan)\s*(?i:reporter|penulis|pewarta))?\.?\s*(?:\|\s*)?:\s*(?:\|\s*)?(?<value>[^|(]+?)\s*(?:[|(].*|(?:,\s*|\s+)(?i:penulis|reporter|pewarta|sumber|fotografer|foto|penerjemah)\s*:.*|{sp}{dash}{sp}*(?:{domain}|\d{1,6})|(?<=\p{Ll})(?:Editor|Redaktur|Penulis|Reporter|Pewarta|Sumber|Fotografer)\b.*)?$]] },
  -- "Diedit oleh Nama", "Disunting oleh: Nama"
  { short = true, class = "credit", field = "editor",
    pattern = [[^(?i:diedit|disunting|diedit\s+dan\s+disunting)\s+(?i:oleh)\s*:?\s*(?<value>\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,4})$]] },
  { short = true, class = "credit", field = "translator",
    pattern = [[^(?i:penerjemah|alih\s+bahasa|translator|diterjemahkan\s+oleh)\s*:\s*(?<value>[^|(]+?)\s*(?:[|(].*|,\s*(?i:penulis|reporter|pewarta|sumber|editor|redaktur)\s*:.*)?$]] },
  -- "Editor Nama Orang" without a colon (the label glued to the name by the scraper: "EditorNama Orang")
  { short = true, class = "credit", field = "editor",
    pattern = [[^(?:[|·•]\s*)?(?i:editor|redaktur|penyunting)(?:\s+|(?=\p{Lu}\p{Ll}))(?<value>\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,4})$]] },
  -- the name before its label, one credit a line: "Nama Orang Editor" (under "Nama Lain Reporter"; a box's label,
  -- "Berita Pilihan Editor", "Catatan Editor", is no name)
  { short = true, class = "credit", field = "editor",
    pattern = [[^(?!(?:\S+\s+){0,3}(?i:pilihan|rekomendasi|catatan|surat|pesan|kata|berita|artikel|tim|editor|redaktur|penyunting|penulis|reporter)\s)(?<value>\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){1,3})\s+(?:Editor|Redaktur|Penyunting)$]] },
  -- "Penulis: A | Editor: B", "Rep: A/ Red: B" (an English-language page's "Writer: A | Editor: B"; the label glued
  -- to the writer's last name by the scraper: "Penulis: Nama OrangEditor: B")
  { short = true, class = "credit", field = "editor",
    pattern = [[^\(?(?i:penulis|reporter|rep|pewarta|wartawan|jurnalis|kontributor|laporan|teks|text|writer|author)\s*:[^|/]*?(?:[|/,]|\s|(?<=\p{Ll})(?=Editor|Redaktur|EDITOR))\s*(?i:editor|redaktur|red)\s*:\s*(?<value>[^|()]+?)\s*\)?(?:\|.*)?$]] },
  -- the same without colons, the labels capitalised: "Penulis A | Editor B", "Oleh A | Editor: B"
  { short = true, class = "credit", field = "editor",
    pattern = [[^(?:Penulis|Reporter|Pewarta|Wartawan|Kontributor|Oleh)\s+\p{Lu}[^|/:]*?\s*[|/]\s*(?:Editor|Redaktur)(?:\s*:)?\s+(?<value>\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,4})\s*$]] },
  -- the writer's names without a label, then the editor's after a bar or a dash: "Nama Penulis | Editor: Nama",
  -- "Nama Satu, Nama Dua - Editor Nama" (capitalised names only before it, up to four; a box's "Editor Pilihan"
  -- after the bar is no name)
  { short = true, class = "credit", field = "editor",
    pattern = [[^\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,3}(?:\s*(?:,|&|dan)\s*\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,3}){0,3}\s*(?:[|/·•]|{dash})\s*(?:Editor|EDITOR|Redaktur|Penyunting)(?:\s*:)?\s+(?!(?i:pilihan|choice|picks?)\b)(?<value>\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,4})\s*$]] },
  -- a byline's label, the writer and the site after a dash: "Oleh: Nama Penulis - situsJabar", "Oleh Nama -
  -- Situs.com" (the site names the outlet)
  { short = true, class = "credit", field = "outlet",
    pattern = [[^(?:Oleh|OLEH|By|Penulis|Reporter|Pewarta)\s*:?\s*\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,3}{sp}{dash}{sp}*(?<value>{domain}|\p{Ll}++\p{Lu}[\p{L}\d]*+)$]] },
  -- a byline without a colon, names only: "Penulis Nama Orang", "Reporter Nama, Nama Lain" (up to four
  -- capitalised words a name: not the page's headline, though a title-shaped line above the page date; also
  -- "Oleh Nama Orang", "By Nama Orang", "Laporan oleh Nama Orang", "Ditulis oleh Nama Orang");
  -- the desk as the byline: "Tim Redaksi", "Redaksi Situsku"
  { short = true, class = "credit",
    pattern = [[^(?:(?:Penulis|Reporter|Pewarta|Kontributor|Fotografer|Oleh|By|(?:Laporan|Dilaporkan|Ditulis|Liputan)\s+(?i:oleh))\s+\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,3}(?:\s*(?:,|&|dan)\s*\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,3})*|(?i:tim\s+redaksi)(?:\s+\p{Lu}[\p{L}\d.]*+){0,2}|(?i:redaksi)(?:\s+\p{Lu}[\p{L}\d.]*+){1,2})$]] },
  -- (a date after a bar or a dash makes the line a time stamp: "Reporter : A | Kamis, 14 Maret 2024 10:15",
  -- "Oleh: A - 12 Juli 2024 14:05 WIB", "Reporter: A | Senin, 18/03/2024 10:15 WIB")
  { short = true, class = "credit",
    pattern = [[^(?i:penulis|reporter|rep|pewarta|peliput|wartawan|jurnalis|kontributor|laporan(?:\s+wartawan)?|oleh|writer|author|fotografer|videografer|foto\s*(?:&|dan)\s*teks|teks\s*(?:&|dan)\s*foto|teks|text)\s*:(?![^|\n]{0,80}?(?:\||{sp}{dash}|,){sp}*(?:{weekday}{sp}*,?{sp}*)?(?:{date}|{numdate}))]] },
  { short = true, class = "timestamp",
    pattern = [[^(?i:penulis|reporter|rep|pewarta|wartawan|jurnalis|kontributor|laporan|oleh|writer|author)\s*:[^|\n]{1,80}?(?:\||{sp}{dash}|,){sp}*(?:{weekday}{sp}*,?{sp}*)?(?:{date}|{numdate})(?:{sp}*[,|•·–—-]?{sp}*(?:(?i:pukul|jam){sp}*)?{time}(?:{sp}*{zone})?)?(?:{sp}*\|.*)?$]] },
  -- a bare label with the name on the next line: "Oleh" / "NAMA PENULIS"
  { short = true, class = "credit", next = "credit",
    pattern = [[^(?i:penulis|reporter|pewarta|peliput|wartawan|kontributor|oleh|fotografer|videografer)\s*:?$]] },
  -- (the label as a sentence's opening, its name under it: "Artikel ini ditulis oleh:" / "Nama Penulis")
  { short = true, class = "credit", next = "credit",
    pattern = [[^(?i:artikel|berita|tulisan|naskah)\s+(?i:ini)\s+(?i:ditulis|disusun|dibuat)\s+(?i:oleh)\s*:?$]] },
  -- an article's information box, a label and its value on one line: "Penulis, Nama Wartawan", "Peranan, Wartawan
  -- Situs" (never the headline)
  { short = true, class = "credit",
    pattern = [[^(?:Penulis|Peranan|Jabatan|Author|Role|Melaporkan\s+dari|Reporting\s+from),{sp}*\p{Lu}[^,.]{0,80}$]] },
  -- bylines: "Laporan Wartawan Tribun X Nama", "Nama, Jurnalis", "Nama | Nama | Situs.com"
  -- (the reporter's outlet: an address, "Tribun" and its region, or the words before a comma)
  { short = true, class = "credit", field = "relayed",
    pattern = [[^(?i:laporan\s+(?:wartawan|reporter|koresponden|jurnalis|kontributor))\s+(?<value>{domain}|Tribun\s?\p{Lu}\p{L}*+|\p{Lu}[\p{L}\d.]*+(?:{sp}\p{Lu}[\p{L}\d.]*+){0,2}(?={sp}*,))]] },
  { short = true, class = "credit", pattern = [[^(?i:laporan\s+(?:wartawan|reporter|koresponden|jurnalis|kontributor))\b]] },
  { short = true, class = "credit",
    pattern = [[^\p{Lu}[\p{L}.'’ -]{2,60}+,{sp}*(?i:jurnalis|wartawan|reporter|kontributor|penulis|koresponden)$]] },
  -- (names: up to four capitalised words; "Judul Berita ke Moskow | Situs.com" and
  -- "Pemkot Tambah Bus Sekolah Gratis | Situs.com" are page titles)
  { short = true, class = "credit",
    pattern = [[^(?:{sp}*\p{Lu}[\p{L}.'’-]*+(?:{sp}+\p{Lu}[\p{L}.'’-]*+){0,3}{sp}*\|)++{sp}*{domain}$]] },
  -- "News - haa, CNBC Indonesia": a channel, the writer's initials and the outlet
  { short = true, class = "credit", field = "outlet",
    pattern = [[^\p{L}+{sp}*{dash}{sp}*(?:[a-z]{2,5}(?:/[a-z]{2,5})?|\p{Lu}[\p{L}.'’-]*+(?:{sp}\p{Lu}[\p{L}.'’-]*+){0,3}),{sp}*(?<value>\p{Lu}[\p{L}\d.]*(?:{sp}\p{Lu}[\p{L}\d.]*){0,2})$]] },
  -- "Tim situscom - situsNews", "Nama Penulis - situsNews": the byline and the outlet's channel
  { short = true, class = "credit", field = "outlet",
    pattern = [[^\p{L}[\p{L}.'’ ]{1,60}?{sp}{dash}{sp}*(?<value>\p{Ll}++\p{Lu}[\p{L}\d]*+)$]] },
  -- "Disclaimer: ..." under the article; a syndication note: "Artikel ini merupakan bagian dari Situsku Network",
  -- "Artikel ini merupakan terjemahan dari X" (X: a source, as the outlet of a republished note)
  { class = "credit",
    pattern = [[^(?:(?i:disclaimer)\s*:|(?i:artikel|berita|konten|tulisan)\s+ini\s+(?i:merupakan|adalah)\s+(?:(?i:bagian\s+dari|hasil\s+kerja\s*sama|kerja\s*sama|konten\s+kerja\s*sama)\b|(?i:terjemahan\s+dari)\b(?:{sp}+(?:(?i:laman|situs|media|kantor\s+berita)\s+)?(?<outlet>{domain}|\p{Lu}[\p{L}\d]*+(?:{sp}\p{Lu}[\p{L}\d]*+){0,2}))?))]] },
  -- a note on the article itself, a correction or the desk's note: "Ralat: Artikel ini telah diperbaiki ...",
  -- "Koreksi: Sebelumnya tertulis ...", "Catatan redaksi: Judul artikel ini telah diubah ...", "Catatan Editor: ...",
  -- "Editor's note: ..." (a correction names what it corrects: the article, a title, what was written)
  { class = "credit",
    pattern = [[^(?:(?i:catatan\s+(?:redaksi|editor|penyunting|penulis)|editor'?s\s+note|note\s+from\s+the\s+editor)\s*:|\(?(?i:ralat|koreksi|correction)\s*:(?=.{0,160}?\b(?i:artikel|berita|judul|tertulis|ditulis|kesalahan|redaksi|sebelumnya|diperbaiki|article|previously)\b))]] },
  -- a foreign bureau's desk initials and the agencies it drew on, alone under the article: "ae/hp (dpa, Reuters)"
  { short = true, class = "credit", field = "sources",
    pattern = [[^[a-z]{2,4}(?:/[a-z]{2,4}){1,3}{sp}+\((?<value>[A-Za-z]{2,10}(?:{sp}*[,/]{sp}*[A-Za-z]{2,10}){0,4})\)$]] },
  -- who made the page's text: "Konten ini diproduksi oleh Kabar Kota", "Artikel ini diproduksi oleh Situs
  -- Indonesia", "Konten ini dibuat dengan dukungan dari Kantor Berita X" (a name, then the line ends); who paid
  -- for it: "Konten ini disponsori oleh Bank X", "Artikel ini didukung oleh PT X"
  { class = "credit",
    pattern = [[^(?i:artikel|berita|konten|tulisan|liputan)\s+ini\s+(?i:diproduksi|dibuat|ditulis|disajikan|disediakan|dipersembahkan|disponsori|didukung)\s+(?i:oleh|dengan\s+dukungan(?:\s+dari)?|atas\s+dukungan(?:\s+dari)?|bekerja\s*sama\s+dengan|atas\s+kerja\s*sama\s+dengan)\s+\p{Lu}[^.]{0,60}\.?$]] },
  -- ("Sumber(s): X", the label of a bilingual layout, too; an English-language page's "Source: X")
  { class = "credit", field = "sources",
    pattern = [[^\(?(?i:sumber(?:\(s\)|\s+(?:berita|artikel|tulisan))?|source)\s*(?:\|\s*)?:\s*(?:\|\s*)?(?<value>[^()|]{1,120}?)\)?(?:{sp}*\|.*)?$]] },
  -- an agency's credit alone closing the article, "(Reuters)", "(AFP/Reuters)": its sources
  { short = true, class = "credit", field = "sources",
    pattern = [[^\((?<value>]] .. AGENCY .. [[(?:{sp}*/{sp}*]] .. AGENCY .. [[){0,3})\)\.?$]] },
  -- "(Dikutip dari Kantor A dan B)", "Disadur dari laman situs.com": a source line alone (names only,
  -- so that "Dikutip dari X, Kim menolak ..." stays a sentence)
  { class = "credit", field = "sources",
    pattern = [[^\(?(?i:dikutip|disadur|dilansir|diolah|dirangkum|disarikan|diterjemahkan)\s+(?i:dari)\s*:?\s+(?:(?i:laman|situs|media|kantor\s+berita)\s+(?:(?i:resmi)\s+)?)?(?<value>{source}(?:{sp}*(?:,|&|(?i:dan)){sp}*{source}){0,4})\)?\.?$]] },
  -- a site's notice that it carries only part of the news its subscribers get: "Situs web Kantor X hanya memuat
  -- sebagian berita yang disajikan kepada pelanggan ..., dan dalam bentuk ringkasan."
  { class = "credit",
    pattern = [[^(?:Situs|SITUS|Laman|LAMAN|Website|WEBSITE|Portal|PORTAL)\b[^.]{0,80}?\b(?i:hanya\s+(?:memuat|menampilkan|menyajikan|menerbitkan|memublikasikan|mempublikasikan))\b[^.]{0,200}?\b(?i:pelanggan|ringkasan)\b]] },
  -- a copy notice: "Dilarang mengambil dan/atau menayangkan ulang ... tanpa seizin redaksi"
  { class = "credit",
    pattern = [[^(?i:dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|memperbanyak|menayangkan|mereproduksi|menerbitkan))\b.*?(?i:artikel|konten|berita|tulisan).*?(?i:redaksi|izin|hak\s+cipta)]] },
  -- an author's bio under its label; a footnote on the writer under an opinion: "*Penulis adalah dosen ..."
  -- (also after "*)": "*) Penulis adalah ..."); the writer answers for it: "Tulisan ini sepenuhnya menjadi tanggung
  -- jawab penulis."
  { class = "credit", pattern = [[^\*{1,2}\)?{sp}*(?i:penulis|the\s+writer|the\s+author)\s+(?i:adalah|merupakan|is)\b]] },
  { class = "credit",
    pattern = [[^(?i:(?:isi\s+)?(?:tulisan|artikel|opini|konten|kolom)\s+ini\s+(?:sepenuhnya\s+|sepenuhnya\s+menjadi\s+|menjadi\s+|merupakan\s+)?tanggung\s*jawab\s+(?:penulis|pribadi))\b[^.]{0,80}\.?$]] },
  -- a reader's or a contributor's piece: "Artikel ini merupakan kiriman pembaca, isi sepenuhnya menjadi tanggung
  -- jawab penulis."
  { class = "credit",
    pattern = [[^(?i:(?:tulisan|artikel|opini|konten|kolom)\s+ini\s+(?:merupakan|adalah)\s+(?:kiriman|tulisan|karya)\s+(?:pembaca|warga|netizen|kontributor|mahasiswa))\b[^.]{0,160}\.?$]] },
  { short = true, class = "credit", next = "credit", next_paragraph = true,
    pattern = [[^(?i:tentang\s+penulis|profil\s+penulis|about\s+the\s+author)\s*:?$]] },
  -- (the name stops at a period that ends it: "© 2024 Situsku.id. All Rights Reserved", or at the rights;
  -- up to four capitalised words, a company's "PT" and a "by" before it left out: "Copyright © 2024 PT Kabar
  -- Kota Raya" -> "Kabar Kota Raya"; the rights' own word names no outlet: "Hak cipta dilindungi", the Malay
  -- "Hak cipta terpelihara", "Copyright reserved"; nor the label again: "© Copyright 2024, All Rights Reserved")
  -- (the site's footer, a year by the sign or the word: "Copyright © 2024 Situsku.com", "© 2024 Kabar Kota": the
  -- article does not go on past it, below two paragraphs, unless a paragraph and another follow, as under a
  -- photo's "© Nama/Situs"; a render time under it, "read/ rendering in 0.15 seconds", is none of it)
  { class = "credit", field = "outlet", ends = "soft",
    pattern = [[^(?:\d{4}{sp}*©|(?:(?i:copyright|hak\s+cipta)\s*)?(?:©|\((?i:c)\))\s*\d{4}(?:\s*{dash}\s*\d{4})?|(?i:copyright|hak\s+cipta)\s+\d{4}(?:\s*{dash}\s*\d{4})?)\s*(?:(?i:by)\s+)?(?:PT\.?\s+)?(?!(?i:all\s+rights|dilindungi|terpelihara|reserved|copyright|hak\s+cipta)\b)(?<value>\p{L}[\p{L}\d&-]*+(?:\.[\p{L}\d][\p{L}\d&-]*+)*(?:\s(?!(?i:all\s+rights|hak\s+cipta)\b)\p{Lu}[\p{L}\d&-]*+(?:\.[\p{L}\d][\p{L}\d&-]*+)*){0,3})]] },
  { class = "credit", field = "outlet",
    pattern = [[^(?:\d{4}{sp}*(?=©))?(?:(?:©|\((?i:c)\)(?=\s*\d{4}))\s*(?:(?i:copyright|hak\s+cipta)\s*)?|(?i:copyright|hak\s+cipta)(?!{sp}+(?!(?i:dilindungi)\b)\p{Ll}+{sp}+\p{Ll})\s*(?:©|\((?i:c)\))?)\s*(?:\d{4}(?:\s*{dash}\s*\d{4})?,?\s+)?(?:(?i:by)\s+)?(?:PT\.?\s+)?(?!(?i:all\s+rights|dilindungi|terpelihara|reserved|copyright|hak\s+cipta)\b)(?<value>\p{L}[\p{L}\d&-]*+(?:\.[\p{L}\d][\p{L}\d&-]*+)*(?:\s(?!(?i:all\s+rights|hak\s+cipta)\b)\p{Lu}[\p{L}\d&-]*+(?:\.[\p{L}\d][\p{L}\d&-]*+)*){0,3})]] },
  -- (the year may come first: "2024 © Kabar Kota"; "(c)" only before a year: "(c) Pemerintah ..." is an item of a list; "Copyright lagu itu dimiliki ...",
  -- "Hak cipta karya itu ...", lower-case words after the label, is a sentence; "All rights reserved" alone)
  { class = "credit", pattern = [[^(?:©|\((?i:c)\)\s*\d{4}|(?i:copyright|hak\s+cipta)(?!{sp}+(?!(?i:dilindungi)\b)\p{Ll}+{sp}+\p{Ll})|(?i:all\s+rights\s+reserved)\.?$)]] },
  -- the name before the sign: "Kabar Kota © 2024" (also "Kabar Kota © 2024. All rights reserved.", a sentence's shape)
  { class = "credit", field = "outlet",
    pattern = [[^(?<value>\p{Lu}[\p{L}\d.&-]*+(?:{sp}\p{Lu}[\p{L}\d.&-]*+){0,2}){sp}*(?:©|\((?i:c)\)){sp}*\d{4}]] },
  -- "Artikel ini telah tayang di X dengan judul ...": the article's title as first published
  -- (and X, the outlet it was first published by: a source when the page is another's)
  { class = "credit", field = "headline",
    pattern = [[^\*?{sp}*]] .. REPUBLISHED .. [[(?:{sp}+(?i:di|pada){sp}+)?(?:(?<outlet>{domain}|\p{Lu}[\p{L}\d]*+(?:{sp}\p{Lu}[\p{L}\d]*+){0,2})(?={sp}))?.*?\b(?i:dengan\s+judul|berjudul)\s*:?\s*["“'‘]?(?<value>[^"”“]{10,200}?)["”'’]?(?:\.|,?{sp}*(?:(?i:klik\s+untuk\s+baca)\s*:?{sp}*)?https?://\S*|\.?{sp}+(?i:penulis|editor|reporter|pewarta)\s*:.*)?$]] },
  -- ("*Artikel ini sudah tayang di Situs.com": with no title, the outlet it first appeared in)
  { class = "credit",
    pattern = [[^\*?{sp}*]] .. REPUBLISHED .. [[(?:{sp}+(?i:di|pada){sp}+(?<outlet>{domain}|\p{Lu}[\p{L}\d]*+(?:{sp}\p{Lu}[\p{L}\d]*+){0,2})(?={sp}*[.,]?{sp}*$))?]] },
  -- the outlet's address and the writer in brackets, alone under the article: "(Situsku.com/Nama Penulis)"
  { short = true, class = "credit", field = "outlet", pattern = [[^\((?<value>{domain}){sp}*/{sp}*\p{L}[^()/]{0,40}\)$]] },
  -- a writer's or photographer's credit alone in brackets, a name and an outlet named with a media word parted by a
  -- slash, in either order: "(Nama Penulis/Warta Kota)", "(Warta Kota/Nama Fotografer)", "(Nama/Kabarkota)",
  -- "(NAMA/RADAR KOTA)", "(Nama Penulis/Situs.com)" (the outlet; the name has no media word: "(Nama/Wartawan)" names
  -- none, nor do two outlets, "(Radar Kota/Kabar Kota)")
  { short = true, class = "credit", field = "outlet",
    pattern = [[^\((?|(?!]] .. MEDIA_IN .. [[)]] .. CREDIT_NAME .. [[{sp}*/{sp}*(?<value>{domain}|(?=]] .. MEDIA_IN ..
      [[)]] .. CREDIT_OUTLET .. [[)|(?<value>(?=]] .. MEDIA_IN .. [[)]] .. CREDIT_OUTLET .. [[){sp}*/{sp}*(?!]] .. MEDIA_IN ..
      [[)]] .. CREDIT_NAME .. [[)\)$]] },
  -- an image's placeholder left by the text extraction: "[gambar]", "[Foto 2]", "Image" alone, a Markdown image
  -- "![alt](https://...)", an <img> tag, an <image> element with its source ("<image>data:image/...</image>"); the
  -- short line under it is the image's caption (a paragraph stays, and a
  -- title-cased title, the headline;
  -- the placeholder is its own value, so that the line above it, a subheading, is never taken as one)
  { short = true, class = "caption", next = "caption",
    pattern = [=[^(?<value>\[(?i:gambar|foto|image|img|photo|picture|ilustrasi)(?:{sp}*\d{1,2})?\]|(?i:image|img|gambar|foto|photo)|!\[[^\]]{0,200}\]\(\S{1,300}\)|<img\b[^>]{0,300}>|<image\b[^>]{0,300}>(?:[^<]{0,400}</image>)?)$]=] },
  -- (an image's file name left as its title, a UUID's hex groups split by spaces or hyphens, WordPress's "scaled"
  -- after it: "410E9721 EA81 495D AA88 F951B6F84346", "51084f89-9c65-49fd-baaa-c0a2f77fea91-scaled.jpg")
  { short = true, class = "caption", next = "caption",
    pattern = [[^(?<value>[\da-fA-F]{8}[ -][\da-fA-F]{4}[ -][\da-fA-F]{4}[ -][\da-fA-F]{4}[ -][\da-fA-F]{12}(?:[ -](?i:scaled))?(?:\.(?i:jpe?g|png|webp|gif))?)$]] },
  -- initials alone on a line: [JP], [IT/r], (rzr/dnu), (mcr8/jpnn), with the outlet's address (cr11/situs-kota.com);
  -- a photo's "(ist)", "(dok)" or an advertorial's "(adv)" names no editor; in capitals, "(WIL)", "(Sug)" (an
  -- agency's credit, "(AFP)", "(Ant)", is none)
  { short = true, class = "credit", field = "editor",
    pattern = [[^(?|\[(?<value>[A-Za-z]{2,5}(?:/[A-Za-z]{1,5})*)\]|\((?!(?:ist|adv|dok|foto)\))(?<value>[a-z]{2,5}\d{0,2}(?:{sp}?/{sp}?[a-z]{2,5}\d{0,2})*(?:/[a-z][a-z\d-]{1,30}\.(?:com|co\.id|id|net))?)\)|\((?!]] .. CAPITAL_CREDITS .. [[\))(?<value>[A-Z]{2,4}|[A-Z][a-z]{1,3})\))$]] },

  -- page dates ----------------------------------------------------------------
  -- (an update's label, never a title's first word: "Update Longsor Kota: Dua Rumah Tertimbun" is a headline)
  { short = true, class = "timestamp", updated = true,
    pattern = [[^(?i:diperbarui|diperbaharui|diupdate|update|updated|pembaruan|pembaharuan|terakhir\s+(?:diperbarui|diperbaharui|diupdate|diubah)|last\s+updated?|last\s+modified|(?:artikel|berita|konten|tulisan)\s+ini\s+(?:telah\s+|sudah\s+|terakhir\s+)?(?:diperbarui|diperbaharui|diupdate)(?=\s+(?:pada\s+)?(?:{weekday}|\d)))\b(?!{sp}+(?:(?i:berita|info|informasi|artikel|terus)\b|(?i:terkini|terbaru)\b(?!{sp}*:)|(?!{weekday}|{month}|(?i:on|pada|at|terakhir)\b)\p{Lu}\p{Ll}++{sp}+\p{Lu}\p{Ll}))]] },
  -- the date, then the editor without a bar: "Senin, 3 Juni 2024, 10:00 WIB Editor: Nama" (the stamp names the editor)
  -- (a view counter after the name: "... | 10:00 WIB - Redaktur: Nama - 53")
  { short = true, class = "timestamp", field = "editor",
    pattern = "^" .. STAMP_BEFORE .. [[(?:{date}|{numdate})(?:{sp}*[,|•·–—-]?{sp}*(?:(?i:pukul|jam){sp}*)?{time}(?:{sp}*(?i:{zone}))?)?{sp}*(?:[,|•·–—-]{sp}*)?(?i:editor|redaktur|penyunting)\s*:\s*(?<value>\p{Lu}[^|(]{1,60}?)(?:{sp}{dash}{sp}*\d{1,6})?\s*$]] },
  -- "Senin, 15 Agustus 2022 | 09:15 WIB", "SELASA, 12 SEPTEMBER 2023 | 14:33 WIB | LAPORAN: ...",
  -- "Kompas.com, 8 April 2022, 16:33 WIB", "14 August 2025, 08:01 WIB", "Kamis, 06 Februari 2025 - 05:53 WIB"
  -- (what follows a "|" or sticks to the zone, such as an image path, goes with the line)
  -- a byline before the date: "Nama Penulis - Senin, 9 Okt 2023 12:05 WIB", "Oleh Nama pada Senin, ...", the
  -- writer's name with no mark before a date and its clock, "Nama 27 Sep 2019, 14:47";
  -- English order: "Oct 10, 2023 at 02:05 PM", "Jun 11, 2024 @ 2:05pm", with an ordinal and the byline after a
  -- comma, "Nov 9th 2024, 11:46, by Nama, Situs"; a comma before the year: "12 Juni, 2024 14:35 WIB";
  -- a foreign bureau's: an English weekday's abbreviation, "Posted Wed 12 Jun 2024 at 2:05pm", hyphens, "12-Jun-2024"
-- (spaced too, "08 - Dec - 2020, 11:52"),
  -- the local time after the clock, "14:05 waktu Jepang", "14:05 (waktu setempat)", "14:05 JST" (its offset read in C)
  { short = true, class = "timestamp",
    pattern = "^" .. STAMP_BEFORE .. [[(?:{date}|\d{1,2}{sp}+{month}\.?,{sp}*\d{4}|{month}\.?{sp}+\d{1,2}(?:st|nd|rd|th)?,?{sp}+\d{4}|\d{1,2}{sp}?-{sp}?{month}{sp}?-{sp}?\d{4})]] .. STAMP_AFTER },
  -- "31/05/2018, 23:59 WIB", "Senin (9/10/2023) 12:05 WIB", "Kamis 05-12-2024 10:15", "12.03.2024 09:15"
  { short = true, class = "timestamp",
    pattern = "^" .. STAMP_BEFORE .. [[(?:\d{1,2}/\d{1,2}/\d{4}|\(\d{1,2}/\d{1,2}/\d{4}\)|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4})]] .. STAMP_AFTER },
  -- a time relative to the reader's ("2 jam lalu", "4 jam yang lalu", "3 hours ago", "Hari ini, 10:00 WIB",
  -- "Kemarin, 14:05"): a time stamp that states no date
  { short = true, class = "timestamp",
    pattern = [[^(?:(?i:(?:\d{1,2}\s*|se)(?:detik|menit|jam|hari|minggu|pekan|bulan)\s+(?:yang\s+)?(?:lalu|silam)|\d{1,2}\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?)\s+ago)\.?|(?i:hari\s+ini|kemarin|today|yesterday){sp}*,?{sp}*(?:(?i:pukul|jam){sp}*)?{time}(?:{sp}*(?i:{zone}))?)$]] },
  -- a teaser's section glued to its time relative to the reader's, its title glued after it ("SEPUTAR KOTA5 hari ago",
  -- "HEADLINE3 hari yang laluJudul Lain"): furniture of a box of other articles
  { short = true, class = "navigation",
    pattern = [[^\p{Lu}[\p{L} ]{1,40}?[\p{L}]\d{1,2}\s+(?i:menit|jam|hari|minggu|pekan|bulan|minutes?|hours?|days?|weeks?)\s+(?i:yang\s+lalu|lalu|ago)]] },
  -- a clock time alone on its line, with its zone or a colon: a live page's update between its entries ("14:05 WIB",
  -- "Pukul 13.10 WIB"), a video's duration ("02:15"); furniture, never a body date (under a stamp without a time it
  -- still gives the stamp its time)
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:pukul|jam){sp}*)?(?:\d{1,2}:\d{2}(?::\d{2})?(?:{sp}*\(?(?i:{zone})\)?)?|\d{1,2}\.\d{2}{sp}*\(?(?i:{zone})\)?)$]] },
  -- a scraper's month alone, "date 2023-09" (the page's first line, its text split from it)
  { short = true, class = "timestamp", pattern = [[^date{sp}+\d{4}-\d{2}$]] },
  -- "2025-10-02", "date 2025-10-02 Photo : ...", "2024/03/13 08:15"
  { short = true, class = "timestamp",
    pattern = [[^(?:(?i:date|tanggal|tgl\.?|published|diterbitkan|dipublikasikan|terbit|updated|diperbarui|posted)\s*:?{sp}*)?\d{4}(?:-\d{2}-|/\d{2}/)\d{2}(?!\d)(?:[ T]{time}(?:[+-]\d{2}:?\d{2}|Z)?)?(?:{sp}*{zone})?(?:{sp}+.{0,80})?$]] },

  -- a photo's credit after a list's dash, names joined by a slash, under a bare "Sumber :" (a network's template:
  -- "- Nama Fotografer/ SITUS Kota", "- KANTOR/Nama Fotografer/Pool"): furniture (not a caption's credit, which
  -- would take the paragraph under it for its caption)
  { short = true, class = "navigation",
    pattern = [[^-{sp}+\p{Lu}[\p{L}.'’]*+(?:{sp}+\p{Lu}[\p{L}.'’]*+){0,3}{sp}*/{sp}*\p{Lu}[\p{L}\d.'’]*+(?:(?:{sp}+|{sp}*/{sp}*)\p{Lu}[\p{L}\d.'’]*+){0,4}{sp}*\.?$]] },
  -- a speaker's name with the office in brackets alone on its line, no dash: a pull quote's or a photo's credit
  -- ("Nama Orang (Bupati Sukamaju)", "Nama (Ketua RT 05)"), never a dateline: no outlet is named by an office
  { short = true, class = "caption",
    pattern = [[^\p{Lu}[\p{L}.'’-]*+(?:{sp}\p{Lu}[\p{L}.'’-]*+){0,3}{sp}*\((?i:bupati|wakil|gubernur|wali\s*kota|walikota|ketua|kepala|menteri|presiden|camat|lurah|kades|direktur|sekretaris|sekda|anggota|kapolres|kapolda|kapolsek|kapolri|dandim|danrem|pangdam|kadis|kabid|kasat|kasi|pj|plt|pengamat|dosen|guru|warga|ketum)\b[^()]{0,60}\)$]] },
  -- a dateline on a line of its own: "Pyongyang (Lampost.co) --", "JAKARTA, KOMPAS.com -" (or with the report's day
  -- in the brackets: "KOTA (21/4-2023)")
  -- (?<place>) and (?<outlet>) fill meta.dateline and meta.outlet
  -- (an outlet has a letter: "Komentar (12)" is a counter)
  -- (an illustration's or photo's label before its credit is none: "Ilustrasi(Dok Situs)")
  -- (nor a caption's credit in the brackets: "Presiden Menelepon (Foto Nama Fotografer)")
  -- (with no dash after the brackets, the place is in capitals, or the outlet is of two words or more, has two
  -- capitals in a row, a capital after a small letter or an address's dot, or it is a day: "PADANG (SitusFokus)",
  -- "Kota (ANTARA)"; not one word alone: "Posting Komentar (Atom)", a subheading's "Tunjuk Pejabat Sementara (Pjs)")
  { short = true, class = "dateline", pattern = [[^(?!(?i:ilustrasi|foto|dok|dokumentasi|gambar|sumber|keterangan)\b)(?=\p{Lu}\p{Lu}|[^()]*\([^()]*\){sp}*{dash}|[^()]*\((?:[^()]*(?:\p{Lu}\p{Lu}|\p{Ll}\p{Lu}|\.\p{L}|\S{sp}+\S)|\d))(?<place>{place}){sp}*\((?:(?!(?i:foto|photo|dok|dokumentasi|ilustrasi|sumber|istimewa|ist|kredit)\b)(?!\p{Ll}++(?:\s+\p{Ll}++)+\s*\))(?<outlet>(?=[^()]*\p{L})[^()]{2,40})|\d{1,2}/\d{1,2}(?:[/-]\d{2,4})?)\){sp}*{dash}?$]] },
  { short = true, class = "dateline",
    pattern = [[^(?<place>{place}){sp}*,{sp}*(?<outlet>{domain}|\p{Lu}[\p{L}\d]+(?:\s\p{Lu}[\p{L}\d]+){0,2}(?:{sp}*/{sp}*\p{Lu}[\p{L}\d]+(?:\s\p{Lu}[\p{L}\d]+){0,2}){0,3}){sp}*,?{sp}*{dash}$]] },
  { short = true, class = "dateline", pattern = [[^(?<place>{place}){sp}*{dash}$]] },
  -- a city's or regency's name, then the outlet's one-word name, alone on its line over the lead: "Kota Lama, Kabarku"
  -- (no byline opens with "Kota" or "Kabupaten")
  { short = true, class = "dateline",
    pattern = [[^(?<place>(?:Kota|Kabupaten)\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*,\s*(?<outlet>\p{Lu}[\p{L}\d.]{2,30})$]] },
  -- the address first, as the prefix "Liputan6.com, Jakarta -" is, alone on its line
  { short = true, class = "dateline", pattern = [[^(?<outlet>{domain}){sp}*,{sp}*(?<place>{place}){sp}*{dash}$]] },
  -- (its place after slashes or a bar, then the report's day: "Situsku.com//Kotamulya.20/02/2023",
  -- "Situsku.com | Kotamulya, 20/02/2023": the page's date, csrc's dateline day)
  { short = true, class = "dateline",
    pattern = [[^(?<outlet>{domain}){sp}*(?:/{1,2}|\|){sp}*(?<place>{place}){sp}*[.,]{sp}*\d{1,2}/\d{1,2}/\d{4}$]] },
  -- the place and its province first, the address after a dash, alone on its line: "Kotamulya, Jawa Barat
  -- -Situsku.com"; the place, then two bars and the outlet named with a media word or an address: "Kotamulya ||
  -- Kabar Kota", "Sulawesi Contoh || Situsku.id" (a menu's one bar is none: "BERANDA | Berita Kota")
  { short = true, class = "dateline", pattern = [[^(?<place>{place}){sp}*,{sp}*{place}{sp}*{dash}{sp}*(?<outlet>{domain})$]] },
  { short = true, class = "dateline",
    pattern = [[^(?!(?i:beranda|home|berita|news|index|indeks)\b)(?<place>{place}){sp}*\|\|{sp}*(?<outlet>{domain}|\p{Lu}[\p{L}\d]*+(?:{sp}+\p{Lu}[\p{L}\d]*+)?{sp}+(?i:news|pos|post|times|online|tv|today|daily|media)|(?i:harian|radar|tribun|suara|warta|koran|kabar|jurnal|berita)(?:{sp}+\p{Lu}[\p{L}\d]*+){1,2})$]] },

  -- photo captions: a photo credit at the end (lines of at most 400
  -- characters, so that the long paragraphs of the article are passed over at once)
  { tail = true, class = "caption", pattern = [[(?:[fF]oto|FOTO|[pP]hoto|PHOTO|Image|IMAGE|Gambar|GAMBAR|[sS]umber\s+[fF]oto|Caption|CAPTION)\s*:\s*.{1,80}$]] },
  -- a WordPress caption shortcode the text extraction left: its opening tag alone on a line
  -- ('[caption id="attachment_12" align="alignleft" width="300"]') and the caption it closes ("... [/caption]")
  { short = true, class = "caption", pattern = [=[^\[caption\b[^\]]{0,200}\]$]=] },
  { tail = true, class = "caption", pattern = [=[\[/caption\]$]=] },
  -- a network's credit glued to the caption's last mark by a hyphen, closed by a dash after a space: "... di satu
  -- sisi.-NAMA/KORANKU -", "... warga.-Nama Fotografer/Kabar Kota --"
  { tail = true, class = "caption",
    pattern = [[(?<=[.!?)"”])-\p{Lu}[\p{L}.' ]{0,40}/{sp}*\p{Lu}[\p{L}\d.' ]{0,40}?{sp}+-{1,2}$]] },
  -- a network's credit in lower case or without a slash glued to the caption's last mark by a hyphen and closed
  -- by one: "... melalui aplikasi daring.-tangkap layar-", "... di lokasi.-dok-"; and one in brackets with a slash
  -- after two hyphens: "Kisah Pasar Lama--(dokumen/situs.co.id)" (no sentence ends so)
  { tail = true, class = "caption", pattern = [[(?<=[.!?)"”])-[\p{L}\d][\p{L}\d.:/@_ '’]{0,40}(?<=[\p{L}\d.)])-$]] },
  { tail = true, class = "caption", pattern = [[(?<=[\p{L}\d.)])--\([^()/]{1,40}/[^()]{1,60}\)$]] },
  -- a foreign bureau's credit in brackets, the outlet's photo desk and the photographer after a colon: "... mulai 1
  -- Juli. (ABC News: Nama Fotografer)", "(AP Photo: Nama)" ("(Sumber: BPS)" closes a paragraph: no media word)
  { tail = true, class = "caption",
    pattern = [[\(\p{Lu}[\p{L}.]*(?:{sp}\p{Lu}[\p{L}.]*){0,2}{sp}(?:News|NEWS|Photo|PHOTO|Photos|Images|Foto|FOTO|TV){sp}*:{sp}*\p{Lu}[\p{L}.'’-]*(?:{sp}\p{Lu}[\p{L}.'’-]*){0,3}\)$]] },
  -- "... di Moskow. Photo by Nama/Kantor", "Gambar oleh Nama dari Situs"
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’)]?{sp}+(?:Foto|FOTO|Photo|PHOTO|Gambar|Image)\s+(?i:by|oleh)\s+\p{Lu}.{0,80}$]] },
  { short = true, class = "caption", pattern = [[^(?:Foto|FOTO|Photo|PHOTO|Gambar|Image)\s+(?i:by|oleh)\s+\p{Lu}]] },
  -- the label opening the photo's caption, however long, its sentence closed before the credit in brackets: "Foto :
  -- Warga antre di pasar murah. (SITUS KOTA)" (a paragraph's shape: tried on paragraphs too)
  { class = "caption", pattern = [[^(?:Foto|FOTO|Photo|PHOTO){sp}*:{sp}*\p{Lu}]] },
  -- "... di Shah Alam. - Foto NSTP/Nama", "... di lokasi. - FOTO BERNAMA": the credit after the caption's sentence
  -- and a dash, without a colon (Malaysian and Singaporean pages)
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’]?{sp}+{dash}{sp}*(?:Foto|FOTO|Photo|PHOTO|Gambar|GAMBAR)\s+\p{Lu}[^.!?]{0,60}$]] },
  -- "... kepada media. ANTARA/REUTERS/KCNA/as.": agencies and the photographer after slashes
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’]?{sp}+(?:ANTARA|REUTERS|Reuters|AFP|AP|KCNA|Xinhua|XINHUA|EPA|Yonhap|Sputnik|TASS|Anadolu)(?:/[\p{L}\d .'’-]{1,40}){1,4}\.?$]] },
  -- "... di depan gedung. Dok. KCNA", "Dok. Kementerian X": a documentation credit
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’]?{sp}+(?:Dok\.|DOK\.|Dokumentasi|DOKUMENTASI){sp}*\p{Lu}[^.]{0,60}$]] },
  { short = true, class = "caption", pattern = [[^(?:Dok|DOK)\.{sp}*\p{Lu}[^.]{0,60}$]] },
  -- a credit alone in brackets: "(Ilustrasi/Situs)", "(Foto: Situs)"
  { short = true, class = "caption", pattern = [[^\((?i:ilustrasi|foto|dok)\.?\s*[/:][^()]{1,60}\)$]] },
  -- "Ilustrasi. (Situs)", "Ilustrasi: ...", "Ilustrasi - ...": an illustration's caption
  { class = "caption", pattern = [[^(?:Ilustrasi|ILUSTRASI)(?:{sp}*[.:|(]|{sp}+{dash})]] },
  { short = true, class = "caption", pattern = [[^(?:Ilustrasi|ILUSTRASI){sp}]] },
  -- a stock photo's credit in brackets: "(Shutterstock)", "(Pixabay/Nama)", "(SHUTTERSTOCK/NAMA)"
  { tail = true, class = "caption",
    pattern = [[\((?i:Pixabay|Unsplash|Freepik|Pexels|Shutterstock|iStock(?:photo)?|Getty\s+Images|Canva)\b[^()]{0,40}\)\.?$]] },
  -- "... kereta/KCNA", "Kepala Dinas/Ist": a photo credit after a slash
  { tail = true, class = "caption",
    pattern = [[/(?<=\S/)(?:Ist|Istimewa|Dok|Dokumentasi|Net|Internet|Antara|ANTARA|AFP|AP|Reuters|REUTERS|KCNA|Xinhua|EPA|Getty\s+Images|Shutterstock|Instagram|Tangkapan\s+layar|Screenshot)\.?\)?$]] },
  -- the labels of an image's credit and caption: "Sumber gambar, X", "Keterangan foto: ...", also a
  -- caption's sentence ("Keterangan gambar, Warga antre di pasar.": not only furniture) and a label
  -- alone, "Keterangan gambar," (csrc/pageclass.c makes the line under it its caption)
  { class = "caption",
    pattern = [[^(?i:sumber\s+(?:gambar|foto|ilustrasi)|keterangan\s+(?:gambar|foto)|kredit\s+foto)\s*[,:]\s*(?:\S|$)]] },
  -- an all-caps photo credit on its own line, then the caption: "DOKUMENTASI POLRES X"
  { short = true, class = "caption", next = "caption", next_paragraph = true,
    pattern = [[^(?:DOKUMENTASI|DOK\.?|FOTO|ARSIP)\b[\p{Lu}\d\s/.,&()-]*$]] },
  -- "- situs.com", "Foto/Reuters/Nama": a credit alone, an image path or address
  -- (and "SITUS.com/NAMA FOTOGRAFER", "Situs.com/Nama Fotografer": the outlet and its photographer; one
  -- title-cased word, "Situs.com/Sukamaju", is a breadcrumb's section; written all in lower case, "situs.co.id/n nama
  -- fotografer", an initial or a name, then more names)
  { short = true, class = "caption",
    pattern = [[^(?:{dash}{sp}*{domain}|{domain}/\p{Lu}[\p{Lu} .'’-]{2,40}|{domain}/\p{Lu}\p{Ll}+(?:{sp}\p{Lu}[\p{Ll}.'’-]*+){1,3}|{domain}/\p{Ll}[\p{Ll}.'’-]*+(?:{sp}\p{Ll}[\p{Ll}.'’-]*+){1,3})$]] },
  { short = true, class = "caption", pattern = [[^(?i:foto|photo)/\S.{0,80}$]] },
  -- the outlet named with a media word and its photographer in capitals, alone: "WARTA KOTA/NAMA FOTOGRAFER",
  -- "RADAR KOTA/NAMA" (the outlet; it goes with its caption as "SITUS.COM/NAMA" does)
  { short = true, class = "caption", field = "outlet",
    pattern = [[^(?<value>(?=]] .. MEDIA_IN .. [[)\p{Lu}[\p{Lu}\d]*+(?:{sp}\p{Lu}[\p{Lu}\d]*+){0,2}){sp}*/{sp}*\p{Lu}[\p{Lu}.'’-]*+(?:{sp}\p{Lu}[\p{Lu}.'’-]*+){0,3}$]] },
  { short = true, class = "navigation", pattern = [[^(?=\S{20,}$)\S*/\S*$]] },
  -- an image's address broken by the scrape after its scheme: "https: img.situs.com/content/2024/06/foto.jpg"
  { short = true, class = "caption", pattern = [[^(?i:https?|www):?{sp}*/*{sp}*\S+/\S+\.(?i:jpe?g|png|webp|gif)$]] },
  -- an image's alternative text with its credit: "Judul Foto-Nama-situs.com"
  { tail = true, class = "caption", pattern = [[-(?<=\S-)[\p{L} ]{2,40}-{domain}$]] },
  -- an image's zoom button glued after its caption by the scraper: "Bupati Meninjau Pasar Perbesar" (a theme's label)
  { tail = true, class = "caption", pattern = [[\S{sp}+Perbesar$]] },
  -- (also the credit's source after a bar, closing the caption: "... Senin (3/3) | Sumber Istimewa.")
  { tail = true, class = "caption", pattern = [[(?:[fF]oto|FOTO|\|{sp}*(?:[sS]umber|SUMBER){sp}*:?)\s+(?:[iI]st(?:imewa)?|IST(?:IMEWA)?|[dD]ok(?:umentasi|\.)?.{0,40}|DOK.{0,40})\.?\)?$]] },
  { tail = true, class = "caption", pattern = [[\((?i:foto|photo|dokumentasi|dok|istimewa|ist)\b\.?[^()]{0,80}\)\.?$]] },
  { tail = true, class = "caption", pattern = [[ANTARA\s+FOTO/[^()]{1,80}\)?\.?$]] },
  -- "... di Seoul. (AFP)": an agency credit after the caption's last sentence (ANTARA's with its photographer or
  -- source, "(ANTARA/HO)", also with a hyphen, "(Antara-HO Pemkot Kota)": "(ANTARA)" alone closes the agency's own articles; "(KCNA via Reuters)", "(AP Photo)";
  -- also glued to the period: "... di Seoul.(AFP)")
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’]?{sp}*\((?:AFP|AP|Reuters|REUTERS|EPA|Xinhua|XINHUA|Getty\s+Images|Yonhap|Sputnik|TASS|Anadolu|(?:ANTARA|Antara)(?=\s*/|-HO\b)|KCNA(?=\s+via\b))(?:\s*/[^()]{1,60}|-HO\b[^()]{0,60}|\s+via\s+[^()]{1,40}|\s+Photo\b[^()]{0,40})?\)$]] },
  -- the same after a caption with no period, one short sentence: "Warga antre beras di pasar (ANTARA)",
  -- "... (Reuters/Nama)" (a reporting verb after a comma, "..., ujar kepala desa (ANTARA)", is the article's end)
  { short = true, class = "caption",
    pattern = [[^(?![^()]*,{sp}*(?i:kata|ujar|ucap|tutur|jelas|tegas|imbuh|ungkap)\p{L}*{sp})[^.!?\n()]{10,120}+(?<=\p{L}[ \x{A0}])\((?:ANTARA|Antara|AFP|AP|Reuters|REUTERS|EPA|Xinhua|XINHUA|Getty\s+Images|Yonhap|Sputnik|TASS|Anadolu)(?:\s*/[^()]{1,60})?\)$]] },
  -- an agency's photo credit alone in brackets, the agency and its photographer: "(ANTARA/Nama Fotografer)",
  -- "(Reuters/Nama)" (between paragraphs it was a line of the article)
  { short = true, class = "caption",
    pattern = [[^\(]] .. AGENCY .. [[(?:{sp}+(?:FOTO|Foto|Photo|PHOTO))?{sp}*/{sp}*\p{Lu}[\p{L}.'’-]*+(?:{sp}\p{Lu}[\p{L}.'’-]*+){0,3}\)$]] },
  -- a screenshot as the image: "... di lokasi (Tangkapan layar Instagram)", "(Screenshot YouTube Situs)"
  { tail = true, class = "caption", pattern = [[\((?i:tangkapan\s+layar|screenshot|screen\s+capture)\b[^()]{0,60}\)\.?$]] },
  -- "... di lokasi. (Situs.com/Nama Fotografer)", "(KANTOR /Nama Fotografer)": the photo's outlet and photographer
  -- (also a lower-case *com name: "(situscom/Nama Fotografer)")
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’]?{sp}*\((?:{domain}|\p{Lu}[\p{L}\d&.-]*(?:{sp}\p{Lu}[\p{L}\d&.-]*)?|\p{Ll}[\p{L}\d]{1,30}?com){sp}*/{sp}*\p{Lu}[\p{L}.'’-]*(?:{sp}+\p{Lu}[\p{L}.'’-]*)+(?:/\p{L}{1,10})?\)$]] },
  -- a network's caption closed by two hyphens glued to its last word, its credit after them lost: "Warga antre di
  -- pasar murah--" (four words or more; "KOTA--" alone is a dateline's)
  -- (the hyphens before the look back at the byte before them: going back along the line, PCRE2 compares a byte
  -- at each place and looks back only at a "--", rather than looking back at every place; the same matches)
  { class = "caption", pattern = [[^(?=(?:\S+\s+){3})[^\n]*--(?<=[\p{L}\d.)]--)$]] },
  -- (the credit kept after the two hyphens: one token, "... Tahun Baru.--humas", "--situs.go.id", or capitalised
  -- names, "... Diganti--Antara", "--Situs.com/Nama Fotografer.", "--Foto humaskota"; "datang--bersama istrinya."
  -- is an aside)
  { class = "caption",
    pattern = [[^(?=(?:\S+\s+){3})[^\n]*--(?<=[\p{L}\d.)]--)(?:(?i:foto|photo){sp}*:?{sp}*)?(?:[\p{L}\d][\p{L}\d./@_-]*+|\p{Lu}[\p{L}\d.'’-]*+(?:(?:{sp}|{sp}?/{sp}?)\p{Lu}[\p{L}\d.'’-]*+){0,4})\.?$]] },
  -- (in square brackets after the period, a network's: "... di lokasi. [Situs.com/Nama Fotografer]": the site's
  -- address names the outlet, so one name will do)
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’]?{sp}*\[{domain}{sp}*/{sp}*\p{Lu}[\p{L}.'’-]*(?:{sp}+\p{Lu}[\p{L}.'’-]*){0,3}\]$]] },
  -- the same after a caption with no final period: "Warga antre beras (Situsku/Nama Fotografer)" (after a site's
  -- address the photographer's one name will do: "... Ikut Terbakar  (Tribunkota.co.id/Nama)")
  { short = true, tail = true, class = "caption",
    pattern = [[\p{L}{sp}+\((?:{domain}{sp}*/{sp}*\p{Lu}[\p{L}.'’-]*(?:{sp}+\p{Lu}[\p{L}.'’-]*)*|\p{Lu}[\p{L}\d&.-]*(?:{sp}\p{Lu}[\p{L}\d&.-]*)?{sp}*/{sp}*\p{Lu}[\p{L}.'’-]*(?:{sp}+\p{Lu}[\p{L}.'’-]*)+)\)$]] },
  -- "... di lokasi. SITUS.com/NAMA FOTOGRAFER": the outlet's address and the photographer in capitals
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’]?{sp}+{domain}/\p{Lu}[\p{Lu}.'’-]*+(?:{sp}\p{Lu}[\p{Lu}.'’-]*+){0,4}$]] },
  -- "... di gudang. ©2024 Situs.com/Nama Fotografer": the photo's copyright, its outlet and photographer
  { tail = true, class = "caption",
    pattern = [[[.!?]["”’]?{sp}+(?:©|\((?i:c)\)){sp}*\d{4}{sp}*(?:{domain}|\p{Lu}[\p{L}\d&.-]*+(?:{sp}\p{Lu}[\p{L}\d&.-]*+){0,2}){sp}*/{sp}*\p{Lu}[\p{L}.'’ -]{1,40}$]] },
  -- a social account as the credit: "(Instagram/@akun)", "(X/@akun)", "(TikTok/nama)", "(Instagram @akun)"
  { tail = true, class = "caption",
    pattern = [[\((?i:instagram|ig|twitter|x|tiktok|facebook|fb|youtube|threads)(?:\.com)?(?:{sp}*/{sp}*@?|{sp}+@)[\p{L}\d._ -]{1,40}\)\.?$]] },
  -- a photo's place and day with no final period: "Warga mengungsi di balai desa, Selasa (12/3/2024)" (the
  -- article's sentences end with a period; a word in lower case other than a preposition tells a sentence from
  -- a title-cased headline, "Jadwal Imsakiyah Kota Hari Ini, Selasa (12/3/2024)"; a quotation closed by its cue,
  -- '"Kami siap," ujar X, Senin (1/3/2021)', is the article's speech, whatever its last stop)
  { short = true, class = "caption",
    pattern = [[^(?!.*[,!?]["”]{sp}*\p{Ll})(?=[^.!?,]*?{sp}(?!(?:untuk|dengan|kepada|bersama|setelah|sebelum|hingga|sampai|tentang|terhadap|antara|sejak|karena|melalui|dalam|serta|menuju|selama|jelang|menjelang)\b)\p{Ll}{5})[^.!?]{10,200}?,{sp}*{weekday}{sp}*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)$]] },
  -- who stands where in the photo: "Presiden A (kiri) dan B (kanan)", "Ketua A (atas, kiri)", "(kanan bawah)"
  { class = "caption",
    pattern = [[\((?i:(?:atas|bawah|depan|belakang|duduk|berdiri)[\s,]+)?(?i:kiri|kanan|tengah|ki-ka|kiri\s+ke\s+kanan|dari\s+kiri)(?i:[\s,]+(?:atas|bawah|depan|belakang))?\)]] },

  -- hashtags and tag lists ------------------------------------------------------
  { short = true, class = "hashtags", pattern = [[^#[\p{L}\p{N}_]+(?:[\s,]*#[\p{L}\p{N}_]+)*$]] },
  { short = true, class = "hashtags", pattern = [[^(?i:tags?|topik(?:\s+artikel)?|tagar|kata\s+kunci)\s*:]] },
  -- a press release's number, "Nomor: 45/HM/KOMINFO/03/2024", and its contact, "Informasi lebih lanjut hubungi: ..."
  { short = true, class = "navigation", pattern = [[^(?i:nomor|no\.?)\s*:\s*[\p{L}\d./-]*\d[\p{L}\d./-]*$]] },
  { short = true, class = "credit",
    pattern = [[^(?i:(?:untuk\s+)?informasi\s+lebih\s+lanjut(?:\s+(?:silakan\s+)?hubungi)?|narahubung|kontak\s+media|media\s+contact|contact\s+person)\s*:\s*\S]] },
  -- the article's section: "Kategori: Internasional", "Kanal: Dunia"
  -- (and a blog's archive header: "Archive for the ‘Ekonomi’ Category", "Arsip Kategori: Ekonomi")
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:kategori|rubrik|kanal|arsip\s+kategori)\s*:\s*\S+(?:\s+\S+){0,3}|(?i:archive\s+for(?:\s+the)?)\s+\S.{0,40}?\s(?i:category)|(?i:archives?\s+for\s+category)\s*:?\s*\S.{0,40})$]] },
  -- an infographic's or image's title with its source site in brackets, no final mark: "Harga Beras di Lima Kota
  -- (sumber : datakota.id)" (a paragraph closing with its source has its period)
  { short = true, class = "caption", pattern = [[^[^.!?\n]{5,120}\((?i:sumber|source|foto|gambar|grafis)\s*:\s*{domain}\)$]] },

  -- navigation, promotion, share and follow prompts -------------------------------
  -- a cookie banner: "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. ...", "This website uses cookies"
  { class = "navigation",
    pattern = [[^(?i:(?:kami|situs(?:\s+web)?\s+ini|website\s+ini|laman\s+ini)\s+menggunakan\s+(?:cookie|cookies|kuki)|(?:this|our)\s+(?:site|website)\s+uses\s+cookies|we\s+use\s+cookies)\b]] },
  -- lines the article does not go on past (`ends`: below two paragraphs, the body lines and time stamps under it
  -- are navigation): a comment section's heading, the readers' names and comments under it ("Komentar (3)",
  -- "3 Komentar", "Komentar Pembaca", "Tulis komentar Anda", "Kolom Komentar"; "Komentar" alone may be a share
  -- bar's button), a paywall's prompt ("Baca selengkapnya dengan berlangganan", "Artikel ini khusus untuk
  -- pelanggan. Sudah berlangganan? Masuk"), the offers under it; a counter of no comments ("Komentar (0)",
  -- "0 Komentar": a share bar's, between paragraphs too) has none under it and ends nothing; a counter ends
  -- nothing either when the article goes on under it (`ends = "soft"`: a paragraph, then another or the
  -- article's credit, related link or tags; a comment section opens with a reader's name or the form)
  { short = true, class = "navigation", ends = "soft",
    pattern = [[^(?i:komentar\s*\((?!0+\))\d+\)|(?!0+\s)\d+\s+komentar)\s*:?$]] },
  -- a theme's boxes of other articles set under the article ("Latest articles", "More like this", "Recent posts"): the
  -- teasers under them are no paragraphs of it
  { short = true, class = "navigation", ends = true,
    pattern = [[^(?i:latest\s+(?:articles|posts|news)|recent\s+posts|more\s+like\s+this|you\s+may\s+also\s+like)\s*:?$]] },
  { short = true, class = "navigation", ends = true,
    pattern = [[^(?i:komentar\s+(?:pembaca|anda|kamu)|(?:tulis(?:kan)?|beri(?:kan)?|kirim)\s+komentar(?:\s+(?:anda|kamu))?|kolom\s+komentar)\s*:?$]] },
  { short = true, class = "navigation", ends = true,
    pattern = [[^(?i:baca\s+(?:selengkapnya|artikel\s+ini|berita\s+ini)\s+dengan\s+(?:berlangganan|langganan)|(?:artikel|berita|konten)\s+ini\s+(?:khusus|hanya)\s+(?:untuk|bagi)\s+(?:pelanggan|member|anggota))\b[^.]{0,20}(?:[.!]?$|[.!]\s+(?i:sudah|silakan|ayo|yuk)\b.{0,60}$)]] },
  -- a press release's closing blocks: the company's profile under "Tentang X" ("About X"; "Tentang Kami" is a footer's
  -- link), the contact under "Untuk informasi lebih lanjut, hubungi:" (the label alone); a company's name, "Tentang
  -- PT X", "About X Group", ends the article, another name only takes the paragraph under it ("Tentang Tanaman
  -- Monstera" may be an explainer's subheading)
  { short = true, class = "navigation", ends = true,
    pattern = [[^(?:Tentang|TENTANG|About|ABOUT)\s+(?=PT\.?\s|[^\n]*\b(?:Tbk|TBK|Group|Grup|GROUP|GRUP|Inc|Ltd|Corp|Persero|Foundation|Yayasan|YAYASAN)\b)\p{Lu}[\p{L}\d.&'’()-]*+(?:\s+(?:\p{Lu}[\p{L}\d.&'’()-]*+|&|dan|of|the|and)){0,7}\s*:?$]] },
  { short = true, class = "navigation", next = "navigation", next_paragraph = true,
    pattern = [[^(?:Tentang|TENTANG|About|ABOUT)\s+(?!(?i:kami|penulis|us|the\s+author)\b)\p{Lu}[\p{L}\d.&'’-]*+(?:\s+(?:\p{Lu}[\p{L}\d.&'’-]*+|&|dan|of|the|and)){0,6}\s*:?$]] },
  { short = true, class = "credit", ends = true,
    pattern = [[^(?i:(?:untuk\s+)?informasi\s+lebih\s+lanjut,?(?:\s+(?:silakan|harap)\s+)?\s*hubungi|for\s+more\s+information,?(?:\s+please)?\s+contact|kontak\s+media|media\s+contact|narahubung)\s*:?$]] },
  -- a menu word or button alone on its line ("Tutup Iklan"; a theme's image widget's label, "Responsive Images")
  { short = true, class = "navigation",
    pattern = [[^(?i:get\s+app|download\s+app|buka\s+aplikasi|unduh\s+aplikasi|header\s+img|responsive\s+images?|loading\.*|memuat\.*)\s*:?$]] },
  -- an endless list's pager under the article: "Load more", "Muat lebih banyak", "No More Posts Available.", "No more
  -- pages to load.", "Tidak ada postingan lagi"
  { short = true, class = "navigation",
    pattern = [[^(?i:load\s+more(?:\s+(?:posts|articles|news))?|muat\s+lebih\s+banyak|no\s+more\s+(?:posts|articles|pages|news)(?:\s+available|\s+to\s+(?:load|show))?|tidak\s+ada\s+(?:lagi\s+)?(?:postingan|artikel|berita)(?:\s+lagi)?)\s*[.!]?$]] },
  { short = true, class = "navigation",
    pattern = [[^(?i:komentar(?:\s*\(\d+\))?|0+\s+komentar|comments?|advertisement|iklan|share|bagikan(?:\s+artikel)?|salin\s+link|copy\s+link|tutup(?:\s+iklan)?|close)\s*:?$]] },
  -- a blog platform's sharing and comment furniture (WordPress's, in English or Indonesian): "Share this:",
  -- "Like this:", "Leave a Reply Cancel reply", "Tinggalkan Balasan", the comment form's button ("Post Comment",
  -- "Kirim Komentar"; its notes below, with the comment boxes); Blogger's "Tidak ada komentar:", "Posting Komentar",
  -- "Posting Lebih Baru", "Posting Lama", "No comments:"; the platform's footer, "Diberdayakan oleh Blogger.",
  -- "Powered by WordPress"
  { short = true, class = "navigation",
    pattern = [[^(?i:(?:diberdayakan|didukung)\s+oleh\s+(?:blogger|wordpress)|powered\s+by\s+(?:blogger|wordpress)(?:\.com)?)\.?$]] },
  -- (its embed box under a post's excerpt: "Copy and paste this URL into your WordPress site to embed", "Copy and
  -- paste this code into your site to embed")
  { class = "navigation",
    pattern = [[^(?i:copy\s+and\s+paste\s+this\s+(?:url|code)\s+into\s+your\s+(?:wordpress\s+)?site\s+to\s+embed)\.?$]] },
  -- a site template's placeholder text left in a widget: "Lorem ipsum dolor sit amet ...", "Sed ut perspiciatis unde
  -- omnis ..." (Latin filler, no article's); a Blogger theme's featured slider never filled in: "This is default
  -- featured slide 1 title", "Go to Blogger edit html and find these sentences. Now replace ..."
  { class = "navigation",
    pattern = [[^(?:Lorem\s+ipsum\s+dolor|Sed\s+ut\s+perspiciatis|This\s+is\s+(?:a\s+)?default\s+featured\s+(?:slide|post|image)\s+\d{1,2}\s+title|Go\s+to\s+Blogger\s+edit\s+html\s+and\s+find\s+these\s+sentences)\b]] },
  { short = true, class = "navigation",
    pattern = [[^(?i:share\s+this|like\s+this|bagikan\s+ini|suka\s+ini|leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|cancel\s+reply|tinggalkan\s+(?:balasan|komentar)(?:\s+batalkan\s+balasan)?|batalkan\s+balasan|post\s+comment|kirim\s+komentar|tidak\s+ada\s+komentar|no\s+comments|posting\s+(?:komentar|lebih\s+baru|lama)|newer\s+post|older\s+post)\s*:?$]] },
  -- (the form's closing note when a post takes no more comments: "Comments are closed.", "Komentar ditutup.")
  { short = true, class = "navigation", pattern = [[^(?i:comments\s+are\s+closed|komentar\s+(?:telah\s+|sudah\s+)?ditutup)\s*[.!]?$]] },
  -- (the comment form's prompts: "Please enter your comment!", "Please enter your name here", "Silakan masukkan komentar
  -- anda!"; a contact box's "Kirim pesan ke kami")
  { short = true, class = "navigation",
    pattern = [[^(?i:please\s+enter\s+your\s+(?:comment|name|email(?:\s+address)?|website)(?:\s+here)?|you\s+have\s+entered\s+an\s+incorrect\s+email\s+address|silakan\s+masukkan\s+(?:komentar|nama|email|alamat\s+email)\s+anda(?:\s+di\s+sini)?|kirim\s+pesan\s+(?:ke|kepada)\s+kami|discussion\s+about\s+this\s+post)\s*[!.]?$]] },
  -- (the blog's list of related posts under "Related", "Terkait")
  { short = true, class = "navigation", next = "related", pattern = [[^(?i:related(?:\s+posts?)?|terkait)\s*:?$]] },
  -- a list's title alone on its line, the titles of articles under it ("Berita Terkait")
  { short = true, class = "navigation", next = "related",
    pattern = [[^(?i:berita\s+terkait|artikel\s+terkait|bacaan\s+(?:terkait|lainnya|pilihan|menarik)|(?:menarik|wajib)\s+dibaca|(?:berita\s+)?terpopuler|populer|(?:berita\s+)?terkini|rekomendasi|video\s+pilihan|pilihan\s+redaksi|editor's\s+pick)\s*:?$]] },
  -- a label alone on its line, the topics' tags under it, one a line ("Topik Terkait", "Tags", "Tagged")
  { short = true, class = "navigation", next = "hashtags",
    pattern = [[^(?i:tags?|tagged|topik(?:\s+(?:artikel|terkait|populer|pilihan))?|tagar|kata\s+kunci|topics?)\s*:?$]] },
  -- more list titles: "Artikel Menarik Lainnya", "Konten Pilihan", "Jangan Lewatkan", "Editor's Choice"
  { short = true, class = "navigation",
    pattern = [[^(?i:(?:artikel|berita|konten|video|foto)\s+(?:menarik\s+)?(?:lainnya|pilihan|terkait|populer|terbaru|rekomendasi)|rekomendasi\s+(?:berita|artikel|video)|jangan\s+lewatkan|hot\s+issues?|trending(?:\s+topic)?|editor['’]?s\s+choice)\s*:?$]] },
  -- an embedded post's frame: "Lihat postingan ini di Instagram", "Sebuah kiriman dibagikan oleh Nama (@akun)",
  -- "View this post on Instagram", "A post shared by ..."
  { short = true, class = "navigation",
    pattern = [[^(?i:lihat\s+(?:postingan|kiriman|unggahan)\s+ini\s+di\s+(?:instagram|facebook|tiktok|threads|twitter|x)|view\s+this\s+post\s+on\s+(?:instagram|facebook|tiktok|threads)|(?:sebuah\s+kiriman|kiriman)\s+dibagikan\s+oleh|a\s+post\s+shared\s+by)\b]] },
  -- an advert's label, with its scroll prompt: "Advertisement - Scroll to continue", "Konten Bersponsor",
  -- "PARTNER CONTENT", "Paid Content" (a phone's swipe: "Iklan - Geser ke atas untuk melanjutkan.", closed by a
  -- period: not short)
  { class = "navigation",
    pattern = [[^(?i:advertisement|iklan|ads|sponsored(?:\s+(?:content|post))?|konten\s+bersponsor|konten\s+promosi|konten\s+partner|(?:partner|paid|branded)\s+content|promoted|advertorial)(?:\s*{dash}\s*(?i:scroll|gulir|geser|swipe)\b.{0,60})?\s*:?$]] },
  -- an advert's empty slot, with its size: "300 x 250 AD PLACEMENT", "728x90 Ad Space", "Ads Slot 970 x 90",
  -- "Banner 300x250"; a blog template's slot by its place: "Iklan Atas Artikel", "Iklan Tengah Artikel 2"
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:iklan|ads?|banner){sp}+(?i:atas|tengah|bawah|dalam|samping|sidebar|header|footer|top|middle|bottom)(?:{sp}+(?i:artikel|konten|postingan|posting|post|halaman))?(?:{sp}+\d{1,2})?|(?:\d{2,4}{sp}*[x×]{sp}*\d{2,4}{sp}+)?(?i:ads?|advertisement|iklan|banner){sp}+(?i:placement|space|slot|area|spot|unit)(?:{sp}+\d{2,4}{sp}*[x×]{sp}*\d{2,4})?|\d{2,4}{sp}*[x×]{sp}*\d{2,4}{sp}+(?i:ads?|advertisement|iklan|banner)|(?i:ads?|advertisement|iklan|banner){sp}+\d{2,4}{sp}*[x×]{sp}*\d{2,4})$]] },
  -- buttons: listen, watch ("Tonton Video Lainnya"), share, copy, report, back to top
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:dengarkan|putar)\s+(?i:artikel|berita|audio)\b.{0,30}$|(?i:tonton|lihat|putar)\s+(?i:video|foto|galeri)(?:\s+(?i:lainnya|terkait|selengkapnya))?\s*$)]] },
  -- (and a prompt to share: "Bagikan artikel ini melalui", "Bagikan artikel ini ke teman-temanmu", "Jangan lupa like dan share artikel ini ya!")
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:bagikan|share)\s+(?:(?i:ke|to|via|di)\s*:?\s*(?:$|(?i:facebook|twitter|whatsapp|telegram|line|linkedin|x)\b)|(?i:artikel|berita)(?:\s+(?i:ini))?(?:\s*:?$|\s+(?i:melalui|lewat|via)\s*:?$|\s+(?i:ke|kepada)\s+(?i:teman|kerabat|keluarga|sahabat)[^.]{0,40}$))|(?i:jangan\s+lupa)\s+(?i:like|share|bagikan|komentar|subscribe)\b[^.]{0,60}?\b(?i:artikel|berita|postingan|video)\s+(?i:ini)\b[^.]{0,20}$)]] },
  -- a share bar's buttons by their platforms' names on one line, three or more and nothing else:
  -- "facebook x whatsapp telegram salin", "icon facebook icon x icon whatsapp"
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:facebook|twitter|x|whatsapp|telegram|line|linkedin|pinterest|e-?mail|copy|salin|link|share|bagikan|icon|messenger|tiktok|instagram|threads|reddit|print|cetak)(?:{sp}+|$)){3,}$]] },
  -- a share plugin's prompt and its buttons' labels on one line: "Please follow and like us:", "Pin Share",
  -- "Tweet Share" (two or more labels and nothing else)
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:please\s+follow\s+(?:and|&)\s+like\s+us){sp}*:?|(?:(?i:pin|tweet|share|like|follow|e-?mail)(?:{sp}+|$)){2,})$]] },
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:salin|copy)\s+(?i:tautan|link|url)\b|(?i:link|tautan|url)\s+(?i:tersalin|disalin|telah\s+disalin|berhasil\s+disalin|copied)\b)]] },
  { short = true, class = "navigation", pattern = [[^(?i:ikuti\s+kami|follow\s+us)(?:\s+(?i:di|on))?\s*:?$]] },
  -- (a reader's tip box: "Kirim Berita"; a live page's button: "Perbarui halaman", "Muat ulang")
  -- a live page's prompt to reload it: "Refresh halaman ini untuk mendapatkan update terbaru." (a sentence: not short)
  { class = "navigation",
    pattern = [[^(?i:refresh|reload|perbarui|muat\s+ulang)\s+(?i:halaman|laman|page)(?:\s+ini)?\s+(?i:untuk|agar|supaya|to)\b[^.]{0,80}?\b(?i:update|pembaruan|perkembangan|informasi|berita|kabar)\b[^.]{0,40}[.!]?$]] },
  { short = true, class = "navigation", pattern = [[^(?i:kirim\s+ralat|kirim(?:kan)?\s+(?:berita|tulisan|artikel|opini)(?:\s+(?:anda|kamu))?|perbarui\s+halaman|muat\s+ulang(?:\s+halaman)?|laporkan\s+(?:artikel|komentar|kesalahan)(?:\s+(?:penulisan|ketik|berita))?|kembali\s+ke\s+atas|back\s+to\s+top)\s*$]] },
  -- an app's promotion: "Baca berita di aplikasi", "Nikmati berita lebih cepat lewat aplikasi Situs"
  { short = true, class = "navigation",
    pattern = [[^(?i:baca|buka|lihat|nikmati|akses)\b[^.]{0,40}?\b(?i:di|lewat|melalui|via|dengan)\s+(?i:aplikasi|app)\b[^.]{0,40}$]] },
  -- (with the store to get it from: "Baca berita lainnya di aplikasi Situs. Unduh sekarang di Play Store dan App
  -- Store.", "Download aplikasi Situs di Google Play": the reader told to get it, not an app the article is about,
  -- "Aplikasi itu bisa diunduh di Play Store."; no clause after a comma, "..., kata dia, ...")
  { class = "navigation",
    pattern = [[^(?i:baca|buka|lihat|nikmati|akses|dapatkan|unduh|download|install|instal|pasang)\b[^.!,]{0,80}?(?:[.!]\s+(?i:unduh|download|install|instal|pasang)\b[^.!,]{0,60}?)?(?i:play\s*store|app\s*store|google\s+play|appgallery)\b[^.!]{0,40}[.!]?$]] },
  -- a newsletter's promotion: "Daftar newsletter Situs dan dapatkan berita pilihan setiap pagi." (the newsletter
  -- right after the verb: "Daftar penerima diumumkan lewat newsletter dinas" is a sentence)
  { class = "navigation",
    pattern = [[^(?i:daftar(?:kan\s+diri)?|berlangganan|langganan|subscribe|sign\s+up)\s+(?:(?i:ke|untuk|di|pada|to|for)\s+)?(?i:newsletter|buletin\s+(?:email|surel))\b[^.!]{0,100}[.!]?$]] },
  -- prompts to read on, react or share: "Klik untuk membaca", "Tanggapi artikel ini", "Suka artikel ini? Bagikan ..."
  { short = true, class = "navigation",
    pattern = [[^(?i:klik\s+untuk\s+(?:membaca|baca|melanjutkan|menonton|melihat)|(?:tanggapi|komentari|suka)\s+(?:artikel|berita)\s+ini)\b[^.]{0,60}$]] },
  -- a login box's prompts: "Belum Memiliki Akun Daftar di Sini", "Sudah punya akun? Masuk", "Lupa Kata Sandi? Klik di
  -- Sini", "Lupa password?" (a sentence of the article goes on past its clause: short)
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:belum|sudah)\s+(?i:memiliki|punya|mempunyai)\s+(?i:akun)\b\??(?:\s*(?i:daftar|masuk|login|log\s+in|klik)\b[^.]{0,30})?|(?i:lupa)\s+(?i:kata\s+sandi|password|sandi)\b\??(?:\s*(?i:klik|atur|reset)\b[^.]{0,30})?)[.!?]?$]] },
  -- a prompt to log in: "Login untuk memaksimalkan pengalaman mengakses Situs.com", "Masuk untuk berkomentar"
  { short = true, class = "navigation",
    pattern = [[^(?i:login|log\s+in|masuk|daftar|sign\s+in)\s+(?i:untuk|agar|dan)\s+(?i:memaksimalkan|menikmati|mendapatkan|membaca|mengakses|berkomentar|memberi\s+komentar|menulis\s+komentar|melanjutkan|menyimpan|mengikuti)\b.{0,80}$]] },
  -- a reactions box: "Reaksi Anda", "Apa Reaksi Anda?", "Bagaimana reaksi Anda tentang artikel ini?"
  { short = true, class = "navigation", pattern = [[^(?i:(?:apa\s+)?reaksi\s+anda|bagaimana\s+(?:reaksi|perasaan)\s+anda)\b.{0,60}$]] },
  -- a newsletter box
  { short = true, class = "navigation", pattern = [[^(?i:daftar|langganan|berlangganan|subscribe)\s+(?i:newsletter|buletin)\b]] },
  { short = true, class = "navigation", pattern = [[^(?i:masukkan)\s+(?:(?i:alamat)\s+)?(?i:email|e-mail|surel)\b]] },
  { short = true, class = "navigation",
    pattern = [[^(?i:scroll\s+to\s+continue\s+with\s+content|scroll\s+untuk\s+melanjutkan(?:\s+membaca)?|lanjutkan\s+membaca|selanjutnya|sebelumnya)\s*:?$]] },
  -- (a channel's bare name under its promotion: "Google News", "WhatsApp Channel")
  -- (a paper's e-paper button: "Baca Koran", "E-Paper", "Koran Digital"; an aggregator's link to the original: "Source link")
  { short = true, class = "navigation", pattern = [[^(?i:lihat\s+berita\s+lainnya|berita\s+lainnya|lihat\s+semua|selengkapnya|google\s+news|whatsapp\s+channel|saluran\s+whatsapp|baca\s+(?:koran|e-?paper)|e-?paper|koran\s+digital|source\s+link|sumber\s+tautan)\s*:?$]] },
  { short = true, class = "navigation", pattern = [[^(?:[^\p{L}\d\s]{1,4}\s*|\S{1,4}\s+)?(?i:read\s+next|baca\s+berikutnya|berita\s+selanjutnya|artikel\s+selanjutnya)\b]] },
  -- a pager's or a blog's buttons: "Next Page", "Previous Post", "Halaman Sebelumnya"
  { short = true, class = "navigation",
    pattern = [[^(?:[^\p{L}\d\s]{1,4}\s*)?(?i:next|previous|prev|older|newer)\s+(?i:page|post|article|story)\s*(?:[^\p{L}\d\s]{1,4})?$]] },
  -- an advert's or a widget's script left in the text: "(adsbygoogle = window.adsbygoogle || []).push({});",
  -- "googletag.cmd.push(function() { ... });"
  { class = "navigation",
    pattern = [[(?:adsbygoogle|googletag\.|document\.write\(|function\s*\(\s*\)\s*\{)]] },
  -- (an advert's markup left in the text: "Advertisement div class="td-visible-desktop">", "<ins class=...")
  { short = true, class = "navigation",
    pattern = [=[^(?i:advertisement|iklan)?{sp}*<?(?:div|span|ins|script|iframe)\s+(?:class|id|style)\s*=\s*["']]=] },
  -- the site's address named last in a promotion of its channels: "Cek berita dan artikel yang lain di Google News
  -- dan ikuti WhatsApp channel situsku.com", "Silakan baca konten menarik lainnya dari Situs.com di Google News"
  -- (the outlet promotes its own news: its address, with a dot, after the channel or before it)
  { class = "navigation", field = "outlet",
    pattern = [[^(?:(?i:cek|simak|silakan|silahkan|baca|ikuti|follow|dapatkan)\b).{0,160}?(?:(?i:whatsapp\s+channel|saluran\s+whatsapp|channel\s+whatsapp|google\s+news)\s+(?<value>{domain})\s*\.?$|(?i:lainnya|lain)\s+(?i:dari|di)\s+(?<value>{domain})\s+(?i:di)\s+(?i:google\s+news|whatsapp|telegram))]] },
  -- (also: "Update berita lainnya di Situs.id", "Kunjungi laman Situs.id untuk berita terbaru", a tip box's
  -- "Punya informasi menarik? Hubungi kami di WhatsApp ...", a fact-check box's "* Fakta atau Hoaks? Untuk ...")
  { class = "navigation", pattern = [[^(?:[*•·]{sp}*)?(?i:simak\s+(?:berita\s+|informasi\s+)?selengkapnya|baca\s+(?:berita\s+|artikel\s+|info\s+|informasi\s+|ulasan\s+)?selengkapnya|baca\s+(?:berita|artikel)\s+(?:asli|aslinya|lengkapnya)|klik\s+(?:di\s*)?sini|cek\s+berita\s+dan\s+artikel|dapatkan\s+(?:update|berita|informasi|akses)|download\s+aplikasi|unduh\s+aplikasi|update\s+(?:berita|info|informasi)\s+(?:lainnya|terbaru|terkini|menarik)|kunjungi\s+(?:laman|situs|website|portal|kanal)\b.{0,60}?\buntuk\s+(?:mendapatkan\s+)?(?:berita|update\s+berita|kabar|info\s+berita)\s+(?:terbaru|terkini|lainnya|menarik)|punya\s+(?:informasi|info|berita|cerita|kabar|video|foto)\b[^.?]{0,40}\?{sp}*(?:hubungi|kirim|kontak|laporkan|silakan|bagikan|ceritakan)|fakta\s+atau\s+hoaks?\?{sp}*(?:untuk|cek|simak|kirim|laporkan|silakan|hubungi)|baca\s+(?:artikel|berita)\s+[^"“\n]{0,40}["“][^"”\n]{1,200}["”]{sp}*selengkapnya|(?:pantau|ikuti)\s+terus\s+(?:berita|informasi|update|perkembangan|kabar)\b.{0,80}?\b(?:di|hanya\s+di|melalui)\s+(?:situs|laman|kanal|portal|\p{Lu}))\b]] },
  -- "Follow WhatsApp Channel SITUS untuk ...", "Follow Situs.com untuk ...": the outlet promotes itself
  -- (also as an item of a list, "* Follow Official WhatsApp Channel Situs.com untuk ...")
  -- ("Yuk gabung channel whatsapp SITUS.COM untuk ...": joining, a word of cheer before it)
  { class = "navigation", field = "outlet",
    pattern = [[^(?:[*•·]{sp}*)?(?:(?i:yuk|ayo|mari)\s+)?(?i:follow|ikuti|gabung|bergabung(?:\s+(?:di|ke|dengan))?|join)\s+(?:(?i:official\s+|resmi\s+)?(?i:whatsapp\s+channel|saluran\s+whatsapp|google\s+news|channel\s+whatsapp)\s+(?<value>\p{Lu}[\p{L}\d.]*)|(?<value>{domain}))\s+(?i:untuk|di|dan)\b]] },
  -- "Follow Berita Situs di Google News": the outlet's own news on a channel; "Ikuti kabar terbaru dari Kabar Kota di
  -- Grup Telegram Kabar Kota", the news from the outlet in its group or channel; "Baca ... Follow channel WhatsApp
  -- Situs sekarang di ponselmu lewat https://...", the channel after a sentence of the promotion
  { class = "navigation", field = "outlet",
    pattern = [[^(?:(?i:follow|ikuti)\s+(?i:berita|artikel|kanal|update)\s+(?<value>\p{Lu}[\p{L}\d.]*)\s+(?i:di)\s+(?i:google\s+news|whatsapp|telegram|instagram)|(?i:simak|ikuti|dapatkan|baca)\s+[^.]{0,80}?\b(?i:berita|informasi|kabar|update)\b[^.]{0,60}?\s(?i:dari)\s+(?<value>\p{Lu}[\p{L}\d.]*+(?:\s\p{Lu}[\p{L}\d.]*+){0,3})\s+(?i:di)\s+(?i:grup|group|saluran|channel|kanal)\s+(?i:telegram|whatsapp)\b|(?i:baca|simak)\s[^.!?]{0,120}[.!?]\s+(?i:follow|ikuti)\s+(?i:channel|saluran|kanal)\s+(?i:whatsapp|telegram)\s+(?<value>\p{Lu}[\p{L}\d.]*)\s+(?i:sekarang\s+)?(?i:di|untuk)\b)]] },
  -- a channel's promotion: "Ikuti kami di Instagram", "🔔 Gabung saluran WhatsApp kami ..." (a symbol first), "Bergabunglah dengan saluran Telegram Situs ...", "Jangan lupa
  -- subscribe channel YouTube Situs TV"
  -- ("Bergabung dengan klub itu, ia ... di Instagram" is a sentence: a channel's word after the verb; "Jangan
  -- lewatkan berita lainnya, ikuti kami di Instagram @akun": the reader's missing out first)
  { class = "navigation",
    pattern = [[^(?:[*•·\p{So}]{sp}*)?(?:(?i:jangan\s+lupa)\s+|(?i:jangan\s+(?:lewatkan|ketinggalan))\b[^.,]{0,60},{sp}*)?(?:(?i:follow|ikuti|gabung|join|subscribe)\b|(?i:bergabung(?:lah)?\s+(?:dengan|di|ke)\s+(?:saluran|kanal|channel|grup|group))\b).{0,100}?(?i:whatsapp|channel|google\s+news|instagram|twitter|facebook|tiktok|youtube|telegram|media\s+sosial|saluran|akun{sp}*$)]] },
  -- (also the site's address after the prompt: "Info lebih lengkap klik : situs.id")
  -- (or "baca di sini", a form's or a page's link: "... Cara daftar baca di sini")
  { tail = true, class = "navigation", pattern = [[(?:[kK]lik\s+(?:lebih\s+lanjut|di\s*sini)|[sS]elengkapnya\s+klik|[kK]lik{sp}*:{sp}*{domain}|[bB]aca\s+di\s*sini)\.?$]] },
  -- (a call for writers: "Anda bisa menjadi kolumnis !", over a columnist's page)
  { class = "navigation", pattern = [[^(?i:kami\s+membuka\s+kesempatan|bergabunglah\s+bersama|jadilah\s+bagian|anda\s+(?:bisa|dapat)\s+menjadi\s+(?:kolumnis|penulis|kontributor))\b]] },
  -- a promotion of the site's channels: "Simak breaking news ... WhatsApp Channel : https://...", "Silakan baca konten
  -- menarik lainnya dari Situs di Google News"
  { class = "navigation",
    pattern = [[^(?i:(?:silakan|silahkan|yuk|ayo)\s+)?(?i:simak|ikuti|follow|gabung|klik|akses|download|unduh|dapatkan|baca)\b.*?(?i:whatsapp\s+channel|saluran\s+whatsapp|google\s+news|telegram\s+channel|channel\s+telegram)]] },
  { tail = true, class = "navigation", pattern = [[(?:whatsapp\.com/channel|t\.me|news\.google\.com)/\S*$]] },
  -- under it: "Pastikan kamu sudah install aplikasi WhatsApp ya." (the app the channel needs)
  { class = "navigation",
    pattern = [[^(?i:pastikan\s+(?:kamu|anda)\s+(?:sudah|telah)\s+(?:meng)?(?:install|instal|unduh|download|pasang|memasang))\s+(?i:aplikasi\s+)?(?i:whatsapp|telegram)\b[^.]{0,30}\.?$]] },
  { short = true, class = "navigation", pattern = [[^[\p{L}\d.]++(?:\s[\p{L}\d.]++)?\s(?i:network|group|grup)$]] },
  { short = true, class = "navigation", pattern = [[^(?i:halaman|laman|hal\.|hal|page)\s*:?\s*\d+(?:\s*(?:/|dari|of)\s*\d+|(?:\s+\d+)+)?$]] },
  -- a video's or channel's promotion: 'Simak Video "Judul"', "Tonton video lainnya di kanal YouTube X",
  -- "Saksikan live streaming ... di sini"; a reader asked to follow the outlet's own channels ("kami"):
  -- "Jangan lupa follow akun Instagram kami ...", "Untuk mendapatkan update berita ..., silakan bergabung di
  -- saluran WhatsApp kami." (one rule: the line rules are kept at 128 at most, two 64-bit words a line)
  { class = "navigation",
    pattern = [=[^(?:(?i:simak|tonton|saksikan|lihat)\s+(?:(?i:juga)\s+)?(?i:video|foto)\s*["“'‘]|(?i:tonton|saksikan|simak)\s+(?i:video|berita|siaran)\s+(?i:lainnya|menarik|terbaru|selengkapnya|langsung)\b[^.]{0,80}?(?i:youtube|kanal|channel|situs|aplikasi|di\s+sini)\b[^.]{0,40}\.?$|(?i:saksikan)\s+(?i:live\s+streaming|siaran\s+langsung)\b[^.]{0,80}$|(?:(?i:jangan\s+lupa|untuk\s+mendapatkan|pastikan\s+(?:anda|kamu))\b(?=[^.]{0,200}?\b(?i:kami)\b)|(?i:temukan)\b(?=[^.]{0,60}?\b(?i:kami)\b))[^.]{0,160}?\b(?i:whatsapp|telegram|google\s+news|instagram|youtube|tiktok|facebook|twitter|media\s+sosial)\b[^.]{0,80}\.?$)]=] },
  -- buttons and labels: "Lihat Selengkapnya", "Cari Berita", "Share this article", "Ada 0 komentar",
  -- "AI-generated summary", "Rangkuman Berita", "Artikel ini telah diperbarui", "Kumpulan Berita Pasar",
  -- an advert's "Klik dan dapatkan info ...", a gallery's photo counter and its label ("1 / 5", "Galeri Foto",
  -- "Live Update"; "3 dari 12" is left: "dari" is on most lines, but not "Foto 3 dari 12"), "1 2 3 Selanjutnya"
  -- (also after its label: "Halaman 1 2 3 Selanjutnya"), "Lanjut ke halaman berikutnya", "Lanjut hal. 3", "Lanjut baca"
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:lihat\s+selengkapnya|cari\s+berita|laporkan(?:\s+iklan)?|share\s+this\s+(?:article|story|post)|lihat\s+artikel\s+asli|(?:ada\s+)?\d+\s+komentar|ai-generated\s+summary|(?:ringkasan|rangkuman)\s+(?:berita|artikel)|artikel\s+ini\s+telah\s+diperbarui)\s*:?$|(?i:kumpulan|indeks)\s+(?i:berita|artikel)\b[^.]{0,60}$|(?i:klik\s+dan\s+dapatkan)\b|(?i:data\s+tidak\s+ditemukan|tidak\s+ada\s+data|no\s+data\s+found|no\s+posts?\s+found)\.?$|\d{1,3}{sp}*/{sp}*\d{1,3}$|(?i:galeri(?:\s+(?:foto|video))?|foto|video|infografis|infografik|berita\s+foto|photo\s+story|live(?:\s+(?:update|report|streaming|blog))?|laporan\s+langsung)$|(?:(?i:halaman|hal\.?|page)\s*:?\s*)?(?:\d+\s+){1,10}(?i:selanjutnya|berikutnya|next|lanjut)\b.{0,10}$|(?i:foto|gambar|slide|photo)\s+\d{1,3}\s+(?i:dari|of)\s+\d{1,3}$|\d{1,3}\s+(?i:dari|of)\s+\d{1,3}\s+(?i:halaman|pages?)$|(?i:lanjut(?:kan)?)\s+(?i:baca|membaca|ke\s+halaman|hal\.?|halaman)\b.{0,40}$)]] },
  { short = true, class = "navigation", pattern = [[^(?i:scroll|gulir)\s+(?i:ke\s+bawah|down|untuk|to)\b]] },
  -- a pointer to the page's embedded video or photos: "Lihat video di atas. (*)", "Simak videonya di bawah ini."
  -- (the network's end mark may close it; "Lihat video itu, kata polisi, ..." is a sentence)
  { short = true, class = "navigation",
    pattern = [[^(?i:lihat|simak|tonton|saksikan)\s+(?:(?i:juga)\s+)?(?i:video|videonya|foto|fotonya|galeri)(?:\s+(?i:berikut|selengkapnya))?\s+(?:(?i:di)\s+)?(?i:atas|bawah)(?:\s+(?i:ini))?{sp}*[.!:]?(?:{sp}*\(\*\))?$]] },
  -- a video block's label: "Simak Video Pilihan di Bawah Ini:", "Saksikan Live Siaran Pagi:"
  { short = true, class = "navigation",
    pattern = [[^(?i:simak|tonton|saksikan|lihat)\s+(?:(?i:juga)\s+)?(?i:video|live|siaran|tayangan)\b[^.]{0,80}:$]] },
  -- counters: "0 Shares", "Dilihat 1.234 kali", "Views: 2.345"
  { short = true, class = "navigation",
    pattern = [[^[\d.,]+\s*(?i:rb|k|ribu)?\s*(?i:shares?|views?|dibagikan|dilihat|kali\s+dibaca|likes?|suka)$]] },
  { short = true, class = "navigation",
    pattern = [[^(?i:dilihat|dibaca|views?|shares?)\s*:?\s*[\d.,]+\s*(?i:rb|k|ribu)?(?:\s*(?i:kali))?$]] },
  -- the site's footer links glued into one line by the scraper: "Tentang KamiPedoman Media SiberKebijakan Privasi..."
  -- (a footer link first, another further on)
  { short = true, class = "navigation",
    pattern = [[^(?i:tentang\s+kami|pedoman\s+media\s+siber|kebijakan\s+privasi|syarat\s+(?:dan|&)\s+ketentuan|hubungi\s+kami|kode\s+etik|susunan\s+redaksi|info\s+iklan|about\s+us|contact\s+us)(?=.{0,200}?(?i:pedoman\s+media\s+siber|kebijakan\s+privasi|ketentuan|hubungi\s+kami|kode\s+etik|redaksi|karir|iklan|privacy|terms)).{0,400}$]] },
  -- the site's footer links, alone on their line
  { short = true, class = "navigation",
    pattern = [[^(?i:pedoman\s+media\s+siber|kode\s+etik(?:\s+jurnalistik)?|kebijakan\s+privasi|syarat\s+(?:dan|&)\s+ketentuan|tentang\s+kami|hubungi\s+kami|info\s+iklan|karir|kontak(?:\s+kami)?|susunan\s+redaksi|redaksi|privacy\s+policy|terms\s+of\s+use|about\s+us|contact\s+us)\s*$]] },
  { short = true, class = "navigation",
    pattern = [[^(?i:tampilkan\s+(?:semua|lebih\s+banyak)|muat\s+lebih\s+banyak|load\s+more|show\s+more|lihat\s+komentar)\s*$]] },
  -- a prompt to the site's other news whose link the scraper lost: "Baca berita kami lainnya di", "Simak artikel
  -- menarik lainnya di:" (the line ends with the preposition: no sentence does)
  { short = true, class = "navigation",
    pattern = [[^(?i:baca|simak|lihat|cek|ikuti)\s+(?i:juga\s+)?(?i:berita|artikel|informasi|info|kabar|update|tulisan)\b[^.!?]{0,40}?\s(?i:di|ke|melalui|lewat|via)\s*:?$]] },
  -- "Yuk, gabung komunitas pembaca kami!", "Ayo baca berita lainnya di aplikasi X"
  { short = true, class = "navigation",
    pattern = [[^(?i:yuk|ayo)\b.{0,20}\b(?i:gabung|baca|download|unduh|ikuti|follow|subscribe|langganan|berlangganan)\b.{0,100}$]] },
  -- "Simak breaking news dan berita pilihan kami langsung di ponselmu."
  { class = "navigation",
    pattern = [[^(?i:simak|dapatkan|baca)\s+(?i:breaking\s+news|berita\s+pilihan|update\s+berita|berita\s+terkini)\b.{0,120}?(?i:ponsel|hp|aplikasi|whatsapp|telegram|google\s+news|email)]] },
  -- a poll's buttons (the poll's label opens its question: "Polling" / "Setujukah Anda dengan ...?")
  { short = true, class = "navigation", next = "navigation",
    pattern = [[^(?i:polling|jajak\s+pendapat|poll|survei\s+pembaca)\s*:?$]] },
  { short = true, class = "navigation", pattern = [[^(?i:lihat\s+hasil(?:\s+polling)?|hasil\s+polling)\s*:?$]] },
  -- a print view's access stamp, the reader's time, not the page's: "Diakses pada: 12 Juni 2024 15:40",
  -- "Dicetak tanggal 12/06/2024"
  { short = true, class = "navigation",
    pattern = [[^(?i:diakses|dicetak|accessed|printed)(?:\s+(?i:pada|tanggal|on))?\s*:?\s*(?:{weekday}{sp}*,?{sp}*)?(?:{date}|{numdate})]] },
  -- reading time and font controls: "waktu baca 2 menit", "Estimasi baca 3 menit", "·3 menit baca", "A A A", "Perbesar teks"
  -- (an advert's label glued to it by the scraper: "waktu baca 2 menitADVERTISEMENT")
  { short = true, class = "navigation", pattern = [[^[·•|]?{sp}*(?i:(?:waktu|lama|durasi|estimasi|perkiraan)\s+(?:baca|membaca)\s*:?\s*\d+\s*menit|dibaca(?:\s+normal)?\s*:?\s*\d+\s*menit|\d+\s*menit\s+(?:baca|membaca)|baca\s+dalam\s+\d+\s*menit)(?:ADVERTISEMENT|Advertisement|IKLAN|Iklan)?$]] },
  -- (a theme's reading time in English: "Read Time:52 Second", "Reading Time: 3 Minutes", "3 min read")
  { short = true, class = "navigation", pattern = [[^[·•|]?{sp}*(?i:(?:read|reading)\s+time\s*:?\s*\d+\s*(?:seconds?|minutes?|mins?|detik|menit)|\d+\s*(?:min|minutes?)\s+read)$]] },
  -- (the buttons and their label: "A A A Pengaturan Font", "A- A+ Ukuran Teks")
  { short = true, class = "navigation", pattern = [[^(?:A{sp}*[+-]?{sp}*){2,3}(?:(?i:pengaturan|ukuran|atur)\s+(?i:font|huruf|teks|tulisan))?$]] },
  { short = true, class = "navigation", pattern = [[^(?i:perbesar|perkecil|ukuran)\s+(?:teks|tulisan|huruf|font)\b]] },
  -- the press council's badge in the header: "Terverifikasi Administratif dan Faktual oleh Dewan Pers", "Telah
  -- Terverifikasi Dewan Pers" (with its certificate's number after it, "Nomor: 123/DP-Verifikasi/K/X/2022")
  { short = true, class = "navigation", pattern = [[^(?i:(?:telah\s+)?terverifikasi\s+(?:(?:secara\s+)?(?:administratif|administrasi|faktual)(?:\s+dan\s+(?:administratif|administrasi|faktual))?\s+)?(?:oleh\s+)?dewan\s+pers)\b[^.!?]{0,80}$]] },
  -- (the size buttons' labels in English: "Smallest Font Largest Font", "Small Font Large Font")
  { short = true, class = "navigation", pattern = [[^(?i:(?:smallest|smaller|small|larger|largest|large)\s+font(?:\s+(?:smallest|smaller|small|larger|largest|large|reset)\s+font)*)$]] },
  -- comment boxes and their rules ("Login untuk berkomentar"); a blog's comment form: "Alamat email Anda tidak
  -- akan dipublikasikan. ...", "Your email address will not be published.", "Required fields are marked *",
  -- "Simpan nama, email, dan situs web saya pada peramban ini ..." (sentences: a rule of paragraphs too)
  { class = "navigation",
    pattern = [[^(?i:alamat\s+(?:email|e-mail|surel)\s+(?:anda|kamu)\s+tidak\s+akan\s+(?:dipublikasikan|ditampilkan|dipublikasi|diterbitkan)|your\s+email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked\s*\*|ruas\s+yang\s+wajib\s+ditandai\s*\*|save\s+my\s+name,\s+email,\s+and\s+website\s+in\s+this\s+browser|simpan\s+nama,\s+email,\s+dan\s+situs\s+web\s+saya)\b.{0,120}$]] },
  -- a blog's share and like buttons: "Klik untuk berbagi di X(Membuka di jendela yang baru)", "Suka Memuat..."
  { short = true, class = "navigation",
    pattern = [[^(?:(?i:klik\s+untuk\s+(?:berbagi|membagikan|mencetak|mengirim)|click\s+to\s+(?:share|print|email))\b|(?i:suka|like)\s+(?i:memuat|loading)\.*$)]] },
  -- a newsletter's prompt: "Daftarkan email Anda untuk mendapatkan berita terbaru setiap hari." (a sentence;
  -- "Daftarkan diri melalui email panitia." names no news)
  { class = "navigation",
    pattern = [[^(?i:daftar(?:kan)?|berlangganan|langganan|dapatkan|terima|masukkan)\b(?=[^.]{0,160}?\b(?i:berita|artikel|newsletter|buletin|update|kabar|info)\b)[^.]{0,80}?\b(?i:email|e-mail|surel|inbox|kotak\s+masuk)\b[^.]{0,80}\.?$]] },
  -- (the comment box's prompt in full, two sentences: "Belum ada komentar. Jadilah yang pertama.")
  { class = "navigation",
    pattern = [[^(?i:belum\s+ada\s+komentar)\s*[.!]?\s*(?i:jadilah\s+(?:yang\s+)?(?:pertama|orang\s+pertama))\b[^.]{0,30}[.!]?$]] },
  { short = true, class = "navigation", pattern = [[^(?i:belum\s+ada\s+komentar|jadilah\s+(?:yang\s+)?(?:pertama|orang\s+pertama)|(?:login|masuk|daftar)\s+untuk\s+(?:berkomentar|mengomentari|memberi\s+komentar))\b]] },
  { class = "navigation",
    pattern = [[^(?i:gunakan|pakailah|mohon\s+gunakan)\s+(?i:bahasa)\b.{0,160}?(?:SARA|(?i:komentar|pornografi|ujaran\s+kebencian))]] },
  -- the end of the page's own text: "Terima kasih telah membaca artikel ini. Dukung ...", in a regional outlet's
  -- Javanese or Sundanese too ("Matur nuwun sampun maos", "Hatur nuhun parantos maca")
  { class = "navigation", pattern = [[^(?i:terima\s+kasih\s+(?:telah|sudah)\s+(?:membaca\s+(?:artikel|berita)|berkunjung\s+(?:ke|di)))\b.{0,200}$]] },
  -- (the outlet's name for the article: "Terima kasih telah membaca Kabarkota. Mari bergabung ...")
  { class = "navigation",
    pattern = [[^(?i:terima\s+kasih\s+(?:telah|sudah)\s+membaca)\s+\p{Lu}[\p{L}\d]*+(?:\.[\p{L}\d]++)*(?:\s\p{Lu}[\p{L}\d]*+(?:\.[\p{L}\d]++)*)?{sp}*[.!](?:{sp}.{0,200})?$]] },
  { short = true, class = "navigation",
    pattern = [[^(?i:matur\s+(?:nuwun|suwun)\s+(?:sampun|wis|sampun\s+kersa)\s+(?:maos|moco|maca|mampir)|hatur\s+nuhun\s+(?:parantos|tos|atos|geus)\s+(?:maca|macana|sumping))\b.{0,80}$]] },
  { short = true, class = "navigation", pattern = [[^(?i:(?:kirim|tulis|beri(?:kan)?|lihat\s+semua|tampilkan)\s+komentar)\b]] },
  { class = "navigation",
    pattern = [[^(?i:isi\s+komentar|komentar\s+(?:yang|anda)|setiap\s+komentar)\b.*?(?i:tanggung\s*jawab|UU\s+ITE|dihapus|moderasi)]] },
  -- "Telusuri berita News lainnya", "Lihat berita Daerah lainnya", "Baca artikel Situs lainnya di sini", a
  -- box's link "Baca kisah inspiratif para kandidat di sini" (no comma or period: not a sentence)
  { short = true, class = "navigation", pattern = [[^(?i:telusuri|lihat|baca|cek)\s+(?:(?i:berita|artikel)\b.{0,40}\b(?i:lainnya|lain)(?:\s+(?i:di\s+sini))?|(?i:kisah|cerita|profil|ulasan|berita|artikel|info|informasi)\b[^.,]{0,60}\s(?i:di\s+sini))$]] },
  -- a topic's links under their label: "Simak berita lainnya seputar topik artikel ini, di sini:"
  { short = true, class = "navigation", next = "navigation",
    pattern = [[^(?i:simak|baca|lihat|cek|telusuri)\s+(?i:berita|artikel|informasi)\s+(?i:lainnya|lain|terkait)\b[^.]{0,80}?(?i:di\s*sini|berikut(?:\s+ini)?)\s*:$]] },
  -- "Halaman Selanjutnya", "Halaman Selanjutnya...", "Baca halaman selanjutnya", "BERITA UTAMA"
  { short = true, class = "navigation", pattern = [[^(?i:(?:(?:baca|lihat|buka|ke)\s+)?halaman(?:\s+(?:selanjutnya|berikutnya|sebelumnya))?|breaking\s+news|berita\s+utama|headline)\s*(?::|[>»›]{1,3}|\.{2,3}|…)?$]] },
  -- a box between paragraphs, from "Lewati X dan lanjutkan membaca" to "Akhir dari X" (X the same: "Podcast",
  -- "Artikel-artikel yang direkomendasikan"; also "Skip X and continue reading" to "End of X"): the lines in it are
  -- navigation (csrc/pageclass.c; "Akhir dari X" with no such line above it stays body)
  { short = true, class = "navigation", box = "open",
    pattern = [[^(?|(?i:lewati)\s+(?<value>\S.{0,80}?)\s+(?i:dan\s+lanjutkan\s+membaca)|(?i:skip)\s+(?<value>\S.{0,80}?)\s+(?i:and\s+continue\s+reading))$]] },
  { short = true, class = "navigation", box = "close",
    pattern = [[^(?|(?i:akhir\s+dari)\s+(?<value>\S.{0,80})|(?i:end\s+of)\s+(?<value>\S.{0,80}))$]] },
  -- a video's description pointing to the article's address: "Artikel ini bisa dilihat di : https://situs.tv/..."
  { short = true, class = "navigation",
    pattern = [[^(?i:artikel|berita|video|selengkapnya)(?:\s+(?i:ini|lengkapnya))?\s+(?:(?i:juga)\s+)?(?:(?i:bisa|dapat)\s+)?(?i:dilihat|dibaca|ditonton|disaksikan|diakses)\s+(?:(?i:juga)\s+)?(?i:di|pada|melalui)\s*:?\s*(?:https?://|www\.)\S+\s*$]] },
  -- a skip link: "Lewati ke konten utama"; "Lebih banyak cerita menarik" over a list of links
  -- (a player's links glued in a run: "Lewati ke pemutarLewatkan ke konten utamaLewati ke footer"; "Langsung ke konten")
  { short = true, class = "navigation",
    pattern = [[^(?i:(?:(?:lewat(?:i|kan)|langsung)\s+ke\s+(?:konten|isi|navigasi|pemutar|footer|menu)(?:\s+utama)?\s*|skip\s+to\s+(?:main\s+)?(?:content|navigation|footer|player)\s*)+|(?:baca\s+)?lebih\s+banyak\s+(?:cerita|berita|artikel|video)(?:\s+(?:menarik|lainnya|terkait|populer))?)\s*$]] },
  -- "Simak berita terbaru lainnya di Situs.id": the site's own promotion, naming it
  { short = true, class = "navigation", field = "outlet",
    pattern = [[^(?i:simak|baca|ikuti|dapatkan|temukan|cek)\s+(?i:berita|artikel|informasi|info|update|kabar)\b[^.]{0,40}?\b(?i:lainnya|terbaru|terkini|menarik|lengkap)\b[^.]{0,30}?{sp}(?i:di|hanya\s+di){sp}+(?<value>{domain})\.?$]] },
  -- a recommendations or comments box's title: "Kamu mungkin juga suka", "Paling Banyak Dibaca", "Most Popular",
  -- "Lihat Komentar (3)", "Iklan di bawah ini"
  { short = true, class = "navigation",
    pattern = [[^(?i:(?:kamu|anda)\s+mungkin\s+(?:juga\s+)?(?:suka|menyukai|tertarik)|mungkin\s+(?:kamu|anda)\s+(?:juga\s+)?(?:suka|menyukai|tertarik)|jangan\s+lupa\s+baca|baca\s+(?:juga\s+)?lainnya|(?:berita\s+|artikel\s+)?terpopuler\s+(?:minggu|pekan|hari|bulan)\s+ini|paling\s+banyak\s+(?:dibaca|dikomentari|dibagikan|dilihat)|most\s+(?:popular|read|viewed|commented)|trending\s+now|hot\s+topics?|poin\s+utama|(?:unduh|download)\s+pdf|lihat\s+komentar(?:\s*\(\d+\))?|kolom\s+komentar|respons?\s+anda|iklan\s+(?:di\s+bawah\s+ini|bersponsor))\s*:?$]] },
  -- a summary box's label above the article, the short sentences under it (up to the opening) its captions:
  -- "Ringkasan", "Key Takeaways", "Intisari"
  { short = true, class = "navigation", next = "caption", next_paragraph = true,
    pattern = [[^(?i:ringkasan|rangkuman|intisari|key\s+takeaways|summary)\s*:?$]] },
  -- box titles and labels between paragraphs: "Konten Sponsor", "Video Terkini", "Poin penting"
  { short = true, class = "navigation",
    pattern = [[^(?i:konten\s+(?:sponsor|berbayar|pilihan|premium|eksklusif)|video\s+(?:terkini|terbaru|pilihan|populer|unggulan)|poin\s+penting|berita\s+(?:terkini|terbaru|populer|pilihan)|artikel\s+(?:pilihan|populer|terbaru))\s*:?$]] },
  -- subscription prompts: "Baca berita tanpa iklan. Gabung Situs+"
  { class = "navigation", pattern = [[^(?i:baca\s+berita\s+tanpa\s+iklan|berlangganan|langganan|subscribe)\b.{0,100}$]] },
  -- "... simak berita terkini hanya di SITUS", "Pantau terus ... hanya di Situs.com": a promotion naming the outlet
  { tail = true, class = "navigation", field = "outlet",
    pattern = [[(?:[sS]imak|[iI]kuti|[bB]aca|[dD]apatkan|[pP]antau)\s[^.]{0,200}?\s(?:hanya|cuma|selalu)\s+(?:di|bersama)\s+(?<value>{domain}|\p{Lu}[\p{L}\d]*(?:\s\p{Lu}[\p{L}\d]*)?)\b]] },
  -- breadcrumbs: "Home > Berita > Internasional"; a menu of four sections or more in capitals parted by bars, one
  -- line: "NASIONAL | DAERAH | HUKUM | SPORT" (each of up to three words)
  { short = true, class = "navigation",
    pattern = [[^(?:\p{Lu}[\p{Lu}\d&.'-]*+(?:{sp}\p{Lu}[\p{Lu}\d&.'-]*+){0,2}{sp}*\|{sp}*){3,}\p{Lu}[\p{Lu}\d&.'-]*+(?:{sp}\p{Lu}[\p{Lu}\d&.'-]*+){0,2}$]] },
  { short = true, class = "navigation", pattern = [=[^(?i:home|beranda|news)\s*[>›»/|]]=] },
  -- a widget's placeholder left by the scraper: "[Gambas:Video Situs]", "[Embed:Instagram]"
  { short = true, class = "navigation", pattern = [=[^\[\p{L}+:[^\]]{1,60}\]$]=] },
  -- a channel's name alone, in the site's own casing: "situsNEWS", "situsNews"
  { short = true, class = "navigation", field = "outlet", pattern = [[^(?<value>\p{Ll}{3,}+\p{Lu}[\p{L}\d]*+)$]] },
  -- a bare site name or address: iNews.id, detik.com, https://... (a colon after it, a masthead set over the
  -- opening on the next line: "SITUSKU.CO.ID:")
  { short = true, class = "navigation", pattern = [[^https?://\S+$]] },
  { short = true, class = "navigation", field = "outlet", pattern = [[^(?<value>{domain})(?:{sp}*:)?$]] },
  -- a byline under the headline, the writer's name and the outlet's: "Nama Penulis - Berita Kota", "... - BERITA KOTA" (the writer: two
  -- to four capitalised words, none a media word; the outlet: a media word and one or two names, none a tagline's
  -- word: "Kabar Kota - Berita Terkini Kota Contoh", "Situs Kita - Berita Indonesia" are a site and its tagline)
  { short = true, class = "credit", field = "outlet",
    pattern = [[^(?!(?:[\p{L}.'’]+{sp}+){0,3}(?:Berita|Kabar|Warta|Suara|Harian|Koran|Radar|Media|Portal|Info|Pos|News|Tribun|Kota)\b)\p{Lu}[\p{Ll}.'’]*+(?:{sp}\p{Lu}[\p{Ll}.'’]*+){1,3}{sp}*{dash}{sp}*(?<value>(?:Berita|Kabar|Warta|Suara|Harian|Koran|Media)(?:{sp}+(?!(?:Terkini|Terbaru|Terpercaya|Terupdate|Hari|Harian|Online|Utama|Aktual|Populer|Viral|Indonesia|Nasional|Daerah|Dunia)\b)\p{Lu}\p{Ll}++){1,2}|(?:BERITA|KABAR|WARTA|SUARA|HARIAN|KORAN|MEDIA)(?:{sp}+(?!(?:TERKINI|TERBARU|TERPERCAYA|TERUPDATE|HARI|HARIAN|ONLINE|UTAMA|AKTUAL|POPULER|VIRAL|INDONESIA|NASIONAL|DAERAH|DUNIA)\b)\p{Lu}{2,}+){1,2})$]] },
  -- a notice forbidding the article's reuse, in one line or broken in two: "Dilarang mengutip dan/atau menyiarkan
  -- kembali isi berita ini", "untuk kepentingan komersial ... tanpa izin tertulis dari redaksi." (the broken half opens
  -- in lower case; "Wartawan dilarang meliput tanpa izin redaksi." is a sentence)
  { class = "navigation",
    pattern = [[^(?:(?i:dilarang){sp}+(?i:keras{sp}+)?(?i:mengambil|mengutip|menyalin|memperbanyak|menayangkan|menyiarkan|mempublikasikan|menerbitkan|mereproduksi|menggunakan)\b[^.]{0,160}?\b(?i:artikel|berita|konten|tulisan)\b|\p{Ll}[^.]{0,160}\b(?i:tanpa){sp}+(?i:se)?(?i:izin|ijin)(?:{sp}+(?i:tertulis))?(?:{sp}+(?i:dari))?{sp}+(?i:redaksi|penerbit|pengelola{sp}+situs)\b[^.]{0,40}\.?$)]] },
  -- the site's name with its tagline: "Kabar Kota - Berita Terkini Kota Contoh", "Situs.id | Portal Berita Kota",
  -- "Situs.id - Grup Media Kota" (the tagline's words capitalised: "Warga - Berita Duka Datang dari Kampung" is a title)
  { short = true, class = "navigation", field = "outlet",
    pattern = [[^(?<value>{domain}|\p{Lu}[\p{L}\d]*+(?:{sp}\p{Lu}[\p{L}\d]*+){0,2}){sp}*(?:{dash}|\|){sp}*(?:(?i:berita|portal|media|situs|informasi|kabar|news)(?:{sp}+(?:\p{Lu}[\p{L}\d.]*+|dan|di|&|se-\p{L}+)){0,6}|[^.|]{0,40}?\b(?i:group|grup|network)\b[^.|]{0,30})$]] },
  -- a paper's or magazine's masthead alone: "HARIAN PAGI KOTA", "Majalah Contoh" (no headline; a regional paper's
  -- by its media word, "Radar Kota", "Kota Pos", or one the gazetteer knows, "Pikiran Rakyat", is read by page.lua
  -- above the article only: "Pos Ronda" may be a subheading)
  { short = true, class = "navigation", field = "outlet",
    pattern = [[^(?<value>(?:Harian|HARIAN|Koran|KORAN|Majalah|MAJALAH|Tabloid|TABLOID)(?:{sp}+\p{Lu}[\p{L}\d]*+){1,3})$]] },
}

-- Cut from the start of the first body line; (?<outlet>) and (?<place>)
-- fill meta.outlet and meta.dateline.
M.prefixes = {
  -- masthead and place: "SITUSKU.co.id | SURABAYA - ", "Situsku.com | Jakarta - "
  -- (a section there is no place: "Situsku.com | Bisnis - ")
  -- (or two slashes between: "Situsku.com // Jakarta – ")
  -- (words in capitals before the address are the site's name too: "KABAR KOTA Situs.com | Kota – "; a comma before
  -- the dash, glued to the first word: "Situs.com | Kota,–Warga ...")
  { pattern = [[^(?<outlet>(?:\p{Lu}{2,}+{sp}){0,3}{domain}){sp}*(?:\||//){sp}*(?:{section}|(?<place>{place}))(?:{sp}*{dash}{sp}+|,{sp}*{dash}{sp}*)]] },
  -- the site's name in capitals, a bar, then the place: "KABARKOTA | SURABAYA — " (a menu's first item is none),
  -- the place also in title case: "KAMPUSNEWS | Merauke - " (a section there is no place: "KABARKOTA | Bisnis - ")
  -- (a name of two words: "KABAR KOTA | KOTA BARU - ")
  { pattern = [[^(?!(?i:berita|news|home|beranda|index|indeks)\b)(?<outlet>(?-i:\p{Lu}{4,}+(?:{sp}\p{Lu}{3,}+)?)){sp}*\|{sp}*(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?|(?!{section}\b)\p{Lu}\p{Ll}{2,}+(?:{sp}\p{Lu}\p{Ll}{2,}+)?)){sp}*{dash}{sp}*]] },
  -- masthead: "WahanaNews.co.id |", "KOMPAS.com -", "Suara.com -"
  { pattern = [[^(?<outlet>{domain}){sp}*\|{sp}*]] },
  -- "Situsku.id – Jakarta – ": the outlet, then the place between dashes (a comma after it too: "SITUSKU.ID — KOTA, — ")
  { pattern = [[^(?<outlet>{domain}){sp}*{dash}{sp}*(?:{section}|(?<place>{place})){sp}*,?{sp}*{dash}{sp}+]] },
  -- "SITUSKU.CO.ID - JAKARTA. ", "Situsku.co.id - Jakarta. ": the place closed by a period
  { pattern = [[^(?<outlet>{domain}){sp}*{dash}{sp}*(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?|\p{Lu}\p{Ll}{2,}+(?:{sp}\p{Lu}\p{Ll}{2,}+)?))\.{sp}+(?=\p{Lu})]] },
  -- the address glued by a hyphen to the place: "Situsku.com-Kotamulya – "
  { pattern = [[^(?<outlet>{domain})-(?<place>{place}){sp}*{dash}{sp}*]] },
  -- the address closed by a period, then the place: "SITUSKU.COM. Kotamulya – "
  { pattern = [[^(?<outlet>{domain})\.{sp}+(?<place>{place}){sp}*{dash}{sp}+]] },
  -- (an en or em dash may be glued to the first word: "Situsku.com–Pemerintah ...", and a hyphen: "SITUSKU.ID-Pada ...")
  -- (a stray period after the address: "situsku.go.id.–Aksi ...")
  -- (words in capitals before the address name the site too: "MAJALAH Situs.com - ")
  -- (two hyphens glued to the first word: "situsku.com--Satu ...")
  { pattern = [[^(?<outlet>(?:\p{Lu}{2,}+{sp}){0,3}{domain})\.?(?:{sp}*{dash}{sp}+|{sp}*(?:[–—]|--){sp}*(?=\p{Lu})|-(?=\p{Lu}\p{Ll}))]] },
  -- the address, then the place in capitals: "Situsku.id KOTAMULYA – " (or after a colon: "SITUSKU.ID: KOTAMULYA – ")
  { pattern = [[^(?<outlet>{domain})(?::{sp}*|{sp}+)(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?)){sp}*{dash}{sp}*(?=\p{Lu})]] },
  -- the address, then the outlet's name: "RM.id  Rakyat Merdeka - "
  { pattern = [[^(?<outlet>{domain}){sp}+\p{Lu}\p{L}*+(?:{sp}\p{Lu}\p{L}*+){0,2}{sp}+{dash}{sp}+]] },
  -- the place, then the address between dashes: "KOTAMULYA - Situsku.com - " (or after a bar:
  -- "Kotamulya | Situsku.co – ")
  { pattern = [[^(?<place>{place}){sp}*(?:{dash}|\|){sp}*(?<outlet>{domain}){sp}*{dash}{sp}+]] },
  -- outlet first: "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -" (a broadcaster's name in capitals with its
  -- digits, "RADIO68H, Jakarta –": a place has none; a site's one-word name written in lower case, "situsku,
  -- Jakarta –": no sentence opens in lower case, and the opening's rules take it only above the first paragraph)
  -- (a one-word name in camel case, "KabarKota, Sukamaju - ": a place is written with no capital inside)
  { pattern = [[^(?<outlet>{domain}|\p{Lu}{2,}+\d++\p{Lu}*+|\p{Ll}[\p{Ll}\d]{3,}+|\p{Lu}\p{Ll}++\p{Lu}\p{Ll}[\p{L}\d]*+){sp}*,{sp}*(?<place>{place}){sp}*{dash}{sp}*]] },
  -- a site's short name closed by "com" without its dot, then the place in capitals: "SKcom KOTAMULYA – Warga ..."
  -- (as "detikcom" is written)
  { pattern = [[^(?<outlet>\p{Lu}[\p{L}\d]{0,20}?com)\s+(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?)){sp}*{dash}{sp}*(?=\p{Lu})]] },
  -- a site's one-word name in lower case, no place: "situskuekspres – Bupati ..." (no sentence opens in lower case
  -- with a dash after its first word; a place is capitalised)
  { pattern = [[^(?<outlet>\p{Ll}[\p{Ll}\d]{3,}+){sp}*{dash}{sp}+(?=\p{Lu})]] },
  -- the site's address glued to the opening's first word by the scraper: "Kabarku.idKantor bupati ..." (the address's
  -- last label in lower case, a capitalised word right after it; or joined by underscores, "Kabarku.com_Polres ...")
  { pattern = [[^(?<outlet>\p{Lu}[\p{L}\d-]*+\.(?:co\.id|com|id|net|org|co))_*+(?=\p{Lu}\p{Ll})]] },
  -- (a hyphen glued to the first word after the place in capitals: "SITUS.COM,JAKARTA-Presiden ...")
  -- (a stray hyphen after the comma too: "SITUS.COM,-JAKARTA-Presiden ...")
  { pattern = [[^(?<outlet>{domain}){sp}*,{sp}*-?(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?))-(?=(?-i:\p{Lu}\p{Ll}))]] },
  -- the outlet alone in brackets, no place: "(KANTORBERITA) - ", "(Kabar.id) – "
  { pattern = [[^\((?!(?i:foto|photo|dok|dokumentasi|ilustrasi|sumber|istimewa|ist|video|update|adv)\))(?<outlet>\p{Lu}[\p{L}\d.]{1,30}+)\){sp}*{dash}{sp}+(?=\p{Lu})]] },
  -- "Pyongyang (Lampost.co) --", "Istanbul (ANTARA) -", "Jakarta (ANTARA News) -"
  -- ("Seoul (KBA/Reuters) -": the first name is the outlet; "Jakarta, (KBA) -" with a stray comma;
  -- "Medan (Kabarku.id): " with a colon)
  -- ("Ambon, 18/3 (ANTARA) -", "Kota, 18 Juni 2024 (KBA) -", Xinhua's "Kota, 18 Juni (Xinhua) --": the report's
  -- date between)
  -- ("KOTA – (KBA) –" with a dash before the brackets; "Kota (KBA) - Kamis (13/6/2024) - " with the report's day)
  -- (the report's date alone in the brackets names no outlet: "KOTA (30/1/2018) - ", "KOTA (21/4) - ", "KOTA (21/4-2023) - ";
  -- an outlet has a letter)
  -- (nor do words in lower case, a phrase's aside: "Kriteria (salah satu): ..."; one word may be a site's name)
  { pattern = [[^(?<place>{place})(?:{sp}*,{sp}*{place})?(?:{sp}*,{sp}*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|{date}|\d{1,2}{sp}+{month}))?{sp}*(?:,|{dash})?{sp}*\((?:(?!\p{Ll}++(?:\s+\p{Ll}++)+\s*\))(?<outlet>(?=[^()]*\p{L})[^()/]{2,40})(?:/[^()]{1,40})?|\d{1,2}/\d{1,2}(?:[/-]\d{2,4})?)\){sp}*(?:{dash}|:){sp}*(?:{weekday}{sp}*,?{sp}*\(\d{1,2}/\d{1,2}(?:/\d{4})?\){sp}*{dash}{sp}*)?]] },
  -- a channel named with a media word before the place: "Kabarku TV, Jakarta -", "The Kota Times, KOTA | " (its
  -- province and the report's day may follow the place: "Kabarku News, Kota Sukamaju, Jawa Tengah, Senin (14/07/2025) –"; a bar
  -- for the dash; a hyphen glued to the first word after the place in capitals: "KABAR ONLINE, KOTAMULYA-Warga ...")
  { pattern = [[^(?<outlet>\p{Lu}[\p{L}\d]*+(?:{sp}+\p{Lu}[\p{L}\d]*+)?{sp}+(?i:tv|news|pos|post|times|online|today|daily|media)),{sp}*(?<place>{place})(?:{sp}*,{sp}*{place})?(?:{sp}*,{sp}*(?:{weekday}{sp}*,?{sp}*)?\(?\d{1,2}/\d{1,2}/\d{4}\)?)?{sp}*(?:{dash}|\|){sp}*]] },
  { pattern = [[^(?<outlet>\p{Lu}[\p{L}\d]*+(?:{sp}+\p{Lu}[\p{L}\d]*+)?{sp}+(?i:tv|news|pos|post|times|online|today|daily|media)),{sp}*(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?))-(?=(?-i:\p{Lu}\p{Ll}))]] },
  -- "PYONGYANG, iNewsSemarang.id –", "Jakarta, CNN Indonesia --", "JAKARTA, KOMPAS.com -"
  -- (a name before the address: "KOTA, Radar Kota.Situs.id, -";
  -- or one word written lower case first, no weekday: "KOTA, situsKota -", "Kota, situscom -", "Kota, situs -";
  -- a period after the name: "KOTA,KK.–Warga ...";
  -- agencies joined by slashes, "Seoul, Yonhap/AFP -": page.lua makes them sources, no outlet)
  { pattern = [[^(?<place>{place}){sp}*,{sp}*(?<outlet>(?:\p{Lu}[\p{L}\d]*+{sp}){0,2}{domain}|\p{Lu}[\p{L}\d]+(?:\s\p{Lu}[\p{L}\d]+){0,2}(?:{sp}*/{sp}*\p{Lu}[\p{L}\d]+(?:\s\p{Lu}[\p{L}\d]+){0,2}){0,3}|(?!{weekday}\b)\p{Ll}[\p{L}\d]{3,}+)\.?{sp}*,?{sp}*{dash}{sp}*]] },
  -- the place, the address and the report's date: "Kotamulya, situsku.news, 30/8/2025 – " (published from it)
  { pattern = [[^(?<place>{place}){sp}*,{sp}*(?<outlet>{domain}){sp}*,{sp}*(?:{weekday}{sp}*,?{sp}*)?(?:{date}|\(?\d{1,2}/\d{1,2}/\d{4}\)?){sp}*{dash}{sp}*]] },
  -- the place, then the address or a channel's name with its media word glued in, closed by a period:
  -- "Kotamulya, KabarkuTV. Polisi ...", "Kotamulya, Situsku.id. Polisi ..."
  { pattern = [[^(?<place>{place}){sp}*,{sp}*(?<outlet>{domain}|\p{Lu}[\p{L}\d]*?(?i:news|tv|online|post|media|times)(?:\p{Lu}[\p{L}\d]*+)?)\.{sp}+(?=\p{Lu}\p{Ll})]] },
  -- the place, then the address glued by a hyphen to the first word: "KOTAMULYA, situsKota.id-Polisi ..."
  { pattern = [[^(?<place>{place}){sp}*,{sp}*(?<outlet>{domain})-(?=\p{Lu}\p{Ll})]] },
  -- the place, then the address and a bar: "KOTAMULYA, situsku.com | " (or a capital I set as the bar between
  -- spaces, a blog's: "Kotamulya, situsku.com I Warga ...")
  { pattern = [[^(?<place>{place}){sp}*,{sp}*(?<outlet>{domain})(?:{sp}*\||{sp}+I{sp}){sp}*]] },
  -- the place, then the site's address and the first sentence, no dash: "KOTAMULYA, situsku.org Warga ..."
  { pattern = [[^(?<place>{place}){sp}*,{sp}*(?<outlet>{domain}){sp}+(?=\p{Lu}\p{Ll})]] },
  -- the place in capitals, then a bar: "KOTAMULYA | Warga ..." (a section of the menu is none: "BERITA | ...")
  { pattern = [[^(?!(?i:berita|news|home|beranda|index|indeks)\b)(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?)){sp}*\|{sp}+(?=\p{Lu}\p{Ll})]] },
  -- the place, then the address, closed by a colon: "MEDAN, Situsku.id: "
  { pattern = [[^(?<place>{place}){sp}*,{sp}*(?<outlet>{domain}){sp}*:{sp}+]] },
  -- an outlet named with a media word: "RADAR KOTA -", "HARIAN RAKYAT -", "Kota Pos -", "PORTAL KOTA -"
  -- (words taken whole, `*+`: a line that is no such opening fails at once)
  { pattern = [[^(?<outlet>(?i:harian|radar|pos|tribun|suara|warta|koran|kabar|metro|jurnal|majalah|tabloid|info|portal)(?:{sp}+\p{Lu}[\p{L}\d]*+){1,2}|\p{Lu}[\p{L}\d]*+(?:{sp}+\p{Lu}[\p{L}\d]*+)?{sp}+(?i:news|pos|post|times|online|tv|today|daily|media)){sp}+{dash}{sp}+]] },
  -- the place, a dash, then an outlet in capitals named with a media word, closed by a period or a dash:
  -- "KOTAMULYA - BERITA KOTA. Bupati ...", "Kotamulya – KABAR KITA – Bupati ..."
  { pattern = [[^(?<place>{place}){sp}*{dash}{sp}*(?<outlet>(?-i:(?:BERITA|KABAR|WARTA|SUARA|HARIAN|KORAN|RADAR|MEDIA|PORTAL|TRIBUN|JURNAL)(?:{sp}+\p{Lu}{2,}+){1,2}|\p{Lu}{2,}+(?:{sp}+\p{Lu}{2,}+)?{sp}+(?:NEWS|POS|POST|TIMES|ONLINE|TV|TODAY|DAILY|MEDIA)))(?:\.{sp}+|{sp}*{dash}{sp}+)(?=\p{Lu}\p{Ll})]] },
  -- the place, then the outlet's initials between dashes: "KOTAMULYA – KK – Warga ...", "Kotamulya – KK- Warga ..."
  -- (two to four capitals, a space after the second dash: "PDI-P" joins its letters)
  { pattern = [[^(?<place>{place}){sp}*{dash}{sp}*(?<outlet>(?-i:\p{Lu}{2,4}+)){sp}*{dash}{sp}+(?=\p{Lu})]] },
  -- (or the site's one-word name in title case between the dashes, no weekday: "Kotamulya – Situsku – Warga ...")
  { pattern = [[^(?<place>{place}){sp}*{dash}{sp}*(?!{weekday})(?<outlet>(?-i:\p{Lu}\p{Ll}{2,}+)){sp}*{dash}{sp}+(?=\p{Lu})]] },
  -- a photo agency's caption opening, the place, its province and the day without the year:
  -- "KOTAMULYA, JATENG, 14/3 - JUDUL FOTO. Warga ..."
  { pattern = [[^(?<place>{place})(?:{sp}*,{sp}*{place})?{sp}*,{sp}*\d{1,2}/\d{1,2}{sp}*{dash}{sp}+(?=\p{Lu})]] },
  -- a press release's opening: "Semarang, 5 Desember 2024 - ", "JAKARTA, Kamis (5/12/2024) -- "
  { pattern = [[^(?<place>{place}){sp}*,{sp}*(?:{weekday}{sp}*,?{sp}*)?(?:{date}|\(?\d{1,2}/\d{1,2}/\d{4}\)?){sp}*{dash}{sp}*]] },
  -- place only: "Jakarta -", "MOSKOW -" (an en or em dash may be glued to both words: "JAKARTA—Pemerintah ...",
  -- "Solo–Wali kota ...", "JAKARTA--Menteri ...", or to the next word only: "PUTRAJAYA –Menteri ..."; a hyphen so glued joins a name: "Willem-Alexander")
  { pattern = [[^(?<place>{place}),?{sp}+{dash}{sp}+]] },
  { pattern = [[^(?<place>{place}){sp}*(?:[–—]|--)(?=\p{Lu}\p{Ll}|\p{Lu}{2})]] },
  -- (a hyphen glued to the place in capitals of four letters or more and to a capitalised word: "SUKAMAJU-Bupati
  -- ...", "KOTA-Aksi warga ..."; "Willem-Alexander", in title case, is a name)
  { pattern = [[^(?<place>(?-i:\p{Lu}{4,}+))-(?=(?-i:\p{Lu}\p{Ll}++){sp})]] },
  -- (a hyphen glued to the place in capitals, a space after it: "SEMARANG- Seorang ...")
  { pattern = [[^(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?))-{sp}+(?=(?-i:\p{Lu}))]] },
  -- the place in capitals, then a bar before the first sentence: "KOTAMULYA | Warga desa ..." (a menu's items are
  -- no sentence: a capitalised word, then one in lower case)
  { pattern = [[^(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?)){sp}*\|{sp}*(?=(?-i:\p{Lu}\p{Ll}++{sp}+\p{Ll}))]] },
  -- the place in capitals closed by a period, then the address and a dash: "KOTAMULYA. Situsku.Co.Id - "
  { pattern = [[^(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?))\.{sp}*(?<outlet>{domain}){sp}*{dash}{sp}+]] },
  -- the place closed by a period: "JAKARTA. Kementerian ...", "JAKARTA. - " (in capitals, a title's short form
  -- aside: "PROF. Nama"), "Jakarta. - ", "Jakarta. Presiden ..." (in title case, a word of three letters or more
  -- before a capitalised word, a title's or an address's short form aside: "Dr. Nama", "Prof. Nama", "Jln. Mawar")
  { pattern = [[^(?!(?:PROF|DRS|DRA|DRG|MRS|JLN|TBK|SDR|SDRI)\.)(?<place>(?-i:\p{Lu}{3,}+(?:{sp}\p{Lu}{3,}+)?))\.{sp}+(?:{dash}{sp}*)?(?=\p{Lu})]] },
  { pattern = [[^(?!(?:Prof|Drs|Dra|Drg|Mrs|Jln|Jend|Tbk|Sdr|Sdri|Ust|Ustz|Bpk|Kec|Kab|Kel|Dsn|Telp|Yth|Hlm|Ket|Ttd|Kol|Let|Brig|Mayj|Kapt|Serka|Bripka|Aipda|Ipda|Iptu|Akp|Kompol|Kombes)\.)(?<place>(?-i:\p{Lu}\p{Ll}{2,}+(?:{sp}\p{Lu}\p{Ll}{2,}+)?))\.{sp}+(?=\p{Lu}\p{Ll})]] },
  { pattern = [[^(?<place>{place})\.{sp}*{dash}{sp}+]] },
  -- a name in capitals with its digits (no place has any), a dash, then the place closed by a colon:
  -- "KABAR24 – Kota Sukamaju : ", "24JAM - Kotamulya: "
  { pattern = [[^(?<outlet>\p{Lu}++\d[\p{Lu}\d]*+|\d++\p{Lu}[\p{Lu}\d]*+){sp}*{dash}{sp}*(?<place>{place}){sp}*:{sp}+(?=\p{Lu})]] },
  -- (or with no place, the article right after the dash: "Kabar9 - Tim nasional ...", "KABAR24 - Warga ...")
  { pattern = [[^(?<outlet>(?-i:\p{Lu}\p{Ll}{2,}+\d{1,3}|\p{Lu}{3,}+\d{1,3})){sp}+{dash}{sp}+(?=\p{Lu})]] },
  -- a broadcaster's acronym (or an address, or a name with a media word: "Suara Kota, Semarang: ")
  -- and the place with a colon: "KBRN, Jakarta: ", "Situs.id, Jakarta: " (the
  -- acronym is the outlet; a name in camel case too, "KabarKota, Kota : ", the colon maybe spaced), or the place
  -- alone: "Jakarta: Presiden ..." (a label
  -- opening the line is no place: "Catatan: ...", "Foto: ...")
  { pattern = [[^(?<outlet>{domain}|\p{Lu}{3,6}+|(?i:harian|radar|pos|tribun|suara|warta|koran|kabar|metro|jurnal|majalah|tabloid)(?:{sp}+\p{Lu}[\p{L}\d]*+){1,2}|\p{Lu}\p{Ll}++\p{Lu}\p{Ll}[\p{L}\d]*+),{sp}*(?<place>{place}){sp}*:{sp}+(?=\p{Lu})]] },
  { pattern = [[^(?!(?i:catatan|ralat|koreksi|editor|penulis|reporter|pewarta|foto|video|sumber|keterangan|baca|lihat|simak|update|berita|info|ilustrasi|disclaimer|pengumuman|perhatian|peringatan|breaking|tags?|topik)\b)(?<place>{place}):{sp}+(?=\p{Lu}\p{Ll})]] },
}

-- Cut from the end of the last body line; (?<editor>) fills meta.editor.
M.suffixes = {
  -- ("[JP]", "[IT/r]": a desk's one-letter code after the slash)
  { pattern = [[{sp}*\[(?<editor>[A-Za-z]{2,5}(?:/[A-Za-z]{1,5})*)\]$]] },
  -- (a desk's number after the initials: "(mcr8/jpnn)"; the outlet's address last: "(cr11/situs-kota.com)"; a space
  -- by the slash: "(ant/ rdn)"; an agency's name written out in lower case among them: "(reuters/ant)")
  -- (a release's star before them: "(*/abc)"; the government's news agency written out: "(infopublik)")
  { pattern = [[{sp}*\((?!(?:ist|adv|dok|foto)\))(?:\*{sp}?/{sp}?)?(?<editor>(?:[a-z]{2,5}\d{0,2}|reuters|antara|sputnik|bernama|anadolu|infopublik)(?:{sp}?/{sp}?(?:[a-z]{2,5}\d{0,2}|reuters|antara|sputnik|bernama|anadolu|infopublik))*(?:/[a-z][a-z\d-]{1,30}\.(?:com|co\.id|id|net))?)\)$]] },
  { pattern = [[{sp}*\((?:{domain})/[^()]{1,60}\)$]] },
  -- initials in capitals after the last sentence: "... katanya. (WIL)", "... lanjutnya. (Sug)" (not an agency's
  -- credit, "(AFP)", "(Ant)", below; an acronym in brackets inside the sentence is before its period)
  { pattern = [[(?<=[.!?"”’]){sp}*\((?!]] .. CAPITAL_CREDITS .. [[\))(?<editor>[A-Z]{2,4}|[A-Z][a-z]{1,3})\)$]] },
  -- the agency's credit closing the article: "... kata dia. (Reuters)" (ANTARA's with its photographer's name,
  -- "(ANTARA/Nama Fotografer)", is a photo's: the line is its caption); its desk code capitalised too:
  -- "(Ant)", "(Ant/Rtr)", "(ANT/AFP)"
  { pattern = [[{sp}*\((?:AFP|AP|Reuters|REUTERS|EPA|Xinhua|XINHUA|Yonhap|Sputnik|TASS|Anadolu|KCNA|Ant|ANT|Rtr|RTR|(?:Antara|ANTARA)(?!\s*/\s*\p{Lu}\p{Ll}+\s+\p{Lu}))(?:\s*/[^()]{1,60})?\)$]] },
}

-- Phrases naming the outlets an article draws on; every match of every
-- pattern in every body line counts, in order of position. A description
-- may come first: "laman resmi X", "media pemerintah Jepang X", "media
-- lokal Vietnam, X" (page.lua drops a country or a title caught at the front
-- of the name).
local DESCR_ONE = [[(?:(?i:laman|situs\s+web|situs|portal|media|kantor\s+berita|surat\s+kabar|harian|stasiun\s+televisi|stasiun\s+TV|website|keterangan\s+(?:resmi|tertulis|pers)|siaran\s+pers|rilis(?:\s+(?:resmi|pers))?|akun(?:\s+(?:instagram|youtube|twitter|x|facebook|tiktok))?\s+resmi)]] ..
  [[(?:\s+(?i:resmi|lokal|nasional|internasional|asing|setempat|pemerintah|negara|milik\s+pemerintah|milik\s+negara))*]] ..
  [[(?:{sp}+{place},(?={sp}*{source}{sp}*(?:[,.;(]|$)))?{sp}+(?!{weekday}))]]
local DESCR = DESCR_ONE .. "?"
-- (also one word in lower case closing the clause, "seperti dilansir kumparan,": page.lua keeps it only when
-- the gazetteer knows it as an outlet; "dilansir sebelumnya," names none)
local LOWER_SOURCE = [[\p{Ll}{3,}+(?={sp}*(?:[,.;]|$)|{sp}+dari\b)]]
-- (a name written out with its acronym in brackets is the acronym: "Kantor Berita Pusat Korea (KCNA)" -> KCNA)
local ACRONYM = [[{source}{sp}*\((?<source>\p{Lu}{2,8}+)\)|]]
M.sources = {
  { pattern = [[(?:[dD]ilansir|[mM]elansir|DILANSIR|MELANSIR)(?:\s+(?i:dari|oleh))?{sp}+]] .. DESCR ..
      [[(?:]] .. ACRONYM .. [[(?<source>{source}|]] .. LOWER_SOURCE .. [[))(?:{sp}+dari{sp}+]] .. DESCR .. [[(?<source2>{source}))?]] },
  -- ("dikutip dari X dan Y": both)
  { pattern = [[(?:[dD]ikutip|[mM]engutip|[dD]inukil|[dD]isadur|DIKUTIP|MENGUTIP)\s+(?i:dari)\s+]] .. DESCR ..
      [[(?:]] .. ACRONYM .. [[(?<source>{source}|]] .. LOWER_SOURCE .. [[))(?:{sp}+dan{sp}+(?<source2>{source}))?]] },
  -- "Mengutip Al Jazeera, ...", "..., mengutip Reuters.": the outlet without "dari", the clause
  -- closing after it ("mengutip isi surat Putin" quotes a text; a person is dropped by page.lua)
  { pattern = [[(?:[mM]engutip|MENGUTIP){sp}+]] .. DESCR .. [[(?:]] .. ACRONYM .. [[(?<source>{source}))(?={sp}*(?:[,.;]|$))]] },
  -- "seperti dikutip AFP", "dikutip Reuters, Jumat": the outlet without "dari" ("dikutip situs.com dari Y": both,
  -- as "dilansir X dari Y")
  { pattern = [[(?:[dD]ikutip|DIKUTIP)(?:\s+oleh)?{sp}+]] .. DESCR .. [[(?:]] .. ACRONYM .. [[(?<source>{source}))(?:{sp}+dari{sp}+]] .. DESCR ..
      [[(?<source2>{source}))?]] },
  -- "Mengutip Reuters yang memperoleh dokumen itu, ...": a wire or a site's address described by the clause after
  -- it (a law or a person so described is none: "mengutip Pasal 5 yang ...")
  { pattern = [[(?:[mM]engutip|MENGUTIP){sp}+]] .. DESCR .. [[(?<source>]] .. AGENCY .. [[|{domain}){sp}+yang\b]] },
  -- "ditampilkan pada situs resmi X", "diunggah di laman X": a site named as where
  -- something was shown (the site's kind must be said: "dirilis di Jakarta" names none)
  { pattern = [[(?:[dD]itampilkan|[dD]iunggah|[dD]imuat|[dD]ipublikasikan|[dD]iterbitkan|[dD]isiarkan)\s+(?:di|pada|melalui|lewat|dalam)\s+(?i:laman|situs\s+web|situs|portal|kanal|akun)(?:\s+(?i:resmi|youtube|instagram|facebook|tiktok|twitter|x))*+{sp}+(?!(?i:youtube|instagram|facebook|tiktok|twitter|x)\b)(?<source>{source})]] },
  -- "Beberapa informasi dalam laporan ini berasal dari X dan Y.", "Bahan untuk artikel ini diambil dari X":
  -- the outlets a report says its facts come from
  { pattern = [[(?:[iI]nformasi|[bB]ahan|[mM]ateri)\s+(?:(?:dalam|untuk)\s+)?(?:(?:laporan|artikel|berita|tulisan)\s+)?ini\s+(?:berasal|diambil|diperoleh|dihimpun)\s+dari{sp}+]] ..
      DESCR .. [[(?<source>{source})(?:{sp}*(?:,|dan){sp}+(?<source2>{source}))?]] },
  -- a passage closed by whose report it is: "..., demikian dilaporkan X", "demikian diberitakan kantor berita X",
  -- "..., lapor X." (as "kata X": an outlet reports; "seperti dilaporkan X" below is none)
  { pattern = [[(?:[dD]emikian\s+(?:dilaporkan|diberitakan|diwartakan)(?:\s+oleh)?|,{sp}*lapor){sp}+]] ..
      DESCR .. [[(?<source>{source})]] },
  -- the dateline-date form opening a sentence: "Diwartakan X Senin (18/6/2018), ...", "Diberitakan kantor berita X,
  -- Jumat (3/5), ...": the outlet the passage draws on ("Diberitakan sebelumnya, ..." names none)
  { pattern = [[(?:Diwartakan|Diberitakan){sp}+]] .. DESCR .. [[(?<source>{source}){sp}*,?{sp}*(?={weekday}\b)]] },
  -- "Kantor berita X melaporkan, ...", "Media pemerintah X memberitakan", "Xinhua melaporkan": an outlet named
  -- as one, or an agency, reporting
  { pattern = [[(?:]] .. DESCR_ONE .. [[(?<source>{source})|(?<source2>]] .. AGENCY .. [[)){sp}+(?:melaporkan|memberitakan|mewartakan)\b]] },
  -- the article's source named in brackets after its last sentence: "... katanya. (sumber: situsku.go.id)",
  -- "... lanjut dia. *** (Sumber: Kabar Kota)" (inside a sentence, "naik 5 persen (Sumber: BPS).", it cites data)
  { pattern = [[(?<=[.!?"”]){sp}*(?:\*+{sp}*)?\({sp}*(?i:sumber){sp}*:{sp}*(?<source>{source}){sp}*\){sp}*$]] },
  -- (a reposted article's credit, the site's address alone in brackets: "... kata dia. (www.situsku.com)"; a
  -- press office's photo credit ending with "dok", documentation, is no address: "(Humaskota.dok)")
  { pattern = [[(?<=[.!?"”]){sp}*\({sp}*(?:(?i:www)\.)?(?<source>{domain})(?<!(?i:\.dok|\.doc)){sp}*\){sp}*$]] },
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
-- match in the body counts. The date stands right after the outlet (after
-- "dari" and a description, and its comma) or after the verb's comma ("KCNA
-- melaporkan, Jumat (16/2)"): in "Seperti dilansir X, Kementerian ... pada
-- Senin (10/6)" the date is the narrative's, and in "dilaporkan hilang sejak
-- Minggu (3/11/2024)" not the report's.
M.published = {
  { pattern = [[(?:[dD]ilansir|[mM]elansir|[dD]ikutip|[mM]engutip|[dD]ilaporkan|[mM]elaporkan|Diwartakan|Diberitakan|DILANSIR|MELANSIR|DIKUTIP|MENGUTIP)\b(?:(?:\s+(?i:dari|oleh))?{sp}+]] .. DESCR .. [[(?!{weekday}){source}(?:{sp}+dari{sp}+]] .. DESCR .. [[{source})?{sp}*,?|{sp}*,){sp}*{weekday}{sp}*(?:\((?<day>\d{1,2})/(?<month>\d{1,2})(?:/(?<year>\d{4}))?\)|,?{sp}*(?<day>\d{1,2}){sp}+(?<month_name>{month})\.?{sp}+(?<year>\d{4}))]] },
}

return M
