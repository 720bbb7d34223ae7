/* test_lexicon.c -- the lexicon's per-token lookup (lex_hit_fill, lexicon.c):
 * its table of short words must say for every token what the gazetteer's
 * general lookup says (longest form, one-word form, entity with its case
 * rule, the classes of a -nya word's stem), on invented sentences. */
#include <stdlib.h>

#include "check.h"
#include "lexicon.h"

static kimput_lexicon *lexicon(void) {
  kimput_lexicon *lex = NULL;
  CHECK(kimput_lexicon_new(&lex) == KIMPUT_OK);
  static const struct { const char *w; unsigned c; } words[] = {
    {"kata", KIMPUT_LEX_CUE_AFTER}, {"ujar", KIMPUT_LEX_CUE_AFTER}, {"menurut", KIMPUT_LEX_CUE_ACCORDING},
    {"mengungkapkan", KIMPUT_LEX_CUE_BEFORE}, {"menyampaikan", KIMPUT_LEX_CUE_REPORTING},
    {"memperbincangkan", KIMPUT_LEX_CUE_REPORTING}, {"dipertanggungjawabkan", KIMPUT_LEX_CUE_REPORTING},
    {"juru bicara", KIMPUT_LEX_TITLE}, {"wakil ketua", KIMPUT_LEX_TITLE}, {"wakil", KIMPUT_LEX_QUALIFIER},
    {"wakil ketua komisi", KIMPUT_LEX_TITLE}, {"Kepala Dinas Perhubungan", KIMPUT_LEX_TITLE},
    {"yang", KIMPUT_LEX_FUNCTION}, {"ia", KIMPUT_LEX_PRONOUN}, {"seperti dikutip", KIMPUT_LEX_CUE_VIA},
    {"ko", KIMPUT_LEX_ADVERB}, {"kebijakan-kebijakan", KIMPUT_LEX_QUALIFIER},
    {"kepala badan", KIMPUT_LEX_TITLE}, {"kepala badan pusat statistik", KIMPUT_LEX_TITLE},
    {"ketua lembaga penyelenggarapemilihan umum", KIMPUT_LEX_TITLE},
  };
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    CHECK(kimput_lexicon_add_word(lex, words[i].w, strlen(words[i].w), words[i].c) == KIMPUT_OK);
  int32_t id;
  CHECK(kimput_lexicon_add_entity(lex, "Ratna Sari Dewi", 15, KIMPUT_ENT_PERSON, &id) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, id, "Ratna Sari Dewi", 15, 0) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, id, "Dewi", 4, KIMPUT_GAZ_UPPER) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_entity(lex, "Amerika Serikat", 15, KIMPUT_ENT_PLACE, &id) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, id, "AS", 2, KIMPUT_GAZ_EXACT_CASE) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_entity(lex, "Kantor Berita Nusantara", 23, KIMPUT_ENT_OUTLET, &id) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, id, "Kantorberitanusantara", 21, 0) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, id, "Jaring-Warta", 12, 0) == KIMPUT_OK);
  return lex;
}

/* What the gazetteer's general lookup says of token i, as lex_hit_fill must. */
static lex_hit reference(const kimput_lexicon *lex, const char *text, const kimput_token *t, size_t nt, size_t i) {
  lex_hit h = {0, 0, -1, -1, -1, 0, 0, 0};
  if (t[i].kind != KIMPUT_TOK_WORD && t[i].kind != KIMPUT_TOK_URL) return h;
  int32_t id = -1, one = -1;
  size_t n = kimput_gaz_longest(lex->forms, text, &t[i], nt - i, &id);
  if (kimput_gaz_longest(lex->forms, text, &t[i], 1, &one) == 1) h.single = one;
  h.n = (uint8_t)n;
  h.entry = n ? id : -1;
  h.cls = n ? lex->entries[id].classes : 0;
  if (n && lex->entries[id].entity >= 0 && lex_case_ok(lex, &lex->entries[id], text, &t[i], n))
    h.entity = lex->entries[id].entity;
  size_t len = t[i].end - t[i].start;
  if (len > 4 && lex_ends_nya(text + t[i].end - 3)) h.nya = kimput_lexicon_classes(lex, text + t[i].start, len - 3);
  h.any = h.nya | (n > 1 ? UINT32_MAX : (n ? lex->entries[id].classes : 0));
  /* (a capitalised word stops the scan, and a hyphen as its third byte: "el-Tayeb") */
  h.starts = (uint8_t)(lex_hit_starts(&h) | (t[i].flags & LEX_STARTS_UPPER) | lex_starts_hyphen2(text, &t[i]));
  return h;
}

/* Every token of text: the table's answer equals the reference; returns how many tokens had a form. */
static size_t agree(const kimput_lexicon *lex, const char *text) {
  kimput_doc *doc;
  CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
  size_t nt, forms = 0;
  const kimput_token *t = kimput_doc_tokens(doc, &nt);
  lex_hit *hits = calloc(nt ? nt : 1, sizeof *hits);
  lex_hits_reset(hits, nt);
  int same = 1;
  for (size_t i = 0; i < nt; i++) {
    const lex_hit *h = lex_hit_at(lex, hits, text, t, nt, i);
    lex_hit r = reference(lex, text, t, nt, i);
    if (h->n != r.n || h->entry != r.entry || h->single != r.single || h->entity != r.entity || h->nya != r.nya ||
        h->any != r.any || h->cls != r.cls || h->starts != r.starts) {
      fprintf(stderr, "token %zu '%.*s': n %d/%d entry %d/%d single %d/%d entity %d/%d nya %u/%u cls %u/%u\n", i,
              (int)(t[i].end - t[i].start), text + t[i].start, h->n, r.n, h->entry, r.entry, h->single, r.single,
              h->entity, r.entity, h->nya, r.nya, h->cls, r.cls);
      same = 0;
    }
    forms += h->n > 0;
    if ((r.any & LEX_CUE_CLASSES) && !lex_may_cue(lex, text, &t[i])) {
      fprintf(stderr, "token %zu '%.*s': a cue the filter turns away\n", i, (int)(t[i].end - t[i].start),
              text + t[i].start);
      same = 0;
    }
  }
  CHECK(same);
  free(hits);
  kimput_doc_free(doc);
  return forms;
}

static void test_table_agrees(const kimput_lexicon *lex) {
  /* short and long words, -nya forms, forms of several words and their first words alone */
  CHECK(agree(lex, "\"Kami siap,\" katanya. Menurutnya, juru bicara itu mengungkapkan hal yang sama.") == 3);
  CHECK(agree(lex, "Wakil Ketua Komisi V menyampaikannya, wakil rakyat memperbincangkannya; Wakil ketua tiba.") == 3);
  CHECK(agree(lex, "Dewi, dewi, DEWI dan Ratna Sari Dewi; AS, As, as; ujarnya, Ujarnya, kebijakan-kebijakan.") == 9);
  CHECK(agree(lex, "Kepala Dinas Perhubungan, Kepala Dinas Pendidikan, juru masak, juru\nbicara, ko-ordinasi.") == 1);
  CHECK(agree(lex, "seperti dikutip Kantorberitanusantara dan Jaring-Warta, dipertanggungjawabkannya ia.") == 4);
  CHECK(agree(lex, "katanyaa kata-katanya ia-nya nya anya Iaanya mengungkapkannya yangnya ko konya") == 1);
  /* -nya in any case, in the table and past it (mengungkapkannYa, KATANYA, dipertanggungjawabkanNYA) */
  CHECK(agree(lex, "KATANYA mengungkapkannYa dipertanggungjawabkanNYA UjarNya") == 0);
  /* forms of four words walked word by word, as far as they go; a hyphen or a word of more
     than 16 bytes on the way (the gazetteer decides) */
  CHECK(agree(lex, "Kepala Badan Pusat Statistik tiba; kepala badan pusat tiba, Kepala Badan Pusat.") == 3);
  CHECK(agree(lex, "kepala badan pusat-statistik; kepala badan-pusat statistik; kepala badan\npusat statistik") == 3);
  CHECK(agree(lex, "Ketua Lembaga Penyelenggarapemilihan Umum; ketua lembaga penyelenggarapemilihan ia") == 2);
  /* a hyphen: a part before it the table does not know starts no form (sehari-hari), one it
     knows leaves it to the gazetteer (wakil-ketua, Jaring-warta), before the eighth byte or past it */
  CHECK(agree(lex, "sehari-hari wakil-ketua Jaring-warta JARING-WARTA jaring-wartanya anak-anaknya "
                   "mengungkapkan-nya mengungkapkaan-nya -an ke- Kepala-Badan-Pusat statistik Ia-ia ia--ia Warta-jaring") == 6);
}

/* The hit of the first token of text. */
static lex_hit first_hit(const kimput_lexicon *lex, const char *text) {
  kimput_doc *doc;
  CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
  size_t nt;
  const kimput_token *t = kimput_doc_tokens(doc, &nt);
  lex_hit h;
  lex_hits_reset(&h, 1);
  if (nt) lex_hit_fill(lex, &h, text, t, nt, 0);
  kimput_doc_free(doc);
  return h;
}

static void test_hits(const kimput_lexicon *lex) {
  lex_hit h = first_hit(lex, "Katanya");
  CHECK(h.n == 0 && h.nya == KIMPUT_LEX_CUE_AFTER && (h.any & KIMPUT_LEX_CUE_AFTER));
  h = first_hit(lex, "menyampaikannya");  /* a stem of 12 bytes */
  CHECK(h.n == 0 && h.nya == KIMPUT_LEX_CUE_REPORTING);
  h = first_hit(lex, "Dewi berkata");
  CHECK(h.n == 1 && h.entity >= 0 && h.single == h.entry);
  h = first_hit(lex, "dewi berkata");  /* the alias wants a capital */
  CHECK(h.n == 1 && h.entity < 0);
  h = first_hit(lex, "AS menolak");
  CHECK(h.n == 1 && h.entity >= 0);
  h = first_hit(lex, "As menolak");  /* the alias wants its exact case */
  CHECK(h.n == 1 && h.entity < 0);
  h = first_hit(lex, "wakil ketua komisi");
  CHECK(h.n == 3 && h.single >= 0 && h.any == UINT32_MAX);
  h = first_hit(lex, "wakil rakyat");  /* the second word continues no form */
  CHECK(h.n == 1 && h.any == KIMPUT_LEX_QUALIFIER);
  h = first_hit(lex, "wakil ketua tiba");  /* a two-word form the third word does not continue */
  CHECK(h.n == 2 && h.single >= 0 && h.entry != h.single && h.any == UINT32_MAX);
  h = first_hit(lex, "Kepala Dinas Kesehatan");  /* a pair only longer forms start with */
  CHECK(h.n == 0 && h.single < 0);
  h = first_hit(lex, "juru bicara-nya");  /* the second token is "bicara nya": no form */
  CHECK(h.n == 0 && h.single < 0);
  h = first_hit(lex, "juru masak");
  CHECK(h.n == 0 && h.single < 0 && h.any == 0);
  h = first_hit(lex, "Kantorberitanusantara");  /* 21 bytes: the gazetteer's general lookup */
  CHECK(h.n == 1 && h.entity >= 0);
}

static void test_unknown_words(const kimput_lexicon *lex) {
  /* words no form has, one form's -nya form, bytes above ASCII */
  CHECK(agree(lex, "Rumahnya di Cibubur, kabarnya, tidak jauh dari kafe “Sederhana” — kata pemiliknya.") == 1);
  CHECK(agree(lex, "") == 0);
}

/* The table of short words copies an entry's classes and whether it names
 * an entity: a word given more classes later, or made an entity's alias
 * later, is answered as the entries say. */
static void test_later_additions(void) {
  kimput_lexicon *lex = lexicon();
  CHECK(agree(lex, "Dewi tiba, kata Ujar; ujarnya.") == 3);
  kimput_doc *doc;
  const char *text = "kata Ujar ujar";
  CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
  size_t nt;
  const kimput_token *t = kimput_doc_tokens(doc, &nt);
  CHECK(nt == 3);
  const char *tiba = "tiba";
  kimput_token tiba_token = {0, 4, KIMPUT_TOK_WORD, 0};
  CHECK(lex_may_cue(lex, tiba, &tiba_token) == 0);  /* in no form: turned away */
  CHECK(kimput_lexicon_add_word(lex, "tiba", 4, KIMPUT_LEX_CUE_REPORTING) == KIMPUT_OK);
  CHECK(lex_may_cue(lex, tiba, &tiba_token) == 1);  /* a cue now */
  CHECK(kimput_lexicon_add_word(lex, "Dewi", 4, KIMPUT_LEX_QUALIFIER) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_word(lex, "kata", 4, KIMPUT_LEX_CUE_REPORTING) == KIMPUT_OK);
  int32_t id;
  CHECK(kimput_lexicon_add_entity(lex, "Ujar Tani Group", 15, KIMPUT_ENT_ORG, &id) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, id, "Ujar", 4, KIMPUT_GAZ_UPPER) == KIMPUT_OK);
  CHECK(agree(lex, "Dewi tiba, kata Ujar; ujarnya.") == 4);
  lex_hit hits[3];
  size_t cues[3], cand[3];
  lex_hits_reset(hits, nt);
  CHECK(lex_hits_fill(lex, hits, text, t, nt, 0, nt, cues) == 1 && cues[0] == 0);  /* kata: a reporting cue */
  CHECK(hits[0].cls == (KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_REPORTING));
  CHECK(hits[1].entity == id && hits[1].cls == KIMPUT_LEX_CUE_AFTER);
  CHECK(hits[2].entity == -1 && hits[2].cls == KIMPUT_LEX_CUE_AFTER);  /* "ujar": the alias wants a capital */
  size_t all[2] = {0, 3}, tail[2] = {1, 3};
  CHECK(lex_cue_candidates(lex, hits, text, t, nt, all, 1, cues, 1, cand) == 1 && cand[0] == 0);
  /* tokens outside the ranges are none: "kata" before the range is not body text */
  lex_hits_reset(hits, nt);
  CHECK(lex_hits_fill(lex, hits, text, t, nt, 1, 3, cues) == 0);
  CHECK(lex_cue_candidates(lex, hits, text, t, nt, tail, 1, cues, 0, cand) == 0);
  /* without the filled cues, the unset hits of the ranges are looked up when they may be a cue */
  lex_hits_reset(hits, nt);
  CHECK(lex_cue_candidates(lex, hits, text, t, nt, tail, 1, NULL, 0, cand) == 0);
  CHECK(lex_cue_candidates(lex, hits, text, t, nt, all, 1, NULL, 0, cand) == 1 && cand[0] == 0);
  CHECK(lex_cue_candidates(lex, hits, text, t, nt, NULL, 0, NULL, 0, cand) == 0);
  kimput_doc_free(doc);
  kimput_lexicon_free(lex);
}

/* Two names of one office join; what is no title cannot. */
static void test_same_title(void) {
  kimput_lexicon *lex = NULL;
  CHECK(kimput_lexicon_new(&lex) == KIMPUT_OK);
  const char *words[] = {"Menlu", "Menteri Luar Negeri", "Kemlu Chief", "Juru Bicara"};
  for (size_t i = 0; i < 4; i++) CHECK(kimput_lexicon_add_word(lex, words[i], strlen(words[i]), KIMPUT_LEX_TITLE) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_word(lex, "yang", 4, KIMPUT_LEX_FUNCTION) == KIMPUT_OK);
  int32_t menlu, full, chief, jubir;
  CHECK(kimput_gaz_get(lex->forms, "menlu", 5, &menlu) && kimput_gaz_get(lex->forms, "Menteri Luar Negeri", 19, &full));
  CHECK(kimput_gaz_get(lex->forms, "kemlu chief", 11, &chief) && kimput_gaz_get(lex->forms, "juru bicara", 11, &jubir));
  CHECK(lex_title_root(lex, menlu) == menlu);
  CHECK(kimput_lexicon_same_title(lex, "MENLU", 5, "menteri luar negeri", 19) == KIMPUT_OK);
  CHECK(lex_title_root(lex, menlu) == full && lex_title_root(lex, full) == full);
  /* joining the root to another title carries the names that stood for it */
  CHECK(kimput_lexicon_same_title(lex, "Menteri Luar Negeri", 19, "Kemlu Chief", 11) == KIMPUT_OK);
  CHECK(lex_title_root(lex, menlu) == chief && lex_title_root(lex, full) == chief);
  CHECK(kimput_lexicon_same_title(lex, "Kemlu Chief", 11, "Menlu", 5) == KIMPUT_OK);  /* already one */
  CHECK(lex_title_root(lex, chief) == chief && lex_title_root(lex, jubir) == jubir);
  /* a name that is no root joined elsewhere takes its whole group along */
  CHECK(kimput_lexicon_same_title(lex, "Menlu", 5, "Juru Bicara", 11) == KIMPUT_OK);
  CHECK(lex_title_root(lex, menlu) == jubir && lex_title_root(lex, full) == jubir && lex_title_root(lex, chief) == jubir);
  CHECK(kimput_lexicon_same_title(lex, "yang", 4, "Menlu", 5) == KIMPUT_ERR_ARG);
  CHECK(kimput_lexicon_same_title(lex, "Menlu", 5, "Presiden", 8) == KIMPUT_ERR_ARG);
  CHECK(kimput_lexicon_same_title(NULL, "Menlu", 5, "Menlu", 5) == KIMPUT_ERR_ARG);
  kimput_lexicon_free(lex);
}

int main(void) {
  test_same_title();
  kimput_lexicon *lex = lexicon();
  test_table_agrees(lex);
  test_hits(lex);
  test_unknown_words(lex);
  kimput_lexicon_free(lex);
  test_later_additions();
  return CHECK_SUMMARY();
}
