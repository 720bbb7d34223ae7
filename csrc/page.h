/* page.h -- the page rule set, private to the core (page.c builds and
 * matches it, pageclass.c classifies lines with it). */
#ifndef KIMPUT_PAGE_H
#define KIMPUT_PAGE_H

#include "kimput.h"

#define PAGE_KINDS 4
#define PAGE_SAME_NAME 4  /* groups of one name that a rule may have */

/* One rule as added, and what is known of it. */
typedef struct {
  kimput_page_rule info;
  char *pattern;        /* owned copy */
  size_t len;
  size_t skip;          /* bytes of "^.*" left out of a searching rule */
  uint32_t ngroups;     /* capture groups of the pattern alone */
  /* local numbers of the groups named value (or editor), outlet, place:
   * a name may stand on several alternatives; 0 ends a list */
  uint32_t value[PAGE_SAME_NAME], outlet[PAGE_SAME_NAME], place[PAGE_SAME_NAME];
  kimput_rule *alone;   /* a rule that searches along the line, compiled alone (NULL: anchored) */
  kimput_rule *anchored; /* an anchored rule compiled alone, at its first use (page.c, match_few) */
  uint8_t start[32];    /* an anchored rule: the bytes a line it matches can start with */
  int start_known;      /* 0: any byte */
  /* the longest run of digits (bytes 0-9 or past ASCII) every match holds
   * (kimput_pageset_require_digits), 0 for none: a line without one is not
   * tried (here: read with need_mask, in the padding before need) */
  uint8_t min_digits;
  uint32_t *need;       /* the literal groups a line must hold (all of them), kimput_pageset_require */
  size_t nneed;
  /* the same as masks of two words of hits, from word need_word (a rule's
   * groups are numbered one after the other: they lie in one word or two),
   * for a test without a loop; need_spread: further apart, test need[] */
  uint64_t need_mask[2];
  uint32_t need_word;
  int need_spread;
  struct page_affix *affix;  /* literals the range must start or end with (each list: one of them) */
  size_t naffix;
  struct page_run *runs;     /* runs the range must open or close with (kimput_pageset_require_run) */
  size_t nruns;
  /* a SCAN rule: the literals of its first group (set->lit's, one after the
   * other), and the bytes its matches may hold (page_require_span), for
   * page_scan_from */
  uint32_t first_lit, first_nlit;
  uint8_t span[32];
  int span_known;
} page_rule;

/* A run requirement: from the range's start (STARTS) or back from its end
 * (ENDS), at least min bytes of run, then a byte of stop (whole: no stop
 * byte, the run fills the range). */
typedef struct page_run {
  uint8_t at, whole;
  uint8_t byte[256];    /* per byte: RUN_BYTE, STOP_BYTE or 0 (a table: one load a byte) */
  /* the run's bytes by low nibble, a bit per high nibble (bit h & 7; ascii:
   * high nibbles 0-7, high: 8-15), for 32 bytes a step with AVX2 */
  uint8_t ascii[16], high[16];
  size_t min;
} page_run;
enum { RUN_BYTE = 1, STOP_BYTE = 2 };

/* A STARTS or ENDS requirement: one of n literals (folded) at an end of the range. */
typedef struct page_affix {
  uint8_t at;           /* KIMPUT_PAGE_STARTS or KIMPUT_PAGE_ENDS */
  size_t n;
  char **text;
  size_t *len;
  size_t widest;        /* the longest literal */
  uint8_t edge[32];     /* the bytes a literal starts (STARTS) or ends (ENDS) with, both cases */
  /* each literal of up to eight bytes for one compare with the range's
   * first (last) eight bytes, little-endian lanes (an ENDS literal in the
   * top ones): its bytes, 0x20 on the lanes of its letters (either case
   * matches), 0xFF on its lanes; mask 0 for a longer one */
  uint64_t *val, *fold, *mask;
} page_affix;

/* Anchored rules compiled together: each rule in a capturing wrapper, in
 * order, so that the first rule that matches at the line's start wins. */
typedef struct {
  kimput_rule *rule;
  size_t ngroups;       /* group count + 1 */
  uint32_t *wrap;       /* per rule of the kind: its wrapper group, 0 when not in this pattern */
  uint32_t *rules;      /* the rules in it, in order */
  size_t nrules;
  uint64_t *members;    /* the rules in it, as a bit set */
  int too_large;        /* too many for one PCRE2 pattern: its rules are tried one by one */
} page_combined;

/* A kind's rules. The anchored ones (^ and no .* after it) are matched by
 * one combined pattern chosen by the line's first byte and shape: only the
 * rules that can start with that byte, and for a paragraph or a line longer
 * than KIMPUT_PAGE_SHORT_LINE bytes only those without KIMPUT_PAGE_SHORT. The
 * rules that search along the line ("^.*X" without its "^.*", or no ^) run
 * alone, so that PCRE2 skips to the places where each can start (a rule of
 * the line's end, KIMPUT_PAGE_TAIL, only over the last bytes). */
typedef struct {
  page_rule *rules;
  size_t n, cap;
  page_combined *combined;     /* the distinct combined patterns */
  size_t ncombined;
  /* the rules that search along the line, and those marked short, as bit
   * sets ((n + 63) / 64 words): the searching rules a line may match are
   * found from its candidates without reading each rule */
  uint64_t *searching, *short_rules;
  int16_t dispatch[2][256];    /* [no furniture rules][first byte] -> combined index, -1 for none */
  kimput_span *groups[2];      /* slots for the largest group count: anchored, searched */
  int built;
  /* The rules a line's literals leave, found from the groups it holds
   * rather than by asking each rule (page_candidates): a rule bit set per
   * literal group (the rules that need it most), and the rules that need
   * no literal; built with the literals (page_build), cand_words words each */
  uint64_t *cand_always, *cand_by_group, *cand;
  uint64_t *cand_keys;         /* the groups some rule is filed under (page_hit_words words) */
  size_t cand_words, cand_groups;
} page_kind;

/* The literals of every requirement, as one Aho-Corasick automaton over
 * bytes (ASCII letters folded): a line is read once, and each literal found
 * sets the bit of its group (one group per kimput_pageset_require call). */
typedef struct {
  char **text;          /* the literals as given, folded */
  size_t *len;
  uint32_t *group;      /* the group of each literal */
  size_t n, cap;
  size_t ngroups;
  /* built by page_build */
  uint8_t bytes[256];   /* the literals of one byte, each found with memchr... */
  uint32_t byte_out[256];  /* ...and its groups: offset into outs */
  size_t nbytes;
  uint64_t *byte_groups;   /* ...and as a bit set per byte: nbytes rows of `words` words */
  size_t words;            /* words of a bit set of the groups (page_hit_words) */
  /* byte -> bit b of the one-byte literal b it is (both cases of a letter),
   * and a bit for each of the bytes C5, E2, 84 (U+017F is C5 BF, U+212A is
   * E2 84 AA): a read of the line's bytes notes them, no memchr per literal
   * (nbytes <= 61) */
  uint64_t byte_bit[256];
  uint64_t tail_bytes;  /* the bits of byte_bit whose groups a KIMPUT_PAGE_TAIL rule needs (page_build) */
  /* the bytes of byte_bit found with AVX2 rather than a table load a byte:
   * each a bucket (a bit) of nibble tables, eight to a pair of tables, so
   * that a byte is in bucket b of pair p when probe_lo[p][its low nibble]
   * and probe_hi[p][its high nibble] both have bit b; probe_pairs 0: the
   * table loads (no AVX2, or too many bytes) */
#define PROBE_PAIRS 3  /* 24 bytes: the shipped rules' 14 one-byte literals and the 3 fold bytes */
  uint8_t probe_lo[PROBE_PAIRS][16], probe_hi[PROBE_PAIRS][16];
  uint64_t probe_bits[PROBE_PAIRS][8];  /* the byte_bit of each bucket */
  size_t probe_pairs;
  uint8_t cls[256];     /* byte -> column (0: in no literal) */
  size_t ncols;
  size_t maxlen;        /* the automaton's depth: its longest literal (prefix) */
  uint32_t *delta;      /* state * ncols + column -> the next state's row (state * ncols) */
  uint16_t *delta16;    /* the same in 16 bits, when it fits (else NULL) */
  uint32_t *out;        /* state -> offset into outs of its groups, 0 for none */
  uint32_t *outs;       /* group lists, each ended by UINT32_MAX; outs[0] unused */
  /* a row offset (state * ncols) back to its state without a division:
   * (row >> row_shift) * row_inverse (mod 2^32), ncols >> row_shift being odd */
  uint32_t row_shift, row_inverse;
  /* per literal longer than the automaton: its next bytes (up to eight)
   * for one compare, letters matched in either case (rest_fold: 0x20 on
   * their lanes), rest_mask on the lanes it has */
  uint64_t *rest_val, *rest_fold, *rest_mask;
  int built;
} page_literals;

struct kimput_pageset {
  page_kind kinds[PAGE_KINDS];
  page_literals lit;
  /* A paragraph is tried against fewer rules: not the SHORT ones, and not
   * one that must open with a literal (STARTS) the paragraph does not open
   * with. The literal groups of those rules (loose, a bit set of
   * page_hit_words words) are not looked for in a paragraph, the literals
   * of the others forming an automaton of half the states (para), which
   * stays in the first-level cache as it reads the long lines. The groups
   * of the TAIL rules are never loose: tail_hits stays exact. */
  page_literals para;
  uint64_t *loose;
  int para_ready;
  /* the literals of the first STARTS requirement of each LINE rule, but
   * the SHORT and TAIL ones, whose groups are loose (without duplicates, by
   * their first byte: lazy_first holds 257 offsets into lazy): a paragraph
   * that opens with none of them meets none of those rules; one that does
   * is read with the whole automaton (lit) */
  struct page_lazy {  /* a literal as page_affix holds it: lanes for one compare, or its text */
    uint64_t val, fold, mask;
    const char *text;   /* the rule's (folded) */
    size_t len;
  } *lazy;
  uint32_t lazy_first[257];
  /* scratch of kimput_page_classify, kept for the next page (a set serves
   * one thread at a time): no allocation per page but the page's lines */
  kimput_span *spans;
  size_t spans_cap;
  uint64_t *hits;
  size_t hits_cap;
  size_t *slots;        /* mark_repeats' hash table... */
  uint64_t *hashes;     /* ...and the hash of each line */
  size_t slots_cap, hashes_cap;
  kimput_page_line *lines;  /* the lines of the last page_classify */
  size_t lines_cap;
  int candidates_built;     /* page_kind's cand_* match the rules and literals */
  /* The first 32 SCAN rules' literal groups, for kimput_page_line.scan
   * without asking each rule (page_build): a rule of one or two groups is
   * possible when a group of the line holds its bit in scan_first and one
   * in scan_second (its one group in both); scan_always: the rules of no
   * group, scan_listed: those of more than two (asked one by one);
   * scan_keys: the groups in either (page_hit_words words). */
  uint32_t *scan_first, *scan_second;
  uint64_t *scan_keys;
  uint32_t scan_always, scan_listed;
};

/* kimput_page_classify with page->lines in the set's scratch (not the
 * caller's): valid until the next classification with the set or its
 * free. For a caller that copies them at once (the Lua binding, into
 * its userdata): no allocation per page. On error *page is empty. */
kimput_status page_classify(kimput_doc *doc, kimput_pageset *set, kimput_page *page);

/* Splits text into trimmed lines (kimput_lines) into *buf of *cap spans,
 * grown with realloc as needed (kept on error, for the caller to free). */
kimput_status page_split_lines(const char *text, size_t len, kimput_span **buf, size_t *cap, size_t *count);

/* Builds the literals' automaton after a change; frees it. */
kimput_status page_build_literals(page_literals *lit);
void drop_literals_automaton(page_literals *lit);

/* Words of the hits bit set: one bit per literal group, and one more
 * (bit ngroups) for a line holding U+017F or U+212A, which PCRE2's caseless
 * matching folds to ASCII letters (page_scan_literals sets every bit then). */
static inline size_t page_hit_words(const kimput_pageset *set) { return (set->lit.ngroups + 1 + 63) / 64; }

/* May the line of these hits hold U+017F or U+212A? (hits NULL: it may) */
static inline int page_hits_fold(const kimput_pageset *set, const uint64_t *hits) {
  size_t b = set->lit.ngroups;
  return !hits || (hits[b / 64] >> (b % 64) & 1);
}

/* Sets in hits the groups whose literals occur in text[start..end), and in
 * tail those that end at or after `tail` (both hold page_hit_words words,
 * cleared here; tail may be NULL). paragraph: a line tried against the
 * rules of paragraphs only (page_match_range with furniture 0, or a line
 * longer than KIMPUT_PAGE_SHORT_LINE) that opens with none of the set's
 * lazy literals (page_opens_lazy): the loose groups are left clear, not
 * looked for, as no rule such a line can meet needs them. */
void page_scan_literals(const kimput_pageset *set, const char *text, size_t start, size_t end, size_t tail,
                        int paragraph, uint64_t *hits, uint64_t *tail_hits);

/* Builds para: the literals of two bytes or more of lit whose groups are not
 * in loose, and its automaton; page_drop_para frees it. */
kimput_status page_build_para(page_literals *para, const page_literals *lit, const uint64_t *loose);
void page_drop_para(page_literals *para);

/* Does text[start..end) open with one of the set's lazy literals? */
int page_opens_lazy(const kimput_pageset *set, const char *text, size_t start, size_t end);

/* Does a line with these hits meet every CONTAINS requirement of rule i of kind? (hits NULL: yes)
 * Inline: asked for several rules of every line. */
static inline int page_rule_possible(const kimput_pageset *set, kimput_page_kind kind, size_t i,
                                     const uint64_t *hits) {
  if (!hits) return 1;
  const page_rule *r = &set->kinds[kind].rules[i];
  if (!r->need_spread) {  /* (a second mask is set only when a group lies in the word after need_word) */
    const uint64_t *h = hits + r->need_word, m0 = r->need_mask[0], m1 = r->need_mask[1];
    return (h[0] & m0) == m0 && (!m1 || (h[1] & m1) == m1);
  }
  for (size_t k = 0; k < r->nneed; k++)
    if (!(hits[r->need[k] / 64] >> (r->need[k] % 64) & 1)) return 0;
  return 1;
}

/* Does text[start..end) meet the STARTS and ENDS requirements of rule r,
 * its literals and its runs? folds 0: the range holds no U+017F nor U+212A
 * (page_hits_fold), so that only the literals' own bytes can meet them (the
 * runs count those letters' bytes already). */
int page_rule_affixes(const page_rule *r, const char *text, size_t start, size_t end, int folds);

/* Every match of SCAN rule `index` holds only bytes of span (bit b % 8 of
 * byte b / 8 for byte b; runs.span), lookarounds aside. */
kimput_status page_require_span(kimput_pageset *set, size_t index, const uint8_t span[32]);

/* Where a search of SCAN rule `index` along a line ending at end, from
 * `from`, may begin and find what one from `from` finds; SIZE_MAX when it
 * finds nothing. folds: the line holds U+017F or U+212A
 * (page_has_fold_letters, asked once a line: the search starts at `from`). */
size_t page_scan_from(const kimput_pageset *set, size_t index, const char *text, size_t end, size_t from,
                      int folds);

/* May SCAN rule `index` match in text[start..end), the span it is matched
 * on, as far as its runs tell (kimput_pageset_require_run: "...(situs.com)"
 * closing the span)? folds as for page_scan_from. */
int page_scan_possible(const kimput_pageset *set, size_t index, const char *text, size_t start, size_t end,
                       int folds);

/* The longest run of bytes 0-9 or past ASCII (the bytes of \d's characters
 * with PCRE2_UCP, and of any other character past ASCII) in text[start..end). */
size_t page_digit_run(const char *text, size_t start, size_t end);

/* Does text[start..end) hold the run of digits rule r needs? *run: the
 * range's page_digit_run, or -1 until asked (then set): read once a range,
 * only for a rule that needs one. */
static inline int page_rule_digits(const page_rule *r, const char *text, size_t start, size_t end, long *run) {
  if (!r->min_digits) return 1;
  if (*run < 0) *run = (long)page_digit_run(text, start, end);
  return *run >= r->min_digits;
}

/* Does text[from..to) hold U+017F or U+212A, which PCRE2 folds to s and k? */
int page_has_fold_letters(const char *text, size_t from, size_t to);

/* Frees what kimput_pageset_require and _require_run gave a rule. */
void page_rule_free_affixes(page_rule *r);

/* The result of matching a kind's rules on a range. */
typedef struct {
  int rule;             /* index of the rule that matched, -1 for none */
  kimput_span whole, value, outlet, place;  /* KIMPUT_UNSET when absent */
} page_match;

/* Builds the combined patterns that changed since the last call. */
kimput_status page_build(kimput_pageset *set);

/* Where a KIMPUT_PAGE_TAIL rule starts searching text[start..end). */
size_t page_tail_from(const char *text, size_t start, size_t end);

/* Matches the rules of a kind on the document's text[start..end); a limit
 * hit is no match. `furniture` 0 leaves out the KIMPUT_PAGE_SHORT rules.
 * hits and tail_hits (page_scan_literals over the line, or NULL) leave out
 * the rules whose literals the line lacks. */
kimput_status page_match_range(kimput_pageset *set, kimput_page_kind kind, const kimput_doc *doc,
                               size_t start, size_t end, int furniture, const uint64_t *hits,
                               const uint64_t *tail_hits, page_match *m);

#endif
