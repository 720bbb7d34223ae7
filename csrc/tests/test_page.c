/* Unit tests of page.c and pageclass.c: lines, page rule sets, line classes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kimput.h"
#include "page.h"

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

static kimput_status add(kimput_pageset *set, int kind, int cls, int next, const char *pattern) {
  kimput_page_rule r = {(uint8_t)kind, (uint8_t)cls, (uint8_t)next, 0};
  return kimput_pageset_add(set, &r, pattern, strlen(pattern), NULL, 0, NULL);
}

static kimput_pageset *test_set(void) {
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_RELATED, KIMPUT_LINE_RELATED, "^(?i:baca\\s+juga)\\s*:?$") == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_CREDIT, KIMPUT_LINE_NONE, "^Editor:\\s*(?<value>.+)$") == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_TIMESTAMP, KIMPUT_LINE_NONE, "^\\d{1,2} Mei \\d{4}$") == KIMPUT_OK);
  /* not anchored: searched along the line */
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_CAPTION, KIMPUT_LINE_NONE, "\\(Foto: [^()]+\\)$") == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_PREFIX, 0, KIMPUT_LINE_NONE,
            "^(?<place>\\p{Lu}+), (?<outlet>\\w+\\.com) - ") == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_SUFFIX, 0, KIMPUT_LINE_NONE, " ?\\[(?<editor>[A-Z]{2,4})\\]$") == KIMPUT_OK);
  return set;
}

static void test_pageset(void) {
  kimput_pageset *set = test_set();
  CHECK(kimput_pageset_count(set, KIMPUT_PAGE_LINE) == 4);
  CHECK(kimput_pageset_count(set, KIMPUT_PAGE_PREFIX) == 1);
  char err[200] = "";
  size_t off = 0;
  kimput_page_rule r = {KIMPUT_PAGE_LINE, KIMPUT_LINE_CAPTION, KIMPUT_LINE_NONE, 0};
  CHECK(kimput_pageset_add(set, &r, "((", 2, err, sizeof err, &off) == KIMPUT_ERR_PATTERN);
  CHECK(err[0] != '\0' && off == 2);
  CHECK(kimput_pageset_count(set, KIMPUT_PAGE_LINE) == 4);
  r.cls = 200;
  CHECK(kimput_pageset_add(set, &r, "x", 1, NULL, 0, NULL) == KIMPUT_ERR_ARG);
  r.cls = KIMPUT_LINE_CAPTION;
  CHECK(kimput_pageset_add(set, &r, "\xFF", 1, NULL, 0, NULL) == KIMPUT_ERR_UTF8);
  CHECK(kimput_pageset_add(NULL, &r, "x", 1, NULL, 0, NULL) == KIMPUT_ERR_ARG);
  CHECK(strcmp(kimput_line_class_name(KIMPUT_LINE_HEADLINE), "headline") == 0);
  CHECK(kimput_line_class_name(KIMPUT_LINE_CLASS_COUNT) == NULL);
  kimput_pageset_free(set);
  kimput_pageset_free(NULL);
}

static const kimput_page_line *line_with(const kimput_page *p, const char *text, const char *s) {
  for (size_t i = 0; i < p->count; i++)
    if (p->lines[i].end - p->lines[i].start == strlen(s) && memcmp(text + p->lines[i].start, s, strlen(s)) == 0)
      return &p->lines[i];
  return NULL;
}

static int class_of(const kimput_page *p, const char *text, const char *s) {
  const kimput_page_line *l = line_with(p, text, s);
  return l ? l->cls : -1;
}

/* an invented page: headline, date, caption, masthead, body, labels, initials */
static void test_classify(void) {
  const char *text =
      "Berita\n"
      "Warga Desa Sukamaju Panen Raya Jagung\n"
      "12 Mei 2024\n"
      "Petani memanen jagung di ladang. (Foto: Dok Warga)\n"
      "SUKAMAJU, contoh.com - Warga desa memanen jagung bersama pada Sabtu pagi di ladang milik desa.\n"
      "Panen tahun ini lebih banyak dari tahun lalu, kata kepala desa kepada wartawan.\n"
      "Baca juga:\n"
      "Harga Jagung Turun di Pasar Induk\n"
      "Hasil panen akan dijual ke koperasi desa dalam dua pekan ke depan. [ABC]\n"
      "Editor: Sari Dewi\n";
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
  kimput_pageset *set = test_set();
  kimput_page page;
  CHECK(kimput_page_classify(doc, set, &page) == KIMPUT_OK);
  CHECK(page.count == 10);
  CHECK(class_of(&page, text, "Berita") == KIMPUT_LINE_NAVIGATION);
  CHECK(class_of(&page, text, "Warga Desa Sukamaju Panen Raya Jagung") == KIMPUT_LINE_HEADLINE);
  CHECK(class_of(&page, text, "12 Mei 2024") == KIMPUT_LINE_TIMESTAMP);
  CHECK(class_of(&page, text, "Petani memanen jagung di ladang. (Foto: Dok Warga)") == KIMPUT_LINE_CAPTION);
  CHECK(class_of(&page, text, "Baca juga:") == KIMPUT_LINE_RELATED);
  CHECK(class_of(&page, text, "Harga Jagung Turun di Pasar Induk") == KIMPUT_LINE_RELATED);
  const kimput_page_line *ed = line_with(&page, text, "Editor: Sari Dewi");
  CHECK(ed && ed->cls == KIMPUT_LINE_CREDIT && ed->rule == 1);
  if (ed) CHECK_STR(text + ed->value_start, ed->value_end - ed->value_start, "Sari Dewi");
  CHECK(page.open_line == 4);
  CHECK_STR(text + page.open_place.start, page.open_place.end - page.open_place.start, "SUKAMAJU");
  CHECK_STR(text + page.open_outlet.start, page.open_outlet.end - page.open_outlet.start, "contoh.com");
  CHECK(strncmp(text + page.open_end, "Warga desa", 10) == 0);
  CHECK(page.close_line == 8);
  CHECK_STR(text + page.close_editor.start, page.close_editor.end - page.close_editor.start, "ABC");
  CHECK(text[page.close_start - 1] == '.');
  kimput_page_clear(&page);
  CHECK(page.lines == NULL && page.count == 0 && page.open_line == -1);

  /* a snippet without a paragraph is left whole */
  kimput_doc *snip = NULL;
  CHECK(kimput_doc_new("Satu\nDua kata", 13, 0, &snip, NULL) == KIMPUT_OK);
  CHECK(kimput_page_classify(snip, set, &page) == KIMPUT_OK);
  CHECK(page.count == 2 && page.lines[0].cls == KIMPUT_LINE_BODY && page.lines[1].cls == KIMPUT_LINE_BODY);
  kimput_page_clear(&page);
  kimput_doc_free(snip);
  CHECK(kimput_page_classify(NULL, set, &page) == KIMPUT_ERR_ARG);
  CHECK(kimput_page_classify(doc, set, NULL) == KIMPUT_ERR_ARG);
  kimput_pageset_free(set);
  kimput_doc_free(doc);
}

/* an anchored rule is compiled without PCRE2's start-up optimizations, one
 * with a verb as written: each matches the lines it matched before */
static void test_anchored_compile(void) {
  const char *text =
      "Penulis: Sari Dewi\n"
      "Penulis:\n"
      "Warga desa memanen jagung bersama pada Sabtu pagi di ladang milik desa.\n"
      "Editor: Budi\n";
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_CREDIT, KIMPUT_LINE_NONE, "^Penulis:\\s*(?<value>\\p{Lu}.+)$") ==
        KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_CREDIT, KIMPUT_LINE_NONE, "^(*COMMIT)Editor:\\s*(?<value>.+)$") ==
        KIMPUT_OK);
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
  kimput_page page;
  CHECK(kimput_page_classify(doc, set, &page) == KIMPUT_OK);
  CHECK(page.count == 4);
  if (page.count == 4) {
    CHECK(page.lines[0].rule == 0 && page.lines[0].cls == KIMPUT_LINE_CREDIT);
    CHECK_STR(text + page.lines[0].value_start, page.lines[0].value_end - page.lines[0].value_start, "Sari Dewi");
    CHECK(page.lines[1].rule == -1);  /* shorter than any match: tried, and no match */
    CHECK(page.lines[3].rule == 1 && page.lines[3].cls == KIMPUT_LINE_CREDIT);
    CHECK_STR(text + page.lines[3].value_start, page.lines[3].value_end - page.lines[3].value_start, "Budi");
  }
  kimput_page_clear(&page);
  kimput_pageset_free(set);
  kimput_doc_free(doc);
}

/* a line of names parted by bars (or commas, "dan") under the headline and above
 * the article is its byline; short items above a title are a breadcrumb */
static void test_name_lines(void) {
  const char *text =
      "Jawa Barat | Kota Contoh\n"
      "Warga Desa Sukamaju Panen Raya Jagung\n"
      "Sari Dewi dan Budi Santosa | Rina Wulan\n"
      "Warga desa memanen jagung bersama pada Sabtu pagi di ladang milik desa.\n"
      "Panen tahun ini lebih banyak dari tahun lalu, kata kepala desa kepada wartawan.\n";
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
  kimput_pageset *set = test_set();
  kimput_page page;
  CHECK(kimput_page_classify(doc, set, &page) == KIMPUT_OK);
  CHECK(class_of(&page, text, "Jawa Barat | Kota Contoh") == KIMPUT_LINE_NAVIGATION);
  CHECK(class_of(&page, text, "Warga Desa Sukamaju Panen Raya Jagung") == KIMPUT_LINE_HEADLINE);
  CHECK(class_of(&page, text, "Sari Dewi dan Budi Santosa | Rina Wulan") == KIMPUT_LINE_CREDIT);
  kimput_page_clear(&page);
  kimput_pageset_free(set);
  kimput_doc_free(doc);
}

/* catastrophic backtracking stops at the rules' match limit: the line is body */
static void test_limits(void) {
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_NAVIGATION, KIMPUT_LINE_NONE, "^(a+)+$") == KIMPUT_OK);
  size_t len = 20000;
  char *s = malloc(len);
  memset(s, 'a', len);
  s[len - 1] = 'b';
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(s, len, 0, &doc, NULL) == KIMPUT_OK);
  kimput_page page;
  CHECK(kimput_page_classify(doc, set, &page) == KIMPUT_OK);
  CHECK(page.count == 1 && page.lines[0].rule == -1);
  kimput_page_clear(&page);
  kimput_doc_free(doc);
  free(s);
  kimput_pageset_free(set);
}

/* the rules.c entry points the page stage uses: matching a document's text
 * without a second UTF-8 pass, and the bytes a match can start with */
static void test_rule_helpers(void) {
  const char *text = "Baca juga: Judul\nisi \xC3\xA9t\xC3\xA9";
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
  kimput_rule *r = NULL;
  const char *pat = "juga:\\s*(\\w+)";
  CHECK(kimput_rule_new(pat, strlen(pat), 0, NULL, &r, NULL, 0, NULL) == KIMPUT_OK);
  kimput_span g[2];
  int found = 0;
  CHECK(kimput_rule_match_doc(r, doc, 0, 16, 0, g, 2, &found) == KIMPUT_OK && found);
  CHECK_STR(text + g[1].start, g[1].end - g[1].start, "Judul");
  CHECK(kimput_rule_match_doc(r, doc, 17, strlen(text), 17, g, 2, &found) == KIMPUT_OK && !found);
  CHECK(kimput_rule_match_doc(r, doc, 0, 22, 0, g, 2, &found) == KIMPUT_ERR_ARG);  /* cuts a character */
  CHECK(kimput_rule_match_doc(r, NULL, 0, 1, 0, g, 2, &found) == KIMPUT_ERR_ARG);
  uint8_t map[32];
  CHECK(kimput_rule_start_bytes(r, map) == 1);
  CHECK((map['j' / 8] >> ('j' % 8) & 1) && !(map['x' / 8] >> ('x' % 8) & 1));
  kimput_rule_free(r);
  CHECK(kimput_rule_new("(?i:baca)", 9, 0, NULL, &r, NULL, 0, NULL) == KIMPUT_OK);
  CHECK(kimput_rule_start_bytes(r, map) == 1);
  CHECK((map['b' / 8] >> ('b' % 8) & 1) && (map['B' / 8] >> ('B' % 8) & 1));
  kimput_rule_free(r);
  CHECK(kimput_rule_new(".x", 2, 0, NULL, &r, NULL, 0, NULL) == KIMPUT_OK);
  CHECK(kimput_rule_start_bytes(r, map) == 0);  /* any byte */
  kimput_rule_free(r);
  kimput_doc_free(doc);
}

/* a document of text, classified with set into *page (freed by done()) */
static kimput_doc *classified(kimput_pageset *set, const char *text, size_t len, kimput_page *page) {
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(text, len, 0, &doc, NULL) == KIMPUT_OK);
  CHECK(kimput_page_classify(doc, set, page) == KIMPUT_OK);
  return doc;
}

static void done(kimput_doc *doc, kimput_page *page) {
  kimput_page_clear(page);
  kimput_doc_free(doc);
}

static kimput_status require(kimput_pageset *set, int kind, size_t index, kimput_page_at at, const char *a,
                             const char *b) {
  const char *lits[2] = {a, b};
  size_t lens[2] = {strlen(a), b ? strlen(b) : 0};
  return kimput_pageset_require(set, (kimput_page_kind)kind, index, at, lits, lens, b ? 2 : 1);
}

/* the same invented page, classed with the rules' literals declared: the
 * same classes; a wrong literal hides a match (the filter is really used) */
static void test_require(void) {
  const char *text =
      "Warga Desa Sukamaju Panen Raya Jagung\n"
      "12 Mei 2024\n"
      "Petani memanen jagung di ladang. (Foto: Dok Warga)\n"
      "SUKAMAJU, contoh.com - Warga desa memanen jagung bersama pada Sabtu pagi di ladang milik desa.\n"
      "Baca juga:\n"
      "Harga Jagung Turun di Pasar Induk\n"
      "Hasil panen akan dijual ke koperasi desa dalam dua pekan ke depan. [ABC]\n"
      "EDITOR: Sari Dewi\n";
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
  kimput_pageset *plain = test_set(), *set = test_set();
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_STARTS, "baca", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_LINE, 1, KIMPUT_PAGE_CONTAINS, "editor:", NULL) == KIMPUT_OK);  /* case folded */
  CHECK(require(set, KIMPUT_PAGE_LINE, 2, KIMPUT_PAGE_CONTAINS, " mei ", " juni ") == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_LINE, 3, KIMPUT_PAGE_ENDS, ")", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_LINE, 3, KIMPUT_PAGE_CONTAINS, "(foto", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_PREFIX, 0, KIMPUT_PAGE_CONTAINS, ".com", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_SUFFIX, 0, KIMPUT_PAGE_ENDS, "]", NULL) == KIMPUT_OK);
  kimput_page a, b;
  CHECK(kimput_page_classify(doc, plain, &a) == KIMPUT_OK);
  CHECK(kimput_page_classify(doc, set, &b) == KIMPUT_OK);
  CHECK(a.count == b.count && a.count == 8);
  for (size_t i = 0; i < a.count && i < b.count; i++)
    CHECK(a.lines[i].cls == b.lines[i].cls && a.lines[i].rule == b.lines[i].rule);
  CHECK(a.open_line == b.open_line && a.close_line == b.close_line && b.close_line == 6);
  CHECK(class_of(&b, text, "12 Mei 2024") == KIMPUT_LINE_TIMESTAMP);
  kimput_page_clear(&a);
  kimput_page_clear(&b);
  /* a literal no line holds: the rule is never tried */
  CHECK(require(set, KIMPUT_PAGE_LINE, 2, KIMPUT_PAGE_CONTAINS, "tidak ada di sini", NULL) == KIMPUT_OK);
  CHECK(kimput_page_classify(doc, set, &b) == KIMPUT_OK);
  CHECK(class_of(&b, text, "12 Mei 2024") != KIMPUT_LINE_TIMESTAMP);
  kimput_page_clear(&b);
  /* errors; an empty literal adds nothing */
  CHECK(require(set, KIMPUT_PAGE_LINE, 99, KIMPUT_PAGE_CONTAINS, "x", NULL) == KIMPUT_ERR_ARG);
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, (kimput_page_at)7, "x", NULL) == KIMPUT_ERR_ARG);
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_CONTAINS, "", NULL) == KIMPUT_OK);
  CHECK(kimput_pageset_require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_CONTAINS, NULL, NULL, 0) == KIMPUT_OK);
  CHECK(kimput_pageset_require(NULL, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_CONTAINS, NULL, NULL, 0) == KIMPUT_ERR_ARG);
  kimput_pageset_free(plain);
  kimput_pageset_free(set);
  kimput_doc_free(doc);
}

/* a 256-bit set of the bytes of s */
static void byte_set(uint8_t set[32], const char *s) {
  memset(set, 0, 32);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) set[*p / 8] |= (uint8_t)(1u << (*p % 8));
}

/* runs: a rule whose run a line does not open or close with is not tried */
static void test_runs(void) {
  const char *text = "situs.com - Harga beras naik di pasar tradisional kota pagi ini, kata pedagang.\n"
                     "situs com - Harga beras naik di pasar tradisional kota pagi ini, kata pedagang.\n"
                     "abc.def\n";
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(text, strlen(text), KIMPUT_DOC_DEFAULT, &doc, NULL) == KIMPUT_OK);
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_NAVIGATION, KIMPUT_LINE_NONE, "^[a-z]+.com\\b") == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_CREDIT, KIMPUT_LINE_NONE, "^[a-z.]+$") == KIMPUT_OK);
  uint8_t letters[32], dot[32], none[32], dotted[32];
  byte_set(letters, "abcdefghijklmnopqrstuvwxyz");
  byte_set(dot, ".");
  byte_set(none, "");
  byte_set(dotted, "abcdefghijklmnopqrstuvwxyz.");
  /* a literal, so that the lines are read for U+017F and U+212A (a line that may hold them meets every run) */
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_CONTAINS, "com", NULL) == KIMPUT_OK);
  /* (.com: any byte; the run claims a period, wrongly for "situs com": the rule skips that line) */
  CHECK(kimput_pageset_require_run(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_STARTS, letters, dot, 1) == KIMPUT_OK);
  CHECK(kimput_pageset_require_run(set, KIMPUT_PAGE_LINE, 1, KIMPUT_PAGE_STARTS, dotted, none, 1) == KIMPUT_OK);
  kimput_page page;
  CHECK(kimput_page_classify(doc, set, &page) == KIMPUT_OK);
  CHECK(page.count == 3);
  if (page.count == 3) {
    CHECK(page.lines[0].cls == KIMPUT_LINE_NAVIGATION);
    CHECK(page.lines[1].cls != KIMPUT_LINE_NAVIGATION);  /* the run stops at a space, not a period */
    CHECK(page.lines[2].cls == KIMPUT_LINE_CREDIT);      /* the whole line is run bytes */
  }
  kimput_page_clear(&page);
  /* errors: a byte in both sets, CONTAINS, no such rule */
  CHECK(kimput_pageset_require_run(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_STARTS, dotted, dot, 0) == KIMPUT_ERR_ARG);
  CHECK(kimput_pageset_require_run(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_CONTAINS, letters, dot, 0) ==
        KIMPUT_ERR_ARG);
  CHECK(kimput_pageset_require_run(set, KIMPUT_PAGE_LINE, 9, KIMPUT_PAGE_ENDS, letters, dot, 0) == KIMPUT_ERR_ARG);
  CHECK(kimput_pageset_require_run(NULL, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_ENDS, letters, dot, 0) == KIMPUT_ERR_ARG);
  kimput_pageset_free(set);
  kimput_doc_free(doc);
}

/* runs longer than a step of 32 bytes (read 32 at a time where the processor can):
 * the run's end found past the first steps, a byte past ASCII in the run or not */
static void test_long_runs(void) {
  const char *text = "Harga beras naik di pasar tradisional kota pagi, kata pedagang yang berjualan di sana sejak subuh.\n"
                     "Harga beras naik di pasar tradisional kota pagi ini. Menurut pedagang, kata dia kemarin.\n"
                     "Harga beras naik di pasar tradisional kota pagi ini menurut pedagang caf\xc3\xa9, kata dia.\n"
                     "Harga beras naik di pasar tradisional kota pagi ini menurut pedagang dan pembeli di sana\n";
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(text, strlen(text), KIMPUT_DOC_DEFAULT, &doc, NULL) == KIMPUT_OK);
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_CREDIT, KIMPUT_LINE_NONE, "^[\\p{L} ]+,") == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_RELATED, KIMPUT_LINE_NONE, "^[a-zA-Z ]+$") == KIMPUT_OK);
  uint8_t words[32], comma[32], none[32];
  byte_set(words, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ");
  byte_set(comma, ",");
  byte_set(none, "");
  /* a literal, so that the lines are read for U+017F and U+212A (a line that may hold them meets every run) */
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_CONTAINS, ",", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_LINE, 1, KIMPUT_PAGE_CONTAINS, "harga", NULL) == KIMPUT_OK);
  /* (the letters of ASCII only: "café" stops the run, wrongly for \p{L}: the rule skips that line) */
  CHECK(kimput_pageset_require_run(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_STARTS, words, comma, 40) == KIMPUT_OK);
  CHECK(kimput_pageset_require_run(set, KIMPUT_PAGE_LINE, 1, KIMPUT_PAGE_STARTS, words, none, 40) == KIMPUT_OK);
  kimput_page page;
  CHECK(kimput_page_classify(doc, set, &page) == KIMPUT_OK);
  CHECK(page.count == 4);
  if (page.count == 4) {
    CHECK(page.lines[0].cls == KIMPUT_LINE_CREDIT);  /* 47 bytes of run, then its comma */
    CHECK(page.lines[1].cls == KIMPUT_LINE_BODY);    /* a period at byte 51 */
    CHECK(page.lines[2].cls == KIMPUT_LINE_BODY);    /* a byte past ASCII at byte 72 */
    CHECK(page.lines[3].cls == KIMPUT_LINE_RELATED); /* the whole line is run bytes */
  }
  kimput_page_clear(&page);
  kimput_pageset_free(set);
  kimput_doc_free(doc);
}

/* a run of digits a rule needs (kimput_pageset_require_digits): a line without one is not tried, a byte
 * past ASCII counts as a digit's (\d reads digits of other scripts), and a line that has it matches */
static void test_digits(void) {
  const char *text = "Terbit Maret 2024\nTerbit Maret 24\nTerbit Maret 20\xe2\x80\x93" "24\nTerbit Maret 2024 di sini\n";
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(text, strlen(text), KIMPUT_DOC_DEFAULT, &doc, NULL) == KIMPUT_OK);
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_TIMESTAMP, KIMPUT_LINE_NONE, "^Terbit \\p{L}+ [\\d\\x{2013}]{2,}") ==
        KIMPUT_OK);
  /* (wrongly for this rule, whose matches hold two: the third line has five bytes of digits or past ASCII) */
  CHECK(kimput_pageset_require_digits(set, KIMPUT_PAGE_LINE, 0, 4) == KIMPUT_OK);
  kimput_page page;
  CHECK(kimput_page_classify(doc, set, &page) == KIMPUT_OK);
  CHECK(page.count == 4);
  if (page.count == 4) {
    CHECK(page.lines[0].cls == KIMPUT_LINE_TIMESTAMP);
    CHECK(page.lines[1].cls != KIMPUT_LINE_TIMESTAMP);  /* two digits: not tried */
    CHECK(page.lines[2].cls == KIMPUT_LINE_TIMESTAMP);
    CHECK(page.lines[3].cls == KIMPUT_LINE_TIMESTAMP);
  }
  kimput_page_clear(&page);
  CHECK(page_digit_run("a12\xc2\xa0" "3b4567", 0, 11) == 5);
  CHECK(page_digit_run("a12\xc2\xa0" "3b4567", 6, 11) == 4);
  CHECK(page_digit_run("a12\xc2\xa0" "3b4567", 1, 6) == 5);
  CHECK(page_digit_run("abc", 0, 3) == 0);
  CHECK(page_digit_run("0123456789012345x", 0, 17) == 16);
  CHECK(kimput_pageset_require_digits(set, KIMPUT_PAGE_LINE, 1, 4) == KIMPUT_ERR_ARG);
  CHECK(kimput_pageset_require_digits(NULL, KIMPUT_PAGE_LINE, 0, 4) == KIMPUT_ERR_ARG);
  kimput_pageset_free(set);
  kimput_doc_free(doc);
}

/* SCAN rules: never matched, each body line tells whether it holds their literals */
static void test_scan(void) {
  const char *text = "Seperti dilansir Kantor Berita, harga naik pada pekan ini di seluruh negeri.\n"
                     "Harga beras juga naik di pasar tradisional menurut para pedagang setempat.\n";
  kimput_pageset *set = test_set();
  CHECK(add(set, KIMPUT_PAGE_SCAN, 0, KIMPUT_LINE_NONE, "[dD]ilansir\\s+(?<source>\\p{Lu}\\w+)") == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_SCAN, 0, KIMPUT_LINE_NONE, "menurut") == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_SCAN, 0, KIMPUT_LINE_NONE, "tanpa literal") == KIMPUT_OK);
  CHECK(kimput_pageset_count(set, KIMPUT_PAGE_SCAN) == 3);
  CHECK(require(set, KIMPUT_PAGE_SCAN, 0, KIMPUT_PAGE_CONTAINS, "dilansir", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_SCAN, 1, KIMPUT_PAGE_CONTAINS, "menurut", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_SCAN, 1, KIMPUT_PAGE_STARTS, "xyz", NULL) == KIMPUT_OK);  /* ignored for SCAN */
  kimput_page page;
  kimput_doc *doc = classified(set, text, strlen(text), &page);
  CHECK(page.count == 2);
  if (page.count == 2) {
    CHECK((page.lines[0].scan & 7) == 5);  /* rule 2 has no literal: always */
    CHECK((page.lines[1].scan & 7) == 6);
    CHECK(page.lines[0].cls == KIMPUT_LINE_BODY && page.lines[0].rule == -1);
  }
  done(doc, &page);
  /* rules of two and of three groups: possible on a line holding all of them only */
  CHECK(add(set, KIMPUT_PAGE_SCAN, 0, KIMPUT_LINE_NONE, "harga.*pasar") == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_SCAN, 0, KIMPUT_LINE_NONE, "harga.*naik.*negeri") == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_SCAN, 3, KIMPUT_PAGE_CONTAINS, "harga", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_SCAN, 3, KIMPUT_PAGE_CONTAINS, "pasar", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_SCAN, 4, KIMPUT_PAGE_CONTAINS, "harga", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_SCAN, 4, KIMPUT_PAGE_CONTAINS, "naik", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_SCAN, 4, KIMPUT_PAGE_CONTAINS, "negeri", NULL) == KIMPUT_OK);
  doc = classified(set, text, strlen(text), &page);
  CHECK(page.count == 2);
  if (page.count == 2) {
    CHECK((page.lines[0].scan & 31) == (5 | 16));
    CHECK((page.lines[1].scan & 31) == (6 | 8));
  }
  done(doc, &page);
  kimput_pageset_free(set);
}

/* PCRE2 folds U+212A KELVIN SIGN to k: a line holding it meets every
 * literal, so that a caseless rule still matches it */
static void test_fold_letters(void) {
  const char *text = "Lihat \xE2\x84\xAAomentar:\nIsi berita yang panjang ditulis di sini untuk contoh saja.\n";
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_NAVIGATION, KIMPUT_LINE_NONE, "^(?i:lihat\\s+komentar):$") == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_CONTAINS, "komentar", NULL) == KIMPUT_OK);
  kimput_page page;
  kimput_doc *doc = classified(set, text, strlen(text), &page);
  CHECK(page.count == 2 && page.lines[0].cls == KIMPUT_LINE_NAVIGATION);
  done(doc, &page);
  kimput_pageset_free(set);
  /* a line must start with a literal: its first byte rules most out, not
   * one folded to it */
  const char *start = "\xE2\x84\xAAomentar ditutup\nIsi berita yang panjang ditulis di sini untuk contoh saja.\n";
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_NAVIGATION, KIMPUT_LINE_NONE, "^(?i:komentar\\s+ditutup)$") == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_STARTS, "komentar", NULL) == KIMPUT_OK);
  doc = classified(set, start, strlen(start), &page);
  CHECK(page.count == 2 && page.lines[0].cls == KIMPUT_LINE_NAVIGATION);
  done(doc, &page);
  const char *other = "Komentar ditutup\nkomentar ditutup\nPengumuman ditutup\n";
  doc = classified(set, other, strlen(other), &page);
  CHECK(page.count == 3 && page.lines[0].cls == KIMPUT_LINE_NAVIGATION && page.lines[1].cls == KIMPUT_LINE_NAVIGATION &&
        page.lines[2].cls == KIMPUT_LINE_BODY);
  done(doc, &page);
  kimput_pageset_free(set);
}

/* a rule of the line's end (KIMPUT_PAGE_TAIL) needing one-byte literals: a
 * long line's tail is looked at again for them, its head does not count */
static void test_tail_bytes(void) {
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  kimput_page_rule r = {KIMPUT_PAGE_LINE, KIMPUT_LINE_CAPTION, KIMPUT_LINE_NONE, KIMPUT_PAGE_TAIL};
  const char *pattern = "\\((?:Foto|Dok)/[^()]+\\)$";
  CHECK(kimput_pageset_add(set, &r, pattern, strlen(pattern), NULL, 0, NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_CONTAINS, "(", NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_CONTAINS, "/", NULL) == KIMPUT_OK);
  char text[1024];
  size_t n = 0;
  const char *head = "Warga (kiri) dan petani/peternak ";
  memcpy(text, head, strlen(head));
  n += strlen(head);
  for (int i = 0; i < 20; i++) {  /* past KIMPUT_PAGE_TAIL_BYTES */
    memcpy(text + n, "menanam padi ", 13);
    n += 13;
  }
  const char *ends[] = {"di sawah. (Foto/Budi)\n", "di sawah tanpa foto.\n"};
  for (int k = 0; k < 2; k++) {
    memcpy(text + n, ends[k], strlen(ends[k]) + 1);
    kimput_page page;
    kimput_doc *doc = classified(set, text, strlen(text), &page);
    CHECK(page.count == 1 && page.lines[0].end - page.lines[0].start > KIMPUT_PAGE_TAIL_BYTES &&
          page.lines[0].cls == (k == 0 ? KIMPUT_LINE_CAPTION : KIMPUT_LINE_BODY));
    done(doc, &page);
  }
  kimput_pageset_free(set);
}

/* a kind of more than 128 rules (candidates in more than two words of
 * bits), anchored and searching, each with its literal */
static void test_many_rules(void) {
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  char pattern[64], literal[32];
  for (int i = 0; i < 150; i++) {
    snprintf(literal, sizeof literal, "kata%03d", i);
    snprintf(pattern, sizeof pattern, i % 2 ? "^%s$" : "ujung %s$", literal);
    CHECK(add(set, KIMPUT_PAGE_LINE, i % 2 ? KIMPUT_LINE_NAVIGATION : KIMPUT_LINE_CAPTION, KIMPUT_LINE_NONE, pattern) ==
          KIMPUT_OK);
    CHECK(require(set, KIMPUT_PAGE_LINE, (size_t)i, KIMPUT_PAGE_CONTAINS, literal, NULL) == KIMPUT_OK);
  }
  const char *text = "kata001\nkata149\nIni ujung kata148\nkata150\nIni ujung kata147\n";
  kimput_page page;
  kimput_doc *doc = classified(set, text, strlen(text), &page);
  CHECK(page.count == 5 && page.lines[0].cls == KIMPUT_LINE_NAVIGATION && page.lines[0].rule == 1 &&
        page.lines[1].cls == KIMPUT_LINE_NAVIGATION && page.lines[1].rule == 149 &&
        page.lines[2].cls == KIMPUT_LINE_CAPTION && page.lines[2].rule == 148 && page.lines[3].rule == -1 &&
        page.lines[4].rule == -1);
  done(doc, &page);
  kimput_pageset_free(set);
}

/* anchored rules of one first byte, more than one PCRE2 pattern holds
 * together: still tried in order, one by one (the first that matches wins) */
static void test_too_many_for_one_pattern(void) {
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  static char pattern[4096];
  for (int i = 0; i < 48; i++) {
    int n = snprintf(pattern, sizeof pattern, "^Awal (?:%d|ganda) (?:", i);
    for (int w = 0; w < 200; w++) n += snprintf(pattern + n, sizeof pattern - (size_t)n, "%skata%04d", w ? "|" : "", w);
    snprintf(pattern + n, sizeof pattern - (size_t)n, ")$");
    CHECK(add(set, KIMPUT_PAGE_LINE, KIMPUT_LINE_NAVIGATION, KIMPUT_LINE_NONE, pattern) == KIMPUT_OK);
  }
  const char *text = "Awal 37 kata0150\nAwal ganda kata0001\nAwal 99 kata0001\n";
  kimput_page page;
  kimput_doc *doc = classified(set, text, strlen(text), &page);
  CHECK(page.count == 3 && page.lines[0].rule == 37 && page.lines[1].rule == 0 && page.lines[2].rule == -1);
  done(doc, &page);
  kimput_pageset_free(set);
}

/* words as the tokenizer joins them, counted up to KIMPUT_PAGE_WORDS_MAX */
static void test_words(void) {
  static const struct {
    const char *text;
    uint16_t words;
  } lines[] = {
    {"negara-negara maju, 10.000 orang (haa) dan detik.com pada 12/5/2024 #tag Jum'at\n", 11},
    /* runs of letters read eight bytes at a time: the bytes next to the
     * letters' and digits' ranges end a word, '_' and a letter beyond ASCII do not */
    {"abcdefgh@ijklmnop[qrstuvwx`yzABCDEF{GHIJ_KLMNOP0123456789 abcdefgh\xC3\xA9ijklmnop/QRSTUVWXYZ\n", 7},
    /* quotation marks, dashes, an ellipsis and a no-break space are no words;
     * a right single quotation mark before a letter joins it */
    {"\xE2\x80\x9C" "Dia datang,\xE2\x80\x9D ujar Andi \xE2\x80\x93 ketua RT\xE2\x80\x99nya \xE2\x80\x94 "
     "di kantor\xE2\x80\xA6 Jakarta\xC2\xA0Utara\n", 10},
    /* digits joined by , : / in a word that starts with a digit (a1,5 is two words) */
    {"Harga naik 1,5 persen pukul 12:30 tanggal 5/6 dan 10km a1,5 detik.com\n", 13},
  };
  kimput_pageset *set = test_set();
  kimput_page page;
  kimput_doc *doc;
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
    doc = classified(set, lines[i].text, strlen(lines[i].text), &page);
    CHECK(page.count == 1 && page.lines[0].words == lines[i].words);
    done(doc, &page);
  }
  /* capitals: 4 of 6 words (digits and a domain, not 10km) make a title-cased line */
  /* capitals: 4 of 6 words (digits and a domain count) make a title-cased line */
  const char *caps = "Harga 1,5 persen 12:30 10km detik.com\nharga naik pada hari itu juga\n";
  doc = classified(set, caps, strlen(caps), &page);
  CHECK(page.count == 2 && page.lines[0].words == 6 && (page.lines[0].flags & KIMPUT_LINEF_TITLECASE) &&
        !(page.lines[1].flags & (KIMPUT_LINEF_TITLECASE | KIMPUT_LINEF_TITLE)));
  done(doc, &page);
  /* joiners where 64-byte blocks meet: the same words wherever they fall */
  for (size_t pad = 58; pad <= 66; pad++) {
    char line[160];
    memset(line, 'x', pad);
    const char *tail = "-y 1,5 a.b Jum'at\n";
    memcpy(line + pad, tail, strlen(tail) + 1);
    doc = classified(set, line, strlen(line), &page);
    CHECK(page.count == 1 && page.lines[0].words == 4);
    done(doc, &page);
  }
  size_t len = 3 * 200;
  char *many = malloc(len);
  for (size_t i = 0; i < len; i += 3) memcpy(many + i, "ab ", 3);
  doc = classified(set, many, len, &page);
  CHECK(page.count == 1 && page.lines[0].words == KIMPUT_PAGE_WORDS_MAX &&
        (page.lines[0].flags & KIMPUT_LINEF_PARAGRAPH));
  done(doc, &page);
  free(many);
  kimput_pageset_free(set);
}

/* A literal anywhere on lines of every length the scan reads in one, two
 * or four parts (across their borders), a one-byte literal in a line's
 * last bytes, and ENDS literals of up to and over eight bytes: the rule
 * matches where its literals are, as without them. */
static void test_literal_places(void) {
  kimput_pageset *set = NULL;
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  kimput_page_rule r = {KIMPUT_PAGE_LINE, KIMPUT_LINE_CAPTION, KIMPUT_LINE_NONE, 0};
  const char *pattern = "(?i)panen raya|[|]";
  CHECK(kimput_pageset_add(set, &r, pattern, strlen(pattern), NULL, 0, NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_CONTAINS, "panen raya", "|") == KIMPUT_OK);
  char text[700];
  const size_t lengths[] = {12, 17, 18, 20, 40, 47, 48, 50, 70, 120, 165, 240, 601};  /* about each border */
  for (size_t k = 0; k < sizeof lengths / sizeof *lengths; k++) {
    size_t n = lengths[k];
    for (size_t at = 0; at + 10 <= n; at++) {
      for (int which = 0; which < 2; which++) {
        for (size_t i = 0; i < n; i++) text[i] = i % 7 == 6 ? ' ' : "petanix"[i % 7];
        text[0] = 'W';
        text[n - 1] = 'k';  /* the line's ends are no space: the line is as long as n */
        if (which == 0) memcpy(text + at, at % 2 ? "PANEN RAYA" : "panen raya", 10);
        else text[at + 9 < n - 1 ? at + 9 : n - 2] = '|';
        kimput_page page;
        kimput_doc *doc = classified(set, text, n, &page);
        CHECK(page.count == 1 && page.lines[0].cls == KIMPUT_LINE_CAPTION);
        done(doc, &page);
      }
    }
    for (size_t i = 0; i < n; i++) text[i] = i % 7 == 6 ? ' ' : "petanix"[i % 7];  /* neither: no match */
    text[n - 1] = 'k';
    kimput_page page;
    kimput_doc *doc = classified(set, text, n, &page);
    CHECK(page.count == 1 && page.lines[0].cls != KIMPUT_LINE_CAPTION);
    done(doc, &page);
  }
  kimput_pageset_free(set);
  /* ENDS literals: "budi" (compared as eight bytes at once) and "oleh budiman" (byte by byte) */
  CHECK(kimput_pageset_new(&set) == KIMPUT_OK);
  pattern = "(?i)(?:budi|oleh budiman)$";
  CHECK(kimput_pageset_add(set, &r, pattern, strlen(pattern), NULL, 0, NULL) == KIMPUT_OK);
  CHECK(require(set, KIMPUT_PAGE_LINE, 0, KIMPUT_PAGE_ENDS, "budi", "oleh budiman") == KIMPUT_OK);
  const char *lines[] = {"Budi", "Foto oleh BUDI", "Foto Oleh Budiman", "Foto oleh Budiana", "udi", "Budi Foto"};
  const int match[] = {1, 1, 1, 0, 0, 0};
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
    kimput_page page;
    kimput_doc *doc = classified(set, lines[i], strlen(lines[i]), &page);
    CHECK(page.count == 1 && (page.lines[0].cls == KIMPUT_LINE_CAPTION) == match[i]);
    done(doc, &page);
  }
  kimput_pageset_free(set);
}

/* kimput_page_plain_dateline on pages built by hand: the first body line's head, or what follows the opening */
static int plain(const char *text, uint8_t cls0, uint8_t flags1, int32_t open_line, uint32_t open_end,
                 kimput_plain_dateline *d) {
  size_t len = strlen(text);
  const char *nl = strchr(text, '\n');
  uint32_t cut = nl ? (uint32_t)(nl - text) : (uint32_t)len;
  kimput_page_line lines[2];
  memset(lines, 0, sizeof lines);
  lines[0].start = 0;
  lines[0].end = cut;
  lines[0].cls = cls0;
  lines[1].start = nl ? cut + 1 : cut;
  lines[1].end = (uint32_t)len;
  lines[1].cls = KIMPUT_LINE_BODY;
  lines[1].flags = flags1;
  kimput_page page = {lines, 2, open_line, open_end, {KIMPUT_UNSET, KIMPUT_UNSET}, {KIMPUT_UNSET, KIMPUT_UNSET},
                      -1, 0, {KIMPUT_UNSET, KIMPUT_UNSET}};
  return kimput_page_plain_dateline(&page, text, len, d);
}

static void test_plain_dateline(void) {
  kimput_plain_dateline d;
  const char *t = "Judul\nKotamulya, Warga desa berkumpul di balai.";
  CHECK(plain(t, KIMPUT_LINE_HEADLINE, KIMPUT_LINEF_PARAGRAPH, -1, 0, &d) == 1);
  CHECK_STR(t + d.place.start, d.place.end - d.place.start, "Kotamulya");
  CHECK_STR(t + d.next.start, d.next.end - d.next.start, "Warga");
  CHECK(d.comma == 1);
  /* the first body line no paragraph: none */
  CHECK(plain(t, KIMPUT_LINE_HEADLINE, 0, -1, 0, &d) == 0);
  /* the first line is the body line read */
  CHECK(plain("Kota Baru, - Dinas kota\nx", KIMPUT_LINE_BODY, 0, -1, 0, &d) == 0);
  t = "Tanjung Kota-Dinas kesehatan memeriksa\nx";
  {
    size_t len = strlen(t);
    kimput_page_line l = {0, (uint32_t)len, KIMPUT_UNSET, KIMPUT_UNSET, KIMPUT_UNSET, KIMPUT_UNSET, -1, 0, 9,
                          KIMPUT_LINE_BODY, KIMPUT_LINEF_PARAGRAPH};
    kimput_page page = {&l, 1, -1, 0, {KIMPUT_UNSET, KIMPUT_UNSET}, {KIMPUT_UNSET, KIMPUT_UNSET}, -1, 0,
                        {KIMPUT_UNSET, KIMPUT_UNSET}};
    CHECK(kimput_page_plain_dateline(&page, t, len, &d) == 1);
    CHECK_STR(t + d.place.start, d.place.end - d.place.start, "Tanjung Kota");
    CHECK_STR(t + d.next.start, d.next.end - d.next.start, "Dinas");
    CHECK(d.comma == 0);
  }
  /* after a hyphen the next word needs lower case after its capital; after a comma a capital */
  CHECK(plain("x\nKOTA-DINAS kesehatan memeriksa", KIMPUT_LINE_HEADLINE, 1, -1, 0, &d) == 0);
  CHECK(plain("x\nKota, warga desa berkumpul", KIMPUT_LINE_HEADLINE, 1, -1, 0, &d) == 0);
  CHECK(plain("x\nKOTA,  -  Bupati datang", KIMPUT_LINE_HEADLINE, 1, -1, 0, &d) == 1);
  CHECK(d.next.end - d.next.start == 6 && d.place.end - d.place.start == 4);
  /* a lower-case start, another mark, four words, two blanks: none */
  CHECK(plain("x\nkota, Warga berkumpul", KIMPUT_LINE_HEADLINE, 1, -1, 0, &d) == 0);
  CHECK(plain("x\nKota: Warga berkumpul", KIMPUT_LINE_HEADLINE, 1, -1, 0, &d) == 0);
  CHECK(plain("x\nSatu Dua Tiga Empat, Warga", KIMPUT_LINE_HEADLINE, 1, -1, 0, &d) == 0);
  CHECK(plain("x\nSatu  Dua, Warga", KIMPUT_LINE_HEADLINE, 1, -1, 0, &d) == 0);
  /* only 61 bytes are read: a mark past them is none */
  CHECK(plain("x\nAaaaaaaaaa aaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, Warga", KIMPUT_LINE_HEADLINE, 1, -1,
              0, &d) == 0);
  /* what follows the opening cut from its line ("SITUS.COM |KOTA,-Warga"), the line's class whatever it is */
  t = "SITUS.COM |KOTA,-Warga datang\nx";
  CHECK(plain(t, KIMPUT_LINE_BODY, 0, 0, 11, &d) == 1);
  CHECK_STR(t + d.place.start, d.place.end - d.place.start, "KOTA");
  CHECK_STR(t + d.next.start, d.next.end - d.next.start, "Warga");
  CHECK(plain(t, KIMPUT_LINE_BODY, 0, 0, 40, &d) == 0);  /* the cut past the line's end */
  /* a text ending at the mark, or a page of no lines */
  CHECK(plain("x\nKota,", KIMPUT_LINE_HEADLINE, 1, -1, 0, &d) == 0);
  CHECK(plain("x\nKota-", KIMPUT_LINE_HEADLINE, 1, -1, 0, &d) == 0);
  kimput_page empty = {NULL, 0, -1, 0, {KIMPUT_UNSET, KIMPUT_UNSET}, {KIMPUT_UNSET, KIMPUT_UNSET}, -1, 0,
                       {KIMPUT_UNSET, KIMPUT_UNSET}};
  CHECK(kimput_page_plain_dateline(&empty, "", 0, &d) == 0);
}

/* kimput_page_read_top: the first body line, the first paragraph, the classes above each */
static void test_read_top(void) {
  kimput_page_line lines[5];
  memset(lines, 0, sizeof lines);
  const uint8_t cls[5] = {KIMPUT_LINE_NAVIGATION, KIMPUT_LINE_TIMESTAMP, KIMPUT_LINE_BODY, KIMPUT_LINE_CAPTION,
                          KIMPUT_LINE_BODY};
  for (int i = 0; i < 5; i++) {
    lines[i].start = (uint32_t)i * 2;
    lines[i].end = (uint32_t)i * 2 + 1;
    lines[i].cls = cls[i];
  }
  lines[4].flags = KIMPUT_LINEF_PARAGRAPH;
  kimput_page page = {lines, 5, -1, 0, {KIMPUT_UNSET, KIMPUT_UNSET}, {KIMPUT_UNSET, KIMPUT_UNSET}, -1, 0,
                      {KIMPUT_UNSET, KIMPUT_UNSET}};
  kimput_page_top top;
  kimput_page_read_top(&page, 40, &top);
  CHECK(top.first_body == 2 && top.first_paragraph == 4);
  CHECK(top.above == (1u << KIMPUT_LINE_NAVIGATION | 1u << KIMPUT_LINE_TIMESTAMP));
  CHECK(top.above_paragraph == (top.above | 1u << KIMPUT_LINE_BODY | 1u << KIMPUT_LINE_CAPTION));
  /* only `limit` lines are read: none found is the limit, the classes of all of them */
  kimput_page_read_top(&page, 2, &top);
  CHECK(top.first_body == 2 && top.first_paragraph == 2 && top.above == top.above_paragraph &&
        top.above == (1u << KIMPUT_LINE_NAVIGATION | 1u << KIMPUT_LINE_TIMESTAMP));
  /* a paragraph first: nothing above */
  lines[0].cls = KIMPUT_LINE_BODY;
  lines[0].flags = KIMPUT_LINEF_PARAGRAPH;
  kimput_page_read_top(&page, 40, &top);
  CHECK(top.first_body == 0 && top.first_paragraph == 0 && top.above == 0 && top.above_paragraph == 0);
  page.count = 0;
  kimput_page_read_top(&page, 40, &top);
  CHECK(top.first_body == 0 && top.first_paragraph == 0 && top.above == 0);
}

/* kimput_page_line_starting: the lines of the top that start with a title, no longer than asked */
static void test_line_starting(void) {
  const char *t = "Judul | Situs\nJudul\nJudul berita - Situs.com\nx";
  kimput_page_line lines[4];
  memset(lines, 0, sizeof lines);
  const uint32_t se[4][2] = {{0, 13}, {14, 19}, {20, 44}, {45, 46}};
  for (int i = 0; i < 4; i++) {
    lines[i].start = se[i][0];
    lines[i].end = se[i][1];
  }
  kimput_page page = {lines, 4, -1, 0, {KIMPUT_UNSET, KIMPUT_UNSET}, {KIMPUT_UNSET, KIMPUT_UNSET}, -1, 0,
                      {KIMPUT_UNSET, KIMPUT_UNSET}};
  CHECK(kimput_page_line_starting(&page, t, 0, 12, "Judul", 5, 5) == 0);
  CHECK(kimput_page_line_starting(&page, t, 1, 12, "Judul", 5, 5) == 1);
  CHECK(kimput_page_line_starting(&page, t, 0, 12, "Judul", 5, 14) == 2);  /* longer than the first */
  CHECK(kimput_page_line_starting(&page, t, 3, 12, "Judul", 5, 5) == SIZE_MAX);
  CHECK(kimput_page_line_starting(&page, t, 0, 2, "Judul berita", 12, 0) == SIZE_MAX);  /* past the limit */
  CHECK(kimput_page_line_starting(&page, t, 0, 12, "Judul berita", 12, 0) == 2);
  CHECK(kimput_page_line_starting(&page, t, 0, 12, "judul", 5, 0) == SIZE_MAX);  /* bytes compared as they are */
  CHECK(kimput_page_line_starting(&page, t, 0, 12, "Judul | Situs!", 14, 0) == SIZE_MAX);  /* no line that long */
  CHECK(kimput_page_line_starting(&page, t, 0, 12, "", 0, 0) == 0);
}

int main(void) {
  test_line_starting();
  test_read_top();
  test_plain_dateline();
  test_lines();
  test_require();
  test_scan();
  test_runs();
  test_long_runs();
  test_digits();
  test_fold_letters();
  test_words();
  test_tail_bytes();
  test_literal_places();
  test_many_rules();
  test_too_many_for_one_pattern();
  test_pageset();
  test_classify();
  test_anchored_compile();
  test_name_lines();
  test_limits();
  test_rule_helpers();
  return CHECK_SUMMARY();
}
