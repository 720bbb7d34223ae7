/* libFuzzer target: page rule sets with fuzzed patterns (page.c). Byte 0
 * gives the pattern's length, byte 1 its kind, flags and class; the raw
 * pattern bytes (invalid UTF-8 included) join a set after two fixed rules,
 * and the rest of the input, repaired into a document, is classified. The
 * set is rebuilt from its rules at each classification, so the fuzzed rule
 * is combined with the others as the page stage does it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2) return 0;
  size_t plen = data[0] % 48;
  uint8_t pick = data[1];
  data += 2;
  size -= 2;
  if (plen > size) plen = size;
  kimput_pageset *set = NULL;
  if (kimput_pageset_new(&set) != KIMPUT_OK) return 0;
  static const char *const fixed = "^(?i:baca\\s+juga)\\s*:?$";
  kimput_page_rule related = {KIMPUT_PAGE_LINE, KIMPUT_LINE_RELATED, KIMPUT_LINE_RELATED, 0};
  if (kimput_pageset_add(set, &related, fixed, strlen(fixed), NULL, 0, NULL) != KIMPUT_OK) abort();
  kimput_page_rule fuzzed = {
    (uint8_t)(pick % 3), (uint8_t)((pick >> 2) % KIMPUT_LINE_CLASS_COUNT),
    (pick & 0x80) ? KIMPUT_LINE_CREDIT : KIMPUT_LINE_NONE, (uint8_t)((pick >> 4) & 15),
  };
  char err[160];
  size_t off = 0;
  kimput_status st = kimput_pageset_add(set, &fuzzed, (const char *)data, plen, err, sizeof err, &off);
  /* a pattern that is not UTF-8 or does not compile is refused, its offset inside it */
  if (st == KIMPUT_ERR_PATTERN && off > plen) abort();
  if (st != KIMPUT_OK && st != KIMPUT_ERR_PATTERN && st != KIMPUT_ERR_UTF8 && st != KIMPUT_ERR_ARG) abort();
  kimput_doc *doc = NULL;
  if (kimput_doc_new((const char *)data + plen, size - plen, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) == KIMPUT_OK) {
    size_t len;
    kimput_doc_text(doc, &len);
    kimput_page page;
    if (kimput_page_classify(doc, set, &page) == KIMPUT_OK) {
      for (size_t i = 0; i < page.count; i++) {
        const kimput_page_line *l = &page.lines[i];
        if (l->start >= l->end || l->end > len || l->cls >= KIMPUT_LINE_CLASS_COUNT) abort();
        if (l->value_start != KIMPUT_UNSET && (l->value_start > l->value_end || l->value_end > len)) abort();
        if (l->outlet_start != KIMPUT_UNSET && (l->outlet_start > l->outlet_end || l->outlet_end > len)) abort();
      }
      kimput_page_clear(&page);
    }
    kimput_doc_free(doc);
  }
  kimput_pageset_free(set);
  return 0;
}
