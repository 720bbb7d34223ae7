/* page.c -- the lines of a page: splitting and trimming them, and the
 * page rule sets (PCRE2 patterns on the engine of rules.c) that the
 * classifier (pageclass.c) matches. What the patterns say (navigation,
 * credits, datelines...) is data owned by the Lua layer
 * (lua/kimput/lexicon/boilerplate.lua); this file only splits, compiles
 * and matches. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"
#include "page.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Up to this many anchored rules left by a line's literals run one by one
 * rather than as their combined pattern (whose other alternatives would
 * each be tried, some reading the whole line before they fail). */
#define FEW_RULES 8

/* ------------------------------------------------------------ lines */

/* Length of the space character at s[0..n), or 0 when s does not start
 * with one: ASCII white space, U+00A0, U+2000-U+200B, U+202F, U+3000, BOM. */
static size_t space_at(const unsigned char *s, size_t n) {
  if (n >= 1 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\v')) return 1;
  if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) return 2;
  if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] <= 0x8B || s[2] == 0xAF)) return 3;
  if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) return 3;
  if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) return 3;
  return 0;
}

/* Length of the space character that ends s[0..n), or 0. */
static size_t space_before(const unsigned char *s, size_t n) {
  if (n >= 1 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\v')) return 1;
  if (n >= 2 && space_at(s + n - 2, 2) == 2) return 2;
  if (n >= 3 && space_at(s + n - 3, 3) == 3) return 3;
  return 0;
}

/* Appends s[start..end) to *buf, trimmed, unless nothing is left. */
static kimput_status add_line(const unsigned char *s, size_t start, size_t end, kimput_span **buf, size_t *cap,
                              size_t *n) {
  size_t k;
  while (start < end && (k = space_at(s + start, end - start)) > 0) start += k;
  while (end > start && (k = space_before(s + start, end - start)) > 0) end -= k;
  if (end == start) return KIMPUT_OK;
  if (*n == *cap) {
    size_t ncap = *cap ? *cap * 2 : 64;
    kimput_span *nv = realloc(*buf, ncap * sizeof *nv);
    if (!nv) return KIMPUT_ERR_NOMEM;
    *buf = nv;
    *cap = ncap;
  }
  (*buf)[*n].start = (uint32_t)start;
  (*buf)[*n].end = (uint32_t)end;
  (*n)++;
  return KIMPUT_OK;
}

static int is_separator(unsigned char c) { return c == '\n' || c == '\r' || c == '\f'; }

/* Each \n, \r or \f ends a line (\r\n makes an empty line, which is
 * skipped). The separators are found 64 bytes at a time as a bit mask
 * (SSE2), one step per separator rather than a search per line. */
kimput_status page_split_lines(const char *text, size_t len, kimput_span **buf, size_t *cap, size_t *count) {
  *count = 0;
  if (len > KIMPUT_MAX_TEXT) return KIMPUT_ERR_TOO_LARGE;
  const unsigned char *s = (const unsigned char *)text;
  size_t n = 0, from = 0, i = 0;
  kimput_status st;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), ff = _mm_set1_epi8('\f');
  for (; i + 64 <= len; i += 64) {
    uint64_t seps = 0;
    for (int q = 0; q < 4; q++) {
      __m128i x = _mm_loadu_si128((const __m128i *)(s + i + 16 * q));
      __m128i e = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, nl), _mm_cmpeq_epi8(x, cr)), _mm_cmpeq_epi8(x, ff));
      seps |= (uint64_t)(unsigned)_mm_movemask_epi8(e) << (16 * q);
    }
    for (; seps; seps &= seps - 1) {
      size_t at = i + (size_t)__builtin_ctzll(seps);
      if ((st = add_line(s, from, at, buf, cap, &n)) != KIMPUT_OK) return st;
      from = at + 1;
    }
  }
#endif
  for (; i < len; i++) {
    if (!is_separator(s[i])) continue;
    if ((st = add_line(s, from, i, buf, cap, &n)) != KIMPUT_OK) return st;
    from = i + 1;
  }
  if (from < len && (st = add_line(s, from, len, buf, cap, &n)) != KIMPUT_OK) return st;
  *count = n;
  return KIMPUT_OK;
}

kimput_status kimput_lines(const char *text, size_t len, kimput_span **lines, size_t *count) {
  if (!lines || !count || (!text && len)) return KIMPUT_ERR_ARG;
  *lines = NULL;
  *count = 0;
  size_t cap = 0;
  kimput_status st = page_split_lines(text, len, lines, &cap, count);
  if (st != KIMPUT_OK) {
    free(*lines);
    *lines = NULL;
  }
  return st;
}


/* ------------------------------------------------------------ page rule sets */

const char *kimput_line_class_name(int cls) {
  static const char *const names[KIMPUT_LINE_CLASS_COUNT] = {
    "body", "headline", "timestamp", "dateline", "caption", "credit", "related", "navigation", "hashtags",
  };
  return cls >= 0 && cls < KIMPUT_LINE_CLASS_COUNT ? names[cls] : NULL;
}

kimput_status kimput_pageset_new(kimput_pageset **out) {
  if (!out) return KIMPUT_ERR_ARG;
  *out = calloc(1, sizeof **out);
  return *out ? KIMPUT_OK : KIMPUT_ERR_NOMEM;
}

static void free_combined(page_combined *c) {
  kimput_rule_free(c->rule);
  free(c->wrap);
  free(c->rules);
  free(c->members);
  memset(c, 0, sizeof *c);
}

static void drop_candidates(page_kind *k) {
  free(k->cand_always);
  free(k->cand_by_group);
  free(k->cand);
  free(k->cand_keys);
  k->cand_always = k->cand_by_group = k->cand = k->cand_keys = NULL;
  k->cand_words = k->cand_groups = 0;
}

static void drop_combined(page_kind *k) {
  drop_candidates(k);
  for (size_t i = 0; i < k->ncombined; i++) free_combined(&k->combined[i]);
  for (int i = 0; i < 2; i++) {
    free(k->groups[i]);
    k->groups[i] = NULL;
  }
  free(k->combined);
  k->combined = NULL;
  k->ncombined = 0;
  free(k->searching);
  free(k->short_rules);
  k->searching = k->short_rules = NULL;
  k->built = 0;
}

void kimput_pageset_free(kimput_pageset *set) {
  if (!set) return;
  for (int i = 0; i < PAGE_KINDS; i++) {
    page_kind *k = &set->kinds[i];
    for (size_t j = 0; j < k->n; j++) {
      free(k->rules[j].pattern);
      free(k->rules[j].need);
      page_rule_free_affixes(&k->rules[j]);
      kimput_rule_free(k->rules[j].alone);
      kimput_rule_free(k->rules[j].anchored);
    }
    free(k->rules);
    drop_combined(k);
  }
  free(set->scan_first);
  free(set->scan_second);
  free(set->scan_keys);
  free(set->spans);
  free(set->hits);
  free(set->slots);
  free(set->hashes);
  free(set->lines);
  for (size_t i = 0; i < set->lit.n; i++) free(set->lit.text[i]);
  free(set->lit.text);
  free(set->lit.len);
  free(set->lit.group);
  drop_literals_automaton(&set->lit);
  page_drop_para(&set->para);
  free(set->loose);
  free(set->lazy);
  free(set);
}

size_t kimput_pageset_count(const kimput_pageset *set, kimput_page_kind kind) {
  return set && (unsigned)kind < PAGE_KINDS ? set->kinds[kind].n : 0;
}

/* appends the local numbers of the groups called name to out (0-terminated) */
static void groups_named(const kimput_rule *r, const char *name, uint32_t *out) {
  uint32_t n = kimput_rule_name_count(r), g = 0;
  size_t k = 0;
  while (k < PAGE_SAME_NAME && out[k]) k++;
  for (uint32_t i = 0; i < n && k < PAGE_SAME_NAME; i++) {
    const char *s = kimput_rule_name(r, i, &g);
    if (strcmp(s, name) == 0) out[k++] = g;
  }
}

/* The length of a "^.*" or "^.*?" opening a pattern (a rule that searches), or 0. */
static size_t search_prefix(const char *p, size_t len) {
  if (len >= 4 && memcmp(p, "^.*?", 4) == 0) return 4;
  if (len >= 3 && memcmp(p, "^.*", 3) == 0 && (len == 3 || (p[3] != '+' && p[3] != '{'))) return 3;
  return 0;
}

kimput_status kimput_pageset_add(kimput_pageset *set, const kimput_page_rule *rule,
                                 const char *pattern, size_t len,
                                 char *errbuf, size_t errsize, size_t *erroffset) {
  if (errbuf && errsize) errbuf[0] = '\0';
  if (erroffset) *erroffset = 0;
  if (!set || !rule || rule->kind >= PAGE_KINDS || (!pattern && len) ||
      (rule->kind == KIMPUT_PAGE_LINE && rule->cls >= KIMPUT_LINE_CLASS_COUNT) ||
      (rule->next != KIMPUT_LINE_NONE && rule->next >= KIMPUT_LINE_CLASS_COUNT))
    return KIMPUT_ERR_ARG;
  if (!pattern) pattern = "";
  if (!kimput_utf8_valid(pattern, len, NULL)) return KIMPUT_ERR_UTF8;
  /* compiled alone once: its errors are its own, and its groups are known */
  kimput_rule *alone = NULL;
  kimput_status st = kimput_rule_new(pattern, len, KIMPUT_RULE_NO_JIT, NULL, &alone, errbuf, errsize, erroffset);
  if (st != KIMPUT_OK) return st;
  page_kind *k = &set->kinds[rule->kind];
  if (k->n == k->cap) {
    size_t ncap = k->cap ? k->cap * 2 : 16;
    page_rule *nr = realloc(k->rules, ncap * sizeof *nr);
    if (!nr) { kimput_rule_free(alone); return KIMPUT_ERR_NOMEM; }
    k->rules = nr;
    k->cap = ncap;
  }
  page_rule *r = &k->rules[k->n];
  memset(r, 0, sizeof *r);
  r->pattern = malloc(len + 1);
  if (!r->pattern) { kimput_rule_free(alone); return KIMPUT_ERR_NOMEM; }
  memcpy(r->pattern, pattern, len);
  r->pattern[len] = '\0';
  r->len = len;
  r->info = *rule;
  r->ngroups = kimput_rule_group_count(alone);
  groups_named(alone, "outlet", r->outlet);
  groups_named(alone, "place", r->place);
  groups_named(alone, "value", r->value);
  groups_named(alone, "editor", r->value);
  kimput_rule_free(alone);
  r->skip = search_prefix(pattern, len);
  if (rule->kind == KIMPUT_PAGE_SCAN) {
    /* matched by the caller: only its literals count here */
  } else if (r->skip || len == 0 || pattern[0] != '^') {
    /* the same pattern without its "^.*" searches the line; JIT-compiled */
    st = kimput_rule_new(pattern + r->skip, len - r->skip, 0, NULL, &r->alone, NULL, 0, NULL);
    if (st != KIMPUT_OK) { free(r->pattern); return st; }
  } else if (kimput_rule_new(pattern + 1, len - 1, KIMPUT_RULE_NO_JIT, NULL, &alone, NULL, 0, NULL) == KIMPUT_OK) {
    /* unanchored, PCRE2 tells which bytes a match can start with */
    r->start_known = kimput_rule_start_bytes(alone, r->start);
    kimput_rule_free(alone);
  }
  k->n++;
  drop_combined(k);
  set->candidates_built = 0;
  return KIMPUT_OK;
}

/* A growable string for the combined pattern. */
typedef struct {
  char *s;
  size_t n, cap;
  int failed;
} buf;

static void put(buf *b, const char *s, size_t n) {
  if (b->failed) return;
  if (b->n + n + 1 > b->cap) {
    size_t ncap = (b->cap ? b->cap : 256);
    while (ncap < b->n + n + 1) ncap *= 2;
    char *ns = realloc(b->s, ncap);
    if (!ns) { b->failed = 1; return; }
    b->s = ns;
    b->cap = ncap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}
#define PUTS(b, lit) put((b), (lit), sizeof(lit) - 1)

static int has_bit(const uint8_t *map, unsigned b) { return map[b / 8] >> (b % 8) & 1; }


/* Plans one pattern for the rules in `members`: where each rule's wrapper
 * group falls. It is compiled at its first use (compile_combined), so that
 * a page costs only the patterns of the first bytes its lines start with. */
static kimput_status plan_combined(page_kind *k, const uint64_t *members, size_t words, page_combined *c) {
  memset(c, 0, sizeof *c);
  c->wrap = calloc(k->n, sizeof *c->wrap);
  c->rules = malloc(k->n * sizeof *c->rules);
  c->members = malloc(words * sizeof *c->members);
  if (!c->wrap || !c->rules || !c->members) return KIMPUT_ERR_NOMEM;
  memcpy(c->members, members, words * sizeof *members);
  uint32_t group = 1;
  for (size_t i = 0; i < k->n; i++) {
    if (!(members[i / 64] >> (i % 64) & 1)) continue;
    c->wrap[i] = group;
    c->rules[c->nrules++] = (uint32_t)i;
    group += 1 + k->rules[i].ngroups;
  }
  c->ngroups = group;
  return KIMPUT_OK;
}

/* Compiles a planned pattern: the rules in their wrappers, anchored at the
 * line's start, in order. */
static kimput_status compile_combined(const page_kind *k, page_combined *c) {
  buf b = {0};
  PUTS(&b, "^(?:");
  int any = 0;
  for (size_t i = 0; i < k->n; i++) {
    if (!c->wrap[i]) continue;
    const page_rule *r = &k->rules[i];
    if (any++) PUTS(&b, "|");
    PUTS(&b, "((?:");
    put(&b, r->pattern, r->len);
    PUTS(&b, "))");
  }
  PUTS(&b, ")");
  if (b.failed) { free(b.s); return KIMPUT_ERR_NOMEM; }
  kimput_status st = kimput_rule_new(b.s, b.n, 0, NULL, &c->rule, NULL, 0, NULL);
  free(b.s);
  return st;
}

/* One combined pattern per distinct set of anchored rules that a first
 * byte and a line length call for. */
static kimput_status build_kind(page_kind *k) {
  if (k->built || k->n == 0) return KIMPUT_OK;
  size_t words = (k->n + 63) / 64, most = 1;
  uint64_t *set = malloc(words * sizeof *set);
  k->combined = calloc(2 * 256, sizeof *k->combined);
  k->searching = calloc(words, sizeof *k->searching);
  k->short_rules = calloc(words, sizeof *k->short_rules);
  if (!set || !k->combined || !k->searching || !k->short_rules) {
    free(set);
    drop_combined(k);
    return KIMPUT_ERR_NOMEM;
  }
  for (size_t i = 0; i < k->n; i++) {
    if (k->rules[i].alone) k->searching[i / 64] |= (uint64_t)1 << (i % 64);
    if (k->rules[i].info.flags & KIMPUT_PAGE_SHORT) k->short_rules[i / 64] |= (uint64_t)1 << (i % 64);
  }
  kimput_status st = KIMPUT_OK;
  for (int len = 0; len < 2 && st == KIMPUT_OK; len++) {
    for (unsigned byte = 0; byte < 256 && st == KIMPUT_OK; byte++) {
      memset(set, 0, words * sizeof *set);
      int any = 0;
      for (size_t i = 0; i < k->n; i++) {
        const page_rule *r = &k->rules[i];
        if (r->alone || (len == 1 && (r->info.flags & KIMPUT_PAGE_SHORT)) || (r->start_known && !has_bit(r->start, byte)))
          continue;
        set[i / 64] |= (uint64_t)1 << (i % 64);
        any = 1;
      }
      k->dispatch[len][byte] = -1;
      if (!any) continue;
      size_t c = 0;
      while (c < k->ncombined && memcmp(k->combined[c].members, set, words * sizeof *set) != 0) c++;
      if (c == k->ncombined) {
        st = plan_combined(k, set, words, &k->combined[c]);
        k->ncombined++;  /* counted even on failure, so that drop_combined frees it */
        if (st != KIMPUT_OK) break;
        if (k->combined[c].ngroups > most) most = k->combined[c].ngroups;
      }
      k->dispatch[len][byte] = (int16_t)c;
    }
  }
  for (size_t i = 0; i < k->n; i++)  /* an anchored rule may also run alone (match_few) */
    if (k->rules[i].ngroups + 1 > most) most = k->rules[i].ngroups + 1;
  size_t searched = 1;
  free(set);
  for (size_t i = 0; i < k->n; i++)
    if (k->rules[i].alone && k->rules[i].ngroups + 1 > searched) searched = k->rules[i].ngroups + 1;
  if (st == KIMPUT_OK && (!(k->groups[0] = malloc(most * sizeof *k->groups[0])) ||
                          !(k->groups[1] = malloc(searched * sizeof *k->groups[1]))))
    st = KIMPUT_ERR_NOMEM;
  if (st != KIMPUT_OK) { drop_combined(k); return st; }
  k->built = 1;
  return KIMPUT_OK;
}

/* The shortest literal of each group (lens[g]): the group a rule is filed
 * under is its rarest need, as far as length tells. */
static kimput_status build_candidates(page_kind *k, const page_literals *lit, const size_t *shortest) {
  drop_candidates(k);
  size_t words = (k->n + 63) / 64, groups = lit->ngroups;
  k->cand_always = calloc(words ? words : 1, sizeof *k->cand_always);
  k->cand_by_group = calloc(groups * words > 0 ? groups * words : 1, sizeof *k->cand_by_group);
  k->cand = calloc(words ? words : 1, sizeof *k->cand);
  k->cand_keys = calloc((groups + 63) / 64 + 1, sizeof *k->cand_keys);
  if (!k->cand_always || !k->cand_by_group || !k->cand || !k->cand_keys) {
    drop_candidates(k);
    return KIMPUT_ERR_NOMEM;
  }
  k->cand_words = words;
  k->cand_groups = groups;
  for (size_t i = 0; i < k->n; i++) {
    const page_rule *r = &k->rules[i];
    uint64_t bit = (uint64_t)1 << (i % 64);
    if (r->nneed == 0) {
      k->cand_always[i / 64] |= bit;
      continue;
    }
    uint32_t g = r->need[0];
    for (size_t j = 1; j < r->nneed; j++)
      if (shortest[r->need[j]] > shortest[g]) g = r->need[j];
    k->cand_by_group[(size_t)g * words + i / 64] |= bit;
    k->cand_keys[g / 64] |= (uint64_t)1 << (g % 64);
  }
  return KIMPUT_OK;
}

/* The one-byte literals (their bits in byte_bit) whose groups a rule of the
 * line's end needs: the only ones looked for again in a long line's tail. */
static uint64_t tail_bytes(const kimput_pageset *set) {
  const page_literals *lit = &set->lit;
  if (!lit->built || lit->nbytes == 0) return 0;
  uint64_t bits = 0;
  for (int kind = 0; kind < PAGE_KINDS; kind++) {
    const page_kind *k = &set->kinds[kind];
    for (size_t i = 0; i < k->n; i++) {
      if (!(k->rules[i].info.flags & KIMPUT_PAGE_TAIL)) continue;
      for (size_t j = 0; j < k->rules[i].nneed; j++)
        for (size_t b = 0; b < lit->nbytes && b < 64; b++)
          for (const uint32_t *g = &lit->outs[lit->byte_out[b]]; *g != UINT32_MAX; g++)
            if (*g == k->rules[i].need[j]) bits |= (uint64_t)1 << b;
    }
  }
  return bits;
}

/* The first 32 SCAN rules' groups as the set's scan_* bits. */
static kimput_status build_scan_needs(kimput_pageset *set) {
  free(set->scan_first);
  free(set->scan_second);
  free(set->scan_keys);
  size_t groups = set->lit.ngroups;
  set->scan_first = calloc(groups ? groups : 1, sizeof *set->scan_first);
  set->scan_second = calloc(groups ? groups : 1, sizeof *set->scan_second);
  set->scan_keys = calloc(page_hit_words(set), sizeof *set->scan_keys);
  set->scan_always = set->scan_listed = 0;
  if (!set->scan_first || !set->scan_second || !set->scan_keys) return KIMPUT_ERR_NOMEM;
  const page_kind *k = &set->kinds[KIMPUT_PAGE_SCAN];
  for (size_t i = 0; i < k->n && i < 32; i++) {
    const page_rule *r = &k->rules[i];
    uint32_t bit = (uint32_t)1 << i;
    if (r->nneed == 0) {
      set->scan_always |= bit;
    } else if (r->nneed > 2) {
      set->scan_listed |= bit;
    } else {
      uint32_t a = r->need[0], b = r->need[r->nneed - 1];
      set->scan_first[a] |= bit;
      set->scan_second[b] |= bit;
      set->scan_keys[a / 64] |= (uint64_t)1 << (a % 64);
      set->scan_keys[b / 64] |= (uint64_t)1 << (b % 64);
    }
  }
  return KIMPUT_OK;
}

/* The literal groups a paragraph needs not look for (kimput_pageset.loose):
 * those of the SHORT LINE rules, and of the LINE rules but TAIL ones that
 * must open with a literal (their first STARTS requirement's literals then
 * in lazy, by first byte); then the automaton of the other literals. */
static kimput_status build_para(kimput_pageset *set) {
  set->para_ready = 0;
  free(set->loose);
  free(set->lazy);
  set->lazy = NULL;
  set->loose = calloc(page_hit_words(set), sizeof *set->loose);
  if (!set->loose) return KIMPUT_ERR_NOMEM;
  const page_kind *k = &set->kinds[KIMPUT_PAGE_LINE];
  size_t nlazy = 0;
  uint32_t count[256] = {0};
  for (int pass = 0; pass < 2; pass++) {  /* count, then place */
    if (pass == 1) {
      set->lazy = malloc((nlazy ? nlazy : 1) * sizeof *set->lazy);
      if (!set->lazy) return KIMPUT_ERR_NOMEM;
      set->lazy_first[0] = 0;
      for (int c = 0; c < 256; c++) set->lazy_first[c + 1] = set->lazy_first[c] + count[c];
      memset(count, 0, sizeof count);
    }
    for (size_t i = 0; i < k->n; i++) {
      const page_rule *r = &k->rules[i];
      const page_affix *opens = NULL;
      for (size_t a = 0; a < r->naffix && !opens; a++)
        if (r->affix[a].at == KIMPUT_PAGE_STARTS) opens = &r->affix[a];
      int is_short = (r->info.flags & KIMPUT_PAGE_SHORT) != 0;
      if (!is_short && (!opens || (r->info.flags & KIMPUT_PAGE_TAIL))) continue;
      if (pass == 0)
        for (size_t j = 0; j < r->nneed; j++) set->loose[r->need[j] / 64] |= (uint64_t)1 << (r->need[j] % 64);
      if (is_short) continue;
      for (size_t l = 0; l < opens->n; l++) {
        unsigned char c = (unsigned char)opens->text[l][0];  /* folded */
        if (pass == 0) {
          nlazy++;
          count[c]++;
          continue;
        }
        size_t from = set->lazy_first[c], at = from + count[c], d = from;
        while (d < at && !(set->lazy[d].len == opens->len[l] && !memcmp(set->lazy[d].text, opens->text[l], opens->len[l])))
          d++;
        if (d < at) continue;  /* another rule's already */
        struct page_lazy *z = &set->lazy[at];
        z->val = opens->val[l];
        z->fold = opens->fold[l];
        z->mask = opens->mask[l];
        z->text = opens->text[l];
        z->len = opens->len[l];
        count[c]++;
      }
    }
  }
  /* without the duplicates: each first byte's literals moved up to the last one's */
  size_t to = 0;
  for (int c = 0; c < 256; c++) {
    size_t from = set->lazy_first[c];
    set->lazy_first[c] = (uint32_t)to;
    for (size_t j = 0; j < count[c]; j++) set->lazy[to++] = set->lazy[from + j];
  }
  set->lazy_first[256] = (uint32_t)to;
  kimput_status st = page_build_para(&set->para, &set->lit, set->loose);
  if (st == KIMPUT_OK) set->para_ready = 1;
  return st;
}

kimput_status page_build(kimput_pageset *set) {
  kimput_status st = page_build_literals(&set->lit);
  if (st != KIMPUT_OK) return st;
  for (int i = 0; i < KIMPUT_PAGE_SCAN; i++) {  /* SCAN rules are matched by the caller */
    st = build_kind(&set->kinds[i]);
    if (st != KIMPUT_OK) return st;
  }
  if (set->candidates_built) return KIMPUT_OK;
  const page_literals *lit = &set->lit;
  size_t *shortest = calloc(lit->ngroups ? lit->ngroups : 1, sizeof *shortest);
  if (!shortest) return KIMPUT_ERR_NOMEM;
  for (size_t i = 0; i < lit->n; i++)
    if (!shortest[lit->group[i]] || lit->len[i] < shortest[lit->group[i]]) shortest[lit->group[i]] = lit->len[i];
  for (int i = 0; i < KIMPUT_PAGE_SCAN && st == KIMPUT_OK; i++)
    if (set->kinds[i].built) st = build_candidates(&set->kinds[i], lit, shortest);
  free(shortest);
  set->lit.tail_bytes = tail_bytes(set);
  if (st == KIMPUT_OK) st = build_scan_needs(set);
  if (st == KIMPUT_OK) st = build_para(set);
  if (st == KIMPUT_OK) set->candidates_built = 1;
  return st;
}

/* page_candidates for a kind of `words` words (up to 4: up to 256 rules,
 * every shipped kind), inlined with words a constant: the set in
 * registers, not memory, and no test of the width per group */
static inline __attribute__((always_inline)) void gather_candidates(const page_kind *k, size_t words, size_t n,
                                                                    const uint64_t *hits, uint64_t *cand) {
  uint64_t c0 = k->cand_always[0], c1 = words > 1 ? k->cand_always[1] : 0;
  uint64_t c2 = words > 2 ? k->cand_always[2] : 0, c3 = words > 3 ? k->cand_always[3] : 0;
  const uint64_t *keys = k->cand_keys, *rows = k->cand_by_group;
  for (size_t w = 0; w < n; w++) {
    for (uint64_t b = hits[w] & keys[w]; b; b &= b - 1) {
      const uint64_t *row = &rows[(w * 64 + (size_t)__builtin_ctzll(b)) * words];
      c0 |= row[0];
      if (words > 1) c1 |= row[1];
      if (words > 2) c2 |= row[2];
      if (words > 3) c3 |= row[3];
    }
  }
  cand[0] = c0;
  if (words > 1) cand[1] = c1;
  if (words > 2) cand[2] = c2;
  if (words > 3) cand[3] = c3;
}

/* The rules of kind k a line with these literal hits may match, as a bit
 * set in k->cand (a superset: page_rule_possible still checks each one);
 * NULL when every rule may (no hits known). */
static const uint64_t *page_candidates(page_kind *k, size_t hit_words, const uint64_t *hits) {
  if (!hits || !k->cand) return NULL;
  size_t words = k->cand_words;
  uint64_t *cand = k->cand;
  size_t key_words = (k->cand_groups + 63) / 64, n = hit_words < key_words ? hit_words : key_words;
  switch (words) {
  case 1: gather_candidates(k, 1, n, hits, cand); return cand;
  case 2: gather_candidates(k, 2, n, hits, cand); return cand;
  case 3: gather_candidates(k, 3, n, hits, cand); return cand;
  case 4: gather_candidates(k, 4, n, hits, cand); return cand;
  default: break;
  }
  memcpy(cand, k->cand_always, words * sizeof *cand);
  for (size_t w = 0; w < hit_words && w < key_words; w++) {
    for (uint64_t b = hits[w] & k->cand_keys[w]; b; b &= b - 1) {
      size_t g = w * 64 + (size_t)__builtin_ctzll(b);
      const uint64_t *row = &k->cand_by_group[g * words];
      for (size_t x = 0; x < words; x++) cand[x] |= row[x];
    }
  }
  return cand;
}

/* the first of the groups that took part in the match */
static kimput_span group_span(const kimput_span *groups, uint32_t wrap, const uint32_t *local) {
  kimput_span none = {KIMPUT_UNSET, KIMPUT_UNSET};
  for (size_t i = 0; i < PAGE_SAME_NAME && local[i]; i++)
    if (groups[wrap + local[i]].start != KIMPUT_UNSET) return groups[wrap + local[i]];
  return none;
}

static void take_match(const page_kind *k, size_t i, const kimput_span *groups, uint32_t wrap, page_match *m) {
  const page_rule *r = &k->rules[i];
  m->rule = (int)i;
  m->whole = groups[wrap];
  m->value = group_span(groups, wrap, r->value);
  m->outlet = group_span(groups, wrap, r->outlet);
  m->place = group_span(groups, wrap, r->place);
}

static int is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

size_t page_tail_from(const char *text, size_t start, size_t end) {
  if (end - start <= KIMPUT_PAGE_TAIL_BYTES) return start;
  size_t from = end - KIMPUT_PAGE_TAIL_BYTES;
  while (from < end && is_continuation_byte((unsigned char)text[from])) from++;
  return from;
}

/* The rules of the combined pattern c, from rule index `from` on, that can
 * match text[start..end) with these hits, in order, into few[] (up to
 * FEW_RULES): their number, or FEW_RULES + 1 when there are more. */
static size_t possible_rules(const kimput_pageset *set, kimput_page_kind kind, const page_combined *c,
                             const uint64_t *hits, const uint64_t *cand, const char *text, size_t start, size_t end,
                             uint32_t from, uint32_t *few, long *digits) {
  const page_kind *k = &set->kinds[kind];
  const page_rule *rules = k->rules;
  int folds = page_hits_fold(set, hits);
  size_t n = 0;
  if (cand) {  /* only the candidates among the pattern's rules, in order */
    for (size_t w = 0; w < k->cand_words; w++) {
      for (uint64_t b = c->members[w] & cand[w]; b; b &= b - 1) {
        uint32_t i = (uint32_t)(w * 64 + (size_t)__builtin_ctzll(b));
        if (i < from) continue;
        if (!page_rule_possible(set, kind, i, hits) || !page_rule_affixes(&rules[i], text, start, end, folds) ||
            !page_rule_digits(&rules[i], text, start, end, digits))
          continue;
        if (n == FEW_RULES) return FEW_RULES + 1;
        few[n++] = i;
      }
    }
    return n;
  }
  for (size_t i = 0; i < c->nrules; i++) {
    if (c->rules[i] < from || !page_rule_possible(set, kind, c->rules[i], hits) ||
        !page_rule_affixes(&rules[c->rules[i]], text, start, end, folds) ||
        !page_rule_digits(&rules[c->rules[i]], text, start, end, digits))
      continue;
    if (n == FEW_RULES) return FEW_RULES + 1;
    few[n++] = c->rules[i];
  }
  return n;
}

/* Compiles anchored rule r alone (match_few, at its first use), without
 * PCRE2's start-up optimizations: the line's literals have already left it
 * as possible, and those scans (the least length, a byte every match holds
 * looked for along the line) are work in vain on most lines, which fail at
 * their first words (callgrind over the bench corpus: fewer branches
 * mispredicted). Not for a pattern with a verb such as (*COMMIT), whose
 * result they may change. */
static kimput_status compile_anchored(page_rule *r) {
  static const char opt[] = "(*NO_START_OPT)";
  for (size_t i = 0; i + 1 < r->len; i++)
    if (r->pattern[i] == '(' && r->pattern[i + 1] == '*')
      return kimput_rule_new(r->pattern, r->len, 0, NULL, &r->anchored, NULL, 0, NULL);
  size_t n = sizeof opt - 1 + r->len;
  char *p = malloc(n);
  if (!p) return KIMPUT_ERR_NOMEM;
  memcpy(p, opt, sizeof opt - 1);
  memcpy(p + sizeof opt - 1, r->pattern, r->len);
  kimput_status st = kimput_rule_new(p, n, 0, NULL, &r->anchored, NULL, 0, NULL);
  free(p);
  return st;
}

/* Tries the anchored rules few[0..n) one by one, in order (each compiled
 * alone at its first use): as the combined pattern would, without the
 * alternatives a line's literals rule out. The index of the first that
 * matches, with its groups in groups (its own numbers), or k->n. */
static kimput_status match_few(page_kind *k, const kimput_doc *doc, size_t start, size_t end, const uint32_t *few,
                               size_t n, kimput_span *groups, size_t *matched) {
  *matched = k->n;
  for (size_t i = 0; i < n; i++) {
    page_rule *r = &k->rules[few[i]];
    kimput_status st;
    if (!r->anchored && (st = compile_anchored(r)) != KIMPUT_OK)
      return st;
    int found = 0;
    st = kimput_rule_match_doc(r->anchored, doc, start, end, start, groups, r->ngroups + 1, &found);
    if (st == KIMPUT_ERR_LIMIT) continue;  /* a limit hit is no match */
    if (st != KIMPUT_OK) return st;
    if (found) {
      *matched = few[i];
      return KIMPUT_OK;
    }
  }
  return KIMPUT_OK;
}

/* The first rule (in order) whose wrapper in c took part in the match. */
static size_t wrapped_rule(const page_kind *k, const page_combined *c, const kimput_span *groups) {
  for (size_t i = 0; i < k->n; i++)
    if (c->wrap[i] && groups[c->wrap[i]].start != KIMPUT_UNSET) return i;
  return k->n;
}

kimput_status page_match_range(kimput_pageset *set, kimput_page_kind kind, const kimput_doc *doc,
                               size_t start, size_t end, int furniture, const uint64_t *hits,
                               const uint64_t *tail_hits, page_match *m) {
  kimput_span none = {KIMPUT_UNSET, KIMPUT_UNSET};
  m->rule = -1;
  m->whole = m->value = m->outlet = m->place = none;
  page_kind *k = &set->kinds[kind];
  if (!k->built || start >= end) return KIMPUT_OK;
  const char *text = kimput_doc_text(doc, NULL);
  int len = !furniture || end - start > KIMPUT_PAGE_SHORT_LINE;
  size_t tail = page_tail_from(text, start, end);
  int found = 0;
  kimput_status st;

  /* the anchored rules that can start with the line's first byte: the
   * combined pattern, or the few the line's literals leave one by one */
  size_t anchored = k->n;
  uint32_t wrap = 0;
  int c = k->dispatch[len][(unsigned char)text[start]];
  page_combined *pc = c >= 0 ? &k->combined[c] : NULL;
  uint32_t few[FEW_RULES];
  const uint64_t *cand = page_candidates(k, page_hit_words(set), hits);
  int folds = page_hits_fold(set, hits);
  long digits = -1;  /* the range's longest run of digits, read at the first rule that needs one */
  size_t nfew = pc ? possible_rules(set, kind, pc, hits, cand, text, start, end, 0, few, &digits) : 0;
  if (nfew > FEW_RULES && !cand && !pc->rule && !pc->too_large && (st = compile_combined(k, pc)) != KIMPUT_OK) {
    if (st != KIMPUT_ERR_PATTERN) return st;
    pc->too_large = 1;  /* more rules than one PCRE2 pattern holds: they run one by one */
  }
  /* (with the line's literals known, the few they leave run one by one, in batches: the combined
     pattern tries every rule of the first byte at the line's start, ten times the cost on a short line) */
  if (nfew > FEW_RULES && (cand || pc->too_large)) {
    for (;;) {  /* FEW_RULES at a time, in order, until one matches */
      st = match_few(k, doc, start, end, few, nfew > FEW_RULES ? FEW_RULES : nfew, k->groups[0], &anchored);
      if (st != KIMPUT_OK) return st;
      if (anchored < k->n || nfew <= FEW_RULES) break;
      nfew = possible_rules(set, kind, pc, hits, cand, text, start, end, few[FEW_RULES - 1] + 1, few, &digits);
    }
  } else if (nfew > 0 && nfew <= FEW_RULES) {
    st = match_few(k, doc, start, end, few, nfew, k->groups[0], &anchored);
    if (st != KIMPUT_OK) return st;
  } else if (nfew > FEW_RULES) {
    st = kimput_rule_match_doc(pc->rule, doc, start, end, start, k->groups[0], pc->ngroups, &found);
    if (st != KIMPUT_OK && st != KIMPUT_ERR_LIMIT) return st;  /* a limit hit is no match */
    if (st == KIMPUT_OK && found) {
      anchored = wrapped_rule(k, pc, k->groups[0]);
      wrap = pc->wrap[anchored];
    }
  }
  /* a searching rule earlier in the order wins: the candidates among them, in order */
  for (size_t w = 0; w * 64 < anchored; w++) {
    uint64_t b = k->searching[w] & (cand ? cand[w] : ~(uint64_t)0) & (len == 1 ? ~k->short_rules[w] : ~(uint64_t)0);
    for (; b; b &= b - 1) {
      size_t i = w * 64 + (size_t)__builtin_ctzll(b);
      if (i >= anchored) break;
      const page_rule *r = &k->rules[i];
      /* a rule of the line's end searches only its last bytes */
      int at_end = (r->info.flags & KIMPUT_PAGE_TAIL) != 0;
      if (!page_rule_possible(set, kind, i, at_end && tail_hits ? tail_hits : hits) ||
          !page_rule_affixes(r, text, start, end, folds) || !page_rule_digits(r, text, start, end, &digits))
        continue;
      size_t from = at_end ? tail : start;
      st = kimput_rule_match_doc(r->alone, doc, start, end, from, k->groups[1], r->ngroups + 1, &found);
      if (st == KIMPUT_ERR_LIMIT) continue;
      if (st != KIMPUT_OK) return st;
      if (found) {
        take_match(k, i, k->groups[1], 0, m);
        return KIMPUT_OK;
      }
    }
  }
  if (anchored < k->n) take_match(k, anchored, k->groups[0], wrap, m);
  return KIMPUT_OK;
}
