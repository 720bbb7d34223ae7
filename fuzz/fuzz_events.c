/* libFuzzer target: the events engine on arbitrary bytes (invalid UTF-8 is
 * repaired first). The mentions are the input's capitalised words, each its
 * own entity modulo 4, and its digit runs are dates, so triggers, lists and
 * dates meet in every shape; the first byte adds a lexicon word made of the
 * input's first bytes. The first line is also read as a headline
 * (kimput_events_headline) against those mentions, and every other line is read as the body
 * (kimput_events_scan_body). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

static const struct { const char *w; int cls, type, frame, flags; } WORDS[] = {
  {"mengirim", KIMPUT_EVW_VERB, -1, KIMPUT_FRAME_SEND, 0},
  {"menerima", KIMPUT_EVW_VERB, -1, KIMPUT_FRAME_RECEIVE, 0},
  {"dikirim", KIMPUT_EVW_VERB, -1, KIMPUT_FRAME_PASSIVE, 0},
  {"menelepon", KIMPUT_EVW_VERB, KIMPUT_EVENT_CALL, KIMPUT_FRAME_SEND, KIMPUT_EVWF_DIRECT},
  {"bertemu", KIMPUT_EVW_VERB, KIMPUT_EVENT_MEETING, KIMPUT_FRAME_MUTUAL, KIMPUT_EVWF_DIRECT},
  {"bertukar", KIMPUT_EVW_VERB, -1, KIMPUT_FRAME_EXCHANGE, 0},
  {"surat", KIMPUT_EVW_NOUN, KIMPUT_EVENT_LETTER, 0, 0},
  {"suratnya", KIMPUT_EVW_NOUN, KIMPUT_EVENT_LETTER, 0, KIMPUT_EVWF_POSSESSED},
  {"pesan", KIMPUT_EVW_NOUN, KIMPUT_EVENT_MESSAGE, 0, 0},
  {"telepon", KIMPUT_EVW_NOUN, KIMPUT_EVENT_CALL, 0, 0},
  {"pertemuan", KIMPUT_EVW_NOUN, KIMPUT_EVENT_MEETING, 0, 0},
  {"kepada", KIMPUT_EVW_TO, 0, 0, 0}, {"dari", KIMPUT_EVW_FROM, 0, 0, 0},
  {"dengan", KIMPUT_EVW_WITH, 0, 0, 0}, {"dan", KIMPUT_EVW_AND, 0, 0, 0},
  {"akan", KIMPUT_EVW_PLANNED, 0, 0, 0}, {"saat", KIMPUT_EVW_FRONT, 0, 0, 0},
  {"mengatakan", KIMPUT_EVW_SAY, 0, 0, 0}, {"sebuah", KIMPUT_EVW_SKIP, 0, 0, 0},
  {"pidato", KIMPUT_EVW_BLOCK, 0, 0, 0}, {"ulang tahun", KIMPUT_EVW_OCCASION, 0, 0, 0},
  {"dilansir", KIMPUT_EVW_CITE, 0, 0, 0}, {"ini", KIMPUT_EVW_THIS, 0, 0, 0},
  {"bahwa", KIMPUT_EVW_THAT, 0, 0, 0}, {"mereka", KIMPUT_EVW_THEY, 0, 0, 0},
  {"yakni", KIMPUT_EVW_NAMELY, 0, 0, 0},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  kimput_doc *doc = NULL;
  if (kimput_doc_new((const char *)data, size, KIMPUT_DOC_REPLACE_INVALID, &doc, NULL) != KIMPUT_OK) return 0;
  size_t len, ntok;
  const char *text = kimput_doc_text(doc, &len);
  const kimput_token *tok = kimput_doc_tokens(doc, &ntok);
  kimput_evlex *lex = NULL;
  if (kimput_evlex_new(&lex) != KIMPUT_OK) { kimput_doc_free(doc); return 0; }
  for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
    kimput_evlex_add(lex, WORDS[i].w, strlen(WORDS[i].w), WORDS[i].cls, WORDS[i].type, WORDS[i].frame,
                     WORDS[i].flags);
  if (size > 2) kimput_evlex_add(lex, text, len < 12 ? len : 12, data[0] % KIMPUT_EVW_CLASS_COUNT,
                                 (int)(data[1] % 5) - 1, data[1] % KIMPUT_FRAME_COUNT, data[2] & 3);
  kimput_mention *m = calloc(ntok + 1, sizeof *m);
  kimput_date *d = calloc(ntok + 1, sizeof *d);
  size_t nm = 0, nd = 0;
  for (size_t i = 0; m && d && i < ntok; i++) {
    if (tok[i].kind == KIMPUT_TOK_WORD && (tok[i].flags & KIMPUT_TOKF_UPPER)) {
      kimput_mention *x = &m[nm++];
      x->start = tok[i].start;
      x->end = tok[i].end;
      x->role_start = x->role_end = KIMPUT_UNSET;
      if (i > 0 && (i & 1)) { x->role_start = tok[i - 1].start; x->role_end = tok[i].start; }
      x->entity = (int32_t)(tok[i].start % 5) - 1;
      x->kind = (uint8_t)(tok[i].end % KIMPUT_ENT_KIND_COUNT);
    } else if (tok[i].kind == KIMPUT_TOK_NUMBER || tok[i].kind == KIMPUT_TOK_DATE) {
      kimput_date *x = &d[nd++];
      x->start = tok[i].start;
      x->end = tok[i].end;
      x->kind = (uint8_t)(tok[i].end % 4);
      memcpy(x->value, i & 1 ? "2023-05-09" : "2023", i & 1 ? 11 : 5);
    }
  }
  kimput_event *ev = NULL;
  size_t n = 0;
  kimput_evwork *work = NULL;
  if (size > 0 && (data[0] & 2)) kimput_evwork_new(&work);
  size_t first_n = 0;
  for (int pass = 0; pass < (work ? 2 : 1); pass++) {  /* a work reused gives the same */
    free(ev);
    ev = NULL;
    if (!m || !d || kimput_events_scan(lex, work, doc, m, nm, 4, d, nd, &ev, &n) != KIMPUT_OK) n = 0;
    if (pass == 0) first_n = n;
    else if (n != first_n) abort();
  }
  /* the body alone (kimput_events_scan_body): every other line of the input is a body span */
  uint32_t *spans = calloc(2 * (len + 1), sizeof *spans);
  size_t nspans = 0, line = 0;
  for (size_t a = 0; spans && a < len; line++) {
    size_t b = a;
    while (b < len && text[b] != '\n') b++;
    if (line % 2 == (size > 3 ? data[3] & 1u : 0u)) {
      spans[2 * nspans] = (uint32_t)a;
      spans[2 * nspans + 1] = (uint32_t)b;
      nspans++;
    }
    a = b + 1;
  }
  if (m && d && spans) {
    kimput_event *bev = NULL;
    size_t bn = 0;
    if (kimput_events_scan_body(lex, NULL, doc, spans, nspans, m, nm, 4, d, nd, &bev, &bn) == KIMPUT_OK)
      for (size_t i = 0; i < bn; i++)
        if (bev[i].type >= KIMPUT_EVENT_TYPE_COUNT || bev[i].start > bev[i].end || bev[i].end > len) abort();
    free(bev);
  }
  free(spans);
  kimput_evwork_free(work);
  if (m && d) {
    for (size_t i = 0; i < n; i++) {
      const kimput_event *e = &ev[i];
      if (e->type >= KIMPUT_EVENT_TYPE_COUNT || e->sender < 0 || e->sender >= 4 || e->recipient < 0 ||
          e->recipient >= 4 || e->sender == e->recipient)
        abort();
      if (e->start > e->end || e->end > len || e->ev_start > e->ev_end || e->ev_end > len) abort();
      if (e->date >= (int32_t)nd || e->merged_into >= (int32_t)i) abort();
      if (e->occ_start != KIMPUT_UNSET && (e->occ_start > e->occ_end || e->occ_end > len)) abort();
    }
  }
  /* the headline: the input's first line against the mentions after it */
  kimput_mention *h = NULL;
  size_t nh = 0, hl = 0;
  while (hl < len && text[hl] != '\n') hl++;
  if (m && kimput_events_headline(doc, 0, (uint32_t)hl, m, nm, &h, &nh) == KIMPUT_OK) {
    for (size_t i = 0; i < nh; i++)
      if (h[i].start >= h[i].end || h[i].end > hl || h[i].entity < 0 || h[i].entity >= 4 ||
          (i && h[i].start < h[i - 1].end))
        abort();
  }
  free(h);
  free(ev);
  free(m);
  free(d);
  kimput_evlex_free(lex);
  kimput_doc_free(doc);
  return 0;
}
