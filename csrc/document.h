/* document.h -- the document struct, private to the core. */
#ifndef KIMPUT_DOCUMENT_H
#define KIMPUT_DOCUMENT_H

#include "kimput.h"

struct kimput_doc {
  char *text;              /* owned, NUL-terminated copy */
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

/* sentences.c */
kimput_status kimput_split_sentences(const char *text, size_t len,
                                     const kimput_token *tokens, size_t ntokens,
                                     kimput_sentence **out, size_t *count);

#endif
