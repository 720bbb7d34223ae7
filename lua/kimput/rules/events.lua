-- The event lexicon: the words news uses to report letters, messages, calls
-- and meetings, and the frames that say who is the sender and who the
-- recipient. kimput.events hands it to the C engine once (and again after
-- kimput.events.reload() or kimput.events.add{}); the engine anchors every
-- trigger at the party mentions around it, so nothing here names a person.
--
-- Verbs: { phrase, frame = ..., type = ..., direct = true, answer = true }
--   answer  a reply (membalas): with no addressee it goes to the sender of the
--           latest letter or message its subject received, and with no noun
--           after it, it is of that one's type (a reply word before the verb,
--           "Sebagai balasan, X mengirim surat", reads the same)
--   type    "letter" | "message" | "call" | "meeting", or none: the noun right
--           after the verb says it (mengirim surat: letter; mengirim pesan:
--           message)
--   frame   send     the subject sends to the party after kepada/untuk/ke, or
--                    to the object for a `direct` verb (menelepon X); a party
--                    after dari wins ("menyerahkan surat dari X untuk Y")
--           receive  the subject receives from the party after dari, or from
--                    the object (menerima telepon X: X called); with no noun,
--                    a person received is a meeting (X menerima Y di istana); a
--                    `direct` one thanks: the party after kepada sent what
--                    the noun after "atas" names (berterima kasih kepada X atas surat)
--           passive  the agent follows the verb or oleh (dikirim X kepada Y); for
--                    a `direct` one the subject is the other party (X ditelepon Y)
--           mutual   the subject with the object or the party after dengan,
--                    or the listed subjects together (X dan Y bertemu)
--           exchange as mutual, one event each way (bertukar surat); one way
--                    to a party after kepada (X berkirim surat kepada Y)
-- Nouns: { phrase, type = ..., possessed = true } -- a noun alone reports an
--   event too: "surat X untuk Y", "surat dari X kepada Y", "pertemuan X dengan
--   Y", "pertemuan antara X dan Y"; a `possessed` noun takes the subject
--   before it ("X dalam pertemuannya dengan Y"); a `verbal` noun between two
--   parties acts as a direct verb ("Putin telepon Kim" in a headline); an
--   `answer` noun sent with no addressee is a reply, as an answer verb
--   ("X mengirim surat balasan").
-- A message that a letter noun follows ("melalui surat") is a letter; a
-- sentence with a `block` word reports no message (congratulations in a
-- speech); a `planned` word just before a trigger marks it planned.
local M = {}

M.verbs = {
  -- sending: typed by the noun after them
  { "mengirim", frame = "send" }, { "mengirimkan", frame = "send" }, { "mengirimi", frame = "send" },
  { "kirim", frame = "send" }, { "kirimkan", frame = "send" }, { "menyampaikan", frame = "send" },
  { "sampaikan", frame = "send" }, { "memberikan", frame = "send" }, { "memberi", frame = "send" },
  { "beri", frame = "send" }, { "menyerahkan", frame = "send" }, { "mengantarkan", frame = "send" },
  { "menitipkan", frame = "send" },
  -- posted for someone: "mengunggah ucapan selamat untuk X di media sosial" (a photo posted is none)
  { "mengunggah", frame = "send" },
  { "menulis", frame = "send" }, { "menuliskan", frame = "send" },
  { "menandatangani", frame = "send" }, { "meneken", frame = "send" }, { "mengucapkan", frame = "send" },
  { "ucapkan", frame = "send" }, { "membalas", frame = "send", direct = true, answer = true },
  { "balas", frame = "send", direct = true, answer = true },  -- a headline's "X Balas Surat Y"
  -- answering a letter named right after the verb ("X menjawab surat Y"; "menjawab" alone, as
  -- in "mengirim surat untuk menjawab pesan Y", is the reply word below)
  { "menjawab surat", type = "letter", frame = "send", direct = true, answer = true },
  { "menjawab pesan", type = "message", frame = "send", direct = true, answer = true },
  { "membalasnya", frame = "send", answer = true },
  { "melayangkan", frame = "send" }, { "menyatakan", frame = "send" },
  { "mengungkapkan", frame = "send" }, { "menyampaikan ucapan", frame = "send" },
  -- (the phrase above takes "ucapan", so its condolence is typed here: "menyampaikan ucapan duka kepada Y")
  { "menyampaikan ucapan duka", type = "message", frame = "send" },
  -- sending, typed
  { "menyurati", type = "letter", frame = "send", direct = true },
  -- a letter left for someone ("X meninggalkan sepucuk surat untuk Y di mejanya")
  { "meninggalkan surat", type = "letter", frame = "send" },
  { "meninggalkan sepucuk surat", type = "letter", frame = "send" },
  { "meletakkan surat", type = "letter", frame = "send" },
  { "meletakkan sepucuk surat", type = "letter", frame = "send" },
  { "meninggalkan pesan", type = "message", frame = "send" },
  { "bersurat", type = "letter", frame = "send" },
  { "menyurat", type = "letter", frame = "send", direct = true },
  { "surati", type = "letter", frame = "send", direct = true },
  { "mengucapkan selamat", type = "message", frame = "send" },
  { "memberi selamat", type = "message", frame = "send" },
  { "memberikan selamat", type = "message", frame = "send" },
  { "beri selamat", type = "message", frame = "send", direct = true },  -- "X Beri Selamat Y"
  { "ucap selamat", type = "message", frame = "send" },  -- a headline's "X Ucap Selamat atas Terpilihnya Y"
  { "menyelamati", type = "message", frame = "send", direct = true },
  -- the Malay word of congratulations, in news of Malaysia and Brunei ("mengucapkan tahniah kepada X")
  { "mengucapkan tahniah", type = "message", frame = "send" },
  { "berbelasungkawa", type = "message", frame = "send" },
  { "menelepon", type = "call", frame = "send", direct = true },
  { "menelpon", type = "call", frame = "send", direct = true },
  { "telepon", type = "call", frame = "send", direct = true },
  { "menghubungi", type = "call", frame = "send", direct = true },
  -- (the spelling telefon, as in Malay)
  { "menelefon", type = "call", frame = "send", direct = true },
  { "bertelefon", type = "call", frame = "mutual" },
  { "bertelepon", type = "call", frame = "mutual" }, { "berteleponan", type = "call", frame = "mutual" },
  { "melakukan panggilan telepon", type = "call", frame = "mutual" },
  { "melakukan pembicaraan telepon", type = "call", frame = "mutual" },
  { "melakukan percakapan telepon", type = "call", frame = "mutual" },
  { "mengadakan pembicaraan telepon", type = "call", frame = "mutual" },
  { "menggelar pembicaraan telepon", type = "call", frame = "mutual" },
  -- a video call is a call
  { "melakukan panggilan video", type = "call", frame = "mutual" },
  { "menggelar panggilan video", type = "call", frame = "mutual" },
  { "melakukan konferensi video", type = "call", frame = "mutual" },
  { "menggelar konferensi video", type = "call", frame = "mutual" },
  -- receiving
  { "menerima", frame = "receive" }, { "mendapat", frame = "receive" }, { "mendapatkan", frame = "receive" },
  { "memperoleh", frame = "receive" }, { "terima", frame = "receive" },
  -- thanking: the party after kepada sent what "atas" names ("berterima kasih kepada X atas suratnya")
  { "berterima kasih", frame = "receive", direct = true }, { "berterimakasih", frame = "receive", direct = true },
  { "mengucapkan terima kasih", frame = "receive", direct = true },
  { "menyampaikan terima kasih", frame = "receive", direct = true },
  { "mengungkapkan terima kasih", frame = "receive", direct = true },
  { "menyatakan terima kasih", frame = "receive", direct = true },
  { "mengucapkan rasa terima kasih", frame = "receive", direct = true },
  { "menyampaikan rasa terima kasih", frame = "receive", direct = true },
  { "mengungkapkan rasa terima kasih", frame = "receive", direct = true },
  { "menyatakan rasa terima kasih", frame = "receive", direct = true },
  -- (the thanks named by a noun of saying: "menyampaikan ucapan terima kasih kepada X atas pesannya")
  { "menyampaikan ucapan terima kasih", frame = "receive", direct = true },
  { "menyampaikan ungkapan terima kasih", frame = "receive", direct = true },
  { "memberikan ucapan terima kasih", frame = "receive", direct = true },
  { "ditelepon", type = "call", frame = "passive", direct = true },
  { "dihubungi", type = "call", frame = "passive", direct = true },
  { "disambut", type = "meeting", frame = "passive", direct = true },
  -- a warm welcome received from the host ("X mendapat sambutan hangat dari Y"; "sambutan" alone is also a
  -- speech, and "mendapat sambutan baik" an idea's reception: only the warm one)
  { "mendapat sambutan hangat", type = "meeting", frame = "receive" },
  { "mendapatkan sambutan hangat", type = "meeting", frame = "receive" },
  { "memperoleh sambutan hangat", type = "meeting", frame = "receive" },
  { "menerima sambutan hangat", type = "meeting", frame = "receive" },
  { "dikunjungi", type = "meeting", frame = "passive", direct = true },
  { "ditemui", type = "meeting", frame = "passive", direct = true },
  { "dijamu", type = "meeting", frame = "passive", direct = true },
  { "diterima", type = "meeting", frame = "passive", direct = true },  -- "X diterima Y di istana"
  -- the passive prefix written apart, common in regional news ("X di sambut oleh Bupati Y")
  { "di sambut", type = "meeting", frame = "passive", direct = true },
  { "di jamu", type = "meeting", frame = "passive", direct = true },
  { "di temui", type = "meeting", frame = "passive", direct = true },
  -- passive
  { "dikirim", frame = "passive" }, { "dikirimkan", frame = "passive" }, { "diberikan", frame = "passive" },
  { "disampaikan", frame = "passive" }, { "ditulis", frame = "passive" },
  -- addressed: "Surat X ditujukan kepada Y", "Surat yang ditujukan kepada Y itu dikirim X"
  { "ditujukan", frame = "passive" },
  -- a reply told in the passive: "Surat itu dibalas X" is X's reply to its writer
  { "dibalas", frame = "passive", answer = true },
  -- signed: the signer wrote it ("Surat yang ditandatangani X itu dikirim kepada Y")
  { "ditandatangani", frame = "passive" }, { "diteken", frame = "passive" },
  -- handed over: the agent ("oleh" Y) is the courier when the letter is said to be from X
  { "diserahkan", frame = "passive" }, { "diantarkan", frame = "passive" }, { "diantar", frame = "passive" },
  -- read out by an envoy before the addressee ("Surat X dibacakan Dubes Y di hadapan Z")
  { "dibacakan", frame = "passive" },
  -- meeting
  { "bertemu", type = "meeting", frame = "mutual", direct = true },
  { "berjumpa", type = "meeting", frame = "mutual", direct = true },
  { "bersua", type = "meeting", frame = "mutual", direct = true },
  { "bertatap muka", type = "meeting", frame = "mutual" },
  { "beraudiensi", type = "meeting", frame = "mutual" }, { "beraudensi", type = "meeting", frame = "mutual" },
  { "berjabat tangan", type = "meeting", frame = "mutual" },
  { "melakukan pertemuan virtual", type = "meeting", frame = "mutual" },
  { "menemui", type = "meeting", frame = "mutual", direct = true },
  { "mengunjungi", type = "meeting", frame = "mutual", direct = true },
  { "menyambut", type = "meeting", frame = "mutual", direct = true },
  { "menjamu", type = "meeting", frame = "mutual", direct = true },
  -- the base forms of headlines ("X Sambut Y di Bandara", "X Temui Y")
  { "sambut", type = "meeting", frame = "mutual", direct = true },
  { "temui", type = "meeting", frame = "mutual", direct = true },
  { "kunjungi", type = "meeting", frame = "mutual", direct = true },
  { "jamu", type = "meeting", frame = "mutual", direct = true },
  -- a call on someone ("X menyambangi Y", "X menghadap Y di istana")
  { "menyambangi", type = "meeting", frame = "mutual", direct = true },
  { "sambangi", type = "meeting", frame = "mutual", direct = true },
  { "menghadap", type = "meeting", frame = "mutual", direct = true },
  -- a call at someone's home or office ("bertandang ke kediaman X", "sowan ke X", "bersilaturahmi dengan X")
  { "bertandang", type = "meeting", frame = "mutual" }, { "sowan", type = "meeting", frame = "mutual" },
  -- (a visit to a place is none: "berkunjung ke Jakarta"; to someone's home, a call on him)
  { "berkunjung ke kediaman", type = "meeting", frame = "mutual" },
  { "berkunjung ke rumah dinas", type = "meeting", frame = "mutual" },
  { "berkunjung ke rumah pribadi", type = "meeting", frame = "mutual" },
  { "bersilaturahmi", type = "meeting", frame = "mutual" }, { "bersilaturahim", type = "meeting", frame = "mutual" },
  -- (the common misspelling with "silah-": "bersilahturahmi dengan X")
  { "bersilahturahmi", type = "meeting", frame = "mutual" }, { "bersilahturahim", type = "meeting", frame = "mutual" },
  -- (and with a double r, as the noun "silaturrahmi" is written too: "bersilaturrahmi dengan X")
  { "bersilaturrahmi", type = "meeting", frame = "mutual" }, { "bersilaturrahim", type = "meeting", frame = "mutual" },
  -- fetching a guest on his arrival ("menjemput kedatangan X di bandara"; "menjemput" alone also takes a
  -- suspect away: "polisi menjemput paksa X")
  { "menjemput kedatangan", type = "meeting", frame = "mutual", direct = true },
  -- welcoming a guest's presence as his arrival ("menyambut kehadiran X"; "kehadiran" alone is attendance:
  -- "kehadiran X di acara itu")
  { "menyambut kehadiran", type = "meeting", frame = "mutual", direct = true },
  { "menyambut hangat kehadiran", type = "meeting", frame = "mutual", direct = true },
  { "berunding", type = "meeting", frame = "mutual" },
  { "berdialog", type = "meeting", frame = "mutual" }, { "berdiskusi", type = "meeting", frame = "mutual" },
  -- a meal together ("makan siang bersama X", "sarapan bersama X")
  { "makan siang", type = "meeting", frame = "mutual" }, { "makan malam", type = "meeting", frame = "mutual" },
  { "sarapan", type = "meeting", frame = "mutual" }, { "santap siang", type = "meeting", frame = "mutual" },
  { "santap malam", type = "meeting", frame = "mutual" },
  -- talking is a call when the telephone is named ("berbicara lewat telepon dengan X")
  { "berbincang", frame = "mutual" }, { "berbicara", frame = "mutual" },
  -- (but talk "empat mata", just the two of them, is face to face: "berbincang empat mata dengan X")
  { "berbincang empat mata", type = "meeting", frame = "mutual" },
  { "berbicara empat mata", type = "meeting", frame = "mutual" },
  { "bercakap empat mata", type = "meeting", frame = "mutual" },
  { "bercakap", frame = "mutual" }, { "berkomunikasi", frame = "mutual" },
  { "melakukan pembicaraan", type = "meeting", frame = "mutual" },
  { "mengadakan pembicaraan", type = "meeting", frame = "mutual" },
  { "melakukan pertemuan", type = "meeting", frame = "mutual" },
  { "mengadakan pertemuan", type = "meeting", frame = "mutual" },
  { "menggelar pertemuan", type = "meeting", frame = "mutual" },
  -- going on with one: "X melanjutkan pertemuan dengan Y"
  { "melanjutkan pertemuan", type = "meeting", frame = "mutual" },
  { "melanjutkan pembicaraan", type = "meeting", frame = "mutual" },
  { "menggelar pembicaraan", type = "meeting", frame = "mutual" },
  { "melakukan perundingan", type = "meeting", frame = "mutual" },
  { "melakukan percakapan", type = "meeting", frame = "mutual" },
  -- holding or attending what the noun after them names: "mengadakan KTT", "menghadiri KTT bersama Y"
  { "mengadakan", frame = "mutual" }, { "menggelar", frame = "mutual" }, { "melakukan", frame = "mutual" },
  { "melaksanakan", frame = "mutual" },
  { "menghadiri", frame = "mutual" },
  -- hosting it: "X menjadi tuan rumah pertemuan trilateral dengan Y dan Z", "X bertindak sebagai tuan rumah KTT"
  { "menjadi tuan rumah", frame = "mutual" }, { "sebagai tuan rumah", frame = "mutual" },
  -- one each way
  { "bertukar", frame = "exchange" }, { "saling berkirim", frame = "exchange" },
  { "berkirim", frame = "exchange" }, { "berbalas", frame = "exchange" },
  -- (the bare root with its noun, "melakukan tukar pesan dengan Y"; "tukar" alone is a rate's: "nilai tukar")
  { "tukar pesan", type = "message", frame = "exchange" }, { "tukar surat", type = "letter", frame = "exchange" },
  { "tukar ucapan", type = "message", frame = "exchange" }, { "tukar salam", type = "message", frame = "exchange" },
  { "saling tukar", frame = "exchange" },
}

M.nouns = {
  { "surat", type = "letter" }, { "suratnya", type = "letter", possessed = true },
  { "sepucuk surat", type = "letter" }, { "surat ucapan selamat", type = "letter" },
  { "surat ucapan", type = "letter" }, { "surat balasan", type = "letter", answer = true },
  { "surat resmi", type = "letter" }, { "surat pribadi", type = "letter" }, { "surat khusus", type = "letter" },
  { "surat bertanda tangan", type = "letter" }, { "kartu ucapan", type = "letter" },
  -- a letter named by its purpose, its owner after it as after "surat resmi" ("surat teguran Gubernur X
  -- kepada Bupati Y")
  { "surat teguran", type = "letter" }, { "surat permohonan", type = "letter" },
  { "surat undangan", type = "letter" }, { "surat keberatan", type = "letter" },
  { "surat rekomendasi", type = "letter" }, { "surat pengaduan", type = "letter" },
  { "surat protes", type = "letter" },
  -- an open letter addressed to a named party is a letter to that party ("surat terbuka X untuk Y")
  { "surat terbuka", type = "letter" }, { "surat terbukanya", type = "letter", possessed = true },
  { "kartu", type = "letter" }, { "kartu pos", type = "letter" },
  -- a telegram ("kawat") of greeting or condolence is a letter ("kawat" alone is a wire)
  { "kawat ucapan selamat", type = "letter" }, { "kawat ucapan", type = "letter" },
  { "kawat belasungkawa", type = "letter" }, { "kawat duka cita", type = "letter" },
  { "kawat simpati", type = "letter" }, { "kawat dukacita", type = "letter" }, { "kawat selamat", type = "letter" },
  -- a diplomatic cable is a telegram ("ucapan selamat X dikirim melalui kabel diplomatik")
  { "kabel diplomatik", type = "letter" }, { "kawat diplomatik", type = "letter" },
  { "telegram", type = "letter" }, { "nota diplomatik", type = "letter" }, { "nota protes", type = "letter" },
  { "nota keberatan", type = "letter" },
  { "pesan", type = "message" }, { "pesannya", type = "message", possessed = true },
  -- (its kind named, the owner after it as after "surat pribadi": "menyampaikan pesan pribadi X kepada Y")
  { "pesan pribadi", type = "message" }, { "pesan resmi", type = "message" }, { "pesan khusus", type = "message" },
  -- (the medium named after pesan is no sender: "mengirim pesan WhatsApp kepada Y")
  { "pesan singkat", type = "message" }, { "pesan teks", type = "message" }, { "pesan suara", type = "message" },
  { "pesan WhatsApp", type = "message" }, { "pesan WA", type = "message" }, { "pesan video", type = "message" },
  { "pesan tertulis", type = "message" }, { "pesan elektronik", type = "message" }, { "SMS", type = "message" },
  { "ucapan selamatnya", type = "message", possessed = true }, { "ucapannya", type = "message", possessed = true },
  { "pesan ucapan selamatnya", type = "message", possessed = true },
  { "surat ucapan selamatnya", type = "letter", possessed = true },
  { "surat balasannya", type = "letter", possessed = true, answer = true },
  { "telegramnya", type = "letter", possessed = true },
  { "kartu ucapannya", type = "letter", possessed = true },
  { "ucapan belasungkawanya", type = "message", possessed = true },
  { "pesan belasungkawanya", type = "message", possessed = true },
  { "duka citanya", type = "message", possessed = true }, { "dukacitanya", type = "message", possessed = true },
  { "pesan ucapan selamat", type = "message" }, { "ucapan selamat", type = "message" },
  { "ucapan", type = "message" }, { "salam", type = "message" },
  { "tahniah", type = "message" }, { "ucapan tahniah", type = "message" }, { "salam hangat", type = "message" },
  { "selamat", type = "message" },
  { "ucapan belasungkawa", type = "message" }, { "belasungkawa", type = "message" },
  { "ucapan duka cita", type = "message" }, { "duka cita", type = "message" },
  { "dukacita", type = "message" }, { "ucapan duka", type = "message" },
  -- the spelling in two words ("menyampaikan ucapan bela sungkawa kepada X"), condolence told as an
  -- expression or a feeling ("Ungkapan duka itu disampaikan X kepada Y", "menyampaikan rasa duka
  -- kepada Y"), and the condolence note a mourner signs ("nota takziah", "ucapan takziah")
  { "bela sungkawa", type = "message" }, { "ucapan bela sungkawa", type = "message" },
  { "kawat bela sungkawa", type = "letter" },
  { "ungkapan duka", type = "message" }, { "ungkapan duka cita", type = "message" },
  { "ungkapan dukacita", type = "message" }, { "ungkapan belasungkawa", type = "message" },
  { "ungkapan bela sungkawa", type = "message" }, { "rasa duka", type = "message" },
  { "rasa duka cita", type = "message" }, { "rasa dukacita", type = "message" },
  { "rasa belasungkawa", type = "message" }, { "rasa bela sungkawa", type = "message" },
  { "nota takziah", type = "letter" }, { "ucapan takziah", type = "message" },
  -- sympathy sent to someone is a condolence message ("mengungkapkan rasa simpatinya kepada X")
  -- a reply named again: "Balasan itu disampaikan pada Selasa" dates the reply just told
  { "balasan", type = "message", answer = true },
  -- "Dalam balasannya, X berterima kasih kepada Y": X's reply to Y (inside the reply phrase "sebagai
  -- balasannya" it is that phrase's word, no noun)
  { "balasannya", type = "message", possessed = true, answer = true },
  { "simpati", type = "message" }, { "simpatinya", type = "message" }, { "rasa simpati", type = "message" },
  { "rasa simpatinya", type = "message" },
  { "telepon", type = "call", verbal = true }, { "sambungan telepon", type = "call" },
  { "percakapan telepon", type = "call" }, { "pembicaraan telepon", type = "call" },
  { "panggilan telepon", type = "call" }, { "lewat telepon", type = "call" },
  { "panggilan video", type = "call" }, { "konferensi video", type = "call" }, { "sambungan video", type = "call" },
  { "melalui telepon", type = "call" }, { "via telepon", type = "call" },
  { "melalui sambungan telepon", type = "call" }, { "telepon genggam", type = "call" },
  { "melalui sambungan video", type = "call" }, { "lewat sambungan video", type = "call" },
  { "melalui panggilan video", type = "call" }, { "melalui konferensi video", type = "call" },
  { "tautan video", type = "call" }, { "melalui tautan video", type = "call" }, { "video call", type = "call" },
  { "video conference", type = "call" }, { "vidcon", type = "call" },
  -- the spelling telefon, and "per telepon" (often written as one word, "pembicaraan pertelepon")
  { "telefon", type = "call", verbal = true }, { "sambungan telefon", type = "call" },
  { "melalui sambungan telefon", type = "call" }, { "melalui telefon", type = "call" },
  { "lewat telefon", type = "call" },
  { "via telefon", type = "call" }, { "panggilan telefon", type = "call" }, { "percakapan telefon", type = "call" },
  { "pembicaraan telefon", type = "call" },
  -- (and the spelling telpon: "pembicaraan telpon", "lewat sambungan telpon")
  { "telpon", type = "call", verbal = true }, { "sambungan telpon", type = "call" },
  { "melalui sambungan telpon", type = "call" }, { "melalui telpon", type = "call" }, { "lewat telpon", type = "call" },
  { "via telpon", type = "call" }, { "panggilan telpon", type = "call" }, { "percakapan telpon", type = "call" },
  { "pembicaraan telpon", type = "call" },
  { "pembicaraan pertelepon", type = "call" }, { "percakapan pertelepon", type = "call" },
  { "pembicaraan per telepon", type = "call" }, { "percakapan per telepon", type = "call" },
  { "pertemuan", type = "meeting" }, { "pertemuannya", type = "meeting", possessed = true },
  { "pertemuan bilateral", type = "meeting" }, { "pertemuan puncak", type = "meeting" },
  -- the plural by reduplication ("Pertemuan-pertemuan bilateral itu digelar Selasa": the day of a series)
  { "pertemuan-pertemuan", type = "meeting" }, { "pertemuan-pertemuan bilateral", type = "meeting" },
  { "pertemuan bilateralnya", type = "meeting", possessed = true },
  { "pertemuan puncaknya", type = "meeting", possessed = true },
  -- after the meeting, written as one word: "pasca-pertemuan X dan Y"
  { "pasca-pertemuan", type = "meeting" }, { "pascapertemuan", type = "meeting" },
  -- (a courtesy call between its two parties, the verb left out, "X kunjungan kehormatan Y", acts as one)
  { "kunjungan", type = "meeting" }, { "kedatangan", type = "meeting" }, { "kunjungan kenegaraan", type = "meeting" },
  { "kunjungan kerja", type = "meeting" }, { "kunjungan kehormatan", type = "meeting", verbal = true },
  { "kunjungan resmi", type = "meeting" }, { "kunjungan silaturahmi", type = "meeting" },
  { "kunjungan balasan", type = "meeting" }, { "kunjungan dinas", type = "meeting" },
  { "kunjungan audiensi", type = "meeting" }, { "kunjungan audensi", type = "meeting" },
  { "kunjungan silaturahim", type = "meeting" }, { "kunjungan silaturrahmi", type = "meeting" },
  { "kunjungan silaturrahim", type = "meeting" },
  { "kunjungannya", type = "meeting", possessed = true },
  { "pembicaraan", type = "meeting" }, { "pembicaraan bilateral", type = "meeting" },
  -- talks named as bilateral communication ("melakukan komunikasi bilateral dengan X")
  { "komunikasi bilateral", type = "meeting" },
  -- talks named by their noun are held as "pembicaraan" are ("dalam perbincangan dengan X di Z"); on the
  -- telephone when it is named
  { "perbincangan", type = "meeting" }, { "perbincangan telepon", type = "call" },
  { "perundingan", type = "meeting" }, { "KTT", type = "meeting" }, { "audiensi", type = "meeting" },
  -- (written "audensi" too), and a courtesy call named by its noun ("melakukan silaturahmi dengan X")
  { "audensi", type = "meeting" }, { "silaturahmi", type = "meeting" }, { "silaturahim", type = "meeting" },
  { "silaturrahmi", type = "meeting" }, { "silaturrahim", type = "meeting" },
  -- (misspelt "silahturahmi": "melakukan silahturahmi ke Gubernur X")
  { "silahturahmi", type = "meeting" }, { "silahturahim", type = "meeting" },
  { "kunjungan silahturahmi", type = "meeting" }, { "kunjungan silahturahim", type = "meeting" },
  -- a meeting held with named people ("menggelar rapat dengan X"; "rapat paripurna" names none)
  { "rapat", type = "meeting" }, { "rapat terbatas", type = "meeting" },
  -- colloquial and other nouns of meeting ("temu X dengan Y", "tatap muka dengan Y", "diskusi dengan Y")
  { "temu", type = "meeting" }, { "tatap muka", type = "meeting" }, { "diskusi", type = "meeting" },
}

M.words = {
  to = { "kepada", "untuk", "bagi", "ke", "pada", "terhadap", "buat",
         -- (before whom a letter is read out: "dibacakan Dubes Y di hadapan Z")
         "di hadapan" },
  from = { "dari", "oleh" },
  with = { "dengan", "antara", "bersama" },
  ["and"] = { "dan", "serta", "maupun" },
  planned = { "akan", "bakal", "hendak", "berencana", "rencana", "direncanakan", "dijadwalkan", "rencananya",
              "diagendakan", "sedianya", "berencana akan", "ingin", "sepakat", "setuju", "berniat", "bersedia",
              "berharap", "berjanji",
              -- a wish or readiness to meet is at most a plan ("siap bertemu X", "keinginannya untuk bertemu X")
              "siap", "berkeinginan", "keinginan untuk", "keinginannya untuk", "berkeinginan untuk",
              "sepakat untuk", "setuju untuk", "berencana untuk", "berniat untuk", "bersedia untuk",
              "ingin kembali", "siap kembali",
              -- an offer is at most a plan ("X menawarkan diri menjadi tuan rumah pertemuan antara A dan B")
              "menawarkan diri", "menawarkan diri untuk", "menawarkan", "mengusulkan",
              -- a request to meet is at most a plan ("surat itu berisi permohonan bertemu dengan Y", "memohon bertemu")
              "permohonan", "permintaan", "memohon", "memohon untuk",
              -- a meeting on the agenda is at most a plan ("membahas agenda pertemuan antara A dan B")
              "agenda" },
  -- (the relative words below open fronted clauses too)
  front = { "saat", "ketika", "sewaktu", "kala", "dalam", "melalui", "lewat" },
  say = { "mengatakan", "mengaku", "menyebut", "menuturkan", "menjelaskan", "menegaskan", "menambahkan",
          "berkata" },
  -- (and a person's home before the party: "mengunjungi kediaman X" visits X; a person's party:
  -- "menyambut kedatangan rombongan X" meets X)
  skip = { "sebuah", "sepucuk", "satu", "sang", "yang", "secara", "langsung", "resmi", "khusus",
           -- which one of several ("Surat pertama X kepada Y diserahkan oleh Z": X's, carried by Z)
           "pertama", "terbaru",
           -- how many ("menerima 27 surat", "beberapa pucuk surat": a number is skipped too)
           "dua", "tiga", "beberapa", "sejumlah", "puluhan", "belasan", "pucuk",
           "kediaman", "rumah dinas", "rumah pribadi", "rombongan", "delegasi",
           -- the one met named after the bond ("bertemu mitranya, X"; a comma may follow)
           "mitranya", "rekannya", "koleganya", "sahabatnya", "timpalannya", "sejawatnya", "rekan sejawatnya",
           -- how it was received or sent ("menerima dengan gembira ucapan selamat dari X")
           "dengan gembira", "dengan senang hati", "dengan senang", "dengan hangat", "dengan bangga",
           "dengan hormat", "dengan tangan terbuka", "dengan penuh hormat",
           -- and warmly, without "dengan" ("X disambut hangat Gubernur Y", "menyambut hangat kedatangan X")
           "hangat" },
  block = { "pidato", "pidatonya", "sambutan", "sambutannya" },
  occasion = { "ulang tahun", "ulang tahunnya", "hari ulang tahun", "HUT", "hari jadi", "hari lahir",
               "hari berdirinya", "berdirinya", "hari kelahiran", "hari nasional",
               "Tahun Baru", "Idul Fitri", "Idul Adha", "Natal", "kemenangan", "kemenangannya", "terpilihnya",
               -- holidays written as one word (the standard spelling), and other feasts greeted
               "Idulfitri", "Iduladha", "Lebaran", "Imlek", "Waisak", "Nyepi", "Paskah", "Diwali",
               "terpilih",
               "pelantikan", "pelantikannya", "pemilihan presiden", "pilpres", "belasungkawa", "duka cita",
               -- a coronation, a confirmation in office, a wedding
               "penobatan", "penobatannya", "naik takhta", "kenaikan takhta", "pengukuhan", "pengukuhannya",
               "dilantiknya", "pernikahan", "pernikahannya",
               -- an appointment: "selamat atas penunjukannya sebagai pelatih"
               "penunjukan", "penunjukannya", "pengangkatan", "pengangkatannya", "ditunjuknya", "diangkatnya",
               -- an anniversary counted: "peringatan 75 tahun hubungan diplomatik"
               "peringatan", "memperingati",
               -- an election congratulated on: "selamat atas kelancaran pemilu pada 29 Mei"
               "pemilu", "pemilihan umum" },
  -- what a condolence is for: the occasion of a sentence that names one ("belasungkawa kepada X atas
  -- gempa ..." is for "gempa", not "belasungkawa"), and no occasion elsewhere ("membahas penanganan gempa")
  grief = { "gempa", "gempa bumi", "bencana", "bencana alam", "serangan", "banjir", "banjir bandang", "tsunami",
            "tanah longsor", "longsor", "kebakaran", "kecelakaan", "tragedi", "erupsi", "letusan",
            "meninggalnya", "wafatnya", "berpulangnya", "kematian", "kepergian", "tewasnya", "gugurnya" },
  -- the phrase after kepada/dengan ends here: its party is not further on ("dengan sejumlah pihak di X")
  stop = { "di", "terkait", "tentang", "soal", "mengenai", "atas", "sehubungan", "perihal" },
  this = { "ini", "itu", "tersebut" },
  -- "Surat X dikirim sebagai balasan atas pesan dari Y": Y's message went to X
  reply = { "balasan atas", "balasan terhadap", "sebagai balasan", "sebagai balasannya", "menanggapi", "menjawab",
            "sebagai tanggapan", "tanggapan atas", "tanggapan terhadap", "sebagai jawaban", "jawaban atas" },
  -- "menerima delegasi Rusia yang dipimpin X": the group's leader is the party
  led = { "dipimpin", "diketuai", "dikepalai" },
  -- "menerima utusan khusus Presiden X, Y": the envoy Y named after whose envoy he is was met, not X
  -- (an envoy left unnamed is no party)
  envoy = { "utusan", "utusan khusus", "utusan pribadi", "utusan resmi", "emisari", "duta khusus" },
  -- "mengirimkan hadiah berupa lukisan disertai sepucuk surat": what was sent along with it follows
  along = { "disertai", "beserta", "berikut",
            -- a gift bearing the words ("mengirimkan karangan bunga (yang) berisi ucapan singkat kepada Y")
            "berisi", "bertuliskan" },
  -- a trigger's word opening the name of something else: a newspaper, a ballot, a bond, a court's
  -- or an office's paper ("melalui surat kabar", "mengirim surat suara ke TPS")
  unlike = { "surat kabar", "surat suara", "surat utang", "surat berharga", "surat utang negara", "surat tanah",
             "surat dakwaan", "surat tuntutan", "surat keputusan", "surat perintah", "surat izin",
             "surat keterangan", "surat kuasa", "surat perjanjian", "surat pernyataan", "surat tugas",
             -- an envoy's credentials are an office's paper he presents, not his letter to the host
             "surat kepercayaan", "surat kepercayaannya", "salinan surat kepercayaan",
             -- a welcome is said to a guest arriving, no greeting sent ("ucapan selamat datang kepada X")
             "selamat datang", "ucapan selamat datang", "mengucapkan selamat datang",
             -- thanks said to someone are no greeting sent ("memberikan ucapan terima kasih kepada Y")
             "ucapan terima kasih", "ucapan terimakasih" },
  that = { "bahwa" },
  -- "X menolak bertemu Y", "X tidak pernah menelepon Y": just before a trigger, it did not happen
  -- (not "tidak hanya bertemu": "only" after it affirms)
  -- (the words of `cancel` below deny so too: "batal bertemu", "urung menelepon")
  -- (and a claim denied: "membantah kabar bahwa X bertemu Y", "menepis laporan bahwa …", a headline's "Bantah")
  deny = { "tidak", "tak", "belum", "bukan", "tidak pernah", "tak pernah", "belum pernah", "menolak", "membantah",
           "enggan", "gagal", "menyangkal", "menepis", "bantah", "tepis" },
  -- "Pertemuan X dan Y batal digelar", "Kunjungan X ditunda": after a noun and its parties (no
  -- "yang" between: "pertemuan yang sempat ditunda itu akhirnya digelar" happened), it was called off
  cancel = { "batal", "dibatalkan", "urung", "ditunda", "diundur", "tertunda" },
  -- "X mengirim surat kepadanya", "bertemu dengannya": the other party as a -nya, the latest person
  -- named before it who is not the subject (a typed verb's own -nya, "meneleponnya", is made so too)
  to_pronoun = { "kepadanya", "untuknya", "padanya", "dengannya", "kepada beliau", "dengan beliau",
                 -- (whose arrival is welcomed: "X menyambut kedatangannya")
                 "kedatangannya" },
  -- "seminggu setelah keduanya bertemu pada 13 September": that date is the meeting's, not the event's
  relative = { "setelah", "sesudah", "sebelum", "usai", "seusai", "selepas", "menjelang", "jelang", "sejak",
               "pasca" },
  -- "Sejumlah pemimpin memberi selamat kepada X. Mereka yakni A, B dan C.": one event per sender
  -- "pertemuan mereka", "keduanya bertemu": the two parties of the event just told
  they = { "mereka", "keduanya", "kedua pemimpin", "kedua tokoh", "kedua kepala negara", "kedua menteri",
           "kedua presiden", "kedua perdana menteri", "kedua menlu", "kedua diplomat", "kedua pejabat" },
  namely = { "yakni", "yaitu", "ialah", "adalah", "antara lain", "di antaranya", "termasuk" },
  -- (not "dilaporkan": "X dilaporkan bertemu Y pada Senin" dates the meeting)
  cite = { "dilansir", "dikutip", "mengutip", "melansir", "seperti dilansir", "seperti dikutip", "diwartakan",
           -- (reported alone is an event's word: "dilaporkan ke polisi")
           "seperti dilaporkan", "seperti diberitakan", "sebagaimana dilaporkan", "sebagaimana diberitakan",
           "demikian dilaporkan", "demikian diberitakan",
           -- "Menurut laporan KCNA pada Selasa, balasan itu dikirim sehari sebelumnya": the report's day
           "menurut laporan", "berdasarkan laporan",
           -- a statement's release or receipt: "Dalam keterangan yang dirilis Jumat (15/8)", "dalam keterangan
           -- tertulis yang diterima, Selasa (9/4)": that day is the statement's, not the event's
           "keterangan yang dirilis", "keterangan tertulis yang dirilis", "pernyataan yang dirilis",
           "siaran pers yang dirilis", "keterangan yang diterima", "keterangan tertulis yang diterima",
           "keterangan tertulisnya yang diterima", "siaran pers yang diterima", "rilis yang diterima",
           -- the outlet's compiling of the story: "fakta pertemuan X dengan Y yang dirangkum Z, Minggu (30/7)"
           "dirangkum", "dihimpun" },
}

return M
