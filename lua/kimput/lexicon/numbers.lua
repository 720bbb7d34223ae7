-- Number words the date grammar counts with ("dua pekan", "sepuluh tahun",
-- "dua puluh lima hari", "puluhan tahun"). Keys are lower case. Values:
-- a number; "teen", "tens", "hundreds" for the joining words (dua belas =
-- 12, dua puluh = 20, dua ratus = 200); "some" for a vague count, whose
-- TIMEX3 value is X (puluhan tahun -> PXY). The C grammar (csrc/dates.c)
-- keeps its own copy; spec/dates_spec.lua checks that they agree.
return {
  nol = 0, satu = 1, dua = 2, tiga = 3, empat = 4, lima = 5, enam = 6, tujuh = 7,
  delapan = 8, sembilan = 9, sepuluh = 10, sebelas = 11, seratus = 100, seribu = 1000,
  belas = "teen", puluh = "tens", ratus = "hundreds",
  belasan = "some", puluhan = "some", ratusan = "some", ribuan = "some", beberapa = "some",
}
