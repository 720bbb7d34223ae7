/* libFuzzer target: page lines and pattern-set classification on arbitrary
 * bytes (repaired to UTF-8 first, as with invalid = "replace"). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

static const char *const patterns[] = {
  "^(?i:baca\\s+juga)\\s*:?$",
  "^(?<place>\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,2})[\\s\\x{A0}]*\\((?<outlet>[^()]{2,40})\\)[\\s\\x{A0}]*(?:--?|–|—)",
  "^(?=.{10,250}$).*[.!?][\"”’]?\\s+\\((?:AFP|Reuters)(?:\\s*/[^()]{1,60})?\\)$",
  "(?i:klik\\s+lebih\\s+lanjut)\\.?$",
  "^(a+)+$",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static kimput_patset *ps;
  if (!ps) {
    if (kimput_patset_new(&ps) != KIMPUT_OK) abort();
    for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++) {
      if (kimput_patset_add(ps, patterns[i], strlen(patterns[i]), NULL, 0) != KIMPUT_OK) abort();
    }
  }
  kimput_doc *doc = NULL;
  if (kimput_doc_new((const char *)data, size, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) != KIMPUT_OK) return 0;
  size_t len, n = 0;
  const char *text = kimput_doc_text(doc, &len);
  kimput_span *lines = NULL;
  if (kimput_lines(text, len, &lines, &n) == KIMPUT_OK) {
    int *rule = malloc((n ? n : 1) * sizeof *rule);
    if (rule && kimput_patset_classify(ps, text, len, lines, n, rule) == KIMPUT_OK) {
      for (size_t i = 0; i < n; i++) {
        if (lines[i].start >= lines[i].end || lines[i].end > len) abort();
        if (rule[i] < -1 || rule[i] >= (int)kimput_patset_count(ps)) abort();
      }
    }
    free(rule);
  }
  free(lines);
  kimput_doc_free(doc);
  return 0;
}
