/* utf8.h -- internal UTF-8 helpers shared by the scanners. */
#ifndef KIMPUT_UTF8_H
#define KIMPUT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s[i] (the text is known to be valid UTF-8).
 * Returns it and stores its length in bytes in *n. */
static inline int32_t kimput_utf8_decode(const unsigned char *s, size_t len, size_t i, size_t *n) {
  unsigned char c = s[i];
  if (c < 0x80) { *n = 1; return c; }
  if (c < 0xE0 && i + 1 < len) { *n = 2; return ((c & 0x1F) << 6) | (s[i + 1] & 0x3F); }
  if (c < 0xF0 && i + 2 < len) {
    *n = 3;
    return ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
  }
  if (i + 3 < len) {
    *n = 4;
    return ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
  }
  *n = 1;
  return 0xFFFD;
}

/* Length in bytes of a valid sequence at s[i], 0 when s[i..] is not valid UTF-8. */
size_t kimput_utf8_seq_len(const unsigned char *s, size_t len, size_t i);

#endif
