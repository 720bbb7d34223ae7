/* test_quotes.c -- the quote-mark scanner (quotes.c) and the gazetteer (gazetteer.c). */
#include <stdlib.h>

#include "check.h"
#include "kimput.h"

static kimput_quote *scan(const char *text, size_t *n) {
  uint32_t span[2] = {0, (uint32_t)strlen(text)};
  kimput_quote *q = NULL;
  *n = 0;
  CHECK(kimput_quotes_scan(text, strlen(text), span, 1, &q, n) == KIMPUT_OK);
  return q;
}

/* checks the text of quote q against want */
#define CHECK_QUOTE(text, q, want) CHECK_STR((text) + (q).start, (size_t)((q).end - (q).start), want)

static void test_pairs(void) {
  const char *t = "\"Kami siap,\" kata Putin. \xE2\x80\x9CYa,\xE2\x80\x9D ujar Kim. 'Hari Kemenangan' dan \"Tidak\xE2\x80\x9D.";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 4);
  if (n == 4) {
    CHECK_QUOTE(t, q[0], "Kami siap,");
    CHECK_QUOTE(t, q[1], "Ya,");
    CHECK_QUOTE(t, q[2], "Hari Kemenangan");
    CHECK(q[2].single == 1);
    CHECK_QUOTE(t, q[3], "Tidak");  /* a mismatched pair */
    CHECK(q[0].flags == 0 && q[0].depth == 0 && q[0].open == 0 && q[0].close == 12);
  }
  free(q);
}

static void test_apostrophes(void) {
  const char *t = "Salat Jum'at dan membaca Qur'an, lalu 'doa' bersama.";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 1);
  if (n == 1) CHECK_QUOTE(t, q[0], "doa");
  free(q);
}

/* a single mark before a word with no closer ahead is a name's apostrophe, no quote running to the
   paragraph's end; one another single quote follows still opens nothing, and a closer on a wrapped
   line (a lower-case start) still closes */
static void test_apostrophe_of_a_name(void) {
  const char *t = "Kampus Muhammadiyah dan 'Aisyiyah hadir. Tamu datang.";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 0);
  free(q);
  t = "Sekolah 'Aisyiyah ikut, kata Budi. Ia menyebut 'luar biasa' saja.";
  q = scan(t, &n);
  CHECK(n == 1);
  if (n == 1) CHECK_QUOTE(t, q[0], "luar biasa");
  free(q);
  t = "Ia menyebut 'luar\nbiasa' bagi warga.";
  q = scan(t, &n);
  CHECK(n == 1);
  if (n == 1) CHECK_QUOTE(t, q[0], "luar\nbiasa");
  free(q);
}

/* a straight mark glued to a stop, a blank and a capital after it, the next double mark closing after a
   comma: the opener typed on the wrong side of its blank; with no such closer, no quote */
static void test_opener_glued_to_stop(void) {
  const char *t = "Kantor itu beroperasi pada 2016.\" Mudah-mudahan segera berfungsi,\" ujarnya.";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 1);
  if (n == 1) CHECK_QUOTE(t, q[0], "Mudah-mudahan segera berfungsi,");
  free(q);
  t = "Ia berkata.\" Selanjutnya warga menyebut \"protes\" itu wajar.";
  q = scan(t, &n);
  CHECK(n == 1);
  if (n == 1) CHECK_QUOTE(t, q[0], "protes");
  free(q);
  /* (a curly closer so typed, nothing of its family open: the same) */
  t = "Pesertanya 120 orang.\xe2\x80\x9d Panitia ada 15 orang,\xe2\x80\x9d tuturnya.";
  q = scan(t, &n);
  CHECK(n == 1);
  if (n == 1) CHECK_QUOTE(t, q[0], "Panitia ada 15 orang,");
  free(q);
  t = "Pesertanya 120 orang.\xe2\x80\x9d Petugas menyebut \xe2\x80\x9cprotes\xe2\x80\x9d itu wajar.";
  q = scan(t, &n);
  CHECK(n == 1);
  if (n == 1) CHECK_QUOTE(t, q[0], "protes");
  free(q);
}

static void test_two_apostrophes(void) {
  const char *t = "''Kami siap,'' kata Putin. Ia menyebut ''langkah berani'' itu.";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 2);
  if (n == 2) {
    CHECK_QUOTE(t, q[0], "Kami siap,");
    CHECK(q[0].open == 0 && q[0].start == 2 && q[0].end == 12 && q[0].close == 14 && q[0].single == 0 && q[0].depth == 0);
    CHECK_QUOTE(t, q[1], "langkah berani");
  }
  free(q);
}

/* marks a scrape glued to the words before them, or set off by blanks */
static void test_glued_and_spaced(void) {
  const char *t = "Ia datang.\"Kami siap,\" katanya. Ia bilang ,\"Ya.\" Harga 5\" naik.\n\" Kami pulang, \" kata Ani .";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 3);
  if (n == 3) {
    CHECK_QUOTE(t, q[0], "Kami siap,");
    CHECK_QUOTE(t, q[1], "Ya.");
    CHECK_QUOTE(t, q[2], "Kami pulang,");
    CHECK(t[q[2].open] == '"' && t[q[2].close - 1] == '"');
  }
  free(q);
}

static void test_nested(void) {
  const char *t = "\"Dia bilang 'kami tidak takut' tadi,\" kata Andi.";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 2);
  if (n == 2) {
    CHECK(q[0].depth == 0 && q[1].depth == 1);
    CHECK_QUOTE(t, q[1], "kami tidak takut");
  }
  free(q);
}

/* a double mark opening after a stop inside an open double quote opens the same words again */
static void test_reopened(void) {
  const char *t = "\"Daerah kami indah. \xE2\x80\x9COleh karena itu, kami mengajak Anda,\xE2\x80\x9D ujar Budi.";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 1);
  if (n == 1) {
    CHECK(q[0].depth == 0 && q[0].flags == 0);
    CHECK_QUOTE(t, q[0], "Daerah kami indah. \xE2\x80\x9COleh karena itu, kami mengajak Anda,");
  }
  free(q);
  /* an opening double mark after a comma, glued to a lower-case word, closes: the cue after the words */
  t = "\xE2\x80\x9CIlmu itu kami praktikkan, \xE2\x80\x9Cujar Budi.";
  q = scan(t, &n);
  CHECK(n == 1);
  if (n == 1) CHECK_QUOTE(t, q[0], "Ilmu itu kami praktikkan,");
  free(q);
  /* a single mark inside stays a quote inside */
  t = "\"Dia bilang. 'Kami tidak takut,' begitu,\" kata Andi.";
  q = scan(t, &n);
  CHECK(n == 2);
  if (n == 2) CHECK(q[1].depth == 1);
  free(q);
}

static void test_paragraphs(void) {
  const char *t = "\"Bagian pertama.\n\n\"Bagian kedua,\" kata Kim.\nIa berkata \"tanpa penutup\nParagraf lain.";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 3);
  if (n == 3) {
    CHECK_QUOTE(t, q[0], "Bagian pertama.");
    CHECK(q[0].flags == KIMPUT_QUOTE_CONTINUES);
    CHECK_QUOTE(t, q[1], "Bagian kedua,");
    CHECK(q[1].flags == KIMPUT_QUOTE_CONTINUED);
    CHECK_QUOTE(t, q[2], "tanpa penutup");
    CHECK(q[2].flags == KIMPUT_QUOTE_UNCLOSED);
  }
  free(q);
}

/* one statement over two lines, the second with no mark of its own: it goes on */
static void test_bare_continuation(void) {
  const char *t = "\"Kasus ini kami usut.\nTidak ada yang kebal hukum,\" kata Kapolri.\nIa berkata \"kami\nRudi pulang.";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 3);
  if (n == 3) {
    CHECK_QUOTE(t, q[0], "Kasus ini kami usut.");
    CHECK(q[0].flags == KIMPUT_QUOTE_CONTINUES);
    CHECK_QUOTE(t, q[1], "Tidak ada yang kebal hukum,");
    CHECK(q[1].flags == KIMPUT_QUOTE_CONTINUED);
    CHECK(q[1].open == q[1].start);  /* no mark opens it */
    CHECK_QUOTE(t, q[2], "kami");  /* the next line closes nothing: unclosed */
    CHECK(q[2].flags == KIMPUT_QUOTE_UNCLOSED);
  }
  free(q);
}

/* the scan reads each line once, many bytes at a time: a mark at a line's
 * end or past the first chunk of a long line, a span that ends inside a
 * line (the marks after it are not its), a line ending after a mark's first
 * byte of a code point cut short */
static void test_line_scan(void) {
  const char *t = "Menurut keterangan yang disampaikan kepada wartawan di kantornya, ia berkata \"kami siap\"\n"
                  "\"Tidak,\" kata Ani. Lalu ia menulis \"selesai\" dan \"belum\" di sana.";
  size_t n;
  kimput_quote *q = scan(t, &n);
  CHECK(n == 4);
  if (n == 4) {
    CHECK_QUOTE(t, q[0], "kami siap");
    CHECK(q[0].flags == 0 && t[q[0].close] == '\n');
    CHECK_QUOTE(t, q[1], "Tidak,");
    CHECK_QUOTE(t, q[2], "selesai");
    CHECK_QUOTE(t, q[3], "belum");
  }
  free(q);
  /* a span ending inside the line: the mark closing the quote lies past it */
  const char *u = "Ia berkata \"kami akan datang besok pagi\" kepada semua orang di desa itu.";
  uint32_t span[2] = {0, 30};
  kimput_quote *r = NULL;
  CHECK(kimput_quotes_scan(u, strlen(u), span, 1, &r, &n) == KIMPUT_OK);
  CHECK(n == 1);
  if (n == 1) {
    CHECK(r[0].start == 12 && r[0].end == 30 && (r[0].flags & KIMPUT_QUOTE_UNCLOSED));
  }
  free(r);
  /* an opening curly mark, then a line cut inside a code point (bytes as they come) */
  const char *v = "Ia berkata \xE2\x80\x9Ckami \xE2\x80\n\xE2\x80\x9CYa\xE2\x80\x9D.";
  q = scan(v, &n);
  CHECK(n == 2);
  if (n == 2) {
    CHECK(q[0].open == 11 && (q[0].flags & KIMPUT_QUOTE_CONTINUES));
    CHECK_QUOTE(v, q[1], "Ya");
    CHECK(q[1].flags == KIMPUT_QUOTE_CONTINUED);
  }
  free(q);
}

static void test_bad_input(void) {
  size_t n;
  kimput_quote *q = NULL;
  uint32_t bad[2] = {0, 99};
  CHECK(kimput_quotes_scan("abc", 3, bad, 1, &q, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_quotes_scan(NULL, 0, NULL, 0, &q, &n) == KIMPUT_OK && n == 0);
  CHECK(kimput_quotes_scan("abc", 3, NULL, 1, &q, &n) == KIMPUT_ERR_ARG);
  /* a page of marks: bounded work, no crash */
  size_t len = 100000;
  char *marks = malloc(len);
  memset(marks, '"', len);
  uint32_t span[2] = {0, (uint32_t)len};
  CHECK(kimput_quotes_scan(marks, len, span, 1, &q, &n) == KIMPUT_OK);
  CHECK(n <= len / 2);
  free(q);
  free(marks);
}

static void test_gazetteer(void) {
  kimput_gaz *g = NULL;
  CHECK(kimput_gaz_new(&g) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "Kim Jong Un", 11, 1, 0) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "Kim", 3, 2, KIMPUT_GAZ_UPPER) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "AS", 2, 3, KIMPUT_GAZ_EXACT_CASE) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "presiden", 8, 4, 0) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "", 0, 5, 0) == KIMPUT_ERR_ARG);
  CHECK(kimput_gaz_add(g, "a b c d e f g h i", 17, 5, 0) == KIMPUT_ERR_ARG);
  const char *t = "Presiden AS bertemu Kim Jong-un, lalu kim dan as pulang. Kim tersenyum bersama Joko Widodo.";
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(t, strlen(t), 0, &doc, NULL) == KIMPUT_OK);
  uint32_t span[2] = {0, (uint32_t)strlen(t)};
  kimput_gaz_match *m = NULL;
  size_t n = 0;
  CHECK(kimput_gaz_scan(g, doc, span, 1, &m, &n) == KIMPUT_OK);
  /* Presiden, AS, Kim Jong-un, Kim, and the capitalised run "Joko Widodo" */
  CHECK(n == 5);
  if (n == 5) {
    CHECK(m[0].id == 4 && m[1].id == 3 && m[2].id == 1 && m[3].id == 2);
    CHECK_STR(t + m[2].start, m[2].end - m[2].start, "Kim Jong-un");
    CHECK(m[4].id == KIMPUT_GAZ_CAPS);
    CHECK_STR(t + m[4].start, m[4].end - m[4].start, "Joko Widodo");
  }
  free(m);
  kimput_doc_free(doc);
  kimput_gaz_free(g);
}

/* The longest form at the first token of text, in tokens; its id in *id. */
static size_t longest_at(const kimput_gaz *g, const char *text, int32_t *id) {
  kimput_doc *doc = NULL;
  size_t n = 0, nt;
  *id = -1;
  if (kimput_doc_new(text, strlen(text), 0, &doc, NULL) != KIMPUT_OK) return 0;
  const kimput_token *t = kimput_doc_tokens(doc, &nt);
  if (t && nt) n = kimput_gaz_longest(g, text, t, nt, id);
  kimput_doc_free(doc);
  return n;
}

/* The shortcuts of the scan (a short first word answered from its packed
 * table unless its next word may continue a form; a scan that stops where
 * no longer form goes on) find what the full lookup finds. */
static void test_gazetteer_shortcuts(void) {
  kimput_gaz *g = NULL;
  CHECK(kimput_gaz_new(&g) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "wakil", 5, 1, 0) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "wakil ketua", 11, 2, 0) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "wakil ketua umum partai", 23, 3, 0) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "pemerintahan daerah", 19, 4, 0) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "juru bicara-pemerintah", 22, 5, 0) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "seperti dikutip", 15, 6, 0) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "Bank BRI", 8, 7, KIMPUT_GAZ_EXACT_CASE) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "kementerian", 11, 8, 0) == KIMPUT_OK);
  CHECK(kimput_gaz_add(g, "kementerian luar negeri", 23, 9, 0) == KIMPUT_OK);
  int32_t id;
  CHECK(longest_at(g, "Wakil Ketua DPR hadir", &id) == 2 && id == 2);
  CHECK(longest_at(g, "WAKIL KETUA UMUM Partai itu", &id) == 4 && id == 3);
  CHECK(longest_at(g, "Wakil Ketua Umum datang", &id) == 2 && id == 2);  /* no "partai": back to the longest whole form */
  CHECK(longest_at(g, "Wakil rakyat", &id) == 1 && id == 1);
  CHECK(longest_at(g, "wakil, ketua", &id) == 1 && id == 1);  /* a comma ends the form */
  CHECK(longest_at(g, "wakil ketuanya", &id) == 1 && id == 1);  /* the same first bytes, another word */
  CHECK(longest_at(g, "Pemerintahan Daerah Bali", &id) == 2 && id == 4);
  CHECK(longest_at(g, "pemerintahan pusat", &id) == 0);
  CHECK(longest_at(g, "Juru Bicara Pemerintah", &id) == 3 && id == 5);
  CHECK(longest_at(g, "juru-bicara pemerintah", &id) == 2 && id == 5);
  CHECK(longest_at(g, "juru bicara", &id) == 0);
  CHECK(longest_at(g, "seperti dikutip Antara", &id) == 2 && id == 6);
  CHECK(longest_at(g, "seperti biasa", &id) == 0);
  CHECK(longest_at(g, "Bank BRI", &id) == 2 && id == 7);
  CHECK(longest_at(g, "bank bri", &id) == 0);
  CHECK(longest_at(g, "Kementerian Luar Negeri", &id) == 3 && id == 9);
  CHECK(longest_at(g, "Kementerian Kesehatan", &id) == 1 && id == 8);
  CHECK(longest_at(g, "Kementerian-Luar Negeri", &id) == 2 && id == 9);
  kimput_gaz_free(g);
}

int main(void) {
  test_pairs();
  test_apostrophes();
  test_apostrophe_of_a_name();
  test_opener_glued_to_stop();
  test_two_apostrophes();
  test_glued_and_spaced();
  test_nested();
  test_reopened();
  test_paragraphs();
  test_bare_continuation();
  test_line_scan();
  test_bad_input();
  test_gazetteer();
  test_gazetteer_shortcuts();
  return CHECK_SUMMARY();
}
