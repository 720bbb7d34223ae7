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
  uint32_t ngroups;     /* capture groups of the pattern alone */
  /* local numbers of the groups named value (or editor), outlet, place:
   * a name may stand on several alternatives; 0 ends a list */
  uint32_t value[PAGE_SAME_NAME], outlet[PAGE_SAME_NAME], place[PAGE_SAME_NAME];
  uint32_t wrap;        /* group number of the wrapper in the combined pattern */
} page_rule;

typedef struct {
  page_rule *rules;
  size_t n, cap;
  kimput_rule *combined;  /* NULL until built, and after an add */
  kimput_span *groups;    /* group_count + 1 slots for matching */
  size_t ngroups;
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

/* Matches the rules of a kind on text[start..end); a limit hit is no match. */
kimput_status page_match_range(kimput_pageset *set, kimput_page_kind kind, const char *text, size_t len,
                               size_t start, size_t end, page_match *m);

#endif
