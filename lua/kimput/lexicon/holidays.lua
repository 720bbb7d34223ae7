-- Named days with a fixed date, for doc:occasions() and kimput.date().
-- Each entry: name (as usually written), month, day, and aliases (other
-- spellings, matched case-insensitively, whole words, written with a
-- capital). `except` lists words that, right after the name, make it
-- another day (Tahun Baru Imlek is not 1 January). `since`: the year the
-- counts start from ("HUT RI ke-80" is 1945 + 80 = 2025).
--
-- A name can mean different days in different countries: North Korea's
-- "Hari Kemenangan" is 27 July, Russia's 9 May. That is why named days are
-- not temporal expressions in doc:dates(); see docs/dates.md.
--
-- `countries`: the countries whose day it is (canonical names of the gazetteer); a name
-- followed by another country is that nation's day, not this one ("Hari Kemerdekaan
-- Filipina" is not 17 August). Days without it (Natal, Tahun Baru) are everyone's.
--
-- Add one with kimput.dates.holiday{name = "Hari Buruh", month = 5, day = 1,
-- aliases = {"May Day"}}.
local ID = { "Indonesia" }

return {
  { name = "Tahun Baru", month = 1, day = 1, aliases = { "Hari Tahun Baru" },
    except = { "imlek", "islam", "hijriah", "hijriyah", "cina", "china" } },
  { name = "Hari Kemenangan", month = 5, day = 9, aliases = { "Victory Day" }, since = 1945,
    countries = { "Rusia", "Uni Soviet" } },
  { name = "Hari Pembebasan", month = 8, day = 15, aliases = { "Hari Pembebasan Korea" }, since = 1945,
    countries = { "Korea", "Korea Selatan", "Korea Utara" } },
  { name = "Hari Kemerdekaan", month = 8, day = 17, since = 1945, countries = ID,
    aliases = { "HUT RI", "HUT Kemerdekaan RI", "Hari Kemerdekaan RI", "Hari Kemerdekaan Indonesia" } },
  { name = "Natal", month = 12, day = 25, aliases = { "Hari Natal" } },
  { name = "Hari Kartini", month = 4, day = 21, countries = ID },
  { name = "Hari Pendidikan Nasional", month = 5, day = 2, aliases = { "Hardiknas" }, countries = ID },
  { name = "Hari Lahir Pancasila", month = 6, day = 1, countries = ID },
  { name = "Hari Kesaktian Pancasila", month = 10, day = 1, countries = ID },
  { name = "Hari Sumpah Pemuda", month = 10, day = 28, since = 1928, countries = ID },
  { name = "Hari Pahlawan", month = 11, day = 10, since = 1945, countries = ID },
  { name = "Hari Ibu", month = 12, day = 22, countries = ID },
}
