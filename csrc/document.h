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
};

/* sentences.c */
kimput_status kimput_split_sentences(const char *text, size_t len,
                                     const kimput_token *tokens, size_t ntokens,
                                     kimput_sentence **out, size_t *count);

#endif
