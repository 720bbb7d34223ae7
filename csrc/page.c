/* page.c -- the lines of a page and a set of PCRE2 patterns that classify
 * them. What the patterns say (navigation, credits, datelines...) is data
 * owned by the Lua layer (lua/kimput/lexicon/boilerplate.lua); this file
 * only splits, trims and matches. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

/* Limits that keep one pattern on one line well under a millisecond of
 * backtracking, whatever the line. */
#define MATCH_LIMIT 200000u
#define DEPTH_LIMIT 5000u

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

kimput_status kimput_lines(const char *text, size_t len, kimput_span **lines, size_t *count) {
  if (!lines || !count || (!text && len)) return KIMPUT_ERR_ARG;
  *lines = NULL;
  *count = 0;
  if (len > KIMPUT_MAX_TEXT) return KIMPUT_ERR_TOO_LARGE;
  const unsigned char *s = (const unsigned char *)text;
  kimput_span *v = NULL;
  size_t n = 0, cap = 0, i = 0;
  while (i < len) {
    size_t start = i;
    while (i < len && s[i] != '\n' && s[i] != '\r' && s[i] != '\f') i++;
    size_t end = i, k;
    while (start < end && (k = space_at(s + start, end - start)) > 0) start += k;
    while (end > start && (k = space_before(s + start, end - start)) > 0) end -= k;
    if (end > start) {
      if (n == cap) {
        size_t ncap = cap ? cap * 2 : 64;
        kimput_span *nv = realloc(v, ncap * sizeof *nv);
        if (!nv) { free(v); return KIMPUT_ERR_NOMEM; }
        v = nv;
        cap = ncap;
      }
      v[n].start = (uint32_t)start;
      v[n].end = (uint32_t)end;
      n++;
    }
    if (i < len) i++;  /* the separator; \r\n makes an empty line, which is skipped */
  }
  *lines = v;
  *count = n;
  return KIMPUT_OK;
}

/* ------------------------------------------------------------ pattern sets */

struct kimput_patset {
  pcre2_code **codes;
  size_t n, cap;
  pcre2_match_data *md;  /* sized for KIMPUT_PATSET_MAX_GROUPS groups */
  pcre2_match_context *mctx;
};

kimput_status kimput_patset_new(kimput_patset **out) {
  if (!out) return KIMPUT_ERR_ARG;
  *out = NULL;
  kimput_patset *ps = calloc(1, sizeof *ps);
  if (!ps) return KIMPUT_ERR_NOMEM;
  ps->md = pcre2_match_data_create(KIMPUT_PATSET_MAX_GROUPS, NULL);
  ps->mctx = pcre2_match_context_create(NULL);
  if (!ps->md || !ps->mctx) { kimput_patset_free(ps); return KIMPUT_ERR_NOMEM; }
  pcre2_set_match_limit(ps->mctx, MATCH_LIMIT);
  pcre2_set_depth_limit(ps->mctx, DEPTH_LIMIT);
  *out = ps;
  return KIMPUT_OK;
}

void kimput_patset_free(kimput_patset *ps) {
  if (!ps) return;
  for (size_t i = 0; i < ps->n; i++) pcre2_code_free(ps->codes[i]);
  free(ps->codes);
  pcre2_match_data_free(ps->md);
  pcre2_match_context_free(ps->mctx);
  free(ps);
}

kimput_status kimput_patset_add(kimput_patset *ps, const char *pattern, size_t len,
                                char *err, size_t errlen) {
  if (!ps || (!pattern && len)) return KIMPUT_ERR_ARG;
  if (ps->n == ps->cap) {
    size_t ncap = ps->cap ? ps->cap * 2 : 16;
    pcre2_code **nc = realloc(ps->codes, ncap * sizeof *nc);
    if (!nc) return KIMPUT_ERR_NOMEM;
    ps->codes = nc;
    ps->cap = ncap;
  }
  int code;
  PCRE2_SIZE where;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)(pattern ? pattern : ""), len,
                                 PCRE2_UTF, &code, &where, NULL);
  if (!re) {
    if (code == PCRE2_ERROR_NOMEMORY) return KIMPUT_ERR_NOMEM;
    if (err && errlen) {
      char msg[256];
      pcre2_get_error_message(code, (PCRE2_UCHAR *)msg, sizeof msg);
      snprintf(err, errlen, "%s at offset %u", msg, (unsigned)where);
    }
    return KIMPUT_ERR_PATTERN;
  }
  /* JIT is an optimisation: when the platform has none, the interpreter runs */
  (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
  ps->codes[ps->n++] = re;
  return KIMPUT_OK;
}

size_t kimput_patset_count(const kimput_patset *ps) { return ps ? ps->n : 0; }

int kimput_patset_group(const kimput_patset *ps, size_t index, const char *name) {
  if (!ps || index >= ps->n || !name) return -1;
  int g = pcre2_substring_number_from_name(ps->codes[index], (PCRE2_SPTR)name);
  return g > 0 ? g : -1;
}

const char *kimput_patset_group_name(const kimput_patset *ps, size_t index, int group) {
  if (!ps || index >= ps->n || group <= 0) return NULL;
  uint32_t count = 0, size = 0;
  PCRE2_SPTR table = NULL;
  pcre2_pattern_info(ps->codes[index], PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(ps->codes[index], PCRE2_INFO_NAMEENTRYSIZE, &size);
  pcre2_pattern_info(ps->codes[index], PCRE2_INFO_NAMETABLE, &table);
  for (uint32_t i = 0; i < count; i++) {
    PCRE2_SPTR entry = table + (size_t)i * size;  /* 2-byte group number, then the name */
    if (((int)entry[0] << 8 | entry[1]) == group) return (const char *)(entry + 2);
  }
  return NULL;
}

/* One match; utf_checked says the caller has validated the subject, else
 * PCRE2 checks the part the match can inspect. */
static int patset_match(kimput_patset *ps, size_t index, const char *subject, size_t len,
                        size_t from, uint32_t *caps, int utf_checked) {
  if (!ps || index >= ps->n || (!subject && len) || from > len) return -KIMPUT_ERR_ARG;
  if (!subject) subject = "";
  int rc = pcre2_match(ps->codes[index], (PCRE2_SPTR)subject, len, from,
                       utf_checked ? PCRE2_NO_UTF_CHECK : 0, ps->md, ps->mctx);
  if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL) return 0;
  if (rc == PCRE2_ERROR_NOMEMORY) return -KIMPUT_ERR_NOMEM;
  if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21) return -KIMPUT_ERR_UTF8;
  if (rc == PCRE2_ERROR_BADUTFOFFSET) return -KIMPUT_ERR_ARG;
  if (rc < 0) return -KIMPUT_ERR_LIMIT;  /* match, depth or JIT stack limit */
  if (caps) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(ps->md);
    uint32_t pairs = pcre2_get_ovector_count(ps->md);
    for (uint32_t g = 0; g < KIMPUT_PATSET_MAX_GROUPS; g++) {
      int set = g < pairs && (rc == 0 || g < (uint32_t)rc) && ov[2 * g] != PCRE2_UNSET;
      caps[2 * g] = set ? (uint32_t)ov[2 * g] : KIMPUT_NOPOS;
      caps[2 * g + 1] = set ? (uint32_t)ov[2 * g + 1] : KIMPUT_NOPOS;
    }
  }
  return 1;
}

int kimput_patset_match(kimput_patset *ps, size_t index, const char *subject, size_t len,
                        size_t from, uint32_t *caps) {
  return patset_match(ps, index, subject, len, from, caps, 0);
}

/* The subject is validated once here, not once per pattern. */
static int first_match(kimput_patset *ps, const char *subject, size_t len, uint32_t *caps) {
  for (size_t i = 0; i < ps->n; i++) {
    if (patset_match(ps, i, subject, len, 0, caps, 1) == 1) return (int)i;
  }
  return -1;
}

int kimput_patset_first(kimput_patset *ps, const char *subject, size_t len, uint32_t *caps) {
  if (!ps || (!subject && len) || !kimput_utf8_valid(subject, len, NULL)) return -1;
  return first_match(ps, subject, len, caps);
}

kimput_status kimput_patset_classify(kimput_patset *ps, const char *text, size_t len,
                                     const kimput_span *lines, size_t count, int *rule) {
  if (!ps || (!text && len) || (!lines && count) || (!rule && count)) return KIMPUT_ERR_ARG;
  for (size_t i = 0; i < count; i++) {
    if (lines[i].start > lines[i].end || lines[i].end > len) return KIMPUT_ERR_ARG;
    const char *line = text + lines[i].start;
    size_t n = lines[i].end - lines[i].start;
    if (!kimput_utf8_valid(line, n, NULL)) return KIMPUT_ERR_UTF8;
    rule[i] = first_match(ps, line, n, NULL);
  }
  return KIMPUT_OK;
}
