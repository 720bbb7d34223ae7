/* page.h -- the page rule set, private to the core (page.c builds and
 * matches it, pageclass.c classifies lines with it). */
#ifndef KIMPUT_PAGE_H
#define KIMPUT_PAGE_H

#include "kimput.h"

#define PAGE_KINDS 3
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
  uint8_t start[32];    /* an anchored rule: the bytes a line it matches can start with */
  int start_known;      /* 0: any byte */
} page_rule;

/* Anchored rules compiled together: each rule in a capturing wrapper, in
 * order, so that the first rule that matches at the line's start wins. */
typedef struct {
  kimput_rule *rule;
  size_t ngroups;       /* group count + 1 */
  uint32_t *wrap;       /* per rule of the kind: its wrapper group, 0 when not in this pattern */
  uint64_t *members;    /* the rules in it, as a bit set */
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
  int16_t dispatch[2][256];    /* [no furniture rules][first byte] -> combined index, -1 for none */
  kimput_span *groups[2];      /* slots for the largest group count: anchored, searched */
  int built;
} page_kind;

struct kimput_pageset {
  page_kind kinds[PAGE_KINDS];
};

/* The result of matching a kind's rules on a range. */
typedef struct {
  int rule;             /* index of the rule that matched, -1 for none */
  kimput_span whole, value, outlet, place;  /* KIMPUT_UNSET when absent */
} page_match;

/* Builds the combined patterns that changed since the last call. */
kimput_status page_build(kimput_pageset *set);

/* Matches the rules of a kind on the document's text[start..end); a limit
 * hit is no match. `furniture` 0 leaves out the KIMPUT_PAGE_SHORT rules. */
kimput_status page_match_range(kimput_pageset *set, kimput_page_kind kind, const kimput_doc *doc,
                               size_t start, size_t end, int furniture, page_match *m);

#endif
