/* pageclass.c -- which lines of a scraped news page are the article.
 *
 * One pass over the tokens gives each line its features (words, capitalised
 * words, how it ends); one match of the page's combined LINE pattern gives
 * the lines a rule knows their class; then layout facts common to news pages
 * decide the rest, each pass linear in the number of lines:
 *   - a label's next line ("Baca juga:" then a title, "EDITOR" then a name);
 *   - the article opens with a masthead or dateline ("KOMPAS.com -",
 *     "JAKARTA, KOMPAS.com -"); what stands above it is the page's top:
 *     headline, deck, captions, bylines;
 *   - the headline is the title-shaped line of the top that is repeated,
 *     next to the page date or a byline, or title-cased;
 *   - after the last paragraph, short and title-cased lines are lists of links.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define MASKS_AVX2 1  /* the word masks also with AVX2, chosen at run time */
#endif

#include "kimput.h"
#include "page.h"
#include "utf8.h"

enum {
  TOP_LINES = 40,       /* the opening is looked for among the first lines... */
  TOP_PARAGRAPHS = 4,   /* ...and no further than this many paragraphs down */
  TITLE_MIN_WORDS = 3,
  TITLE_MAX_WORDS = 40,
  WRAPPED_MIN_WORDS = 6,  /* a hard-wrapped line's words, at least, before the one word closing its sentence */
  SHORT_WORDS = 3,      /* a line of at most this many words is furniture at the edges */
  LINK_MAX_WORDS = 20,  /* the title of a link after the article is no longer */
  CLOSING_MIN_WORDS = 10, /* a closing paragraph with its agency's credit is no shorter */
  STAMP_TOP_MAX_WORDS = 25, /* a caption above a page date is shorter than this */
  RELATED_MORE = 3,       /* titles under the first of a bare "Baca Juga" list... */
  RELATED_MIN_WORDS = 4,  /* ...each at least this long */
  TAGS_MORE = 12,         /* tags under the first of a bare "Topik Terkait" label... */
  TAG_WORDS = 4,          /* ...each at most this long */
  SUMMARY_MORE = 4,       /* sentences under the first of a summary box's label ("Ringkasan")... */
  SUMMARY_MAX_WORDS = 40, /* ...each at most this long */
  SENTENCE_MIN_WORDS = 4, /* a short sentence after the last paragraph that still is the article's */
  INTRO_MIN_WORDS = 4,    /* a sentence-case line ending with a colon that opens a list */
  NAME_PARTS_MAX = 6,     /* a line of names parted by separators (a byline, a breadcrumb): so many parts... */
  NAME_MAX_WORDS = 4,     /* ...each of at most this many words */
  BYLINE_MAX_PARTS = 3,   /* a byline has at most this many names */
  CRUMB_MAX_WORDS = 3,    /* a breadcrumb's items are no longer (a headline's halves may be) */
  RUBRIC_MAX_WORDS = 7,   /* a rubric over the headline is no longer ("Demo Warga di Alun-Alun Kota Sukamaju") */
  BYLINE_LOOK_BACK = 8,   /* asides passed over to the headline above a byline */
  MENU_LINES = 12,        /* a site's menu under its masthead is no longer */
  MENU_RUN_WORDS = 12,    /* a menu run into one line of capitalised words has at least so many */
  CREDIT_MAX_WORDS = 6,   /* a photo's credit alone on its line is no longer */
  POLL_MIN_WORDS = 5,     /* a reader poll's question is no shorter ("Bagaimana menurut Anda?" closes a post)... */
  POLL_MAX_WORDS = 30,    /* ...no longer... */
  POLL_OPTIONS = 8,       /* ...and has at most so many options under it... */
  OPTION_MAX_WORDS = 6,   /* ...each no longer */
  NEXT_ARTICLE_GAP = 4,   /* short lines between a next article's page date and its opening */
  GOES_ON_LINES = 6,      /* lines looked at under a comment counter for the article going on */
  STAMP_LOOK = 8,         /* lines looked at under a title for the page date */
  GLUED_LINES = 8,        /* top lines looked at for a time stamp glued to the opening */
  TEASER_MIN_WORDS = 5,   /* an excerpt cut by an ellipsis in a teaser box is no shorter */
  BOTTOM_TITLE_LINES = 4, /* last lines looked at for the page date under the title, at the page's end */
  INLINE_LINK_WORDS = 8,  /* a link's title set bare between paragraphs is no shorter (a subheading is) */
  INLINE_RUN_MAX = 2,     /* other such titles right above or under one set bare between paragraphs */
  CREDIT_TAIL = 64,       /* a photo's credit in brackets after its caption's repeat is no longer, in bytes */
  STAMP_TAIL = 48,        /* a page date glued to the end of the title is no longer, in bytes */
  END_MARK_MAX = 5,       /* stars of an end mark after the last sentence ("***") */
  BULLET_ITEM_WORDS = 7,  /* an item of the article's own list in bullets is no longer... */
  BULLET_RUN_MAX = 12,    /* ...and its run under a paragraph no longer */
  KEYWORD_MIN_WORDS = 4,  /* capitalised words of a caption's keyword phrase before its dash, at least */
  SCORE_LABEL_SPACES = 8, /* spaces in a results table's row before its score ("Tim A vs Tim B : 2-1"), at most */
  OPENING_COPY_MIN = 40,  /* bytes of a deck that copies the opening's first words, at least... */
  OPENING_COPY_LOOK = 64, /* ...starting within so many bytes of the opening (past its masthead) */
  ALT_PREFIX = 80,        /* bytes an image's alternative text shares at least with the caption under it */
  TOP_BULLETS_MIN = 3     /* bulleted titles above the article's first paragraph, at least, that make a ticker */
};

#define NONE ((size_t)-1)

static int is_alnum_ascii(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The end of s[start..end) once trailing initials or an agency in brackets
 * ("(AFP)", "[JP]", "(rzr/dnu)", "(Situs-kota.com/Nama Penulis)") and closing
 * quotes and brackets are taken off. */
static size_t sentence_end(const char *text, size_t start, size_t end) {
  const unsigned char *s = (const unsigned char *)text;
  size_t e = end;
  /* a no-break space read as Latin-1 and left as 'Â' after the last mark ("... kendaraan pribadi.Â") */
  if (e >= start + 3 && s[e - 2] == 0xC3 && s[e - 1] == 0x82 && s[e - 3] < 0x80 && s[e - 3] != ' ') e -= 2;
  /* an end mark after the article's last sentence, set off by a space: "... katanya. ***", "... (***)" */
  {
    int bracket = e > start && s[e - 1] == ')';
    size_t j = e - (size_t)bracket, k = j;
    while (k > start && j - k < END_MARK_MAX && s[k - 1] == '*') k--;
    if (bracket) k = k < j && k > start && s[k - 1] == '(' ? k - 1 : j;  /* (stars in brackets: both go) */
    if (k < j && k > start && s[k - 1] == ' ') {
      while (k > start && s[k - 1] == ' ') k--;
      e = k;
    }
  }
  if (e > start && (s[e - 1] == ')' || s[e - 1] == ']')) {
    unsigned char open = s[e - 1] == ')' ? '(' : '[';
    size_t j = e - 1;
    while (j > start && e - j < 40 && (is_alnum_ascii(s[j - 1]) || s[j - 1] == '/' || s[j - 1] == ' ' ||
                                       s[j - 1] == '.' || s[j - 1] == '-'))
      j--;
    if (j > start && s[j - 1] == open && j < e - 1) {
      e = j - 1;
      while (e > start && s[e - 1] == ' ') e--;
    }
  }
  for (;;) {
    if (e > start && (s[e - 1] == '"' || s[e - 1] == '\'' || s[e - 1] == ')' || s[e - 1] == ']')) e--;
    else if (e >= start + 3 && s[e - 3] == 0xE2 && s[e - 2] == 0x80 && (s[e - 1] == 0x9D || s[e - 1] == 0x99)) e -= 3;
    else break;
  }
  return e;
}

/* '.', '!', '?' when the line ends a sentence ("…" counts as '.'), else 0 */
static int final_mark(const char *text, size_t start, size_t end) {
  const unsigned char *s = (const unsigned char *)text;
  size_t e = sentence_end(text, start, end);
  if (e >= start + 3 && s[e - 3] == 0xE2 && s[e - 2] == 0x80 && s[e - 1] == 0xA6) return '.';
  if (e > start && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?')) return s[e - 1];
  return 0;
}

/* ------------------------------------------------------------ words of a line
 *
 * Words are counted from the bytes, as the tokenizer joins them (hyphens,
 * inner periods, digit separators, inner apostrophes, URLs whole), without
 * tokenizing: a number, date, time, URL or hashtag counts as capitalised. */

enum { W_OTHER, W_LOWER, W_UPPER, W_DIGIT, W_HASH, W_HIGH };

static uint8_t byte_kind[256];
static pthread_once_t byte_kind_once = PTHREAD_ONCE_INIT;
#if defined(MASKS_AVX2)
static int masks_avx2;  /* the processor has AVX2 (set with byte_kind) */
#endif

static void init_byte_kind(void) {
#if defined(MASKS_AVX2)
  __builtin_cpu_init();
  masks_avx2 = __builtin_cpu_supports("avx2");
#endif
  for (int c = 0; c < 256; c++) {
    uint8_t k = W_OTHER;
    if (c >= 'a' && c <= 'z') k = W_LOWER;
    else if (c >= 'A' && c <= 'Z') k = W_UPPER;
    else if (c >= '0' && c <= '9') k = W_DIGIT;
    else if (c == '_') k = W_LOWER;
    else if (c == '#') k = W_HASH;
    else if (c >= 0x80) k = W_HIGH;
    byte_kind[c] = k;
  }
}

/* The kind of the character at s[i] (W_LOWER, W_UPPER, W_DIGIT or W_OTHER), its length in *n. */
static int char_kind(const unsigned char *s, size_t end, size_t i, size_t *n) {
  int k = byte_kind[s[i]];
  *n = 1;
  if (k == W_HASH) return W_OTHER;
  if (k != W_HIGH) return k;
  int32_t cp = kimput_utf8_decode(s, end, i, n);
  if (cp == 0x200B || cp == 0xFEFF || u_isUWhiteSpace(cp)) return W_OTHER;
  if (u_isalpha(cp) || (U_MASK(u_charType(cp)) & (U_GC_M_MASK | U_GC_CF_MASK)))
    return u_isupper(cp) || u_istitle(cp) ? W_UPPER : W_LOWER;
  return u_isdigit(cp) ? W_DIGIT : W_OTHER;
}

static int word_at(const unsigned char *s, size_t end, size_t i) {
  size_t n;
  return i < end && char_kind(s, end, i, &n) != W_OTHER;
}

static int starts_with(const unsigned char *s, size_t end, size_t i, const char *lit) {
  size_t n = strlen(lit);
  if (i + n > end) return 0;
  for (size_t k = 0; k < n; k++)
    if ((s[i + k] | (lit[k] >= 'a' ? 0x20 : 0)) != (unsigned char)lit[k]) return 0;
  return 1;
}

/* The bytes of x (eight, little-endian first) that are ASCII letters,
 * digits or '_' (W_LOWER, W_UPPER, W_DIGIT), as 0x80 in their lane. Each
 * lane is at most 0x7F before an addition, so no carry crosses lanes. */
static uint64_t word_bytes(uint64_t x) {
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
  uint64_t y = x & ~high, folded = y | ones * 0x20;
  uint64_t letter = (folded + ones * (0x80 - 'a')) & ~(folded + ones * (0x80 - 'z' - 1));
  uint64_t digit = (y + ones * (0x80 - '0')) & ~(y + ones * (0x80 - '9' - 1));
  uint64_t z = y ^ ones * '_';
  uint64_t under = ~((z + ones * 0x7F) | z);
  return (letter | digit | under) & ~x & high;
}

/* The end of the run of ASCII letters, digits and '_' from s[i], read
 * eight bytes at a time (a word ends without a mispredicted branch per byte). */
static size_t ascii_word_end(const unsigned char *s, size_t i, size_t end) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t high = 0x8080808080808080ull;
  while (i + 8 <= end) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    uint64_t other = ~word_bytes(x) & high;
    if (other) return i + (size_t)__builtin_ctzll(other) / 8;
    i += 8;
  }
#endif
  while (i < end && (unsigned)(byte_kind[s[i]] - W_LOWER) <= W_DIGIT - W_LOWER) i++;
  return i;
}

/* The end of the word that starts at s[i]; *capital is cleared for a word
 * of digits running into letters (10km) and set for a lower-case domain. */
static size_t word_end(const unsigned char *s, size_t end, size_t i, int *capital) {
  unsigned char first = s[i] | 0x20, second = i + 1 < end ? s[i + 1] | 0x20 : 0;
  if ((first == 'h' && second == 't') || (first == 'w' && second == 'w')) {  /* most words pass here */
    if (starts_with(s, end, i, "http://") || starts_with(s, end, i, "https://") || starts_with(s, end, i, "www.")) {
      while (i < end && s[i] > ' ' && s[i] != '"' && s[i] != '<' && s[i] != '>') i++;
      *capital = 1;
      return i;
    }
  }
  int digits = byte_kind[s[i]] == W_DIGIT, dotted = 0;
  size_t segment = i, n;  /* start of the part after the last period */
  if (digits) {
    while (i < end && byte_kind[s[i]] == W_DIGIT) i++;
    if (word_at(s, end, i)) *capital = 0;  /* 10km */
  }
  for (;;) {
    for (;;) {  /* letters and digits: ASCII in the fast loop */
      i = ascii_word_end(s, i, end);
      if (i >= end || s[i] < 0x80 || char_kind(s, end, i, &n) == W_OTHER) break;  /* < 0x80: not W_HIGH */
      i += n;
    }
    if (i + 1 >= end) break;
    unsigned char c = s[i];
    if ((c == '-' || c == '.') && word_at(s, end, i + 1)) {
      if (c == '.') { dotted = 1; segment = i + 1; }
      i++;
      continue;
    }
    if ((c == ',' || c == ':' || c == '/') && digits && byte_kind[s[i - 1]] == W_DIGIT && byte_kind[s[i + 1]] == W_DIGIT) {
      i++;
      continue;
    }
    size_t a = c == '\'' ? 1 : (c == 0xE2 && i + 2 < end && s[i + 1] == 0x80 && s[i + 2] == 0x99) ? 3 : 0;
    int after = a && i + a < end ? char_kind(s, end, i + a, &n) : W_OTHER;
    if (after == W_LOWER || after == W_UPPER) {
      i += a;
      continue;
    }
    break;
  }
  if (dotted && !*capital && i - segment >= 2 && i - segment <= 24) {
    int tld = 1;  /* a domain: its last label is lower-case ASCII */
    for (size_t k = segment; tld && k < i; k++) tld = s[k] >= 'a' && s[k] <= 'z';
    *capital = tld;
  }
  return i;
}

/* Words and capitalised words of text[start..end), up to KIMPUT_PAGE_WORDS_MAX
 * words (a longer line is a paragraph; no feature looks further); *lower_start
 * is 1 when the first word starts with a lower-case letter, 0 when not, -1
 * without words. */
static unsigned count_words_bytewise(const char *text, size_t start, size_t end, unsigned *upper, int *lower_start) {
  const unsigned char *s = (const unsigned char *)text;
  unsigned words = 0;
  *upper = 0;
  *lower_start = -1;
  size_t i = start;
  while (i < end && words < KIMPUT_PAGE_WORDS_MAX) {
    int k = byte_kind[s[i]];
    if (k == W_OTHER) { i++; continue; }
    int capital;
    if (k == W_HASH) {
      if (!word_at(s, end, i + 1)) { i++; continue; }
      i++;
      capital = 1;  /* a hashtag */
      for (size_t n; i < end && char_kind(s, end, i, &n) != W_OTHER;) i += n;
    } else {
      size_t n;
      if (k == W_HIGH && (k = char_kind(s, end, i, &n)) == W_OTHER) { i += n; continue; }
      capital = k != W_LOWER;
      i = word_end(s, end, i, &capital);
    }
    if (*lower_start < 0) *lower_start = !capital;
    words++;
    *upper += (unsigned)capital;
  }
  return words;
}

#if defined(__SSE2__)
/* ------------------------------------------------------------ words by bit masks
 *
 * The same count for a plain line, from bit masks of its bytes (one bit per
 * byte, SSE2 compares sixteen at a time) rather than a step per byte: a
 * word is a run of ASCII letters, digits and '_' with the joiners that
 * count_words_bytewise takes into it ('-' and '.' between two of them, an
 * apostrophe before a letter). A line it cannot read so (a hashtag, a URL,
 * digits around , : or /, a character past ASCII other than spaces, dashes
 * and quotation marks) is left to count_words_bytewise. */

enum { MASK_LINE_MAX = 1024, MASK_WORDS = MASK_LINE_MAX / 64 };

typedef struct {
  uint64_t word[MASK_WORDS], digit[MASK_WORDS], upper[MASK_WORDS], high[MASK_WORDS];
  uint64_t dash[MASK_WORDS], dot[MASK_WORDS], sep[MASK_WORDS], apos[MASK_WORDS];
} line_masks;

static inline uint64_t bit_at(const uint64_t *m, size_t i) { return m[i / 64] >> (i % 64) & 1; }

/* Set bits of x, inline (without -mpopcnt __builtin_popcountll is a call). */
static inline unsigned bit_count(uint64_t x) {
  x -= (x >> 1) & 0x5555555555555555ull;
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

/* The mask shifted by one byte towards the line's end (bit i: byte i-1's). */
static inline uint64_t prev_bits(const uint64_t *m, size_t w) { return m[w] << 1 | (w ? m[w - 1] >> 63 : 0); }

/* The mask shifted by one byte towards the line's start (bit i: byte i+1's). */
static inline uint64_t next_bits(const uint64_t *m, size_t w, size_t nw) {
  return m[w] >> 1 | (w + 1 < nw ? m[w + 1] << 63 : 0);
}

/* Stores the sixteen bits of the lanes of v set, at bit `at` of mask m (at: a multiple of 16). */
static inline void put16(uint64_t *m, size_t at, __m128i v) {
  uint16_t bits = (uint16_t)_mm_movemask_epi8(v);
  memcpy((unsigned char *)m + at / 8, &bits, sizeof bits);  /* little-endian: bit at + i is lane i */
}

/* The lanes of x from lo to lo + span - 1 (span < 128), ASCII: moved so
 * that they are the lowest signed bytes, one addition and one compare. */
static inline __m128i in_range(__m128i x, char lo, char span) {
  __m128i shifted = _mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - lo)));
  return _mm_cmplt_epi8(shifted, _mm_set1_epi8((char)(-128 + span)));
}

/* 1 and the masks of buf[0..n) (n <= MASK_LINE_MAX; buf holds zeros from n
 * to the next multiple of 16, and 17 more), or 0 for a line holding a '#',
 * a "ww" (of "www.") or a ":/" (of "://"): count_words_bytewise's cases. */
static int build_masks(const unsigned char *buf, size_t n, line_masks *m) {
  const __m128i k20 = _mm_set1_epi8(0x20);
  __m128i fail = _mm_setzero_si128();
  /* the last word's bits past the 16-byte blocks read stay clear */
  size_t last = (n + 63) / 64 - 1;
  m->word[last] = m->digit[last] = m->upper[last] = m->high[last] = 0;
  m->dash[last] = m->dot[last] = m->sep[last] = m->apos[last] = 0;
  for (size_t at = 0; at < n; at += 16) {  /* the zeros past the line set no bit */
    const unsigned char *p = buf + at;
    __m128i x = _mm_loadu_si128((const __m128i *)p), next = _mm_loadu_si128((const __m128i *)(p + 1));
    __m128i lower = _mm_or_si128(x, k20);
    __m128i letter = in_range(lower, 'a', 26);
    __m128i up = in_range(x, 'A', 26);
    __m128i dig = in_range(x, '0', 10);
    __m128i colon = _mm_cmpeq_epi8(x, _mm_set1_epi8(':'));
    __m128i ww = _mm_and_si128(_mm_cmpeq_epi8(lower, _mm_set1_epi8('w')),
                               _mm_cmpeq_epi8(_mm_or_si128(next, k20), _mm_set1_epi8('w')));
    fail = _mm_or_si128(fail, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('#')), ww));
    fail = _mm_or_si128(fail, _mm_and_si128(colon, _mm_cmpeq_epi8(next, _mm_set1_epi8('/'))));
    put16(m->word, at, _mm_or_si128(_mm_or_si128(letter, dig), _mm_cmpeq_epi8(x, _mm_set1_epi8('_'))));
    put16(m->digit, at, dig);
    put16(m->upper, at, up);
    put16(m->high, at, x);
    put16(m->dot, at, _mm_cmpeq_epi8(x, _mm_set1_epi8('.')));
    put16(m->dash, at, _mm_cmpeq_epi8(x, _mm_set1_epi8('-')));
    put16(m->sep, at, _mm_or_si128(_mm_or_si128(colon, _mm_cmpeq_epi8(x, _mm_set1_epi8('/'))),
                                   _mm_cmpeq_epi8(x, _mm_set1_epi8(','))));
    put16(m->apos, at, _mm_cmpeq_epi8(x, _mm_set1_epi8('\'')));
  }
  return _mm_movemask_epi8(fail) == 0;
}

#if defined(MASKS_AVX2)
/* build_masks thirty-two bytes at a time, for a processor with AVX2 (asked
 * once, masks_avx2): the same masks, half the steps. */
__attribute__((target("avx2"))) static inline void put32(uint64_t *m, size_t at, __m256i v) {
  uint32_t bits = (uint32_t)_mm256_movemask_epi8(v);
  memcpy((unsigned char *)m + at / 8, &bits, sizeof bits);  /* little-endian: bit at + i is lane i */
}

__attribute__((target("avx2"))) static inline __m256i in_range32(__m256i x, char lo, char span) {
  __m256i shifted = _mm256_add_epi8(x, _mm256_set1_epi8((char)(0x80 - lo)));
  return _mm256_cmpgt_epi8(_mm256_set1_epi8((char)(-128 + span)), shifted);
}

__attribute__((target("avx2"))) static int build_masks_avx2(const unsigned char *buf, size_t n, line_masks *m) {
  const __m256i k20 = _mm256_set1_epi8(0x20);
  __m256i fail = _mm256_setzero_si256();
  size_t last = (n + 63) / 64 - 1;
  m->word[last] = m->digit[last] = m->upper[last] = m->high[last] = 0;
  m->dash[last] = m->dot[last] = m->sep[last] = m->apos[last] = 0;
  for (size_t at = 0; at < n; at += 32) {  /* the zeros past the line set no bit */
    const unsigned char *p = buf + at;
    __m256i x = _mm256_loadu_si256((const __m256i *)p), next = _mm256_loadu_si256((const __m256i *)(p + 1));
    __m256i lower = _mm256_or_si256(x, k20);
    __m256i letter = in_range32(lower, 'a', 26);
    __m256i up = in_range32(x, 'A', 26);
    __m256i dig = in_range32(x, '0', 10);
    __m256i colon = _mm256_cmpeq_epi8(x, _mm256_set1_epi8(':'));
    __m256i ww = _mm256_and_si256(_mm256_cmpeq_epi8(lower, _mm256_set1_epi8('w')),
                                  _mm256_cmpeq_epi8(_mm256_or_si256(next, k20), _mm256_set1_epi8('w')));
    fail = _mm256_or_si256(fail, _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('#')), ww));
    fail = _mm256_or_si256(fail, _mm256_and_si256(colon, _mm256_cmpeq_epi8(next, _mm256_set1_epi8('/'))));
    put32(m->word, at, _mm256_or_si256(_mm256_or_si256(letter, dig), _mm256_cmpeq_epi8(x, _mm256_set1_epi8('_'))));
    put32(m->digit, at, dig);
    put32(m->upper, at, up);
    put32(m->high, at, x);
    put32(m->dot, at, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('.')));
    put32(m->dash, at, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('-')));
    put32(m->sep, at, _mm256_or_si256(_mm256_or_si256(colon, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('/'))),
                                      _mm256_cmpeq_epi8(x, _mm256_set1_epi8(','))));
    put32(m->apos, at, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('\'')));
  }
  return _mm256_movemask_epi8(fail) == 0;
}
#endif

/* The byte after the run of set bits of m from i (i set), before n. */
static size_t run_end(const uint64_t *m, size_t i, size_t n) {
  size_t w = i / 64;
  uint64_t rest = ~m[w] >> (i % 64);
  if (rest) return i + (size_t)__builtin_ctzll(rest) < n ? i + (size_t)__builtin_ctzll(rest) : n;
  for (w++; w * 64 < n; w++)
    if (~m[w]) return w * 64 + (size_t)__builtin_ctzll(~m[w]) < n ? w * 64 + (size_t)__builtin_ctzll(~m[w]) : n;
  return n;
}

/* Set bits of x: the popcnt instruction where the caller's target has it (avx2). */
static inline __attribute__((always_inline)) unsigned ones(uint64_t x, int avx2) {
  return avx2 ? (unsigned)__builtin_popcountll(x) : bit_count(x);
}

/* count_words_bytewise's result from masks, or 0 (and *ok 0) for a line it
 * must read itself; avx2: the masks built with AVX2 and counted with popcnt
 * (the body of count_words_masked_avx2, compiled for that target). */
static inline __attribute__((always_inline)) unsigned words_from_masks(const char *text, size_t start, size_t end,
                                                                       unsigned *upper, int *lower_start, int *ok,
                                                                       int avx2) {
  size_t n = end - start;
  *ok = 0;
  if (n > MASK_LINE_MAX) return 0;
  if (n == 0) return 0;
  unsigned char s[MASK_LINE_MAX + 80];
  memcpy(s, text + start, n);
  memset(s + n, 0, 80);  /* the loads past the line read zeros: no class */
  line_masks m;
#if defined(MASKS_AVX2)
  if (!(avx2 ? build_masks_avx2(s, n, &m) : build_masks(s, n, &m))) return 0;
#else
  if (!build_masks(s, n, &m)) return 0;
#endif
  size_t nw = (n + 63) / 64;
  /* characters past ASCII: the known ones that are no letter; a right single
   * quotation mark before a letter is an apostrophe, taken into the word */
  uint64_t joined_apos[MASK_WORDS];
  memset(joined_apos, 0, nw * sizeof *joined_apos);
  size_t skip = 0;  /* the continuation bytes of the character read last */
  for (size_t w = 0; w < nw; w++) {
    for (uint64_t h = m.high[w]; h; h &= h - 1) {
      size_t i = w * 64 + (size_t)__builtin_ctzll(h);
      if (i < skip) continue;
      if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) {  /* no-break space */
        skip = i + 2;
        continue;
      }
      if (s[i] != 0xE2 || i + 2 >= n || s[i + 1] != 0x80) return 0;
      unsigned char c = s[i + 2];
      int after_word = i > 0 && bit_at(m.word, i - 1);
      if (c == 0x99 && after_word && i + 3 < n) {  /* ’ ending a word: an apostrophe before a letter */
        if (s[i + 3] >= 0x80) return 0;  /* a letter past ASCII may follow */
        if (bit_at(m.word, i + 3) && !bit_at(m.digit, i + 3))
          for (size_t k = i; k < i + 3; k++) joined_apos[k / 64] |= (uint64_t)1 << (k % 64);
      } else if (c != 0x99 && c != 0x93 && c != 0x94 && c != 0x98 && c != 0x9C && c != 0x9D && c != 0xA6) {
        return 0;  /* – — ‘ “ ” … are no letter; anything else may be */
      }
      skip = i + 3;
    }
  }
  /* the joined bytes: word bytes with them are the words */
  uint64_t e[MASK_WORDS], seps[MASK_WORDS], dots = 0, any_sep = 0;  /* dots: some '.' is joined */
  for (size_t w = 0; w < nw; w++) {
    uint64_t pw = prev_bits(m.word, w), nx = next_bits(m.word, w, nw);
    uint64_t nd = next_bits(m.digit, w, nw), pd = prev_bits(m.digit, w);
    seps[w] = m.sep[w] & pd & nd;  /* 1,000 12:30 5/6: joined in a word that starts with a digit */
    any_sep |= seps[w];
    uint64_t letter_next = nx & ~nd;
    for (uint64_t a = m.apos[w] & pw; a; a &= a - 1) {  /* an apostrophe before a character past ASCII */
      size_t i = w * 64 + (size_t)__builtin_ctzll(a);
      if (i + 1 < n && s[i + 1] >= 0x80) return 0;
    }
    uint64_t joined = (m.dash[w] | m.dot[w]) & pw & nx;
    dots |= joined & m.dot[w];
    e[w] = m.word[w] | joined | (m.apos[w] & pw & letter_next) | joined_apos[w];
  }
  /* a separator between digits joins when the word before it starts with a
   * digit: from the left, so that a join is seen by the next one */
  for (size_t w = 0; any_sep && w < nw; w++) {
    for (uint64_t c = seps[w]; c; c &= c - 1) {
      size_t p = w * 64 + (size_t)__builtin_ctzll(c);
      size_t b = w;  /* the start of the word before p: after the last byte below p out of a word */
      uint64_t out = ~e[b] & (((uint64_t)1 << (p % 64)) - 1);
      while (!out && b > 0) out = ~e[--b];
      size_t first = out ? b * 64 + (63 - (size_t)__builtin_clzll(out)) + 1 : 0;
      if (bit_at(m.digit, first)) e[w] |= (uint64_t)1 << (p % 64);
    }
  }
  unsigned words = 0;
  *upper = 0;
  *lower_start = -1;
  for (size_t w = 0; w < nw && words < KIMPUT_PAGE_WORDS_MAX; w++) {
    uint64_t st = e[w] & ~prev_bits(e, w);
    if (!st) continue;
    /* a word is capitalised when it starts with a capital or a digit, but
     * for the words of digits running into letters and the domains: those
     * one by one (and the line's first, and those up to the cap), the
     * others counted at once */
    uint64_t single = st & m.digit[w];
    if (*lower_start < 0) single |= st & -st;
    if (dots) single |= st & ~m.upper[w];
    unsigned total = ones(st, avx2);
    if (words + total > KIMPUT_PAGE_WORDS_MAX) single = st;
    uint64_t bulk = st & ~single;
    words += ones(bulk, avx2);
    *upper += ones(bulk & m.upper[w], avx2);
    for (; single && words < KIMPUT_PAGE_WORDS_MAX; single &= single - 1) {
      size_t i = w * 64 + (size_t)__builtin_ctzll(single);
      int capital = bit_at(m.upper, i) || bit_at(m.digit, i);
      if (bit_at(m.digit, i)) {  /* 10km: digits running into letters */
        size_t q = run_end(m.digit, i, n);
        if (q < n && bit_at(m.word, q)) capital = 0;
      }
      if (!capital && dots) {  /* a domain: its last label, after a joined '.', is lower-case ASCII */
        size_t stop = run_end(e, i, n), seg = 0;
        for (size_t k = i + 1; k < stop; k++)
          if (s[k] == '.') seg = k + 1;
        if (seg && stop - seg >= 2 && stop - seg <= 24) {
          int tld = 1;
          for (size_t k = seg; tld && k < stop; k++) tld = s[k] >= 'a' && s[k] <= 'z';
          capital = tld;
        }
      }
      if (*lower_start < 0) *lower_start = !capital;
      words++;
      *upper += (unsigned)capital;
    }
  }
  *ok = 1;
  return words;
}

static unsigned count_words_masked(const char *text, size_t start, size_t end, unsigned *upper, int *lower_start,
                                   int *ok) {
  return words_from_masks(text, start, end, upper, lower_start, ok, 0);
}

#if defined(MASKS_AVX2)
__attribute__((target("avx2,popcnt"))) static unsigned count_words_masked_avx2(const char *text, size_t start,
                                                                               size_t end, unsigned *upper,
                                                                               int *lower_start, int *ok) {
  return words_from_masks(text, start, end, upper, lower_start, ok, 1);
}
#endif
#endif

/* Words and capitalised words of text[start..end), up to KIMPUT_PAGE_WORDS_MAX
 * words; *lower_start as count_words_bytewise. */
static unsigned count_words(const char *text, size_t start, size_t end, unsigned *upper, int *lower_start) {
#if defined(__SSE2__)
  int ok;
#if defined(MASKS_AVX2)
  unsigned words = masks_avx2 ? count_words_masked_avx2(text, start, end, upper, lower_start, &ok)
                              : count_words_masked(text, start, end, upper, lower_start, &ok);
#else
  unsigned words = count_words_masked(text, start, end, upper, lower_start, &ok);
#endif
  if (ok) return words;
#endif
  return count_words_bytewise(text, start, end, upper, lower_start);
}

/* Words, capitals and shape of a line. */
static void line_features(const char *text, kimput_page_line *l) {
  unsigned upper;
  int lower_start;
  unsigned words = count_words(text, l->start, l->end, &upper, &lower_start);
  l->words = (uint16_t)(words > UINT16_MAX ? UINT16_MAX : words);
  int mark = final_mark(text, l->start, l->end);
  /* (a long title-cased title may close with its cry or question: "... Rp 95 Ribu: Kok Mahal!" is no paragraph) */
  int titled = words && upper * 5 >= words * 3;
  if ((words >= 6 && mark == '.') || (words >= 15 && mark && (mark == '.' || !titled)) || words >= 30)
    l->flags |= KIMPUT_LINEF_PARAGRAPH;
  size_t end = l->end;  /* (past a no-break space left as 'Â', as sentence_end) */
  if (end >= l->start + 3 && (unsigned char)text[end - 2] == 0xC3 && (unsigned char)text[end - 1] == 0x82 &&
      (unsigned char)text[end - 3] < 0x80 && text[end - 3] != ' ')
    end -= 2;
  unsigned char last = (unsigned char)text[end - 1];
  int ellipsis = end - l->start >= 2 && text[end - 2] == '.' && last == '.';
  int open_end = (last == '.' && !ellipsis) || last == ':' || last == ';' || last == ',';
  if (words >= TITLE_MIN_WORDS && words <= TITLE_MAX_WORDS && !open_end && lower_start != 1)
    l->flags |= KIMPUT_LINEF_TITLE;
  if (titled) l->flags |= KIMPUT_LINEF_TITLECASE;
}

/* A hash of the line's length, its first 64 bytes and its last 8, eight
 * bytes at a time: lines that differ only further in are told apart by
 * same_text. */
static uint64_t hash_line(const char *text, const kimput_page_line *l) {
  size_t n = l->end - l->start, k = n < 64 ? n : 64;
  const char *s = text + l->start;
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n, w;
  size_t i = 0;
  for (; i + 8 <= k; i += 8) {
    memcpy(&w, s + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
  }
  w = 0;
  memcpy(&w, s + i, k - i);
  h = (h ^ w) * 0xFF51AFD7ED558CCDull;
  if (n >= 8) {
    memcpy(&w, s + n - 8, 8);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
  }
  return h ^ (h >> 33);
}

static int same_text(const char *text, const kimput_page_line *a, const kimput_page_line *b) {
  return a->end - a->start == b->end - b->start && memcmp(text + a->start, text + b->start, a->end - a->start) == 0;
}

/* Line a is line b's text closed by a period ("Judul Berita." under "Judul Berita"). */
static int title_with_period(const char *text, const kimput_page_line *a, const kimput_page_line *b) {
  return a->end - a->start == b->end - b->start + 1 && text[a->end - 1] == '.' &&
         memcmp(text + a->start, text + b->start, b->end - b->start) == 0;
}

/* Grows a scratch array of the set to n elements of size `size` (kept for the next page). */
static int reserve(void **p, size_t *cap, size_t n, size_t size) {
  if (n <= *cap) return 1;
  void *v = realloc(*p, n * size);
  if (!v) return 0;
  *p = v;
  *cap = n;
  return 1;
}

/* Flags the lines whose text is on another line too: one hash table, linear
 * (in the set's scratch: no allocation once a page as long was seen). */
static kimput_status mark_repeats(kimput_pageset *set, const char *text, kimput_page_line *lines, size_t n) {
  if (n < 2) return KIMPUT_OK;
  size_t cap = 4;
  while (cap < 2 * n) cap *= 2;
  if (!reserve((void **)&set->slots, &set->slots_cap, cap, sizeof *set->slots) ||
      !reserve((void **)&set->hashes, &set->hashes_cap, n, sizeof *set->hashes))
    return KIMPUT_ERR_NOMEM;
  size_t *slot = set->slots;
  uint64_t *hash = set->hashes;
  for (size_t i = 0; i < cap; i++) slot[i] = NONE;
  for (size_t i = 0; i < n; i++) {
    hash[i] = hash_line(text, &lines[i]);
    size_t k = (size_t)hash[i] & (cap - 1);
    for (; slot[k] != NONE; k = (k + 1) & (cap - 1)) {
      size_t j = slot[k];
      if (hash[j] == hash[i] && same_text(text, &lines[j], &lines[i])) {
        lines[j].flags |= KIMPUT_LINEF_REPEATED;
        lines[i].flags |= KIMPUT_LINEF_REPEATED;
        break;
      }
    }
    if (slot[k] == NONE) slot[k] = i;
  }
  return KIMPUT_OK;
}

static int is_paragraph(const kimput_page_line *l) {
  return l->cls == KIMPUT_LINE_BODY && (l->flags & KIMPUT_LINEF_PARAGRAPH);
}

/* Lines between two facts of the page that do not break them apart. */
static int is_aside(const kimput_page_line *l) {
  return l->cls == KIMPUT_LINE_NAVIGATION || l->cls == KIMPUT_LINE_CAPTION || l->cls == KIMPUT_LINE_HASHTAGS ||
         l->cls == KIMPUT_LINE_RELATED ||
         (l->cls == KIMPUT_LINE_BODY && l->words <= SHORT_WORDS);
}

/* A deck: a sentence-case line of some length under a title, no paragraph (or one the article repeats further
 * down: its summary, "Pejabat itu belum bisa memastikan motifnya." shown above the byline and again in the text). */
static int is_deck(const kimput_page_line *l) {
  const unsigned int repeated = KIMPUT_LINEF_PARAGRAPH | KIMPUT_LINEF_REPEATED;
  return l->cls == KIMPUT_LINE_BODY && l->words > SHORT_WORDS &&
         ((l->flags & repeated) == repeated || !(l->flags & (KIMPUT_LINEF_PARAGRAPH | KIMPUT_LINEF_TITLECASE)));
}

static int states_page_fact(const kimput_page_line *l) {
  return l->cls == KIMPUT_LINE_TIMESTAMP || l->cls == KIMPUT_LINE_DATELINE || l->cls == KIMPUT_LINE_CREDIT;
}

/* The line after line i, past asides and, when deck is set, one deck (or one paragraph right over the byline: the
 * deck of a later page of the article, which its text does not repeat; title-cased too when it names many people
 * and places, "Kapolres Metro Kota, Kombes Nama Orang, menanggapi ...": the byline under it says what it is). */
static size_t next_fact(const kimput_page_line *lines, size_t n, size_t i, size_t open, int deck) {
  size_t j = i + 1;
  while (j < n && j != open && is_aside(&lines[j])) j++;
  if (deck && j < n && j != open && is_deck(&lines[j])) return next_fact(lines, n, j, open, 0);
  if (deck && j < n && j != open && lines[j].cls == KIMPUT_LINE_BODY && (lines[j].flags & KIMPUT_LINEF_PARAGRAPH)) {
    size_t k = next_fact(lines, n, j, open, 0);
    if (k < n && lines[k].cls == KIMPUT_LINE_CREDIT) return k;
  }
  return j;
}

/* Line j is a title-cased line of some length that is no paragraph, as the
 * titles of a list of other articles are. */
static int list_title(const kimput_page_line *lines, size_t n, size_t j, size_t open) {
  return j < n && j != open && lines[j].cls == KIMPUT_LINE_BODY && lines[j].words > SHORT_WORDS &&
         (lines[j].flags & KIMPUT_LINEF_TITLECASE) && !(lines[j].flags & KIMPUT_LINEF_PARAGRAPH);
}

/* Folds the ASCII letters and digits of s[start..end) into buf (other bytes
 * dropped; with address set, up to the first period: "RADARMALANG.COM" ->
 * "radarmalang"). Returns the length, or 0 when it does not fit. */
static size_t fold_name(const char *text, size_t start, size_t end, int address, char *buf, size_t cap) {
  size_t k = 0;
  for (size_t i = start; i < end; i++) {
    unsigned char c = (unsigned char)text[i];
    if (address && c == '.') break;
    if (!is_alnum_ascii(c)) continue;
    if (k == cap) return 0;
    buf[k++] = (char)((c >= 'A' && c <= 'Z') ? c | 0x20 : c);
  }
  return k;
}

/* The first ASCII letter or digit of each word of s[start..end), folded into buf
 * ("Kantor Berita Radio" -> "kbr"). Returns the length, or 0 when it does not fit. */
static size_t fold_initials(const char *text, size_t start, size_t end, char *buf, size_t cap) {
  size_t k = 0;
  int in_word = 0;
  for (size_t i = start; i < end; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c == ' ') {
      in_word = 0;
      continue;
    }
    if (!in_word && is_alnum_ascii(c)) {
      if (k == cap) return 0;
      buf[k++] = (char)((c >= 'A' && c <= 'Z') ? c | 0x20 : c);
    }
    in_word = 1;
  }
  return k;
}

/* The initials of line l's words are the name in span s ("Kantor Berita Radio" for "KBR"). */
static int initials_name(const char *text, const kimput_page_line *l, kimput_span s) {
  if (s.start == KIMPUT_UNSET) return 0;
  char name[16], initials[16];
  size_t m = fold_name(text, s.start, s.end, 1, name, sizeof name);
  size_t n = fold_initials(text, l->start, l->end, initials, sizeof initials);
  return m >= 3 && n == m && memcmp(initials, name, m) == 0;
}

/* Line l is the outlet's masthead: its letters end with the outlet's name of
 * the opening, which makes at least half of them ("Jawa Pos Radar Malang" over
 * "RADAR MALANG -"; "Tribun Kota" over "TRIBUNKOTA.COM, ..."), or the initials
 * of its words are the name ("Kantor Berita Radio" over "KBR, Jakarta -", whose
 * outlet is read first where a place stands: the name in either span). */
static int names_outlet(const char *text, const kimput_page_line *l, kimput_span outlet, kimput_span place) {
  if (initials_name(text, l, outlet) || initials_name(text, l, place)) return 1;
  if (outlet.start == KIMPUT_UNSET) return 0;
  char name[64], line[128];
  size_t m = fold_name(text, outlet.start, outlet.end, 1, name, sizeof name);
  size_t k = fold_name(text, l->start, l->end, 0, line, sizeof line);
  if (m >= 3 && k >= m && 3 * m >= k && memcmp(line + k - m, name, m) == 0) return 1;
  /* the site's address as its masthead ("SUARAKOTA.COM" over "Kota, suarakota.com -") */
  k = fold_name(text, l->start, l->end, 1, line, sizeof line);
  return m >= 3 && k == m && memcmp(line, name, m) == 0 && memchr(text + l->start, '.', l->end - l->start) != NULL;
}

/* Line l is a tag: lower-case ASCII letters, digits, spaces and hyphens only, a letter first
 * ("pasar induk kramat jati" under the article; a sentence of it starts with a capital). */
static int tag_shaped(const char *text, const kimput_page_line *l) {
  if (l->end == l->start || text[l->start] < 'a' || text[l->start] > 'z') return 0;
  for (size_t i = l->start; i < l->end; i++) {
    char c = text[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '-')) return 0;
  }
  return 1;
}

/* Line l is a figure under its label, "Perkotaan: 8,72 persen", "Garis kemiskinan: Rp 590.467 per kapita": a
 * label of up to four words, a colon, a number (after "Rp") and lower-case words only (a link's title has
 * capitals after its colon: "Timnas: 3 Pemain Cedera") */
static int figure_line(const char *text, const kimput_page_line *l) {
  const char *colon = memchr(text + l->start, ':', l->end - l->start);
  if (!colon || colon == text + l->start) return 0;
  size_t i = (size_t)(colon - text) + 1, spaces = 0;
  for (size_t k = l->start; k < i; k++) spaces += text[k] == ' ';
  while (i < l->end && text[i] == ' ') i++;
  /* (a match's result, the two sides' names before the colon and the score alone after it: "Tim Kota vs Tim Desa
     : 2-1", a results table's row) */
  if (spaces <= SCORE_LABEL_SPACES) {
    size_t k = i, d1 = 0, d2 = 0;
    while (k < l->end && text[k] >= '0' && text[k] <= '9') k++, d1++;
    while (k < l->end && text[k] == ' ') k++;
    if (k < l->end && text[k] == '-') {
      for (k++; k < l->end && text[k] == ' '; k++) {}
      while (k < l->end && text[k] >= '0' && text[k] <= '9') k++, d2++;
      if (k == l->end && d1 && d1 <= 3 && d2 && d2 <= 3) return 1;
    }
  }
  if (spaces > 3) return 0;
  if (i + 2 < l->end && text[i] == 'R' && text[i + 1] == 'p') {
    i += 2;
    if (text[i] == '.') i++;
    while (i < l->end && text[i] == ' ') i++;
  }
  if (i >= l->end || text[i] < '0' || text[i] > '9') return 0;
  for (; i < l->end; i++)
    if (text[i] >= 'A' && text[i] <= 'Z') return 0;
  return 1;
}

/* Line l's first word is a site's address: labels of letters, digits and hyphens
 * parted by periods, the last of two letters or more ("Situs.co.id", "RRI.co.id"). */
static int starts_with_address(const char *text, const kimput_page_line *l) {
  size_t dots = 0, label = 0, letters = 0;
  for (size_t i = l->start; i < l->end && text[i] != ' '; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c == '.') {
      if (!label) return 0;
      dots++;
      label = letters = 0;
    } else if (is_alnum_ascii(c) || c == '-') {
      label++;
      letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    } else {
      return 0;
    }
  }
  return dots > 0 && label >= 2 && letters == label;
}

static int credit_alone(const char *text, const kimput_page_line *l);

/* The next (step 1) or previous (step -1) line from i that is not blank, else NONE. */
static size_t nonblank(const kimput_page_line *lines, size_t n, size_t i, int step) {
  for (size_t k = 0; k < 3; k++) {
    if ((step < 0 && i == 0) || (step > 0 && i + 1 >= n)) return NONE;
    i = step > 0 ? i + 1 : i - 1;
    if (lines[i].end > lines[i].start) return i;
  }
  return NONE;
}

/* Line l ends with a photo's credit, which no title does: a site's address or a slash in
 * its closing brackets ("... di Alun-Alun (situsku.com/istimewa)", "Tim U-19 (situsbola.org)"),
 * or a photographer and the site glued to the last word by hyphens ("... Jalan Baru-Nama-situsku"). */
static int ends_with_photo_credit(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t e = l->end;
  if (e - l->start < 4) return 0;
  if (s[e - 1] == ')') {
    size_t j = e - 1;
    int slash = 0, dot = 0, space = 0, letters = 0, lower = 0;
    while (j > l->start && e - j < 60 && s[j - 1] != '(') {
      j--;
      slash |= s[j] == '/';
      letters += (s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z';
      lower |= s[j] >= 'a' && s[j] <= 'z';
      space |= s[j] == ' ';
      dot |= s[j] == '.' && j + 1 < e - 1 && (s[j + 1] | 0x20) >= 'a' && (s[j + 1] | 0x20) <= 'z';
    }
    /* (a date in brackets, "Senin (25/3/2024)", has no letters) */
    if (j <= l->start || s[j - 1] != '(' || letters < 2) return 0;
    /* a source in capitals after the caption's period: "Pelatih tim, Nama Orang. (KLUBKU)" */
    size_t o = j - 1;
    while (o > l->start && s[o - 1] == ' ') o--;
    return slash || (dot && !space) || (!space && !lower && letters >= 3 && o > l->start && s[o - 1] == '.');
  }
  /* the last word: Word-Name-site, the site's name in lower case */
  size_t w = e;
  while (w > l->start && s[w - 1] != ' ') w--;
  size_t h2 = e, h1 = e;
  for (size_t j = e; j-- > w;)
    if (s[j] == '-') {
      if (h2 == e) h2 = j;
      else { h1 = j; break; }
    }
  if (h1 == e || e - h2 - 1 < 4 || !(s[h1 + 1] >= 'A' && s[h1 + 1] <= 'Z') || h2 - h1 < 3) return 0;
  for (size_t j = h2 + 1; j < e; j++)
    if (s[j] < 'a' || s[j] > 'z') return 0;
  for (size_t j = h1 + 2; j < h2; j++)
    if (s[j] < 'a' || s[j] > 'z') return 0;
  return 1;
}

/* Line i is a photo's caption shown twice around its credit alone on a line ("Pejabat meninjau ..." /
 * "Foto: Situs/Nama" / "Pejabat meninjau ..."): a title over a credit is not repeated under it. */
static int credited_caption(const char *text, const kimput_page_line *lines, size_t n, size_t i) {
  for (int step = -1; step <= 1; step += 2) {
    size_t c = nonblank(lines, n, i, step);
    if (c == NONE || !credit_alone(text, &lines[c])) continue;
    size_t u = nonblank(lines, n, c, step);
    if (u != NONE && same_text(text, &lines[u], &lines[i])) return 1;
  }
  return 0;
}

/* Line l is a site's menu run into one line ("Nasional Ekonomi Olahraga Wisata ..."): many words, each
 * capitalised, no mark between them (a title that long has a word in lower case or a comma). */
static int menu_run(const char *text, const kimput_page_line *l) {
  if (l->words < MENU_RUN_WORDS) return 0;
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = l->start; i < l->end; i++) {
    unsigned char c = s[i];
    if (c == ',' || c == ':' || c == '?' || c == '!' || c == '"' || c == '(' || c == '.') return 0;
    if ((i == l->start || s[i - 1] == ' ') && c != ' ' && !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
      return 0;
  }
  return 1;
}

/* Is line i shown again right above or under it, blank lines aside (a page's title over its own copy)? A menu is
 * not set twice in a row. */
static int copy_beside(const char *text, const kimput_page_line *lines, size_t n, size_t i) {
  if (!(lines[i].flags & KIMPUT_LINEF_REPEATED)) return 0;
  size_t a = nonblank(lines, n, i, -1), b = nonblank(lines, n, i, 1);
  return (a != NONE && same_text(text, &lines[a], &lines[i])) || (b != NONE && same_text(text, &lines[b], &lines[i]));
}

/* Line i is a rubric over the headline ("Konflik Dua Negara" / the title / "Penulis: ..."): a short
 * title-cased label with no final mark, and right under it a title-cased title of twice its words or
 * more that the page's facts (the opening, the page date, a byline) close. */
/* Does line l end with a series' part in brackets ("... (Tulisan-3)", "(Bagian 2)", "(Seri 4)", "(Part 1)")? */
static int series_part(const char *text, const kimput_page_line *l) {
  static const char *const word[] = {"tulisan", "bagian", "seri", "part", "jilid"};
  const unsigned char *s = (const unsigned char *)text;
  size_t e = l->end;
  if (e < l->start + 4 || s[e - 1] != ')') return 0;
  size_t d = e - 1;
  while (d > l->start && s[d - 1] >= '0' && s[d - 1] <= '9' && e - 1 - d < 2) d--;
  if (d == e - 1 || d <= l->start) return 0;
  size_t w = d;
  if (s[w - 1] == '-' || s[w - 1] == ' ') w--;
  for (size_t k = 0; k < sizeof word / sizeof *word; k++) {
    size_t len = strlen(word[k]);
    if (w >= l->start + len + 1 && s[w - len - 1] == '(' && starts_with(s, w, w - len, word[k])) return 1;
  }
  return 0;
}

static int opening_copy(const char *text, const kimput_page_line *lines, size_t i, size_t open);

static int rubric_over_title(const char *text, const kimput_page_line *lines, size_t n, size_t i, size_t open) {
  const kimput_page_line *l = &lines[i];
  if (l->words > RUBRIC_MAX_WORDS || l->words < 2 || !(l->flags & KIMPUT_LINEF_TITLECASE) ||
      final_mark(text, l->start, l->end))
    return 0;
  size_t t = nonblank(lines, n, i, 1);
  /* (a series' rubric with its part's number, "Kontroversi Selepas Pemilu (Tulisan-3)", over a title of any length) */
  if (t == NONE || t == open || lines[t].cls != KIMPUT_LINE_BODY ||
      (lines[t].words < 2 * l->words && !series_part(text, l)) ||
      (lines[t].flags & (KIMPUT_LINEF_TITLE | KIMPUT_LINEF_TITLECASE | KIMPUT_LINEF_PARAGRAPH)) !=
          (KIMPUT_LINEF_TITLE | KIMPUT_LINEF_TITLECASE) ||
      opening_copy(text, lines, t, open))  /* (the line under it copies the lead, cut: a deck, no title) */
    return 0;
  size_t j = next_fact(lines, n, t, open, 1);
  return (open != NONE && j == open) || (j < n && states_page_fact(&lines[j]));
}

/* The page's facts (the opening, the page date, a byline) stand right under line i: a title-cased title may
 * have its deck under it before them (a name of three words over a sentence-case title is rather a masthead
 * over the headline). */
static int facts_close(const kimput_page_line *lines, size_t n, size_t i, size_t open) {
  const kimput_page_line *l = &lines[i];
  size_t j = next_fact(lines, n, i, open, (l->flags & KIMPUT_LINEF_TITLECASE) && l->words > SHORT_WORDS);
  return (open != NONE && j == open) || (j < n && states_page_fact(&lines[j]));
}

/* Line i, shown twice in a row, stands over a longer title-shaped line, no copy, right over the page date (not the
 * opening: a deck may stand there), while no fact closes line i itself. */
static int office_over_title(const char *text, const kimput_page_line *lines, size_t n, size_t i, size_t open) {
  size_t t = next_fact(lines, n, i, open, 0), p = nonblank(lines, n, i, -1);
  if (t < n && same_text(text, &lines[t], &lines[i])) t = next_fact(lines, n, t, open, 0);
  else if (p == NONE || !same_text(text, &lines[p], &lines[i]))
    return 0;
  if (t >= n || t == open || lines[t].cls != KIMPUT_LINE_BODY || !(lines[t].flags & KIMPUT_LINEF_TITLE) ||
      (lines[t].flags & (KIMPUT_LINEF_REPEATED | KIMPUT_LINEF_PARAGRAPH)) || lines[t].words <= lines[i].words)
    return 0;
  size_t d = next_fact(lines, n, t, open, 0);
  return d < n && d != open && lines[d].cls == KIMPUT_LINE_TIMESTAMP && !facts_close(lines, n, i, open);
}

/* Is line l the opening's first words again, cut ("Warga Desa Kota bergotong royong ... di sepanjang jal" over
 * "SITUS.COM, KOTA - Warga Desa Kota bergotong royong ... di sepanjang jalan ...")? A network's deck is its lead cut
 * to a length; no title copies the lead. The copy starts within the opening's first OPENING_COPY_LOOK bytes (past
 * its masthead) and runs on for all of line l but its last word. */
static int opening_copy(const char *text, const kimput_page_line *lines, size_t i, size_t open) {
  if (open == NONE) return 0;
  const kimput_page_line *l = &lines[i], *o = &lines[open];
  size_t len = l->end - l->start, olen = o->end - o->start;
  if (len < OPENING_COPY_MIN || olen < len) return 0;
  size_t keep = len;  /* (up to the line's last word, which the cut may have clipped) */
  while (keep > 0 && text[l->start + keep - 1] != ' ') keep--;
  if (keep < OPENING_COPY_MIN) return 0;
  for (size_t p = 0; p <= OPENING_COPY_LOOK && p + keep <= olen; p++)
    if (text[o->start + p] == text[l->start] && memcmp(text + o->start + p, text + l->start, keep) == 0) return 1;
  return 0;
}

/* How much a title-shaped line of the top looks like the headline. */
static int headline_score(const char *text, const kimput_page_line *lines, size_t n, size_t i, size_t open,
                          kimput_span outlet, kimput_span place) {
  const kimput_page_line *l = &lines[i];
  int score = 0;
  if (names_outlet(text, l, outlet, place)) score -= 5;
  /* a site's address and its section or channel ("Situs.co.id Pro 1 Kota"): a masthead, rather */
  if (l->words > 1 && starts_with_address(text, l)) score -= 3;
  /* the value of a label closed by a comma on the line before ("Peranan," / "Koresponden di Seoul") */
  if (i > 0 && lines[i - 1].words <= 2 && lines[i - 1].end > lines[i - 1].start && text[lines[i - 1].end - 1] == ',')
    score -= 5;
  /* shown twice; a short name shown twice is rather a masthead or a byline ("Situs News Kota"); so is a line shown
     twice in a row over a longer title right over the page date (a columnist's office under the name, "Direktur
     Lembaga X" twice, over the column's title and its date) */
  if ((l->flags & KIMPUT_LINEF_REPEATED) && l->words > SHORT_WORDS && !office_over_title(text, lines, n, i, open))
    score += 4;

  if (l->flags & KIMPUT_LINEF_TITLECASE) score += 2;
  /* a photo's caption (its credit at its end or on the next line), a rubric over the title */
  if (ends_with_photo_credit(text, l) || credited_caption(text, lines, n, i)) score -= 5;
  /* the opening's first words again, cut: a deck */
  if (opening_copy(text, lines, i, open)) score -= 5;
  /* (a run of capitalised words is a menu, unless it is shown twice in a row: a long title-cased title and its copy,
     or the page's facts close it, past its deck: a long title with every word capitalised, "Warga Desa Kota Gelar
     Kerja Bakti Bersihkan Saluran Air Jelang Musim Hujan" over a cut deck and the byline) */
  /* a network's rubric over it and a sentence-case deck under it ("Kecelakaan Lalu Lintas" / the title / "Terjadi
     kecelakaan di ..."): the title of the page's top, however far its facts are */
  if (l->flags & KIMPUT_LINEF_TITLECASE) {
    size_t r = nonblank(lines, n, i, -1), d = nonblank(lines, n, i, 1);
    if (r != NONE && d != NONE && d != open && lines[r].words >= 2 && lines[r].words <= SHORT_WORDS &&
        (lines[r].flags & KIMPUT_LINEF_TITLECASE) && !final_mark(text, lines[r].start, lines[r].end) &&
        (lines[r].cls == KIMPUT_LINE_NAVIGATION || lines[r].cls == KIMPUT_LINE_BODY) &&
        (lines[d].cls == KIMPUT_LINE_BODY || lines[d].cls == KIMPUT_LINE_CAPTION) && lines[d].words > SHORT_WORDS &&
        !(lines[d].flags & KIMPUT_LINEF_TITLECASE))
      score += 3;
  }
  int closed = facts_close(lines, n, i, open);
  if (rubric_over_title(text, lines, n, i, open) || (menu_run(text, l) && !copy_beside(text, lines, n, i) && !closed))
    score -= 5;
  if (closed)
    score += 3;  /* just above the opening, the page date or a byline */
  else if (open != NONE && i < open)
    score += 1;  /* above the opening */
  /* right under the masthead: rather the site's tagline ("Berita Terkini dari Tanah Banjar"),
     a headline further down wins when the page's facts close it (under the masthead with
     its section after a slash, a breadcrumb, "Situs.com/Kota", stands the page's own title;
     a title the page's facts close itself is the headline: "Situs.com" / title / page date) */
  size_t above = i;
  while (above > 0 && lines[above - 1].end == lines[above - 1].start) above--;
  const kimput_page_line *a = above > 0 ? &lines[above - 1] : NULL;
  if (!closed && a && a->cls == KIMPUT_LINE_NAVIGATION && !memchr(text + a->start, '/', a->end - a->start) &&
      (a->outlet_start != KIMPUT_UNSET || names_outlet(text, a, outlet, place)))
    score -= 3;
  /* one of a list of titles (a "Trending" box): two more titles follow (one alone
     may be the headline's title-cased deck; one shown twice, a photo's alt text over its caption, is no list) */
  size_t k2 = next_fact(lines, n, i, open, 0);
  if (list_title(lines, n, k2, open)) {
    size_t k3 = next_fact(lines, n, k2, open, 0);
    if (list_title(lines, n, k3, open) && !same_text(text, &lines[k2], &lines[k3])) score -= 5;
  }
  size_t k = i;
  while (k > 0 && is_aside(&lines[k - 1])) k--;
  if (k > 0 && lines[k - 1].cls == KIMPUT_LINE_TIMESTAMP) score += 2;
  return score;
}

/* A gallery's title under its label, "FOTO: Ribuan Warga Padati Festival di Kota": a photo credit's rule
 * made it a caption (a credit, "FOTO: ANTARA/Nama", has a slash; a caption, no title's case) */
static int gallery_title(const char *text, const kimput_page_line *l) {
  const unsigned int title = KIMPUT_LINEF_TITLE | KIMPUT_LINEF_TITLECASE;
  if (l->cls != KIMPUT_LINE_CAPTION || l->words <= SHORT_WORDS + 1 || (l->flags & title) != title ||
      memchr(text + l->start, '/', l->end - l->start))
    return 0;
  const unsigned char *s = (const unsigned char *)text;
  return starts_with(s, l->end, l->start, "FOTO:") || starts_with(s, l->end, l->start, "FOTO :");
}

/* Menu lines (at least two: navigation, or short lines no rule claimed) right under line i, then a
 * title-shaped line of some length. */
static int menu_over_title(const kimput_page_line *lines, size_t n, size_t i, size_t open) {
  size_t j = i + 1;
  while (j < n && j != open && j <= i + MENU_LINES &&
         (lines[j].cls == KIMPUT_LINE_NAVIGATION || (lines[j].cls == KIMPUT_LINE_BODY && lines[j].words <= SHORT_WORDS)))
    j++;
  return j >= i + 3 && j < n && j != open && lines[j].cls == KIMPUT_LINE_BODY && lines[j].words > SHORT_WORDS &&
         (lines[j].flags & KIMPUT_LINEF_TITLE) && !(lines[j].flags & KIMPUT_LINEF_PARAGRAPH);
}

/* A page with no title at its top may carry it at its end, over the page date ("... di pegunungan." / "BMKG
 * ingatkan potensi hujan lebat di pegunungan" / "Selasa, 4 Mei 2021 11:10 WIB"): a title-shaped line, no paragraph,
 * right above a time stamp among the page's last lines. */
static size_t bottom_title(const kimput_page_line *lines, size_t n) {
  for (size_t k = n; k-- > 0 && k + BOTTOM_TITLE_LINES >= n;) {
    if (lines[k].cls != KIMPUT_LINE_TIMESTAMP) continue;
    size_t t = nonblank(lines, n, k, -1);
    if (t != NONE && lines[t].cls == KIMPUT_LINE_BODY && (lines[t].flags & KIMPUT_LINEF_TITLE) &&
        !(lines[t].flags & KIMPUT_LINEF_PARAGRAPH) && lines[t].words > SHORT_WORDS)
      return t;
    return NONE;
  }
  return NONE;
}

/* Line l holds a web address ("Sumber Data Cuaca: https://situs.id", a widget's credit): no article's title. */
static int holds_address(const char *text, const kimput_page_line *l) {
  const char *s = text + l->start;
  for (size_t k = 0; k + 3 <= (size_t)(l->end - l->start); k++)
    if (s[k] == ':' && s[k + 1] == '/' && s[k + 2] == '/') return 1;
  return 0;
}

/* A title closed by a period, as a small site writes it, right over the article's opening with only furniture
 * above it ("Warga Desa Tolak Rapat Pleno Pemdes." / "KOTA, SITUS.COM – ..."): title-cased, one sentence. Its line,
 * or NONE. */
static size_t period_title(const char *text, const kimput_page_line *lines, size_t n, size_t top, size_t open) {
  if (open == NONE || open > top) return NONE;
  for (size_t i = 0; i < open; i++) {
    const kimput_page_line *l = &lines[i];
    if (l->end <= l->start || l->cls == KIMPUT_LINE_NAVIGATION ||
        (l->cls == KIMPUT_LINE_BODY && l->words <= SHORT_WORDS))
      continue;  /* (menus, a masthead: short lines) */
    if (l->cls != KIMPUT_LINE_BODY || nonblank(lines, n, i, 1) != open || !(l->flags & KIMPUT_LINEF_TITLECASE) ||
        l->words < TITLE_MIN_WORDS || l->words > TITLE_MAX_WORDS || final_mark(text, l->start, l->end) != '.')
      return NONE;
    for (size_t k = l->start; k + 2 < l->end; k++)  /* (one sentence: no period inside before a space) */
      if (text[k] == '.' && text[k + 1] == ' ') return NONE;
    return i;
  }
  return NONE;
}

static int photo_credit_shaped(const char *text, const kimput_page_line *l);

static void mark_headline(const char *text, kimput_page_line *lines, size_t n, size_t top, size_t open,
                          kimput_span outlet, kimput_span place, int stamped) {
  size_t best = NONE;
  int best_score = 2;  /* capitals alone do not make a headline */
  int first = 1;       /* the page's first title-shaped line of some length: where a scrape starts */
  int menus = 1;       /* only furniture (menus, a masthead: short lines, a box of links) above line i */
  for (size_t i = 0; i < top; i++) {
    int under_menus = menus;
    menus &= lines[i].cls == KIMPUT_LINE_NAVIGATION || lines[i].cls == KIMPUT_LINE_RELATED ||
             (lines[i].cls == KIMPUT_LINE_BODY && lines[i].words <= SHORT_WORDS);
    if (((lines[i].cls != KIMPUT_LINE_BODY || !(lines[i].flags & KIMPUT_LINEF_TITLE)) &&
         !gallery_title(text, &lines[i])) ||
        holds_address(text, &lines[i]))
      continue;
    int score = headline_score(text, lines, n, i, open, outlet, place);
    /* (a line right under a photo's credit alone, "SITUS/NAMA FOTOGRAFER", below the page's first title: the photo's
       caption, the credit shown above it) */
    size_t above_line = nonblank(lines, n, i, -1);
    if (!first && above_line != NONE && lines[above_line].cls == KIMPUT_LINE_CAPTION &&
        photo_credit_shaped(text, &lines[above_line]))
      score -= 5;
    if (first && lines[i].words > SHORT_WORDS) {
      first = 0;
      /* a site's name over its menu lines, another title under them ("Portal Resmi Pemerintah Kabupaten X" /
         "Beranda" / "Berita" / the title): a masthead, not where the article's title starts */
      if (menu_over_title(lines, n, i, open)) score -= 2;
      else if (score > 2) score += 2;  /* a sentence-case title (BBC, Kompas.id) above the page's facts */
      else if (stamped) score += 3;  /* the first title of a top that a page date closes */
      /* a page without facts (no opening, no page date) that opens with a title-cased title
         (under its menus or masthead only), the article right under it: where the scrape starts, its title */
      else if (under_menus && open == NONE && (lines[i].flags & KIMPUT_LINEF_TITLECASE) && top < n &&
               is_paragraph(&lines[top]) && next_fact(lines, n, i, open, 0) == top)
        score += 1;
    }
    /* (of two as likely, the longer one the page's facts close: a site's tagline above the title ties with it; a
       title right over its title-cased deck stays the headline, so does one over a byline's label, "Peliput : Nama") */
    if (score > best_score ||
        (score == best_score && best != NONE && nonblank(lines, n, best, 1) != i && lines[i].words > lines[best].words &&
         facts_close(lines, n, i, open) && !facts_close(lines, n, best, open))) {
      best = i;
      best_score = score;
    }
  }
  if (best == NONE) {
    size_t t = period_title(text, lines, n, top, open);
    if (t == NONE) t = bottom_title(lines, n);
    if (t != NONE) lines[t].cls = KIMPUT_LINE_HEADLINE;
    return;
  }
  /* its repeats, also further down (the title again on page 2 of an article); the title closed by a period
     under a photo's credit is the photo's caption ("situs.co.id/nama" / "Judul Berita.") */
  lines[best].cls = KIMPUT_LINE_HEADLINE;
  for (size_t i = 0; i < n; i++) {
    kimput_page_line *l = &lines[i];
    if ((l->flags & KIMPUT_LINEF_REPEATED) && (i < top || l->cls == KIMPUT_LINE_BODY) &&
        same_text(text, l, &lines[best]))
      l->cls = KIMPUT_LINE_HEADLINE;
    else if (l->cls == KIMPUT_LINE_BODY && i > best && i <= best + STAMP_LOOK && title_with_period(text, l, &lines[best]))
      l->cls = KIMPUT_LINE_CAPTION;
  }
  /* a kicker or deck between the headline and its copy a few lines under it ("Judul" / "Polisi Minta Warga Tenang" /
     "Judul"): no paragraph, the article starts below the copy */
  size_t copy1 = best;  /* (the headline's first copy, a few lines above the best one at most) */
  for (size_t i = best > STAMP_LOOK ? best - STAMP_LOOK : 0; i < best; i++)
    if (lines[i].cls == KIMPUT_LINE_HEADLINE) {
      copy1 = i;
      break;
    }
  for (size_t c = copy1 + 1; c < n && c < top && c <= copy1 + STAMP_LOOK; c++) {
    if (lines[c].cls != KIMPUT_LINE_HEADLINE) continue;
    for (size_t i = copy1 + 1; i < c; i++)
      if (lines[i].cls == KIMPUT_LINE_BODY && !(lines[i].flags & KIMPUT_LINEF_PARAGRAPH) && lines[i].words > 0)
        lines[i].cls = KIMPUT_LINE_CAPTION;
    break;
  }
  /* the deck between the headline and the page date or byline */
  size_t d = next_fact(lines, n, best, open, 0);
  if (d < top && is_deck(&lines[d])) {
    size_t f = next_fact(lines, n, d, open, 0);
    if (f < n && (f == open || states_page_fact(&lines[f]))) lines[d].cls = KIMPUT_LINE_CAPTION;
  }
}

/* The length of a separator of names or menu items at s[i] ('|', '/', '>', ',', '&',
 * '»', '·', '›', '•', or the word "dan" after a space), else 0. */
static size_t separator_at(const unsigned char *s, size_t start, size_t end, size_t i) {
  if (s[i] == '|' || s[i] == '/' || s[i] == '>' || s[i] == ',' || s[i] == '&') return 1;
  if (s[i] == 0xC2 && i + 1 < end && (s[i + 1] == 0xBB || s[i + 1] == 0xB7)) return 2;
  if (s[i] == 0xE2 && i + 2 < end && s[i + 1] == 0x80 && (s[i + 2] == 0xBA || s[i + 2] == 0xA2)) return 3;
  if (s[i] == 'd' && i > start && s[i - 1] == ' ' && i + 3 < end && s[i + 1] == 'a' && s[i + 2] == 'n' &&
      s[i + 3] == ' ')
    return 3;
  return 0;
}

/* How many parts line l has when it holds capitalised names only, parted by
 * separators ("Nama Penulis | Nama Editor", "Nama Satu dan Nama Dua", "Beranda > Jawa Barat > Kota"):
 * two or more (up to NAME_PARTS_MAX) of one to four capitalised words, letters
 * and . ' - ’ only (*widest: the most words of a part); else 0. */
static unsigned name_list(const char *text, const kimput_page_line *l, unsigned *widest) {
  const unsigned char *s = (const unsigned char *)text;
  unsigned parts = 1, words = 0;
  *widest = 0;
  int in_word = 0;
  for (size_t i = l->start, n; i < l->end; i += n) {
    n = 1;
    if (s[i] == ' ' || (s[i] == 0xC2 && i + 1 < l->end && s[i + 1] == 0xA0)) {
      n = s[i] == ' ' ? 1 : 2;
      in_word = 0;
      continue;
    }
    if ((n = separator_at(s, l->start, l->end, i)) > 0) {
      if (!words || ++parts > NAME_PARTS_MAX) return 0;
      words = 0;
      in_word = 0;
      continue;
    }
    int k = char_kind(s, l->end, i, &n);
    if (k == W_UPPER || k == W_LOWER) {
      if (!in_word && (k != W_UPPER || ++words > NAME_MAX_WORDS)) return 0;
      if (words > *widest) *widest = words;
      in_word = 1;
    } else if (!in_word || !(s[i] == '.' || s[i] == '-' || s[i] == '\'' ||
                             (n == 3 && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99))) {
      return 0;
    }
  }
  return words > 0 ? parts : 0;
}

static unsigned name_parts(const char *text, const kimput_page_line *l, unsigned *widest) {
  unsigned parts = name_list(text, l, widest);
  return parts >= 2 ? parts : 0;
}

/* Line l's last part, after its last separator, is the opening's outlet
 * ("Nama Penulis, Kabar Kota" over "Kota, Kabar Kota -"): names compared
 * without their address, case and spaces. */
static int ends_with_outlet(const char *text, const kimput_page_line *l, kimput_span outlet) {
  if (outlet.start == KIMPUT_UNSET) return 0;
  const unsigned char *s = (const unsigned char *)text;
  size_t last = l->start;
  for (size_t i = l->start, k; i < l->end; i += k ? k : 1)
    if ((k = separator_at(s, l->start, l->end, i)) > 0) last = i + k;
  char name[64], part[64];
  size_t m = fold_name(text, outlet.start, outlet.end, 1, name, sizeof name);
  size_t k = fold_name(text, last, l->end, 1, part, sizeof part);
  return last > l->start && m >= 3 && k == m && memcmp(name, part, m) == 0;
}

/* Lines of names parted by separators at the top: under the headline or the page
 * date, right above the date, the opening or the article, two or three names are
 * the byline ("Judul / Nama Penulis | Nama Editor / Selasa, ..."), and so is a line
 * whose last name is the opening's outlet, or one above the page date at the top
 * with a title under the date ("Nama Penulis, Kabar Kota / 12 June 2024 / Judul");
 * right above a title, items of up to three words are a breadcrumb ("Beranda |
 * Jawa Barat" over the headline; "Banjir Rendam Dua Desa | Warga Mengungsi" may be
 * the headline). */
/* Does line l hold a breadcrumb's separator ('>', '/', '|', '»', '›', '·', '•')? A crumb's items are so parted; a title's
 * halves, "Di Kota Lama, Dua Warga Tewas dan Menjadi Tersangka", by a comma or "dan". */
static int crumb_separated(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = l->start; i < l->end; i++) {
    if (s[i] == '>' || s[i] == '/' || s[i] == '|') return 1;
    if (s[i] == 0xC2 && i + 1 < l->end && (s[i + 1] == 0xBB || s[i + 1] == 0xB7)) return 1;
    if (s[i] == 0xE2 && i + 2 < l->end && s[i + 1] == 0x80 && (s[i + 2] == 0xBA || s[i + 2] == 0xA2)) return 1;
  }
  return 0;
}

static void mark_name_lines(const char *text, kimput_page_line *lines, size_t n, size_t top, size_t open,
                            kimput_span outlet) {
  for (size_t i = 0; i < top && i < TOP_LINES; i++) {
    kimput_page_line *l = &lines[i];
    if (l->cls != KIMPUT_LINE_BODY || (l->flags & KIMPUT_LINEF_PARAGRAPH)) continue;
    unsigned widest, other, parts = name_list(text, l, &widest);
    size_t j = next_fact(lines, n, i, open, 0);
    if (parts == 1) {
      /* one name of two to four words right above the page date, under a sentence-case title:
         the byline ("Judul berita dalam huruf kecil / Nama Penulis / Jun 11, 2024 | 2:05 PM") */
      const kimput_page_line *a = i > 0 ? &lines[i - 1] : NULL;
      if (widest >= 2 && j < n && lines[j].cls == KIMPUT_LINE_TIMESTAMP && a && a->cls == KIMPUT_LINE_BODY &&
          (a->flags & KIMPUT_LINEF_TITLE) && a->words > SHORT_WORDS &&
          !(a->flags & (KIMPUT_LINEF_TITLECASE | KIMPUT_LINEF_PARAGRAPH)))
        l->cls = KIMPUT_LINE_CREDIT;
      continue;
    }
    if (!parts) continue;
    if (widest <= CRUMB_MAX_WORDS && crumb_separated(text, l) && j < top && j != open && lines[j].cls == KIMPUT_LINE_BODY &&
        (lines[j].flags & KIMPUT_LINEF_TITLE) && lines[j].words > SHORT_WORDS && !name_parts(text, &lines[j], &other)) {
      l->cls = KIMPUT_LINE_NAVIGATION;
      continue;
    }
    if (parts > BYLINE_MAX_PARTS) continue;
    if (ends_with_outlet(text, l, outlet)) {
      l->cls = KIMPUT_LINE_CREDIT;
      continue;
    }
    if (j != top && j != open && !(j < n && states_page_fact(&lines[j]))) continue;
    size_t k = i;
    while (k > 0 && i - k < BYLINE_LOOK_BACK && is_aside(&lines[k - 1])) k--;
    const kimput_page_line *a = k > 0 ? &lines[k - 1] : NULL;
    /* right under the page date and over a byline of its own ("Sabtu, 2 Maret 2024" / "Banjir Rendam Desa,
       Warga Mengungsi dan Bertahan" / "Laporan oleh Nama"): the title, its halves capitalised, not a second byline */
    if (a && a->cls == KIMPUT_LINE_TIMESTAMP && j < n && lines[j].cls == KIMPUT_LINE_CREDIT &&
        (l->flags & KIMPUT_LINEF_TITLE) && l->words > 2 * SHORT_WORDS)
      continue;
    /* between two dates, the site's date of today over the title and the title's own stamp under it ("Senin,
       4 Maret 2024" / "Pasar Dibuka, Warga Antre Sejak Pagi" / "- Rabu, 6 Juni 2018 | 12:04 WIB"): the title */
    if (a && a->cls == KIMPUT_LINE_TIMESTAMP && j < n && lines[j].cls == KIMPUT_LINE_TIMESTAMP &&
        (l->flags & KIMPUT_LINEF_TITLE) && l->words > SHORT_WORDS)
      continue;
    if (a && (a->cls == KIMPUT_LINE_TIMESTAMP ||
              (a->cls == KIMPUT_LINE_BODY && (a->flags & KIMPUT_LINEF_TITLE) && a->words > SHORT_WORDS))) {
      l->cls = KIMPUT_LINE_CREDIT;
      continue;
    }
    /* nothing above it, the page date under it, and under the date a title that
       stands right above the article */
    if (!a && j < n && lines[j].cls == KIMPUT_LINE_TIMESTAMP) {
      size_t t = next_fact(lines, n, j, open, 0);
      if (t < top && t != open && lines[t].cls == KIMPUT_LINE_BODY && (lines[t].flags & KIMPUT_LINEF_TITLE) &&
          lines[t].words > SHORT_WORDS && next_fact(lines, n, t, open, 0) >= top)
        l->cls = KIMPUT_LINE_CREDIT;
    }
  }
}

static void set_span(kimput_span *s, kimput_span v) { *s = v; }

/* No lower-case ASCII letter in the span ("PYONGYANG", not "Pyongyang"). */
static int all_capitals(const char *text, kimput_span s) {
  for (uint32_t i = s.start; i < s.end; i++)
    if (text[i] >= 'a' && text[i] <= 'z') return 0;
  return 1;
}

/* The span reads as an outlet's name: a site's address ("Situs.com") or a first
 * word in capitals ("CNN Indonesia", "ANTARA"), not a title-cased phrase. */
static int outlet_shaped(const char *text, kimput_span s) {
  if (memchr(text + s.start, '.', s.end - s.start)) return 1;
  uint32_t e = s.start;
  while (e < s.end && text[e] != ' ') e++;
  return e - s.start >= 2 && all_capitals(text, (kimput_span){ .start = s.start, .end = e });
}

/* Does the page date stand under line i, past asides only, before the next body line of some length
 * ("Pemilu Kota: Mengapa hasilnya penting? / Sumber gambar, X / Keterangan gambar, ... / 4 Maret 2024")?
 * Looks a bounded way down. */
static int stamp_under(const kimput_page_line *lines, size_t n, size_t i) {
  for (size_t j = i + 1; j < n && j <= i + STAMP_LOOK; j++) {
    if (lines[j].cls == KIMPUT_LINE_TIMESTAMP) return 1;
    if (!is_aside(&lines[j]) && lines[j].cls != KIMPUT_LINE_CREDIT) return 0;
  }
  return 0;
}

/* A press release's opening, the place and the date before the dash ("Kota, 15 Februari 2024 - "): the year's
 * four digits in a row between the place and the opening's end; no sentence opens so, below a deck as well. */
static int dated_opening(const char *text, const page_match m) {
  size_t run = 0;
  for (size_t i = m.place.end; i < m.whole.end && run < 4; i++) run = text[i] >= '0' && text[i] <= '9' ? run + 1 : 0;
  return run == 4;
}

/* Does line i run on into the next line, a text hard-wrapped into short lines ("KOTA, Situs.com – Hujan" /
 * "deras melanda ...")? No final mark at its end, and the next line, right under it, opens in lower case. */
static int wrapped_on(const char *text, const kimput_page_line *lines, size_t n, size_t i) {
  if (i + 1 >= n || lines[i + 1].end <= lines[i + 1].start || final_mark(text, lines[i].start, lines[i].end))
    return 0;
  unsigned char c = (unsigned char)text[lines[i + 1].start];
  return c >= 'a' && c <= 'z';
}

/* Finds the article's opening: a masthead or dateline at the start of a
 * line near the top, or a dateline alone on its line. Returns its line or NONE. */
static int ends_sentence_inside(const char *text, const kimput_page_line *l);

static kimput_status find_opening(kimput_pageset *set, const kimput_doc *doc, kimput_page *page,
                                  const uint64_t *hits, size_t words, size_t first_paragraph, size_t *open) {
  *open = NONE;
  size_t paragraphs = 0;
  page_match found = {.rule = -1};  /* the opening's match, when *open is set by one (set for -O1 builds, which cannot see that) */
  /* with no paragraph (a snippet, or a text hard-wrapped into short lines) only the first line may open the
   * article, and only with both its outlet and its place ("KOTA, SITUS.CO.ID--Meskipun ...") */
  int snippet = first_paragraph == NONE;
  const char *text0 = kimput_doc_text(doc, NULL);
  for (size_t i = 0; i < (snippet ? 1 : page->count) && i < page->count && i < TOP_LINES; i++) {
    kimput_page_line *l = &page->lines[i];
    if (snippet && l->cls != KIMPUT_LINE_BODY) break;
    if (l->cls == KIMPUT_LINE_DATELINE) { *open = i; return KIMPUT_OK; }
    /* a paragraph above the page date is a deck of the page's top ("Judul / Pasokan
     * berkurang karena hujan. / Rabu, 12 Jun 2024 / Bandung - ..."), not the article's */
    if (l->cls == KIMPUT_LINE_TIMESTAMP) paragraphs = 0;
    if (l->cls != KIMPUT_LINE_BODY) continue;
    /* a title-cased line that is no paragraph is a headline ("Harga Beras Naik -
     * Pedagang Mengeluh"), not an opening with its first sentence; one opening in lower case (a site's
     * address, "situs.co - Gubernur Kota Nama Orang" cut before its period) is none */
    if ((l->flags & KIMPUT_LINEF_TITLECASE) && !(l->flags & KIMPUT_LINEF_PARAGRAPH) &&
        !(text0[l->start] >= 'a' && text0[l->start] <= 'z') && !wrapped_on(text0, page->lines, page->count, i) &&
        !ends_sentence_inside(text0, l))  /* (two sentences are no title: "Situs.com_Polres ... Kota. Rabu (5/5)") */
      continue;
    page_match m;
    kimput_status st = page_match_range(set, KIMPUT_PAGE_PREFIX, doc, l->start, l->end, 1,
                                        hits ? hits + i * words : NULL, NULL, &m);
    if (st != KIMPUT_OK) return st;
    /* a place alone opens the article before any paragraph ("Jakarta -"),
     * or in capitals ("JAKARTA -") below a deck; "Nama Orang - ..." further
     * down is more likely a list */
    const char *text = kimput_doc_text(doc, NULL);
    int capitals = m.place.start != KIMPUT_UNSET && all_capitals(text, m.place);
    /* below a paragraph, an outlet in title case after a word in title case is
     * rather a sentence's opening with a dash aside ("Kemudian, Raja Belanda –
     * yang ... –"): a site's address, a capitalised acronym or a place in
     * capitals makes it the article's */
    int named = (m.outlet.start != KIMPUT_UNSET && (paragraphs == 0 || capitals || outlet_shaped(text, m.outlet))) ||
                (m.place.start != KIMPUT_UNSET && (paragraphs == 0 || capitals || dated_opening(text, m)));
    if (snippet) named = m.outlet.start != KIMPUT_UNSET && m.place.start != KIMPUT_UNSET;
    if (m.rule >= 0 && m.whole.end < l->end && named) {
      /* a sentence-case title with no final period ("BMKG: Waspada hujan lebat pekan ini")
       * is rather the headline: the opening only when no line under it opens the article */
      int title = (l->flags & KIMPUT_LINEF_TITLE) && !(l->flags & KIMPUT_LINEF_PARAGRAPH);
      /* over the page date, such a title is the page's top, never the article's opening */
      if (title && stamp_under(page->lines, page->count, i)) continue;
      if (!title || *open == NONE) {
        *open = i;
        found = m;
      }
      /* a keyword and a dash right above the masthead's opening ("BANJIR - Warga mengungsi ... (12/3/2024)" over
       * "SITUS.COM, KOTA - ...") open the photo's caption, not the article */
      if (!title && m.outlet.start == KIMPUT_UNSET && i + 1 < page->count &&
          page->lines[i + 1].cls == KIMPUT_LINE_BODY) {
        page_match next;
        if ((st = page_match_range(set, KIMPUT_PAGE_PREFIX, doc, page->lines[i + 1].start, page->lines[i + 1].end, 1,
                                   hits ? hits + (i + 1) * words : NULL, NULL, &next)) != KIMPUT_OK)
          return st;
        /* (the masthead shaped as one, "SITUS.COM", "Situs.com": "Senin, Garut - Bandung macet" under the
           article's dateline is a sentence with a route, its first word no outlet) */
        if (next.rule >= 0 && next.outlet.start != KIMPUT_UNSET && next.whole.end < page->lines[i + 1].end &&
            outlet_shaped(text, next.outlet)) {
          l->cls = KIMPUT_LINE_CAPTION;
          *open = i + 1;
          found = next;
        }
      }
      if (!title) break;
    }
    /* (a paragraph right under an image's placeholder or credit, a caption, is the photo's caption, not the
       article's: "foto.jpg" / "Kepala dinas saat memberikan arahan ..." / "Kota, Situs – ...") */
    if ((l->flags & KIMPUT_LINEF_PARAGRAPH) && !(i > 0 && page->lines[i - 1].cls == KIMPUT_LINE_CAPTION) &&
        ++paragraphs >= TOP_PARAGRAPHS)
      break;
  }
  if (*open != NONE) {
    page->open_line = (int32_t)*open;
    page->open_end = found.whole.end;
    set_span(&page->open_outlet, found.outlet);
    set_span(&page->open_place, found.place);
  }
  return KIMPUT_OK;
}

/* A list's link written as one title-cased sentence closed by a period ("Pemkab Kota Buka Pelatihan Kerja bagi
 * Lulusan Sekolah."): title-cased, of a title's length, no other sentence's end inside. Looked at
 * only on the lines right under a list's label. */
static int related_sentence(const char *text, const kimput_page_line *l) {
  if (!(l->flags & KIMPUT_LINEF_TITLECASE) || l->words < TITLE_MIN_WORDS || l->words > TITLE_MAX_WORDS ||
      l->end - l->start < 2 || text[l->end - 1] != '.' || text[l->end - 2] == '.')
    return 0;
  for (size_t i = l->start; i + 2 < l->end; i++)
    if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ' &&
        (unsigned char)text[i + 2] >= 'A' && (unsigned char)text[i + 2] <= 'Z')
      return 0;
  return 1;
}

/* Does the line hold the word w (lower-case ASCII, matched in any case)? */
static int holds_word(const char *text, const kimput_page_line *l, const char *w) {
  const unsigned char *s = (const unsigned char *)text;
  size_t len = strlen(w);
  for (size_t i = l->start; i + len <= l->end; i++)
    if ((i == l->start || !is_alnum_ascii(s[i - 1])) && starts_with(s, l->end, i, w) &&
        (i + len == l->end || !is_alnum_ascii(s[i + len])))
      return 1;
  return 0;
}

/* A reader poll with no label at the article's end: a question to the reader ("Menurut Anda, apakah ...?",
 * "Setujukah kamu ...?"), the last paragraph q or the body line right under it, and at least two short lines
 * right under it, its options ("Ya, setuju", "Tidak tahu"; not tags in lower case, "harga beras"). The question and its options are furniture;
 * returns the article's last paragraph. */
static size_t drop_poll(const char *text, kimput_page_line *lines, size_t n, size_t q) {
  size_t c = q + 1 < n && lines[q + 1].cls == KIMPUT_LINE_BODY &&
                     final_mark(text, lines[q + 1].start, lines[q + 1].end) == '?' ? q + 1 : q;
  kimput_page_line *l = &lines[c];
  if (l->cls != KIMPUT_LINE_BODY || final_mark(text, l->start, l->end) != '?' || l->words > POLL_MAX_WORDS ||
      l->words < POLL_MIN_WORDS ||
      !(holds_word(text, l, "anda") || holds_word(text, l, "kamu")))
    return q;
  size_t j = c + 1;
  while (j < n && j <= c + POLL_OPTIONS && (lines[j].cls == KIMPUT_LINE_BODY || lines[j].cls == KIMPUT_LINE_NAVIGATION) &&
         lines[j].words > 0 && lines[j].words <= OPTION_MAX_WORDS && !tag_shaped(text, &lines[j]) &&
         !(lines[j].flags & KIMPUT_LINEF_PARAGRAPH) && final_mark(text, lines[j].start, lines[j].end) != '.')
    j++;
  if (j < c + 3) return q;
  for (size_t i = c; i < j; i++) lines[i].cls = KIMPUT_LINE_NAVIGATION;
  if (c > q) return q;
  for (size_t i = q; i-- > 0;)
    if (is_paragraph(&lines[i])) return i;
  return q;
}

/* Does line l open with a masthead or dateline, a prefix rule naming an outlet or a place and the line going on
 * after it ("KOTA, SITUS.COM - Harga cabai ...")? Into *opens; hit is the line's literal hits or NULL. */
static kimput_status opens_with_prefix(kimput_pageset *set, const kimput_doc *doc, const kimput_page_line *l,
                                       const uint64_t *hit, int *opens) {
  page_match m;
  kimput_status st = page_match_range(set, KIMPUT_PAGE_PREFIX, doc, l->start, l->end, 1, hit, NULL, &m);
  *opens = st == KIMPUT_OK && m.rule >= 0 && m.whole.end < l->end &&
           (m.outlet.start != KIMPUT_UNSET || m.place.start != KIMPUT_UNSET);
  return st;
}

/* A next article appended under this one (an endless page scraped whole: "Artikel Selanjutnya" / its title / its
 * page date / "KOTA, Situs.com - ..."): a page date with two paragraphs or more between it and this article's page
 * date, a title right above it and its own opening (a masthead or dateline) in the first paragraph under it, past
 * a few short lines. From its title on, the body, titles, dates and captions are furniture (a multi-page article's
 * next page repeats its title and date, but has no opening; a live page's entries have no title). */
static kimput_status drop_next_article(kimput_pageset *set, const kimput_doc *doc, kimput_page *page,
                                       const uint64_t *hits, size_t words) {
  kimput_page_line *lines = page->lines;
  size_t n = page->count, paragraphs = 0;
  int dated = 0;  /* the page date of this article stands above (paragraphs above it are the top's decks) */
  for (size_t i = 1; i < n; i++) {
    if (lines[i - 1].cls == KIMPUT_LINE_TIMESTAMP) dated = 1;
    if (dated && is_paragraph(&lines[i - 1])) paragraphs++;
    kimput_page_line *t = &lines[i - 1];
    if (lines[i].cls != KIMPUT_LINE_TIMESTAMP || paragraphs < 2 || t->words <= SHORT_WORDS ||
        (t->flags & KIMPUT_LINEF_PARAGRAPH) || !(t->flags & KIMPUT_LINEF_TITLE) ||
        (t->cls != KIMPUT_LINE_BODY && t->cls != KIMPUT_LINE_RELATED && t->cls != KIMPUT_LINE_HEADLINE))
      continue;
    size_t j = i + 1;
    while (j < n && j <= i + NEXT_ARTICLE_GAP && !is_paragraph(&lines[j]) &&
           (lines[j].cls != KIMPUT_LINE_BODY || lines[j].words <= SHORT_WORDS))
      j++;
    if (j >= n || !is_paragraph(&lines[j])) continue;
    int opens;
    kimput_status st = opens_with_prefix(set, doc, &lines[j], hits ? hits + j * words : NULL, &opens);
    if (st != KIMPUT_OK) return st;
    if (!opens) continue;
    for (size_t k = i - 1; k < n; k++) {
      kimput_line_class c = lines[k].cls;
      if (c == KIMPUT_LINE_BODY || c == KIMPUT_LINE_HEADLINE || c == KIMPUT_LINE_TIMESTAMP ||
          c == KIMPUT_LINE_DATELINE || c == KIMPUT_LINE_CAPTION)
        lines[k].cls = KIMPUT_LINE_NAVIGATION;
    }
    return KIMPUT_OK;
  }
  return KIMPUT_OK;
}

/* A sentence ends inside line l and another starts ("... pada 21 November 2010. Ketika itu, ..."): a period after
 * a word in lower case or a number, a space, a capital. No link's title is two sentences; a title's short
 * form before a name is capitalised ("Dr. Nama", "Prof. Nama"), while a name closing a sentence is longer
 * ("... juga menelepon Budiman. Ani ..."). */
static int ends_sentence_inside(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = l->start + 2; i + 2 < l->end; i++) {
    if (s[i] != '.' || s[i + 1] != ' ' || !(s[i + 2] >= 'A' && s[i + 2] <= 'Z')) continue;
    size_t w = i;
    while (w > l->start && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') || (s[w - 1] >= '0' && s[w - 1] <= '9'))) w--;
    if (i - w >= 2 && (w == l->start || s[w - 1] == ' ')) return 1;
    if (i - w >= 4 && w > l->start + 1 && s[w - 1] >= 'A' && s[w - 1] <= 'Z' && s[w - 2] == ' ') return 1;
  }
  return 0;
}

/* The first byte of line l past a list's dash or bullet ("- ", "* ", "• "). */
static size_t past_bullet(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = l->start;
  if (i + 1 < l->end && (s[i] == '-' || s[i] == '*') && s[i + 1] == ' ') return i + 2;
  if (i + 3 < l->end && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0xA2 && s[i + 3] == ' ') return i + 4;
  return i;
}

/* The number opening line l as a list's ("4. Perbaikan ...", "12) Usulan ..."), or -1. */
static int item_number(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = l->start;
  int v = 0;
  while (i < l->end && i < l->start + 2 && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0');
  if (i == l->start || i + 1 >= l->end || (s[i] != '.' && s[i] != ')') || s[i + 1] != ' ') return -1;
  return v;
}

/* Is line i the next item of a numbered list, the line above it numbered one less ("3. ..." / "4. Perbaikan Salu",
 * cut with the page)? */
static int next_item(const char *text, const kimput_page_line *lines, size_t n, size_t i) {
  int v = item_number(text, &lines[i]);
  if (v <= 1) return 0;
  size_t p = nonblank(lines, n, i, -1);
  return p != NONE && lines[p].cls == KIMPUT_LINE_BODY && item_number(text, &lines[p]) == v - 1;
}

/* The line's second word starts in lower case ("Berikut jadwal ... Piala AFF 2018:"): a sentence's shape,
 * however many names follow. */
static int second_word_lower(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  const unsigned char *sp = memchr(s + l->start, ' ', l->end - l->start);
  return sp && (size_t)(sp - s) + 1 < l->end && sp[1] >= 'a' && sp[1] <= 'z';
}

/* Title-shaped line l reads as a title, not as names (the value a bare byline label "oleh", "Penulis" waits for):
 * a colon inside it ("Bupati X: Pers Penting"), or a word in lower case other than the joiners names hold
 * ("dan", "bin", "van"...). One pass over the line. */
static int title_not_names(const char *text, const kimput_page_line *l) {
  static const char *const joiners[] = {"dan", "bin", "binti", "van", "der", "de", "da", "al", "el", "von"};
  const unsigned char *s = (const unsigned char *)text;
  if (!(l->flags & KIMPUT_LINEF_TITLE)) return 0;
  for (size_t i = l->start; i < l->end; i++) {
    if (s[i] == ':' && i + 1 < l->end && s[i + 1] == ' ') return 1;
    if (!(s[i] >= 'a' && s[i] <= 'z') || (i > l->start && s[i - 1] != ' ')) continue;
    size_t e = i;
    while (e < l->end && s[e] >= 'a' && s[e] <= 'z') e++;
    int joiner = 0;
    for (size_t w = 0; w < sizeof joiners / sizeof *joiners && !joiner; w++)
      joiner = strlen(joiners[w]) == e - i && !memcmp(s + i, joiners[w], e - i);
    if (!joiner) return 1;
    i = e;
  }
  return 0;
}

/* Line l opens as a sentence goes on from the one before, a capitalised word, then one in lower case closed by a
 * comma ("Sementara itu, Wali Kota ...", "Selain itu, ..."): no title is written so. */
static int opens_with_connective(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  if (l->end - l->start < 4 || !(s[l->start] >= 'A' && s[l->start] <= 'Z') || !second_word_lower(text, l)) return 0;
  const unsigned char *sp = memchr(s + l->start, ' ', l->end - l->start);
  size_t i = (size_t)(sp - s) + 1;
  while (i < l->end && s[i] >= 'a' && s[i] <= 'z') i++;
  return i < l->end && s[i] == ',';
}

/* Line l holds a clause's comma between words in lower case, the one before it of four letters or more
 * ("Kapolres Kota Nama Orang menegaskan, pihaknya akan m"): a sentence's, for a title-cased link's title
 * writes its words capitalised (and its small words, "di", "dan", no longer than three letters). */
static int lower_comma_lower(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t run = 0;
  for (size_t i = l->start; i + 2 < l->end; i++) {
    if (s[i] >= 'a' && s[i] <= 'z') {
      run++;
      continue;
    }
    if (s[i] == ',' && run >= 4 && s[i + 1] == ' ' && s[i + 2] >= 'a' && s[i + 2] <= 'z' &&
        (i - run == l->start || s[i - run - 1] == ' '))
      return 1;
    run = 0;
  }
  return 0;
}

/* Line l was cut inside a bracket it opened ("Wakil Rektor I ( bidang a") or inside the quotation it opens with
 * ("\u201cRapat Kerja ini"): a sentence's piece, for a link's title is not cut so, however title-cased its
 * first words. */
static int open_mark_cut(const char *text, const kimput_page_line *l) {
  const char *o = memchr(text + l->start, '(', l->end - l->start);
  if (o && !memchr(o, ')', (size_t)(text + l->end - o))) return 1;
  const unsigned char *s = (const unsigned char *)text + l->start;
  size_t n = l->end - l->start;
  if (n > 1 && s[0] == '"') return !memchr(s + 1, '"', n - 1);
  if (n > 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x9C) {  /* U+201C, closed by U+201D */
    for (size_t i = 3; i + 2 < n; i++)
      if (s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x9D) return 0;
    return 1;
  }
  return 0;
}

/* A page cut off inside its article (a scraper that keeps the first bytes): the text ends on a
 * line no rule classed ("Sementara itu, Me", "Leb"), under the last paragraph q with only lines a
 * rule classed between ("Baca juga: ..."). That line is the article going on, however short its
 * piece, unless its words are title-cased with no sentence ending inside (a link's title after the
 * article, as before): the index of the line, else NONE. */
/* Does line l hold a prefixed verb in lower case, "me-" or "ber-" and a stem, seven letters or more ("... Nama Orang
 * mengatakan ...", "Usai mengikuti Rapat, ...")? A title-cased title capitalises its verbs and leaves only short
 * words and prepositions in lower case ("melalui", "bersama", "menurut", "menuju", "mengenai" are such). */
static int holds_lower_verb(const char *text, const kimput_page_line *l) {
  static const char *const prep[] = {"melalui", "bersama", "menurut", "menuju", "mengenai", "berdasarkan", "beserta",
                                     "menjelang", "bersamaan", "berkat"};
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = l->start + 1; i < l->end; i++) {
    if (s[i - 1] != ' ' || !((s[i] == 'm' && i + 1 < l->end && s[i + 1] == 'e') ||
                             (s[i] == 'b' && i + 2 < l->end && s[i + 1] == 'e' && s[i + 2] == 'r')))
      continue;
    size_t e = i;
    while (e < l->end && s[e] >= 'a' && s[e] <= 'z') e++;
    if (e - i < 7 || (e < l->end && s[e] != ' ' && s[e] != ',' && s[e] != '.')) continue;
    int is_prep = 0;
    for (size_t k = 0; k < sizeof prep / sizeof *prep && !is_prep; k++)
      is_prep = strlen(prep[k]) == e - i && memcmp(prep[k], s + i, e - i) == 0;
    if (!is_prep) return 1;
    i = e;
  }
  return 0;
}

static size_t cut_paragraph(const char *text, const kimput_page_line *lines, size_t n, size_t q, size_t len) {
  /* (cut after a word's space, "... \u201cSilakan ", the text still ends on the line) */
  while (len > 0 && n > 0 && len > lines[n - 1].end && text[len - 1] == ' ') len--;
  if (q == NONE || q + 1 >= n || lines[n - 1].end != len || lines[n - 1].cls != KIMPUT_LINE_BODY ||
      ((lines[n - 1].flags & KIMPUT_LINEF_TITLECASE) && lines[n - 1].words > 1 &&
       !ends_sentence_inside(text, &lines[n - 1]) && !opens_with_connective(text, &lines[n - 1]) &&
       !open_mark_cut(text, &lines[n - 1]) && !lower_comma_lower(text, &lines[n - 1]) &&
       !holds_lower_verb(text, &lines[n - 1]) &&  /* (a verb in lower case: "... Nama Orang mengatakan cuk") */
       text[lines[n - 1].end - 1] != ','))  /* (cut after a comma: "... Kota Sukamaju, " no title ends so) */
    return NONE;
  /* (one word: the start of a sentence's, "Sete", or of a quotation's, "\u201cSilakan"; not a wire's name in lower
     case or capitals, "dpa", "AFP", that credits the article; "Reuters" alone there reads as such a piece) */
  const kimput_page_line *l = &lines[n - 1];
  if (l->words <= 1 && !(l->end - l->start >= 2 && text[l->start] >= 'A' && text[l->start] <= 'Z' &&
                         text[l->start + 1] >= 'a' && text[l->start + 1] <= 'z') &&
      !((text[l->start] == '"' || (unsigned char)text[l->start] == 0xE2) && open_mark_cut(text, l)))
    return NONE;
  /* (a short label and its value, "Sumber:", "Redaksi/editor: nama", is a credit's line, no piece of a sentence) */
  if (l->words <= CREDIT_MAX_WORDS && memchr(text + l->start, ':', l->end - l->start)) return NONE;
  for (size_t i = q + 1; i + 1 < n; i++)
    if (lines[i].cls == KIMPUT_LINE_BODY) return NONE;
  return n - 1;
}

/* The length of the weekday written at s[i..end) with a space or comma after it ("Senin ", "Jumat,"), else 0. */
static size_t weekday_at(const unsigned char *s, size_t i, size_t end) {
  static const char *const days[] = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
  if (i >= end || s[i] < 'J' || s[i] > 'S') return 0;
  for (size_t d = 0; d < sizeof days / sizeof *days; d++) {
    size_t k = strlen(days[d]);
    if (i + k < end && memcmp(s + i, days[d], k) == 0 && (s[i + k] == ' ' || s[i + k] == ',')) return k;
  }
  return 0;
}

/* Where a clock time ("15:00", "19.00 WIB") stands in [i, end): the offset of its first digit, else NONE. */
static size_t clock_at(const unsigned char *s, size_t i, size_t end) {
  for (; i + 4 <= end; i++) {
    if (!(s[i] >= '0' && s[i] <= '2') || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) continue;
    size_t k = i + 1;
    if (s[k] >= '0' && s[k] <= '9') k++;
    if (k + 2 < end && (s[k] == ':' || s[k] == '.') && s[k + 1] >= '0' && s[k + 1] <= '5' && s[k + 2] >= '0' &&
        s[k + 2] <= '9' && (k + 3 == end || !(s[k + 3] >= '0' && s[k + 3] <= '9')))
      return i;
  }
  return NONE;
}

/* Line l opens with a clock time, past a list's dash or bullet ("15:00 Tim A vs Tim B", "- 19.00 WIB - ..."):
 * a schedule's item. */
static int clock_item(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = past_bullet(text, l);
  return i < l->end && clock_at(s, i, i + 6 < l->end ? i + 6 : l->end) == i;
}

/* Line l opens with a weekday and its date, past a list's dash ("Selasa (13/11/2018) Tim A Vs Tim B", "- Sabtu,
 * 17 November 2018 ..."): a schedule's item, no link's title. */
static int day_item(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = past_bullet(text, l), k = weekday_at(s, i, l->end);
  if (!k) return 0;
  i += k + (s[i + k] == ',');
  if (i < l->end && s[i] == ' ') i++;
  if (i < l->end && s[i] == '(') i++;
  return i < l->end && s[i] >= '0' && s[i] <= '9';
}

/* Line i stands right above a day heading of the article's schedule (a stamp-shaped date mark_inner_stamps gave
 * back to the body): the schedule's title ("Jadwal Lengkap Pekan Ini" / "Sabtu, 14 Juni 2025" / "15:00 ..."). */
static int over_schedule(const page_kind *k, const kimput_page_line *lines, size_t n, size_t i) {
  size_t b = nonblank(lines, n, i, 1);
  return b != NONE && lines[b].cls == KIMPUT_LINE_BODY && lines[b].rule >= 0 &&
         k->rules[lines[b].rule].info.cls == KIMPUT_LINE_TIMESTAMP;
}

/* A date alone inside the article, under the opening, with the article's text right above it and either more
 * paragraphs or a schedule's items ("15:00 Tim A vs Tim B") under it: a heading of the article's schedule or
 * the date of a letter it quotes ("Sabtu, 14 Januari 2023", "30 September 2018"), no page date. A page's own
 * stamp stands in its top, or after the article among the links, and most often tells the time too. */
static void mark_inner_stamps(const char *text, kimput_page_line *lines, size_t n, size_t open, size_t q) {
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = open + 1; open != NONE && i < n; i++) {
    kimput_page_line *l = &lines[i];
    if (l->cls != KIMPUT_LINE_TIMESTAMP || (l->flags & KIMPUT_LINEF_UPDATED) || clock_at(s, l->start, l->end) != NONE)
      continue;
    size_t a = nonblank(lines, n, i, -1), b = nonblank(lines, n, i, 1);
    if (a == NONE || b == NONE || lines[a].cls != KIMPUT_LINE_BODY || lines[b].cls != KIMPUT_LINE_BODY) continue;
    if ((q != NONE && b <= q) || clock_item(text, &lines[b])) l->cls = KIMPUT_LINE_BODY;
  }
}

/* Other articles' teasers in a box at the page's top ("Headline" / a sentence of another story / "Fokus" / another
 * / the title / the byline / "08/11/2023 22:50"): a paragraph right under a short label of the menus, with a title
 * and the page date still to come a few lines below it, or shown twice in a row, is no paragraph of the article
 * (looks a bounded way down). */
static void mark_top_teasers(const char *text, kimput_page_line *lines, size_t n) {
  for (size_t i = 1; i < n && i < TOP_LINES; i++) {
    if (!is_paragraph(&lines[i])) continue;
    size_t a = nonblank(lines, n, i, -1);
    if (a == NONE || lines[a].words > SHORT_WORDS ||
        !(lines[a].cls == KIMPUT_LINE_NAVIGATION ||
          (lines[a].cls == KIMPUT_LINE_BODY && !final_mark(text, lines[a].start, lines[a].end))))
      return;
    /* (shown twice in a row, the teaser and its copy: no article repeats its paragraph so) */
    size_t b = nonblank(lines, n, i, 1);
    if (b != NONE && same_text(text, &lines[i], &lines[b])) {
      lines[i].cls = lines[b].cls = KIMPUT_LINE_NAVIGATION;
      i = b;
      continue;
    }
    int titled = 0;
    size_t j = i + 1;
    for (; j < n && j <= i + STAMP_LOOK && lines[j].cls != KIMPUT_LINE_TIMESTAMP; j++)
      if (lines[j].cls == KIMPUT_LINE_BODY && (lines[j].flags & KIMPUT_LINEF_TITLE) &&
          !(lines[j].flags & KIMPUT_LINEF_PARAGRAPH) && lines[j].words > SHORT_WORDS &&
          !final_mark(text, lines[j].start, lines[j].end))
        titled = 1;
    if (!titled || j >= n || j > i + STAMP_LOOK) return;
    lines[i].cls = KIMPUT_LINE_NAVIGATION;
  }
}

/* A news ticker or a box of other articles' titles above the article, one a line after a list's bullet ("• Warga
 * Gelar Kerja Bakti di Pasar", "• Harga Cabai Naik Lagi", ...): a run of three such title-shaped lines or more, most
 * of them title-cased, with no paragraph above it, is links (the article opens with no bulleted list of titles;
 * its own list in bullets stands under a paragraph). One walk down to the first paragraph. */
static void mark_top_bullets(const char *text, kimput_page_line *lines, size_t n) {
  size_t run = NONE, items = 0, cased = 0;
  for (size_t i = 0; i <= n; i++) {
    const kimput_page_line *l = i < n ? &lines[i] : NULL;
    if (l && l->end == l->start) continue;
    int item = l && l->cls == KIMPUT_LINE_BODY && past_bullet(text, l) > l->start && (l->flags & KIMPUT_LINEF_TITLE) &&
               !(l->flags & KIMPUT_LINEF_PARAGRAPH) && l->words <= LINK_MAX_WORDS;
    if (item) {
      if (run == NONE) run = i, items = cased = 0;
      items++;
      cased += (l->flags & KIMPUT_LINEF_TITLECASE) != 0;
      continue;
    }
    if (run != NONE && items >= TOP_BULLETS_MIN && cased * 2 >= items)
      for (size_t k = run; k < i; k++)
        if (lines[k].cls == KIMPUT_LINE_BODY && lines[k].end > lines[k].start) lines[k].cls = KIMPUT_LINE_RELATED;
    run = NONE;
    if (!l || is_paragraph(l)) return;
  }
}

/* Line l is shaped as a photo's credit alone on its line: a few words holding a slash or a site's address
 * ("KCNA via KNS/AP PHOTO", "Situs.com, SitusLain.com"). */
static int photo_credit_shaped(const char *text, const kimput_page_line *l) {
  const char *s = text + l->start;
  size_t len = l->end - l->start;
  /* (opened by a photo credit's label, "Dok Tim Kampanye - Dok Nama Orang", "Foto: Nama Orang": two credits may
     stand joined by a dash) */
  static const char *const label[] = {"dok ", "dok. ", "dokumentasi ", "foto: ", "foto : "};  /* (any case) */
  if (l->words > 0 && l->words <= 2 * CREDIT_MAX_WORDS)
    for (size_t k = 0; k < sizeof label / sizeof *label; k++)
      if (starts_with((const unsigned char *)text, l->end, l->start, label[k])) return 1;
  if (l->words == 0 || l->words > CREDIT_MAX_WORDS) return 0;
  if (memchr(s, '/', len)) return 1;
  for (size_t i = 0; i + 2 < len; i++)  /* ".com", ".id", ".co.id" */
    if (s[i] == '.' && ((i + 3 < len && memcmp(s + i + 1, "com", 3) == 0) || memcmp(s + i + 1, "id", 2) == 0))
      return 1;
  return 0;
}

/* The title, right under it one sentence-case paragraph p (its deck) and then a byline (a credit), past asides:
 * the byline's index, else NONE. */
static size_t deck_byline(const kimput_page_line *lines, size_t n, size_t p) {
  size_t t = nonblank(lines, n, p, -1);
  if (t == NONE || lines[t].cls != KIMPUT_LINE_BODY || !(lines[t].flags & KIMPUT_LINEF_TITLE) ||
      (lines[t].flags & KIMPUT_LINEF_PARAGRAPH) || lines[t].words <= SHORT_WORDS ||
      (lines[p].flags & KIMPUT_LINEF_TITLECASE))
    return NONE;
  size_t c = next_fact(lines, n, p, NONE, 0);
  return c < n && lines[c].cls == KIMPUT_LINE_CREDIT ? c : NONE;
}

/* Line l ends with a quotation closed by its cue, then a credit in brackets ('..., tandasnya. (Nama/Kota)',
 * '...,” ujar Budi. (Nama/Nama Orang)'):
 * the article's last paragraph and its writer's credit, which no photo's caption is. Looks back a bounded way
 * from the line's last '('. */
static int quote_before_credit(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t p = l->end;
  while (p > l->start && s[p - 1] != '(' && l->end - p < CREDIT_TAIL) p--;
  if (p <= l->start || s[p - 1] != '(') return 0;
  size_t j = p - 1;
  while (j > l->start && s[j - 1] == ' ') j--;
  if (j <= l->start || s[j - 1] != '.') return 0;
  j--;
  size_t stop = j > l->start + CREDIT_TAIL ? j - CREDIT_TAIL : l->start;
  /* (the cue may name the speaker: '...,” ujar Budi. (Nama/Nama Orang)') */
  while (j > stop && ((s[j - 1] >= 'a' && s[j - 1] <= 'z') || (s[j - 1] >= 'A' && s[j - 1] <= 'Z') || s[j - 1] == ' '))
    j--;
  if (j < l->start + 4) return 0;
  /* the closing quote after the comma: '"' or the curly '”' (E2 80 9D) */
  if (s[j - 1] == '"') return s[j - 2] == ',';
  return s[j - 1] == 0x9D && s[j - 2] == 0x80 && s[j - 3] == 0xE2 && s[j - 4] == ',';
}

/* Does the one word of line i close the sentence of the body line right above it, a text hard-wrapped into
 * short lines ("... waspada terhadap cuaca buruk di wilayah" / "tersebut.")? That line has some words and no final mark;
 * this one ends with a sentence's period (no ellipsis). */
static int wrapped_end(const char *text, const kimput_page_line *lines, size_t i) {
  const kimput_page_line *l = &lines[i], *a = &lines[i - 1];
  if (a->cls != KIMPUT_LINE_BODY || a->words < WRAPPED_MIN_WORDS || l->end - l->start < 3 ||
      final_mark(text, a->start, a->end))
    return 0;
  return text[l->end - 1] == '.' && text[l->end - 2] != '.';
}

/* A photo's caption under the byline at the page's top, shown again among the paragraphs (a network's layout
 * repeats it under the photo in the text): the body's copy is the caption too, so the article does not say it
 * twice. A deck over the byline is the article's own summary: its copy in the text stays. Only lines flagged as
 * repeated are compared, with the captions above the article's top (at most TOP_LINES). */
/* Does line l open in lower case, past an opening quotation mark ("itu digelar ...", "“kami")? */
static int opens_lower(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = l->start;
  if (i < l->end && (s[i] == '"' || s[i] == '\'')) i++;
  else if (i + 3 <= l->end && s[i] == 0xE2 && s[i + 1] == 0x80 && (s[i + 2] == 0x9C || s[i + 2] == 0x98)) i += 3;
  return i < l->end && s[i] >= 'a' && s[i] <= 'z';
}

/* Does line i go on with the sentence of the line right above it, a text hard-wrapped into short lines ("... yang
 * sedang berada di kota setelah mengikuti" / "kegiatan Presiden."; "... Nama mengatakan" / "warga sebaiknya tidak
 * ... di sekitar")? That line is a body line of some words with no final mark; this one opens in lower case. No
 * title, button or tag list under a sentence's piece goes on so. */
static int wrapped_from(const char *text, const kimput_page_line *lines, size_t i) {
  if (i == 0) return 0;
  const kimput_page_line *a = &lines[i - 1];
  return a->cls == KIMPUT_LINE_BODY && a->words >= WRAPPED_MIN_WORDS && a->end > a->start &&
         !final_mark(text, a->start, a->end) && opens_lower(text, &lines[i]);
}

/* Is line i a paragraph's first word alone on its line, the rest hard-wrapped under it ("Kegiatan" / "itu digelar
 * setelah ..."; "“kami" / "berharap ...")? One word, capitalised or opening a quotation, after a sentence's end
 * (or at the page's top); the line right under it is a body line of some words opening in lower case. A button or a
 * menu word has no sentence going on in lower case under it. */
static int wrapped_opener(const char *text, const kimput_page_line *lines, size_t n, size_t i) {
  const kimput_page_line *l = &lines[i];
  if (l->words != 1 || i + 1 >= n || final_mark(text, l->start, l->end)) return 0;
  const kimput_page_line *b = &lines[i + 1];
  if (b->cls != KIMPUT_LINE_BODY || b->words < WRAPPED_MIN_WORDS || !opens_lower(text, b)) return 0;
  unsigned char c = (unsigned char)text[l->start];
  if (!((c >= 'A' && c <= 'Z') || (opens_lower(text, l) && !(c >= 'a' && c <= 'z')))) return 0;
  size_t a = nonblank(lines, n, i, -1);
  return a == NONE || final_mark(text, lines[a].start, lines[a].end);
}

static void repeated_captions(const char *text, kimput_page_line *lines, size_t n, size_t top) {
  size_t above = top < TOP_LINES ? top : TOP_LINES, byline = NONE;
  for (size_t j = 0; j < above && byline == NONE; j++)
    if (lines[j].cls == KIMPUT_LINE_CREDIT) byline = j;
  if (byline == NONE) return;
  for (size_t i = top; i < n; i++) {
    kimput_page_line *l = &lines[i];
    if (l->cls != KIMPUT_LINE_BODY || !(l->flags & KIMPUT_LINEF_REPEATED) || l->words <= SHORT_WORDS) continue;
    for (size_t j = byline + 1; j < above; j++)
      if (lines[j].cls == KIMPUT_LINE_CAPTION && (lines[j].flags & KIMPUT_LINEF_REPEATED) &&
          same_text(text, &lines[j], l)) {
        l->cls = KIMPUT_LINE_CAPTION;
        break;
      }
  }
}

/* Does line l close its one sentence with a name alone in brackets after the period, one or two capitalised words
 * ("... diterjang banjir. (Kabarku)", "... di pasar. (Kabar Kota)")? A photo's credit so closes its caption; an
 * article's sentence closes with its period (an acronym in brackets comes before it: "... Kota (PPRK)."). */
static int closed_by_name(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t e = l->end, o = e, spaces = 0;
  if (e < l->start + 6 || s[e - 1] != ')') return 0;
  for (o = e - 1; o > l->start && e - o < 40 && s[o - 1] != '('; o--) {
    unsigned char c = s[o - 1];
    if (c == ' ') spaces++;
    else if (!is_alnum_ascii(c) && c != '.' && c != '-') return 0;
  }
  if (o <= l->start + 2 || s[o - 1] != '(' || spaces > 1 || !(s[o] >= 'A' && s[o] <= 'Z') || s[o - 2] != ' ') return 0;
  size_t m = o - 2;
  while (m > l->start && s[m - 1] == ' ') m--;
  if (m >= l->start + 3 && s[m - 3] == 0xE2 && s[m - 2] == 0x80 && s[m - 1] == 0x9D) m -= 3;  /* (a closing quote) */
  else if (m > l->start && s[m - 1] == '"') m--;
  return m > l->start && (s[m - 1] == '.' || s[m - 1] == '!' || s[m - 1] == '?') && !ends_sentence_inside(text, l);
}

/* The page's first paragraph, one sentence closed by a name alone in brackets (closed_by_name), with more paragraphs
 * under it, is the photo's caption over the article ("Judul" / "Diterbitkan:" / "Bupati meninjau jembatan. (Kabarku)"
 * / "Dia juga menegaskan ..."): no article opens with its credit. */
static void named_top_caption(const char *text, kimput_page_line *lines, size_t n) {
  for (size_t i = 0; i < n && i < TOP_LINES; i++) {
    kimput_page_line *l = &lines[i];
    if (!is_paragraph(l)) continue;
    size_t j = nonblank(lines, n, i, 1);
    if (l->words <= STAMP_TOP_MAX_WORDS && j != NONE && is_paragraph(&lines[j]) && closed_by_name(text, l)) {
      l->flags &= ~KIMPUT_LINEF_PARAGRAPH;
      l->cls = KIMPUT_LINE_CAPTION;
    }
    return;
  }
}

/* A sentence shown twice in a row above the article's first paragraph (an image's alt text over its caption, "Bupati
 * Memberikan Keterangan Pers. (Nama/Situs)" on two lines; twice exactly) is a photo's caption, no paragraph: the
 * article does not say a line twice running. Looks at the top lines only, up to the first paragraph not so
 * repeated. */
static void twice_shown_captions(const char *text, kimput_page_line *lines, size_t n) {
  for (size_t i = 0; i < n && i < TOP_LINES; i++) {
    kimput_page_line *l = &lines[i];
    if (!is_paragraph(l)) continue;
    size_t j = nonblank(lines, n, i, 1);
    if (j == NONE || l->words > STAMP_TOP_MAX_WORDS || !same_text(text, l, &lines[j]) ||
        lines[j].cls != KIMPUT_LINE_BODY)
      return;
    size_t k = nonblank(lines, n, j, 1);  /* (twice, not a run of copies) */
    if (k != NONE && same_text(text, l, &lines[k])) return;
    l->flags &= ~KIMPUT_LINEF_PARAGRAPH;
    lines[j].flags &= ~KIMPUT_LINEF_PARAGRAPH;
    l->cls = lines[j].cls = KIMPUT_LINE_CAPTION;
    i = j;
  }
}

/* Line l opens with a photo's keyword phrase in capitals before a dash, as a network sets its captions ("WARGA
 * PERBAIKI JALAN DESA - Warga Desa Sukamaju bergotong royong ..."): KEYWORD_MIN_WORDS words or more, capitals and
 * digits only (a dateline's place has fewer words; an opening's masthead has its dot or comma). */
static int keyword_caption(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = l->start, words = 0;
  while (i < l->end && words < 2 * KEYWORD_MIN_WORDS) {
    size_t w = i;
    while (i < l->end && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) i++;
    if (i - w < 2 || i >= l->end || s[i] != ' ') return 0;
    words++;
    i++;
    /* (the dash: a hyphen or an en or em dash, then a capital) */
    size_t d = i < l->end && s[i] == '-' ? 1 : i + 2 < l->end && s[i] == 0xE2 && s[i + 1] == 0x80 &&
                                                   (s[i + 2] == 0x93 || s[i + 2] == 0x94) ? 3 : 0;
    if (d) return words >= KEYWORD_MIN_WORDS && i + d + 1 < l->end && s[i + d] == ' ' && s[i + d + 1] >= 'A' &&
                  s[i + d + 1] <= 'Z';
  }
  return 0;
}

/* Photos' captions among the lines: a network's keyword caption (keyword_caption), and an image's alternative text
 * right over its caption, the caption's words with a few left out or changed ("Warga
 * antre di pasar Kota Lama, Senin (3/3/2025)." over "Warga antre di pasar Kota Lama, Jawa Barat, Senin (3/3/2025).
 * (SITUS/Nama)"): a line whose first ALT_PREFIX bytes or more, three quarters of it at least, open the caption
 * classed under it is that photo's too (the article does not say its sentence again right over a caption). */
static void alt_over_captions(const char *text, kimput_page_line *lines, size_t n) {
  for (size_t i = 0; i < n; i++) {
    kimput_page_line *l = &lines[i];
    size_t len = l->end - l->start;
    if (l->cls == KIMPUT_LINE_BODY && keyword_caption(text, l)) {
      l->flags &= ~KIMPUT_LINEF_PARAGRAPH;
      l->cls = KIMPUT_LINE_CAPTION;
      continue;
    }
    /* (a title glued to its caption under it, "Judul Berita" over "Judul Berita Warga antre ... Foto: Ist", is the
       headline: alternative text is the caption's sentence, closed by its mark) */
    if (l->cls != KIMPUT_LINE_BODY || len < ALT_PREFIX || (l->flags & KIMPUT_LINEF_TITLE)) continue;
    size_t j = nonblank(lines, n, i, 1);
    if (j == NONE || lines[j].cls != KIMPUT_LINE_CAPTION) continue;
    size_t clen = lines[j].end - lines[j].start, k = 0;
    while (k < len && k < clen && text[l->start + k] == text[lines[j].start + k]) k++;
    if (k < ALT_PREFIX || 4 * k < 3 * len) continue;
    l->flags &= ~KIMPUT_LINEF_PARAGRAPH;
    l->cls = KIMPUT_LINE_CAPTION;
  }
}

/* Does line l end with an ellipsis cutting its last word, glued to it or after a space, of three periods or more or
 * one character ("... untuk membersihkan sampah yang ....", "... pasar murah di lima kecamatan…")? A box's excerpt of
 * another article is so cut; one of some words. */
static int ellipsis_cut(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t e = l->end, dots = 0;
  if (l->words < TEASER_MIN_WORDS) return 0;
  if (e >= l->start + 3 && s[e - 3] == 0xE2 && s[e - 2] == 0x80 && s[e - 1] == 0xA6) e -= 3, dots = 3;
  else
    while (e > l->start && s[e - 1] == '.') e--, dots++;
  if (dots < 3) return 0;
  if (e > l->start && s[e - 1] == ' ') e--;
  return e > l->start && (s[e - 1] == ',' || ((s[e - 1] | 0x20) >= 'a' && (s[e - 1] | 0x20) <= 'z'));
}

/* Is line l shaped as an item of a list of links at the page's end: a short line, or a title-cased one no longer
 * than a link's title (closed by a period or a cry too: "Pemkab Poles Jalan Perbatasan.", "... Antam Nihil!")? */
static int tail_item(const char *text, const kimput_page_line *l) {
  return l->words <= SHORT_WORDS || ((l->flags & KIMPUT_LINEF_TITLECASE) && l->words <= LINK_MAX_WORDS) ||
         /* (a title in sentence case, "Warga bersihkan saluran air di kampung", and an item's excerpt cut by an
            ellipsis, glued or after a space, "... membersihkan sampah yang ....": the article ends with a sentence) */
         ((l->flags & (KIMPUT_LINEF_TITLE | KIMPUT_LINEF_PARAGRAPH)) == KIMPUT_LINEF_TITLE && l->words <= LINK_MAX_WORDS) ||
         ellipsis_cut(text, l);
}

/* The lists of other articles closing the page: under a label a rule classed alone on its line ("Baca Juga",
 * "Berita Terkait", "Terpopuler", "Share :"), in the run of lines at the page's end that are all furniture or
 * shaped as such items (each title may stand under its section's name, "Hukum & Kriminal" / "Judul Berita."), the
 * body lines are links (a short one a button or a section's name); two such lines or more under the label. The
 * article's own lines above the run (a sentence in lower case) stop it. One walk back from the end. */
static void tail_lists(const char *text, kimput_page_line *lines, size_t n) {
  size_t r = n, label = NONE, items = 0;
  while (r > 0) {
    const kimput_page_line *l = &lines[r - 1];
    if (l->end > l->start && l->cls == KIMPUT_LINE_BODY && !tail_item(text, l)) break;
    r--;
  }
  for (size_t i = r; i < n; i++) {
    const kimput_page_line *l = &lines[i];
    if (l->end == l->start) continue;
    if (label == NONE) {
      if (l->rule >= 0 && (l->cls == KIMPUT_LINE_RELATED || l->cls == KIMPUT_LINE_NAVIGATION) &&
          l->words <= SHORT_WORDS && final_mark(text, l->start, l->end) != '.')
        label = i;
    } else if (l->cls == KIMPUT_LINE_BODY || l->cls == KIMPUT_LINE_RELATED || l->cls == KIMPUT_LINE_TIMESTAMP ||
               (l->cls == KIMPUT_LINE_NAVIGATION && l->words > SHORT_WORDS)) {
      items++;  /* (an item's time stamp counts for it: "-" / "Olahraga 16 Juni 2024 23:00", its title lost) */
    }
  }
  if (label == NONE || items < 2) return;
  int listed = 0;  /* an item stands above: a time stamp under it is that item's date, not the page's */
  for (size_t i = label + 1; i < n; i++) {
    kimput_page_line *l = &lines[i];
    if (l->end == l->start) continue;
    if (l->cls == KIMPUT_LINE_TIMESTAMP && listed) l->cls = KIMPUT_LINE_NAVIGATION;
    else if (l->cls == KIMPUT_LINE_BODY || l->cls == KIMPUT_LINE_RELATED) listed = 1;
    if (l->cls == KIMPUT_LINE_BODY) l->cls = l->words <= SHORT_WORDS ? KIMPUT_LINE_NAVIGATION : KIMPUT_LINE_RELATED;
  }
}

/* Is line i an item of the article's own short list in bullets ("• Sumber tenaga cepat", "- Menjaga daya tahan
 * tubuh"): a bullet, a few words in sentence case (a link's title is title-cased, or longer), right under a body
 * paragraph or another such item? */
static int bullet_item(const char *text, const kimput_page_line *lines, size_t n, size_t i) {
  for (int k = 0; k < BULLET_RUN_MAX; k++) {
    const kimput_page_line *l = &lines[i];
    if (l->cls != KIMPUT_LINE_BODY || past_bullet(text, l) == l->start || (l->flags & KIMPUT_LINEF_TITLECASE) ||
        l->words > BULLET_ITEM_WORDS || final_mark(text, l->start, l->end) == '?')
      return 0;
    size_t a = nonblank(lines, n, i, -1);
    if (a == NONE) return 0;
    if (is_paragraph(&lines[a]) && past_bullet(text, &lines[a]) == lines[a].start) return 1;
    i = a;
  }
  return 0;
}

/* Is line i a subheading over the page's last line, a sentence-case piece of the article cut by the excerpt
 * ("Warga Mulai Kembali" / "Sebagian warga yang mengungsi mulai kembali ... pada")? The article goes on under it: no
 * link's title stands over a long line of text ending the page. */
static int over_cut_text(const kimput_page_line *lines, size_t n, size_t i) {
  size_t j = nonblank(lines, n, i, 1);
  if (j == NONE || nonblank(lines, n, j, 1) != NONE) return 0;
  const kimput_page_line *l = &lines[j];
  return l->cls == KIMPUT_LINE_BODY && !(l->flags & KIMPUT_LINEF_TITLECASE) && l->words >= CLOSING_MIN_WORDS;
}

static kimput_status layout(kimput_pageset *set, const kimput_doc *doc, kimput_page *page, const uint64_t *hits,
                            size_t words) {
  kimput_status dropped = drop_next_article(set, doc, page, hits, words);
  if (dropped != KIMPUT_OK) return dropped;
  size_t len;
  const char *text = kimput_doc_text(doc, &len);
  kimput_page_line *lines = page->lines;
  size_t n = page->count, p = NONE, q = NONE;
  mark_top_teasers(text, lines, n);
  mark_top_bullets(text, lines, n);
  alt_over_captions(text, lines, n);
  twice_shown_captions(text, lines, n);
  named_top_caption(text, lines, n);
  for (size_t i = 0; i < n; i++) {
    if (!is_paragraph(&lines[i])) continue;
    if (p == NONE) p = i;
    q = i;
  }
  /* The article's last paragraph may end with its agency's credit ("... kata dia.
   * (Reuters)"), which a caption rule reads as a photo's: the first paragraph after the
   * last one of the body, when a credit at its end made it a caption, a closing credit
   * (a suffix rule: not "ANTARA FOTO/Nama", "Foto: ...") ends it, and no text of the
   * article follows (a cut-off sentence would: then it is a photo's), is the article's. */
  const page_kind *k = &set->kinds[KIMPUT_PAGE_LINE];
  size_t closing = NONE;
  /* (with no body paragraph at all, the first paragraph as long as an article, which no
   * photo's caption is: an article scraped as one line, "Judul ... kata dia. (Reuters/AFP)") */
  for (size_t i = q == NONE ? 0 : q + 1; i < n; i++) {
    kimput_page_line *l = &lines[i];
    if (closing != NONE) {
      if (l->cls == KIMPUT_LINE_BODY && l->words > SHORT_WORDS && !(l->flags & KIMPUT_LINEF_TITLECASE)) {
        closing = NONE;
        break;
      }
    } else if (l->flags & KIMPUT_LINEF_PARAGRAPH) {
      if (l->cls != KIMPUT_LINE_CAPTION || l->rule < 0 || !(k->rules[l->rule].info.flags & KIMPUT_PAGE_TAIL) ||
          l->words < (q == NONE ? KIMPUT_PAGE_WORDS_MAX : CLOSING_MIN_WORDS))
        break;
      page_match m;
      kimput_status st = page_match_range(set, KIMPUT_PAGE_SUFFIX, doc, l->start, l->end, 1,
                                          hits ? hits + i * words : NULL, NULL, &m);
      if (st != KIMPUT_OK) return st;
      if ((m.rule < 0 || m.whole.start <= l->start) && !quote_before_credit(text, l)) break;
      closing = i;
    }
  }
  if (closing != NONE) {
    lines[closing].cls = KIMPUT_LINE_BODY;
    q = closing;
  }
  size_t open;
  kimput_status st = find_opening(set, doc, page, hits, words, p, &open);
  if (st != KIMPUT_OK) return st;
  size_t top = open != NONE ? open : p != NONE ? p : n;
  /* "Judul? / Keterangan gambar, ... / Penulis, X / 25 April 2019 / paragraphs": with no
     opening, a page date near the top with at most two short paragraphs above it (a
     caption, a role) and more of the article after it: above the date is the page's top */
  int stamped = 0;
  if (open == NONE && p != NONE) {
    size_t stamp = NONE, before = 0;
    int labelled = 0;  /* a label ("Keterangan gambar,", "Penulis:") or a caption stands above the date */
    for (size_t i = 0; i < n && i < TOP_LINES; i++) {
      if (lines[i].cls == KIMPUT_LINE_TIMESTAMP) { stamp = i; break; }
      if (is_paragraph(&lines[i]) && (++before > 2 || lines[i].words >= STAMP_TOP_MAX_WORDS)) break;
      char last = lines[i].end > lines[i].start ? text[lines[i].end - 1] : 0;
      labelled |= lines[i].cls == KIMPUT_LINE_CAPTION || lines[i].cls == KIMPUT_LINE_CREDIT ||
                  (lines[i].words <= 2 && (last == ',' || last == ':'));
    }
    if (stamp != NONE && stamp > p && labelled) {
      size_t first = NONE, after = 0;
      for (size_t i = stamp + 1; i < n && after <= before; i++)
        if (is_paragraph(&lines[i])) { if (first == NONE) first = i; after++; }
      if (first != NONE && after > before) { top = first; stamped = 1; }
    }
    /* (nor a page date: the title, its deck, a paragraph, then the byline, "Penulis: A | Editor: B", on a later
       page of an article, whose text no longer repeats the deck: the byline closes the top) */
    size_t c = stamped ? NONE : deck_byline(lines, n, p);
    if (c != NONE) {
      size_t first = c + 1;
      int credited = 0;  /* a photo's credit under the byline ("Situs.com, Situs Lain", "KCNA via X/AP PHOTO") */
      int captioned = 0; /* its caption already classed under it */
      for (; first < n && !is_paragraph(&lines[first]); first++) {
        int credit = photo_credit_shaped(text, &lines[first]);
        credited |= credit;
        captioned |= credited && !credit && lines[first].cls == KIMPUT_LINE_CAPTION && lines[first].words > SHORT_WORDS;
      }
      /* (the sentence under that credit is its caption: the article starts at the next paragraph) */
      if (credited && !captioned && first < n) {
        size_t next = first + 1;
        while (next < n && !is_paragraph(&lines[next])) next++;
        if (next < n) first = next;
      }
      if (first < n) { top = first; stamped = 1; }
    }
  }
  /* a copyright sign with no year above the article is a photo's credit ("© Bolaku.org" under the title): no
     outlet's (the page's own copyright, at its foot, has its year) */
  for (size_t i = 0; i < top && i < TOP_LINES; i++) {
    kimput_page_line *l = &lines[i];
    if (l->cls != KIMPUT_LINE_CREDIT || l->end < l->start + 3 || (unsigned char)text[l->start] != 0xC2 ||
        (unsigned char)text[l->start + 1] != 0xA9)
      continue;
    size_t c = l->start;
    while (c < l->end && !(text[c] >= '0' && text[c] <= '9')) c++;
    if (c == l->end) {
      l->cls = KIMPUT_LINE_CAPTION;
      l->rule = -1;  /* (its rule's field, the outlet, goes with it) */
    }
  }
  mark_inner_stamps(text, lines, n, open, q);
  mark_name_lines(text, lines, n, top, open, page->open_outlet);
  mark_headline(text, lines, n, top, open, page->open_outlet, page->open_place, stamped);
  if (p == NONE) return KIMPUT_OK;  /* a snippet: nothing surrounds an article */
  /* the article may close with a sentence too short for a paragraph ("Harga itu
     belum termasuk pajak.") under a list of its own: it ends there */
  for (size_t i = q + 1; i < n; i++) {
    const kimput_page_line *l = &lines[i];
    if (l->cls == KIMPUT_LINE_BODY && final_mark(text, l->start, l->end) == '.' &&
        ((l->words >= SENTENCE_MIN_WORDS && !(l->flags & KIMPUT_LINEF_TITLECASE)) ||
         wrapped_from(text, lines, i)))  /* (or the hard-wrapped end of one: "... terminal kota" / "dalam waktu dekat.") */
      q = i;
  }
  /* a reader poll with no label closing the page: its question to the reader, then its options */
  q = drop_poll(text, lines, n, q);
  /* with no opening, a page date above the first paragraph closes the page's top too:
     what stands above it is masthead, headline, decks and captions */
  size_t dated = NONE;
  for (size_t i = 0; open == NONE && i < top && i < TOP_LINES; i++)
    if (lines[i].cls == KIMPUT_LINE_TIMESTAMP) dated = i;
  int listed = 0;  /* under a sentence-case line ending with a colon: the article's own list,
                      whose items are no link's title (title-cased, more than three words) */
  int scheduled = 0;  /* under a date heading of the article's schedule (mark_inner_stamps): its timed items */
  size_t cut = cut_paragraph(text, lines, n, q, len);
  for (size_t i = 0; i < n; i++) {
    kimput_page_line *l = &lines[i];
    if (l->cls != KIMPUT_LINE_BODY || i == cut) {
      listed = scheduled = 0;
      continue;
    }
    int intro = l->words >= INTRO_MIN_WORDS && l->end > l->start && text[l->end - 1] == ':' &&
                (!(l->flags & KIMPUT_LINEF_TITLECASE) || second_word_lower(text, l));
    int heading = l->rule >= 0 && k->rules[l->rule].info.cls == KIMPUT_LINE_TIMESTAMP;
    if (heading) scheduled = 1;
    else if (l->words > 0 && !clock_item(text, l)) scheduled = 0;
    /* (an item opening with a number is one whatever its case, past its dash: "0,5 gram: Rp 910.000",
       "- 9 November 2018 Tim A vs Tim B"; so is a bulleted label and its value: "- Menteri Sosial: Nama Orang") */
    size_t b = past_bullet(text, l);
    int item = heading || scheduled || day_item(text, l) || next_item(text, lines, n, i) ||
               (listed && (!((l->flags & KIMPUT_LINEF_TITLECASE) && l->words > SHORT_WORDS) ||
                           (b < l->end && text[b] >= '0' && text[b] <= '9') ||
                           (b > l->start && memchr(text + b, ':', l->end - b))));
    /* (a word closed by a comma over the rest of its sentence in lower case is the article's, hard-wrapped:
       "Menurutnya," / "pekerjaan itu ...": no button ends with a comma) */
    /* (nor is a word going on a hard-wrapped sentence, or a paragraph's first word over the rest of it) */
    int wrapped = wrapped_from(text, lines, i) || wrapped_opener(text, lines, n, i);
    if (l->words <= 1 && !(i > 0 && wrapped_end(text, lines, i)) &&
        !(l->end > l->start && text[l->end - 1] == ',' && wrapped_on(text, lines, n, i)) && !wrapped)
      l->cls = KIMPUT_LINE_NAVIGATION;  /* a button, a counter, a menu word */
    else if (i < top) {
      /* above the opening: decks and captions; above a first paragraph: furniture */
      if (l->words <= SHORT_WORDS && !wrapped) l->cls = KIMPUT_LINE_NAVIGATION;
      else if (open != NONE || stamped || (dated != NONE && i < dated) || (l->flags & KIMPUT_LINEF_REPEATED))
        l->cls = KIMPUT_LINE_CAPTION;
    } else if (i > q && !item && !intro && !final_mark(text, l->start, l->end) && l->words <= LINK_MAX_WORDS &&
               (l->words <= SHORT_WORDS || (l->flags & KIMPUT_LINEF_TITLECASE) || tag_shaped(text, l)) &&
               !figure_line(text, l) && !over_schedule(k, lines, n, i) &&
               !opens_with_connective(text, l) &&  /* ("Sementara itu, ..." goes on the article, cut or not) */
               !wrapped &&  /* (nor a hard-wrapped sentence's next piece, cut with the page) */
               !bullet_item(text, lines, n, i) &&  /* (nor an item of the article's own list in bullets) */
               !over_cut_text(lines, n, i) &&  /* (nor a subheading over the article's text cut by the page) */
               text[l->end - 1] != ',') {  /* (nor does a link's title or a button end with a comma: "Menurut Nama,"
                                              is the article's next sentence, cut) */
      l->cls = KIMPUT_LINE_NAVIGATION;  /* lists of links (and tags) after the article */
    }
    /* "Berikut rinciannya:" then its items, up to the next line a rule classed (the
       intro may be the last paragraph itself) */
    if (i >= q && intro) listed = 1;
  }
  repeated_captions(text, lines, n, top);
  tail_lists(text, lines, n);
  return KIMPUT_OK;
}

/* Initials closing the article, at the end of the last body line. */
static kimput_status find_closing(kimput_pageset *set, const kimput_doc *doc, kimput_page *page,
                                  const uint64_t *hits, size_t words) {
  const char *text = kimput_doc_text(doc, NULL);
  size_t skipped = 0, summary = NONE;  /* body lines passed under the article's last one */
  for (size_t i = page->count; i-- > 0;) {
    kimput_page_line *l = &page->lines[i];
    if (l->cls != KIMPUT_LINE_BODY) continue;
    size_t start = (int32_t)i == page->open_line ? page->open_end : l->start;
    page_match m;
    kimput_status st = page_match_range(set, KIMPUT_PAGE_SUFFIX, doc, start, l->end, 1,
                                        hits ? hits + i * words : NULL, NULL, &m);
    if (st != KIMPUT_OK) return st;
    if (m.rule >= 0 && m.whole.start > start) {
      page->close_line = (int32_t)i;
      page->close_start = m.whole.start;
      page->close_editor = m.value;
      /* the line under the closing initials, a sentence with no final mark, is the page's summary
       * ("... (antara/situs)" / "Dinas memprakirakan hujan lebat. Warga diminta waspada" / "Redaktur: Nama") */
      if (summary != NONE) page->lines[summary].cls = KIMPUT_LINE_CAPTION;
      break;
    }
    /* (one line without a final mark may stand between the closing initials and the credits) */
    if (skipped++ > 0 || (l->flags & KIMPUT_LINEF_PARAGRAPH) || final_mark(text, l->start, l->end) ||
        l->words <= SHORT_WORDS || (l->flags & KIMPUT_LINEF_TITLECASE))
      break;
    summary = i;
  }
  return KIMPUT_OK;
}

void kimput_page_clear(kimput_page *page) {
  if (!page) return;
  free(page->lines);
  memset(page, 0, sizeof *page);
  kimput_span none = {KIMPUT_UNSET, KIMPUT_UNSET};
  page->open_line = page->close_line = -1;
  page->open_outlet = page->open_place = page->close_editor = none;
}

/* The SCAN rules a line may match, as kimput_page_line.scan bits. */
static uint32_t scan_bits(const kimput_pageset *set, const uint64_t *hits) {
  size_t n = kimput_pageset_count(set, KIMPUT_PAGE_SCAN);
  uint32_t bits = n < 32 ? ~(uint32_t)0 << n : 0;  /* no such rule: no use for the bit */
  if (!hits || !set->candidates_built || !set->scan_first) {
    for (size_t i = 0; i < n && i < 32; i++)
      if (page_rule_possible(set, KIMPUT_PAGE_SCAN, i, hits)) bits |= (uint32_t)1 << i;
    return bits;
  }
  /* the rules of one or two groups from the line's groups (build_scan_needs), the others one by one */
  uint32_t first = 0, second = 0;
  for (size_t w = 0; w < page_hit_words(set); w++)
    for (uint64_t b = hits[w] & set->scan_keys[w]; b; b &= b - 1) {
      size_t g = w * 64 + (size_t)__builtin_ctzll(b);
      first |= set->scan_first[g];
      second |= set->scan_second[g];
    }
  bits |= set->scan_always | (first & second);
  for (uint32_t x = set->scan_listed; x; x &= x - 1) {
    size_t i = (size_t)__builtin_ctz(x);
    if (page_rule_possible(set, KIMPUT_PAGE_SCAN, i, hits)) bits |= (uint32_t)1 << i;
  }
  return bits;
}

/* The values of two lines are the same text, ASCII letters folded ("Podcast" in
 * "Lewati Podcast dan lanjutkan membaca" and "Akhir dari Podcast"). */
static int same_value(const char *text, const kimput_page_line *a, const kimput_page_line *b) {
  if (a->value_start == KIMPUT_UNSET || b->value_start == KIMPUT_UNSET) return 0;
  size_t n = a->value_end - a->value_start;
  if (n != b->value_end - b->value_start) return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char x = (unsigned char)text[a->value_start + i], y = (unsigned char)text[b->value_start + i];
    if (x != y && !(is_alnum_ascii(x) && (x | 0x20) == (y | 0x20))) return 0;
  }
  return 1;
}

/* A box between paragraphs, from its opening line ("Lewati X dan lanjutkan membaca") to
 * its closing one of the same value ("Akhir dari X"), at most KIMPUT_PAGE_BOX_LINES
 * below: the lines in it are navigation (a list of links, a podcast's name); a closing
 * line with no opening above it is body (a subheading "Akhir dari Sebuah Era").
 * Each opening looks a bounded way down: linear in the lines. */
static void mark_boxes(const char *text, const page_kind *k, kimput_page_line *lines, size_t n) {
  for (size_t i = 0; i < n; i++) {
    kimput_page_line *l = &lines[i];
    if (l->rule < 0) continue;
    uint8_t flags = k->rules[l->rule].info.flags;
    if (flags & KIMPUT_PAGE_BOX_CLOSE) {  /* (a box's own is passed over below) */
      l->cls = KIMPUT_LINE_BODY;
      l->rule = -1;
      continue;
    }
    if (!(flags & KIMPUT_PAGE_BOX_OPEN)) continue;
    for (size_t j = i + 1; j < n && j <= i + KIMPUT_PAGE_BOX_LINES; j++) {
      const kimput_page_line *e = &lines[j];
      if (e->rule < 0 || !(k->rules[e->rule].info.flags & KIMPUT_PAGE_BOX_CLOSE) || !same_value(text, l, e)) continue;
      for (size_t b = i + 1; b < j; b++) lines[b].cls = KIMPUT_LINE_NAVIGATION;
      i = j;
      break;
    }
  }
}

/* Does the article go on under line i, a comment counter between paragraphs (a share bar's "Komentar
 * (12)")? A comment section opens with a reader's name, a form or a comment's date, not with the
 * article's text: past navigation and captions, a paragraph, then another one or a credit, a related
 * link or the tags (the article's own tail: "Editor: Nama", "Baca juga: ...", "Tag: ..."). */
static int goes_on(const kimput_page_line *lines, size_t n, size_t i) {
  int paragraph = 0;
  for (size_t j = i + 1; j < n && j <= i + GOES_ON_LINES; j++) {
    const kimput_page_line *l = &lines[j];
    if (l->cls == KIMPUT_LINE_NAVIGATION || l->cls == KIMPUT_LINE_CAPTION) continue;
    if (is_paragraph(l)) {
      if (paragraph) return 1;
      paragraph = 1;
      continue;
    }
    return paragraph && (l->cls == KIMPUT_LINE_CREDIT || l->cls == KIMPUT_LINE_RELATED ||
                         l->cls == KIMPUT_LINE_HASHTAGS);
  }
  return 0;
}

/* A line the article does not go on past (a comment section's heading, "Komentar (3)"; a
 * paywall's prompt) below KIMPUT_PAGE_END_PARAGRAPHS paragraphs: the body lines under it
 * (readers' names and comments) and its time stamps (a comment's) are navigation. The same
 * line above the article (a counter by the byline, a share bar under the lede) ends nothing. */
static void mark_end(const page_kind *k, kimput_page_line *lines, size_t n) {
  size_t paragraphs = 0, i = 0;
  for (; i < n; i++) {
    const kimput_page_line *l = &lines[i];
    if (is_paragraph(l)) paragraphs++;
    else if (l->rule >= 0 && (k->rules[l->rule].info.flags & KIMPUT_PAGE_END) &&
             paragraphs >= KIMPUT_PAGE_END_PARAGRAPHS &&
             !((k->rules[l->rule].info.flags & KIMPUT_PAGE_END_SOFT) && goes_on(lines, n, i)))
      break;
  }
  for (i++; i < n; i++)
    if (lines[i].cls == KIMPUT_LINE_BODY || lines[i].cls == KIMPUT_LINE_TIMESTAMP) lines[i].cls = KIMPUT_LINE_NAVIGATION;
}

/* A related link opened at a paragraph's end and closed on the next line ("... kata dia. (Baca:" / "Judul Berita
 * Lain )"): the title under the open "(Baca:" or "(Baca juga:", up to its closing bracket, is a link. */
static void mark_open_related(const char *text, kimput_page_line *lines, size_t n) {
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = 0; i + 1 < n; i++) {
    const kimput_page_line *l = &lines[i];
    if (l->cls != KIMPUT_LINE_BODY) continue;
    size_t e = l->end;
    while (e > l->start && s[e - 1] == ' ') e--;
    if (e == l->start || s[e - 1] != ':') continue;
    e--;
    while (e > l->start && s[e - 1] == ' ') e--;
    if (!(e >= l->start + 5 && starts_with(s, e, e - 5, "(baca")) &&
        !(e >= l->start + 10 && starts_with(s, e, e - 10, "(baca juga")))
      continue;
    size_t t = nonblank(lines, n, i, 1);
    if (t == NONE || lines[t].cls != KIMPUT_LINE_BODY || lines[t].words > LINK_MAX_WORDS ||
        s[lines[t].end - 1] != ')' || memchr(text + lines[t].start, '(', lines[t].end - lines[t].start))
      continue;
    lines[t].cls = KIMPUT_LINE_RELATED;
  }
}

/* Line l is an excerpt cut by an ellipsis glued to its last word or comma ("... meresmikan Ruang Kolaborasi…",
 * "... sesuai teknis,…", "... Festival Tahuna..."), as a teaser box cuts another article's opening or title. */
static int cut_excerpt(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t e = l->end;
  /* (the ellipsis as one character or as three periods: "... Festival Tahuna...") */
  if (l->cls != KIMPUT_LINE_BODY || l->words < TEASER_MIN_WORDS || e < l->start + 4 ||
      !((s[e - 3] == 0xE2 && s[e - 2] == 0x80 && s[e - 1] == 0xA6) ||
        (s[e - 3] == '.' && s[e - 2] == '.' && s[e - 1] == '.')))
    return 0;
  unsigned char c = s[e - 4];
  return c == ',' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Line l is a title-cased title alone in brackets ("(Inilah Lima Kiper Terbaik Musim Ini, Nomor 4 Tak Terduga)"):
 * another article's link set between paragraphs. */
static int bracketed_title(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  if (l->cls != KIMPUT_LINE_BODY || !(l->flags & KIMPUT_LINEF_TITLECASE) || l->words < RELATED_MIN_WORDS + 1 ||
      l->words > LINK_MAX_WORDS || s[l->start] != '(' || s[l->end - 1] != ')' || s[l->end - 2] == '.')
    return 0;
  for (size_t i = l->start + 1; i + 1 < l->end; i++)
    if (s[i] == '(' || s[i] == ')') return 0;
  return 1;
}

/* Line l is shaped as another article's title set bare in the text: title-cased, no final mark, longer than a
 * subheading is. */
static int link_shaped(const kimput_page_line *l) {
  const unsigned int title = KIMPUT_LINEF_TITLE | KIMPUT_LINEF_TITLECASE;
  return l->cls == KIMPUT_LINE_BODY && (l->flags & (title | KIMPUT_LINEF_PARAGRAPH)) == title &&
         l->words >= INLINE_LINK_WORDS && l->words <= LINK_MAX_WORDS;
}

/* Line l is such a title, or one of its run already taken as a link (no rule classed it). */
static int run_link(const kimput_page_line *l) {
  return link_shaped(l) || (l->cls == KIMPUT_LINE_RELATED && l->rule < 0);
}

/* Does line l open with a word that goes on from the sentence before ("Kemudian Desa A, Dusun B ...", "Serta
 * ...", "Yakni ...")? No title does: the line is the article's own, a list or a sentence cut by a line break. */
static int opens_going_on(const char *text, const kimput_page_line *l) {
  static const char *const word[] = {"kemudian ", "lalu ", "selanjutnya ", "serta ", "sedangkan ", "adapun ",
                                     "yakni ", "yaitu "};
  const unsigned char *s = (const unsigned char *)text;
  for (size_t k = 0; k < sizeof word / sizeof *word; k++)
    if (starts_with(s, l->end, l->start, word[k])) return 1;
  return 0;
}

/* Does line l open with a list's number ("2. Profil Tiga Pejabat Baru", "3) ...")? A listicle's numbered
 * subheading: no other article's title opens so. */
static int opens_numbered(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = l->start;
  while (i < l->end && i - l->start < 2 && s[i] >= '0' && s[i] <= '9') i++;
  return i > l->start && i + 1 < l->end && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

/* Is line l written in capitals, no ASCII letter in lower case ("VIDEO DUKUNGAN WARGA UNTUK KEPALA DESA DI
 * SUKAMAJU")? A network's subheading between paragraphs is so set; another article's title set bare is not. */
static int in_capitals(const char *text, const kimput_page_line *l) {
  for (size_t i = l->start; i < l->end; i++)
    if (text[i] >= 'a' && text[i] <= 'z') return 0;
  return 1;
}

/* Line i is another article's title set bare between two paragraphs ("Usai Tim Kota Menang, Pelatih Buat Pengakuan
 * Ini"), alone or in a run of a few such titles (a related box whose label the scraper lost); not a subheading in
 * capitals. */
static int inline_link(const char *text, const kimput_page_line *lines, size_t n, size_t i) {
  if (!link_shaped(&lines[i]) || opens_going_on(text, &lines[i]) || opens_numbered(text, &lines[i]) ||
      in_capitals(text, &lines[i]))
    return 0;
  size_t p = nonblank(lines, n, i, -1), q = nonblank(lines, n, i, 1);
  for (int k = 0; k < INLINE_RUN_MAX && p != NONE && run_link(&lines[p]); k++) p = nonblank(lines, n, p, -1);
  for (int k = 0; k < INLINE_RUN_MAX && q != NONE && run_link(&lines[q]); k++) q = nonblank(lines, n, q, 1);
  return p != NONE && q != NONE && lines[p].cls == KIMPUT_LINE_BODY && lines[q].cls == KIMPUT_LINE_BODY &&
         (lines[p].flags & KIMPUT_LINEF_PARAGRAPH) && (lines[q].flags & KIMPUT_LINEF_PARAGRAPH);
}

/* Does line q open the article (a dateline or masthead before its first sentence: "KOTA, Situs.com - ...")? */
static kimput_status opens_article(kimput_pageset *set, const kimput_doc *doc, const kimput_page_line *lines,
                                   size_t q, const uint64_t *hits, size_t words, int *opens) {
  page_match m;
  kimput_status st = page_match_range(set, KIMPUT_PAGE_PREFIX, doc, lines[q].start, lines[q].end, 1,
                                      words ? hits + q * words : NULL, NULL, &m);
  *opens = st == KIMPUT_OK && m.rule >= 0;
  return st;
}

/* Line l is shaped as a teaser box item's title over its excerpt: a title (no final mark, no paragraph) no longer
 * than a link's, not classed by a rule other than as a link. */
static int teaser_title(const kimput_page_line *l) {
  return (l->cls == KIMPUT_LINE_BODY || l->cls == KIMPUT_LINE_RELATED) &&
         (l->flags & (KIMPUT_LINEF_TITLE | KIMPUT_LINEF_PARAGRAPH)) == KIMPUT_LINEF_TITLE && l->words <= LINK_MAX_WORDS;
}

/* Other articles' links among the lines: a run of two excerpts or more, each cut by an ellipsis (a teaser box
 * under the article; each excerpt may stand under its article's title, and the titles between go with them), a
 * title alone in brackets, a title set bare between paragraphs (not right over the article's opening: that is
 * its own title). */
static kimput_status mark_teasers(kimput_pageset *set, const kimput_doc *doc, const char *text,
                                  kimput_page_line *lines, size_t n, const uint64_t *hits, size_t words) {
  for (size_t i = 0; i < n; i++) {
    int link = bracketed_title(text, &lines[i]);
    if (!link && inline_link(text, lines, n, i)) {
      int opens = 0;
      kimput_status st = opens_article(set, doc, lines, nonblank(lines, n, i, 1), hits, words, &opens);
      if (st != KIMPUT_OK) return st;
      link = !opens;
    }
    if (link) {
      lines[i].cls = KIMPUT_LINE_RELATED;
      continue;
    }
    if (!cut_excerpt(text, &lines[i])) continue;
    size_t last = i, j, k2;
    int titled = 0;
    while ((j = nonblank(lines, n, last, 1)) != NONE) {
      if (cut_excerpt(text, &lines[j])) {
        last = j;
      } else if (teaser_title(&lines[j]) && (k2 = nonblank(lines, n, j, 1)) != NONE && cut_excerpt(text, &lines[k2])) {
        last = k2;
        titled = 1;
      } else {
        break;
      }
    }
    if (last == i) {
      /* one excerpt alone, opening with its place or outlet before the dash ("KOTA, SITUS.COM-Harga cabai ..."),
         under the article's paragraphs: the next article's opening cut by the page, its title right above it */
      int above = 0;
      for (size_t k = 0; k < i && !above; k++) above = is_paragraph(&lines[k]) && !cut_excerpt(text, &lines[k]);
      if (!above) continue;
      int opens;
      kimput_status st = opens_with_prefix(set, doc, &lines[i], hits ? hits + i * words : NULL, &opens);
      if (st != KIMPUT_OK) return st;
      if (!opens) continue;
      size_t t = nonblank(lines, n, i, -1);
      if (t != NONE && lines[t].cls == KIMPUT_LINE_BODY && teaser_title(&lines[t])) lines[t].cls = KIMPUT_LINE_RELATED;
      lines[i].cls = KIMPUT_LINE_NAVIGATION;  /* (a teaser, as under a box's label) */
      continue;
    }
    /* (the box's first item has its title above its excerpt too) */
    size_t first = nonblank(lines, n, i, -1);
    if (titled && first != NONE && lines[first].cls == KIMPUT_LINE_BODY && teaser_title(&lines[first]))
      lines[first].cls = KIMPUT_LINE_RELATED;
    for (size_t k = i; k <= last; k++)
      if (lines[k].cls == KIMPUT_LINE_BODY) lines[k].cls = KIMPUT_LINE_RELATED;
    i = last;
  }
  return KIMPUT_OK;
}

/* A breadcrumb glued to the title over the title alone ("Home Politik Judul Berita" / "Judul Berita"): the crumb's
 * line is furniture and the title counts as shown twice. The crumb is a few words before the title's text; only
 * the page's top lines are looked at. */
static void mark_crumb_titles(const char *text, kimput_page_line *lines, size_t n) {
  for (size_t i = 0; i + 1 < n && i < TOP_LINES; i++) {
    kimput_page_line *l = &lines[i], *t = &lines[i + 1];
    size_t len = l->end - l->start, tlen = t->end - t->start;
    /* (the crumb glued to the title as a scraper leaves it, "BerandaPolitikJudul": a small letter right
       before the title's capital) */
    if (l->cls != KIMPUT_LINE_BODY || t->cls != KIMPUT_LINE_BODY || !(t->flags & KIMPUT_LINEF_TITLE) ||
        tlen + 2 > len || memcmp(text + l->end - tlen, text + t->start, tlen) != 0)
      continue;
    char before = text[l->end - tlen - 1];
    if (before != ' ' && !(before >= 'a' && before <= 'z' && text[t->start] >= 'A' && text[t->start] <= 'Z'))
      continue;
    /* (the crumb's items are capitalised words: "• Caption" over "Caption" is a list's mark) */
    size_t words = 0, k = l->start;
    if (!(t->flags & KIMPUT_LINEF_TITLECASE) || text[k] < 'A' || text[k] > 'Z') continue;
    for (; k < l->end - tlen; k++) {
      unsigned char c = (unsigned char)text[k];
      if (c == ' ') words++;
      else if ((c | 0x20) < 'a' || (c | 0x20) > 'z') break;
    }
    if (k < l->end - tlen || words > CRUMB_MAX_WORDS) continue;
    l->cls = KIMPUT_LINE_NAVIGATION;
    t->flags |= KIMPUT_LINEF_REPEATED;
  }
}

/* Is text[i..end) a site's address alone ("GenPI.co", "Kabarku.com", "situs.co.id"): one word, letters and digits
 * with periods between, the last part of two to six letters? */
static int address_alone(const char *text, size_t i, size_t end) {
  size_t dot = NONE;
  if (i >= end || !is_alnum_ascii((unsigned char)text[i])) return 0;
  for (size_t k = i; k < end; k++) {
    unsigned char c = (unsigned char)text[k];
    if (c == '.') {
      if (k + 1 >= end || !is_alnum_ascii((unsigned char)text[k + 1])) return 0;
      dot = k;
    } else if (!is_alnum_ascii(c) && c != '-') {
      return 0;
    }
  }
  return dot != NONE && end - dot - 1 >= 2 && end - dot - 1 <= 6;
}

/* The page's title as a browser shows it, the site's address after a dash or a bar ("Judul Berita - Situs.co",
 * "Judul Berita | situs.com"), right above or under the title alone: the line is furniture and the title counts as
 * shown twice (a title's own words after a dash are no address: "Bupati Resmikan Jembatan - Warga Senang").
 * Only the page's top lines are looked at. */
static void mark_site_titles(const char *text, kimput_page_line *lines, size_t n) {
  for (size_t i = 0; i < n && i < TOP_LINES; i++) {
    kimput_page_line *t = &lines[i];
    if (t->cls != KIMPUT_LINE_BODY || !(t->flags & KIMPUT_LINEF_TITLE)) continue;
    size_t tlen = t->end - t->start;
    for (int step = -1; step <= 1; step += 2) {
      size_t j = nonblank(lines, n, i, step);
      if (j == NONE) continue;
      kimput_page_line *l = &lines[j];
      if (l->cls != KIMPUT_LINE_BODY || l->end - l->start < tlen + 5 ||
          memcmp(text + l->start, text + t->start, tlen) != 0)
        continue;
      size_t k = l->start + tlen;
      if (text[k] != ' ') continue;
      while (k < l->end && text[k] == ' ') k++;
      size_t sep = 0;
      if (text[k] == '-' || text[k] == '|') sep = 1;
      else if ((unsigned char)text[k] == 0xE2 && k + 2 < l->end && (unsigned char)text[k + 1] == 0x80 &&
               ((unsigned char)text[k + 2] == 0x93 || (unsigned char)text[k + 2] == 0x94))
        sep = 3;  /* (an en or em dash) */
      if (!sep || k + sep >= l->end || text[k + sep] != ' ') continue;
      k += sep;
      while (k < l->end && text[k] == ' ') k++;
      if (!address_alone(text, k, l->end)) continue;
      l->cls = KIMPUT_LINE_NAVIGATION;
      t->flags |= KIMPUT_LINEF_REPEATED;
    }
  }
}

/* text[i..end) is a photo's credit after a slash ("Instagram/@akun", "Nama Fotografer/Kabar Kota.", "Dok. Humas"),
 * not a sentence: no quotation mark, no word in lower case after a space (a part after a slash may be:
 * "ANTARA/dok"). */
static int credit_after_slash(const char *text, size_t i, size_t end) {
  for (size_t k = i; k < end; k++) {
    unsigned char c = (unsigned char)text[k];
    if (c == '"' || (c == ' ' && k + 1 < end && text[k + 1] >= 'a' && text[k + 1] <= 'z')) return 0;
  }
  return 1;
}

/* A photo's caption shown twice, the second time with its credit in brackets ("Warga antre di pasar, Senin (3/6)." /
 * "Warga antre di pasar, Senin (3/6). (SITUS.COM)") or after a slash ("... di pasar. /Instagram/@akun", "... di
 * pasar. /Nama/Kabar Kota.": no sentence after it): both lines are the caption. */
static void mark_credited_twins(const char *text, kimput_page_line *lines, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    kimput_page_line *l = &lines[i], *t = &lines[i + 1];
    size_t len = l->end - l->start, tlen = t->end - t->start;
    if (l->cls != KIMPUT_LINE_BODY || t->cls != KIMPUT_LINE_BODY || tlen < len + 4 || tlen > len + CREDIT_TAIL ||
        memcmp(text + l->start, text + t->start, len) != 0)
      continue;
    size_t k = t->start + len;
    while (k < t->end && text[k] == ' ') k++;
    if (k == t->start + len) continue;
    if (text[k] == '(') {
      if (text[t->end - 1] != ')' || memchr(text + k + 1, '(', t->end - k - 1)) continue;
    } else if (text[k] != '/' || k + 1 >= t->end || text[k + 1] == ' ' || !credit_after_slash(text, k + 1, t->end)) {
      continue;
    }
    l->cls = t->cls = KIMPUT_LINE_CAPTION;
    i++;
  }
}

/* Empties *page without freeing its lines (the set's scratch). */
/* A photo's credit alone on its line, "Foto: Situs.com/Nama", "FOTO/Nama", "(Foto: Dok. Warga)", "SITUS.COM/NAMA
 * FOTOGRAFER": a rule made it a caption, it is short and opens with the photo's label and a colon or slash, or is
 * in capitals with a slash. */
static int credit_alone(const char *text, const kimput_page_line *l) {
  if (l->cls != KIMPUT_LINE_CAPTION || l->rule < 0 || l->words > CREDIT_MAX_WORDS) return 0;
  if (memchr(text + l->start, '/', l->end - l->start) &&
      all_capitals(text, (kimput_span){ .start = (uint32_t)l->start, .end = (uint32_t)l->end }))
    return 1;
  const unsigned char *s = (const unsigned char *)text;
  size_t i = l->start + (s[l->start] == '(');
  if (!starts_with(s, l->end, i, "foto") && !starts_with(s, l->end, i, "photo")) return 0;
  i += (s[i] | 0x20) == 'f' ? 4 : 5;
  while (i < l->end && s[i] == ' ') i++;
  return i < l->end && (s[i] == ':' || s[i] == '/');
}

/* A photo's credit alone in brackets with a slash, "(ANTARA/Nama Fotografer)", "(Ilustrasi/Situs)": a rule made it a
 * caption and it is short. It goes with its caption between paragraphs only: under the article's last line, a short
 * sentence, it may close the article as a writer's credit. */
static int bracket_credit(const char *text, const kimput_page_line *l) {
  return l->cls == KIMPUT_LINE_CAPTION && l->rule >= 0 && l->words <= CREDIT_MAX_WORDS && l->end - l->start > 2 &&
         text[l->start] == '(' && text[l->end - 1] == ')' && memchr(text + l->start, '/', l->end - l->start);
}

/* A line that may be a photo's caption: sentence case, some words, no paragraph, not a list's intro. */
static int caption_shaped(const char *text, const kimput_page_line *l) {
  return l->cls == KIMPUT_LINE_BODY && l->words > SHORT_WORDS &&
         !(l->flags & (KIMPUT_LINEF_PARAGRAPH | KIMPUT_LINEF_TITLECASE)) && final_mark(text, l->start, l->end) != ':';
}

/* A photo's credit alone on its line between paragraphs goes with its caption, the caption-shaped line right
 * above it ("Warga antre di pasar" / "Foto: Situs/Nama") or, when there is none, right under it: an image's
 * credit shown above its caption. */
static void pair_credits(const char *text, kimput_page_line *lines, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (!credit_alone(text, &lines[i]) &&
        !(bracket_credit(text, &lines[i]) && i + 1 < n && is_paragraph(&lines[i + 1])))
      continue;
    if (i > 0 && caption_shaped(text, &lines[i - 1]))
      lines[i - 1].cls = KIMPUT_LINE_CAPTION;
    else if (i + 1 < n && caption_shaped(text, &lines[i + 1]) && (i == 0 || lines[i - 1].cls != KIMPUT_LINE_CAPTION))
      lines[i + 1].cls = KIMPUT_LINE_CAPTION;
  }
}

/* Where a scraper's page date glued before the first line's text ends ("date 2025-09-04 Kota, Situs.com - ...",
 * "date 2023-09 Judul Berita"): the date and the text under it are two lines of the page, a time stamp and what
 * the page shows first (its headline, caption or opening). 0 when the line is no such date with letters after it
 * ("date 2025-10-02 12:05:33 +0700" is a stamp alone). */
static size_t glued_date_end(const char *text, kimput_span line) {
  const unsigned char *s = (const unsigned char *)text + line.start;
  size_t n = line.end - line.start, i = 5;
  if (n < 18 || memcmp(s, "date ", 5) != 0) return 0;
  while (i < n && s[i] == ' ') i++;
  for (size_t k = 0; k < 4; k++, i++)
    if (i >= n || s[i] < '0' || s[i] > '9') return 0;
  int parts = 0;  /* the month, then the day */
  for (; parts < 2 && i + 2 < n && s[i] == '-' && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' &&
         s[i + 2] <= '9';
       parts++)
    i += 3;
  if (parts == 0 || i >= n || s[i] != ' ') return 0;
  size_t end = i;
  while (i < n && s[i] == ' ') i++;
  return i < n && (s[i] >= 0x80 || ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) ? end : 0;
}

/* Where a time stamp's zone glued to the opening's place in capitals ends ("2 November 2023, 10:31 WIBKOTA,
 * SITUS.TV - ..."): after the zone, when a clock time stands right before it and a capital right after it;
 * 0 for none. */
static size_t glued_zone_end(const char *text, kimput_span line) {
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = line.start + 5; i + 4 < line.end; i++) {
    const unsigned char *w = memchr(s + i, 'W', line.end - 4 - i);  /* (a zone's first letter: memchr skips to it) */
    if (!w) return 0;
    i = (size_t)(w - s);
    if (s[i + 1] != 'I' || (s[i + 2] != 'B' && s[i + 2] != 'T') || s[i - 1] != ' ' ||
        s[i - 2] < '0' || s[i - 2] > '9' || (s[i - 4] != ':' && s[i - 4] != '.'))
      continue;
    size_t z = i + 3 + (s[i + 2] == 'T' && s[i + 3] == 'A');
    if (z + 1 < line.end && s[z] >= 'A' && s[z] <= 'Z' && s[z + 1] >= 'A' && s[z + 1] <= 'Z') return z - line.start;
  }
  return 0;
}

/* Where a page date glued to the end of the first line's title starts ("Judul Berita Senin, 15/09/2025 | 15:22"):
 * at a weekday among the last STAMP_TAIL bytes, a digit after it, the line ending with a clock time (its zone
 * after it or none), and a title of three words or more before it; 0 for none. */
static size_t glued_title_stamp(const char *text, kimput_span line) {
  const unsigned char *s = (const unsigned char *)text;
  size_t e = line.end;
  if (e - line.start < 24) return 0;
  /* the zone, then the clock time closing the line */
  if (s[e - 1] == 'B' && s[e - 2] == 'I' && s[e - 3] == 'W' && s[e - 4] == ' ') e -= 4;
  if (!(s[e - 1] >= '0' && s[e - 1] <= '9' && s[e - 2] >= '0' && s[e - 2] <= '9' &&
        (s[e - 3] == ':' || s[e - 3] == '.')))
    return 0;
  size_t from = e - line.start > STAMP_TAIL + 2 ? e - STAMP_TAIL : line.start + 2;
  for (size_t i = from; i + 8 < e; i++) {
    /* (glued to the title's last word by a space only: a bar, comma or dash before it parts a byline's stamp) */
    if (s[i - 1] != ' ' || s[i] < 'J' || s[i] > 'S' ||
        !(is_alnum_ascii(s[i - 2]) || s[i - 2] == '?' || s[i - 2] == '!' || s[i - 2] == '"'))
      continue;
    size_t k = weekday_at(s, i, e);
    if (!k) continue;
    k += s[i + k] == ',';
    if (i + k + 1 >= e || s[i + k] != ' ' || s[i + k + 1] < '0' || s[i + k + 1] > '9') continue;
    /* (a sentence's day, "... pada Senin, 15/09/2025 10.05", "hari Senin", is no stamp) */
    if (i >= line.start + 5 && (memcmp(s + i - 5, "pada ", 5) == 0 || memcmp(s + i - 5, "hari ", 5) == 0))
      return 0;
    unsigned spaces = 0;
    for (size_t j = line.start; j < i; j++) spaces += s[j] == ' ';
    return spaces >= 3 ? i - 1 - line.start : 0;  /* (the title ends before the space) */
  }
  return 0;
}

/* Splits span k of the set's scratch at offset `at` from its start (spaces after it skipped): one more span. */
static kimput_status split_span(kimput_pageset *set, const char *text, size_t *n, size_t k, size_t at) {
  if (!reserve((void **)&set->spans, &set->spans_cap, *n + 1, sizeof *set->spans)) return KIMPUT_ERR_NOMEM;
  memmove(set->spans + k + 1, set->spans + k, (*n - k) * sizeof *set->spans);
  size_t rest = set->spans[k].start + at;
  while (text[rest] == ' ') rest++;
  set->spans[k].end = (uint32_t)(set->spans[k].start + at);
  set->spans[k + 1].start = (uint32_t)rest;
  (*n)++;
  return KIMPUT_OK;
}

/* Splits the page's top lines where a scrape glued two of them: a page date before the first line's text
 * (glued_date_end) or after its title (glued_title_stamp), a time stamp's zone before the opening (glued_zone_end, in
 * the first GLUED_LINES lines).
 * Bounded: one look at each of those lines, one split at most each. */
static kimput_status split_glued(kimput_pageset *set, const char *text, size_t *n) {
  size_t at;
  kimput_status st;
  if (*n > 0 && (at = glued_date_end(text, set->spans[0])) != 0 && (st = split_span(set, text, n, 0, at)) != KIMPUT_OK)
    return st;
  if (*n > 0 && (at = glued_title_stamp(text, set->spans[0])) != 0 && (st = split_span(set, text, n, 0, at)) != KIMPUT_OK)
    return st;
  for (size_t k = 0; k < *n && k < GLUED_LINES; k++)
    if ((at = glued_zone_end(text, set->spans[k])) != 0 && (st = split_span(set, text, n, k++, at)) != KIMPUT_OK)
      return st;
  return KIMPUT_OK;
}

static void page_reset(kimput_page *page) {
  page->lines = NULL;
  kimput_page_clear(page);
}

/* A weather reading alone on its line ("29.5 C", "27 °C", "-2,5C"): a header widget's. */
static int weather_line(const char *text, const kimput_page_line *l) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = l->start, e = l->end;
  if (i >= e || e - i > 12) return 0;
  if (s[i] == '-') i++;
  size_t d = i;
  while (i < e && s[i] >= '0' && s[i] <= '9') i++;
  if (i == d || i - d > 2) return 0;
  if (i < e && (s[i] == '.' || s[i] == ',')) {
    size_t f = ++i;
    while (i < e && s[i] >= '0' && s[i] <= '9') i++;
    if (i == f) return 0;
  }
  while (i < e && s[i] == ' ') i++;
  if (i + 1 < e && s[i] == 0xC2 && s[i + 1] == 0xB0) i += 2;  /* U+00B0 */
  while (i < e && s[i] == ' ') i++;
  return i + 1 == e && (s[i] == 'C' || s[i] == 'F');
}

/* The site's date of today in a header widget beside the weather ("Monday, March 4, 2024" / "29.5 C" / "Kota",
 * or the weather and the town first): no page date, for the article's own is elsewhere or not written. Looks at
 * the first lines only, and at two lines on either side of a reading. */
static void mark_weather(const char *text, kimput_page_line *lines, size_t n) {
  for (size_t i = 0; i < n && i < TOP_LINES; i++) {
    if (!weather_line(text, &lines[i])) continue;
    for (size_t j = i >= 2 ? i - 2 : 0; j < n && j <= i + 2; j++)
      if (lines[j].cls == KIMPUT_LINE_TIMESTAMP) lines[j].cls = KIMPUT_LINE_NAVIGATION;
  }
}

kimput_status page_classify(kimput_doc *doc, kimput_pageset *set, kimput_page *page) {
  if (!page) return KIMPUT_ERR_ARG;
  page_reset(page);
  if (!doc || !set) return KIMPUT_ERR_ARG;
  pthread_once(&byte_kind_once, init_byte_kind);
  kimput_status st = page_build(set);
  if (st != KIMPUT_OK) return st;
  size_t len, n;
  const char *text = kimput_doc_text(doc, &len);
  st = page_split_lines(text, len, &set->spans, &set->spans_cap, &n);
  if (st != KIMPUT_OK) return st;
  if ((st = split_glued(set, text, &n)) != KIMPUT_OK) return st;
  /* the literals each line holds: kept for the prefix and suffix rules after layout */
  size_t words = page_hit_words(set), need = (n + 1) * words + 1;
  if (!reserve((void **)&set->hits, &set->hits_cap, need, sizeof *set->hits)) return KIMPUT_ERR_NOMEM;
  uint64_t *hits = set->hits, *tail_hits = hits + n * words;
  if (!reserve((void **)&set->lines, &set->lines_cap, n ? n : 1, sizeof *set->lines)) return KIMPUT_ERR_NOMEM;
  kimput_page_line *lines = set->lines;
  memset(lines, 0, n * sizeof *lines);
  for (size_t i = 0; i < n; i++) {
    lines[i].start = set->spans[i].start;
    lines[i].end = set->spans[i].end;
    lines[i].value_start = lines[i].value_end = lines[i].outlet_start = lines[i].outlet_end = KIMPUT_UNSET;
    lines[i].rule = -1;
  }
  page->lines = lines;
  page->count = n;

  const page_kind *k = &set->kinds[KIMPUT_PAGE_LINE];
  for (size_t i = 0; i < n && st == KIMPUT_OK; i++) {
    uint64_t *h = words ? hits + i * words : NULL;
    line_features(text, &lines[i]);
    /* a paragraph (or a long line) meets only the rules of paragraphs: as page_match_range's furniture */
    int furniture = !(lines[i].flags & KIMPUT_LINEF_PARAGRAPH);
    int paragraph = (!furniture || lines[i].end - lines[i].start > KIMPUT_PAGE_SHORT_LINE) && set->para_ready &&
                    !page_opens_lazy(set, text, lines[i].start, lines[i].end);
    if (h)
      page_scan_literals(set, text, lines[i].start, lines[i].end, page_tail_from(text, lines[i].start, lines[i].end),
                         paragraph, h, tail_hits);
    lines[i].scan = scan_bits(set, h);
    page_match m;
    st = page_match_range(set, KIMPUT_PAGE_LINE, doc, lines[i].start, lines[i].end, furniture, h, h ? tail_hits : NULL,
                          &m);
    if (st != KIMPUT_OK || m.rule < 0) continue;
    const page_rule *r = &k->rules[m.rule];
    lines[i].rule = m.rule;
    lines[i].cls = r->info.cls;
    if (r->info.flags & KIMPUT_PAGE_UPDATED) lines[i].flags |= KIMPUT_LINEF_UPDATED;
    kimput_span v = m.value.start != KIMPUT_UNSET ? m.value : m.place;
    lines[i].value_start = v.start;
    lines[i].value_end = v.end;
    lines[i].outlet_start = m.outlet.start;
    lines[i].outlet_end = m.outlet.end;
  }
  /* a label classes its next line, unless that is a paragraph of the article (a list's title-cased title closed
   * by a period is a link still: related_sentence) (or, for a
   * caption, a title-cased title: the headline under an image's placeholder);
   * a label under its value ("Nama" then "Editor") classes the line above */
  for (size_t i = 0; i < n && st == KIMPUT_OK; i++) {
    if (lines[i].rule < 0) continue;
    const kimput_page_rule *info = &k->rules[lines[i].rule].info;
    if (info->next == KIMPUT_LINE_NONE) continue;
    kimput_page_line *nl = i + 1 < n ? &lines[i + 1] : NULL, *pl = i > 0 ? &lines[i - 1] : NULL, *value = NULL;
    if (nl && nl->cls == KIMPUT_LINE_BODY &&
        (!(nl->flags & KIMPUT_LINEF_PARAGRAPH) || (info->flags & KIMPUT_PAGE_NEXT_PARAGRAPH) ||
         (info->next == KIMPUT_LINE_RELATED && related_sentence(text, nl))) &&
        !(info->next == KIMPUT_LINE_CAPTION && (nl->flags & KIMPUT_LINEF_TITLECASE) && nl->words > SHORT_WORDS) &&
        !(info->next == KIMPUT_LINE_CREDIT && title_not_names(text, nl)))  /* "oleh" lost its name: the title */
      value = nl;
    else if (pl && pl->cls == KIMPUT_LINE_BODY && pl->words <= SHORT_WORDS + 1 && (pl->flags & KIMPUT_LINEF_TITLECASE) &&
             !(pl->flags & KIMPUT_LINEF_PARAGRAPH) && lines[i].value_start == KIMPUT_UNSET)
      value = pl;
    if (!value) continue;
    value->cls = info->next;
    if (lines[i].value_start == KIMPUT_UNSET) {
      /* the label's colon set at the head of the value's line ("Editor" then ": Nama") is no part of it */
      uint32_t vs = value->start;
      while (vs < value->end && (text[vs] == ':' || text[vs] == ' ' || text[vs] == '\t')) vs++;
      lines[i].value_start = vs < value->end ? vs : value->start;
      lines[i].value_end = value->end;
    }
    /* a bare "Baca Juga" often heads a list of a few titles: the title-cased
     * titles right under the first one are links too (a subheading is rarely
     * stacked on a link) */
    if (value == nl && info->next == KIMPUT_LINE_RELATED) {
      /* (a list whose first title is closed by a period goes on with titles so closed) */
      int dotted = related_sentence(text, nl);
      /* (a list in bullets, "- Judul" one a line, goes on while its items do, up to a bulleted run's length) */
      int bulleted = past_bullet(text, nl) > nl->start;
      for (size_t j = i + 2; j < n && j <= i + 1 + (bulleted ? BULLET_RUN_MAX : RELATED_MORE); j++) {
        kimput_page_line *t = &lines[j];
        if (bulleted && j > i + 1 + RELATED_MORE && past_bullet(text, t) == t->start) break;
        int title = !(t->flags & KIMPUT_LINEF_PARAGRAPH) && (t->flags & (KIMPUT_LINEF_TITLE | KIMPUT_LINEF_TITLECASE)) ==
                                                               (KIMPUT_LINEF_TITLE | KIMPUT_LINEF_TITLECASE);
        if (t->cls != KIMPUT_LINE_BODY || !(title || (dotted && related_sentence(text, t))) ||
            t->words < RELATED_MIN_WORDS)
          break;
        t->cls = KIMPUT_LINE_RELATED;
      }
    }
    /* a summary box's label ("Ringkasan", "Key Takeaways": furniture whose next line is a caption) heads a few
     * short sentences, one a line, up to the article's opening (a masthead or dateline starts the lede) */
    if (value == nl && info->next == KIMPUT_LINE_CAPTION && info->cls == KIMPUT_LINE_NAVIGATION)
      for (size_t j = i + 2; j < n && j <= i + 1 + SUMMARY_MORE && st == KIMPUT_OK; j++) {
        kimput_page_line *t = &lines[j];
        if (t->cls != KIMPUT_LINE_BODY || t->words > SUMMARY_MAX_WORDS || final_mark(text, t->start, t->end) != '.')
          break;
        page_match m;
        st = page_match_range(set, KIMPUT_PAGE_PREFIX, doc, t->start, t->end, 1, words ? hits + j * words : NULL, NULL,
                              &m);
        if (st != KIMPUT_OK || m.rule >= 0) break;
        t->cls = KIMPUT_LINE_CAPTION;
      }
    /* a bare "Topik Terkait" over its tags, one a line: the short lines right under the first */
    if (value == nl && info->next == KIMPUT_LINE_HASHTAGS)
      for (size_t j = i + 2; j < n && j <= i + 1 + TAGS_MORE; j++) {
        kimput_page_line *t = &lines[j];
        if (t->cls != KIMPUT_LINE_BODY || (t->flags & KIMPUT_LINEF_PARAGRAPH) || t->words > TAG_WORDS ||
            t->words == 0)
          break;
        t->cls = KIMPUT_LINE_HASHTAGS;
      }
  }
  /* a caption's label alone ("Keterangan gambar,"): the caption is the line under it */
  for (size_t i = 0; i + 1 < n; i++) {
    const kimput_page_line *l = &lines[i];
    char last = l->end > l->start ? text[l->end - 1] : 0;
    if (l->cls == KIMPUT_LINE_CAPTION && l->rule >= 0 && l->words <= SHORT_WORDS && (last == ',' || last == ':') &&
        lines[i + 1].cls == KIMPUT_LINE_BODY)
      lines[i + 1].cls = KIMPUT_LINE_CAPTION;
  }
  if (st == KIMPUT_OK) mark_open_related(text, lines, n);
  if (st == KIMPUT_OK) st = mark_teasers(set, doc, text, lines, n, words ? hits : NULL, words);
  if (st == KIMPUT_OK) pair_credits(text, lines, n);
  if (st == KIMPUT_OK) mark_boxes(text, k, lines, n);
  if (st == KIMPUT_OK) mark_end(k, lines, n);
  if (st == KIMPUT_OK) st = mark_repeats(set, text, lines, n);
  if (st == KIMPUT_OK) mark_crumb_titles(text, lines, n);
  if (st == KIMPUT_OK) mark_site_titles(text, lines, n);
  if (st == KIMPUT_OK) mark_credited_twins(text, lines, n);
  if (st == KIMPUT_OK) mark_weather(text, lines, n);
  if (st == KIMPUT_OK) st = layout(set, doc, page, words ? hits : NULL, words);
  if (st == KIMPUT_OK) st = find_closing(set, doc, page, words ? hits : NULL, words);
  if (st != KIMPUT_OK) page_reset(page);
  return st;
}

kimput_status kimput_page_classify(kimput_doc *doc, kimput_pageset *set, kimput_page *page) {
  kimput_status st = page_classify(doc, set, page);
  if (st != KIMPUT_OK) return st;
  kimput_page_line *own = malloc((page->count ? page->count : 1) * sizeof *own);
  if (!own) {
    page_reset(page);
    return KIMPUT_ERR_NOMEM;
  }
  if (page->count) memcpy(own, page->lines, page->count * sizeof *own);
  page->lines = own;
  return KIMPUT_OK;
}
