/* word16.h -- a word's first 16 bytes in two 64-bit words, for the word
 * tables of dates.c and events.c: loaded with no branch on the word's
 * length and lower-cased 8 bytes at a time, so that a word is hashed and
 * compared with a table's key without a loop over its bytes. */
#ifndef KIMPUT_WORD16_H
#define KIMPUT_WORD16_H

#include <stdint.h>
#include <string.h>

/* ASCII lower case of 8 bytes at once (bytes from 0x80 are left alone) */
static inline uint64_t lower8(uint64_t x) {
  uint64_t h = x & 0x7f7f7f7f7f7f7f7full;
  uint64_t ge_a = h + 0x3f3f3f3f3f3f3f3full;  /* high bit: the byte is >= 'A' */
  uint64_t gt_z = h + 0x2525252525252525ull;  /* high bit: the byte is > 'Z' */
  return x | ((ge_a & ~gt_z & ~x & 0x8080808080808080ull) >> 2);
}

/* The first 16 bytes of a word (n bytes at p, avail readable there) as
 * they are, zero padded: two loads and two masks, no branch on the length
 * (the buffer's end aside). */
static inline void load_raw(const void *p, size_t n, size_t avail, uint64_t raw[2]) {
  static const unsigned char ones[32] = {255, 255, 255, 255, 255, 255, 255, 255,
                                         255, 255, 255, 255, 255, 255, 255, 255};
  size_t nn = n < 16 ? n : 16;
  unsigned char buf[16] = {0};
  const unsigned char *q = p;
  if (avail < 16) {  /* near the end of the text: a copy, not a read past it */
    memcpy(buf, p, nn);
    q = buf;
  }
  uint64_t x0, x1, m0, m1;
  memcpy(&x0, q, 8);
  memcpy(&x1, q + 8, 8);
  memcpy(&m0, ones + 16 - nn, 8);  /* nn bytes of ones in memory order: no assumption on byte order */
  memcpy(&m1, ones + 24 - nn, 8);
  raw[0] = x0 & m0;
  raw[1] = x1 & m1;
}

/* The first 8 bytes of a word (n bytes at p, avail readable there) as
 * load_raw gives them (its raw[0]): one load and one mask. */
static inline uint64_t load8(const void *p, size_t n, size_t avail) {
  static const unsigned char ones[16] = {255, 255, 255, 255, 255, 255, 255, 255};
  size_t nn = n < 8 ? n : 8;
  uint64_t x = 0, m;
  if (avail >= 8) memcpy(&x, p, 8);
  else memcpy(&x, p, nn);  /* near the end of the text: no read past it */
  memcpy(&m, ones + 8 - nn, 8);  /* nn bytes of ones in memory order */
  return x & m;
}

/* The word's head: its first 16 bytes lower-cased, zero padded. */
static inline void head_of_raw(const uint64_t raw[2], uint64_t head[2]) {
  head[0] = lower8(raw[0]);
  head[1] = lower8(raw[1]);
}

#endif
