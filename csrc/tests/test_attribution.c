/* test_attribution.c -- quote attribution (attribution.c) on invented
 * sentences, through the public C API only. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kimput.h"

static kimput_lexicon *lexicon(void) {
  kimput_lexicon *lex = NULL;
  CHECK(kimput_lexicon_new(&lex) == KIMPUT_OK);
  static const struct { const char *w; unsigned c; } words[] = {
    {"Kapolres", KIMPUT_LEX_TITLE | KIMPUT_LEX_JURISDICTION}, {"AKBP", KIMPUT_LEX_RANK},
    {"Kepala", KIMPUT_LEX_TITLE}, {"juru bicara", KIMPUT_LEX_TITLE}, {"ia", KIMPUT_LEX_PRONOUN},
    {"dia", KIMPUT_LEX_PRONOUN}, {"kata", KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_ACCORDING},
    {"ujar", KIMPUT_LEX_CUE_AFTER}, {"menurut", KIMPUT_LEX_CUE_ACCORDING},
    {"mengatakan", KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_REPORTING}, {"seperti dikutip", KIMPUT_LEX_CUE_VIA},
    {"mengutip surat", KIMPUT_LEX_CUE_RELAY}, {"bahwa", KIMPUT_LEX_THAT}, {"Hari", KIMPUT_LEX_NOT_NAME},
    {"kepada", KIMPUT_LEX_FUNCTION}, {"yang", KIMPUT_LEX_FUNCTION}, {"dan", KIMPUT_LEX_TERM_WORD},
    {"Dinas", KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_QUALIFIER},
  };
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    CHECK(kimput_lexicon_add_word(lex, words[i].w, strlen(words[i].w), words[i].c) == KIMPUT_OK);
  int32_t id;
  CHECK(kimput_lexicon_add_entity(lex, "Vladimir Putin", 14, KIMPUT_ENT_PERSON, &id) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, id, "Putin", 5, KIMPUT_GAZ_UPPER) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_entity(lex, "KCNA", 4, KIMPUT_ENT_OUTLET, &id) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, id, "KCNA", 4, KIMPUT_GAZ_EXACT_CASE) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_entity(lex, "Reuters", 7, KIMPUT_ENT_OUTLET, &id) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, id, "Reuters", 7, KIMPUT_GAZ_UPPER) == KIMPUT_OK);
  return lex;
}

typedef struct {
  kimput_doc *doc;
  const char *text;
  const kimput_attribution *q;
  size_t n;
  const kimput_entity *e;
  size_t ne;
} result;

static result attribute(kimput_lexicon *lex, const char *text) {
  result r = {0};
  r.text = text;
  CHECK(kimput_doc_new(text, strlen(text), 0, &r.doc, NULL) == KIMPUT_OK);
  CHECK(kimput_doc_attribute(r.doc, lex, NULL, 0, &r.q, &r.n) == KIMPUT_OK);
  CHECK(kimput_doc_mentions(r.doc, lex, NULL, 0, NULL, NULL, &r.e, &r.ne) == KIMPUT_OK);
  return r;
}

/* Is the speaker of quotation i `want` (an entity's name or a description)? */
static int speaker_is(const result *r, size_t i, const char *want) {
  if (i >= r->n) return 0;
  const kimput_attribution *a = &r->q[i];
  if (a->speaker >= 0)
    return (size_t)a->speaker < r->ne && r->e[a->speaker].name_len == strlen(want) &&
           !memcmp(r->e[a->speaker].name, want, strlen(want));
  return a->speaker_start != KIMPUT_UNSET && a->speaker_end - a->speaker_start == strlen(want) &&
         !memcmp(r->text + a->speaker_start, want, strlen(want));
}

static int cue_is(const result *r, size_t i, const char *want) {
  const kimput_attribution *a = &r->q[i];
  return a->cue_start != KIMPUT_UNSET && a->cue_end - a->cue_start == strlen(want) &&
         !memcmp(r->text + a->cue_start, want, strlen(want));
}

static void test_direct(kimput_lexicon *lex) {
  result r = attribute(lex, "\"Pelaku sudah diamankan,\" kata Kapolres Sleman AKBP Yuda Pratama.");
  CHECK(r.n == 1 && r.q[0].kind == KIMPUT_QUOTE_DIRECT);
  CHECK(speaker_is(&r, 0, "Yuda Pratama") && cue_is(&r, 0, "kata"));
  CHECK(r.q[0].open == 0 && r.q[0].start == 1 && r.text[r.q[0].end] == '"' && r.q[0].via == -1);
  kimput_doc_free(r.doc);
}

static void test_chain_and_continuation(kimput_lexicon *lex) {
  result r = attribute(lex, "Kepala Dinas Rina Kartika meninjau banjir. \"Air mulai surut,\" kata Rina.\n"
                            "\"Bantuan datang besok.\"");
  CHECK(r.n == 2);
  CHECK(speaker_is(&r, 0, "Rina Kartika") && speaker_is(&r, 1, "Rina Kartika"));
  CHECK(r.q[1].cue_start == KIMPUT_UNSET && r.q[1].speaker_start == KIMPUT_UNSET);  /* named before, not here */
  kimput_doc_free(r.doc);
}

static void test_via_relay_and_terms(kimput_lexicon *lex) {
  result r = attribute(lex, "\"Kami tidak mundur,\" kata Putin seperti dikutip Reuters. \"Persahabatan abadi,\" "
                            "tulis KCNA, mengutip surat Putin. Warga menyebut lomba itu \"Pesta Rakyat\" dan "
                            "tertawa.");
  CHECK(r.n == 3);
  CHECK(speaker_is(&r, 0, "Vladimir Putin") && r.q[0].via >= 0 && !memcmp(r.e[r.q[0].via].name, "Reuters", 7));
  CHECK(r.n == 3 && r.q[2].kind == KIMPUT_QUOTE_TERM && r.q[2].speaker == -1);
  kimput_doc_free(r.doc);
}

/* a letter announced by the line before, its marks at its first and last paragraphs only */
static void test_announced_letter(kimput_lexicon *lex) {
  result r = attribute(lex, "Putin menulis surat kepada Ani Lestari.\nBerikut isi surat Putin:\n\n"
                            "\"Salam hangat.\n\nKami menunggu kedatangan Anda.\n\nSampai jumpa.\"\n\nAni tersenyum.");
  CHECK(r.n == 3);
  for (size_t i = 0; i < r.n; i++) CHECK(r.q[i].kind == KIMPUT_QUOTE_DIRECT && speaker_is(&r, i, "Vladimir Putin"));
  CHECK(r.n == 3 && r.q[1].part == 2 && !memcmp(r.text + r.q[1].start, "Kami menunggu", 13));
  kimput_doc_free(r.doc);
}

static void test_indirect_and_nobody(kimput_lexicon *lex) {
  result r = attribute(lex, "Menurut Kapolres Bantul AKBP Joko Susilo, jalan ditutup.");
  CHECK(r.n == 1 && r.q[0].kind == KIMPUT_QUOTE_INDIRECT && speaker_is(&r, 0, "Joko Susilo"));
  kimput_doc_free(r.doc);
  /* nothing attributes it: nobody, never a guess */
  r = attribute(lex, "Pasar ramai sejak subuh. Hari ini \"sepi sekali\" di sana.");
  CHECK(r.n == 1 && r.q[0].kind == KIMPUT_QUOTE_PARTIAL && r.q[0].speaker == -1 && r.q[0].speaker_start == KIMPUT_UNSET);
  kimput_doc_free(r.doc);
  r = attribute(lex, "\"Kami siaga,\" kata juru bicara kepolisian kepada wartawan.");
  CHECK(r.n == 1 && speaker_is(&r, 0, "juru bicara kepolisian"));
  kimput_doc_free(r.doc);
}

static void test_errors_and_cache(kimput_lexicon *lex) {
  result r = attribute(lex, "");
  CHECK(r.n == 0);
  const kimput_attribution *again;
  size_t n;
  CHECK(kimput_doc_attribute(r.doc, lex, NULL, 0, &again, &n) == KIMPUT_OK && n == 0);
  CHECK(kimput_doc_attribute(NULL, lex, NULL, 0, &again, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_doc_attribute(r.doc, NULL, NULL, 0, &again, &n) == KIMPUT_ERR_ARG);
  kimput_doc_free(r.doc);
  r = attribute(lex, "\"Ya,\" kata Putin.");
  CHECK(kimput_doc_attribute(r.doc, lex, NULL, 0, &again, &n) == KIMPUT_OK && again == r.q && n == r.n);
  kimput_doc_free(r.doc);
  CHECK(!strcmp(kimput_quote_kind_name(KIMPUT_QUOTE_INDIRECT), "indirect") && !strcmp(kimput_quote_kind_name(7), "?"));
}

/* The attributions of r, as one comparable string (speaker, cue and kind of each). */
static void describe(const result *r, char *out, size_t cap) {
  size_t k = 0;
  out[0] = 0;
  for (size_t i = 0; i < r->n && k + 64 < cap; i++) {
    const kimput_attribution *a = &r->q[i];
    k += (size_t)snprintf(out + k, cap - k, "%u-%u %d %d %u|", a->start, a->end, a->kind, a->speaker, a->cue_start);
  }
}

static const char *const STORIES[] = {
  "\"Kami siap,\" kata Kapolres Lebak AKBP Budi Santoso. Ia mengatakan bahwa jalan dibuka.",
  "Kepala Dinas Perhubungan Ani Lestari mengatakan bahwa tarif naik. \"Mulai besok,\" ujar Ani.",
  "Menurut juru bicara itu, jalan ditutup. \"Tunggu kabar,\" kata dia.",
};
#define NSTORIES (sizeof STORIES / sizeof *STORIES)

typedef struct {
  kimput_lexicon *lex;
  char want[NSTORIES][512];
  int same;
} run_args;

/* Every story attributed many times (no CHECK here: the counters are not
 * for threads; the thread's verdict is in a->same). */
static void *run_stories(void *arg) {
  run_args *a = arg;
  a->same = 1;
  for (int round = 0; round < 50; round++) {
    for (size_t i = 0; i < NSTORIES; i++) {
      result r = {NULL, STORIES[i], NULL, 0, NULL, 0};
      char got[512] = "";
      if (kimput_doc_new(STORIES[i], strlen(STORIES[i]), 0, &r.doc, NULL) != KIMPUT_OK) { a->same = 0; continue; }
      a->same &= kimput_doc_attribute(r.doc, a->lex, NULL, 0, &r.q, &r.n) == KIMPUT_OK &&
                 kimput_doc_mentions(r.doc, a->lex, NULL, 0, NULL, NULL, &r.e, &r.ne) == KIMPUT_OK;
      describe(&r, got, sizeof got);
      a->same &= !strcmp(got, a->want[i]);
      kimput_doc_free(r.doc);
    }
  }
  return NULL;
}

/* The per-token lookups of a document's mentions wait in the thread's buffer
 * for its attribution: another document's mentions in between, or another
 * thread, make the attribution look the tokens up again, with the same result. */
static void test_interleaved_and_threads(kimput_lexicon *lex) {
  run_args args = {lex, {{0}}, 1};
  for (size_t i = 0; i < NSTORIES; i++) {
    result r = attribute(lex, STORIES[i]);
    CHECK(r.n >= 1);
    describe(&r, args.want[i], sizeof args.want[i]);
    kimput_doc_free(r.doc);
  }
  kimput_doc *docs[NSTORIES];
  for (size_t i = 0; i < NSTORIES; i++) {  /* all mentions first, then all attributions */
    CHECK(kimput_doc_new(STORIES[i], strlen(STORIES[i]), 0, &docs[i], NULL) == KIMPUT_OK);
    CHECK(kimput_doc_mentions(docs[i], lex, NULL, 0, NULL, NULL, NULL, NULL) == KIMPUT_OK);
  }
  for (size_t i = 0; i < NSTORIES; i++) {
    result r = {docs[i], STORIES[i], NULL, 0, NULL, 0};
    CHECK(kimput_doc_attribute(docs[i], lex, NULL, 0, &r.q, &r.n) == KIMPUT_OK);
    CHECK(kimput_doc_mentions(docs[i], lex, NULL, 0, NULL, NULL, &r.e, &r.ne) == KIMPUT_OK);
    char got[512];
    describe(&r, got, sizeof got);
    CHECK(!strcmp(got, args.want[i]));
    kimput_doc_free(docs[i]);
  }
  pthread_t th[3];
  run_args each[3];
  for (int k = 0; k < 3; k++) {
    each[k] = args;
    CHECK(pthread_create(&th[k], NULL, run_stories, &each[k]) == 0);
  }
  for (int k = 0; k < 3; k++) {
    CHECK(pthread_join(th[k], NULL) == 0);
    CHECK(each[k].same);
  }
}

/* Reported speech outside the body spans (a photo's caption above the body) is none, whether
 * the attribution reads the cues the mention scan listed or, another document's mentions in
 * between, looks them up again. */
static void test_outside_spans(kimput_lexicon *lex) {
  static const char caption[] = "Kepala Dinas Budi Santoso mengatakan bahwa jembatan itu rusak. (ANTARA/Nama)\n";
  static const char text[] = "Kepala Dinas Budi Santoso mengatakan bahwa jembatan itu rusak. (ANTARA/Nama)\n"
                             "Warga mengeluh. Putin mengatakan bahwa hujan turun sejak pagi.";
  uint32_t spans[2] = {(uint32_t)strlen(caption), (uint32_t)strlen(text)};
  for (int interleaved = 0; interleaved < 2; interleaved++) {
    kimput_doc *doc, *other;
    const kimput_attribution *q;
    size_t n;
    CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
    CHECK(kimput_doc_mentions(doc, lex, spans, 1, NULL, NULL, NULL, NULL) == KIMPUT_OK);
    if (interleaved) {  /* (its hits dropped: the attribution looks the span's tokens up itself) */
      CHECK(kimput_doc_new(caption, strlen(caption), 0, &other, NULL) == KIMPUT_OK);
      CHECK(kimput_doc_mentions(other, lex, NULL, 0, NULL, NULL, NULL, NULL) == KIMPUT_OK);
      kimput_doc_free(other);
    }
    CHECK(kimput_doc_attribute(doc, lex, spans, 1, &q, &n) == KIMPUT_OK);
    CHECK(n == 1 && q[0].kind == KIMPUT_QUOTE_INDIRECT && q[0].start > spans[0]);
    kimput_doc_free(doc);
  }
  result r = attribute(lex, text);  /* (the whole text: both lines) */
  CHECK(r.n == 2);
  kimput_doc_free(r.doc);
}

/* The thread's scratch grows for a long document and is given back after
 * it (arrays over 1 MB): the documents after it, short again, get the same
 * attributions as before, and the long one keeps one result of its own. */
static void test_long_document_then_short(kimput_lexicon *lex) {
  char want[NSTORIES][512];
  for (size_t i = 0; i < NSTORIES; i++) {
    result r = attribute(lex, STORIES[i]);
    describe(&r, want[i], sizeof want[i]);
    kimput_doc_free(r.doc);
  }
  size_t rounds = 3000, cap = 1, len = 0;
  for (size_t i = 0; i < NSTORIES; i++) cap += rounds * (strlen(STORIES[i]) + 1);
  char *text = malloc(cap);
  CHECK(text != NULL);
  if (!text) return;
  for (size_t k = 0; k < rounds; k++)
    for (size_t i = 0; i < NSTORIES; i++) {
      size_t n = strlen(STORIES[i]);
      memcpy(text + len, STORIES[i], n);
      len += n;
      text[len++] = '\n';
    }
  text[len] = 0;
  result big = attribute(lex, text);
  CHECK(big.n >= rounds * NSTORIES);  /* every story has a quote or reported speech */
  CHECK(kimput_doc_memory(big.doc) >= big.n * sizeof *big.q);
  for (size_t i = 0; i < NSTORIES; i++) {
    result r = attribute(lex, STORIES[i]);
    char got[512];
    describe(&r, got, sizeof got);
    CHECK(!strcmp(got, want[i]));
    kimput_doc_free(r.doc);
  }
  const kimput_attribution *again;
  size_t n;
  CHECK(kimput_doc_attribute(big.doc, lex, NULL, 0, &again, &n) == KIMPUT_OK && again == big.q && n == big.n);
  kimput_doc_free(big.doc);
  free(text);
}

/* Many cue words added after the first: the lexicon's table of short words
 * grows (and rehashes) and still answers the first and the last. */
static void test_growing_lexicon(void) {
  kimput_lexicon *lex = lexicon();
  char w[32];
  int added = 1;
  for (int i = 0; i < 5000; i++) {
    int n = snprintf(w, sizeof w, "sebutx%d", i);
    added &= kimput_lexicon_add_word(lex, w, (size_t)n, KIMPUT_LEX_CUE_AFTER) == KIMPUT_OK;
  }
  CHECK(added);
  result r = attribute(lex, "\"Kami siap,\" sebutx4999 Kapolres Lebak AKBP Budi Santoso.");
  CHECK(r.n == 1 && speaker_is(&r, 0, "Budi Santoso"));
  kimput_doc_free(r.doc);
  r = attribute(lex, "\"Kami siap,\" sebutx0 Kapolres Lebak AKBP Budi Santoso.");
  CHECK(r.n == 1 && speaker_is(&r, 0, "Budi Santoso"));
  kimput_doc_free(r.doc);
  r = attribute(lex, "\"Kami siap,\" kata Kapolres Lebak AKBP Budi Santoso.");
  CHECK(r.n == 1 && speaker_is(&r, 0, "Budi Santoso"));
  kimput_doc_free(r.doc);
  kimput_lexicon_free(lex);
}

int main(void) {
  kimput_lexicon *lex = lexicon();
  test_direct(lex);
  test_chain_and_continuation(lex);
  test_via_relay_and_terms(lex);
  test_announced_letter(lex);
  test_indirect_and_nobody(lex);
  test_errors_and_cache(lex);
  test_interleaved_and_threads(lex);
  test_outside_spans(lex);
  test_long_document_then_short(lex);
  kimput_lexicon_free(lex);
  test_growing_lexicon();
  return CHECK_SUMMARY();
}
