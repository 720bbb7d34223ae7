/* Unit tests of kimput_fold: case folding, and the key names are compared by. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kimput.h"

static void check_flags(const char *in, int flags, const char *want) {
  char *out = NULL;
  size_t n = 0;
  kimput_status st = kimput_fold(in, strlen(in), flags, &out, &n);
  int ok = st == KIMPUT_OK && n == strlen(want) && memcmp(out, want, n) == 0 && out[n] == '\0';
  if (!ok) fprintf(stderr, "fold [%s]: got [%s] want [%s]\n", in, out ? out : "(null)", want);
  CHECK(ok);
  free(out);
}

static void check_fold(const char *in, const char *want) { check_flags(in, KIMPUT_FOLD_NAME, want); }

int main(void) {
  check_fold("Kim Jong-un", "kimjongun");
  check_fold("KIM  JONG UN", "kimjongun");
  check_fold("Korea\xC2\xA0Utara", "koreautara");              /* no-break space */
  check_fold("Korea \xE2\x80\x93 Utara", "koreautara");        /* en dash */
  check_fold("STRASSE", "strasse");
  check_fold("Stra\xC3\x9F" "e", "strasse");                   /* full folding: ß is ss */
  check_fold("\xC3\x96ZIL", "\xC3\xB6zil");                    /* Ö */
  check_fold("\xD0\x9F\xD0\xA3\xD0\xA2\xD0\x98\xD0\x9D", "\xD0\xBF\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD"); /* ПУТИН */
  check_fold("", "");
  check_fold(" - ", "");
  check_flags("Kim Jong-UN", KIMPUT_FOLD_DEFAULT, "kim jong-un");
  check_flags("SURAT \xC3\x9C", KIMPUT_FOLD_DEFAULT, "surat \xC3\xBC");  /* Ü */

  char *out = (char *)1;
  size_t n = 7;
  CHECK(kimput_fold("a\xFF", 2, 0, &out, &n) == KIMPUT_ERR_UTF8 && out == NULL && n == 0);
  CHECK(kimput_fold(NULL, 3, 0, &out, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_fold("a", 1, 0, NULL, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_fold("a", KIMPUT_FOLD_MAX + 1, 0, &out, &n) == KIMPUT_ERR_TOO_LARGE);
  CHECK(kimput_fold(NULL, 0, KIMPUT_FOLD_NAME, &out, &n) == KIMPUT_OK && n == 0 && out && out[0] == '\0');
  free(out);
  return CHECK_SUMMARY();
}
