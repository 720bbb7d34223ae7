/* C unit tests of the date grammar (dates.c) through the public API. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kimput.h"

static const kimput_ref R = {2023, 5, 10};

/* Scans text and checks that item idx has this span text, value and kind. */
static int has(const char *text, const kimput_ref *ref, size_t idx, const char *span, const char *value, int kind) {
  kimput_doc *doc = NULL;
  if (kimput_doc_new(text, strlen(text), 0, &doc, NULL) != KIMPUT_OK) return 0;
  kimput_date *d = NULL;
  size_t n = 0;
  int ok = kimput_doc_dates(doc, NULL, 0, ref, &d, &n) == KIMPUT_OK && idx < n &&
           d[idx].end - d[idx].start == strlen(span) && memcmp(text + d[idx].start, span, strlen(span)) == 0 &&
           strcmp(d[idx].value, value) == 0 && d[idx].kind == kind;
  kimput_dates_free(d);
  kimput_doc_free(doc);
  return ok;
}

static size_t count(const char *text, const kimput_ref *ref) {
  kimput_doc *doc = NULL;
  if (kimput_doc_new(text, strlen(text), 0, &doc, NULL) != KIMPUT_OK) return (size_t)-1;
  kimput_date *d = NULL;
  size_t n = 0;
  if (kimput_doc_dates(doc, NULL, 0, ref, &d, &n) != KIMPUT_OK) n = (size_t)-1;
  kimput_dates_free(d);
  kimput_doc_free(doc);
  return n;
}

int main(void) {
  CHECK(has("pada 9 Mei 2023 lalu", &R, 0, "9 Mei 2023 lalu", "2023-05-09", KIMPUT_DATE_DATE));  /* a trailing lalu is part of the span */
  CHECK(has("Selasa (10/5/2022), tanggal", &R, 0, "Selasa (10/5/2022)", "2022-05-10", KIMPUT_DATE_DATE));
  CHECK(has("pada Kamis (27/7) waktu", &R, 0, "Kamis (27/7)", "2023-07-27", KIMPUT_DATE_DATE));
  CHECK(has("Kamis untuk", &R, 0, "Kamis", "2023-05-04", KIMPUT_DATE_DATE));
  CHECK(has("sejak 14 bulan lalu", &R, 0, "14 bulan lalu", "2022-03", KIMPUT_DATE_DATE));
  CHECK(has("Maret lalu.", &R, 0, "Maret lalu", "2023-03", KIMPUT_DATE_DATE));
  CHECK(has("selama 35 tahun.", &R, 0, "35 tahun", "P35Y", KIMPUT_DATE_DURATION));
  CHECK(has("selama puluhan tahun.", &R, 0, "puluhan tahun", "PXY", KIMPUT_DATE_DURATION));
  CHECK(has("setiap tahun di", &R, 0, "setiap tahun", "P1Y", KIMPUT_DATE_SET));
  CHECK(has("Senin, 15 Agustus 2022 | 09:15 WIB", &R, 0, "Senin, 15 Agustus 2022 | 09:15 WIB",
            "2022-08-15T09:15", KIMPUT_DATE_TIME));
  CHECK(has("sejak 1990-an", &R, 0, "1990-an", "199", KIMPUT_DATE_DATE));
  CHECK(has("pekan lalu", &(kimput_ref){2021, 1, 5}, 0, "pekan lalu", "2020-W53", KIMPUT_DATE_DATE));
  CHECK(has("Januari lalu", &(kimput_ref){2024, 1, 20}, 0, "Januari lalu", "2023-01", KIMPUT_DATE_DATE));
  CHECK(has("pada 9 Mei", NULL, 0, "9 Mei", "XXXX-05-09", KIMPUT_DATE_DATE));
  CHECK(count("31 Februari 2023", &R) == 0);
  CHECK(count("40 orang, 87,32 persen, 2019 orang, Perang Dunia II, G20", &R) == 0);
  CHECK(count("", &R) == 0);

  /* decades: digits past an int are no decade, and no overflow (UBSan) */
  CHECK(count("sejak 1234567890123-an dan 99999999999999999999-an", &R) == 0);
  CHECK(has("sejak 80-an", &R, 0, "80-an", "198", KIMPUT_DATE_DATE));
  CHECK(count("abad ke-99999999999999999999", &R) == 0);
  /* a period's ordinal is a lone "ke" at the end of the text: no number after it (ASan) */
  CHECK(count("semester ke", &R) == 0);

  /* an ISO time whose offset is no number (found by fuzz_dates: a negative index) */
  CHECK(has("2023-05-09T14:20:00+ab", &R, 0, "2023-05-09T14:20:00", "2023-05-09T14:20", KIMPUT_DATE_TIME));

  /* quarters and halves */
  CHECK(has("pada kuartal II 2021", &R, 0, "kuartal II 2021", "2021-Q2", KIMPUT_DATE_DATE));
  CHECK(has("triwulan III-2022 dan", &R, 0, "triwulan III-2022", "2022-Q3", KIMPUT_DATE_DATE));
  CHECK(has("kuartal III 2022 dan kuartal sebelumnya", &R, 1, "kuartal sebelumnya", "2022-Q2", KIMPUT_DATE_DATE));
  CHECK(has("semester I 2021 (Januari-Juni) naik", &R, 0, "semester I 2021 (Januari-Juni)", "2021-H1",
            KIMPUT_DATE_DATE));
  CHECK(has("dua kuartal", &R, 0, "dua kuartal", "P2Q", KIMPUT_DATE_DURATION));
  CHECK(count("trimester pertama, semester 9, kuartal V 2021", &R) == 1);  /* only 2021 */

  /* a month range inside one token: two items inside it */
  CHECK(has("(Januari-Oktober)", &R, 0, "Januari", "2023-01", KIMPUT_DATE_DATE));
  CHECK(has("(Januari-Oktober)", &R, 1, "Oktober", "2023-10", KIMPUT_DATE_DATE));

  /* clock times: the day of the sentence, a later date in it, the next day at 12.00 malam */
  CHECK(has("Senin (8/5). Pukul 10.00 WIB", &R, 1, "Pukul 10.00 WIB", "2023-05-08T10:00", KIMPUT_DATE_TIME));
  CHECK(has("Pukul 09.00 WIB, Senin (8/5)", &R, 0, "Pukul 09.00 WIB", "2023-05-08T09:00", KIMPUT_DATE_TIME));
  CHECK(has("Sabtu (6/5) pukul 12.00 malam", &R, 0, "Sabtu (6/5) pukul 12.00 malam", "2023-05-07T00:00",
            KIMPUT_DATE_TIME));
  CHECK(has("pukul 12.00 malam", &(kimput_ref){2023, 12, 31}, 0, "pukul 12.00 malam", "2024-01-01T00:00",
            KIMPUT_DATE_TIME));
  CHECK(has("pukul 12.00 malam", NULL, 0, "pukul 12.00 malam", "XXXX-XX-XXT00:00", KIMPUT_DATE_TIME));
  CHECK(has("Jumat dinihari, pukul 03.09 Wita", &R, 0, "Jumat dinihari, pukul 03.09 Wita", "2023-05-05T03:09",
            KIMPUT_DATE_TIME));
  CHECK(has("pukul 24.00", &(kimput_ref){2023, 12, 31}, 0, "pukul 24.00", "2024-01-01T00:00", KIMPUT_DATE_TIME));
  CHECK(count("pukul 24.01", &R) == 0);
  /* semalam: last night at the text's start or end; one night counted is none */
  CHECK(has("semalam", &R, 0, "semalam", "2023-05-09TNI", KIMPUT_DATE_TIME));
  CHECK(count("menginap semalam", &R) == 0 && count("semalam suntuk", &R) == 0);
  /* the year of a name at the text's start; a year pair in one token, its parts */
  CHECK(has("APBN 2025 mencapai", &R, 0, "2025", "2025", KIMPUT_DATE_DATE));
  CHECK(has("2024/25", &R, 1, "25", "2025", KIMPUT_DATE_DATE));
  CHECK(count("2024/2026 2024/2O25 1799/1800", &R) == 0);
  /* the first three months of a year; an anniversary's ordinal after its name, or none at the end */
  CHECK(has("tiga bulan pertama 2024", &R, 0, "tiga bulan pertama 2024", "2024-Q1", KIMPUT_DATE_DATE));
  CHECK(has("HUT Kota Sukamaju ke-75", &R, 0, "HUT Kota Sukamaju ke-75", "P75Y", KIMPUT_DATE_DURATION));
  CHECK(count("HUT Kota Sukamaju", &R) == 0);
  CHECK(has("setiap pukul 07.00 WIB", &R, 0, "setiap pukul 07.00 WIB", "XXXX-XX-XXT07:00", KIMPUT_DATE_SET));
  CHECK(has("bertahun-tahun", &R, 0, "bertahun-tahun", "PXY", KIMPUT_DATE_DURATION));
  CHECK(has("enam hari ke depan", &R, 0, "enam hari ke depan", "P6D", KIMPUT_DATE_DURATION));
  {
    /* a vague reference is flagged (the Lua layer reports it on request) */
    kimput_doc *doc = NULL;
    kimput_date *v = NULL;
    size_t nv = 0;
    CHECK(kimput_doc_new("saat ini", 8, 0, &doc, NULL) == KIMPUT_OK);
    CHECK(kimput_doc_dates(doc, NULL, 0, &R, &v, &nv) == KIMPUT_OK && nv == 1 && v[0].vague &&
          strcmp(v[0].value, "PRESENT_REF") == 0);
    kimput_dates_free(v);
    kimput_doc_free(doc);
  }
  {
    /* more items and tokens than the scanner's stack buffers hold */
    size_t reps = 5000, len = 0;
    char *big = malloc(reps * 12 + 1);
    for (size_t k = 0; big && k < reps; k++) len += (size_t)sprintf(big + len, "9 Mei 2023 ");
    CHECK(big && count(big, &R) == reps);
    free(big);
  }

  /* the zone of a time */
  kimput_date d;
  int found = 0;
  const char *ts = "Kamis, 08 Jan 2026 07:30 WITA";
  CHECK(kimput_date_parse(ts, strlen(ts), NULL, &d, &found) == KIMPUT_OK && found);
  CHECK(found && strcmp(d.value, "2026-01-08T07:30") == 0 && strcmp(d.zone, "+08:00") == 0 && !d.anchored);
  CHECK(kimput_date_parse("tanpa tanggal", 13, NULL, &d, &found) == KIMPUT_OK && !found);

  /* spans restrict the scan; bad arguments are refused */
  const char *two = "9 Mei 2023. 10 Mei 2023.";
  kimput_token *toks = NULL;
  size_t ntok = 0, cap = 0, n = 0;
  CHECK(kimput_tokenize(two, strlen(two), &toks, &ntok, &cap) == KIMPUT_OK);
  uint32_t spans[2] = {12, 24};
  kimput_date *items = NULL;
  CHECK(kimput_dates_scan(two, strlen(two), toks, ntok, spans, 1, &R, &items, &n) == KIMPUT_OK && n == 1 &&
        items[0].start == 12);
  kimput_dates_free(items);
  uint32_t bad[2] = {12, 99};
  CHECK(kimput_dates_scan(two, strlen(two), toks, ntok, bad, 1, &R, &items, &n) == KIMPUT_ERR_ARG);
  kimput_ref badref = {2023, 2, 30};
  CHECK(kimput_dates_scan(two, strlen(two), toks, ntok, NULL, 0, &badref, &items, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_dates_scan(two, strlen(two), toks, ntok, NULL, 0, &R, NULL, &n) == KIMPUT_ERR_ARG);
  /* tokens of a longer text than the one given, or out of order, are refused */
  CHECK(kimput_dates_scan(two, 10, toks, ntok, NULL, 0, &R, &items, &n) == KIMPUT_ERR_ARG && n == 0);
  kimput_token swapped = toks[0];
  toks[0] = toks[1];
  toks[1] = swapped;
  CHECK(kimput_dates_scan(two, strlen(two), toks, ntok, NULL, 0, &R, &items, &n) == KIMPUT_ERR_ARG);
  free(toks);
  CHECK(strcmp(kimput_date_kind_name(KIMPUT_DATE_SET), "set") == 0 && strcmp(kimput_date_kind_name(9), "?") == 0);
  return CHECK_SUMMARY();
}
