-- Weekday names, lower case, to ISO weekday numbers (Monday = 1).
-- "minggu" is also the word for "week": the date grammar decides by context.
return {
  senin = 1, selasa = 2, rabu = 3, kamis = 4,
  jumat = 5, ["jum'at"] = 5, ["jum’at"] = 5,
  sabtu = 6, minggu = 7, ahad = 7,
  monday = 1, tuesday = 2, wednesday = 3, thursday = 4, friday = 5, saturday = 6, sunday = 7,
}
