/* libFuzzer target: the date grammar on arbitrary bytes (repaired to UTF-8),
 * with and without a reference date (one on the last day of a year, where
 * "12.00 malam" and the next day cross into the next year), and
 * kimput_date_parse on the same text. fuzz/fuzz_dates.dict holds the words
 * of the grammar (quarters, parts of the day, zones, sets...) and
 * fuzz/seeds/fuzz_dates/ invented sentences with every form. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  kimput_doc *doc = NULL;
  if (kimput_doc_new((const char *)data, size, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) != KIMPUT_OK) return 0;
  size_t len;
  const char *text = kimput_doc_text(doc, &len);
  kimput_ref refs[3] = {{0, 0, 0}, {2024, 2, 29}, {2023, 12, 31}};
  for (int r = 0; r < 3; r++) {
    kimput_date *d = NULL;
    size_t n = 0;
    uint32_t spans[2] = {(uint32_t)(len / 3), (uint32_t)len};
    if (kimput_doc_dates(doc, r ? spans : NULL, r ? 1 : 0, &refs[r], &d, &n) != KIMPUT_OK) abort();
    for (size_t i = 0; i < n; i++) {
      if (d[i].start >= d[i].end || d[i].end > len || (i && d[i].start < d[i - 1].end)) abort();
      if (memchr(d[i].value, '\0', sizeof d[i].value) == NULL || d[i].value[0] == '\0') abort();
      if (r && d[i].start < spans[0]) abort();
      if (d[i].kind > KIMPUT_DATE_SET) abort();
      if (d[i].vague && strstr(d[i].value, "_REF") == NULL) abort();
      if (d[i].kind == KIMPUT_DATE_TIME && strchr(d[i].value, 'T') == NULL) abort();
    }
    kimput_dates_free(d);
  }
  kimput_date one;
  int found;
  if (kimput_date_parse(text, len, &refs[1], &one, &found) != KIMPUT_OK) abort();
  kimput_doc_free(doc);
  return 0;
}
