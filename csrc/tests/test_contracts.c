/* The contracts of kimput.h on callers that break them: every public entry
 * point given NULL where a value is needed, offsets outside the text or
 * inside a character, or invalid UTF-8 where valid text is required must
 * return KIMPUT_ERR_ARG (or KIMPUT_ERR_UTF8, or an empty result) and touch
 * nothing -- never crash (make asan runs this under ASan and UBSan). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kimput.h"

static const char TEXT[] = "Menteri Ani tiba pada 9 Mei 2023. \"Kami siap,\" kata dia.";

static void test_utf8_and_documents(void) {
  size_t bad = 99;
  CHECK(kimput_utf8_valid(NULL, 0, NULL) == 1);
  CHECK(kimput_utf8_valid(NULL, 5, &bad) == 0 && bad == 0);
  char *out = NULL;
  size_t n = 0;
  CHECK(kimput_utf8_repair(NULL, 3, &out, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_utf8_repair("abc", 3, NULL, &n) == KIMPUT_ERR_ARG);
  kimput_doc *doc = (kimput_doc *)&bad;
  CHECK(kimput_doc_new(NULL, 3, 0, &doc, NULL) == KIMPUT_ERR_ARG);
  CHECK(kimput_doc_new("abc", 3, 0, NULL, NULL) == KIMPUT_ERR_ARG);
  CHECK(kimput_doc_new("a\xC3", 2, 0, &doc, &bad) == KIMPUT_ERR_UTF8 && doc == NULL && bad == 1);
  kimput_doc_free(NULL);
  size_t count = 7;
  CHECK(kimput_doc_tokens(NULL, &count) == NULL && count == 0);
  CHECK(kimput_doc_sentences(NULL, &count) == NULL && count == 0);
  CHECK(kimput_doc_status(NULL) == KIMPUT_ERR_ARG);
  CHECK(kimput_doc_new(TEXT, strlen(TEXT), 0, &doc, NULL) == KIMPUT_OK);
  CHECK(kimput_doc_tokens(doc, NULL) == NULL);
  CHECK(kimput_doc_sentences(doc, NULL) == NULL);
  CHECK(kimput_doc_text(NULL, &n) == NULL && n == 0);
  kimput_token *tok = NULL;
  size_t cap = 0;
  CHECK(kimput_tokenize(NULL, 4, &tok, &count, &cap) == KIMPUT_ERR_ARG);
  CHECK(kimput_tokenize(TEXT, 4, NULL, &count, &cap) == KIMPUT_ERR_ARG);
  kimput_doc_free(doc);
}

static void test_spans(void) {
  kimput_doc *doc = NULL;
  size_t len = strlen(TEXT), n = 0;
  CHECK(kimput_doc_new(TEXT, len, 0, &doc, NULL) == KIMPUT_OK);
  uint32_t outside[2] = {0, (uint32_t)len + 1}, reversed[2] = {9, 3};
  kimput_date *d = NULL;
  CHECK(kimput_doc_dates(NULL, NULL, 0, NULL, &d, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_doc_dates(doc, outside, 1, NULL, &d, &n) == KIMPUT_ERR_ARG && d == NULL);
  CHECK(kimput_doc_dates(doc, reversed, 1, NULL, &d, &n) == KIMPUT_ERR_ARG && d == NULL);
  CHECK(kimput_doc_dates(doc, NULL, 1, NULL, &d, &n) == KIMPUT_ERR_ARG);
  kimput_ref bad_ref = {2023, 2, 30};
  CHECK(kimput_doc_dates(doc, NULL, 0, &bad_ref, &d, &n) == KIMPUT_ERR_ARG);
  kimput_date one;
  int found = 0;
  CHECK(kimput_date_parse(NULL, 3, NULL, &one, &found) == KIMPUT_ERR_ARG);
  CHECK(kimput_date_parse("9 Mei", 5, NULL, NULL, &found) == KIMPUT_ERR_ARG);
  kimput_quote *q = NULL;
  CHECK(kimput_quotes_scan(TEXT, len, outside, 1, &q, &n) == KIMPUT_ERR_ARG && q == NULL);
  CHECK(kimput_quotes_scan(TEXT, len, reversed, 1, &q, &n) == KIMPUT_ERR_ARG && q == NULL);
  CHECK(kimput_quotes_scan(NULL, 3, NULL, 0, &q, &n) == KIMPUT_ERR_ARG);
  kimput_span *lines = NULL;
  CHECK(kimput_lines(NULL, 3, &lines, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_lines(TEXT, len, NULL, &n) == KIMPUT_ERR_ARG);
  kimput_gaz *g = NULL;
  CHECK(kimput_gaz_new(NULL) == KIMPUT_ERR_ARG);
  CHECK(kimput_gaz_new(&g) == KIMPUT_OK);
  CHECK(kimput_gaz_add(NULL, "Ani", 3, 1, 0) == KIMPUT_ERR_ARG);
  CHECK(kimput_gaz_add(g, "Ani", 3, -1, 0) == KIMPUT_ERR_ARG);
  CHECK(kimput_gaz_add(g, "", 0, 1, 0) == KIMPUT_ERR_ARG);
  CHECK(kimput_gaz_add(g, "Ani", 3, 1, 0) == KIMPUT_OK);
  kimput_gaz_match *m = NULL;
  CHECK(kimput_gaz_scan(g, NULL, NULL, 0, &m, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_gaz_scan(g, doc, NULL, 1, &m, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_gaz_scan(g, doc, outside, 1, &m, &n) == KIMPUT_OK);  /* clipped to the text */
  free(m);
  kimput_gaz_free(g);
  kimput_doc_free(doc);
}

static void test_patterns(void) {
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(NULL) == KIMPUT_ERR_ARG);
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  kimput_page_rule rule = {KIMPUT_PAGE_LINE, KIMPUT_LINE_CREDIT, KIMPUT_LINE_NONE, 0};
  CHECK(kimput_pageset_add(set, &rule, "(", 1, NULL, 0, NULL) == KIMPUT_ERR_PATTERN);
  CHECK(kimput_pageset_add(set, &rule, "a\xC3", 2, NULL, 0, NULL) != KIMPUT_OK);  /* not UTF-8 */
  CHECK(kimput_pageset_add(set, NULL, "a", 1, NULL, 0, NULL) == KIMPUT_ERR_ARG);
  CHECK(kimput_pageset_add(NULL, &rule, "a", 1, NULL, 0, NULL) == KIMPUT_ERR_ARG);
  CHECK(kimput_pageset_count(set, KIMPUT_PAGE_LINE) == 0);
  kimput_page page;
  CHECK(kimput_page_classify(NULL, set, &page) == KIMPUT_ERR_ARG);
  kimput_pageset_free(set);
  kimput_pageset_free(NULL);
  kimput_span sp[1];
  int found = 0;
  const char bad[] = "kata \xF0\x9F";  /* a truncated four-byte character */
  kimput_rule *r = NULL;
  CHECK(kimput_rule_new("a", 1, 0, NULL, NULL, NULL, 0, NULL) == KIMPUT_ERR_ARG);
  CHECK(kimput_rule_new(NULL, 1, 0, NULL, &r, NULL, 0, NULL) == KIMPUT_ERR_ARG);
  CHECK(kimput_rule_new("kata (\\w+)", 10, 0, NULL, &r, NULL, 0, NULL) == KIMPUT_OK);
  CHECK(kimput_rule_match(r, bad, sizeof bad - 1, 0, sizeof bad - 1, 0, sp, 1, &found) == KIMPUT_ERR_UTF8);
  CHECK(kimput_rule_match(r, "kata é", 7, 0, 7, 6, sp, 1, &found) == KIMPUT_ERR_ARG);  /* inside é */
  CHECK(kimput_rule_match_doc(r, NULL, 0, 0, 0, sp, 1, &found) == KIMPUT_ERR_ARG);
  uint8_t map[32];
  CHECK(kimput_rule_start_bytes(NULL, map) == 0 && kimput_rule_start_bytes(r, NULL) == 0);
  kimput_rule_free(r);
  CHECK(kimput_rule_group_count(NULL) == 0 && kimput_rule_name(NULL, 0, NULL) == NULL);
  CHECK(strcmp(kimput_rule_error(NULL), "") == 0);
  kimput_rule_free(NULL);
}

int main(void) {
  test_utf8_and_documents();
  test_spans();
  test_patterns();
  return CHECK_SUMMARY();
}
