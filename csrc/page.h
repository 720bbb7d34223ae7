/* page.h -- the page rule set, private to the core (page.c builds and
 * matches it, pageclass.c classifies lines with it). */
#ifndef KIMPUT_PAGE_H
#define KIMPUT_PAGE_H

#include "kimput.h"

#define PAGE_KINDS 3
#define PAGE_SAME_NAME 4  /* groups of one name that a rule may have */

/* One rule as added, and where its groups sit in the combined pattern. */
typedef struct {
  kimput_page_rule info;
  char *pattern;        /* owned copy */
  size_t len;
  size_t skip;          /* bytes of "^.*" left out of a searching rule */
  uint32_t ngroups;     /* capture groups of the pattern alone */
  /* local numbers of the groups named value (or editor), outlet, place:
   * a name may stand on several alternatives; 0 ends a list */
  uint32_t value[PAGE_SAME_NAME], outlet[PAGE_SAME_NAME], place[PAGE_SAME_NAME];
  uint32_t wrap[2];     /* group number of its wrapper in the combined pattern for
                           each line length (0: not in it) */
  kimput_rule *alone;   /* a rule searched along the line, compiled alone (NULL: anchored) */
} page_rule;

enum { PAGE_ANCHORED = 0, PAGE_SEARCHED = 1 };

/* A kind's rules compiled into two patterns per line length: the anchored
 * rules (^ and no .* after it) in one pattern tried at the line's start,
 * and the rules that search along the line ("^.*X" without its "^.*", or
 * no ^) in one unanchored pattern, so that PCRE2 skips to the places where
 * one of them can start instead of trying every position. Index [len][how]:
 * len 0 every rule, for lines of at most KIMPUT_PAGE_SHORT_LINE bytes;
 * len 1 the rules without KIMPUT_PAGE_SHORT, for longer lines. */
typedef struct {
  page_rule *rules;
  size_t n, cap;
  kimput_rule *combined[2][2];  /* NULL until built, and after an add */
  size_t ngroups[2][2];
  kimput_span *groups[2];       /* slots for the anchored and the searched matches */
  int built;
} page_kind;

struct kimput_pageset {
  page_kind kinds[PAGE_KINDS];
};

/* The result of matching a kind's combined pattern on a range. */
typedef struct {
  int rule;             /* index of the rule that matched, -1 for none */
  kimput_span whole, value, outlet, place;  /* KIMPUT_UNSET when absent */
} page_match;

/* Builds the combined patterns that changed since the last call. */
kimput_status page_build(kimput_pageset *set);

/* Matches the rules of a kind on the document's text[start..end); a limit
 * hit is no match. */
kimput_status page_match_range(kimput_pageset *set, kimput_page_kind kind, const kimput_doc *doc,
                               size_t start, size_t end, page_match *m);

#endif
