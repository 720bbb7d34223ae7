/* libFuzzer target: the mention stage (kimput_doc_mentions) and the quote
 * attribution built on it, with a small lexicon, on arbitrary bytes (invalid
 * UTF-8 is repaired first). The first byte picks the spans: the whole text,
 * or two halves. The lexicon's per-token lookup (its table of short words,
 * lexicon.c) must say what the gazetteer's general lookup says at every token. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

static kimput_lexicon *lex;
static int32_t person;  /* Vladimir Putin's id */

static void build(void) {
  static const struct { const char *w; unsigned c; } words[] = {
    {"Presiden", KIMPUT_LEX_TITLE}, {"Gubernur", KIMPUT_LEX_TITLE | KIMPUT_LEX_JURISDICTION},
    {"Kabid Humas", KIMPUT_LEX_TITLE}, {"Kombes Pol", KIMPUT_LEX_RANK}, {"Pak", KIMPUT_LEX_RANK},
    {"Polda", KIMPUT_LEX_JURISDICTION | KIMPUT_LEX_ORG_HEAD}, {"Badan", KIMPUT_LEX_ORG_HEAD},
    {"Keamanan", KIMPUT_LEX_QUALIFIER}, {"dan", KIMPUT_LEX_CONNECTOR}, {"bin", KIMPUT_LEX_PARTICLE},
    {"ia", KIMPUT_LEX_PRONOUN}, {"itu", KIMPUT_LEX_DESC_END}, {"Setelah", KIMPUT_LEX_NOT_NAME},
    {"Senin", KIMPUT_LEX_CALENDAR}, {"kata", KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_ACCORDING},
    {"mengatakan", KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_REPORTING}, {"menurut", KIMPUT_LEX_CUE_ACCORDING},
    {"dikutip", KIMPUT_LEX_CUE_VIA}, {"mengutip surat", KIMPUT_LEX_CUE_RELAY}, {"bahwa", KIMPUT_LEX_THAT},
    {"juga", KIMPUT_LEX_ADVERB}, {"seorang", KIMPUT_LEX_DETERMINER},
    {"memperbincangkan", KIMPUT_LEX_CUE_REPORTING}, {"dipertanggungjawabkan", KIMPUT_LEX_CUE_REPORTING},
    {"wakil ketua komisi", KIMPUT_LEX_TITLE}, {"wakil", KIMPUT_LEX_QUALIFIER},
  };
  if (kimput_lexicon_new(&lex) != KIMPUT_OK) abort();
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    kimput_lexicon_add_word(lex, words[i].w, strlen(words[i].w), words[i].c);
  int32_t p, r, k;
  kimput_lexicon_add_entity(lex, "Vladimir Putin", 14, KIMPUT_ENT_PERSON, &p);
  kimput_lexicon_add_alias(lex, p, "Putin", 5, KIMPUT_GAZ_UPPER);
  kimput_lexicon_add_alias(lex, p, "Vladimir Putin", 14, 0);  /* keyed in its other spellings too */
  kimput_lexicon_add_entity(lex, "Rusia", 5, KIMPUT_ENT_PLACE, &r);
  kimput_lexicon_add_alias(lex, r, "Rusia", 5, KIMPUT_GAZ_UPPER);
  kimput_lexicon_set_country(lex, p, r);
  person = p;
  kimput_lexicon_add_entity(lex, "KCNA", 4, KIMPUT_ENT_OUTLET, &k);
  kimput_lexicon_add_alias(lex, k, "KCNA", 4, KIMPUT_GAZ_EXACT_CASE);
}

/* Token i's hit equals the general lookup's answer, and the filter of cue
 * words holds it when it has a cue class (else abort). */
static void check_hit(kimput_doc *doc, const char *text) {
  size_t nt;
  const kimput_token *t = kimput_doc_tokens(doc, &nt);
  for (size_t i = 0; i < nt; i++) {
    lex_hit h;
    lex_hits_reset(&h, 1);
    lex_hit_fill(lex, &h, text, t, nt, i);
    if (t[i].kind != KIMPUT_TOK_WORD && t[i].kind != KIMPUT_TOK_URL) {
      if (h.n || h.entry != -1 || h.single != -1 || h.any) abort();
      continue;
    }
    int32_t id = -1, one = -1;
    size_t n = kimput_gaz_longest(lex->forms, text, &t[i], nt - i, &id);
    if (kimput_gaz_longest(lex->forms, text, &t[i], 1, &one) != 1) one = -1;
    size_t len = t[i].end - t[i].start;
    uint32_t nya = len > 4 && lex_ends_nya(text + t[i].end - 3)
                       ? kimput_lexicon_classes(lex, text + t[i].start, len - 3) : 0;
    if (h.n != n || h.entry != (n ? id : -1) || h.single != one || h.nya != nya) abort();
    uint32_t cls = n ? lex->entries[id].classes : 0;
    if (h.cls != cls) abort();
    /* the filter of cue words never turns away a token whose hit has a cue class */
    if ((h.any & LEX_CUE_CLASSES) && !lex_may_cue(lex, text, &t[i])) abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!lex) build();
  kimput_doc *doc = NULL;
  if (kimput_doc_new((const char *)data, size, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) != KIMPUT_OK) return 0;
  size_t len;
  kimput_doc_text(doc, &len);
  check_hit(doc, kimput_doc_text(doc, &len));
  uint32_t spans[4] = {0, (uint32_t)len, 0, 0};
  size_t nspans = 1;
  if (size > 0 && (data[0] & 1)) {
    spans[1] = spans[2] = (uint32_t)(len / 2);
    spans[3] = (uint32_t)len;
    nspans = 2;
  }
  const kimput_mention *m;
  const kimput_entity *e;
  size_t nm, ne;
  if (kimput_doc_mentions(doc, lex, spans, nspans, &m, &nm, &e, &ne) == KIMPUT_OK) {
    for (size_t i = 0; i < nm; i++) {
      if (m[i].start >= m[i].end || m[i].end > len || (i && m[i].start < m[i - 1].start)) abort();
      if (m[i].role_start != KIMPUT_UNSET && (m[i].role_start >= m[i].role_end || m[i].role_end > len)) abort();
      if (m[i].entity >= (int32_t)ne || m[i].kind >= KIMPUT_ENT_KIND_COUNT) abort();
    }
    for (size_t i = 0; i < ne; i++) {
      if (!e[i].name || e[i].name_len == 0 || e[i].first_mention >= nm) abort();
    }
  }
  const kimput_attribution *q;
  size_t nq;
  if (kimput_doc_attribute(doc, lex, spans, nspans, &q, &nq) == KIMPUT_OK) {
    kimput_doc_mentions(doc, lex, spans, nspans, NULL, NULL, NULL, &ne);  /* the same, cached */
    for (size_t i = 0; i < nq; i++) {
      if (q[i].start > q[i].end || q[i].end > len || q[i].open > q[i].start || q[i].close > len) abort();
      if (i && q[i].start < q[i - 1].start) abort();
      if (q[i].kind > KIMPUT_QUOTE_INDIRECT || q[i].speaker >= (int32_t)ne || q[i].via >= (int32_t)ne) abort();
      if (q[i].speaker_start != KIMPUT_UNSET && (q[i].speaker_start > q[i].speaker_end || q[i].speaker_end > len))
        abort();
      if (q[i].cue_start != KIMPUT_UNSET && (q[i].cue_start > q[i].cue_end || q[i].cue_end > len)) abort();
      if (q[i].kind == KIMPUT_QUOTE_TERM && q[i].speaker != -1) abort();
    }
  }
  /* the lexicon's own lookups on the raw bytes: any phrase, any id */
  (void)kimput_lexicon_classes(lex, (const char *)data, size < 200 ? size : 200);
  size_t name_len = 0;
  int32_t any_id = size ? (int32_t)data[0] - 8 : -1;
  const char *name = kimput_lexicon_entity_name(lex, any_id, &name_len);
  if (name && name_len == 0) abort();
  /* the spelling key of any bytes: within its buffer, and the same person for the same key */
  char key[LEX_SPELLING_KEY_MAX];
  if (lex_spelling_key((const char *)data, size, key, sizeof key) > sizeof key) abort();
  int32_t who = lex_spelling_person(lex, (const char *)data, size);
  if (who != -1 && who != person) abort();  /* the one person keyed */
  kimput_doc_free(doc);
  /* two names of one office, from the input's first two lines, on a lexicon of its own */
  const char *nl = memchr(data, '\n', size);
  kimput_lexicon *small = NULL;
  if (nl && kimput_lexicon_new(&small) == KIMPUT_OK) {
    size_t a = (size_t)(nl - (const char *)data), b = size - a - 1;
    if (b > 200) b = 200;
    int ok_a = kimput_lexicon_add_word(small, (const char *)data, a, KIMPUT_LEX_TITLE) == KIMPUT_OK;
    int ok_b = kimput_lexicon_add_word(small, nl + 1, b, KIMPUT_LEX_TITLE) == KIMPUT_OK;
    kimput_status st = kimput_lexicon_same_title(small, (const char *)data, a, nl + 1, b);
    if (ok_a && ok_b && st != KIMPUT_OK) abort();  /* two titles always join */
    if ((!ok_a || !ok_b) && st == KIMPUT_OK) abort();
    kimput_lexicon_free(small);
  }
  return 0;
}
