/* test_mentions.c -- the lexicon (lexicon.c) and the mention stage with its
 * entity chains (mentions.c), on invented sentences. */
#include <stdlib.h>

#include "check.h"
#include "kimput.h"

static kimput_lexicon *lexicon(void) {
  kimput_lexicon *lex = NULL;
  CHECK(kimput_lexicon_new(&lex) == KIMPUT_OK);
  static const struct { const char *w; unsigned c; } words[] = {
    {"Kabid Humas", KIMPUT_LEX_TITLE}, {"Gubernur", KIMPUT_LEX_TITLE | KIMPUT_LEX_JURISDICTION},
    {"Kepala", KIMPUT_LEX_TITLE}, {"Menteri Koordinator", KIMPUT_LEX_TITLE}, {"Presiden", KIMPUT_LEX_TITLE},
    {"pemimpin", KIMPUT_LEX_TITLE}, {"Polda", KIMPUT_LEX_JURISDICTION | KIMPUT_LEX_ORG_HEAD},
    {"Kombes Pol", KIMPUT_LEX_RANK}, {"Badan", KIMPUT_LEX_ORG_HEAD}, {"Bidang", KIMPUT_LEX_QUALIFIER},
    {"Politik", KIMPUT_LEX_QUALIFIER}, {"Tengah", KIMPUT_LEX_QUALIFIER}, {"dan", KIMPUT_LEX_CONNECTOR},
    {"ia", KIMPUT_LEX_PRONOUN}, {"dia", KIMPUT_LEX_PRONOUN}, {"itu", KIMPUT_LEX_DESC_END},
    {"kata", KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_ACCORDING}, {"mengatakan", KIMPUT_LEX_CUE_BEFORE},
    {"Setelah", KIMPUT_LEX_NOT_NAME}, {"Senin", KIMPUT_LEX_CALENDAR}, {"bin", KIMPUT_LEX_PARTICLE},
  };
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    CHECK(kimput_lexicon_add_word(lex, words[i].w, strlen(words[i].w), words[i].c) == KIMPUT_OK);
  int32_t putin, rusia;
  CHECK(kimput_lexicon_add_entity(lex, "Vladimir Putin", 14, KIMPUT_ENT_PERSON, &putin) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, putin, "Vladimir Putin", 14, 0) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, putin, "Putin", 5, KIMPUT_GAZ_UPPER) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_entity(lex, "Rusia", 5, KIMPUT_ENT_PLACE, &rusia) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, rusia, "Rusia", 5, KIMPUT_GAZ_UPPER) == KIMPUT_OK);
  CHECK(kimput_lexicon_set_country(lex, putin, rusia) == KIMPUT_OK);
  CHECK(kimput_lexicon_set_country(lex, rusia, putin) == KIMPUT_ERR_ARG);  /* a person is no place */
  CHECK((kimput_lexicon_classes(lex, "kabid  HUMAS", 12) & KIMPUT_LEX_TITLE) != 0);
  size_t n;
  const char *name = kimput_lexicon_entity_name(lex, putin, &n);
  CHECK_STR(name, n, "Vladimir Putin");
  CHECK(kimput_lexicon_entity_name(lex, 99, &n) == NULL);
  return lex;
}

typedef struct {
  kimput_doc *doc;
  const kimput_mention *m;
  const kimput_entity *e;
  size_t nm, ne;
} result;

static result mentions(kimput_lexicon *lex, const char *text) {
  result r = {0};
  CHECK(kimput_doc_new(text, strlen(text), 0, &r.doc, NULL) == KIMPUT_OK);
  CHECK(kimput_doc_mentions(r.doc, lex, NULL, 0, &r.m, &r.nm, &r.e, &r.ne) == KIMPUT_OK);
  return r;
}

/* The mention whose text is want, or NULL. */
static const kimput_mention *find(const result *r, const char *text, const char *want) {
  for (size_t i = 0; i < r->nm; i++)
    if (r->m[i].end - r->m[i].start == strlen(want) && !memcmp(text + r->m[i].start, want, strlen(want)))
      return &r->m[i];
  return NULL;
}

static int names(const result *r, const kimput_mention *m, const char *want) {
  if (!m || m->entity < 0 || (size_t)m->entity >= r->ne) return 0;
  const kimput_entity *e = &r->e[m->entity];
  return e->name_len == strlen(want) && !memcmp(e->name, want, e->name_len);
}

static void test_title_chains(kimput_lexicon *lex) {
  const char *t = "Kabid Humas Polda Sumbawa Kombes Pol Rudi Hartawan mengatakan hal itu. "
                  "Gubernur Jawa Tengah Sri Lestari hadir. Menteri Koordinator Bidang Politik dan Keamanan "
                  "Budi Santoso tiba.";
  result r = mentions(lex, t);
  const kimput_mention *m = find(&r, t, "Rudi Hartawan");
  CHECK(names(&r, m, "Rudi Hartawan"));
  CHECK(m && m->role_start == 0 && m->form == KIMPUT_MENTION_NAME && m->kind == KIMPUT_ENT_PERSON);
  if (m) CHECK_STR(t + m->role_start, (size_t)(m->role_end - m->role_start), "Kabid Humas Polda Sumbawa Kombes Pol");
  CHECK(names(&r, find(&r, t, "Sri Lestari"), "Sri Lestari"));
  CHECK(names(&r, find(&r, t, "Budi Santoso"), "Budi Santoso"));
  CHECK(find(&r, t, "Tengah Sri Lestari") == NULL && find(&r, t, "Keamanan Budi Santoso") == NULL);
  kimput_doc_free(r.doc);
}

static void test_chains(kimput_lexicon *lex) {
  const char *t = "Kabid Humas Polda Sumbawa Kombes Pol Rudi Hartawan tiba. \"Aman,\" kata Rudi. "
                  "Ia lalu pulang. \"Siap,\" kata Kabid Humas. Vladimir Putin berpidato. "
                  "Pidato pemimpin Rusia itu disiarkan.";
  result r = mentions(lex, t);
  const kimput_mention *short_name = find(&r, t, "Rudi");
  CHECK(names(&r, short_name, "Rudi Hartawan"));
  CHECK(short_name && (short_name->flags & KIMPUT_MENTIONF_RESOLVED));
  const kimput_mention *pronoun = find(&r, t, "Ia");
  CHECK(names(&r, pronoun, "Rudi Hartawan") && pronoun->form == KIMPUT_MENTION_PRONOUN);
  const kimput_mention *title = find(&r, t, "Kabid Humas");
  CHECK(names(&r, title, "Rudi Hartawan") && title->form == KIMPUT_MENTION_TITLE);
  const kimput_mention *desc = find(&r, t, "pemimpin Rusia itu");
  CHECK(names(&r, desc, "Vladimir Putin") && desc->form == KIMPUT_MENTION_DESCRIPTION);
  CHECK(r.ne >= 2 && r.e[0].gaz_id == -1 && r.e[0].first_mention == 0);
  kimput_doc_free(r.doc);
  /* a nickname and initials given after a name name the same person */
  t = "Presiden Sari Wulandari Putri (SWP), yang akrab disapa Ucok, tiba. \"Aman,\" kata Ucok. "
      "\"Siap,\" kata SWP.";
  r = mentions(lex, t);
  CHECK(names(&r, find(&r, t, "Ucok"), "Sari Wulandari Putri"));
  CHECK(names(&r, find(&r, t, "SWP"), "Sari Wulandari Putri"));
  kimput_doc_free(r.doc);
  t = "Kabid Humas Polda Sumbawa Kombes Pol Rudi Hartawan tiba. \"Aman,\" kata Rudi. "
      "Ia lalu pulang. \"Siap,\" kata Kabid Humas. Vladimir Putin berpidato. "
      "Pidato pemimpin Rusia itu disiarkan.";
  r = mentions(lex, t);
  /* the same call again is the cached result */
  const kimput_mention *again;
  size_t n;
  CHECK(kimput_doc_mentions(r.doc, lex, NULL, 0, &again, &n, NULL, NULL) == KIMPUT_OK && again == r.m);
  kimput_doc_free(r.doc);
}

static void test_names(kimput_lexicon *lex) {
  const char *t = "\"Tidak,\" kata Wahyu. Wahyu Setiawan menolak. Setelah itu Ahmad bin Yusuf mengatakan "
                  "Badan Pemeriksa Keuangan (BPK) hadir. BPK diam. Putin Senin tiba.";
  result r = mentions(lex, t);
  CHECK(names(&r, find(&r, t, "Wahyu"), "Wahyu Setiawan"));  /* the longest name the text gives */
  CHECK(names(&r, find(&r, t, "Ahmad bin Yusuf"), "Ahmad bin Yusuf"));
  CHECK(names(&r, find(&r, t, "BPK"), "BPK"));
  const kimput_mention *org = find(&r, t, "Badan Pemeriksa Keuangan (BPK)");
  CHECK(org && org->kind == KIMPUT_ENT_ORG && names(&r, org, "BPK"));
  CHECK(names(&r, find(&r, t, "Putin"), "Vladimir Putin"));
  CHECK(find(&r, t, "Setelah") == NULL);
  kimput_doc_free(r.doc);
  /* a one-letter regnal number closing a sentence leaves the stop out of the name; an initial
     before a lower-case word keeps its period */
  t = "\"Aman,\" kata Presiden Harsa Wibawa X. Ia pulang. \"Siap,\" kata Kepala Budi S. kepada warga.";
  r = mentions(lex, t);
  CHECK(names(&r, find(&r, t, "Harsa Wibawa X"), "Harsa Wibawa X"));
  CHECK(names(&r, find(&r, t, "Budi S."), "Budi S."));
  kimput_doc_free(r.doc);
}

/* a headline's line opening the text, its small words low, names nobody a later pronoun means */
static void test_headline_first(kimput_lexicon *lex) {
  const char *t = "Kabar Kepala Budi Santoso dengan Warga Desa Sukamaju\nWarga resah di sana.\n\"Itu biasa,\" kata dia.";
  result r = mentions(lex, t);
  const kimput_mention *m = find(&r, t, "dia");
  CHECK(!m || !names(&r, m, "Budi Santoso"));
  kimput_doc_free(r.doc);
}

/* An office serving a place, named alone, is its holder's when the holder is named a few sentences after. */
static void test_office_before_holder(kimput_lexicon *lex) {
  const char *t = "Budi Santoso bertemu Gubernur Rusia. Gubernur Rusia, Sri Lestari, hadir.";
  result r = mentions(lex, t);
  const kimput_mention *m = find(&r, t, "Gubernur Rusia");
  CHECK(m && m->form == KIMPUT_MENTION_TITLE && names(&r, m, "Sri Lestari") && (m->flags & KIMPUT_MENTIONF_RESOLVED));
  kimput_doc_free(r.doc);
}

static void test_spans_and_errors(kimput_lexicon *lex) {
  const char *t = "Menu situs. Vladimir Putin tiba.";
  kimput_doc *doc;
  CHECK(kimput_doc_new(t, strlen(t), 0, &doc, NULL) == KIMPUT_OK);
  uint32_t spans[2] = {12, (uint32_t)strlen(t)}, bad[2] = {5, 500};
  const kimput_mention *m;
  size_t nm;
  CHECK(kimput_doc_mentions(doc, lex, spans, 1, &m, &nm, NULL, NULL) == KIMPUT_OK && nm == 1 && m[0].start == 12);
  CHECK(kimput_doc_mentions(doc, lex, spans, 0, &m, &nm, NULL, NULL) == KIMPUT_OK && nm == 0);
  CHECK(kimput_doc_mentions(doc, lex, bad, 1, &m, &nm, NULL, NULL) == KIMPUT_ERR_ARG);
  CHECK(kimput_doc_mentions(doc, NULL, spans, 1, &m, &nm, NULL, NULL) == KIMPUT_ERR_ARG);
  kimput_doc_free(doc);
  result r = mentions(lex, "");
  CHECK(r.nm == 0 && r.ne == 0);
  kimput_doc_free(r.doc);
  CHECK(!strcmp(kimput_entity_kind_name(KIMPUT_ENT_OUTLET), "outlet") && !strcmp(kimput_entity_kind_name(9), "?"));
  CHECK(!strcmp(kimput_mention_form_name(KIMPUT_MENTION_PRONOUN), "pronoun"));
}

int main(void) {
  kimput_lexicon *lex = lexicon();
  test_title_chains(lex);
  test_chains(lex);
  test_names(lex);
  test_headline_first(lex);
  test_office_before_holder(lex);
  test_spans_and_errors(lex);
  kimput_lexicon_free(lex);
  return CHECK_SUMMARY();
}
