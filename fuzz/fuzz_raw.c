/* libFuzzer target: the entry points that take a caller's buffer, given the
 * raw bytes as they are (no repair, so invalid UTF-8, lone continuation
 * bytes and truncated sequences reach them): kimput_tokenize,
 * kimput_lines, kimput_dates_scan over those tokens, kimput_date_parse and
 * kimput_quotes_scan over spans taken from the input. Their results must
 * stay inside the buffer and in order. The small lookups (abbreviations,
 * kind names, the date word table, status messages) get the first bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kimput.h"

/* Up to four spans [start, end), in text order, cut at offsets read from
 * the first bytes of the input. */
static size_t pick_spans(const uint8_t *data, size_t size, uint32_t *spans) {
  if (size < 4) {
    spans[0] = 0;
    spans[1] = (uint32_t)size;
    return 1;
  }
  size_t n = 0, at = 0;
  for (size_t k = 0; k < 4 && at <= size; k++) {
    size_t a = at + data[k] % 16, b = a + data[(k + 1) % size] * 3u;
    if (a > size) break;
    if (b > size) b = size;
    spans[2 * n] = (uint32_t)a;
    spans[2 * n + 1] = (uint32_t)b;
    n++;
    at = b;
  }
  return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  kimput_token *tok = NULL;
  size_t ntok = 0, cap = 0;
  if (kimput_tokenize(text, size, &tok, &ntok, &cap) == KIMPUT_OK) {
    for (size_t i = 0; i < ntok; i++) {
      if (tok[i].start >= tok[i].end || tok[i].end > size || (i && tok[i].start < tok[i - 1].end)) abort();
    }
    uint32_t spans[8];
    size_t nspans = pick_spans(data, size, spans);
    kimput_ref ref = {2023, 5, 10};
    kimput_date *d = NULL;
    size_t nd = 0;
    if (kimput_dates_scan(text, size, tok, ntok, spans, nspans, &ref, &d, &nd) == KIMPUT_OK) {
      for (size_t i = 0; i < nd; i++) {
        if (d[i].start >= d[i].end || d[i].end > size || memchr(d[i].value, 0, sizeof d[i].value) == NULL) abort();
      }
    }
    kimput_dates_free(d);
    /* the same tokens against a shorter text: refused when a token lies past it */
    size_t half = size / 2;
    d = NULL;
    nd = 0;
    kimput_status st = kimput_dates_scan(text, half, tok, ntok, NULL, 0, &ref, &d, &nd);
    if (st == KIMPUT_OK && ntok && tok[ntok - 1].end > half) abort();
    for (size_t i = 0; st == KIMPUT_OK && i < nd; i++)
      if (d[i].end > half) abort();
    kimput_dates_free(d);
    kimput_quote *q = NULL;
    size_t nq = 0;
    if (kimput_quotes_scan(text, size, spans, nspans, &q, &nq) == KIMPUT_OK) {
      for (size_t i = 0; i < nq; i++) {
        /* a mark opens every quote but a continued part with none of its own (kimput.h) */
        int bare = q[i].open == q[i].start && (q[i].flags & KIMPUT_QUOTE_CONTINUED);
        if ((q[i].open >= q[i].start && !bare) || q[i].start > q[i].end || q[i].end > q[i].close || q[i].close > size)
          abort();
      }
    }
    free(q);
  }
  free(tok);
  kimput_span *lines = NULL;
  size_t nlines = 0;
  if (kimput_lines(text, size, &lines, &nlines) == KIMPUT_OK) {
    for (size_t i = 0; i < nlines; i++) {
      if (lines[i].start >= lines[i].end || lines[i].end > size) abort();
    }
  }
  free(lines);
  if (size > 0) {
    int k = (int)(int8_t)data[0];
    if (!kimput_token_kind_name(k) || !kimput_date_kind_name(k) || !kimput_strerror((kimput_status)k)) abort();
    const char *word = NULL;
    int group = 0, value = 0;
    if (kimput_date_words(data[0], &word, &group, &value) && !word) abort();
    (void)kimput_is_abbreviation(text, size < 24 ? size : 24);
    /* the table behind it: the entry the first byte picks is one it knows */
    const char *const *abbr = kimput_abbreviations();
    size_t nabbr = 0;
    while (abbr[nabbr]) nabbr++;
    const char *pick = abbr[data[0] % nabbr];
    if (!kimput_is_abbreviation(pick, strlen(pick))) abort();
  }
  kimput_date one;
  int found = 0;
  if (kimput_date_parse(text, size < 256 ? size : 256, NULL, &one, &found) == KIMPUT_OK && found) {
    if (one.end > size) abort();
  }
  return 0;
}
