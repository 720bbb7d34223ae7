/* test_events.c -- the events engine (events.c) on invented sentences with
 * hand-built mention arrays, as the entity stage would hand them over. */
#include <stdlib.h>

#include "check.h"
#include "kimput.h"

static kimput_evlex *lexicon(void) {
  kimput_evlex *lex = NULL;
  CHECK(kimput_evlex_new(&lex) == KIMPUT_OK);
  struct { const char *w; int cls, type, frame, flags; } words[] = {
    {"mengirim", KIMPUT_EVW_VERB, -1, KIMPUT_FRAME_SEND, 0},
    {"menerima", KIMPUT_EVW_VERB, -1, KIMPUT_FRAME_RECEIVE, 0},
    {"menelepon", KIMPUT_EVW_VERB, KIMPUT_EVENT_CALL, KIMPUT_FRAME_SEND, KIMPUT_EVWF_DIRECT},
    {"bertemu", KIMPUT_EVW_VERB, KIMPUT_EVENT_MEETING, KIMPUT_FRAME_MUTUAL, KIMPUT_EVWF_DIRECT},
    {"mengucapkan selamat", KIMPUT_EVW_VERB, KIMPUT_EVENT_MESSAGE, KIMPUT_FRAME_SEND, 0},
    {"bertukar", KIMPUT_EVW_VERB, -1, KIMPUT_FRAME_EXCHANGE, 0},
    {"surat", KIMPUT_EVW_NOUN, KIMPUT_EVENT_LETTER, 0, 0},
    {"pesan", KIMPUT_EVW_NOUN, KIMPUT_EVENT_MESSAGE, 0, 0},
    {"telepon", KIMPUT_EVW_NOUN, KIMPUT_EVENT_CALL, 0, 0},
    {"pertemuan", KIMPUT_EVW_NOUN, KIMPUT_EVENT_MEETING, 0, 0},
    {"kepada", KIMPUT_EVW_TO, 0, 0, 0},
    {"dari", KIMPUT_EVW_FROM, 0, 0, 0},
    {"dengan", KIMPUT_EVW_WITH, 0, 0, 0},
    {"dan", KIMPUT_EVW_AND, 0, 0, 0},
    {"akan", KIMPUT_EVW_PLANNED, 0, 0, 0},
    {"juga", KIMPUT_EVW_SKIP, 0, 0, 0},
    {"ulang tahun", KIMPUT_EVW_OCCASION, 0, 0, 0},
  };
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    CHECK(kimput_evlex_add(lex, words[i].w, strlen(words[i].w), words[i].cls, words[i].type, words[i].frame,
                           words[i].flags) == KIMPUT_OK);
  return lex;
}

/* a person mention of entity id at the n-th occurrence (from 0) of name in text */
static kimput_mention person(const char *text, const char *name, int n, int id) {
  const char *p = strstr(text, name);
  while (p && n-- > 0) p = strstr(p + 1, name);
  kimput_mention m;
  memset(&m, 0, sizeof m);
  m.start = p ? (uint32_t)(p - text) : 0;
  m.end = m.start + (uint32_t)strlen(name);
  m.role_start = m.role_end = KIMPUT_UNSET;
  m.entity = p ? id : -1;
  m.kind = KIMPUT_ENT_PERSON;
  return m;
}

static kimput_event *scan(kimput_evlex *lex, const char *text, const kimput_mention *m, size_t nm,
                          const kimput_date *d, size_t nd, size_t *n) {
  kimput_doc *doc = NULL;
  kimput_event *ev = NULL;
  *n = 0;
  CHECK(kimput_doc_new(text, strlen(text), 0, &doc, NULL) == KIMPUT_OK);
  CHECK(kimput_events_scan(lex, NULL, doc, m, nm, 8, d, nd, &ev, n) == KIMPUT_OK);
  kimput_doc_free(doc);
  return ev;
}

static void test_send_and_receive(kimput_evlex *lex) {
  const char *t = "Budi Santoso mengirim surat kepada Rina Wulandari. Rina menerima pesan dari Budi.";
  kimput_mention m[4] = {person(t, "Budi Santoso", 0, 0), person(t, "Rina Wulandari", 0, 1),
                         person(t, "Rina", 1, 1), person(t, "Budi", 1, 0)};
  size_t n;
  kimput_event *e = scan(lex, t, m, 4, NULL, 0, &n);
  CHECK(n == 2);
  if (n == 2) {
    CHECK(e[0].type == KIMPUT_EVENT_LETTER && e[0].sender == 0 && e[0].recipient == 1);
    CHECK(e[0].merged_into == -1 && e[0].date == -1 && e[0].planned == 0);
    /* the message between the same parties is the same letter */
    CHECK(e[1].merged_into == 0 && e[1].sender == 0 && e[1].recipient == 1);
    CHECK(e[0].start == 0 && t[e[0].end - 1] == '.');
  }
  free(e);
}

static void test_calls_meetings_lists(kimput_evlex *lex) {
  const char *t = "Andi menelepon Sari. Andi dan Sari akan bertemu. Tono, Ani dan Eko mengucapkan selamat kepada Sari.";
  kimput_mention m[7] = {person(t, "Andi", 0, 0), person(t, "Sari", 0, 1), person(t, "Andi", 1, 0),
                         person(t, "Sari", 1, 1), person(t, "Tono", 0, 2), person(t, "Ani", 0, 3),
                         person(t, "Eko", 0, 4)};
  kimput_mention all[8];
  memcpy(all, m, sizeof m);
  all[7] = person(t, "Sari", 2, 1);
  size_t n;
  kimput_event *e = scan(lex, t, all, 8, NULL, 0, &n);
  CHECK(n == 5);
  if (n == 5) {
    CHECK(e[0].type == KIMPUT_EVENT_CALL && e[0].sender == 0 && e[0].recipient == 1);
    CHECK(e[1].type == KIMPUT_EVENT_MEETING && e[1].planned == 1);
    for (int i = 2; i < 5; i++) CHECK(e[i].type == KIMPUT_EVENT_MESSAGE && e[i].sender == i && e[i].recipient == 1);
  }
  free(e);
}

static void test_dates_and_occasion(kimput_evlex *lex) {
  const char *t = "Andi mengirim surat ulang tahun kepada Sari pada 9 Mei 2023. Ia juga bertemu Sari.";
  /* "Ia" resolved to Andi by the entity chain */
  kimput_mention all[4] = {person(t, "Andi", 0, 0), person(t, "Sari", 0, 1), person(t, "Ia", 0, 0),
                           person(t, "Sari", 1, 1)};
  all[2].form = KIMPUT_MENTION_PRONOUN;
  all[2].flags = KIMPUT_MENTIONF_RESOLVED;
  kimput_date d[2];
  memset(d, 0, sizeof d);
  const char *when = strstr(t, "9 Mei 2023");
  d[0].start = (uint32_t)(when - t);
  d[0].end = d[0].start + 10;
  d[0].kind = KIMPUT_DATE_DATE;
  strcpy(d[0].value, "2023-05-09");
  size_t n;
  kimput_event *e = scan(lex, t, all, 4, d, 1, &n);
  CHECK(n == 2);
  if (n == 2) {
    CHECK(e[0].date == 0);
    CHECK_STR(t + e[0].occ_start, (size_t)(e[0].occ_end - e[0].occ_start), "ulang tahun");
    /* the meeting of the next sentence takes the date told in the sentence before */
    CHECK(e[1].type == KIMPUT_EVENT_MEETING && e[1].date == 0);
  }
  free(e);
}

static void test_exchange_and_noun(kimput_evlex *lex) {
  const char *t = "Andi dan Sari bertukar surat. Pertemuan Tono dengan Eko berlangsung lama.";
  kimput_mention m[4] = {person(t, "Andi", 0, 0), person(t, "Sari", 0, 1), person(t, "Tono", 0, 2),
                         person(t, "Eko", 0, 4)};
  size_t n;
  kimput_event *e = scan(lex, t, m, 4, NULL, 0, &n);
  CHECK(n == 3);
  if (n == 3) {
    CHECK(e[0].type == KIMPUT_EVENT_LETTER && e[0].sender == 0 && e[0].recipient == 1);
    CHECK(e[1].type == KIMPUT_EVENT_LETTER && e[1].sender == 1 && e[1].recipient == 0);
    CHECK(e[2].type == KIMPUT_EVENT_MEETING && e[2].sender == 2 && e[2].recipient == 4);
  }
  free(e);
}

static void test_nothing_and_errors(kimput_evlex *lex) {
  const char *t = "Andi mengirim surat kepada Andi. Surat itu tiba kemarin.";
  kimput_mention m[2] = {person(t, "Andi", 0, 0), person(t, "Andi", 1, 0)};
  size_t n;
  kimput_event *e = scan(lex, t, m, 2, NULL, 0, &n);
  CHECK(n == 0 && e == NULL);
  free(e);
  kimput_doc *doc = NULL;
  CHECK(kimput_doc_new(t, strlen(t), 0, &doc, NULL) == KIMPUT_OK);
  kimput_mention bad[2] = {m[0], m[1]};
  bad[1].end = 100000;  /* past the text */
  CHECK(kimput_events_scan(lex, NULL, doc, bad, 2, 8, NULL, 0, &e, &n) == KIMPUT_ERR_ARG);
  CHECK(kimput_events_scan(NULL, NULL, doc, m, 2, 8, NULL, 0, &e, &n) == KIMPUT_ERR_ARG);
  kimput_doc_free(doc);
  CHECK(kimput_evlex_add(lex, "", 0, KIMPUT_EVW_VERB, -1, 0, 0) == KIMPUT_ERR_ARG);
  CHECK(kimput_evlex_add(lex, "a b c d e", 9, KIMPUT_EVW_VERB, -1, 0, 0) == KIMPUT_ERR_ARG);
  CHECK(kimput_evlex_add(lex, "x", 1, KIMPUT_EVW_CLASS_COUNT, -1, 0, 0) == KIMPUT_ERR_ARG);
}

/* a noun added with no type (-1) names no event: no event of no type comes out */
static void test_untyped_noun(void) {
  kimput_evlex *lex = lexicon();
  CHECK(kimput_evlex_add(lex, "nota", 4, KIMPUT_EVW_NOUN, -1, 0, 0) == KIMPUT_OK);
  const char *t = "Nota Andi kepada Budi tiba kemarin.";
  kimput_mention m[2] = {person(t, "Andi", 0, 0), person(t, "Budi", 0, 1)};
  size_t n;
  kimput_event *e = scan(lex, t, m, 2, NULL, 0, &n);
  CHECK(n == 0);
  free(e);
  kimput_evlex_free(lex);
}

/* a -nya for the other party (KIMPUT_EVWF_PRONOUN on a verb, KIMPUT_EVW_TO_PRONOUN after a
 * trigger) is the latest person named before it who is not the subject; a meeting called off
 * after its noun (KIMPUT_EVW_CANCEL) is none */
static void test_pronoun_and_cancel(void) {
  kimput_evlex *lex = lexicon();
  CHECK(kimput_evlex_add(lex, "meneleponnya", 12, KIMPUT_EVW_VERB, KIMPUT_EVENT_CALL, KIMPUT_FRAME_SEND,
                         KIMPUT_EVWF_DIRECT | KIMPUT_EVWF_PRONOUN) == KIMPUT_OK);
  CHECK(kimput_evlex_add(lex, "kepadanya", 9, KIMPUT_EVW_TO_PRONOUN, -1, 0, 0) == KIMPUT_OK);
  CHECK(kimput_evlex_add(lex, "batal", 5, KIMPUT_EVW_CANCEL, -1, 0, 0) == KIMPUT_OK);
  const char *t = "Menurut Sari, Andi meneleponnya. Tono berkata Andi mengirim surat kepadanya. "
                  "Pertemuan Andi dengan Sari batal.";
  kimput_mention m[6] = {person(t, "Sari", 0, 1), person(t, "Andi", 0, 0), person(t, "Tono", 0, 2),
                         person(t, "Andi", 1, 0), person(t, "Andi", 2, 0), person(t, "Sari", 1, 1)};
  size_t n;
  kimput_event *e = scan(lex, t, m, 6, NULL, 0, &n);
  CHECK(n == 2);
  if (n == 2) {
    CHECK(e[0].type == KIMPUT_EVENT_CALL && e[0].sender == 0 && e[0].recipient == 1);
    CHECK(e[1].type == KIMPUT_EVENT_LETTER && e[1].sender == 0 && e[1].recipient == 2);
  }
  free(e);
  kimput_evlex_free(lex);
}

/* one work for many documents: the same results as without it */
static void test_work_reused(kimput_evlex *lex) {
  kimput_evwork *work = NULL;
  CHECK(kimput_evwork_new(&work) == KIMPUT_OK);
  const char *texts[3] = {"Andi menelepon Sari.", "Andi dan Sari dan Tono bertemu di kantor itu kemarin sore.",
                          "Sari menelepon Andi."};
  for (int k = 0; k < 3; k++) {
    const char *t = texts[k];
    kimput_mention m[3] = {person(t, "Andi", 0, 0), person(t, "Sari", 0, 1), person(t, "Tono", 0, 2)};
    size_t nm = strstr(t, "Tono") ? 3 : 2;
    if (strstr(t, "Sari") < strstr(t, "Andi")) { kimput_mention x = m[0]; m[0] = m[1]; m[1] = x; }
    kimput_doc *doc = NULL;
    kimput_event *ev = NULL;
    size_t n = 0;
    CHECK(kimput_doc_new(t, strlen(t), 0, &doc, NULL) == KIMPUT_OK);
    CHECK(kimput_events_scan(lex, work, doc, m, nm, 8, NULL, 0, &ev, &n) == KIMPUT_OK);
    CHECK(n == (k == 1 ? 3u : 1u));  /* three who met: one meeting per two of them */
    if (n && k == 2) CHECK(ev[0].sender == 1 && ev[0].recipient == 0);
    if (n == 3 && k == 1) CHECK(ev[2].sender == 1 && ev[2].recipient == 2);
    free(ev);
    kimput_doc_free(doc);
  }
  kimput_evwork_free(work);
  kimput_evwork_free(NULL);
}

/* the headline's names: runs that spell a body name, or its last word, become
 * mentions of its entity; a title-cased word after a name is not swallowed */
static void test_headline(kimput_evlex *lex) {
  const char *t = "Wibowo Menelepon Sari Dewi Jelang Pekan Raya\nTono Wibowo menelepon Sari Dewi pada Senin.";
  size_t hl = (size_t)(strchr(t, '\n') - t);
  kimput_mention m[2] = {person(t, "Tono Wibowo", 0, 0), person(t, "Sari Dewi", 1, 1)};
  kimput_doc *doc = NULL;
  kimput_mention *h = NULL;
  size_t nh = 0;
  CHECK(kimput_doc_new(t, strlen(t), 0, &doc, NULL) == KIMPUT_OK);
  CHECK(kimput_events_headline(doc, 0, (uint32_t)hl, m, 2, &h, &nh) == KIMPUT_OK);
  CHECK(nh == 2);
  if (nh == 2) {
    CHECK(h[0].start == 0 && h[0].end == 6 && h[0].entity == 0);    /* "Wibowo": the last word of a name */
    CHECK(h[1].start == 17 && h[1].end == 26 && h[1].entity == 1);  /* "Sari Dewi", not "Sari Dewi Jelang" */
    CHECK(h[0].form == KIMPUT_MENTION_NAME && (h[0].flags & KIMPUT_MENTIONF_RESOLVED));
  }
  /* merged before the body's mentions, the headline reports the call too */
  kimput_mention all[4];
  for (size_t i = 0; i < nh && i < 2; i++) all[i] = h[i];
  all[nh] = m[0];
  all[nh + 1] = m[1];
  kimput_event *ev = NULL;
  size_t n = 0;
  CHECK(kimput_events_scan(lex, NULL, doc, all, nh + 2, 8, NULL, 0, &ev, &n) == KIMPUT_OK);
  CHECK(n == 2 && ev[0].type == KIMPUT_EVENT_CALL && ev[0].sender == 0 && ev[1].merged_into == 0);
  free(ev);
  free(h);
  h = NULL;
  CHECK(kimput_events_headline(doc, 0, (uint32_t)hl, NULL, 0, &h, &nh) == KIMPUT_OK && nh == 0 && !h);
  CHECK(kimput_events_headline(doc, 0, (uint32_t)strlen(t) + 1, m, 2, &h, &nh) == KIMPUT_ERR_ARG);
  CHECK(kimput_events_headline(NULL, 0, 0, m, 2, &h, &nh) == KIMPUT_ERR_ARG);
  kimput_doc_free(doc);

  /* an organisation is looked up by its whole name only: "Kementerian" is a kind */
  const char *o = "Kementerian Keuangan Surati Bank Sentral\nKementerian Luar Negeri menyurati bank itu.";
  kimput_mention om = person(o, "Kementerian Luar Negeri", 0, 0);
  om.kind = KIMPUT_ENT_ORG;
  CHECK(om.entity == 0);
  CHECK(kimput_doc_new(o, strlen(o), 0, &doc, NULL) == KIMPUT_OK);
  CHECK(kimput_events_headline(doc, 0, (uint32_t)(strchr(o, '\n') - o), &om, 1, &h, &nh) == KIMPUT_OK && nh == 0);
  free(h);
  kimput_doc_free(doc);

  /* an endless title-cased line of names: one pass, every name found */
  enum { REPS = 3000 };
  const char *unit = "Wibowo Menelepon Sari Dewi ", *body = "\nTono Wibowo menelepon Sari Dewi.";
  size_t ul = strlen(unit), bl = strlen(body);
  char *big = malloc(ul * REPS + bl + 1);
  CHECK(big != NULL);
  if (!big) return;
  for (size_t r = 0; r < REPS; r++) memcpy(big + r * ul, unit, ul);
  memcpy(big + ul * REPS, body, bl + 1);
  kimput_mention bm[2] = {person(big + ul * REPS, "Tono Wibowo", 0, 0), person(big + ul * REPS, "Sari Dewi", 0, 1)};
  for (int i = 0; i < 2; i++) { bm[i].start += (uint32_t)(ul * REPS); bm[i].end += (uint32_t)(ul * REPS); }
  CHECK(kimput_doc_new(big, strlen(big), 0, &doc, NULL) == KIMPUT_OK);
  CHECK(kimput_events_headline(doc, 0, (uint32_t)(ul * REPS - 1), bm, 2, &h, &nh) == KIMPUT_OK);
  CHECK(nh == 2 * REPS);
  free(h);
  kimput_doc_free(doc);
  free(big);
}

int main(void) {
  kimput_evlex *lex = lexicon();
  test_send_and_receive(lex);
  test_calls_meetings_lists(lex);
  test_dates_and_occasion(lex);
  test_exchange_and_noun(lex);
  test_nothing_and_errors(lex);
  test_untyped_noun();
  test_pronoun_and_cancel();
  test_work_reused(lex);
  test_headline(lex);
  kimput_evlex_free(lex);
  return CHECK_SUMMARY();
}
