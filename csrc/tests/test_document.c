/* Unit tests of what a document tells its owner about itself: the memory it
 * holds as its lazy arrays are computed (kimput_doc_memory). */
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

int main(void) {
  test_memory_grows_with_stages();
  test_memory_of_edge_documents();
  return CHECK_SUMMARY();
}
