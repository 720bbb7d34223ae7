/* rules.c -- PCRE2 patterns with limits: the engine behind kimput.rule.
 *
 * A rule owns its compiled code, its match data, a match context carrying
 * the limits and a JIT stack, so that matching allocates nothing and an
 * analyst's catastrophic pattern ends with KIMPUT_ERR_LIMIT instead of
 * running for hours. Patterns are compiled in UTF mode with Unicode
 * properties (\w, \b and case folding know Indonesian letters) and
 * JIT-compiled where the platform allows.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

enum {
  DEFAULT_MATCH_LIMIT = 1000000,
  DEFAULT_DEPTH_LIMIT = 10000,
  DEFAULT_HEAP_LIMIT_KIB = 20480,
  DEFAULT_JIT_STACK_KIB = 1024,
  JIT_STACK_START = 32 * 1024
};

struct kimput_rule {
  pcre2_code *code;
  pcre2_match_data *match;
  pcre2_match_context *context;
  pcre2_jit_stack *jit_stack;  /* NULL without JIT */
  int jit;
  uint32_t ngroups;
  uint32_t nnames, name_entry_size;
  const unsigned char *name_table;  /* borrowed from code */
  char error[128];
};

static uint32_t or_default(uint32_t v, uint32_t d) { return v ? v : d; }

kimput_status kimput_rule_new(const char *pattern, size_t len, int flags,
                              const kimput_rule_limits *limits, kimput_rule **out,
                              char *errbuf, size_t errsize, size_t *erroffset) {
  if (errbuf && errsize) errbuf[0] = '\0';
  if (erroffset) *erroffset = 0;
  if (!out || (!pattern && len)) return KIMPUT_ERR_ARG;
  *out = NULL;
  if (!pattern) pattern = "";
  kimput_rule_limits none = {0, 0, 0, 0};
  if (!limits) limits = &none;

  kimput_rule *r = calloc(1, sizeof *r);
  if (!r) return KIMPUT_ERR_NOMEM;

  uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_DUPNAMES;
  if (flags & KIMPUT_RULE_CASELESS) options |= PCRE2_CASELESS;
  if (flags & KIMPUT_RULE_MULTILINE) options |= PCRE2_MULTILINE;
  if (flags & KIMPUT_RULE_DOTALL) options |= PCRE2_DOTALL;
  if (flags & KIMPUT_RULE_EXTENDED) options |= PCRE2_EXTENDED;
  int errcode;
  PCRE2_SIZE erroff;
  r->code = pcre2_compile((PCRE2_SPTR)pattern, len, options, &errcode, &erroff, NULL);
  if (!r->code) {
    if (errbuf && errsize) pcre2_get_error_message(errcode, (PCRE2_UCHAR *)errbuf, errsize);
    if (erroffset) *erroffset = erroff;
    free(r);
    return errcode == PCRE2_ERROR_NOMEMORY ? KIMPUT_ERR_NOMEM : KIMPUT_ERR_PATTERN;
  }
  r->match = pcre2_match_data_create_from_pattern(r->code, NULL);
  r->context = pcre2_match_context_create(NULL);
  if (!r->match || !r->context) {
    kimput_rule_free(r);
    return KIMPUT_ERR_NOMEM;
  }
  pcre2_set_match_limit(r->context, or_default(limits->match_limit, DEFAULT_MATCH_LIMIT));
  pcre2_set_depth_limit(r->context, or_default(limits->depth_limit, DEFAULT_DEPTH_LIMIT));
  pcre2_set_heap_limit(r->context, or_default(limits->heap_limit_kib, DEFAULT_HEAP_LIMIT_KIB));

  if (!(flags & KIMPUT_RULE_NO_JIT) && pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE) == 0) {
    size_t max = (size_t)or_default(limits->jit_stack_kib, DEFAULT_JIT_STACK_KIB) * 1024;
    r->jit_stack = pcre2_jit_stack_create(max < JIT_STACK_START ? max : JIT_STACK_START, max, NULL);
    if (!r->jit_stack) {
      kimput_rule_free(r);
      return KIMPUT_ERR_NOMEM;
    }
    pcre2_jit_stack_assign(r->context, NULL, r->jit_stack);
    r->jit = 1;
  }
  pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &r->ngroups);
  pcre2_pattern_info(r->code, PCRE2_INFO_NAMECOUNT, &r->nnames);
  pcre2_pattern_info(r->code, PCRE2_INFO_NAMEENTRYSIZE, &r->name_entry_size);
  pcre2_pattern_info(r->code, PCRE2_INFO_NAMETABLE, &r->name_table);
  *out = r;
  return KIMPUT_OK;
}

void kimput_rule_free(kimput_rule *r) {
  if (!r) return;
  pcre2_jit_stack_free(r->jit_stack);
  pcre2_match_context_free(r->context);
  pcre2_match_data_free(r->match);
  pcre2_code_free(r->code);
  free(r);
}

uint32_t kimput_rule_group_count(const kimput_rule *r) { return r ? r->ngroups : 0; }
uint32_t kimput_rule_name_count(const kimput_rule *r) { return r ? r->nnames : 0; }
int kimput_rule_jit(const kimput_rule *r) { return r ? r->jit : 0; }
const char *kimput_rule_error(const kimput_rule *r) { return r ? r->error : ""; }

/* Name-table entries are a 2-byte big-endian group number then the
 * NUL-terminated name. */
const char *kimput_rule_name(const kimput_rule *r, uint32_t i, uint32_t *group) {
  if (!r || i >= r->nnames) return NULL;
  const unsigned char *e = r->name_table + (size_t)i * r->name_entry_size;
  if (group) *group = (uint32_t)(e[0] << 8 | e[1]);
  return (const char *)e + 2;
}

static int is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/* The match itself; `trusted` when the text is a document's, known valid. */
static kimput_status rule_match(kimput_rule *r, const char *text, size_t text_len,
                                size_t range_start, size_t range_end, size_t from,
                                kimput_span *groups, size_t ngroups, int *found, int trusted) {
  if (found) *found = 0;
  if (!r || !found || (!text && text_len) || text_len > KIMPUT_MAX_TEXT || range_start > range_end ||
      range_end > text_len ||
      from < range_start || from > range_end || (ngroups && !groups))
    return KIMPUT_ERR_ARG;
  r->error[0] = '\0';
  if (!text) text = "";
  const char *subject = text + range_start;
  size_t len = range_end - range_start;
  if (from < range_end && is_continuation((unsigned char)text[from])) return KIMPUT_ERR_ARG;
  /* a range must not cut a character */
  if ((range_start < text_len && is_continuation((unsigned char)text[range_start])) ||
      (range_end < text_len && is_continuation((unsigned char)text[range_end])))
    return KIMPUT_ERR_ARG;
  /* A document's text is valid (trusted). Any other text is checked by PCRE2
   * on every call, over the part of the range the match can inspect (from
   * the start offset less the longest lookbehind to the range's end): no
   * state is kept between calls, so a caller may refill its buffer. */
  /* a JIT-compiled rule on trusted text goes straight to its machine code
   * (pcre2_jit_match: no option and UTF checks, the same result) */
  int rc = trusted && r->jit
               ? pcre2_jit_match(r->code, (PCRE2_SPTR)subject, len, from - range_start, 0, r->match, r->context)
               : pcre2_match(r->code, (PCRE2_SPTR)subject, len, from - range_start,
                             trusted ? PCRE2_NO_UTF_CHECK : 0, r->match, r->context);
  if (rc == PCRE2_ERROR_NOMATCH) return KIMPUT_OK;
  if (rc < 0) {
    pcre2_get_error_message(rc, (PCRE2_UCHAR *)r->error, sizeof r->error);
    if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21) return KIMPUT_ERR_UTF8;
    switch (rc) {
    case PCRE2_ERROR_MATCHLIMIT:
    case PCRE2_ERROR_DEPTHLIMIT:
    case PCRE2_ERROR_HEAPLIMIT:
    case PCRE2_ERROR_JIT_STACKLIMIT: return KIMPUT_ERR_LIMIT;
    case PCRE2_ERROR_NOMEMORY: return KIMPUT_ERR_NOMEM;
    default: return KIMPUT_ERR_ARG;
    }
  }
  const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->match);
  uint32_t have = pcre2_get_ovector_count(r->match);
  for (size_t g = 0; g < ngroups; g++) {
    if (g < have && ov[2 * g] != PCRE2_UNSET && ov[2 * g] <= ov[2 * g + 1]) {
      groups[g].start = (uint32_t)(ov[2 * g] + range_start);
      groups[g].end = (uint32_t)(ov[2 * g + 1] + range_start);
    } else {
      /* unset, or a \K lookahead oddity where start > end: report as unset */
      groups[g].start = groups[g].end = KIMPUT_UNSET;
    }
  }
  *found = 1;
  return KIMPUT_OK;
}

kimput_status kimput_rule_match(kimput_rule *r, const char *text, size_t text_len,
                                size_t range_start, size_t range_end, size_t from,
                                kimput_span *groups, size_t ngroups, int *found) {
  return rule_match(r, text, text_len, range_start, range_end, from, groups, ngroups, found, 0);
}

kimput_status kimput_rule_match_doc(kimput_rule *r, const kimput_doc *doc, size_t range_start, size_t range_end,
                                    size_t from, kimput_span *groups, size_t ngroups, int *found) {
  if (found) *found = 0;
  if (!doc) return KIMPUT_ERR_ARG;
  size_t len;
  const char *text = kimput_doc_text(doc, &len);
  return rule_match(r, text, len, range_start, range_end, from, groups, ngroups, found, 1);
}

int kimput_rule_start_bytes(const kimput_rule *r, uint8_t bitmap[32]) {
  if (!r || !bitmap) return 0;
  memset(bitmap, 0, 32);
  uint32_t type = 0, unit = 0;
  const uint8_t *map = NULL;
  if (pcre2_pattern_info(r->code, PCRE2_INFO_FIRSTCODETYPE, &type) != 0) return 0;
  if (type == 1) {
    if (pcre2_pattern_info(r->code, PCRE2_INFO_FIRSTCODEUNIT, &unit) != 0 || unit >= 0x80) return 0;
    bitmap[unit / 8] |= (uint8_t)(1u << (unit % 8));
    /* the first unit may stand for both cases of a letter (caseless) */
    if ((unit | 0x20) >= 'a' && (unit | 0x20) <= 'z') bitmap[(unit ^ 0x20) / 8] |= (uint8_t)(1u << ((unit ^ 0x20) % 8));
    return 1;
  }
  if (type != 0 || pcre2_pattern_info(r->code, PCRE2_INFO_FIRSTBITMAP, &map) != 0 || !map) return 0;
  memcpy(bitmap, map, 32);
  return 1;
}
