/* Unit tests of the PCRE2 rule engine (rules.c). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "kimput.h"

static kimput_rule *compile(const char *pattern, int flags) {
  kimput_rule *r = NULL;
  kimput_status st = kimput_rule_new(pattern, strlen(pattern), flags, NULL, &r, NULL, 0, NULL);
  CHECK(st == KIMPUT_OK && r != NULL);
  return r;
}

static void test_captures(void) {
  const char *text = "Kim Jong Un mengirim surat kepada Putin.";
  kimput_rule *r = compile("(?<sender>Kim Jong Un) mengirim (surat|pesan) kepada (?<recipient>\\w+)", 0);
  CHECK(kimput_rule_group_count(r) == 3);
  CHECK(kimput_rule_name_count(r) == 2);
  uint32_t g = 0;
  const char *n0 = kimput_rule_name(r, 0, &g);
  CHECK(n0 && strcmp(n0, "recipient") == 0 && g == 3);  /* the name table is sorted */
  const char *n1 = kimput_rule_name(r, 1, &g);
  CHECK(n1 && strcmp(n1, "sender") == 0 && g == 1);
  CHECK(kimput_rule_name(r, 2, &g) == NULL);
  kimput_span sp[4];
  int found = 0;
  CHECK(kimput_rule_match(r, text, strlen(text), 0, strlen(text), 0, sp, 4, &found) == KIMPUT_OK);
  CHECK(found == 1);
  CHECK(sp[0].start == 0 && sp[0].end == 39);
  CHECK(sp[1].start == 0 && sp[1].end == 11);
  CHECK(sp[2].start == 21 && sp[2].end == 26);
  CHECK(sp[3].start == 34 && sp[3].end == 39);
  kimput_rule_free(r);
}

static void test_range_and_unset(void) {
  /* the range is the subject: ^ anchors at its start, offsets are into the text */
  const char *text = "Kalimat satu. Surat itu tiba.";
  kimput_rule *r = compile("^Surat( resmi)? (?<rest>\\w+)", KIMPUT_RULE_CASELESS);
  kimput_span sp[3];
  int found = 0;
  CHECK(kimput_rule_match(r, text, strlen(text), 0, strlen(text), 0, sp, 3, &found) == KIMPUT_OK && !found);
  CHECK(kimput_rule_match(r, text, strlen(text), 14, strlen(text), 14, sp, 3, &found) == KIMPUT_OK && found);
  CHECK(sp[0].start == 14 && sp[0].end == 23);
  CHECK(sp[1].start == KIMPUT_UNSET && sp[1].end == KIMPUT_UNSET);
  CHECK(sp[2].start == 20 && sp[2].end == 23);
  /* fewer group slots than groups is fine */
  CHECK(kimput_rule_match(r, text, strlen(text), 14, strlen(text), 14, sp, 1, &found) == KIMPUT_OK && found);
  kimput_rule_free(r);
}

static void test_utf8_and_caseless(void) {
  const char *text = "“Surat” KEPADA Ñoño — selesai";
  kimput_rule *r = compile("kepada (\\w+)", KIMPUT_RULE_CASELESS);
  kimput_span sp[2];
  int found = 0;
  CHECK(kimput_rule_match(r, text, strlen(text), 0, strlen(text), 0, sp, 2, &found) == KIMPUT_OK && found);
  CHECK_STR(text + sp[1].start, sp[1].end - sp[1].start, "Ñoño");
  /* from inside a character is refused, invalid UTF-8 is refused */
  CHECK(kimput_rule_match(r, text, strlen(text), 0, strlen(text), 1, sp, 2, &found) == KIMPUT_ERR_ARG);
  const char bad[] = "kepada \xC3(";
  CHECK(kimput_rule_match(r, bad, 9, 0, 9, 0, sp, 2, &found) == KIMPUT_ERR_UTF8 && !found);
  kimput_rule_free(r);
}

static void test_compile_error(void) {
  kimput_rule *r = (kimput_rule *)1;
  char msg[120];
  size_t off = 99;
  CHECK(kimput_rule_new("ab(c", 4, 0, NULL, &r, msg, sizeof msg, &off) == KIMPUT_ERR_PATTERN);
  CHECK(r == NULL);
  CHECK(strstr(msg, "missing closing parenthesis") != NULL);
  CHECK(off == 4);
  CHECK(kimput_rule_new("x{2,1}", 6, 0, NULL, &r, msg, sizeof msg, &off) == KIMPUT_ERR_PATTERN);
  CHECK(kimput_rule_new(NULL, 3, 0, NULL, &r, NULL, 0, NULL) == KIMPUT_ERR_ARG);
  /* an empty pattern compiles and matches the empty string */
  CHECK(kimput_rule_new(NULL, 0, 0, NULL, &r, NULL, 0, NULL) == KIMPUT_OK);
  kimput_span sp[1];
  int found = 0;
  CHECK(kimput_rule_match(r, "abc", 3, 0, 3, 0, sp, 1, &found) == KIMPUT_OK && found && sp[0].end == 0);
  kimput_rule_free(r);
  kimput_rule_free(NULL);
}

static void catastrophic(int flags) {
  size_t n = 100000;
  char *line = malloc(n + 2);
  memset(line, 'a', n);
  line[n] = 'b';
  line[n + 1] = '\0';
  kimput_rule *r = compile("(a+)+$", flags);
  kimput_span sp[2];
  int found = 0;
  clock_t t0 = clock();
  kimput_status st = kimput_rule_match(r, line, n + 1, 0, n + 1, 0, sp, 2, &found);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  CHECK(st == KIMPUT_ERR_LIMIT && !found);
  CHECK(strstr(kimput_rule_error(r), "limit") != NULL);
  if (secs > 1.0) fprintf(stderr, "note: catastrophic pattern took %.2f s (flags %d)\n", secs, flags);
  kimput_rule_free(r);
  free(line);
}

static void test_limits(void) {
  catastrophic(0);
  catastrophic(KIMPUT_RULE_NO_JIT);
  /* a tiny match limit stops even a simple pattern; the error clears on success */
  kimput_rule_limits lim = {50, 0, 0, 0};
  kimput_rule *r = NULL;
  CHECK(kimput_rule_new("(x+x+)+[yz]", 11, 0, &lim, &r, NULL, 0, NULL) == KIMPUT_OK);
  char buf[400];
  memset(buf, 'x', sizeof buf);
  kimput_span sp[1];
  int found = 0;
  CHECK(kimput_rule_match(r, buf, sizeof buf, 0, sizeof buf, 0, sp, 1, &found) == KIMPUT_ERR_LIMIT);
  CHECK(kimput_rule_match(r, "xxz", 3, 0, 3, 0, sp, 1, &found) == KIMPUT_OK && found);
  CHECK(kimput_rule_error(r)[0] == '\0');
  kimput_rule_free(r);
}

static void test_bad_args(void) {
  kimput_rule *r = compile("a", 0);
  kimput_span sp[1];
  int found = 0;
  CHECK(kimput_rule_match(r, "abc", 3, 2, 1, 2, sp, 1, &found) == KIMPUT_ERR_ARG);
  CHECK(kimput_rule_match(r, "abc", 3, 0, 4, 0, sp, 1, &found) == KIMPUT_ERR_ARG);
  CHECK(kimput_rule_match(r, "abc", 3, 1, 3, 0, sp, 1, &found) == KIMPUT_ERR_ARG);
  CHECK(kimput_rule_match(NULL, "abc", 3, 0, 3, 0, sp, 1, &found) == KIMPUT_ERR_ARG);
  CHECK(kimput_rule_match(r, "abc", 3, 0, 3, 0, NULL, 1, &found) == KIMPUT_ERR_ARG);
  /* a NUL byte is an ordinary character */
  CHECK(kimput_rule_match(r, "\0\0a", 3, 0, 3, 0, sp, 1, &found) == KIMPUT_OK && found && sp[0].start == 2);
  kimput_rule_free(r);
}

/* A caller that refills one buffer between calls (same pointer, same range,
 * `from` past the start) must get its new bytes checked: no cache keyed by
 * the pointer may skip the check and let PCRE2 read a truncated sequence. */
static void test_refilled_buffer(void) {
  kimput_rule *r = compile("b.*", KIMPUT_RULE_DOTALL);
  char buf[16];
  kimput_span sp[1];
  int found = 0;
  memcpy(buf, "ab cd ef gh", 11);
  CHECK(kimput_rule_match(r, buf, 11, 0, 11, 0, sp, 1, &found) == KIMPUT_OK && found);
  CHECK(kimput_rule_match(r, buf, 11, 0, 11, 3, sp, 1, &found) == KIMPUT_OK && !found);
  /* the same buffer now ends in the lead byte of a four-byte character */
  memcpy(buf, "ab cd ef b\xF0", 11);
  CHECK(kimput_rule_match(r, buf, 11, 0, 11, 3, sp, 1, &found) == KIMPUT_ERR_UTF8 && !found);
  CHECK(kimput_rule_match(r, buf, 11, 0, 10, 3, sp, 1, &found) == KIMPUT_OK && found && sp[0].end == 10);
  /* a range may not start or end inside a character */
  const char *e = "x\xC3\xA9y";
  CHECK(kimput_rule_match(r, e, 4, 2, 4, 2, sp, 1, &found) == KIMPUT_ERR_ARG);
  CHECK(kimput_rule_match(r, e, 4, 0, 2, 0, sp, 1, &found) == KIMPUT_ERR_ARG);
  kimput_rule_free(r);
}

/* Matching over a document: no UTF-8 check per call, same results. */
static void test_match_doc(void) {
  const char *text = "Kim mengirim surat. Putin membalas surat itu.";
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
  kimput_rule *r = compile("surat", 0);
  kimput_span sp[1];
  int found = 0, hits = 0;
  size_t from = 0, len = strlen(text);
  while (kimput_rule_match_doc(r, doc, 0, len, from, sp, 1, &found) == KIMPUT_OK && found) {
    hits++;
    from = sp[0].end;
  }
  CHECK(hits == 2 && from == 40);
  CHECK(kimput_rule_match_doc(r, doc, 20, len, 20, sp, 1, &found) == KIMPUT_OK && found && sp[0].start == 35);
  CHECK(kimput_rule_match_doc(r, NULL, 0, 0, 0, sp, 1, &found) == KIMPUT_ERR_ARG && !found);
  CHECK(kimput_rule_match_doc(r, doc, 0, len + 1, 0, sp, 1, &found) == KIMPUT_ERR_ARG);
  kimput_rule_free(r);
  kimput_doc_free(doc);
}

int main(void) {
  test_refilled_buffer();
  test_match_doc();
  test_captures();
  test_range_and_unset();
  test_utf8_and_caseless();
  test_compile_error();
  test_limits();
  test_bad_args();
  return CHECK_SUMMARY();
}
