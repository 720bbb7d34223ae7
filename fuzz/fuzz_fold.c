/* libFuzzer target: kimput_fold on arbitrary bytes, plain and for names.
 * Valid input gives a key that folding again leaves unchanged; a name key
 * has no spaces. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

static void fold_twice(const uint8_t *data, size_t size, int flags) {
  char *key = NULL, *again = NULL;
  size_t n = 0, m = 0;
  kimput_status st = kimput_fold((const char *)data, size, flags, &key, &n);
  if (st != KIMPUT_OK) {
    if (key || (st != KIMPUT_ERR_UTF8 && st != KIMPUT_ERR_TOO_LARGE)) abort();
    return;
  }
  if (key[n] != '\0' || ((flags & KIMPUT_FOLD_NAME) && memchr(key, ' ', n))) abort();
  if (kimput_fold(key, n, flags, &again, &m) != KIMPUT_OK || m != n || memcmp(key, again, n) != 0) abort();
  free(again);
  free(key);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fold_twice(data, size, KIMPUT_FOLD_DEFAULT);
  fold_twice(data, size, KIMPUT_FOLD_NAME);
  return 0;
}
