/* pageliterals.c -- the literals a page rule needs, found in one read of a
 * line. Each kimput_pageset_require call is a group of literals (a line
 * meets it when it holds one of them); all literals of a set form one
 * Aho-Corasick automaton over bytes, ASCII letters folded, built once per
 * change of the set. Reading a line costs one table step per byte; a rule
 * whose groups the line does not meet is never handed to PCRE2. The
 * automaton holds the literals' first TRIE_DEPTH bytes only, so that its
 * table stays small (about the first-level cache: six bytes, rather than
 * four, cost a fifth more states but stop far fewer times on the common
 * prefixes of Indonesian words, "meng", "pert"); the rest of a longer literal is
 * compared where its start is found. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"
#include "page.h"

#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define PROBE_AVX2 1  /* the bytes of byte_bit found with AVX2, chosen at run time */
#endif

#define NO_GROUP UINT32_MAX
#define HAS_OUTPUT 0x80000000u
#define HAS_OUTPUT16 0x8000u
/* bits of the bytes of U+017F (C5 BF) and U+212A (E2 84 AA): a line
 * without C5, or without both E2 and 84, holds neither */
#define FOLD_C5_BIT ((uint64_t)1 << 63)
#define FOLD_E2_BIT ((uint64_t)1 << 62)
#define FOLD_84_BIT ((uint64_t)1 << 61)
#define TRIE_DEPTH 6         /* bytes of a literal in the automaton; the rest is compared */
#define VERIFY 0x80000000u   /* an output entry: a literal whose rest is compared (else a group) */
/* an output entry: a literal whose bytes in the automaton are compared too,
 * one with a byte of a shared column (a digit, other ASCII, a byte past
 * ASCII: "©" is any two bytes past ASCII, so any curly quote) */
#define HEAD 0x40000000u
#define MAX_BYTE_BITS 61  /* one-byte literals noted by the read of the line's bytes; more use memchr */
#define BYTE_ROW_WORDS 8  /* add_bytes gathers rows of up to 512 groups in locals */

static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c; }

/* Appends one literal of group g. */
static kimput_status add_literal(page_literals *lit, const char *s, size_t len, uint32_t g) {
  if (lit->n == lit->cap) {
    size_t ncap = lit->cap ? lit->cap * 2 : 64;
    char **t = realloc(lit->text, ncap * sizeof *t);
    if (!t) return KIMPUT_ERR_NOMEM;
    lit->text = t;
    size_t *l = realloc(lit->len, ncap * sizeof *l);
    if (!l) return KIMPUT_ERR_NOMEM;
    lit->len = l;
    uint32_t *gr = realloc(lit->group, ncap * sizeof *gr);
    if (!gr) return KIMPUT_ERR_NOMEM;
    lit->group = gr;
    lit->cap = ncap;
  }
  char *copy = malloc(len);
  if (!copy) return KIMPUT_ERR_NOMEM;
  for (size_t i = 0; i < len; i++) copy[i] = (char)fold((unsigned char)s[i]);
  lit->text[lit->n] = copy;
  lit->len[lit->n] = len;
  lit->group[lit->n] = g;
  lit->n++;
  return KIMPUT_OK;
}

/* Does s[from..to) hold U+017F LONG S or U+212A KELVIN SIGN? PCRE2's
 * caseless matching folds them to s and k, which byte literals miss: a
 * line that holds them is tried against every rule. */
int page_has_fold_letters(const char *text, size_t from, size_t to) {
  const unsigned char *s = (const unsigned char *)text;
  for (const unsigned char *p = s + from, *e = s + to; p < e && (p = memchr(p, 0xC5, (size_t)(e - p))) != NULL; p++)
    if (p + 1 < e && p[1] == 0xBF) return 1;
  for (const unsigned char *p = s + from, *e = s + to; p < e && (p = memchr(p, 0xE2, (size_t)(e - p))) != NULL; p++)
    if (p + 2 < e && p[1] == 0x84 && p[2] == 0xAA) return 1;
  return 0;
}

static int same_folded(const char *text, const char *lit, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (fold((unsigned char)text[i]) != (unsigned char)lit[i]) return 0;
  return 1;
}

/* Does s[from..to) hold U+017F or U+212A? (a short span: read byte by byte) */
static int has_fold_letters_near(const unsigned char *s, size_t from, size_t to) {
  for (size_t i = from; i < to; i++)
    if ((s[i] == 0xC5 && i + 1 < to && s[i + 1] == 0xBF) ||
        (s[i] == 0xE2 && i + 2 < to && s[i + 1] == 0x84 && s[i + 2] == 0xAA))
      return 1;
  return 0;
}

#if defined(PROBE_AVX2)
static int probe_avx2;  /* the processor has AVX2 (asked once) */
static pthread_once_t probe_once = PTHREAD_ONCE_INIT;

static void init_probe_avx2(void) {
  __builtin_cpu_init();
  probe_avx2 = __builtin_cpu_supports("avx2");
}

/* The end of the run of x's bytes from s[i], 32 bytes a step while they
 * lie before end (then the table, a byte a step): a run of the page's top
 * rules ("a place, then a comma") goes on over the words of a paragraph's
 * first clause, and several rules read it. */
__attribute__((target("avx2"))) static size_t run_end_avx2(const page_run *x, const unsigned char *s, size_t i,
                                                           size_t end) {
  const __m256i ascii = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)x->ascii));
  const __m256i high = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)x->high));
  const __m256i bit = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128,
                                       1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  for (; i + 32 <= end; i += 32) {
    __m256i v = _mm256_loadu_si256((const __m256i *)(s + i));
    __m256i lo = _mm256_and_si256(v, nibble), hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
    /* the row of the byte's half (its top bit chooses), and the bit of its high nibble in it */
    __m256i row = _mm256_blendv_epi8(_mm256_shuffle_epi8(ascii, lo), _mm256_shuffle_epi8(high, lo), v);
    __m256i in = _mm256_and_si256(row, _mm256_shuffle_epi8(bit, hi));
    uint32_t out = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(in, _mm256_setzero_si256()));
    if (out) return i + (size_t)__builtin_ctz(out);
  }
  while (i < end && x->byte[s[i]] == RUN_BYTE) i++;
  return i;
}
#endif

/* Does s[start..end) open (close) with the run x asks for? */
static int meets_run(const page_run *x, const unsigned char *s, size_t start, size_t end) {
  const uint8_t *byte = x->byte;
  if (x->at == KIMPUT_PAGE_STARTS) {
    size_t i = start;
#if defined(PROBE_AVX2)
    if (probe_avx2 && end - start >= 32) i = run_end_avx2(x, s, start, end);
#endif
    while (i < end && byte[s[i]] == RUN_BYTE) i++;
    if (x->whole) return i == end && end - start >= x->min;
    return i - start >= x->min && i < end && byte[s[i]] == STOP_BYTE;
  }
  size_t i = end;
  while (i > start && byte[s[i - 1]] == RUN_BYTE) i--;
  if (x->whole) return i == start && end - start >= x->min;
  return end - i >= x->min && i > start && byte[s[i - 1]] == STOP_BYTE;
}

/* The first (at_end 0) or last eight bytes of s[start..end) as page_affix's
 * lanes: the first in the low lanes, the last in the high ones, zeros where
 * the range is shorter. */
static uint64_t edge_bytes(const unsigned char *s, size_t start, size_t end, int at_end) {
  uint64_t x = 0;
  size_t n = end - start < 8 ? end - start : 8;
  memcpy((unsigned char *)&x + (at_end ? 8 - n : 0), s + (at_end ? end - n : start), n);
  return x;
}

int page_rule_affixes(const page_rule *r, const char *text, size_t start, size_t end, int folds) {
  const unsigned char *s = (const unsigned char *)text;
  for (size_t a = 0; a < r->naffix; a++) {
    const page_affix *x = &r->affix[a];
    int met = 0;
    int at_end = x->at != KIMPUT_PAGE_STARTS;
    unsigned edge = end > start ? s[at_end ? end - 1 : start] : 0;
    if (end > start && (x->edge[edge / 8] >> (edge % 8) & 1)) {  /* else no literal starts (ends) so: none matches */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      uint64_t e = edge_bytes(s, start, end, at_end);  /* its literals of up to eight bytes: one compare each */
      for (size_t i = 0; i < x->n && !met; i++) {
        size_t n = x->len[i];
        met = n <= end - start &&
              (x->mask[i] ? ((e | x->fold[i]) & x->mask[i]) == x->val[i]
                          : same_folded(text + (at_end ? end - n : start), x->text[i], n));
      }
#else
      for (size_t i = 0; i < x->n && !met; i++) {
        size_t n = x->len[i];
        met = n <= end - start && same_folded(text + (at_end ? end - n : start), x->text[i], n);
      }
#endif
    }
    if (!met && folds) {  /* a folded letter takes more bytes than its ASCII: look a little further */
      size_t span = 3 * x->widest < end - start ? 3 * x->widest : end - start;
      met = x->at == KIMPUT_PAGE_STARTS ? has_fold_letters_near(s, start, start + span)
                                        : has_fold_letters_near(s, end - span, end);
    }
    if (!met) return 0;
  }
  /* the runs last: they may read further into the range than an edge */
  for (size_t a = 0; a < r->nruns && !folds; a++)  /* the runs know only the ASCII cases of k and s */
    if (!meets_run(&r->runs[a], s, start, end)) return 0;
  return 1;
}

void page_rule_free_affixes(page_rule *r) {
  for (size_t a = 0; a < r->naffix; a++) {
    for (size_t i = 0; i < r->affix[a].n; i++) free(r->affix[a].text[i]);
    free(r->affix[a].text);
    free(r->affix[a].len);
    free(r->affix[a].val);
    free(r->affix[a].fold);
    free(r->affix[a].mask);
  }
  free(r->affix);
  r->affix = NULL;
  r->naffix = 0;
  free(r->runs);
  r->runs = NULL;
  r->nruns = 0;
}

/* A STARTS or ENDS requirement: copied, folded, onto the rule. */
static kimput_status add_affix(page_rule *r, kimput_page_at at, const char *const *literals, const size_t *lens,
                               size_t n) {
  page_affix *v = realloc(r->affix, (r->naffix + 1) * sizeof *v);
  if (!v) return KIMPUT_ERR_NOMEM;
  r->affix = v;
  page_affix *x = &v[r->naffix];
  memset(x, 0, sizeof *x);
  x->at = (uint8_t)at;
  x->n = 0;
  x->text = calloc(n, sizeof *x->text);
  x->len = calloc(n, sizeof *x->len);
  x->val = calloc(n, sizeof *x->val);
  x->fold = calloc(n, sizeof *x->fold);
  x->mask = calloc(n, sizeof *x->mask);
  r->naffix++;  /* counted at once, so that page_rule_free_affixes frees a partial one */
  if (!x->text || !x->len || !x->val || !x->fold || !x->mask) return KIMPUT_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    char *copy = malloc(lens[i]);
    if (!copy) return KIMPUT_ERR_NOMEM;
    for (size_t k = 0; k < lens[i]; k++) copy[k] = (char)fold((unsigned char)literals[i][k]);
    x->text[x->n] = copy;
    x->len[x->n] = lens[i];
    for (size_t k = 0; lens[i] <= 8 && k < lens[i]; k++) {  /* the lanes: from the first or up to the last */
      unsigned lane = (unsigned)(at == KIMPUT_PAGE_STARTS ? k : 8 - lens[i] + k);
      unsigned char c = (unsigned char)copy[k];
      x->val[x->n] |= (uint64_t)c << (8 * lane);
      x->mask[x->n] |= (uint64_t)0xFF << (8 * lane);
      if (c >= 'a' && c <= 'z') x->fold[x->n] |= (uint64_t)0x20 << (8 * lane);
    }
    x->n++;
    if (lens[i] > x->widest) x->widest = lens[i];
    unsigned char e = (unsigned char)copy[at == KIMPUT_PAGE_STARTS ? 0 : lens[i] - 1];
    x->edge[e / 8] |= (uint8_t)(1u << (e % 8));
    if (e >= 'a' && e <= 'z') x->edge[(e ^ 0x20) / 8] |= (uint8_t)(1u << ((e ^ 0x20) % 8));
  }
  return KIMPUT_OK;
}

/* need[] as page_rule's masks (need_word, need_mask), or need_spread when
 * the groups lie further apart than two words of hits. */
static void pack_needs(page_rule *r) {
  uint32_t low = UINT32_MAX;
  for (size_t k = 0; k < r->nneed; k++)
    if (r->need[k] < low) low = r->need[k];
  r->need_word = r->nneed ? low / 64 : 0;
  r->need_mask[0] = r->need_mask[1] = 0;
  r->need_spread = 0;
  for (size_t k = 0; k < r->nneed; k++) {
    uint32_t w = r->need[k] / 64 - r->need_word;
    if (w > 1) {
      r->need_spread = 1;
      return;
    }
    r->need_mask[w] |= (uint64_t)1 << (r->need[k] % 64);
  }
}

kimput_status kimput_pageset_require(kimput_pageset *set, kimput_page_kind kind, size_t index, kimput_page_at at,
                                     const char *const *literals, const size_t *lens, size_t n) {
  if (!set || (unsigned)kind >= PAGE_KINDS || index >= set->kinds[kind].n || (n && (!literals || !lens)) ||
      (unsigned)at > KIMPUT_PAGE_ENDS)
    return KIMPUT_ERR_ARG;
  for (size_t i = 0; i < n; i++) {
    if (!literals[i] && lens[i]) return KIMPUT_ERR_ARG;
    if (lens[i] == 0) return KIMPUT_OK;  /* the empty string is in every line: no requirement */
  }
  if (n == 0) return KIMPUT_OK;
  page_rule *r = &set->kinds[kind].rules[index];
  if (at != KIMPUT_PAGE_CONTAINS) {
    if (kind == KIMPUT_PAGE_SCAN) return KIMPUT_OK;
    kimput_status st = add_affix(r, at, literals, lens, n);
    set->candidates_built = 0;  /* the literals that keep a paragraph's automaton (page_build_para) */
    if (st != KIMPUT_OK) {  /* the rule keeps its earlier requirements */
      page_affix *x = &r->affix[--r->naffix];
      for (size_t i = 0; i < x->n; i++) free(x->text[i]);
      free(x->text);
      free(x->len);
      free(x->val);
      free(x->fold);
      free(x->mask);
    }
    return st;
  }
  uint32_t *need = realloc(r->need, (r->nneed + 1) * sizeof *need);
  if (!need) return KIMPUT_ERR_NOMEM;
  r->need = need;
  page_literals *lit = &set->lit;
  uint32_t g = (uint32_t)lit->ngroups;
  size_t before = lit->n;
  for (size_t i = 0; i < n; i++) {
    kimput_status st = add_literal(lit, literals[i], lens[i], g);
    if (st != KIMPUT_OK) {
      while (lit->n > before) free(lit->text[--lit->n]);
      return st;
    }
  }
  lit->ngroups++;
  if (r->nneed == 0) {  /* its first group: where page_scan_from looks for a SCAN rule's matches */
    r->first_lit = (uint32_t)before;
    r->first_nlit = (uint32_t)n;
  }
  r->need[r->nneed++] = g;
  pack_needs(r);
  lit->built = 0;
  set->candidates_built = 0;
  return KIMPUT_OK;
}

kimput_status kimput_pageset_require_run(kimput_pageset *set, kimput_page_kind kind, size_t index, kimput_page_at at,
                                         const uint8_t run[32], const uint8_t stop[32], size_t min) {
  if (!set || (unsigned)kind >= PAGE_KINDS || index >= set->kinds[kind].n || !run || !stop ||
      (at != KIMPUT_PAGE_STARTS && at != KIMPUT_PAGE_ENDS))
    return KIMPUT_ERR_ARG;
  int whole = 1;
  for (int i = 0; i < 32; i++) {
    if (run[i] & stop[i]) return KIMPUT_ERR_ARG;
    if (stop[i]) whole = 0;
  }
  /* (a SCAN rule's too: page_scan_possible reads it over the span the rule is matched on, cut or not) */
  page_rule *r = &set->kinds[kind].rules[index];
  page_run *v = realloc(r->runs, (r->nruns + 1) * sizeof *v);
  if (!v) return KIMPUT_ERR_NOMEM;
  r->runs = v;
  page_run *x = &v[r->nruns++];
  x->at = (uint8_t)at;
  x->whole = (uint8_t)whole;
  memset(x->ascii, 0, sizeof x->ascii);
  memset(x->high, 0, sizeof x->high);
  for (unsigned c = 0; c < 256; c++) {
    x->byte[c] = (uint8_t)((run[c / 8] >> (c % 8) & 1) ? RUN_BYTE : (stop[c / 8] >> (c % 8) & 1) ? STOP_BYTE : 0);
    if (x->byte[c] == RUN_BYTE) (c < 0x80 ? x->ascii : x->high)[c & 15] |= (uint8_t)(1u << (c >> 4 & 7));
  }
  x->min = min;
#if defined(PROBE_AVX2)
  pthread_once(&probe_once, init_probe_avx2);
#endif
  return KIMPUT_OK;
}

kimput_status kimput_pageset_require_digits(kimput_pageset *set, kimput_page_kind kind, size_t index, size_t n) {
  if (!set || (unsigned)kind >= PAGE_KINDS || index >= set->kinds[kind].n) return KIMPUT_ERR_ARG;
  page_rule *r = &set->kinds[kind].rules[index];
  if (n > 255) n = 255;
  if (n > r->min_digits) r->min_digits = (uint8_t)n;
  return KIMPUT_OK;
}

size_t page_digit_run(const char *text, size_t start, size_t end) {
  const unsigned char *s = (const unsigned char *)text;
  size_t best = 0, run = 0, i = start;
  while (i < end) {
    /* eight bytes of ASCII without a digit (most of a line's) end the run at once: each byte's top bit,
       and digits found by adding to every byte (no carry: all under 0x80) so that 0x30-0x39 alone set
       the top bit of w + 0x50 and not that of w + 0x46 */
    if (end - i >= 8) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      const uint64_t high = 0x8080808080808080u;
      if (!(w & high) && !((w + 0x5050505050505050u) & ~(w + 0x4646464646464646u) & high)) {
        run = 0;
        i += 8;
        continue;
      }
    }
    /* else byte by byte to the end of the eight (a branch-free step: the run grows on a digit's byte) */
    for (size_t stop = end - i >= 8 ? i + 8 : end; i < stop; i++) {
      unsigned c = s[i];
      size_t digit = (c - '0' <= 9u) | (c >> 7);
      run = (run + 1) * digit;
      best = run > best ? run : best;
    }
  }
  return best;
}

kimput_status page_require_span(kimput_pageset *set, size_t index, const uint8_t span[32]) {
  if (!set || !span || index >= set->kinds[KIMPUT_PAGE_SCAN].n) return KIMPUT_ERR_ARG;
  page_rule *r = &set->kinds[KIMPUT_PAGE_SCAN].rules[index];
  memcpy(r->span, span, sizeof r->span);
  r->span_known = 1;
#if defined(PROBE_AVX2)
  pthread_once(&probe_once, init_probe_avx2);
#endif
  return KIMPUT_OK;
}

/* Does one of the folded literals [first, first + n) of lit start at s[p]
 * (ending before end)? */
static int literal_at(const page_literals *lit, uint32_t first, uint32_t n, const unsigned char *s, size_t p,
                      size_t end) {
  for (uint32_t i = first; i < first + n; i++)
    if (lit->len[i] <= end - p && same_folded((const char *)s + p, lit->text[i], lit->len[i])) return 1;
  return 0;
}

/* The first place in s[from..end) where one of the folded literals [first,
 * first + n) of lit starts, in either case, or SIZE_MAX: byte by byte. */
static size_t first_literal(const page_literals *lit, uint32_t first, uint32_t n, const unsigned char *s,
                            size_t from, size_t end) {
  for (size_t p = from; p < end; p++)
    if (literal_at(lit, first, n, s, p, end)) return p;
  return SIZE_MAX;
}

#if defined(PROBE_AVX2)
/* first_literal with AVX2: thirty-two places a step, each literal's first
 * four bytes (fewer for a shorter one) compared with the bytes there, bit
 * 0x20 set on both sides (both cases of a letter, and a few other bytes:
 * each place found is compared in full). */
__attribute__((target("avx2"))) static size_t first_literal_avx2(const page_literals *lit, uint32_t first, uint32_t n,
                                                                  const unsigned char *s, size_t from, size_t end) {
  const __m256i k20 = _mm256_set1_epi8(0x20);
  size_t p = from;
  for (; end - p >= 35; p += 32) {  /* the loads read s[p .. p + 34] */
    __m256i b0 = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(s + p)), k20);
    __m256i b1 = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(s + p + 1)), k20);
    __m256i b2 = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(s + p + 2)), k20);
    __m256i b3 = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(s + p + 3)), k20);
    __m256i any = _mm256_setzero_si256();
    for (uint32_t i = first; i < first + n; i++) {
      const unsigned char *t = (const unsigned char *)lit->text[i];
      size_t len = lit->len[i];
      __m256i m = _mm256_cmpeq_epi8(b0, _mm256_set1_epi8((char)(t[0] | 0x20)));
      if (len > 1) m = _mm256_and_si256(m, _mm256_cmpeq_epi8(b1, _mm256_set1_epi8((char)(t[1] | 0x20))));
      if (len > 2) m = _mm256_and_si256(m, _mm256_cmpeq_epi8(b2, _mm256_set1_epi8((char)(t[2] | 0x20))));
      if (len > 3) m = _mm256_and_si256(m, _mm256_cmpeq_epi8(b3, _mm256_set1_epi8((char)(t[3] | 0x20))));
      any = _mm256_or_si256(any, m);
    }
    for (uint32_t bits = (uint32_t)_mm256_movemask_epi8(any); bits; bits &= bits - 1) {
      size_t q = p + (size_t)__builtin_ctz(bits);
      if (literal_at(lit, first, n, s, q, end)) return q;
    }
  }
  return first_literal(lit, first, n, s, p, end);
}
#endif

/* A match holds only bytes of the rule's span and one of the literals of its
 * first group: it lies after the last byte out of the span before it, so the
 * first match from `from` on starts after the last such byte before the
 * first of those literals from `from` on (PCRE2 would try each place up to
 * there in vain: a long paragraph holding "melaporkan" far along). A line
 * with U+017F or U+212A (a caseless s or k, bytes out of the span) is
 * searched from `from`. */
size_t page_scan_from(const kimput_pageset *set, size_t index, const char *text, size_t end, size_t from,
                      int folds) {
  const page_kind *k = &set->kinds[KIMPUT_PAGE_SCAN];
  if (index >= k->n || from >= end || folds) return from;
  const page_rule *r = &k->rules[index];
  if (!r->span_known || r->first_nlit == 0) return from;
  const unsigned char *s = (const unsigned char *)text;
#if defined(PROBE_AVX2)
  size_t first = probe_avx2 ? first_literal_avx2(&set->lit, r->first_lit, r->first_nlit, s, from, end)
                            : first_literal(&set->lit, r->first_lit, r->first_nlit, s, from, end);
#else
  size_t first = first_literal(&set->lit, r->first_lit, r->first_nlit, s, from, end);
#endif
  if (first == SIZE_MAX) return SIZE_MAX;
  while (first > from && (r->span[s[first - 1] / 8] >> (s[first - 1] % 8) & 1)) first--;
  return first;
}

int page_scan_possible(const kimput_pageset *set, size_t index, const char *text, size_t start, size_t end,
                       int folds) {
  const page_kind *k = &set->kinds[KIMPUT_PAGE_SCAN];
  long digits = -1;
  return index >= k->n || (page_rule_affixes(&k->rules[index], text, start, end, folds) &&
                           page_rule_digits(&k->rules[index], text, start, end, &digits));
}

/* A growable list of uint32_t. */
typedef struct {
  uint32_t *v;
  size_t n, cap;
} u32s;

static int push(u32s *a, uint32_t x) {
  if (a->n == a->cap) {
    size_t ncap = a->cap ? a->cap * 2 : 256;
    uint32_t *v = realloc(a->v, ncap * sizeof *v);
    if (!v) return 0;
    a->v = v;
    a->cap = ncap;
  }
  a->v[a->n++] = x;
  return 1;
}

void drop_literals_automaton(page_literals *lit) {
  free(lit->byte_groups);
  lit->byte_groups = NULL;
  free(lit->rest_val);
  free(lit->rest_fold);
  free(lit->rest_mask);
  lit->rest_val = lit->rest_fold = lit->rest_mask = NULL;
  free(lit->delta);
  free(lit->delta16);
  lit->delta16 = NULL;
  free(lit->out);
  free(lit->outs);
  lit->delta = lit->out = lit->outs = NULL;
  lit->built = 0;
}

/* A build that failed: what it made so far freed (the automaton's tables
 * not yet handed to lit, and lit's), st returned. */
static kimput_status unbuilt(page_literals *lit, uint32_t *delta, uint32_t *outs, kimput_status st) {
  free(delta);
  free(outs);
  free(lit->out);
  lit->out = NULL;
  drop_literals_automaton(lit);
  return st;
}

/* The nibble tables of the bytes that byte_bit marks (page_literals'
 * probe_*): probe_pairs stays 0 without AVX2 or with more than the tables hold. */
static void plan_probes(page_literals *lit) {
  memset(lit->probe_lo, 0, sizeof lit->probe_lo);
  memset(lit->probe_hi, 0, sizeof lit->probe_hi);
  memset(lit->probe_bits, 0, sizeof lit->probe_bits);
  lit->probe_pairs = 0;
#if defined(PROBE_AVX2)
  pthread_once(&probe_once, init_probe_avx2);
  if (!probe_avx2) return;
  size_t n = 0;
  for (int c = 0; c < 256; c++) n += lit->byte_bit[c] != 0;
  if (n > PROBE_PAIRS * 8) return;
  n = 0;
  for (int c = 0; c < 256; c++) {
    if (!lit->byte_bit[c]) continue;
    size_t p = n / 8, b = n % 8;
    lit->probe_lo[p][c & 15] |= (uint8_t)(1u << b);
    lit->probe_hi[p][c >> 4] |= (uint8_t)(1u << b);
    lit->probe_bits[p][b] = lit->byte_bit[c];
    n++;
  }
  lit->probe_pairs = (n + 7) / 8;
#endif
}

/* Builds the automaton: a trie of the literals, its failure links in
 * breadth-first order, then every transition filled in (a DFA), each
 * state's groups being its own and those of its failure state. */
kimput_status page_build_literals(page_literals *lit) {
  if (lit->built || lit->n == 0) return KIMPUT_OK;
  drop_literals_automaton(lit);
  memset(lit->cls, 0, sizeof lit->cls);
  lit->nbytes = 0;
  lit->maxlen = 0;
  size_t ncols = 1, states = 1;
  uint8_t col_digit = 0, col_ascii = 0, col_high = 0;
  for (size_t i = 0; i < lit->n; i++) {
    if (lit->len[i] == 1) {  /* a byte alone is found with memchr, not by the automaton */
      unsigned char c = (unsigned char)lit->text[i][0];
      size_t b = 0;
      while (b < lit->nbytes && lit->bytes[b] != c) b++;
      if (b == lit->nbytes) lit->bytes[lit->nbytes++] = c;
      continue;
    }
    size_t depth = lit->len[i] < TRIE_DEPTH ? lit->len[i] : TRIE_DEPTH;
    states += depth;
    if (depth > lit->maxlen) lit->maxlen = depth;
    for (size_t j = 0; j < depth; j++) {
      unsigned char c = (unsigned char)lit->text[i][j];
      if (lit->cls[c]) continue;
      /* a letter has a column of its own; digits share one, other ASCII
       * one, the bytes of other characters one: a shared column finds more
       * than the literal (never less), and keeps the table small for the
       * cache; a literal with such a byte is compared where found (HEAD) */
      uint8_t *shared = c >= 'a' && c <= 'z' ? NULL : c >= '0' && c <= '9' ? &col_digit : c < 0x80 ? &col_ascii : &col_high;
      if (shared && *shared) { lit->cls[c] = *shared; continue; }
      lit->cls[c] = (uint8_t)ncols++;
      if (shared) *shared = lit->cls[c];
    }
  }
  if (col_digit)  /* every digit */
    for (int c = '0'; c <= '9'; c++) lit->cls[c] = col_digit;
  for (int c = 'A'; c <= 'Z'; c++) lit->cls[c] = lit->cls[c | 0x20];
  lit->ncols = ncols;
  uint32_t *delta = calloc(states * ncols, sizeof *delta);
  uint32_t *fail = calloc(states, sizeof *fail);
  uint32_t *queue = malloc(states * sizeof *queue);
  uint32_t *own = malloc(states * sizeof *own);   /* first literal ending here, chained by next */
  uint32_t *next = malloc(lit->n * sizeof *next);
  u32s outs = {0};
  kimput_status st = KIMPUT_ERR_NOMEM;
  lit->out = calloc(states, sizeof *lit->out);
  if (states * ncols >= HAS_OUTPUT / 2) goto done;  /* never with real rules */
  if (!delta || !fail || !queue || !own || !next || !lit->out || !push(&outs, NO_GROUP)) goto done;
  for (size_t s = 0; s < states; s++) own[s] = NO_GROUP;
  /* the trie: 0 is the root, a transition to 0 from a state other than the root is none yet */
  size_t used = 1;
  for (size_t i = 0; i < lit->n; i++) {
    uint32_t s = 0;
    if (lit->len[i] == 1) continue;
    for (size_t j = 0; j < lit->len[i] && j < TRIE_DEPTH; j++) {
      uint32_t *t = &delta[s * ncols + lit->cls[(unsigned char)lit->text[i][j]]];
      if (!*t) *t = (uint32_t)used++;
      s = *t;
    }
    next[i] = own[s];
    own[s] = (uint32_t)i;
  }
  states = used;  /* literals share their prefixes: fewer states than bytes */
  /* breadth first (a state's failure state is shallower, so done before
   * it): failure links, missing transitions, output lists */
  size_t head = 0, tail = 0;
  for (size_t c = 0; c < ncols; c++)
    if (delta[c]) queue[tail++] = delta[c];  /* depth 1 fails to the root */
  while (head < tail) {
    uint32_t s = queue[head++];
    size_t start = outs.n;
    /* a literal longer than the trie is an entry to compare (only at depth
     * TRIE_DEPTH, so never inherited through a failure link) */
    for (uint32_t i = own[s]; i != NO_GROUP; i = next[i]) {
      int shared = 0;
      for (size_t j = 0; j < lit->len[i] && j < TRIE_DEPTH; j++) {
        unsigned char c = (unsigned char)lit->text[i][j];
        shared |= !(c >= 'a' && c <= 'z');
      }
      uint32_t e = (lit->len[i] > TRIE_DEPTH ? VERIFY : 0) | (shared ? HEAD : 0);
      if (!push(&outs, e ? e | i : lit->group[i])) goto done;
    }
    for (uint32_t f = lit->out[fail[s]]; f && outs.v[f] != NO_GROUP; f++)
      if (!push(&outs, outs.v[f])) goto done;
    if (outs.n > start) {
      if (!push(&outs, NO_GROUP)) goto done;
      lit->out[s] = (uint32_t)start;
    }
    for (size_t c = 0; c < ncols; c++) {
      uint32_t *t = &delta[s * ncols + c], fs = delta[fail[s] * ncols + c];
      if (*t) {
        fail[*t] = fs;
        queue[tail++] = *t;
      } else {
        *t = fs;
      }
    }
  }
  /* the states renumbered breadth first (the trie numbered them literal by
   * literal): the shallow ones, where a scan takes most of its steps, in the
   * first rows of the table, together in the first-level cache */
  {
    uint32_t *rank = malloc(states * sizeof *rank), *out = malloc(states * sizeof *out);
    uint32_t *moved = malloc(states * ncols * sizeof *moved);
    if (!rank || !out || !moved) {
      free(rank);
      free(out);
      free(moved);
      goto done;
    }
    rank[0] = 0;
    for (size_t q = 0; q < tail; q++) rank[queue[q]] = (uint32_t)(q + 1);
    for (size_t s = 0; s < states; s++) {
      out[rank[s]] = lit->out[s];
      for (size_t c = 0; c < ncols; c++) moved[rank[s] * ncols + c] = rank[delta[s * ncols + c]];
    }
    free(rank);
    free(delta);
    delta = moved;
    free(lit->out);
    lit->out = out;
  }
  /* the groups of each literal of one byte, and its bit */
  memset(lit->byte_bit, 0, sizeof lit->byte_bit);
  lit->byte_bit[0xC5] = FOLD_C5_BIT;
  lit->byte_bit[0xE2] = FOLD_E2_BIT;  /* also in quotes and dashes: E2 alone says nothing */
  lit->byte_bit[0x84] = FOLD_84_BIT;
  for (size_t b = 0; b < lit->nbytes && lit->nbytes <= MAX_BYTE_BITS; b++) {
    unsigned char c = lit->bytes[b];
    lit->byte_bit[c] |= (uint64_t)1 << b;
    if (c >= 'a' && c <= 'z') lit->byte_bit[c ^ 0x20] |= (uint64_t)1 << b;
  }
  plan_probes(lit);
  for (size_t b = 0; b < lit->nbytes; b++) {
    lit->byte_out[b] = (uint32_t)outs.n;
    for (size_t i = 0; i < lit->n; i++)
      if (lit->len[i] == 1 && (unsigned char)lit->text[i][0] == lit->bytes[b] && !push(&outs, lit->group[i])) goto done;
    if (!push(&outs, NO_GROUP)) goto done;
  }
  /* ...and the same as a bit set per byte, for add_bytes */
  lit->words = (lit->ngroups + 1 + 63) / 64;
  lit->byte_groups = calloc(lit->nbytes ? lit->nbytes * lit->words : 1, sizeof *lit->byte_groups);
  if (!lit->byte_groups) goto done;
  for (size_t b = 0; b < lit->nbytes; b++)
    for (const uint32_t *g = &outs.v[lit->byte_out[b]]; *g != NO_GROUP; g++)
      lit->byte_groups[b * lit->words + *g / 64] |= (uint64_t)1 << (*g % 64);
  st = KIMPUT_OK;
done:
  free(fail);
  free(queue);
  free(own);
  free(next);
  if (st != KIMPUT_OK) return unbuilt(lit, delta, outs.v, st);
  /* each entry becomes the next state's row offset, its top bit set when that
   * state ends a literal: the scan steps without a multiply */
  for (size_t i = 0; i < states * ncols; i++)
    delta[i] = (uint32_t)(delta[i] * ncols) | (lit->out[delta[i]] ? HAS_OUTPUT : 0);
  if (states * ncols <= HAS_OUTPUT16 - 1) {  /* most sets: half the table, for the cache */
    lit->delta16 = malloc(states * ncols * sizeof *lit->delta16);
    if (!lit->delta16) return unbuilt(lit, delta, outs.v, KIMPUT_ERR_NOMEM);
    for (size_t i = 0; i < states * ncols; i++)
      lit->delta16[i] = (uint16_t)((delta[i] & ~HAS_OUTPUT) | (delta[i] & HAS_OUTPUT ? HAS_OUTPUT16 : 0));
  }
  /* the rest of each long literal, packed for one compare (little-endian lanes) */
  lit->rest_val = calloc(lit->n, sizeof *lit->rest_val);
  lit->rest_fold = calloc(lit->n, sizeof *lit->rest_fold);
  lit->rest_mask = calloc(lit->n, sizeof *lit->rest_mask);
  if (!lit->rest_val || !lit->rest_fold || !lit->rest_mask) return unbuilt(lit, delta, outs.v, KIMPUT_ERR_NOMEM);
  for (size_t i = 0; i < lit->n; i++) {
    for (size_t j = 0; TRIE_DEPTH + j < lit->len[i] && j < 8; j++) {
      unsigned char c = (unsigned char)lit->text[i][TRIE_DEPTH + j];
      lit->rest_val[i] |= (uint64_t)c << (8 * j);
      lit->rest_mask[i] |= (uint64_t)0xFF << (8 * j);
      if (c >= 'a' && c <= 'z') lit->rest_fold[i] |= (uint64_t)0x20 << (8 * j);
    }
  }
  uint32_t odd = (uint32_t)ncols, shift = 0;
  while (!(odd & 1)) { odd >>= 1; shift++; }
  uint32_t inv = odd;  /* Newton's iteration: each step doubles the correct low bits */
  for (int k = 0; k < 5; k++) inv *= 2 - odd * inv;
  lit->row_shift = shift;
  lit->row_inverse = inv;
  lit->delta = delta;
  lit->outs = outs.v;
  lit->built = 1;
  return KIMPUT_OK;
}

/* Sets the groups of the state at row (reached at s[i]) in hits, and in
 * tail_hits for a literal that ends at or past tail; a literal longer than
 * the trie counts when its rest follows, before end. */
static inline void add_output(const page_literals *lit, uint32_t row, const unsigned char *s, size_t i, size_t end,
                       size_t tail, uint64_t *hits, uint64_t *tail_hits) {
  uint32_t state = (row >> lit->row_shift) * lit->row_inverse;  /* row / ncols, exact */
  for (const uint32_t *e = &lit->outs[lit->out[state]]; *e != NO_GROUP; e++) {
    uint32_t g = *e;
    size_t last = i;  /* where the literal ends */
    if (g & HEAD) {  /* its bytes read so far, ending at s[i] (read after the part's start: in the line) */
      uint32_t k = g & ~(VERIFY | HEAD);
      size_t head = lit->len[k] < TRIE_DEPTH ? lit->len[k] : TRIE_DEPTH;
      if (!same_folded((const char *)s + i + 1 - head, lit->text[k], head)) continue;
      if (!(g & VERIFY)) g = lit->group[k];
    }
    if (g & VERIFY) {
      uint32_t k = g & ~(VERIFY | HEAD);
      size_t rest = lit->len[k] - TRIE_DEPTH;
      if (rest >= end - i) continue;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      if (i + 9 <= end) {  /* the next eight bytes are the line's: up to eight compared at once */
        uint64_t x;
        memcpy(&x, s + i + 1, 8);
        if (((x | lit->rest_fold[k]) & lit->rest_mask[k]) != lit->rest_val[k]) continue;
        if (rest > 8 && !same_folded((const char *)s + i + 9, lit->text[k] + TRIE_DEPTH + 8, rest - 8)) continue;
      } else
#endif
      if (!same_folded((const char *)s + i + 1, lit->text[k] + TRIE_DEPTH, rest)) {
        continue;
      }
      g = lit->group[k];
      last = i + rest;
    }
    hits[g / 64] |= (uint64_t)1 << (g % 64);
    if (tail_hits && last >= tail) tail_hits[g / 64] |= (uint64_t)1 << (g % 64);
  }
}

/* The bits (byte_bit) of the bytes in s[from..to). */
static uint64_t bytes_in(const page_literals *lit, const unsigned char *s, size_t from, size_t to) {
  const uint64_t *bb = lit->byte_bit;
  uint64_t m0 = 0, m1 = 0, m2 = 0, m3 = 0;  /* four chains of OR: no step waits on the one before */
  size_t i = from;
  for (; i + 4 <= to; i += 4) {
    m0 |= bb[s[i]];
    m1 |= bb[s[i + 1]];
    m2 |= bb[s[i + 2]];
    m3 |= bb[s[i + 3]];
  }
  for (; i < to; i++) m0 |= bb[s[i]];
  return m0 | m1 | m2 | m3;
}

#if defined(PROBE_AVX2)
/* The bucket bits of the bytes of x in one pair of tables. */
__attribute__((target("avx2"))) static inline __m256i probe_buckets(__m256i x, __m256i tlo, __m256i thi) {
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  __m256i lo = _mm256_and_si256(x, nibble), hi = _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble);
  return _mm256_and_si256(_mm256_shuffle_epi8(tlo, lo), _mm256_shuffle_epi8(thi, hi));
}

/* byte_bit's bits of the buckets set in some lane of acc (pair p). */
__attribute__((target("avx2"))) static inline uint64_t probe_found(const page_literals *lit, size_t p, __m256i acc) {
  __m128i h = _mm_or_si128(_mm256_castsi256_si128(acc), _mm256_extracti128_si256(acc, 1));
  uint64_t w = (uint64_t)_mm_cvtsi128_si64(h) | (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(h, h));
  w |= w >> 32;
  w |= w >> 16;
  w |= w >> 8;
  uint64_t m = 0;
  for (unsigned b = (unsigned)(w & 0xFF); b; b &= b - 1) m |= lit->probe_bits[p][__builtin_ctz(b)];
  return m;
}

/* bytes_in with AVX2 for s[from..to) of at least 32 bytes: thirty-two bytes
 * a step (the last step reads the last 32 again, overlapping), a bucket bit
 * per byte of byte_bit (plan_probes, at most PROBE_PAIRS pairs of tables; a
 * pair not planned is all zeros and finds nothing). */
_Static_assert(PROBE_PAIRS == 3, "bytes_in_avx2 reads three pairs of tables");
__attribute__((target("avx2"))) static uint64_t bytes_in_avx2(const page_literals *lit, const unsigned char *s,
                                                              size_t from, size_t to) {
  const __m256i lo0 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lit->probe_lo[0]));
  const __m256i hi0 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lit->probe_hi[0]));
  const __m256i lo1 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lit->probe_lo[1]));
  const __m256i hi1 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lit->probe_hi[1]));
  const __m256i lo2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lit->probe_lo[2]));
  const __m256i hi2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lit->probe_hi[2]));
  __m256i acc0 = _mm256_setzero_si256(), acc1 = _mm256_setzero_si256(), acc2 = _mm256_setzero_si256();
  const unsigned char *p = s + from, *last = s + to - 32;
  for (; p < last; p += 32) {
    __m256i x = _mm256_loadu_si256((const __m256i *)p);
    acc0 = _mm256_or_si256(acc0, probe_buckets(x, lo0, hi0));
    acc1 = _mm256_or_si256(acc1, probe_buckets(x, lo1, hi1));
    acc2 = _mm256_or_si256(acc2, probe_buckets(x, lo2, hi2));
  }
  __m256i x = _mm256_loadu_si256((const __m256i *)last);
  acc0 = _mm256_or_si256(acc0, probe_buckets(x, lo0, hi0));
  acc1 = _mm256_or_si256(acc1, probe_buckets(x, lo1, hi1));
  acc2 = _mm256_or_si256(acc2, probe_buckets(x, lo2, hi2));
  return probe_found(lit, 0, acc0) | probe_found(lit, 1, acc1) | probe_found(lit, 2, acc2);
}
#endif

/* The bits (byte_bit) of the bytes in s[from..to): with AVX2 when planned. */
static uint64_t line_bytes(const page_literals *lit, const unsigned char *s, size_t from, size_t to) {
#if defined(PROBE_AVX2)
  if (lit->probe_pairs && to - from >= 32) return bytes_in_avx2(lit, s, from, to);
#endif
  return bytes_in(lit, s, from, to);
}

/* Sets the groups of the one-byte literals: bits of byte_bit in m (mt: in
 * the tail), or with memchr when there are too many for the bits. */
static void add_bytes(const page_literals *lit, const unsigned char *s, size_t start, size_t end, size_t tail,
                      uint64_t m, uint64_t mt, uint64_t *hits, uint64_t *tail_hits) {
  const size_t words = lit->words;
  if (lit->nbytes <= MAX_BYTE_BITS && words <= BYTE_ROW_WORDS) {
    /* the bytes the line holds, one bit each: their rows gathered in locals
     * (no store to hits per row), then written once */
    uint64_t in_line[BYTE_ROW_WORDS] = {0}, in_tail[BYTE_ROW_WORDS] = {0};
    for (uint64_t x = m & (((uint64_t)1 << lit->nbytes) - 1); x; x &= x - 1) {
      size_t b = (size_t)__builtin_ctzll(x);
      const uint64_t *row = &lit->byte_groups[b * words];  /* its groups, as a bit set */
      for (size_t w = 0; w < words; w++) in_line[w] |= row[w];
      if ((mt >> b) & 1)
        for (size_t w = 0; w < words; w++) in_tail[w] |= row[w];
    }
    for (size_t w = 0; w < words; w++) hits[w] |= in_line[w];
    if (tail_hits)
      for (size_t w = 0; w < words; w++) tail_hits[w] |= in_tail[w];
    return;
  }
  if (lit->nbytes <= MAX_BYTE_BITS) {  /* the bytes the line holds, one bit each */
    for (uint64_t x = m & (((uint64_t)1 << lit->nbytes) - 1); x; x &= x - 1) {
      size_t b = (size_t)__builtin_ctzll(x);
      int in_tail = tail_hits && ((mt >> b) & 1);
      const uint64_t *row = &lit->byte_groups[b * words];  /* its groups, as a bit set */
      for (size_t w = 0; w < words; w++) hits[w] |= row[w];
      if (in_tail)
        for (size_t w = 0; w < words; w++) tail_hits[w] |= row[w];
    }
    return;
  }
  for (size_t b = 0; b < lit->nbytes; b++) {  /* too many for the bits: memchr */
    unsigned char c = lit->bytes[b];
    int upper = c >= 'a' && c <= 'z';
    int in_line = memchr(s + start, c, end - start) || (upper && memchr(s + start, c ^ 0x20, end - start));
    int in_tail = in_line && tail_hits && tail < end &&
                  (memchr(s + tail, c, end - tail) || (upper && memchr(s + tail, c ^ 0x20, end - tail)));
    if (!in_line) continue;
    for (const uint32_t *g = &lit->outs[lit->byte_out[b]]; *g != NO_GROUP; g++) {
      hits[*g / 64] |= (uint64_t)1 << (*g % 64);
      if (in_tail) tail_hits[*g / 64] |= (uint64_t)1 << (*g % 64);
    }
  }
}

/* scan_automaton's read with one table: delta16 (wide 0) or delta (wide 1,
 * a set too large for 16 bits: the full set of a furniture line), inlined
 * for each width. Each step waits on the one before (a table load): the
 * line is read in up to four parts side by side, so that the processor
 * overlaps their steps. The parts are of one length, `steps` bytes, each
 * starting `step` bytes after the one before (the last one ends the line,
 * so it may start earlier): each runs on at least maxlen - 1 bytes into the
 * next one, so that a literal across a border is found; one found twice
 * sets its bits twice. A short line too is read in parts (four from eight
 * times the literals' depth, two from three times; a depth of 2 at least,
 * so that each part starts within the line): a step costs a table load's
 * latency whether one part or four run side by side, and the bytes read
 * twice cost less than the steps saved (the bench articles: 40% of the
 * lines under 160 bytes, which were read in one or two parts; fewer
 * instructions and mispredicted branches, callgrind). */
static inline __attribute__((always_inline)) void scan_table(const page_literals *lit, const void *table, int wide,
                                                             const unsigned char *s, size_t start, size_t end,
                                                             size_t tail, uint64_t *hits, uint64_t *tail_hits) {
  const uint8_t *cls = lit->cls;
  const uint16_t *d16 = table;
  const uint32_t *d32 = table;
#define NEXT_ROW(row, c) ((size_t)(wide ? d32[(row) + cls[c]] : d16[(row) + cls[c]]))
  const size_t flag = wide ? HAS_OUTPUT : HAS_OUTPUT16;
  size_t n = end - start, over = lit->maxlen ? lit->maxlen - 1 : 0, unit = lit->maxlen > 2 ? lit->maxlen : 2;
  size_t parts = n >= 8 * unit ? 4 : n >= 3 * unit ? 2 : 1;
  size_t step = (n - over + parts - 1) / parts, steps = parts == 1 ? n : step + over;
  if (parts == 4) {
    /* two pointers (parts 0 and 2; part 1 `step` after 0, part 3 `o3`
     * after 2), the rows in locals; a state with an output leaves the
     * inner loop (no call in it, nothing else kept across it), so that
     * the steps stay in registers */
    const unsigned char *qa = s + start, *qb = s + start + 2 * step, *stop = qa + steps;
    const size_t o = step, o3 = (size_t)(s + end - steps - qb);
    size_t r0 = 0, r1 = 0, r2 = 0, r3 = 0;
    while (qa < stop) {
      for (; qa < stop; qa++, qb++) {
        size_t v0 = NEXT_ROW(r0, qa[0]), v1 = NEXT_ROW(r1, qa[o]);
        size_t v2 = NEXT_ROW(r2, qb[0]), v3 = NEXT_ROW(r3, qb[o3]);
        r0 = v0;
        r1 = v1;
        r2 = v2;
        r3 = v3;
        if (__builtin_expect((v0 | v1 | v2 | v3) & flag, 0)) break;
      }
      if (qa == stop) break;
      size_t at = (size_t)(qa - s), bt = (size_t)(qb - s);
      if (r0 & flag) add_output(lit, (uint32_t)(r0 &= ~flag), s, at, end, tail, hits, tail_hits);
      if (r1 & flag) add_output(lit, (uint32_t)(r1 &= ~flag), s, at + o, end, tail, hits, tail_hits);
      if (r2 & flag) add_output(lit, (uint32_t)(r2 &= ~flag), s, bt, end, tail, hits, tail_hits);
      if (r3 & flag) add_output(lit, (uint32_t)(r3 &= ~flag), s, bt + o3, end, tail, hits, tail_hits);
      qa++;
      qb++;
    }
  } else if (parts == 2) {
    /* as the four parts: the rows in locals, the inner loop left at an output */
    const unsigned char *qa = s + start, *stop = qa + steps;
    const size_t o = n - steps;  /* the second part ends the line */
    size_t r0 = 0, r1 = 0;
    while (qa < stop) {
      for (; qa < stop; qa++) {
        size_t v0 = NEXT_ROW(r0, qa[0]), v1 = NEXT_ROW(r1, qa[o]);
        r0 = v0;
        r1 = v1;
        if (__builtin_expect((v0 | v1) & flag, 0)) break;
      }
      if (qa == stop) break;
      size_t at = (size_t)(qa - s);
      if (r0 & flag) add_output(lit, (uint32_t)(r0 &= ~flag), s, at, end, tail, hits, tail_hits);
      if (r1 & flag) add_output(lit, (uint32_t)(r1 &= ~flag), s, at + o, end, tail, hits, tail_hits);
      qa++;
    }
  } else {
    size_t row = 0;
    for (size_t i = start; i < end; i++) {
      size_t v = NEXT_ROW(row, s[i]);
      row = v & ~flag;
      if (__builtin_expect(v & flag, 0)) add_output(lit, (uint32_t)row, s, i, end, tail, hits, tail_hits);
    }
  }
#undef NEXT_ROW
}

/* Sets the groups of the literals of lit's automaton (of two bytes or
 * more) that s[start..end) holds, in hits, and in tail_hits those that end
 * at or past tail. */
static void scan_automaton(const page_literals *lit, const unsigned char *s, size_t start, size_t end, size_t tail,
                           uint64_t *hits, uint64_t *tail_hits) {
  if (lit->delta && lit->delta16)
    scan_table(lit, lit->delta16, 0, s, start, end, tail, hits, tail_hits);
  else if (lit->delta)
    scan_table(lit, lit->delta, 1, s, start, end, tail, hits, tail_hits);
}

void page_scan_literals(const kimput_pageset *set, const char *text, size_t start, size_t end, size_t tail,
                        int paragraph, uint64_t *hits, uint64_t *tail_hits) {
  const page_literals *lit = &set->lit;
  size_t words = page_hit_words(set);
  memset(hits, 0, words * sizeof *hits);
  if (tail_hits) memset(tail_hits, 0, words * sizeof *tail_hits);
  if (!lit->built) {  /* no literal to look for: the fold letters are not looked for either */
    hits[lit->ngroups / 64] |= (uint64_t)1 << (lit->ngroups % 64);
    return;
  }
  const unsigned char *s = (const unsigned char *)text;
  /* the bytes of the line, read apart from the automaton (its steps keep
   * their registers); a long line's tail apart, for the rules of its end */
  uint64_t in_tail = tail_hits && tail > start ? line_bytes(lit, s, tail, end) : 0;
  uint64_t m = tail_hits && tail > start ? line_bytes(lit, s, start, tail) | in_tail : line_bytes(lit, s, start, end);
  /* a paragraph: the smaller automaton without the literals of the rules
   * it is never tried against (page_build_para) */
  paragraph = paragraph && set->para_ready;
  scan_automaton(paragraph ? &set->para : lit, s, start, end, tail, hits, tail_hits);
  if (((m & FOLD_C5_BIT) || ((m & FOLD_E2_BIT) && (m & FOLD_84_BIT))) &&
      page_has_fold_letters((const char *)s, start, end)) {  /* every rule may match */
    memset(hits, 0xFF, words * sizeof *hits);
    if (tail_hits) memset(tail_hits, 0xFF, words * sizeof *tail_hits);
    return;
  }
  /* the tail's bytes (a long line's, read apart above): only those a rule of the line's end needs */
  uint64_t mt = !tail_hits ? 0 : tail > start ? in_tail & lit->tail_bytes : m;
  add_bytes(lit, s, start, end, tail, m, mt, hits, tail_hits);
}

void page_drop_para(page_literals *para) {
  for (size_t i = 0; i < para->n; i++) free(para->text[i]);
  free(para->text);
  free(para->len);
  free(para->group);
  para->text = NULL;
  para->len = NULL;
  para->group = NULL;
  para->n = para->cap = 0;
  drop_literals_automaton(para);
}

kimput_status page_build_para(page_literals *para, const page_literals *lit, const uint64_t *loose) {
  page_drop_para(para);
  para->ngroups = lit->ngroups;
  for (size_t i = 0; i < lit->n; i++) {
    uint32_t g = lit->group[i];
    if (lit->len[i] < 2 || (loose[g / 64] >> (g % 64) & 1)) continue;  /* one byte: read with the line's bytes */
    kimput_status st = add_literal(para, lit->text[i], lit->len[i], g);
    if (st != KIMPUT_OK) return st;
  }
  return page_build_literals(para);
}

int page_opens_lazy(const kimput_pageset *set, const char *text, size_t start, size_t end) {
  if (end <= start) return 0;
  const unsigned char *s = (const unsigned char *)text;
  unsigned first = fold(s[start]);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t e = edge_bytes(s, start, end, 0);
#endif
  for (uint32_t i = set->lazy_first[first]; i < set->lazy_first[first + 1]; i++) {
    const struct page_lazy *z = &set->lazy[i];
    if (z->len > end - start) continue;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (z->mask ? ((e | z->fold) & z->mask) == z->val : same_folded(text + start, z->text, z->len)) return 1;
#else
    if (same_folded(text + start, z->text, z->len)) return 1;
#endif
  }
  return 0;
}
