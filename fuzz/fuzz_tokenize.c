/* libFuzzer target: documents (and the memory they report), the tokenizer
 * and the sentence splitter on arbitrary bytes (invalid UTF-8 is repaired
 * first, as with invalid = "replace"); the same bytes borrowed
 * (KIMPUT_DOC_BORROW) give the same tokens. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  kimput_doc *doc = NULL;
  if (kimput_doc_new((const char *)data, size, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) != KIMPUT_OK) return 0;
  size_t ntok, nsent, len;
  const char *text = kimput_doc_text(doc, &len);
  size_t fresh = kimput_doc_memory(doc);
  if (fresh < len) abort();
  const kimput_token *t = kimput_doc_tokens(doc, &ntok);
  size_t tokenized = kimput_doc_memory(doc);
  if (tokenized < fresh + ntok * sizeof *t) abort();
  for (size_t i = 0; i < ntok; i++) {
    if (t[i].start >= t[i].end || t[i].end > len || (i && t[i].start < t[i - 1].end)) abort();
  }
  const kimput_sentence *s = kimput_doc_sentences(doc, &nsent);
  for (size_t i = 0; i < nsent; i++) {
    if (s[i].start > s[i].end || s[i].end > len || s[i].first_token + s[i].ntokens > ntok) abort();
  }
  if (kimput_doc_memory(doc) < tokenized + nsent * sizeof *s) abort();
  /* borrowed: read in place when valid, a repaired copy otherwise; same tokens */
  char *buf = malloc(size + 1);
  if (buf) {
    if (size) memcpy(buf, data, size);
    buf[size] = '\0';
    kimput_doc *lent = NULL;
    if (kimput_doc_new(buf, size, KIMPUT_DOC_BORROW | KIMPUT_DOC_REPLACE_INVALID, &lent, NULL) != KIMPUT_OK) abort();
    size_t llen, lntok;
    const char *ltext = kimput_doc_text(lent, &llen);
    if (llen != len || memcmp(ltext, text, len) != 0) abort();
    if (kimput_utf8_valid(buf, size, NULL) && ltext != buf) abort();
    const kimput_token *lt = kimput_doc_tokens(lent, &lntok);
    if (lntok != ntok) abort();
    for (size_t i = 0; i < ntok; i++)  /* field by field: the struct has padding */
      if (lt[i].start != t[i].start || lt[i].end != t[i].end || lt[i].kind != t[i].kind || lt[i].flags != t[i].flags)
        abort();
    kimput_doc_free(lent);
    free(buf);
  }
  /* the status stays OK on a built document; the enum names take any int (NULL or a name) */
  if (kimput_doc_status(doc) != KIMPUT_OK) abort();
  int any = size >= 4 ? (int)((uint32_t)data[0] | (uint32_t)data[1] << 8 | (uint32_t)data[2] << 16 |
                              (uint32_t)data[3] << 24)
                      : (int)size - 2;
  const char *names[] = {kimput_line_class_name(any), kimput_entity_kind_name(any), kimput_mention_form_name(any),
                         kimput_quote_kind_name(any), kimput_date_kind_name(any)};
  for (size_t k = 0; k < sizeof names / sizeof *names; k++)
    if (names[k] && !names[k][0]) abort();
  kimput_doc_free(doc);
  return 0;
}
