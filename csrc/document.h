/* document.h -- the document struct, private to the core. */
#ifndef KIMPUT_DOCUMENT_H
#define KIMPUT_DOCUMENT_H

#include <string.h>

#include "kimput.h"

struct kimput_doc {
  const char *text;        /* NUL-terminated: the private copy, or the caller's text */
  char *owned;             /* the private copy, NULL when the text is borrowed (KIMPUT_DOC_BORROW) */
  size_t len;
  kimput_token *tokens;    /* lazily computed */
  size_t ntokens, tokens_cap;
  int tokenized;
  kimput_sentence *sentences;
  size_t nsentences;
  int split;
  kimput_status status;
  struct mention_set *mentions;  /* mentions.c: the last kimput_doc_mentions result */
  struct quote_set *attributed;  /* attribution.c: the last kimput_doc_attribute result */
};

/* mentions.c, attribution.c: free the results cached on a document */
void mention_set_free(struct mention_set *set);
void quote_set_free(struct quote_set *set);
/* ... and count their bytes for kimput_doc_memory (0 for NULL) */
size_t mention_set_memory(const struct mention_set *set);
size_t quote_set_memory(const struct quote_set *set);

/* The index of the first element of base[0..n) (elements of `size` bytes,
 * sorted by a uint32_t start offset as their first field: tokens, mentions)
 * that starts at or after off; n when none does. */
static inline size_t first_at(const void *base, size_t n, size_t size, uint32_t off) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    uint32_t start;
    memcpy(&start, (const char *)base + mid * size, sizeof start);
    if (start < off) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/* sentences.c */
kimput_status kimput_split_sentences(const char *text, size_t len,
                                     const kimput_token *tokens, size_t ntokens,
                                     kimput_sentence **out, size_t *count);

#endif
