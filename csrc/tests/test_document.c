/* Unit tests of what a document tells its owner about itself: the memory it
 * holds as its lazy arrays are computed (kimput_doc_memory), and the text
 * it reads in place when borrowed (KIMPUT_DOC_BORROW). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kimput.h"

static void test_memory_grows_with_stages(void) {
  const char *s = "Menteri itu tiba di Jakarta pada Senin. Ia bertemu wartawan.";
  kimput_doc *d = NULL;
  CHECK(kimput_doc_new(s, strlen(s), 0, &d, NULL) == KIMPUT_OK);
  size_t fresh = kimput_doc_memory(d), n;
  CHECK(fresh > strlen(s));
  CHECK(kimput_doc_tokens(d, &n) != NULL && n > 10);
  size_t tokenized = kimput_doc_memory(d);
  CHECK(tokenized >= fresh + n * sizeof(kimput_token));
  CHECK(kimput_doc_sentences(d, &n) != NULL && n == 2);
  size_t split = kimput_doc_memory(d);
  CHECK(split >= tokenized + n * sizeof(kimput_sentence));
  /* asking again computes nothing new */
  kimput_doc_tokens(d, &n);
  CHECK(kimput_doc_memory(d) == split);
  kimput_doc_free(d);
}

static void test_memory_of_edge_documents(void) {
  CHECK(kimput_doc_memory(NULL) == 0);
  kimput_doc *d = NULL;
  CHECK(kimput_doc_new("", 0, 0, &d, NULL) == KIMPUT_OK);
  size_t empty = kimput_doc_memory(d), n;
  CHECK(empty > 0);
  kimput_doc_tokens(d, &n);
  CHECK(n == 0);
  kimput_doc_free(d);
  /* a repaired text is counted at its repaired length */
  CHECK(kimput_doc_new("a\xff" "b", 3, KIMPUT_DOC_REPLACE_INVALID, &d, NULL) == KIMPUT_OK);
  size_t len;
  kimput_doc_text(d, &len);
  CHECK(len == 5);
  CHECK(kimput_doc_memory(d) >= empty + 5);
  kimput_doc_free(d);
}

static void test_borrowed_text(void) {
  const char *s = "Menteri itu tiba di Jakarta pada Senin. Ia bertemu wartawan.";
  size_t n = strlen(s), len;
  kimput_doc *own = NULL, *lent = NULL;
  CHECK(kimput_doc_new(s, n, 0, &own, NULL) == KIMPUT_OK);
  CHECK(kimput_doc_new(s, n, KIMPUT_DOC_BORROW, &lent, NULL) == KIMPUT_OK);
  /* read in place: the caller's bytes, and no copy counted */
  CHECK(kimput_doc_text(lent, &len) == s && len == n);
  CHECK(kimput_doc_text(own, NULL) != s);
  CHECK(kimput_doc_memory(lent) + n < kimput_doc_memory(own));
  /* the stages see the same text */
  size_t nt_own, nt_lent;
  const kimput_token *a = kimput_doc_tokens(own, &nt_own), *b = kimput_doc_tokens(lent, &nt_lent);
  CHECK(a && b && nt_own == nt_lent);
  for (size_t i = 0; a && b && i < nt_own && i < nt_lent; i++)  /* field by field: the struct has padding */
    CHECK(a[i].start == b[i].start && a[i].end == b[i].end && a[i].kind == b[i].kind && a[i].flags == b[i].flags);
  kimput_doc_free(own);
  kimput_doc_free(lent);
  /* a buffer whose byte after the text is not NUL is refused */
  char buf[8] = "abcdefg";
  kimput_doc *d = (kimput_doc *)1;
  CHECK(kimput_doc_new(buf, 3, KIMPUT_DOC_BORROW, &d, NULL) == KIMPUT_ERR_ARG && d == NULL);
  /* a repaired text is the document's own copy */
  CHECK(kimput_doc_new("a\xff" "b", 3, KIMPUT_DOC_BORROW | KIMPUT_DOC_REPLACE_INVALID, &d, NULL) == KIMPUT_OK);
  const char *t = kimput_doc_text(d, &len);
  CHECK(len == 5 && memcmp(t, "a\xef\xbf\xbd" "b", 5) == 0 && t[5] == '\0');
  kimput_doc_free(d);
  /* invalid UTF-8 without repair fails as without the flag */
  size_t bad = 0;
  CHECK(kimput_doc_new("a\xff", 2, KIMPUT_DOC_BORROW, &d, &bad) == KIMPUT_ERR_UTF8 && bad == 1);
  /* the empty text, also as NULL */
  CHECK(kimput_doc_new("", 0, KIMPUT_DOC_BORROW, &d, NULL) == KIMPUT_OK);
  CHECK(kimput_doc_tokens(d, &n) == NULL && n == 0);
  kimput_doc_free(d);
  CHECK(kimput_doc_new(NULL, 0, KIMPUT_DOC_BORROW, &d, NULL) == KIMPUT_OK);
  CHECK(kimput_doc_text(d, &len) != NULL && len == 0);
  kimput_doc_free(d);
}

/* A document tokenized after another was freed (whose token array it may
 * reuse) has the tokens a fresh tokenization gives, and reports their memory. */
static void test_tokens_after_a_freed_document(void) {
  char big[4096];
  size_t n = 0;
  while (n + 20 < sizeof big) n += (size_t)snprintf(big + n, sizeof big - n, "Kata%zu dan kata. ", n);
  const char *texts[] = {big, "Menteri Ana menulis surat.", big, "", "x", big + 100};
  for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
    size_t len = strlen(texts[k]);
    kimput_doc *d = NULL;
    CHECK(kimput_doc_new(texts[k], len, KIMPUT_DOC_DEFAULT, &d, NULL) == KIMPUT_OK);
    size_t before = kimput_doc_memory(d), ntok = 0, nfresh = 0, cap = 0;
    const kimput_token *t = kimput_doc_tokens(d, &ntok);
    kimput_token *fresh = NULL;
    CHECK(kimput_tokenize(texts[k], len, &fresh, &nfresh, &cap) == KIMPUT_OK);
    int same = ntok == nfresh && (ntok > 0 || t == NULL);
    for (size_t i = 0; same && i < ntok; i++)  /* field by field: the padding is not written */
      same = t[i].start == fresh[i].start && t[i].end == fresh[i].end && t[i].kind == fresh[i].kind &&
             t[i].flags == fresh[i].flags;
    CHECK(same);
    CHECK(kimput_doc_memory(d) >= before + ntok * sizeof *t);
    free(fresh);
    kimput_doc_free(d);
  }
}

int main(void) {
  test_tokens_after_a_freed_document();
  test_memory_grows_with_stages();
  test_memory_of_edge_documents();
  test_borrowed_text();
  return CHECK_SUMMARY();
}
