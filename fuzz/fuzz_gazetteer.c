/* libFuzzer target: the gazetteer with fuzzed forms. The input's lines
 * before a line "--" are surface forms (the first byte of each picks its
 * flags), added with growing ids, some twice; the rest is the document
 * (repaired as a document is), scanned over spans cut from its length;
 * each form is looked up again (kimput_gaz_get) and the longest form is
 * asked for at every token (kimput_gaz_longest). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  const char *sep = NULL;
  for (size_t i = 0; i + 3 <= size; i++) {
    if (memcmp(s + i, "--\n", 3) == 0 && (i == 0 || s[i - 1] == '\n')) { sep = s + i; break; }
  }
  size_t forms_len = sep ? (size_t)(sep - s) : size / 2;
  const char *body = sep ? sep + 3 : s + forms_len;
  size_t body_len = size - (size_t)(body - s);
  kimput_gaz *g = NULL;
  if (kimput_gaz_new(&g) != KIMPUT_OK) return 0;
  int32_t id = 0;
  for (size_t i = 0; i < forms_len;) {
    size_t j = i;
    while (j < forms_len && s[j] != '\n') j++;
    if (j > i) {
      int flags = (unsigned char)s[i] % 4;
      kimput_status st = kimput_gaz_add(g, s + i + 1, j - i - 1, id++, flags);
      if (st != KIMPUT_OK && st != KIMPUT_ERR_ARG) abort();
      int32_t got = -1;
      if (st == KIMPUT_OK && (!kimput_gaz_get(g, s + i + 1, j - i - 1, &got) || got < 0 || got >= id)) abort();
    }
    i = j + 1;
  }
  if (kimput_gaz_add(g, NULL, 0, 1, 0) == KIMPUT_OK) abort();  /* an empty form is refused */
  kimput_doc *doc = NULL;
  if (kimput_doc_new(body, body_len, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) == KIMPUT_OK) {
    size_t len;
    kimput_doc_text(doc, &len);
    uint32_t spans[4] = {0, (uint32_t)(len / 3), (uint32_t)(len / 2), (uint32_t)len};
    for (size_t nspans = 1; nspans <= 2; nspans++) {
      kimput_gaz_match *m = NULL;
      size_t n = 0;
      if (kimput_gaz_scan(g, doc, nspans == 1 ? spans + 2 : spans, nspans, &m, &n) == KIMPUT_OK) {
        for (size_t i = 0; i < n; i++) {
          if (m[i].start >= m[i].end || m[i].end > len || (i && m[i].start < m[i - 1].end)) abort();
          if (m[i].id != KIMPUT_GAZ_CAPS && (m[i].id < 0 || m[i].id >= id)) abort();
        }
      }
      free(m);
    }
    size_t ntok;
    const kimput_token *t = kimput_doc_tokens(doc, &ntok);
    const char *text = kimput_doc_text(doc, &len);
    for (size_t i = 0; i < ntok; i++) {
      int32_t found = -1;
      size_t avail = ntok - i < KIMPUT_GAZ_MAX_WORDS * 2 ? ntok - i : KIMPUT_GAZ_MAX_WORDS * 2;
      size_t k = kimput_gaz_longest(g, text, t + i, avail, &found);
      if (k > avail || (k && (found < 0 || found >= id))) abort();
    }
    kimput_doc_free(doc);
  }
  kimput_gaz_free(g);
  return 0;
}
