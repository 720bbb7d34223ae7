/* tokens.c -- kimput from C, without Lua: reads a text on stdin and prints
 * each sentence's tokens with their kinds, one sentence a line.
 *
 *   make install PREFIX=$HOME/.local
 *   export PKG_CONFIG_PATH=$HOME/.local/lib/pkgconfig
 *   cc tokens.c $(pkg-config --cflags --libs kimput) -o tokens
 *   echo 'Kim tiba di Moskow pada 12/9/2023.' | LD_LIBRARY_PATH=$HOME/.local/lib ./tokens
 *
 * (LD_LIBRARY_PATH only when PREFIX is not a folder the dynamic linker
 * searches, as /usr/local/lib is.)
 */
#include <stdio.h>
#include <stdlib.h>

#include <kimput.h>

/* The whole of stdin in one malloc'd buffer. */
static char *read_all(FILE *in, size_t *len) {
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, in);
    if (n < cap) break;
    char *grown = realloc(buf, cap *= 2);
    if (!grown) { free(buf); buf = NULL; }
    else buf = grown;
  }
  *len = n;
  return buf;
}

int main(void) {
  size_t len, bad, ntok, nsent;
  char *text = read_all(stdin, &len);
  if (!text) { fputs("tokens: out of memory\n", stderr); return 1; }
  kimput_doc *doc;
  kimput_status st = kimput_doc_new(text, len, KIMPUT_DOC_DEFAULT, &doc, &bad);
  if (st != KIMPUT_OK) {
    fprintf(stderr, "tokens: %s", kimput_strerror(st));
    if (st == KIMPUT_ERR_UTF8) fprintf(stderr, " at byte %zu", bad + 1);
    fputc('\n', stderr);
    free(text);
    return 1;
  }
  const kimput_token *t = kimput_doc_tokens(doc, &ntok);
  const kimput_sentence *s = kimput_doc_sentences(doc, &nsent);
  for (size_t i = 0; i < nsent; i++) {
    for (size_t k = s[i].first_token; k < s[i].first_token + s[i].ntokens; k++) {
      printf("%s%.*s/%s", k == s[i].first_token ? "" : " ", (int)(t[k].end - t[k].start),
             text + t[k].start, kimput_token_kind_name(t[k].kind));
    }
    putchar('\n');
  }
  kimput_doc_free(doc);
  free(text);
  return 0;
}
