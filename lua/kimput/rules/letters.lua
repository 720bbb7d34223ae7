-- Correspondence and contact rules: who sent a letter or a message to whom,
-- who called or met whom. This file is also an example of rule writing:
-- each entry is a kimput.rule spec; kimput.events compiles them into one
-- rule set and turns each match into an event.
--
-- Named groups the events layer reads:
--   sender, recipient   the parties (a named group holding {PARTY} comes
--                       back as a canonical name: pronouns and descriptions
--                       such as "pemimpin Korut itu" are resolved)
--   a, b                the two parties of a meeting or an exchange
--   noun                the word that says what was sent (surat, pesan,
--                       ucapan selamat...): it decides letter or message
-- and each spec's `type`: "letter", "message", "call", "meeting",
-- "exchange" (two letters, one each way) or "correspondence" (letter or
-- message, decided by `noun`).
--
-- Words between the parts are kept short ({GAP}) so a rule never reaches
-- across clauses; every rule runs inside one sentence.
local M = {}

-- Macros this file uses, defined with kimput.macro when the rules compile.
M.macros = {
  -- a party: a person, organisation or country, a pronoun or a description
  PARTY = { pattern = "{PERSON}|{ORG}|{PLACE}|{DESCRIPTION}|{PRONOUN}" },
  -- a title written before a name: "Presiden Rusia", "Pemimpin Korea Utara (Korut),"
  -- (lazy, so that "pemimpin Korut itu" is read as a description first)
  TITLED = { pattern = [[(?:{TITLE}(?:\s+(?:{PLACE}|\(\w+\)))*,?\s+)??]] },
  SEND = { "mengirimkan", "mengirim", "mengirimi", "kirim", "kirimkan", "menyampaikan",
           "memberikan", "menyerahkan", "mengantarkan", "menyurati" },
  LETTER = { "surat ucapan selamat", "surat ucapan", "surat resmi", "surat khusus", "surat pribadi",
             "surat balasan", "surat bertanda tangan", "surat", "kartu ucapan", "telegram",
             "pesan ucapan selamat", "pesan", "ucapan selamat", "ucapan belasungkawa" },
  TO = { "kepada", "ke", "untuk", "bagi" },
  -- a few words between the noun and "kepada" ("surat berisi ucapan selamat"),
  -- never "dari" (then the sender is named there: see from_to)
  GAP = { pattern = [[(?:\s+(?!dari\b)[^\s.,;:!?]+){0,4}?]] },
  Q = { pattern = [[['"‘’“”]?]] },
  -- adverbs between a party and its verb: "Putin dan Xi terakhir bertemu", "Kim juga mengirim"
  ADV = { pattern = [[(?:\s+(?:juga|pun|telah|sudah|akan|pernah|terakhir|kembali|sempat|lalu|kemudian)){0,2}]] },
}

M.rules = {
  { -- Kim Jong Un mengirimkan surat (ucapan selamat) kepada Presiden Rusia Vladimir Putin
    -- Sebagai balasannya, Kim juga mengirim surat kepada Putin
    name = "send", type = "correspondence", flags = "i",
    pattern = [[(?<sender>{PARTY})(?:\s+(?:juga|pun|telah|sudah|akan|kembali|dilaporkan)){0,2}\s+{SEND}]]
      .. [[(?:\s+(?:sebuah|sepucuk|satu))?\s+{Q}(?<noun>{LETTER}){Q}{GAP}\s+{TO}\s+{TITLED}(?<recipient>{PARTY})]],
  },
  { -- Kim juga mengucapkan selamat kepada Putin (a message; not in a speech, see M.speech)
    name = "congratulate", type = "message", flags = "i",
    pattern = [[(?<sender>{PARTY})(?:\s+(?:juga|pun|telah|sudah)){0,2}\s+mengucapkan\s+selamat\s+(?:kepada|untuk)\s+]]
      .. [[{TITLED}(?<recipient>{PARTY})]],
  },
  { -- Putin menyurati Kim; Putin mengirimi Kim surat
    name = "send_direct", type = "letter", flags = "i",
    pattern = [[(?<sender>{PARTY})(?:\s+(?:juga|pun|telah))?\s+(?:menyurati|mengirimi)\s+]]
      .. [[{TITLED}(?<recipient>{PARTY})]],
  },
  { -- surat Putin untuk Kim Jong Un; (dalam) surat(nya) untuk Y after a sender
    name = "letter_of", type = "correspondence", flags = "i",
    pattern = [[(?<noun>surat|pesan)\s+(?<sender>{PARTY})\s+(?:untuk|kepada|bagi)\s+{TITLED}(?<recipient>{PARTY})]],
  },
  { -- diutarakan Kim dalam surat untuk Presiden Rusia Vladimir Putin
    name = "in_letter_to", type = "correspondence", flags = "i",
    pattern = [[(?<sender>{PARTY})\s+(?:dalam|lewat|melalui|via)\s+(?<noun>surat|pesan)(?:nya)?\s+(?:untuk|kepada)\s+]]
      .. [[{TITLED}(?<recipient>{PARTY})]],
  },
  { -- Dalam suratnya kepada Kim, Putin mengatakan ...
    name = "in_letter_comma", type = "correspondence", flags = "i",
    pattern = [[(?:dalam|lewat|melalui)\s+(?<noun>surat|pesan)nya\s+(?:untuk|kepada)\s+]]
      .. [[{TITLED}(?<recipient>{PARTY}),\s+]]
      .. [[{TITLED}(?<sender>{PARTY})]],
  },
  { -- surat (bertanda tangan) dari Putin untuk pemimpin Korut itu; pengiriman surat dari Kim ke Putin
    name = "from_to", type = "correspondence", flags = "i",
    pattern = [[(?<noun>{LETTER}){Q}{GAP}\s+dari\s+{TITLED}(?<sender>{PARTY})\s+(?:untuk|kepada|ke|bagi)\s+]]
      .. [[{TITLED}(?<recipient>{PARTY})]],
  },
  { -- Y menerima surat (ucapan selamat) dari X
    name = "receive", type = "correspondence", flags = "i",
    pattern = [[(?<recipient>{PARTY})(?:\s+(?:juga|pun|telah|sudah))?\s+menerima\s+(?:sebuah\s+|sepucuk\s+)?]]
      .. [[{Q}(?<noun>{LETTER}){Q}{GAP}\s+dari\s+{TITLED}(?<sender>{PARTY})]],
  },
  { -- X membalas surat (dari) Y
    name = "reply", type = "letter", flags = "i",
    pattern = [[(?<sender>{PARTY})(?:\s+(?:juga|pun|telah|sudah|segera))?\s+membalas\s+(?:surat|pesan)(?:\s+dari)?\s+]]
      .. [[{TITLED}(?<recipient>{PARTY})]],
  },
  { -- X dan Y (saling) bertukar surat
    name = "exchange", type = "exchange", flags = "i",
    pattern = [[(?<a>{PARTY})\s+dan\s+{TITLED}(?<b>{PARTY})(?:\s+(?:telah|juga|pernah))?\s+(?:saling\s+)?]]
      .. [[(?:bertukar|berkirim|berbalas)\s+(?:surat|pesan)]],
  },
  { -- X menelepon Y; X berbicara (lewat|melalui) telepon dengan Y
    name = "call", type = "call", flags = "i",
    pattern = [[(?<sender>{PARTY})(?:\s+(?:juga|pun|telah|sudah))?\s+(?:menelepon|menelpon|]]
      .. [[(?:berbicara|bercakap|berbincang)\s+(?:lewat|melalui|via)\s+telepon\s+dengan)\s+]]
      .. [[{TITLED}(?<recipient>{PARTY})]],
  },
  { -- X bertemu (dengan) Y
    name = "meet", type = "meeting", flags = "i",
    pattern = [[(?<a>{PARTY}){ADV}\s+(?:bertemu|berjumpa|bertatap\s+muka)]]
      .. [[(?:\s+(?:dengan|langsung\s+dengan))?\s+{TITLED}(?<b>{PARTY})]],
  },
  { -- dalam pertemuan di Pyongyang, Shoigu dan Kim Jong Un membahas ...
    name = "meeting_pair", type = "meeting", flags = "i",
    pattern = [[pertemuan[^,.]{0,60},\s+(?<a>{PARTY})\s+dan\s+{TITLED}(?<b>{PARTY})]],
  },
  { -- X dan Y bertemu
    name = "pair_meet", type = "meeting", flags = "i",
    pattern = [[(?<a>{PARTY})\s+dan\s+{TITLED}(?<b>{PARTY}){ADV}\s+(?:bertemu|berjumpa|mengadakan\s+pertemuan)]],
  },
  { -- Saat bertemu Kim Jong Un pada Kamis (27/7), Shoigu memberikan ...
    name = "meet_fronted", type = "meeting", flags = "i",
    pattern = [[(?:saat|ketika|sewaktu|setelah|usai)\s+bertemu(?:\s+dengan)?\s+{TITLED}(?<b>{PARTY})[^,.]{0,80},\s+]]
      .. [[{TITLED}(?<a>{PARTY})]],
  },
}

-- Words that mark a sentence as a speech, not correspondence: a "send"
-- match inside such a sentence is still a letter only when it names one.
M.speech = { "pidato", "pidatonya", "sambutan", "sambutannya" }

-- Occasions a letter or message is sent for, as they are written.
M.occasions = {
  "Hari Kemenangan", "Hari Pembebasan", "Hari Kemerdekaan", "Hari Nasional", "Hari Angkatan Bersenjata",
  "Hari Buruh", "Hari Rakyat", "Hari Pendirian", "Hari Konstitusi", "Tahun Baru", "Tahun Baru Imlek",
  "Idul Fitri", "Idul Adha", "Natal", "ulang tahun", "hari ulang tahun", "HUT", "hari jadi",
  "hari lahir",
}

return M
