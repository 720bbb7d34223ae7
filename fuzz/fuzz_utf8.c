/* libFuzzer target: strict UTF-8 validation against a reference decoder
 * written from the Unicode table (3-7), and repair: its output is valid,
 * equal to the input when the input was valid, and repairing it again
 * changes nothing. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

/* Length of the well-formed sequence at s[i..n), or 0: one code point at a
 * time, from its value (no overlongs, no surrogates, nothing past U+10FFFF). */
static size_t reference_len(const uint8_t *s, size_t n, size_t i) {
  uint8_t c = s[i];
  if (c < 0x80) return 1;
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || c > 0xF4 || i + len > n) return 0;
  uint32_t cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; k++) {
    if ((s[i + k] & 0xC0) != 0x80) return 0;
    cp = cp << 6 | (s[i + k] & 0x3F);
  }
  static const uint32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  size_t first_bad = size;
  for (size_t i = 0; i < size;) {
    size_t n = reference_len(data, size, i);
    if (n == 0) { first_bad = i; break; }
    i += n;
  }
  size_t bad = SIZE_MAX;
  int valid = kimput_utf8_valid((const char *)data, size, &bad);
  if (valid != (first_bad == size)) abort();
  if (!valid && bad != first_bad) abort();
  char *fixed = NULL;
  size_t flen = 0;
  if (kimput_utf8_repair((const char *)data, size, &fixed, &flen) != KIMPUT_OK) return 0;
  if (!kimput_utf8_valid(fixed, flen, NULL) || fixed[flen] != '\0') abort();
  if (valid && (flen != size || memcmp(fixed, data, size) != 0)) abort();
  char *again = NULL;
  size_t alen = 0;
  if (kimput_utf8_repair(fixed, flen, &again, &alen) == KIMPUT_OK) {
    if (alen != flen || memcmp(again, fixed, flen) != 0) abort();
  }
  free(again);
  free(fixed);
  return 0;
}
