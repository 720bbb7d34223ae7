/* libFuzzer target: arbitrary patterns over arbitrary texts through the rule
 * engine. Byte 0 gives the pattern's length, byte 1 its flags, bytes 2-3 a
 * range; the rest is the text. The text is matched twice: as raw bytes with
 * kimput_rule_match (invalid UTF-8 must come back as KIMPUT_ERR_UTF8, a
 * range inside a character as KIMPUT_ERR_ARG, never a read past the range),
 * then repaired into a document with kimput_rule_match_doc over the range.
 * Tight limits keep each input fast; every match must lie inside its range. */
#include <stdint.h>
#include <stdlib.h>

#include "kimput.h"

/* Scans [lo, hi) from lo; doc NULL: raw text. Checks every match. */
static void scan(kimput_rule *rule, const kimput_doc *doc, const char *text, size_t len, size_t lo,
                 size_t hi) {
  kimput_span groups[8];
  size_t ng = kimput_rule_group_count(rule) + 1;
  if (ng > 8) ng = 8;
  size_t from = lo;
  for (int steps = 0; steps < 200 && from <= hi; steps++) {
    int found = 0;
    kimput_status st = doc ? kimput_rule_match_doc(rule, doc, lo, hi, from, groups, ng, &found)
                           : kimput_rule_match(rule, text, len, lo, hi, from, groups, ng, &found);
    if (st != KIMPUT_OK || !found) {
      if (found) abort();
      if (doc && st == KIMPUT_ERR_UTF8) abort();  /* a document's text is valid */
      return;
    }
    for (size_t g = 0; g < ng; g++) {
      if (groups[g].start == KIMPUT_UNSET) continue;
      if (groups[g].start > groups[g].end || groups[g].start < lo || groups[g].end > hi) abort();
    }
    if (groups[0].end > from) from = groups[0].end;
    else {
      if (from >= hi) return;
      from++;
      while (from < hi && ((unsigned char)text[from] & 0xC0) == 0x80) from++;
    }
  }
}

/* The range [lo, hi) picked by two bytes, within len. */
static void pick_range(const uint8_t *b, size_t len, size_t *lo, size_t *hi) {
  *lo = len ? b[0] % (len + 1) : 0;
  *hi = *lo + (len - *lo) * b[1] / 255;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 4) return 0;
  size_t plen = data[0] % 64;
  int flags = data[1] & 31;
  const uint8_t *range = data + 2;
  data += 4;
  size -= 4;
  if (plen > size) plen = size;
  kimput_rule_limits limits = {20000, 1000, 1024, 64};
  kimput_rule *rule = NULL;
  char msg[128];
  size_t off;
  if (kimput_rule_new((const char *)data, plen, flags, &limits, &rule, msg, sizeof msg, &off) != KIMPUT_OK) {
    if (off > plen) abort();
    return 0;
  }
  /* the accessors of a compiled rule: a message only after a failed match, names inside the count */
  (void)kimput_rule_jit(rule);
  for (uint32_t i = 0, n = kimput_rule_name_count(rule); i < n; i++) {
    uint32_t group = 0;
    const char *name = kimput_rule_name(rule, i, &group);
    if (!name || group > kimput_rule_group_count(rule)) abort();
  }
  (void)kimput_rule_error(rule);
  const char *raw = (const char *)data + plen;
  size_t raw_len = size - plen, lo, hi;
  pick_range(range, raw_len, &lo, &hi);
  scan(rule, NULL, raw, raw_len, lo, hi);
  kimput_doc *doc = NULL;
  if (kimput_doc_new(raw, raw_len, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) == KIMPUT_OK) {
    size_t len;
    const char *text = kimput_doc_text(doc, &len);
    pick_range(range, len, &lo, &hi);
    /* a document range must fall on character boundaries */
    while (lo < len && ((unsigned char)text[lo] & 0xC0) == 0x80) lo++;
    if (hi < lo) hi = lo;
    while (hi < len && ((unsigned char)text[hi] & 0xC0) == 0x80) hi++;
    scan(rule, doc, text, len, lo, hi);
    kimput_doc_free(doc);
  }
  kimput_rule_free(rule);
  return 0;
}
