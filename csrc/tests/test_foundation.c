/* Unit tests of the foundation: UTF-8 validation and repair, documents,
 * the tokenizer and the sentence splitter, through the public API only. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kimput.h"

static kimput_doc *doc_of(const char *s) {
  kimput_doc *d = NULL;
  kimput_status st = kimput_doc_new(s, strlen(s), 0, &d, NULL);
  CHECK(st == KIMPUT_OK);
  return d;
}

/* Checks that the tokens of s are exactly the space-separated list want,
 * with kinds kinds (space-separated kind names). */
static void check_tokens(const char *s, const char *want, const char *kinds) {
  kimput_doc *d = doc_of(s);
  size_t n;
  const kimput_token *t = kimput_doc_tokens(d, &n);
  char got[1024] = "", gotk[1024] = "";
  for (size_t i = 0; i < n; i++) {
    if (i) { strcat(got, " "); strcat(gotk, " "); }
    strncat(got, s + t[i].start, t[i].end - t[i].start);
    strcat(gotk, kimput_token_kind_name(t[i].kind));
  }
  int ok = strcmp(got, want) == 0 && (!kinds || strcmp(gotk, kinds) == 0);
  if (!ok) fprintf(stderr, "tokens of [%s]:\n  got  [%s] [%s]\n  want [%s] [%s]\n", s, got, gotk, want, kinds ? kinds : "");
  CHECK(ok);
  kimput_doc_free(d);
}

static void check_sentences(const char *s, int want) {
  kimput_doc *d = doc_of(s);
  size_t n;
  kimput_doc_sentences(d, &n);
  if ((int)n != want) fprintf(stderr, "sentences of [%s]: got %zu want %d\n", s, n, want);
  CHECK((int)n == want);
  kimput_doc_free(d);
}

static void test_utf8(void) {
  size_t bad = 99;
  CHECK(kimput_utf8_valid("abc", 3, &bad));
  CHECK(kimput_utf8_valid("\xE2\x80\x9C" "x" "\xE2\x80\x9D", 7, &bad));
  CHECK(!kimput_utf8_valid("ab\xFFz", 4, &bad) && bad == 2);
  CHECK(!kimput_utf8_valid("\xC0\xAF", 2, &bad) && bad == 0);            /* overlong */
  CHECK(!kimput_utf8_valid("x\xED\xA0\x80", 4, &bad) && bad == 1);       /* surrogate */
  CHECK(!kimput_utf8_valid("\xF4\x90\x80\x80", 4, &bad) && bad == 0);    /* > U+10FFFF */
  CHECK(!kimput_utf8_valid("abcdefgh\xE2\x80", 10, &bad) && bad == 8);   /* truncated */
  char *out;
  size_t len;
  CHECK(kimput_utf8_repair("a\xFF" "b", 3, &out, &len) == KIMPUT_OK);
  CHECK_STR(out, len, "a\xEF\xBF\xBD" "b");
  free(out);
  /* a truncated sequence is one maximal subpart: one U+FFFD */
  CHECK(kimput_utf8_repair("\xE2\x80" "z", 3, &out, &len) == KIMPUT_OK);
  CHECK_STR(out, len, "\xEF\xBF\xBD" "z");
  free(out);
}

static void test_documents(void) {
  kimput_doc *d = NULL;
  size_t bad = 0;
  CHECK(kimput_doc_new("ok \xFF", 4, 0, &d, &bad) == KIMPUT_ERR_UTF8 && d == NULL && bad == 3);
  CHECK(kimput_doc_new("ok \xFF", 4, KIMPUT_DOC_REPLACE_INVALID, &d, &bad) == KIMPUT_OK);
  size_t len;
  const char *text = kimput_doc_text(d, &len);
  CHECK_STR(text, len, "ok \xEF\xBF\xBD");
  kimput_doc_free(d);
  /* empty text: a document with nothing in it */
  CHECK(kimput_doc_new("", 0, 0, &d, NULL) == KIMPUT_OK);
  size_t n = 1;
  CHECK(kimput_doc_tokens(d, &n) == NULL && n == 0 && kimput_doc_status(d) == KIMPUT_OK);
  CHECK(kimput_doc_sentences(d, &n) == NULL && n == 0);
  kimput_doc_free(d);
  /* a NUL byte is a control character between tokens */
  CHECK(kimput_doc_new("a\0b", 3, 0, &d, NULL) == KIMPUT_OK);
  kimput_doc_tokens(d, &n);
  CHECK(n == 2);
  kimput_doc_free(d);
  CHECK(kimput_doc_new(NULL, 3, 0, &d, NULL) == KIMPUT_ERR_ARG);
  kimput_doc_free(NULL);
}

static void test_tokens(void) {
  check_tokens("negara-negara Kim Jong-un Korut-Rusia", "negara-negara Kim Jong-un Korut-Rusia", "word word word word");
  check_tokens("87,32 persen 1.500 orang", "87,32 persen 1.500 orang", "number word number word");
  check_tokens("10/5/2022 09:15 09.15 2023-05-09 27/7", "10/5/2022 09:15 09.15 2023-05-09 27/7",
               "date time time date date");
  check_tokens("inews.co.uk WahanaNews.co.id https://x.id/a?b=1.", "inews.co.uk WahanaNews.co.id https://x.id/a?b=1 .",
               "url url url punct");
  check_tokens("#rusiaukraina#beritainternasional", "#rusiaukraina #beritainternasional", "hashtag hashtag");
  check_tokens("1990-an dll. Jl. a.n. M. Razi", "1990-an dll. Jl. a.n. M. Razi", "date word word word word word");
  check_tokens("\"x\" \xE2\x80\x9Cy\xE2\x80\x9D 'z' \xE2\x80\x98w\xE2\x80\x99", "\" x \" \xE2\x80\x9C y \xE2\x80\x9D ' z ' \xE2\x80\x98 w \xE2\x80\x99",
               "quote word quote quote word quote quote word quote quote word quote");
  check_tokens("Jum'at Jum\xE2\x80\x99" "at", "Jum'at Jum\xE2\x80\x99" "at", "word word");
  check_tokens("Rp 5% $ ©", "Rp 5 % $ \xC2\xA9", "word number symbol symbol symbol");
  check_tokens("akhir.Dia", "akhir . Dia", "word punct word");
  check_tokens("10.00-12.00 WIB", "10.00 - 12.00 WIB", "time punct time word");
  check_tokens("2022-2023", "2022 - 2023", "number punct number");
  check_tokens("ke-21 COVID-19 G20", "ke-21 COVID-19 G20", "word word word");
  check_tokens("Selasa (10/5/2022), kata", "Selasa ( 10/5/2022 ) , kata", "word punct date punct punct word");
  check_tokens("Menunggu... lalu", "Menunggu ... lalu", "word punct word");
  check_tokens("S\xC3\xA3o Paulo \xC3\x89mile", "S\xC3\xA3o Paulo \xC3\x89mile", "word word word");
  check_tokens("a\xE2\x80\x94" "b", "a \xE2\x80\x94 b", "word punct word");
  check_tokens("Budi, M.Sc., Sp.PD. Kota.Baru.", "Budi , M.Sc. , Sp.PD. Kota . Baru .",
               "word punct word punct word word punct word punct");
}

/* KIMPUT_TOKF_JOINED: set when only blanks (space, tab, no-break space) or nothing stand
 * between a token and the one before it; a line break, a carriage return or another
 * space character clears it, and the first token has none. */
static void test_joined_flag(void) {
  const char *text = "Kata  Budi,\tia\xC2\xA0pergi.\nLalu\r\npulang\xE2\x80\x83lagi";
  const char *words[] = {"Kata", "Budi", ",", "ia", "pergi", ".", "Lalu", "pulang", "lagi"};
  const int joined[] = {0, 1, 1, 1, 1, 1, 0, 0, 0};
  kimput_token *t = NULL;
  size_t n = 0, cap = 0;
  CHECK(kimput_tokenize(text, strlen(text), &t, &n, &cap) == KIMPUT_OK);
  CHECK(n == sizeof words / sizeof *words);
  for (size_t i = 0; i < n && i < sizeof words / sizeof *words; i++) {
    CHECK(t[i].end - t[i].start == strlen(words[i]) && !memcmp(text + t[i].start, words[i], strlen(words[i])));
    CHECK(!!(t[i].flags & KIMPUT_TOKF_JOINED) == joined[i]);
  }
  free(t);
}

static void test_sentences(void) {
  check_sentences("Dr. Budi tiba. Ia pergi.", 2);
  check_sentences("Prof. H. M. Razi tinggal di Jl. Sudirman No. 5 bersama PT. Maju dkk. di kota.", 1);
  check_sentences("Ia berkata, \"Kita menang.\" Lalu pergi.", 2);
  check_sentences("\"Apa?\" tanya dia. Tidak ada jawaban.", 2);
  check_sentences("Baris pertama tanpa titik\nBaris kedua", 2);
  check_sentences("Ada apel, jeruk, dll. Semua segar.", 2);
  check_sentences("Harga naik 1.500 persen. Itu mahal!", 2);
  check_sentences("Prof. Budi, M.Sc., Ph.D. dan Kombes Pol. Rudi tiba pk. 19.30 WIB.", 1);
  check_sentences("Ia lulus dari Nusa Univ., lalu pulang. Ia mengajar.", 2);
  check_sentences("Kata dr. Wulan, M.Kes. Ia menambahkan bersama B.J. Santosa.", 2);
  check_sentences("Hadir Sultan Hamengku Rahardjo X. Ia meminta maaf kepada Budi S. Santoso.", 2);
  check_sentences("", 0);
}

/* kimput_abbreviations: the table kimput_is_abbreviation reads, each entry a word with its period */
static void test_abbreviations(void) {
  size_t n = 0;
  for (const char *const *a = kimput_abbreviations(); *a; a++, n++) {
    size_t len = strlen(*a);
    CHECK(len >= 2 && (*a)[len - 1] == '.');
    CHECK(kimput_is_abbreviation(*a, len));
  }
  CHECK(n > 50);
  CHECK(!kimput_is_abbreviation("kota.", 5));
  CHECK(!kimput_is_abbreviation("DR.", 3));  /* as typed: titles keep their case */
}

int main(void) {
  test_joined_flag();
  test_abbreviations();
  test_utf8();
  test_documents();
  test_tokens();
  test_sentences();
  return CHECK_SUMMARY();
}
