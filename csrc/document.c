/* document.c -- a document owns its text (or borrows the caller's) and the
 * lazily computed token and sentence arrays. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "thread_slot.h"

/* ------------------------------------------------------------ the spare token array
 *
 * The token array of the last document freed on a thread is kept for the
 * next document tokenized there: a corpus walk tokenizes one document after
 * another, and a fresh array of a few kilobytes for each made glibc
 * consolidate all its free small chunks every time (malloc_consolidate, a
 * few percent of a pipeline). An array over SPARE_MAX bytes is freed. */
#define SPARE_MAX (256u << 10)

typedef struct {
  kimput_token *v;
  size_t cap;
} spare_tokens;

static pthread_key_t spare_key;
static pthread_once_t spare_once = PTHREAD_ONCE_INIT;
static int spare_ok;

static void spare_free(void *p) {
  spare_tokens *sp = p;
  if (sp) free(sp->v);
  free(sp);
}

static void spare_init(void) { spare_ok = pthread_key_create(&spare_key, spare_free) == 0; }

/* This thread's spare (made when create and none exists yet), or NULL. */
static spare_tokens *thread_spare(int create) {
  pthread_once(&spare_once, spare_init);
  return thread_slot(spare_key, spare_ok, sizeof(spare_tokens), create);
}

/* Keeps a freed document's token array as this thread's spare (the larger
 * of the two, within SPARE_MAX), or frees it. */
static void keep_tokens(kimput_token *v, size_t cap) {
  spare_tokens *sp = v && cap * sizeof *v <= SPARE_MAX ? thread_spare(1) : NULL;
  if (!sp) { free(v); return; }
  if (sp->v && sp->cap >= cap) { free(v); return; }
  free(sp->v);
  sp->v = v;
  sp->cap = cap;
}

const char *kimput_strerror(kimput_status status) {
  switch (status) {
  case KIMPUT_OK: return "ok";
  case KIMPUT_ERR_NOMEM: return "out of memory";
  case KIMPUT_ERR_UTF8: return "invalid UTF-8";
  case KIMPUT_ERR_TOO_LARGE: return "text too large (4 GiB at most)";
  case KIMPUT_ERR_ARG: return "bad argument";
  case KIMPUT_ERR_PATTERN: return "pattern does not compile";
  case KIMPUT_ERR_LIMIT: return "match limit exceeded";
  }
  return "unknown status";
}

kimput_status kimput_doc_new(const char *text, size_t len, int flags,
                             kimput_doc **out, size_t *bad_offset) {
  if (!out || (!text && len)) return KIMPUT_ERR_ARG;
  *out = NULL;
  if (len > KIMPUT_MAX_TEXT) return KIMPUT_ERR_TOO_LARGE;
  kimput_doc *doc = calloc(1, sizeof *doc);
  if (!doc) return KIMPUT_ERR_NOMEM;
  size_t bad = 0;
  if (kimput_utf8_valid(text, len, &bad)) {
    if ((flags & KIMPUT_DOC_BORROW) && text && text[len] == '\0') {
      doc->text = text;  /* read in place: the caller keeps it alive and unchanged */
    } else if (flags & KIMPUT_DOC_BORROW && text) {
      free(doc);
      return KIMPUT_ERR_ARG;  /* a borrowed text must be NUL-terminated */
    } else {
      doc->owned = malloc(len + 1);
      if (!doc->owned) { free(doc); return KIMPUT_ERR_NOMEM; }
      if (len) memcpy(doc->owned, text, len);
      doc->owned[len] = '\0';
      doc->text = doc->owned;
    }
    doc->len = len;
  } else if (flags & KIMPUT_DOC_REPLACE_INVALID) {
    kimput_status st = kimput_utf8_repair(text, len, &doc->owned, &doc->len);
    if (st != KIMPUT_OK) { free(doc); return st; }
    doc->text = doc->owned;
  } else {
    if (bad_offset) *bad_offset = bad;
    free(doc);
    return KIMPUT_ERR_UTF8;
  }
  *out = doc;
  return KIMPUT_OK;
}

void kimput_doc_free(kimput_doc *doc) {
  if (!doc) return;
  free(doc->owned);
  keep_tokens(doc->tokens, doc->tokens_cap);
  free(doc->sentences);
  mention_set_free(doc->mentions);
  quote_set_free(doc->attributed);
  free(doc);
}

const char *kimput_doc_text(const kimput_doc *doc, size_t *len) {
  if (len) *len = doc ? doc->len : 0;
  return doc ? doc->text : NULL;
}

size_t kimput_doc_memory(const kimput_doc *doc) {
  if (!doc) return 0;
  return sizeof *doc + (doc->owned ? doc->len + 1 : 0) + doc->tokens_cap * sizeof *doc->tokens +
         doc->nsentences * sizeof *doc->sentences + mention_set_memory(doc->mentions) +
         quote_set_memory(doc->attributed);
}

kimput_status kimput_doc_status(const kimput_doc *doc) {
  return doc ? doc->status : KIMPUT_ERR_ARG;
}

const kimput_token *kimput_doc_tokens(kimput_doc *doc, size_t *count) {
  if (count) *count = 0;
  if (!doc || !count) return NULL;
  if (!doc->tokenized) {
    spare_tokens *sp = doc->tokens || !doc->len ? NULL : thread_spare(0);
    if (sp && sp->v) {  /* the array of a document freed before: no malloc */
      doc->tokens = sp->v;
      doc->tokens_cap = sp->cap;
      sp->v = NULL;
      sp->cap = 0;
    }
    doc->status = kimput_tokenize(doc->text, doc->len, &doc->tokens, &doc->ntokens, &doc->tokens_cap);
    if (doc->status != KIMPUT_OK) return NULL;
    doc->tokenized = 1;
  }
  *count = doc->ntokens;
  return doc->tokens;
}

const kimput_sentence *kimput_doc_sentences(kimput_doc *doc, size_t *count) {
  if (count) *count = 0;
  if (!doc || !count) return NULL;
  if (!doc->split) {
    size_t ntok;
    const kimput_token *toks = kimput_doc_tokens(doc, &ntok);
    if (!toks && doc->status != KIMPUT_OK) return NULL;
    doc->status = kimput_split_sentences(doc->text, doc->len, toks, ntok, &doc->sentences, &doc->nsentences);
    if (doc->status != KIMPUT_OK) return NULL;
    doc->split = 1;
  }
  *count = doc->nsentences;
  return doc->sentences;
}
