/* sentences.c -- sentence splitting over the token stream.
 *
 * A sentence ends at a line break, or after a terminal mark (. ! ? …) and
 * the closing quotes and brackets glued to it ('."' ends after the mark),
 * unless the next word on the line starts in lower case ("Apa?" tanya dia)
 * or a comma or semicolon follows, or the mark closes a list's number
 * ("membawa: 1. KTP").
 * Abbreviations (dll., Dr., M.) keep their period inside their token, so
 * they never end a sentence.
 */
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "utf8.h"

static int is_terminal(const char *text, const kimput_token *t) {
  if (t->kind != KIMPUT_TOK_PUNCT) return 0;
  unsigned char c = (unsigned char)text[t->start];
  if (c == '.' || c == '!' || c == '?') return 1;
  return t->end - t->start == 3 && memcmp(text + t->start, "\xE2\x80\xA6", 3) == 0;  /* … */
}

static int is_closer(const char *text, const kimput_token *t) {
  if (t->kind == KIMPUT_TOK_QUOTE) return 1;
  if (t->kind != KIMPUT_TOK_PUNCT) return 0;
  char c = text[t->start];
  return c == ')' || c == ']';
}

/* Abbreviations that often close a sentence ("… dan negara lain dll. Dia …"):
 * they end one when an upper-case word follows. Titles (Dr., Jl.) never do. */
static int is_closing_abbrev(const char *text, const kimput_token *t) {
  static const char *const closing[] = {"dll.", "dsb.", "dst.", "dkk.", "sda.", NULL};
  if (!(t->flags & KIMPUT_TOKF_ABBREV)) return 0;
  size_t n = t->end - t->start;
  for (const char *const *c = closing; *c; c++)
    if (strlen(*c) == n && memcmp(*c, text + t->start, n) == 0) return 1;
  return 0;
}

/* A degree after a name, shaped as parts joined by periods, one of two
 * letters or more ("M.Kes.", "S.Sos.", "Ph.D."): like dll., it ends a
 * sentence when a capitalised word follows ("kata Rina, M.Kes. Ia ..."),
 * unless another abbreviation does ("M.Sc. Ph.D."). Initials ("R.A.",
 * "B.J.") have one letter a part: a name follows them. */
static int is_degree(const char *text, const kimput_token *t) {
  if (!(t->flags & KIMPUT_TOKF_ABBREV) || text[t->end - 1] != '.') return 0;
  int inner = 0, longer = 0;
  size_t part = 0;
  for (uint32_t k = t->start; k + 1 < t->end; k++) {
    if (text[k] == '.') {
      inner = 1;
      part = 0;
    } else if (++part >= 2) {
      longer = 1;
    }
  }
  return inner && longer;
}

/* Initials with their periods ("X.", "S.H."): a name's, or a regnal number
 * or a degree closing a sentence. */
static int is_initials(const char *text, const kimput_token *t) {
  if (!(t->flags & KIMPUT_TOKF_ABBREV) || text[t->end - 1] != '.') return 0;
  for (uint32_t k = t->start; k < t->end; k += 2)
    if (text[k] < 'A' || text[k] > 'Z' || k + 1 >= t->end || text[k + 1] != '.') return 0;
  return 1;
}

/* A capitalised word that opens sentences and is no one's name ("Ia", "Namun"):
 * after initials it starts the next sentence ("Sultan Hamengku Buwono X. Ia ..."). */
static int opens_sentence(const char *text, const kimput_token *t) {
  static const char *const words[] = {
    "Ia", "Dia", "Beliau", "Mereka", "Kami", "Kita", "Saya", "Ini", "Itu", "Hal", "Namun", "Tetapi",
    "Sementara", "Menurut", "Selain", "Kemudian", "Lalu", "Sebelumnya", "Sebelum", "Setelah", "Usai",
    "Saat", "Ketika", "Karena", "Sebab", "Akibatnya", "Bahkan", "Adapun", "Dalam", "Pada", "Dengan",
    "Untuk", "Oleh", "Sejak", "Hingga", "Tidak", "Tak", NULL};
  size_t n = t->end - t->start;
  for (const char *const *w = words; *w; w++)
    if (strlen(*w) == n && memcmp(*w, text + t->start, n) == 0) return 1;
  return 0;
}

static int starts_lower(const char *text, const kimput_token *t) {
  unsigned char c = (unsigned char)text[t->start];
  return t->kind == KIMPUT_TOK_WORD && !(t->flags & KIMPUT_TOKF_UPPER) && !(c >= '0' && c <= '9');
}

/* A comma or semicolon: no sentence starts with one, so the period before it
 * closes an abbreviation no list holds ("lulusan Univ. Gadjah Mada, Yogyakarta"). */
static int goes_on(const char *text, const kimput_token *t) {
  return t->kind == KIMPUT_TOK_PUNCT && (text[t->start] == ',' || text[t->start] == ';');
}

/* A list's number before the period at token i ("membawa: 1. KTP; 2. KK", a line
 * opening "1. Pertama"): one or two digits glued to the period, after a colon,
 * a semicolon or a line's start. The period ends no sentence. */
static int list_number(const char *text, const kimput_token *t, size_t i) {
  if (i == 0 || text[t[i].start] != '.') return 0;
  const kimput_token *num = &t[i - 1];
  if (num->kind != KIMPUT_TOK_NUMBER || num->end != t[i].start || num->end - num->start > 2) return 0;
  if (i == 1 || (num->flags & KIMPUT_TOKF_NEWLINE)) return 1;
  const kimput_token *before = &t[i - 2];
  return before->kind == KIMPUT_TOK_PUNCT && before->end - before->start == 1 &&
         (text[before->start] == ':' || text[before->start] == ';');
}

/* A period glued to a word or number before it and to a number after it ("varian KP.2",
 * "JN.1"): a code's, not a sentence's end. */
static int code_period(const char *text, const kimput_token *t, size_t i, size_t n) {
  return i > 0 && i + 1 < n && t[i].end - t[i].start == 1 && text[t[i].start] == '.' &&
         t[i - 1].end == t[i].start && t[i + 1].start == t[i].end && t[i + 1].kind == KIMPUT_TOK_NUMBER &&
         (t[i - 1].kind == KIMPUT_TOK_WORD || t[i - 1].kind == KIMPUT_TOK_NUMBER);
}

kimput_status kimput_split_sentences(const char *text, size_t len,
                                     const kimput_token *tokens, size_t ntokens,
                                     kimput_sentence **out, size_t *count) {
  (void)len;
  *out = NULL;
  *count = 0;
  if (ntokens == 0) return KIMPUT_OK;
  size_t cap = ntokens / 16 + 8, n = 0;
  kimput_sentence *v = malloc(cap * sizeof *v);
  if (!v) return KIMPUT_ERR_NOMEM;
  size_t first = 0;
  for (size_t i = 0; i < ntokens; i++) {
    /* most tokens: a word with no period of its own inside a line */
    if (tokens[i].kind == KIMPUT_TOK_WORD && !(tokens[i].flags & KIMPUT_TOKF_ABBREV) && i + 1 < ntokens &&
        !(tokens[i + 1].flags & KIMPUT_TOKF_NEWLINE))
      continue;
    size_t last = i;
    int end_here = 0;
    if (is_terminal(text, &tokens[i])) {
      /* glue closing quotes and brackets that touch the mark */
      while (last + 1 < ntokens && is_closer(text, &tokens[last + 1]) &&
             tokens[last + 1].start == tokens[last].end && !(tokens[last + 1].flags & KIMPUT_TOKF_NEWLINE))
        last++;
      end_here = 1;
      if (last + 1 < ntokens && !(tokens[last + 1].flags & KIMPUT_TOKF_NEWLINE) &&
          (starts_lower(text, &tokens[last + 1]) || goes_on(text, &tokens[last + 1]) ||
           (last == i && (list_number(text, tokens, i) || code_period(text, tokens, i, ntokens)))))
        end_here = 0;
    }
    if (i + 1 < ntokens && (tokens[i + 1].flags & KIMPUT_TOKF_UPPER) && tokens[i + 1].kind == KIMPUT_TOK_WORD &&
        (is_closing_abbrev(text, &tokens[i]) ||
         (is_degree(text, &tokens[i]) && !(tokens[i + 1].flags & KIMPUT_TOKF_ABBREV)) ||
         (is_initials(text, &tokens[i]) && opens_sentence(text, &tokens[i + 1]))))
      end_here = 1;
    if (!end_here && (last + 1 == ntokens || (tokens[last + 1].flags & KIMPUT_TOKF_NEWLINE)))
      end_here = 1;
    if (!end_here) continue;
    if (n == cap) {
      cap *= 2;
      kimput_sentence *nv = realloc(v, cap * sizeof *nv);
      if (!nv) { free(v); return KIMPUT_ERR_NOMEM; }
      v = nv;
    }
    v[n].start = tokens[first].start;
    v[n].end = tokens[last].end;
    v[n].first_token = (uint32_t)first;
    v[n].ntokens = (uint32_t)(last - first + 1);
    n++;
    i = last;
    first = last + 1;
  }
  *out = v;
  *count = n;
  return KIMPUT_OK;
}
