/* libFuzzer target: arbitrary patterns over arbitrary texts through the rule
 * engine. The first byte gives the pattern's length, the second its flags;
 * the rest is the text (repaired to valid UTF-8 as a document does). Tight
 * limits keep each input fast; every match must lie inside the range. */
#include <stdint.h>
#include <stdlib.h>

#include "kimput.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2) return 0;
  size_t plen = data[0] % 64;
  int flags = data[1] & 31;
  data += 2;
  size -= 2;
  if (plen > size) plen = size;
  kimput_rule_limits limits = {20000, 1000, 1024, 64};
  kimput_rule *rule = NULL;
  char msg[128];
  size_t off;
  if (kimput_rule_new((const char *)data, plen, flags, &limits, &rule, msg, sizeof msg, &off) != KIMPUT_OK) {
    if (off > plen) abort();
    return 0;
  }
  kimput_doc *doc = NULL;
  if (kimput_doc_new((const char *)data + plen, size - plen, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) == KIMPUT_OK) {
    size_t len;
    const char *text = kimput_doc_text(doc, &len);
    kimput_span groups[8];
    size_t ng = kimput_rule_group_count(rule) + 1;
    if (ng > 8) ng = 8;
    size_t from = 0;
    for (int steps = 0; steps < 1000 && from <= len; steps++) {
      int found = 0;
      if (kimput_rule_match(rule, text, len, 0, len, from, groups, ng, &found) != KIMPUT_OK || !found) break;
      for (size_t g = 0; g < ng; g++) {
        if (groups[g].start == KIMPUT_UNSET) continue;
        if (groups[g].start > groups[g].end || groups[g].end > len) abort();
      }
      if (groups[0].end > from) from = groups[0].end;
      else {
        if (from >= len) break;
        from++;
        while (from < len && ((unsigned char)text[from] & 0xC0) == 0x80) from++;
      }
    }
    kimput_doc_free(doc);
  }
  kimput_rule_free(rule);
  return 0;
}
