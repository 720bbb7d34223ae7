/* utf8.c -- strict UTF-8 validation and repair (Unicode 15, table 3-7). */
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "kimput.h"
#include "utf8.h"

size_t kimput_utf8_seq_len(const unsigned char *s, size_t len, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    return (i + 1 < len && (s[i + 1] & 0xC0) == 0x80) ? 2 : 0;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (i + 2 >= len) return 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;          /* no overlongs */
    if (c == 0xED) hi = 0x9F;          /* no surrogates */
    if (s[i + 1] < lo || s[i + 1] > hi || (s[i + 2] & 0xC0) != 0x80) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (i + 3 >= len) return 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xF0) lo = 0x90;          /* no overlongs */
    if (c == 0xF4) hi = 0x8F;          /* nothing above U+10FFFF */
    if (s[i + 1] < lo || s[i + 1] > hi || (s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80) return 0;
    return 4;
  }
  return 0;
}

int kimput_utf8_valid(const char *text, size_t len, size_t *bad_offset) {
  if (!text && len) {  /* no text to check: not valid */
    if (bad_offset) *bad_offset = 0;
    return 0;
  }
  const unsigned char *s = (const unsigned char *)text;
  size_t i = 0;
  while (i < len) {
    /* ASCII fast path, sixteen bytes at a time, then eight */
#if defined(__SSE2__)
    while (i + 16 <= len && !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(s + i)))) i += 16;
#endif
    while (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= len) break;
    if (s[i] < 0x80) { i++; continue; }
    size_t n = kimput_utf8_seq_len(s, len, i);
    if (n == 0) {
      if (bad_offset) *bad_offset = i;
      return 0;
    }
    i += n;
  }
  return 1;
}

/* Length of the maximal subpart of an ill-formed sequence at s[i]: the lead
 * byte and the continuation bytes that could still have been valid. */
static size_t maximal_subpart(const unsigned char *s, size_t len, size_t i) {
  unsigned char c = s[i];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
  else return 1;
  size_t k = 1;
  while (k <= need && i + k < len) {
    unsigned char b = s[i + k];
    if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) break;
    k++;
  }
  return k;
}

kimput_status kimput_utf8_repair(const char *text, size_t len, char **out, size_t *out_len) {
  const unsigned char *s = (const unsigned char *)text;
  if (!out || !out_len || (!text && len)) return KIMPUT_ERR_ARG;
  /* Worst case: every byte becomes three. */
  if (len > (KIMPUT_MAX_TEXT - 1) / 3) return KIMPUT_ERR_TOO_LARGE;
  char *buf = malloc(len * 3 + 1);
  if (!buf) return KIMPUT_ERR_NOMEM;
  size_t i = 0, o = 0;
  while (i < len) {
    size_t n = kimput_utf8_seq_len(s, len, i);
    if (n) {
      memcpy(buf + o, s + i, n);
      o += n;
      i += n;
    } else {
      memcpy(buf + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i += maximal_subpart(s, len, i);
    }
  }
  buf[o] = '\0';
  char *shrunk = realloc(buf, o + 1);
  *out = shrunk ? shrunk : buf;
  *out_len = o;
  return KIMPUT_OK;
}
