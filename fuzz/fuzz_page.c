/* libFuzzer target: page lines and line classes on arbitrary bytes
 * (repaired to UTF-8 first, as with invalid = "replace"), with rules of
 * every kind, anchored and not, one of them catastrophic; the same rules
 * with their literals, runs and digits declared (kimput_pageset_require, _run, _digits)
 * must class every line the same; kimput_page_plain_dateline,
 * kimput_page_read_top and kimput_page_line_starting on the classified page;
 * and the rules.c helpers the page stage uses (kimput_rule_match_doc,
 * kimput_rule_start_bytes). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

static const struct {
  uint8_t kind, cls, next;
  const char *pattern;
} rules[] = {
  {KIMPUT_PAGE_LINE, KIMPUT_LINE_RELATED, KIMPUT_LINE_RELATED, "^(?i:baca\\s+juga)\\s*:?$"},
  {KIMPUT_PAGE_LINE, KIMPUT_LINE_CREDIT, KIMPUT_LINE_CREDIT, "^(?i:editor)\\s*:?\\s*(?<value>.*)$"},
  {KIMPUT_PAGE_LINE, KIMPUT_LINE_DATELINE, KIMPUT_LINE_NONE,
   "^(?<place>\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,2})[\\s\\x{A0}]*\\((?<outlet>[^()]{2,40})\\)[\\s\\x{A0}]*(?:--?|–|—)$"},
  {KIMPUT_PAGE_LINE, KIMPUT_LINE_TIMESTAMP, KIMPUT_LINE_NONE, "^\\d{1,2}/\\d{1,2}/\\d{4}"},
  {KIMPUT_PAGE_LINE, KIMPUT_LINE_CAPTION, KIMPUT_LINE_NONE, "[.!?][\"”’]?\\s+\\((?:AFP|Reuters)\\)$"},
  {KIMPUT_PAGE_LINE, KIMPUT_LINE_NAVIGATION, KIMPUT_LINE_NONE, "^(a+)+$"},
  {KIMPUT_PAGE_PREFIX, 0, KIMPUT_LINE_NONE, "^(?<place>\\p{Lu}+),\\s*(?<outlet>[\\w.]+)\\s*-+\\s*"},
  {KIMPUT_PAGE_PREFIX, 0, KIMPUT_LINE_NONE, "^(?<outlet>\\w+\\.\\w+)\\s*-\\s+"},
  {KIMPUT_PAGE_SUFFIX, 0, KIMPUT_LINE_NONE, "\\s*\\[(?<editor>[A-Za-z]{2,5})\\]$"},
  {KIMPUT_PAGE_SCAN, 0, KIMPUT_LINE_NONE, "[dD]ilansir\\s+(?<source>\\p{Lu}\\w+)"},
};

/* literals every match of rules[rule] holds (one of them, at `at`) */
static const struct {
  size_t rule;
  kimput_page_at at;
  const char *lits[3];
} needs[] = {
  {0, KIMPUT_PAGE_STARTS, {"baca", NULL}},
  {0, KIMPUT_PAGE_CONTAINS, {"juga", NULL}},
  {1, KIMPUT_PAGE_CONTAINS, {"editor", NULL}},
  {2, KIMPUT_PAGE_CONTAINS, {"(", NULL}},
  {2, KIMPUT_PAGE_CONTAINS, {"-", "\xE2\x80\x93", "\xE2\x80\x94"}},
  {3, KIMPUT_PAGE_CONTAINS, {"/", NULL}},
  {4, KIMPUT_PAGE_ENDS, {")", NULL}},
  {4, KIMPUT_PAGE_CONTAINS, {"(afp)", "(reuters)", NULL}},
  {5, KIMPUT_PAGE_STARTS, {"a", NULL}},
  {6, KIMPUT_PAGE_CONTAINS, {",", NULL}},
  {7, KIMPUT_PAGE_CONTAINS, {"-", NULL}},
  {8, KIMPUT_PAGE_ENDS, {"]", NULL}},
  {9, KIMPUT_PAGE_CONTAINS, {"dilansir", NULL}},
};

/* the runs every match of rules[rule] opens or closes with (kimput.runs.required
 * of each pattern: a run of at least min bytes of run, then a byte of stop) */
static const struct {
  size_t rule;
  kimput_page_at at;
  const char *run, *stop;  /* 32-byte sets */
  size_t min;
} runs[] = {
  {0, KIMPUT_PAGE_STARTS, "\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 1},
  {0, KIMPUT_PAGE_STARTS, "\x00\x00\x00\x00\x00\x00\x00\x00\x06\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 2},
  {0, KIMPUT_PAGE_ENDS, "\x00\x3E\x00\x00\x01\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\x00\x00\x00\x0E\x00\x00\x00", "\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 0},
  {0, KIMPUT_PAGE_ENDS, "\x00\x3E\x00\x00\x01\x00\x00\x04\x02\x00\x00\x00\x02\x00\x00\x00\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\x00\x00\x00\x0E\x00\x00\x00", "\x00\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 1},
  {1, KIMPUT_PAGE_STARTS, "\x00\x00\x00\x00\x00\x00\x00\x00\x20\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 1},
  {1, KIMPUT_PAGE_STARTS, "\x00\x00\x00\x00\x00\x00\x00\x00\x30\x00\x00\x00\x30\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 2},
  {2, KIMPUT_PAGE_STARTS, "\x00\x3E\x00\x00\x81\x20\x00\x00\xFE\xFF\xFF\x07\xFE\xFF\xFF\x07\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 2},
  {2, KIMPUT_PAGE_ENDS, "\x00\x3E\x00\x00\x01\x20\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\x00\x00\x00\x0E\x00\x00\x00", "\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 1},
  {3, KIMPUT_PAGE_STARTS, "\x00\x00\x00\x00\x00\x00\xFF\x03\x00\x00\x00\x00\x00\x00\x00\x00\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 1},
  {4, KIMPUT_PAGE_ENDS, "\x00\x00\x00\x00\x00\x02\x00\x00\x42\x00\x05\x00\x20\x00\x3C\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 4},
  {4, KIMPUT_PAGE_ENDS, "\x00\x3E\x00\x00\x05\x03\x00\x00\x42\x00\x05\x00\x20\x00\x3C\x00\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\x00\x00\x00\x0E\x00\x00\x00", "\x00\x00\x00\x00\x02\x40\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 6},
  {5, KIMPUT_PAGE_STARTS, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 1},
  {6, KIMPUT_PAGE_STARTS, "\x00\x00\x00\x00\x00\x00\x00\x00\xFE\xFF\xFF\x07\xFE\xFF\xFF\x07\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 1},
  {6, KIMPUT_PAGE_STARTS, "\x00\x3E\x00\x00\x01\x50\xFF\x03\xFE\xFF\xFF\x87\xFE\xFF\xFF\x07\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 3},
  {7, KIMPUT_PAGE_STARTS, "\x00\x00\x00\x00\x00\x00\xFF\x03\xFE\xFF\xFF\x87\xFE\xFF\xFF\x07\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "\x00\x00\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 1},
  {7, KIMPUT_PAGE_STARTS, "\x00\x3E\x00\x00\x01\x40\xFF\x03\xFE\xFF\xFF\x87\xFE\xFF\xFF\x07\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "\x00\x00\x00\x00\x00\x20\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 3},
  {8, KIMPUT_PAGE_ENDS, "\x00\x00\x00\x00\x00\x00\x00\x00\xFE\xFF\xFF\x27\xFE\xFF\xFF\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 3},
};

/* the run of digits every match of rules[rule] holds: "\d{4}" of a date */
static const struct {
  size_t rule, n;
} digits[] = {{3, 4}};

/* rules[i]'s index among the rules of its kind */
static size_t index_in_kind(size_t i) {
  size_t index = i;
  for (size_t k = 0; k < i; k++) index -= rules[k].kind != rules[i].kind;
  return index;
}

static kimput_pageset *new_set(int with_literals) {
  kimput_pageset *set = NULL;
  if (kimput_pageset_new(&set) != KIMPUT_OK) abort();
  for (size_t i = 0; i < sizeof rules / sizeof *rules; i++) {
    kimput_page_rule r = {rules[i].kind, rules[i].cls, rules[i].next, 0};
    if (kimput_pageset_add(set, &r, rules[i].pattern, strlen(rules[i].pattern), NULL, 0, NULL) != KIMPUT_OK)
      abort();
  }
  for (size_t i = 0; with_literals && i < sizeof needs / sizeof *needs; i++) {
    size_t n = 0, lens[3];
    while (n < 3 && needs[i].lits[n]) { lens[n] = strlen(needs[i].lits[n]); n++; }
    size_t kind = rules[needs[i].rule].kind;
    if (kimput_pageset_require(set, (kimput_page_kind)kind, index_in_kind(needs[i].rule), needs[i].at, needs[i].lits,
                               lens, n) != KIMPUT_OK)
      abort();
  }
  for (size_t i = 0; with_literals && i < sizeof runs / sizeof *runs; i++)
    if (kimput_pageset_require_run(set, (kimput_page_kind)rules[runs[i].rule].kind, index_in_kind(runs[i].rule),
                                   runs[i].at, (const uint8_t *)runs[i].run, (const uint8_t *)runs[i].stop,
                                   runs[i].min) != KIMPUT_OK)
      abort();
  for (size_t i = 0; with_literals && i < sizeof digits / sizeof *digits; i++)
    if (kimput_pageset_require_digits(set, (kimput_page_kind)rules[digits[i].rule].kind, index_in_kind(digits[i].rule),
                                      digits[i].n) != KIMPUT_OK)
      abort();
  return set;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static kimput_pageset *set, *filtered;
  static kimput_rule *word;
  if (!word) {
    const char *p = "\\b\\p{Lu}\\w+";
    uint8_t map[32];
    if (kimput_rule_new(p, strlen(p), 0, NULL, &word, NULL, 0, NULL) != KIMPUT_OK) abort();
    (void)kimput_rule_start_bytes(word, map);
  }
  if (!set) {
    set = new_set(0);
    filtered = new_set(1);
  }
  kimput_doc *doc = NULL;
  if (kimput_doc_new((const char *)data, size, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) != KIMPUT_OK) return 0;
  size_t len;
  kimput_doc_text(doc, &len);
  kimput_page page, same;
  if (kimput_page_classify(doc, filtered, &same) != KIMPUT_OK) same.lines = NULL;
  if (kimput_page_classify(doc, set, &page) == KIMPUT_OK) {
    if (same.lines) {  /* the literals, runs and digits change nothing but the speed */
      if (same.count != page.count || same.open_line != page.open_line || same.close_line != page.close_line) abort();
      for (size_t i = 0; i < page.count; i++)
        if (same.lines[i].cls != page.lines[i].cls || same.lines[i].rule != page.lines[i].rule) abort();
      kimput_page_clear(&same);
    }
    for (size_t i = 0; i < page.count; i++) {
      const kimput_page_line *l = &page.lines[i];
      if (l->start >= l->end || l->end > len || l->cls >= KIMPUT_LINE_CLASS_COUNT) abort();
      if (i && l->start < page.lines[i - 1].end) abort();
      if (l->value_start != KIMPUT_UNSET && (l->value_start > l->value_end || l->value_end > len)) abort();
      if (l->rule < -1 || l->rule >= (int32_t)kimput_pageset_count(set, KIMPUT_PAGE_LINE)) abort();
    }
    if (page.open_line >= 0 && ((size_t)page.open_line >= page.count ||
                                page.open_end > page.lines[page.open_line].end))
      abort();
    if (page.close_line >= 0 && ((size_t)page.close_line >= page.count ||
                                 page.close_start > page.lines[page.close_line].end))
      abort();
    /* the plain dateline's shape: a capital, letters and blanks, the mark, the next word's capital, in the text */
    kimput_plain_dateline d;
    const char *t = kimput_doc_text(doc, NULL);
    if (kimput_page_plain_dateline(&page, t, len, &d)) {
      if (d.place.start >= d.place.end || d.place.end >= d.next.start || d.next.start >= d.next.end ||
          d.next.end > len || t[d.place.start] < 'A' || t[d.place.start] > 'Z' || t[d.next.start] < 'A' ||
          t[d.next.start] > 'Z' || t[d.place.end] != (d.comma ? ',' : '-'))
        abort();
    }
    /* the top's lines: the first body line and paragraph within the limit, in order, the classes above them */
    kimput_page_top top;
    size_t limit = size % 48;
    kimput_page_read_top(&page, limit, &top);
    size_t n = page.count < limit ? page.count : limit;
    if (top.first_body > top.first_paragraph || top.first_paragraph > n ||
        (top.first_body < n && page.lines[top.first_body].cls != KIMPUT_LINE_BODY) ||
        (top.above & ~top.above_paragraph) || (top.above & 1u << KIMPUT_LINE_BODY))
      abort();
    /* the lines starting with the first line's first bytes: each found one does, from the first on */
    if (page.count) {
      const kimput_page_line *first = &page.lines[0];
      size_t n = (first->end - first->start) / 2, j = 0;
      while ((j = kimput_page_line_starting(&page, t, j, limit, t + first->start, n, n + 4)) != SIZE_MAX) {
        if (j >= page.count || j >= limit || page.lines[j].end - page.lines[j].start < n + 4 ||
            memcmp(t + page.lines[j].start, t + first->start, n) != 0)
          abort();
        j++;
      }
    }
    kimput_page_clear(&page);
  }
  /* kimput_rule_match_doc over every line, from each line's start */
  kimput_span *lines = NULL;
  size_t n = 0;
  const char *text = kimput_doc_text(doc, NULL);
  if (kimput_lines(text, len, &lines, &n) == KIMPUT_OK) {
    for (size_t i = 0; i < n; i++) {
      kimput_span g[1];
      int found = 0;
      kimput_status st = kimput_rule_match_doc(word, doc, lines[i].start, lines[i].end, lines[i].start, g, 1, &found);
      if (st == KIMPUT_OK && found && (g[0].start < lines[i].start || g[0].end > lines[i].end)) abort();
    }
  }
  free(lines);
  kimput_doc_free(doc);
  return 0;
}
