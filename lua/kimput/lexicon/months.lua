-- Month names as they appear in Indonesian news pages: Indonesian and
-- English names, and abbreviations (with or without a period; the period
-- is handled by the grammar, not listed here). Keys are lower case.
return {
  januari = 1, jan = 1, january = 1,
  februari = 2, pebruari = 2, febuari = 2, feb = 2, peb = 2, february = 2,
  maret = 3, mar = 3, mrt = 3, march = 3,
  april = 4, apr = 4,
  mei = 5, may = 5,
  juni = 6, jun = 6, june = 6,
  juli = 7, jul = 7, july = 7,
  agustus = 8, agu = 8, agt = 8, ags = 8, aug = 8, august = 8,
  september = 9, sep = 9, sept = 9,
  oktober = 10, okt = 10, oct = 10, october = 10,
  november = 11, nopember = 11, nov = 11, nop = 11,
  desember = 12, des = 12, dec = 12, december = 12,
}
