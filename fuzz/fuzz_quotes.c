/* libFuzzer target: the quote-mark scanner and the gazetteer on arbitrary
 * bytes (invalid UTF-8 is repaired first, as with invalid = "replace"). The
 * first byte picks the spans: the whole text, or two halves. */
#include <stdint.h>
#include <stdlib.h>

#include "kimput.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  kimput_doc *doc = NULL;
  if (kimput_doc_new((const char *)data, size, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) != KIMPUT_OK) return 0;
  size_t len;
  const char *text = kimput_doc_text(doc, &len);
  uint32_t spans[4] = {0, (uint32_t)len, 0, 0};
  size_t nspans = 1;
  if (size > 0 && (data[0] & 1)) {
    spans[1] = (uint32_t)(len / 2);
    spans[2] = (uint32_t)(len / 2);
    spans[3] = (uint32_t)len;
    nspans = 2;
  }
  kimput_quote *q = NULL;
  size_t n = 0;
  if (kimput_quotes_scan(text, len, spans, nspans, &q, &n) == KIMPUT_OK) {
    for (size_t i = 0; i < n; i++) {
      /* a mark opens every quote but a continued part with none of its own and a paragraph whose
         opener the page dropped (KIMPUT_QUOTE_UNOPENED) */
      int bare = q[i].open == q[i].start && (q[i].flags & (KIMPUT_QUOTE_CONTINUED | KIMPUT_QUOTE_UNOPENED));
      if ((q[i].open >= q[i].start && !bare) || q[i].start > q[i].end || q[i].end > q[i].close || q[i].close > len)
        abort();
      if (i && q[i].open < q[i - 1].open) abort();
    }
  }
  free(q);
  kimput_gaz *g = NULL;
  if (kimput_gaz_new(&g) == KIMPUT_OK) {
    kimput_gaz_add(g, "Kim Jong Un", 11, 1, 0);
    kimput_gaz_add(g, "Putin", 5, 2, KIMPUT_GAZ_UPPER);
    kimput_gaz_add(g, "AS", 2, 3, KIMPUT_GAZ_EXACT_CASE);
    /* the input's first words as forms too */
    if (size > 1) kimput_gaz_add(g, text, len < 40 ? len : 40, 4, (int)(data[0] % 3));
    kimput_gaz_match *m = NULL;
    size_t nm = 0;
    if (kimput_gaz_scan(g, doc, spans, nspans, &m, &nm) == KIMPUT_OK) {
      for (size_t i = 0; i < nm; i++) {
        if (m[i].start >= m[i].end || m[i].end > len || (i && m[i].start < m[i - 1].end)) abort();
      }
    }
    free(m);
    kimput_gaz_free(g);
  }
  kimput_doc_free(doc);
  return 0;
}
