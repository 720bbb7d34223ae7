/* tokenize.c -- a single-pass UTF-8 tokenizer for Indonesian news text.
 *
 * ASCII bytes are classed through a 256-entry table; only non-ASCII code
 * points go to ICU for their Unicode properties. Tokens are written into one
 * growable array: nothing is allocated per token.
 *
 * Kept as one token: reduplications and hyphenated names (negara-negara,
 * Jong-un), decimal and thousands numbers (87,32  1.500), numeric dates and
 * times (10/5/2022  09:15  09.15), domains and URLs, hashtags, decades
 * (1990-an), abbreviations with their period (dll.  Dr.  a.n.  M.), and an
 * apostrophe inside a word (Jum'at). Quote marks stand alone.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "kimput.h"
#include "utf8.h"

enum { C_SPACE, C_ALPHA, C_DIGIT, C_PUNCT, C_QUOTE, C_HASH, C_SYMBOL, C_HIGH };

static unsigned char ascii_class[256];
static unsigned char word_byte[256];  /* 1: ASCII letter, digit or _; 2: non-ASCII; 0: neither */
/* 1: an ASCII byte after which a word of ASCII letters and digits ends as it
 * is (no hyphen, period or apostrophe join, no abbreviation to check) */
static unsigned char plain_end[256];
#define ABBREVIATIONS_MAX 192
static size_t abbreviation_len[ABBREVIATIONS_MAX];
static uint16_t abbreviation_lengths_by_first[256];  /* bit n: an entry of n bytes starts with this byte */
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;
static void init_abbreviations(void);

static void init_table(void) {
  for (int c = 0; c < 256; c++) {
    unsigned char k = C_SYMBOL;
    if (c < 0x20 || c == ' ' || c == 0x7F) k = C_SPACE;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = C_ALPHA;
    else if (c >= '0' && c <= '9') k = C_DIGIT;
    else if (strchr(".,;:!?()[]{}-/", c)) k = C_PUNCT;
    else if (c == '"' || c == '\'') k = C_QUOTE;
    else if (c == '#') k = C_HASH;
    else if (c >= 0x80) k = C_HIGH;
    ascii_class[c] = k;
    word_byte[c] = (k == C_ALPHA || k == C_DIGIT || c == '_') ? 1 : (c >= 0x80 ? 2 : 0);
    plain_end[c] = c < 0x80 && !word_byte[c] && c != '-' && c != '.' && c != '\'';
  }
  init_abbreviations();
}

static int is_quote_cp(int32_t cp) {
  switch (cp) {
  case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x00AB: case 0x00BB:
  case 0x201E: case 0x201A: case 0x2039: case 0x203A: case 0x201F: case 0x201B:
  case 0x2033:  /* ″, a straight mark after a digit as WordPress writes it */
    return 1;
  }
  return 0;
}

/* The class of a non-ASCII code point. */
static int high_class(int32_t cp) {
  if (is_quote_cp(cp)) return C_QUOTE;
  if (u_isUWhiteSpace(cp) || cp == 0x200B || cp == 0xFEFF) return C_SPACE;
  int8_t t = u_charType(cp);
  if (u_isalpha(cp) || (U_MASK(t) & (U_GC_M_MASK | U_GC_CF_MASK))) return C_ALPHA;
  if (u_isdigit(cp)) return C_DIGIT;
  if (U_MASK(t) & U_GC_P_MASK) return C_PUNCT;
  if (U_MASK(t) & U_GC_CC_MASK) return C_SPACE;
  return C_SYMBOL;
}

/* The class of the character at s[i], with its length in *n. */
static inline int class_at(const unsigned char *s, size_t len, size_t i, size_t *n, int32_t *cp) {
  unsigned char c = s[i];
  if (c < 0x80) { *n = 1; *cp = c; return ascii_class[c]; }
  *cp = kimput_utf8_decode(s, len, i, n);
  return high_class(*cp);
}

static inline int is_word_class(int k) { return k == C_ALPHA || k == C_DIGIT; }

static int is_upper_at(const unsigned char *s, size_t len, size_t i) {
  if (s[i] < 0x80) return s[i] >= 'A' && s[i] <= 'Z';
  size_t n;
  int32_t cp = kimput_utf8_decode(s, len, i, &n);
  return u_isupper(cp) || u_istitle(cp);
}

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }

/* Abbreviations that keep their period, as typed (case matters for titles,
 * "no." and "No." both listed). Single capital initials (M.) need no entry,
 * nor do degrees of short capitalised parts (M.Sc., S.Sos., Sp.PD.): their
 * period is kept by their shape. A month's short form (Jun.) is one only
 * beside a number: "Dong Jun." ends a sentence. */
static const char *const abbreviations[] = {
  "a.n.", "a.l.", "d.a.", "dkk.", "dll.", "dsb.", "dst.", "hlm.", "jl.", "Jl.", "Jln.",
  "no.", "No.", "tgl.", "Tgl.", "u.p.", "s.d.", "sda.", "spt.", "yth.", "Yth.", "Dr.", "dr.",
  "Drs.", "Dra.", "Ir.", "Prof.", "H.", "Hj.", "Sdr.", "Sdri.", "Bpk.", "Ny.", "Tn.",
  "PT.", "CV.", "Tbk.", "St.", "Kol.", "Jend.", "Letjen.", "Mayjen.", "Brigjen.", "Kapt.",
  "Mr.", "Mrs.", "Ms.", "Jr.", "Sr.", "vs.", "Vol.", "Rp.", "Kec.", "Kab.", "Kel.", "Prov.",
  "Ket.", "ket.", "Sept.", "Agt.", "Ags.", "Okt.", "Nop.", "Des.",
  "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Agu.", "Sep.", "Nov.", "Peb.", "Mrt.",
  "M.Si.", "S.H.", "S.E.", "S.Pd.", "M.H.", "Ph.D.", "drg.", "Drg.",
  /* a subspecialty's mark before its degree: "Sp.JP, Subsp. K.I. (K)" */
  "Subsp.", "subsp.",
  /* shortened given names: "Moh. Edy Mahmud", "Abd. Rahman" */
  "Moh.", "Muh.", "Moch.", "Mochd.", "Mhd.", "Abd.", "Ach.", "Achm.", "Ahm.",
  /* religious and police or army titles before a name: "KH. Ahmad", "Kombes Pol. Budi", "Kolonel Inf. Andi" */
  "KH.", "Pdt.", "Ust.", "Tgk.", "Mgr.", "Pol.", "Inf.", "Kav.", "Czi.", "Arh.", "Pnb.", "Cpm.", "Cba.", "Chb.",
  "Ckm.", "Caj.", "Chk.", "Cku.", "Psk.",
  /* police ranks written with a period before the name: "Kapolres X AKBP. Budi", "Irjen. Y" */
  "AKBP.", "AKP.", "Kompol.", "Kombes.", "Irjen.", "Komjen.", "Iptu.", "Ipda.", "Aiptu.", "Aipda.", "Bripka.",
  "Brigpol.", "Briptu.", "Bripda.", "Letkol.",
  /* an acting or interim office before a title: "kata Plt. Kepala Pusat X", "Pj. Bupati Y" */
  "Plt.", "Plh.", "Pj.", "Pjs.",
  /* a police or army operation's name: "Ops. Ketupat 2024" */
  "Ops.",
  /* a retired officer's mark, in brackets after the rank: "Letjen TNI (Purn.) X" */
  "Purn.",
  /* pukul, gang, kampung, telephone, documentation ("Foto: Dok. Humas") */
  "pk.", "Pk.", "pkl.", "Pkl.", "Gg.", "Kp.", "Telp.", "telp.", "Dok.",
  /* campus, address and year words: "Univ. Indonesia", "Ds. Sukamaju", "Komp. Griya", "Gedung A Lt. 3",
     "sejak thn. 2019", "UU No. 5 Th. 2020" */
  "Univ.", "Dept.", "Ds.", "Dsn.", "Komp.", "Sdn.", "Lt.", "thn.", "Thn.", "th.", "Th.", NULL
};

_Static_assert(sizeof abbreviations / sizeof *abbreviations <= ABBREVIATIONS_MAX, "abbreviation_len is too short");

static void init_abbreviations(void) {
  for (size_t k = 0; abbreviations[k]; k++) {
    abbreviation_len[k] = strlen(abbreviations[k]);
    abbreviation_lengths_by_first[(unsigned char)abbreviations[k][0]] |= (uint16_t)(1u << abbreviation_len[k]);
  }
}

int kimput_is_abbreviation(const char *word, size_t len) {
  if (len < 2 || len > 15) return 0;
  pthread_once(&tables_once, init_table);
  /* most words are rejected here, without a scan of the table */
  if (!(abbreviation_lengths_by_first[(unsigned char)word[0]] & (1u << len))) return 0;
  for (size_t k = 0; abbreviations[k]; k++) {
    if (abbreviation_len[k] == len && abbreviations[k][0] == word[0] && memcmp(abbreviations[k], word, len) == 0)
      return 1;
  }
  return 0;
}

const char *const *kimput_abbreviations(void) { return abbreviations; }

const char *kimput_token_kind_name(int kind) {
  static const char *const names[] = {"word", "number", "date", "time", "url",
                                      "hashtag", "punct", "quote", "symbol"};
  return (kind >= 0 && kind < KIMPUT_TOK_KIND_COUNT) ? names[kind] : "?";
}

typedef struct {
  kimput_token *v;
  size_t n, cap;
  int failed;
} tokbuf;

/* Grows the token array; kept out of line so the hot loop stays small. */
static __attribute__((noinline)) int grow(tokbuf *b) {
  size_t cap = b->cap ? b->cap * 2 : 256;
  kimput_token *v = realloc(b->v, cap * sizeof *v);
  if (!v) { b->failed = 1; return 0; }
  b->v = v;
  b->cap = cap;
  return 1;
}

static inline void emit(tokbuf *b, size_t start, size_t end, int kind, int flags) {
  if (__builtin_expect(b->n == b->cap, 0) && !grow(b)) return;
  kimput_token *t = &b->v[b->n++];
  t->start = (uint32_t)start;
  t->end = (uint32_t)end;
  t->kind = (uint8_t)kind;
  t->flags = (uint8_t)flags;
}

static inline int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int is_lower_ascii(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int is_num_sep(unsigned char c) { return c && strchr(".,:/-", c) != NULL; }

/* The end of the run of ASCII letters, digits and '_' from j (word_byte 1):
 * sixteen bytes at a time where SSE2 is (one mask, no branch per byte). */
static inline size_t ascii_word_end(const unsigned char *s, size_t len, size_t j) {
#if defined(__SSE2__)
  const __m128i a1 = _mm_set1_epi8('a' - 1), z1 = _mm_set1_epi8('z' + 1), d0 = _mm_set1_epi8('0' - 1),
                d9 = _mm_set1_epi8('9' + 1), us = _mm_set1_epi8('_'), bit = _mm_set1_epi8(0x20);
  while (j + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
    __m128i l = _mm_or_si128(v, bit);  /* A-Z as a-z; bytes from 0x80 stay negative: never a word byte here */
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(l, a1), _mm_cmpgt_epi8(z1, l));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, d0), _mm_cmpgt_epi8(d9, v));
    __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(v, us));
    unsigned other = ~(unsigned)_mm_movemask_epi8(word) & 0xFFFFu;
    if (other) return j + (size_t)__builtin_ctz(other);
    j += 16;
  }
#endif
  while (j < len && word_byte[s[j]] == 1) j++;
  return j;
}

/* Scans the letters and digits of one word segment from i; returns the end. */
static size_t scan_alnum(const unsigned char *s, size_t len, size_t i) {
  while (i < len) {
    unsigned char w = word_byte[s[i]];
    if (w == 1) { i++; continue; }
    if (w == 0) break;
    size_t n;
    int32_t cp;
    if (!is_word_class(class_at(s, len, i, &n, &cp))) break;
    i += n;
  }
  return i;
}

static int word_char_at(const unsigned char *s, size_t len, size_t i) {
  if (i >= len) return 0;
  size_t n;
  int32_t cp;
  return is_word_class(class_at(s, len, i, &n, &cp));
}

static int letter_at(const unsigned char *s, size_t len, size_t i) {
  if (i >= len) return 0;
  size_t n;
  int32_t cp;
  return class_at(s, len, i, &n, &cp) == C_ALPHA;
}

/* A URL with a scheme, or starting with www.: runs to white space, less
 * trailing punctuation. */
static size_t scan_url(const unsigned char *s, size_t len, size_t i) {
  size_t j = i;
  while (j < len && s[j] > ' ' && s[j] != '"' && s[j] != '<' && s[j] != '>') {
    if (s[j] >= 0x80) {  /* stop at a curly quote */
      size_t n;
      int32_t cp = kimput_utf8_decode(s, len, j, &n);
      if (is_quote_cp(cp) || u_isUWhiteSpace(cp)) break;
      j += n;
    } else {
      j++;
    }
  }
  while (j > i && strchr(".,;:!?)]}'", s[j - 1])) j--;
  return j;
}

static int starts_with_ci(const unsigned char *s, size_t len, size_t i, const char *lit) {
  size_t n = strlen(lit);
  if (i + n > len) return 0;
  for (size_t k = 0; k < n; k++) {
    unsigned char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    if (c != (unsigned char)lit[k]) return 0;
  }
  return 1;
}

/* Is s[start, start + wl) the short form of a month (Jun, Sept)? */
static int month_short(const unsigned char *s, size_t start, size_t wl) {
  static const char *const months[] = {"Jan", "Feb", "Peb", "Mar", "Mrt", "Apr", "Jun", "Jul", "Agu", "Agt",
                                       "Ags", "Sep", "Sept", "Okt", "Nop", "Nov", "Des"};
  for (size_t k = 0; k < sizeof months / sizeof *months; k++)
    if (strlen(months[k]) == wl && memcmp(months[k], s + start, wl) == 0) return 1;
  return 0;
}

/* Does a number stand right before s[start] or right after the period at
 * s[dot] (spaces between)? */
static int beside_number(const unsigned char *s, size_t len, size_t start, size_t dot) {
  size_t k = start;
  while (k > 0 && s[k - 1] == ' ') k--;
  if (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9') return 1;
  for (k = dot + 1; k < len && s[k] == ' '; k++) {}
  return k < len && s[k] >= '0' && s[k] <= '9';
}

/* "M.Sc", "S.Sos", "Sp.PD", "S.I.Kom": parts of one to three ASCII letters,
 * each opening with a capital, joined by periods -- an academic degree or a
 * title no list holds, which keeps its final period as "S.H." does (a
 * sentence does not end inside "Budi, M.Sc., Ph.D."). */
static int dotted_capitals(const unsigned char *s, size_t start, size_t end) {
  size_t part = 0;  /* letters of the part read so far */
  for (size_t k = start; k < end; k++) {
    unsigned char c = s[k];
    if (c == '.') {
      if (part == 0) return 0;
      part = 0;
    } else if (part == 0) {
      if (c < 'A' || c > 'Z') return 0;
      part = 1;
    } else {
      if ((c | 0x20) < 'a' || (c | 0x20) > 'z' || ++part > 3) return 0;
    }
  }
  return part > 0;
}

/* A word: letters and digits joined by hyphens, inner apostrophes and, for
 * domains and dotted abbreviations, periods. */
static size_t scan_word(const unsigned char *s, size_t len, size_t i, int *kind, int *flags) {
  size_t start = i;
  *kind = KIMPUT_TOK_WORD;
  unsigned char first = s[i] | 0x20;
  if ((first == 'h' || first == 'w') && (starts_with_ci(s, len, i, "https://") || starts_with_ci(s, len, i, "http://") ||
      starts_with_ci(s, len, i, "www."))) {
    size_t j = scan_url(s, len, i);
    if (j > i + 4) { *kind = KIMPUT_TOK_URL; return j; }
  }
  /* "Rp2.500.000": the currency is a word and the amount a number */
  if (first == 'r' && i + 2 < len && (s[i + 1] | 0x20) == 'p' && s[i + 2] >= '0' && s[i + 2] <= '9') return i + 2;
  i = scan_alnum(s, len, i);
  size_t first_seg_end = i;
  int ndots = 0, all_single = (i - start == 1);
  size_t last_seg_start = start;
  for (;;) {
    if (i + 1 >= len) break;
    unsigned char c = s[i];
    if (c == '-' && word_char_at(s, len, i + 1)) {
      i = scan_alnum(s, len, i + 1);
      all_single = 0;
      continue;
    }
    if (c == '.' && word_char_at(s, len, i + 1)) {
      size_t seg = i + 1;
      size_t e = scan_alnum(s, len, seg);
      if (e - seg != 1) all_single = 0;
      ndots++;
      last_seg_start = seg;
      i = e;
      continue;
    }
    size_t n;
    int32_t cp;
    if (c < 0x80) { n = 1; cp = c; } else cp = kimput_utf8_decode(s, len, i, &n);
    if (is_apostrophe(cp) && letter_at(s, len, i + n)) {
      i = scan_alnum(s, len, i + n);
      all_single = 0;
      continue;
    }
    break;
  }
  if (ndots > 0) {
    if (all_single) {
      /* a.n.  U.S.  -- a dotted abbreviation keeps its final period */
      if (i < len && s[i] == '.') i++;
      *flags |= KIMPUT_TOKF_ABBREV;
      return i;
    }
    /* a domain: the last label is 2-24 lower-case ASCII letters */
    size_t l = last_seg_start, e = i;
    int tld = e - l >= 2 && e - l <= 24;
    for (size_t k = l; tld && k < e; k++) tld = is_lower_ascii(s[k]);
    if (tld) {
      *kind = KIMPUT_TOK_URL;
      /* a path after the domain belongs to it */
      if (i < len && s[i] == '/') i = scan_url(s, len, i);
      return i;
    }
    if (kimput_is_abbreviation((const char *)s + start, (i < len && s[i] == '.') ? i - start + 1 : 0) ||
        (i < len && s[i] == '.' && dotted_capitals(s, start, i))) {
      *flags |= KIMPUT_TOKF_ABBREV;
      return i + 1;
    }
    /* "Sp.PD,", "Sp.OG(K)", "Ph.D,": a physician's specialist degree or a doctorate with no final
       period is one word too, not a sentence's end before capitals */
    if (i - start >= 4 && s[start + 2] == '.' && ((s[start] == 'S' && s[start + 1] == 'p') ||
                                                  (s[start] == 'P' && s[start + 1] == 'h')) &&
        dotted_capitals(s, start, i))
      return i;
    /* not a domain ("akhir.Dia"): stop at the first period */
    i = first_seg_end;
    /* but keep hyphen joins of the first segment */
    size_t j = start;
    j = scan_alnum(s, len, j);
    while (j + 1 < len && s[j] == '-' && word_char_at(s, len, j + 1)) j = scan_alnum(s, len, j + 1);
    i = j;
  }
  if (i < len && s[i] == '.') {
    size_t wl = i - start;
    /* a month's short form keeps its period only beside a number ("5 Jun. 2024"): after a
       name ("bertemu Dong Jun.") the period ends the sentence */
    if ((wl == 1 && is_upper_at(s, len, start)) ||
        (kimput_is_abbreviation((const char *)s + start, wl + 1) &&
         (!month_short(s, start, wl) || beside_number(s, len, start, i)))) {
      *flags |= KIMPUT_TOKF_ABBREV;
      return i + 1;
    }
  }
  return i;
}

/* A number, date or time starting with a digit. */
static size_t scan_number(const unsigned char *s, size_t len, size_t i, int *kind) {
  size_t start = i;
  int groups = 1, dots = 0, commas = 0, colons = 0, slashes = 0, dashes = 0;
  size_t glen[8] = {0}, gstart = i, first_dash = 0;
  while (i < len && is_digit(s[i])) i++;
  glen[0] = i - gstart;
  while (i + 1 < len && is_num_sep(s[i]) && is_digit(s[i + 1])) {
    char sep = (char)s[i];
    if (sep == '-' && !first_dash) first_dash = i;
    dots += sep == '.';
    commas += sep == ',';
    colons += sep == ':';
    slashes += sep == '/';
    dashes += sep == '-';
    i++;
    gstart = i;
    while (i < len && is_digit(s[i])) i++;
    if (groups < 8) glen[groups] = i - gstart;
    groups++;
  }
  /* 1990-an, 70-an: a decade */
  if (groups == 1 && i + 3 <= len && s[i] == '-' && s[i + 1] == 'a' && s[i + 2] == 'n' &&
      !word_char_at(s, len, i + 3)) {
    *kind = KIMPUT_TOK_DATE;
    return i + 3;
  }
  /* digits running into letters: 5G, 10km, 3D */
  if (word_char_at(s, len, i) && groups == 1) {
    int k, f = 0;
    *kind = KIMPUT_TOK_WORD;
    return scan_word(s, len, start, &k, &f);
  }
  *kind = KIMPUT_TOK_NUMBER;
  if (dashes && (dots || commas || colons || slashes || !(groups == 3 &&
      ((glen[0] == 4 && glen[1] <= 2 && glen[2] <= 2) || (glen[0] <= 2 && glen[1] <= 2 && glen[2] == 4))))) {
    /* 2022-2023, 10.00-12.00: a range, not one token; rescan the part before the dash */
    return scan_number(s, first_dash, start, kind);
  }
  if (dashes && groups == 3) { *kind = KIMPUT_TOK_DATE; return i; }
  if (slashes && !dots && !commas && !colons && (groups == 2 || groups == 3) &&
      glen[0] <= 2 && glen[1] <= 2 && (groups == 2 || glen[2] == 2 || glen[2] == 4)) {
    *kind = KIMPUT_TOK_DATE;
    return i;
  }
  if (colons && !dots && !commas && !slashes && (groups == 2 || groups == 3) && glen[0] <= 2 &&
      glen[1] == 2) {
    *kind = KIMPUT_TOK_TIME;
    return i;
  }
  if (dots == 1 && groups == 2 && glen[0] <= 2 && glen[1] == 2) {
    int h = 0, m = 0;
    for (size_t k = start; s[k] != '.'; k++) h = h * 10 + (s[k] - '0');
    for (size_t k = i - 2; k < i; k++) m = m * 10 + (s[k] - '0');
    if (h < 24 && m < 60) { *kind = KIMPUT_TOK_TIME; return i; }
  }
  return i;
}

kimput_status kimput_tokenize(const char *text, size_t len,
                              kimput_token **tokens, size_t *count, size_t *capacity) {
  if (!tokens || !count || !capacity || (!text && len)) return KIMPUT_ERR_ARG;
  if (len > KIMPUT_MAX_TEXT) return KIMPUT_ERR_TOO_LARGE;
  pthread_once(&tables_once, init_table);  /* thread-safe, once per process */
  const unsigned char *s = (const unsigned char *)text;
  tokbuf b = {*tokens, 0, *capacity, 0};
  if (!b.v && len) {
    size_t guess = len / 6 + 16;
    b.v = malloc(guess * sizeof *b.v);
    if (!b.v) return KIMPUT_ERR_NOMEM;
    b.cap = guess;
  }
  size_t i = 0;
  /* newline: a line break since the last token; joined: since it, only blanks (the first token
     is joined to none) */
  int newline = 0, joined = 0;
  while (i < len && !b.failed) {
    unsigned char c = s[i];
    size_t n = 1;
    int32_t cp = c;
    int k = c < 0x80 ? ascii_class[c] : class_at(s, len, i, &n, &cp);
    size_t start = i, end;
    int kind, flags = (newline ? KIMPUT_TOKF_NEWLINE : 0) | (joined ? KIMPUT_TOKF_JOINED : 0);
    switch (k) {
    case C_SPACE:
      if (c == '\n') newline = 1;
      if (!(c == ' ' || c == '\t' || cp == 0xA0)) joined = 0;
      i += n;
      /* runs of ASCII blanks are common: skip them in one go */
      while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) {
        if (s[i] == '\n') newline = 1;
        if (s[i] == '\n' || s[i] == '\r') joined = 0;
        i++;
      }
      continue;
    case C_ALPHA:
      if (c < 0x80) {
        if (c <= 'Z') flags |= KIMPUT_TOKF_UPPER;
        /* most words: ASCII letters and digits up to a space or a plain
         * mark, with no URL (http:) or amount (Rp2.500) to look for; and
         * the words after them one space apart, without a pass through
         * the switch for each space */
        int done = 0;
        for (;;) {
          size_t j = ascii_word_end(s, len, i + 1);
          unsigned char first = c | 0x20;
          if (!((j == len || (plain_end[s[j]] && !(first == 'h' && s[j] == ':'))) &&
                !(first == 'r' && j >= i + 3 && (s[i + 1] | 0x20) == 'p' && is_digit(s[i + 2]))))
            break;  /* the general scan below, for this word */
          emit(&b, start, j, KIMPUT_TOK_WORD, flags);
          newline = 0;
          joined = 1;
          i = j;
          if (!(i + 1 < len && s[i] == ' ' && ascii_class[s[i + 1]] == C_ALPHA) || b.failed) {
            done = 1;
            break;
          }
          start = ++i;
          c = s[i];
          flags = (c <= 'Z' ? KIMPUT_TOKF_UPPER : 0) | KIMPUT_TOKF_JOINED;  /* one space before it */
        }
        if (done) continue;
      } else if (is_upper_at(s, len, i)) {
        flags |= KIMPUT_TOKF_UPPER;
      }
      end = scan_word(s, len, i, &kind, &flags);
      break;
    case C_DIGIT:
      end = scan_number(s, len, i, &kind);
      break;
    case C_QUOTE:
      kind = KIMPUT_TOK_QUOTE;
      end = i + n;
      break;
    case C_HASH:
      if (word_char_at(s, len, i + 1)) {
        kind = KIMPUT_TOK_HASHTAG;
        end = scan_alnum(s, len, i + 1);
      } else {
        kind = KIMPUT_TOK_SYMBOL;
        end = i + 1;
      }
      break;
    case C_PUNCT:
      kind = KIMPUT_TOK_PUNCT;
      end = i + n;
      /* a run of marks ("...", "--", "?!") is one token */
      if (c == '.' || c == '-') {
        while (end < len && s[end] == c) end++;
      } else if (c == '!' || c == '?') {
        while (end < len && (s[end] == '!' || s[end] == '?')) end++;
      }
      break;
    default:
      kind = KIMPUT_TOK_SYMBOL;
      end = i + n;
      break;
    }
    emit(&b, start, end, kind, flags);
    newline = 0;
    joined = 1;
    i = end;
  }
  *tokens = b.v;
  *count = b.n;
  *capacity = b.cap;
  return b.failed ? KIMPUT_ERR_NOMEM : KIMPUT_OK;
}
