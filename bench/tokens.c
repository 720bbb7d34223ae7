/* bench/tokens.c -- tokenizer and sentence splitter throughput beside ICU's
 * word break iterator over the same bytes (UText over UTF-8: no conversion).
 * Median of RUNS runs; peak RSS at the end.
 *   bench/tokens CORPUS_FILE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "kimput.h"

#define RUNS 7

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v) {
  qsort(v, RUNS, sizeof *v, cmp);
  return v[RUNS / 2];
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: %s CORPUS_FILE\n", argv[0]); return 2; }
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 2; }
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc((size_t)len);
  if (!text || fread(text, 1, (size_t)len, f) != (size_t)len) { fprintf(stderr, "read failed\n"); return 2; }
  fclose(f);
  double mb = len / 1048576.0, tok[RUNS], cold[RUNS], sent[RUNS], icu[RUNS];
  size_t ntok = 0, nsent = 0, nicu = 0;
  /* the engine alone writes into one buffer reused across runs (as a
   * caller tokenizing many texts does); the document path below also pays
   * for a fresh token array (page faults) every run */
  kimput_token *buf = NULL;
  size_t nbuf = 0, cap = 0;

  /* kimput and ICU alternate, run by run, so that both see the same machine load */
  for (int r = 0; r < RUNS; r++) {
    double t0 = now();
    if (kimput_tokenize(text, (size_t)len, &buf, &nbuf, &cap) != KIMPUT_OK) return 2;
    tok[r] = mb / (now() - t0);

    kimput_doc *doc;
    if (kimput_doc_new(text, (size_t)len, 0, &doc, NULL) != KIMPUT_OK) { fprintf(stderr, "bad text\n"); return 2; }
    t0 = now();
    kimput_doc_tokens(doc, &ntok);
    double t1 = now();
    kimput_doc_sentences(doc, &nsent);
    double t2 = now();
    cold[r] = mb / (t1 - t0);
    sent[r] = mb / (t2 - t1);
    kimput_doc_free(doc);

    UErrorCode err = U_ZERO_ERROR;
    UText *ut = utext_openUTF8(NULL, text, len, &err);
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "id", NULL, 0, &err);
    ubrk_setUText(bi, ut, &err);
    if (U_FAILURE(err)) { fprintf(stderr, "ICU: %s\n", u_errorName(err)); return 2; }
    t0 = now();
    size_t n = 0;
    for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) n++;
    icu[r] = mb / (now() - t0);
    nicu = n;
    ubrk_close(bi);
    utext_close(ut);
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double t = median(tok), c = median(cold), s = median(sent), i = median(icu);
  printf("corpus: %.1f MB, %zu tokens, %zu sentences\n", mb, ntok, nsent);
  printf("tokenize: %.0f MB/s (median of %d) | ICU word break alone: %.0f MB/s (%zu boundaries) | ratio %.1fx (goal >= 4)\n",
         t, RUNS, i, nicu, t / i);
  printf("tokenize into a new document (fresh token array each run): %.0f MB/s, ratio %.1fx\n", c, c / i);
  printf("sentences: %.0f MB/s (median of %d, from tokens)\n", s, RUNS);
  printf("peak RSS: %.0f MB (text %.0f MB + tokens %.0f MB)\n", ru.ru_maxrss / 1024.0, mb,
         ntok * sizeof(kimput_token) / 1048576.0);
  free(buf);
  free(text);
  return 0;
}
