/* Unit tests of page.c: lines and pattern sets. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kimput.h"

static void test_lines(void) {
  const char *t = "  Judul  \r\n\r\nBaca juga:\n\xC2\xA0x y\xC2\xA0\f\n\t \nakhir";
  kimput_span *l = NULL;
  size_t n = 0;
  CHECK(kimput_lines(t, strlen(t), &l, &n) == KIMPUT_OK);
  CHECK(n == 4);
  if (n == 4) {
    CHECK_STR(t + l[0].start, l[0].end - l[0].start, "Judul");
    CHECK_STR(t + l[1].start, l[1].end - l[1].start, "Baca juga:");
    CHECK_STR(t + l[2].start, l[2].end - l[2].start, "x y");
    CHECK_STR(t + l[3].start, l[3].end - l[3].start, "akhir");
  }
  free(l);
  CHECK(kimput_lines("", 0, &l, &n) == KIMPUT_OK && n == 0 && l == NULL);
  CHECK(kimput_lines(" \n\r\n \xC2\xA0", 7, &l, &n) == KIMPUT_OK && n == 0);
  free(l);
  CHECK(kimput_lines(NULL, 3, &l, &n) == KIMPUT_ERR_ARG);
}

static void test_patset(void) {
  kimput_patset *ps = NULL;
  CHECK(kimput_patset_new(&ps) == KIMPUT_OK);
  const char *p1 = "^(?i:baca\\s+juga)\\s*:?$";
  const char *p2 = "^(?<place>\\p{Lu}\\w+) \\((?<outlet>[^)]+)\\)";
  CHECK(kimput_patset_add(ps, p1, strlen(p1), NULL, 0) == KIMPUT_OK);
  CHECK(kimput_patset_add(ps, p2, strlen(p2), NULL, 0) == KIMPUT_OK);
  char err[200] = "";
  CHECK(kimput_patset_add(ps, "((", 2, err, sizeof err) == KIMPUT_ERR_PATTERN);
  CHECK(strstr(err, "offset 2") != NULL);
  CHECK(kimput_patset_count(ps) == 2);
  CHECK(kimput_patset_group(ps, 1, "outlet") == 2);
  CHECK(kimput_patset_group(ps, 1, "nope") == -1);
  CHECK(strcmp(kimput_patset_group_name(ps, 1, 1), "place") == 0);
  CHECK(kimput_patset_group_name(ps, 0, 1) == NULL);

  uint32_t caps[2 * KIMPUT_PATSET_MAX_GROUPS];
  const char *s = "Istanbul (ANTARA) - isi";
  CHECK(kimput_patset_first(ps, s, strlen(s), caps) == 1);
  CHECK_STR(s + caps[4], caps[5] - caps[4], "ANTARA");
  CHECK(caps[6] == KIMPUT_NOPOS);
  CHECK(kimput_patset_first(ps, "BACA JUGA:", 10, NULL) == 0);
  CHECK(kimput_patset_first(ps, "isi berita", 10, NULL) == -1);
  CHECK(kimput_patset_match(ps, 5, "x", 1, 0, NULL) == -KIMPUT_ERR_ARG);
  CHECK(kimput_patset_match(ps, 0, "x", 1, 2, NULL) == -KIMPUT_ERR_ARG);

  const char *text = "Baca juga:\nJudul\nIstanbul (ANTARA) - isi";
  kimput_span *l = NULL;
  size_t n = 0;
  CHECK(kimput_lines(text, strlen(text), &l, &n) == KIMPUT_OK && n == 3);
  int rule[3] = { 9, 9, 9 };
  CHECK(kimput_patset_classify(ps, text, strlen(text), l, n, rule) == KIMPUT_OK);
  CHECK(rule[0] == 0 && rule[1] == -1 && rule[2] == 1);
  free(l);
  kimput_patset_free(ps);
}

/* catastrophic backtracking stops at the match limit instead of hanging */
static void test_limits(void) {
  kimput_patset *ps = NULL;
  CHECK(kimput_patset_new(&ps) == KIMPUT_OK);
  const char *p = "^(a+)+$";
  CHECK(kimput_patset_add(ps, p, strlen(p), NULL, 0) == KIMPUT_OK);
  size_t len = 5000;
  char *s = malloc(len + 1);
  memset(s, 'a', len);
  s[len - 1] = 'b';
  s[len] = '\0';
  int rc = kimput_patset_match(ps, 0, s, len, 0, NULL);
  CHECK(rc == 0 || rc == -KIMPUT_ERR_LIMIT);
  CHECK(kimput_patset_first(ps, s, len, NULL) == -1);
  free(s);
  kimput_patset_free(ps);
  kimput_patset_free(NULL);
}

int main(void) {
  test_lines();
  test_patset();
  test_limits();
  return CHECK_SUMMARY();
}
