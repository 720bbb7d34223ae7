/* quotes.c -- pairing quotation marks as scraped news pages use them.
 *
 * One pass over the bytes of each body span, a paragraph (line) at a time,
 * with a small fixed stack of open quotes: nothing is allocated but the
 * result array.
 *
 *  - two families, double (" “ ” „ ‟ « », and ″, which WordPress makes of a
 *    straight mark after a digit: “Kami menang 3-0″) and single (' ‘ ’ ‚ ‛ ‹ ›); any
 *    closer of a family closes any opener of it ("…” and “…" pair);
 *  - a straight mark opens when it stands before a word and closes after
 *    one (or right after a stop: scrapes glue paragraphs); glued on both
 *    sides with nothing of its family open, it opens (bergerak."Kami), and
 *    so does one glued to a stop before a blank and a capital whose closer
 *    follows (2016." Mudah-mudahan …," ujarnya);
 *    set off by blanks, it opens a paragraph or follows ':' or ',', and
 *    closes after a stop or a comma (" Kami siap, " kata X); a curly mark
 *    does what its shape says unless its place says the opposite (”Kami …” opens,
 *    “Kami siap, “ kata X closes,
 *    and so does a closer glued between a stop and a capital: diamankan.”Saya);
 *    two apostrophes, straight or curled (''Kami, ‘‘Kami, ‘’Kami), are one double mark;
 *  - an apostrophe between letters (Jum'at, Qur'an) opens nothing, nor the
 *    one of the title Dato' before a name (Dato' Sri Anwar), nor a single mark
 *    no single mark closes later in its paragraph ('Aisyiyah: a name's);
 *  - a quote still open at the end of a paragraph continues when the next
 *    paragraph opens with the same family (the news convention for quotes
 *    over several paragraphs), or goes on bare into paragraphs with no mark
 *    up to one (BARE_AHEAD at most) whose first mark closes it (a letter
 *    quoted whole); otherwise it is unclosed and ends with its paragraph,
 *    so one stray mark never swallows the article;
 *  - a quote inside a quote is reported with depth 1 (a double mark opening after a stop inside
 *    an open double quote opens the same words again: skipped).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "kimput.h"
#include "lexicon.h"
#include "utf8.h"

#define MAX_DEPTH 8

enum { FAM_NONE = -1, FAM_DOUBLE = 0, FAM_SINGLE = 1 };
enum { ROLE_OPEN = 1, ROLE_CLOSE = 2, ROLE_EITHER = 3 };

/* The family of a quotation mark and the role its shape suggests. */
static int mark_family(int32_t cp, int *role) {
  switch (cp) {
  case '"': case 0x2033: *role = ROLE_EITHER; return FAM_DOUBLE;  /* (″: WordPress writes " after a digit so) */
  case 0x201C: case 0x201E: case 0x201F: case 0x00AB: *role = ROLE_OPEN; return FAM_DOUBLE;
  case 0x201D: case 0x00BB: *role = ROLE_CLOSE; return FAM_DOUBLE;
  case '\'': *role = ROLE_EITHER; return FAM_SINGLE;
  case 0x2018: case 0x201A: case 0x201B: case 0x2039: *role = ROLE_OPEN; return FAM_SINGLE;
  case 0x2019: case 0x203A: *role = ROLE_CLOSE; return FAM_SINGLE;
  }
  *role = 0;
  return FAM_NONE;
}

/* The character at s[i] (its length in *n), with two ASCII apostrophes read as
 * one double quotation mark (''Kami siap,'' kata X), as some sites write it,
 * two backticks as a double opener (``Kami siap,'' kata X: the typewriter's pair),
 * and two curly single marks as one curly double (‘‘Kami siap,’’). */
static int32_t two_apostrophes(const unsigned char *s, size_t hi, size_t i, size_t *n, int single_open) {
  if (s[i] == '`' && i + 1 < hi && s[i + 1] == '`' && !(i + 2 < hi && s[i + 2] == '`')) {
    *n = 2;
    return 0x201C;
  }
  /* (with a single quote open, the first may close it: 'kata para students'') */
  if (!single_open && s[i] == '\'' && i + 1 < hi && s[i + 1] == '\'' && !(i + 2 < hi && s[i + 2] == '\'')) {
    *n = 2;
    return '"';
  }
  /* ‘ is E2 80 98, ’ E2 80 99: the same mark twice, not three times */
  if (!single_open && s[i] == 0xE2 && i + 5 < hi && s[i + 1] == 0x80 && (s[i + 2] == 0x98 || s[i + 2] == 0x99) &&
      s[i + 3] == 0xE2 && s[i + 4] == 0x80 && s[i + 5] == s[i + 2] &&
      !(i + 8 < hi && s[i + 6] == 0xE2 && s[i + 7] == 0x80 && s[i + 8] == s[i + 2])) {
    *n = 6;
    return s[i + 2] == 0x98 ? 0x201C : 0x201D;
  }
  /* ‘’: two apostrophes a word processor curled, the first as an opener and the second
     after it as a closer (‘’Kami siap,’’): a straight double mark, its place says its role */
  if (!single_open && s[i] == 0xE2 && i + 5 < hi && s[i + 1] == 0x80 && s[i + 2] == 0x98 && s[i + 3] == 0xE2 &&
      s[i + 4] == 0x80 && s[i + 5] == 0x99) {
    *n = 6;
    return '"';
  }
  return kimput_utf8_decode(s, hi, i, n);
}

/* (ASCII, nearly every code point the scan asks about: a bit of a mask, not a chain of tests) */
#define ASCII_SPACES ((1ULL << ' ') | (1ULL << '\t') | (1ULL << '\r') | (1ULL << '\n'))
#define ASCII_DIGITS (0x3FFULL << '0')
#define ASCII_LETTERS ((0x3FFFFFFULL << ('A' - 64)) | (0x3FFFFFFULL << ('a' - 64)))

static int is_space_cp(int32_t cp) {
  if (cp >= 0 && cp < 0x80) return cp < 64 && ((ASCII_SPACES >> cp) & 1);
  return cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x200B || cp == 0xFEFF || cp == 0x3000 ||
         (cp >= 0x2000 && cp <= 0x200A);
}

static int is_letter_cp(int32_t cp) {
  if (cp >= 0 && cp < 0x80) return (int)(((cp < 64 ? ASCII_DIGITS : ASCII_LETTERS) >> (cp & 63)) & 1);
  return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && cp < 0x2000;
}

/* Is the apostrophe at s[i] the last letter of the Malay title Dato' before a
 * name ("Dato' Sri Anwar", "Dato' Lee"): the word "Dato" glued before it, a
 * space and a capital after it? No mark then. */
static int malay_title(const unsigned char *s, size_t lo, size_t i, size_t hi) {
  static const char dato[] = "dato";
  if (i < lo + 4 || (i > lo + 4 && (s[i - 5] >= 0x80 || is_letter_cp(s[i - 5])))) return 0;
  for (size_t k = 0; k < 4; k++)
    if ((s[i - 4 + k] | 0x20) != dato[k]) return 0;
  return i + 2 < hi && s[i + 1] == ' ' && s[i + 2] >= 'A' && s[i + 2] <= 'Z';
}

/* Is the single mark at s[i] (n bytes) the elision of a colloquial word ("'kan" for bukan,
 * "'gak", "'dah"): one of them glued after it, no letter after the word? No mark then. */
static int elision(const unsigned char *s, size_t i, size_t n, size_t hi) {
  static const char *const words[] = {"kan", "gak", "nggak", "ndak", "dah", "udah"};
  size_t a = i + n, e = a;
  while (e < hi && e - a <= 5 && ((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z')) e++;
  if (e == a || e - a > 5 || (e < hi && (s[e] >= 0x80 || is_letter_cp(s[e])))) return 0;
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (strlen(words[k]) == e - a && !strncasecmp((const char *)s + a, words[k], e - a)) return 1;
  return 0;
}

/* Marks that may stand before an opening quote: ( [ — – and other quotes. */
static int is_open_context(int32_t cp) {
  int role;
  return cp == '(' || cp == '[' || cp == '{' || cp == 0x2014 || cp == 0x2013 || cp == '-' || cp == ':' ||
         cp == '/' || mark_family(cp, &role) != FAM_NONE;
}

/* The code point before offset i (or ' ' at lo). */
static int32_t cp_before(const unsigned char *s, size_t lo, size_t i) {
  if (i <= lo) return ' ';
  size_t j = i - 1;
  while (j > lo && (s[j] & 0xC0) == 0x80) j--;
  size_t n;
  return kimput_utf8_decode(s, i, j, &n);
}

#ifdef __SSE2__
/* The bytes of w to stop at, a bit each: a straight quote or a backtick, a line's end, a non-ASCII byte. */
static inline unsigned stops16(__m128i w) {
  const __m128i dq = _mm_set1_epi8('"'), sq = _mm_set1_epi8('\''), nl = _mm_set1_epi8('\n'), bt = _mm_set1_epi8('`');
  __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, dq), _mm_cmpeq_epi8(w, sq)),
                             _mm_or_si128(_mm_cmpeq_epi8(w, nl), _mm_cmpeq_epi8(w, bt)));
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(w, hit));
}
#endif

/* The first offset in [i, hi) holding a byte that may start a mark (a
 * straight quote, a backtick or any non-ASCII byte) or that ends the line ('\n'), hi
 * when none: thirty-two bytes a round (eight without SSE2), the last ones
 * sixteen at a time, read past hi when the text (limit bytes) goes on, so
 * that most lines end with no loop over single bytes. */
static size_t skip_plain(const unsigned char *s, size_t i, size_t hi, size_t limit) {
#ifdef __SSE2__
  while (i + 32 <= hi) {  /* thirty-two bytes a round: one branch for both halves */
    uint32_t stop = stops16(_mm_loadu_si128((const __m128i *)(const void *)(s + i))) |
                    (uint32_t)stops16(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 16))) << 16;
    if (stop) return i + (size_t)__builtin_ctz(stop);
    i += 32;
  }
  while (i < hi && i + 16 <= limit) {  /* the last bytes (two rounds at most), those past hi masked */
    unsigned stop = stops16(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
    if (hi - i < 16) stop |= 1u << (hi - i);
    if (stop) {
      size_t at = i + (size_t)__builtin_ctz(stop);
      return at < hi ? at : hi;
    }
    i += 16;
  }
#else
  const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
  while (i + 8 <= hi) {
    uint64_t w, dq, sq, nl, bt;
    memcpy(&w, s + i, 8);
    dq = w ^ (ones * '"');
    sq = w ^ (ones * '\'');
    nl = w ^ (ones * '\n');
    bt = w ^ (ones * '`');
    if ((w | ((dq - ones) & ~dq) | ((sq - ones) & ~sq) | ((nl - ones) & ~nl) | ((bt - ones) & ~bt)) & highs)
      break;  /* a byte to stop at */
    i += 8;
  }
#endif
  while (i < hi && s[i] < 0x80 && s[i] != '"' && s[i] != '\'' && s[i] != '`' && s[i] != '\n') i++;
  return i;
}

/* The end of the line that holds offset i (no '\n' in [line start, i]),
 * as far as the code points at i and right after it reach: the first '\n'
 * in (i, i + 8), else hi (the span's end). Every test of an offset below
 * i + 8 against the line's end gives the same answer with it. */
static size_t line_end_near(const unsigned char *s, size_t i, size_t hi, size_t limit) {
  if (i + 8 <= limit) {  /* eight bytes at once (bytes_eq: its lowest bit is exact) */
    uint64_t nl = bytes_eq(pack8((const char *)s + i, 8), '\n') & ~(uint64_t)0xff;
    size_t at = nl ? i + (size_t)(__builtin_ctzll(nl) >> 3) : hi;
    return at < hi ? at : hi;
  }
  for (size_t k = i + 1; k < hi && k < i + 8; k++)
    if (s[k] == '\n') return k;
  return hi;
}

typedef struct {
  kimput_quote *v;
  size_t n, cap;
  int failed;
} quotebuf;

static void emit(quotebuf *b, uint32_t open, uint32_t start, uint32_t end, uint32_t close, int depth,
                 int flags, int family) {
  if (b->failed) return;
  if (b->n == b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 32;
    kimput_quote *v = realloc(b->v, cap * sizeof *v);
    if (!v) { b->failed = 1; return; }
    b->v = v;
    b->cap = cap;
  }
  kimput_quote *q = &b->v[b->n++];
  q->open = open;
  q->start = start;
  q->end = end;
  q->close = close;
  q->depth = (uint8_t)depth;
  q->flags = (uint8_t)flags;
  q->single = (uint8_t)(family == FAM_SINGLE);
}

typedef struct {
  uint32_t open, start;
  int family, flags;
} open_quote;

/* The end of text[from..to) without trailing white space. */
static size_t trim_end(const unsigned char *s, size_t from, size_t to) {
  while (to > from && (s[to - 1] == ' ' || s[to - 1] == '\t' || s[to - 1] == '\r')) to--;
  return to;
}

/* Does the paragraph starting at line (up to hi) open with a mark of family? */
static int opens_with(const unsigned char *s, size_t line, size_t hi, int family) {
  size_t i = line;
  while (i < hi && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++;
  if (i >= hi) return 0;
  size_t n;
  int role;
  int32_t cp = kimput_utf8_decode(s, hi, i, &n);
  return mark_family(cp, &role) == family && role != ROLE_CLOSE;
}

/* Is the first mark of family in the paragraph [line, hi) a closing one
 * (after a word, before a space or a stop: `tahan," kata X`)? A quote left
 * open then goes on without a mark of its own, as some scrapes write one
 * statement over two lines. 1 when it is, 0 when not, -1 when the paragraph
 * holds no mark at all. */
static int closes_first(const unsigned char *s, size_t line, size_t hi, int family) {
  for (size_t i = line; i < hi;) {
    i = skip_plain(s, i, hi, hi);
    if (i >= hi) return -1;
    if (s[i] < 0x80 && s[i] != '"' && s[i] != '\'' && s[i] != '`') { i++; continue; }
    size_t n;
    int32_t cp = two_apostrophes(s, hi, i, &n, family == FAM_SINGLE);
    int role, f = mark_family(cp, &role);
    if (f == FAM_NONE) { i += n; continue; }
    int32_t prev = cp_before(s, line, i), next = ' ';
    if (i + n < hi) { size_t m; next = kimput_utf8_decode(s, hi, i + n, &m); }
    if (f == FAM_SINGLE && is_letter_cp(prev) && is_letter_cp(next)) { i += n; continue; }  /* Jum'at */
    if (f != family) return 0;
    return role != ROLE_OPEN && i > line && !is_space_cp(prev) && (is_space_cp(next) || i + n >= hi || !is_letter_cp(next));
  }
  return 0;
}

/* The non-blank lines of the spans, in order: the paragraphs. */
typedef struct {
  const unsigned char *s;
  const uint32_t *spans;
  size_t nspans, sp, pos;
  int in_span;
} para_iter;

/* The next paragraph [*lo, *hi) after the iterator's place (memchr for the line's end: the
 * scan's look ahead past a quote left open). */
static int next_paragraph(para_iter *it, size_t *lo, size_t *hi) {
  while (it->sp < it->nspans) {
    size_t span_lo = it->spans[2 * it->sp], span_hi = it->spans[2 * it->sp + 1];
    if (!it->in_span) { it->pos = span_lo; it->in_span = 1; }
    if (it->pos >= span_hi) { it->sp++; it->in_span = 0; continue; }
    const unsigned char *nl = memchr(it->s + it->pos, '\n', span_hi - it->pos);
    size_t start = it->pos, end = nl ? (size_t)(nl - it->s) : span_hi;
    it->pos = end + 1;
    size_t first = start;
    while (first < end && (it->s[first] == ' ' || it->s[first] == '\t' || it->s[first] == '\r')) first++;
    if (first == end) continue;  /* a blank line */
    *lo = start;
    *hi = end;
    return 1;
  }
  return 0;
}

/* Paragraphs with no mark at all that a quote left open may run over to the paragraph whose
 * first mark closes it; more, and the quote ends with its own paragraph. */
#define BARE_AHEAD 4

/* Does the quote of family left open before the paragraph [lo, hi) close there with no mark
 * opening it (closes_first), or, that paragraph holding no mark, in one of the next BARE_AHEAD
 * with none before it (a letter quoted whole, its marks at the first and the last paragraph
 * only)? may_first: the paragraph itself may close it first (else only after mark-less ones).
 * The iterator stands after [lo, hi). */
static int closes_ahead(const unsigned char *s, para_iter it, size_t lo, size_t hi, int family, int may_first) {
  int r = closes_first(s, lo, hi, family);
  if (r >= 0) return r == 1 && may_first;
  for (int k = 0; k < BARE_AHEAD && next_paragraph(&it, &lo, &hi); k++)
    if ((r = closes_first(s, lo, hi, family)) >= 0) return r == 1;
  return 0;
}

/* The start of the next non-blank line (*lo) and the end of its span
 * (*span_end): the scan finds the line's end itself, as it reads it. */
static int next_line(para_iter *it, size_t *lo, size_t *span_end) {
  while (it->sp < it->nspans) {
    size_t span_lo = it->spans[2 * it->sp], span_hi = it->spans[2 * it->sp + 1];
    if (!it->in_span) { it->pos = span_lo; it->in_span = 1; }
    size_t line = it->pos, i = line;
    for (; i < span_hi && (it->s[i] == ' ' || it->s[i] == '\t' || it->s[i] == '\r' || it->s[i] == '\n'); i++)
      if (it->s[i] == '\n') line = i + 1;
    if (i >= span_hi) { it->sp++; it->in_span = 0; continue; }
    *lo = line;
    *span_end = span_hi;
    return 1;
  }
  return 0;
}

#define CARRY_BARE 0x100  /* the quote goes on in a paragraph that does not reopen it */
#define CARRY_WRAP 0x200  /* ... as the same quote: the line was broken inside a sentence */

/* The role of a straight mark at s[i] (n bytes) set off by blanks on both sides, as some sites
 * write them (" Kami siap, " kata X): with none of its family open it opens a paragraph, or
 * follows ':' or ',' (mengatakan, " Kami ...") before a word on the line; with one open it
 * closes it after a stop or a comma. 0 otherwise: a stray mark, no quote. */
static int spaced_role(const unsigned char *s, size_t lo, size_t i, size_t n, size_t lh, int any_same) {
  size_t j = i;
  while (j > lo && (s[j - 1] == ' ' || s[j - 1] == '\t')) j--;
  unsigned char before = j > lo ? s[j - 1] : 0;
  if (any_same) return before == ',' || before == '.' || before == '!' || before == '?' ? ROLE_CLOSE : 0;
  size_t k = i + n;
  while (k < lh && (s[k] == ' ' || s[k] == '\t')) k++;
  if (k >= lh || s[k] == '\r' || !(s[k] >= 0x80 || is_letter_cp(s[k]))) return 0;
  return before == 0 || before == ':' || before == ',' ? ROLE_OPEN : 0;
}

/* Does the line [lo, hi) break inside a sentence of the quote q left open in it: no stop
 * closing it ("… kasus ini" / "sampai tuntas," kata X), the next line right after it (no
 * blank line between: a paragraph ends there), or the next paragraph opening in lower case
 * (lower: a sentence goes on, whatever a scrape put between)? Its words and the next line's,
 * up to the closing mark, are one quote (the words inside the marks). */
static int wraps(const unsigned char *s, size_t lo, size_t hi, size_t next_lo, const open_quote *q, int lower) {
  size_t e = trim_end(s, lo, hi);
  if (e <= q->start || e == lo) return 0;
  unsigned char last = s[e - 1];
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return 0;
  if (lower) return 1;
  /* (the next line may be indented: a page wrapping its text at a fixed width, "    sampai …") */
  size_t k = hi + 1 + (s[hi] == '\r');
  while (k < next_lo && (s[k] == ' ' || s[k] == '\t')) k++;
  return k == next_lo;
}

/* Scans the paragraph that starts at lo and ends at the first '\n' or
 * span_hi (text holds limit bytes); it returns its end. The iterator stands
 * at the paragraph: a quote left open looks at the next one. *carry_family
 * is the family of a quote the previous paragraph left open for this one to
 * reopen, or FAM_NONE; with CARRY_BARE, this paragraph goes on with it from
 * its first letter. */
/* The first double mark (straight or curly) from i to the paragraph's end (hi or a newline), or SIZE_MAX.
 * The paragraph's first closer with none after it is a lone one; another after it shows it an opener typed
 * the wrong way round ("… selesai.” Pemkab siap,” tambah X"). */
static size_t next_double_mark(const unsigned char *s, size_t i, size_t hi) {
  for (; i < hi && s[i] != '\n'; i++)
    if (s[i] == '"' || (s[i] == 0xE2 && i + 2 < hi && s[i + 1] == 0x80 && (s[i + 2] == 0x9C || s[i + 2] == 0x9D)))
      return i;
  return SIZE_MAX;
}

/* Does a single mark close the one opening before i, ahead in its paragraph or in the lines a
 * lower-case start shows wrapped after it? Marks between letters (Qur'an, Jum’at) are letters;
 * one after a blank opens another, which the next closer closes first. Without its closer, a
 * single mark before a word is an apostrophe of a name ('Aisyiyah, ‘Aisyah), no quote: it
 * would run to the paragraph's end. (At most SINGLE_MARKS_AHEAD marks are read, then it is
 * taken to close: each byte is read a bounded number of times.) */
#define SINGLE_MARKS_AHEAD 16
static int single_closer_after(const unsigned char *s, size_t i, size_t hi) {
  int open = 1, marks = 0;
  for (; i < hi; i++) {
    if (s[i] == '\n') {
      size_t j = i + 1;
      while (j < hi && (s[j] == ' ' || s[j] == '\t')) j++;
      if (j >= hi || !(s[j] >= 'a' && s[j] <= 'z')) return 0;
      continue;
    }
    size_t n = 0;
    if (s[i] == '\'') n = 1;
    else if (s[i] == 0xE2 && i + 2 < hi && s[i + 1] == 0x80 &&
             (s[i + 2] == 0x98 || s[i + 2] == 0x99 || s[i + 2] == 0x9A || s[i + 2] == 0x9B || s[i + 2] == 0xB9 ||
              s[i + 2] == 0xBA))
      n = 3;
    if (!n) continue;
    int blank_before = s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n';
    int letter_before = ((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z');
    int letter_after = i + n < hi && ((s[i + n] | 0x20) >= 'a' && (s[i + n] | 0x20) <= 'z');
    i += n - 1;
    if (letter_before && letter_after) continue;
    if (++marks > SINGLE_MARKS_AHEAD) return 1;
    if (blank_before) open++;
    else if (--open == 0) return 1;
  }
  return 0;
}

/* Is the next double mark after i on its line one that closes after a comma or a stop (`…," kata X`)? */
static int double_closer_after(const unsigned char *s, size_t i, size_t hi) {
  size_t k = next_double_mark(s, i, hi);
  return k != SIZE_MAX && k > 0 && (s[k - 1] == ',' || s[k - 1] == '.' || s[k - 1] == '!' || s[k - 1] == '?');
}

static size_t scan_paragraph(const unsigned char *s, size_t lo, size_t span_hi, size_t limit, const para_iter *it,
                             int *carry_family, open_quote *wrap, quotebuf *b) {
  open_quote st[MAX_DEPTH];
  int depth = 0, continued = *carry_family;
  *carry_family = FAM_NONE;
  if (continued != FAM_NONE && (continued & CARRY_WRAP)) {  /* the quote of the line before, whole */
    st[0] = *wrap;
    depth = 1;
    continued = FAM_NONE;
  } else if (continued != FAM_NONE && (continued & CARRY_BARE)) {
    size_t first = lo + strspn((const char *)s + lo, " \t");
    st[0].open = st[0].start = (uint32_t)first;
    st[0].family = continued & ~CARRY_BARE;
    st[0].flags = KIMPUT_QUOTE_CONTINUED;
    depth = 1;
    continued = FAM_NONE;
  }
  size_t i = lo, hi;
  int marks = depth;  /* (the marks read in the paragraph, a quote carried in counted) */
  while (i < span_hi) {
    i = skip_plain(s, i, span_hi, limit);
    if (i >= span_hi || s[i] == '\n') break;
    /* the line's end as far as this mark's tests reach (the line is read once, not found first) */
    size_t lh = line_end_near(s, i, span_hi, limit);
    size_t n;
    int single_open = 0;
    for (int k = 0; k < depth; k++) single_open |= st[k].family == FAM_SINGLE;
    int32_t cp = two_apostrophes(s, lh, i, &n, single_open);
    int role, family = mark_family(cp, &role);
    if (family == FAM_NONE) { i += n; continue; }
    int32_t prev = cp_before(s, lo, i);
    int32_t next = ' ';
    if (i + n < lh) { size_t m; next = kimput_utf8_decode(s, lh, i + n, &m); }
    int prev_space = is_space_cp(prev) || i == lo, next_space = is_space_cp(next) || i + n >= lh;
    if (family == FAM_SINGLE && is_letter_cp(prev) && is_letter_cp(next)) { i += n; continue; }  /* Jum'at */
    if (cp == '\'' && malay_title(s, lo, i, lh)) { i += n; continue; }  /* Dato' Sri Anwar */
    if (family == FAM_SINGLE && !is_letter_cp(prev) && elision(s, i, n, lh)) { i += n; continue; }  /* 'kan */
    int left = !next_space && (prev_space || is_open_context(prev));   /* could open */
    /* could close; a stop before it closes even when the next paragraph
     * was glued on (…multipolar.'Meskipun) */
    int right = !prev_space && (next_space || !is_letter_cp(next) || prev == '.' || prev == ',' || prev == '!' ||
                                prev == '?' || prev == ';');
    int top_same = depth > 0 && st[depth - 1].family == family;
    int any_same = 0;
    for (int k = 0; k < depth; k++) any_same |= st[k].family == family;
    int as_open, spaced = 0;
    if (role == ROLE_EITHER) {
      if (left && !right) as_open = 1;
      /* with none of its family open, a mark glued between a stop or a word and the next word
         opens: a scrape dropped the space (bergerak."Kami ...," kata X; mengatakan ,"Kami ...") */
      else if (right && !left) {
        as_open = !any_same && is_letter_cp(next) && (family == FAM_DOUBLE || !is_letter_cp(prev));
        /* (glued to the stop of the sentence before, a blank and a capital after it, the next double mark
           closing after a comma or a stop: the opener a page typed on the wrong side of its blank,
           `… pada 2016." Mudah-mudahan …," ujarnya`) */
        if (!as_open && !any_same && family == FAM_DOUBLE && prev == '.' && i + n + 1 < lh && s[i + n] == ' ' &&
            s[i + n + 1] >= 'A' && s[i + n + 1] <= 'Z' && double_closer_after(s, i + n, lh))
          as_open = 1;
      }
      else if (left && right) as_open = !any_same;
      else if (!(spaced = spaced_role(s, lo, i, n, lh, any_same))) { i += n; continue; }  /* a stray mark */
      else as_open = spaced == ROLE_OPEN;
      if (as_open && top_same && !left) as_open = 0;
    } else if (role == ROLE_OPEN) {
      /* an opener set off by blanks on both sides, one of its family open, closes it after a stop or a
         comma as a straight mark would: the site typed the wrong curl (“Kami siap, “ kata X) */
      as_open = !(right && !left && any_same) &&
                !(prev_space && next_space && any_same && spaced_role(s, lo, i, n, lh, 1) == ROLE_CLOSE);
      /* (so is one glued to a lower-case word after a comma, a double quote open: the cue after
         the words, "…, “ujar X.") */
      if (as_open && family == FAM_DOUBLE && any_same && prev_space && next >= 'a' && next <= 'z') {
        size_t j = i;
        while (j > lo && (s[j - 1] == ' ' || s[j - 1] == '\t')) j--;
        if (j > lo && j < i && s[j - 1] == ',') as_open = 0;
      }
    } else if (prev_space && next_space) {
      /* a closer set off by blanks on both sides reads as a straight mark would, opening a paragraph
         or closing one of its family after a stop or a comma (” Kami siap, ” kata X) */
      if (!(spaced = spaced_role(s, lo, i, n, lh, any_same))) { i += n; continue; }  /* a stray mark */
      as_open = spaced == ROLE_OPEN;
    } else {
      /* (nothing of its family open, glued between a stop and a word: a scrape dropped the
         space before an opener typed the wrong way round, diamankan.”Saya ...) */
      as_open = !any_same && ((left && !right) || (!left && (prev == '.' || prev == '!' || prev == '?') &&
                                                   next < 0x80 && next >= 'A' && next <= 'Z'));
      /* (or glued to a stop, a blank and a capital after it, the next double mark on the line closing after
         a comma or a stop: the opener typed the wrong way round on the wrong side of its blank, as a
         straight mark above, `… 120 peserta.” Panitia …,” ujarnya`) */
      if (!as_open && !any_same && family == FAM_DOUBLE && prev == '.' && i + n + 1 < lh && s[i + n] == ' ' &&
          s[i + n + 1] >= 'A' && s[i + n + 1] <= 'Z' && double_closer_after(s, i + n, lh))
        as_open = 1;
    }
    /* an apostrophe after a word with nothing open: students' -- skip */
    if (!as_open && !any_same && family == FAM_SINGLE) { i += n; continue; }
    /* (and one before a word with no closer ahead: 'Aisyiyah) */
    if (as_open && family == FAM_SINGLE && !single_closer_after(s, i + n, limit)) { i += n; continue; }
    /* "Daerah kami indah. “Oleh karena itu, kami mengajak …,” ujar X": a double mark opening after a stop
       and a blank while a double quote is open, at its top, is the writer opening the same words again,
       no quote inside them (those use single marks): skipped */
    if (as_open && family == FAM_DOUBLE && top_same && depth == 1 && prev_space && i > lo) {
      size_t j = i;
      while (j > lo && (s[j - 1] == ' ' || s[j - 1] == '\t')) j--;
      if (j > lo && j < i && (s[j - 1] == '.' || s[j - 1] == '!' || s[j - 1] == '?')) { i += n; continue; }
    }
    /* the paragraph's first mark a double closer after a comma or a stop, nothing open, a word
       opening the paragraph: the page dropped its opener ("Kami siap,” tambahnya." as a paragraph
       of its own), the words from the paragraph's start */
    if (!as_open && !any_same && depth == 0 && !marks && family == FAM_DOUBLE && role != ROLE_OPEN &&
        (prev == ',' || prev == '.' || prev == '!' || prev == '?') && next_space &&
        next_double_mark(s, i + n, span_hi) == SIZE_MAX) {
      size_t first = lo + strspn((const char *)s + lo, " \t");
      if (first < i && s[first] >= 'A' && s[first] <= 'Z') {
        uint32_t end = (uint32_t)trim_end(s, first, i);
        emit(b, (uint32_t)first, (uint32_t)first, end, (uint32_t)(i + n), 0, KIMPUT_QUOTE_UNOPENED, family);
      }
      marks++;
      i += n;
      continue;
    }
    marks++;
    if (as_open) {
      if (depth < MAX_DEPTH) {
        st[depth].open = (uint32_t)i;
        st[depth].start = (uint32_t)(i + n + strspn((const char *)s + i + n, " \t"));  /* (“ Kami …) */
        st[depth].family = family;
        st[depth].flags = 0;
        if (depth == 0 && continued == family && i == lo + (size_t)(strspn((const char *)s + lo, " \t"))) {
          st[depth].flags = KIMPUT_QUOTE_CONTINUED;
          continued = FAM_NONE;
        }
        depth++;
      }
    } else if (any_same) {
      int k = depth - 1;
      while (st[k].family != family) k--;
      /* quotes opened inside this one and never closed end here */
      for (int j = depth - 1; j > k; j--)
        emit(b, st[j].open, st[j].start, (uint32_t)i, (uint32_t)i, j, st[j].flags | KIMPUT_QUOTE_UNCLOSED,
             st[j].family);
      uint32_t end = (uint32_t)trim_end(s, st[k].start, i);  /* (… siap, ”) */
      emit(b, st[k].open, st[k].start, end, (uint32_t)(i + n), k, st[k].flags, st[k].family);
      depth = k;
    }
    i += n;
  }
  hi = i;
  if (depth == 0) return hi;
  size_t end = trim_end(s, lo, hi);
  para_iter ahead = *it;  /* the next paragraph, read only now that a quote is left open */
  size_t next_lo = 0, next_hi = 0;
  ahead.pos = hi + 1;
  if (!next_paragraph(&ahead, &next_lo, &next_hi)) next_lo = next_hi = 0;
  /* the outermost open quote may go on in the next paragraph: reopened there,
   * or (alone, not itself carried bare) closed there with no mark opening it */
  int goes_on = next_lo < next_hi && opens_with(s, next_lo, next_hi, st[0].family);
  /* (a quote carried bare into this paragraph, open == start, may go on bare again: the paragraphs
     of a letter between its marks) */
  int bare = !goes_on && depth == 1 && next_lo < next_hi &&
             closes_ahead(s, ahead, next_lo, next_hi, st[0].family,
                          !(st[0].flags & KIMPUT_QUOTE_CONTINUED) || st[0].open == st[0].start);
  /* (a line opening in lower case goes on with the sentence too, whatever closes it later) */
  size_t nf = next_lo + (next_lo < next_hi ? strspn((const char *)s + next_lo, " \t") : 0);
  int lower = !goes_on && depth == 1 && nf < next_hi && s[nf] >= 'a' && s[nf] <= 'z';
  if ((bare || lower) && wraps(s, lo, hi, next_lo, &st[0], lower)) {
    *wrap = st[0];
    *carry_family = st[0].family | CARRY_WRAP;
    return hi;
  }
  for (int j = depth - 1; j >= 0; j--) {
    int flags = st[j].flags | ((j == 0 && (goes_on || bare)) ? KIMPUT_QUOTE_CONTINUES : KIMPUT_QUOTE_UNCLOSED);
    uint32_t e = (uint32_t)(end > st[j].start ? end : st[j].start);
    emit(b, st[j].open, st[j].start, e, e, j, flags, st[j].family);
  }
  if (goes_on) *carry_family = st[0].family;
  if (bare) *carry_family = st[0].family | CARRY_BARE;
  return hi;
}

static int by_open(const void *a, const void *b) {
  const kimput_quote *x = a, *y = b;
  if (x->open != y->open) return x->open < y->open ? -1 : 1;
  return 0;
}

kimput_status quotes_scan_into(const char *text, size_t len, const uint32_t *spans, size_t nspans,
                               kimput_quote **buf, size_t *cap, size_t *count) {
  *count = 0;
  for (size_t sp = 0; sp < nspans; sp++) {
    if (spans[2 * sp + 1] > len || spans[2 * sp] > spans[2 * sp + 1]) return KIMPUT_ERR_ARG;
  }
  const unsigned char *s = (const unsigned char *)text;
  quotebuf b = {*buf, 0, *cap, 0};
  para_iter it = {s, spans, nspans, 0, 0, 0};
  size_t lo, span_hi;
  int carry = FAM_NONE;
  open_quote wrap = {0, 0, FAM_NONE, 0};
  while (next_line(&it, &lo, &span_hi)) it.pos = scan_paragraph(s, lo, span_hi, len, &it, &carry, &wrap, &b) + 1;
  *buf = b.v;
  *cap = b.cap;
  if (b.failed) return KIMPUT_ERR_NOMEM;
  /* in order of open: the quotes come out as they close, each after the quotes nested in it,
     so an insertion sort moves a quote only past those, at most MAX_DEPTH moves a quote in
     all (linear), and keeps equal ones in order */
  for (size_t i = 1; i < b.n; i++) {
    kimput_quote x = b.v[i];
    size_t j = i;
    while (j > 0 && by_open(&b.v[j - 1], &x) > 0) { b.v[j] = b.v[j - 1]; j--; }
    b.v[j] = x;
  }
  *count = b.n;
  return KIMPUT_OK;
}

kimput_status kimput_quotes_scan(const char *text, size_t len, const uint32_t *spans, size_t nspans,
                                 kimput_quote **out, size_t *count) {
  if (!out || !count || (!text && len) || (!spans && nspans)) return KIMPUT_ERR_ARG;
  *out = NULL;
  *count = 0;
  kimput_quote *v = NULL;
  size_t cap = 0;
  kimput_status st = quotes_scan_into(text, len, spans, nspans, &v, &cap, count);
  if (st != KIMPUT_OK) { free(v); return st; }
  if (*count == 0) { free(v); v = NULL; }
  *out = v;
  return KIMPUT_OK;
}
