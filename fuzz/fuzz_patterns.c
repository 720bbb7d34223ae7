/* libFuzzer target: pattern sets with fuzzed patterns (page.c). Byte 0 gives
 * the pattern's length, byte 1 where matching starts; the pattern joins a
 * set after a fixed one, and the raw rest of the input (invalid UTF-8
 * included) goes through kimput_patset_match, kimput_patset_first and,
 * split into lines, kimput_patset_classify. */
#include <stdint.h>
#include <stdlib.h>

#include "kimput.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2) return 0;
  size_t plen = data[0] % 48;
  size_t from_pick = data[1];
  data += 2;
  size -= 2;
  if (plen > size) plen = size;
  kimput_patset *ps = NULL;
  if (kimput_patset_new(&ps) != KIMPUT_OK) return 0;
  if (kimput_patset_add(ps, "^\\s*(?<word>\\w+)", 16, NULL, 0) != KIMPUT_OK) abort();
  char err[200];
  if (kimput_patset_add(ps, (const char *)data, plen, err, sizeof err) == KIMPUT_OK) {
    const char *s = (const char *)data + plen;
    size_t len = size - plen;
    uint32_t caps[2 * KIMPUT_PATSET_MAX_GROUPS];
    size_t from = len ? from_pick % (len + 1) : 0;
    int rc = kimput_patset_match(ps, 1, s, len, from, caps);
    if (rc == 1) {
      for (int g = 0; g < KIMPUT_PATSET_MAX_GROUPS; g++) {
        if (caps[2 * g] == KIMPUT_NOPOS) continue;
        if (caps[2 * g] > caps[2 * g + 1] || caps[2 * g + 1] > len) abort();
      }
    } else if (rc != 0 && rc != -KIMPUT_ERR_LIMIT && rc != -KIMPUT_ERR_UTF8 && rc != -KIMPUT_ERR_ARG) {
      abort();
    }
    int first = kimput_patset_first(ps, s, len, caps);
    if (first < -1 || first > 1) abort();
    kimput_span *lines = NULL;
    size_t n = 0;
    if (kimput_lines(s, len, &lines, &n) == KIMPUT_OK && n) {
      int *rule = malloc(n * sizeof *rule);
      if (rule) {
        kimput_status st = kimput_patset_classify(ps, s, len, lines, n, rule);
        if (st == KIMPUT_OK) {
          for (size_t i = 0; i < n; i++) {
            if (rule[i] < -1 || rule[i] > 1) abort();
          }
        } else if (st != KIMPUT_ERR_UTF8) {
          abort();
        }
      }
      free(rule);
    }
    free(lines);
  }
  kimput_patset_free(ps);
  return 0;
}
