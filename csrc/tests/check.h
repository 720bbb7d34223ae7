/* check.h -- a minimal test harness for the C unit tests: each CHECK counts
 * one test; main() ends with CHECK_SUMMARY(), which prints the line
 * "N passed, N failed" that `make test` adds up. */
#ifndef KIMPUT_CHECK_H
#define KIMPUT_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                         \
  do {                                                                      \
    if (cond) check_passed++;                                               \
    else {                                                                  \
      check_failed++;                                                       \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                       \
  } while (0)

#define CHECK_STR(got, glen, want) \
  CHECK((glen) == strlen(want) && memcmp((got), (want), (glen)) == 0)

#define CHECK_SUMMARY()                                           \
  (printf("%d passed, %d failed\n", check_passed, check_failed), \
   check_failed ? 1 : 0)

#endif
