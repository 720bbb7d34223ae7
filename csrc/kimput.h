/*
 * kimput.h -- the public C API of kimput, an extractor for Indonesian news text.
 *
 * The core knows nothing of Lua. Conventions, as in cmark.h:
 *   - opaque types, kimput_* functions, kimput_status return codes;
 *   - offsets in this API are 0-based, half-open byte offsets [start, end)
 *     into the document's text (the Lua binding turns them into 1-based,
 *     inclusive offsets);
 *   - results returned through a pointer are owned by the caller unless the
 *     comment says they are borrowed from the document;
 *   - texts are counted (pointer + length), never NUL-terminated: a NUL byte
 *     is an ordinary control character;
 *   - threads: the library has no global mutable state (its built-in tables
 *     are set up once per process under pthread_once); the mention and
 *     attribution stages keep one scratch per thread (the per-token lexicon
 *     lookups of the document in hand, their hash maps and the arrays they
 *     build), reused document after document, trimmed to 1 MB per array once
 *     a document is done and freed when the thread exits (kimput_doc_mentions,
 *     kimput_doc_attribute); the token array of the last document freed on a
 *     thread (256 KB at most) is kept for the next document tokenized there
 *     (kimput_doc_free, kimput_doc_tokens). Each object type
 *     states its own contract below; in short, a document, a page rule set
 *     and a rule are used by one thread at a time, a gazetteer is read by
 *     any number of threads once nothing adds to it any more;
 *   - a call that breaks a precondition written here (NULL where a value is
 *     needed, an offset outside the text or inside a character, invalid
 *     UTF-8 where valid text is required) returns KIMPUT_ERR_ARG (or
 *     KIMPUT_ERR_UTF8) and touches nothing: never undefined behaviour.
 */
#ifndef KIMPUT_H
#define KIMPUT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KIMPUT_VERSION "0.1.0"

typedef enum {
  KIMPUT_OK = 0,
  KIMPUT_ERR_NOMEM,        /* an allocation failed */
  KIMPUT_ERR_UTF8,         /* the text is not valid UTF-8 */
  KIMPUT_ERR_TOO_LARGE,    /* the text is larger than KIMPUT_MAX_TEXT */
  KIMPUT_ERR_ARG,          /* a bad argument (NULL where a value is needed, bad date...) */
  KIMPUT_ERR_PATTERN,      /* a pattern did not compile */
  KIMPUT_ERR_LIMIT         /* a match, depth or heap limit was hit */
} kimput_status;

/* A readable English message for a status code (static storage). */
const char *kimput_strerror(kimput_status status);

/* Texts are addressed with 32-bit offsets. */
#define KIMPUT_MAX_TEXT ((size_t)UINT32_MAX - 8)

/* A span of text: [start, end) byte offsets (a line, a match, a capture). */
typedef struct {
  uint32_t start, end;
} kimput_span;

/* ------------------------------------------------------------ UTF-8 */

/* Checks that text[0..len) is valid UTF-8 (no overlongs, no surrogates,
 * nothing above U+10FFFF). Returns 1 when valid; else 0 and, when bad_offset
 * is not NULL, the 0-based offset of the first byte of the first bad sequence. */
int kimput_utf8_valid(const char *text, size_t len, size_t *bad_offset);

/* Copies text with every maximal invalid subsequence replaced by U+FFFD.
 * *out is malloc'd (NUL-terminated for convenience) and owned by the caller. */
kimput_status kimput_utf8_repair(const char *text, size_t len, char **out, size_t *out_len);

/* Unicode full case folding of text (fold.c, ICU), for comparing without
 * regard to case: "ÖZIL" and "özil", "Straße" and "STRASSE" fold alike.
 * With KIMPUT_FOLD_NAME spaces and dashes are left out as well, giving the
 * key two names are compared by ("Kim Jong-un" and "kim jong un" both give
 * "kimjongun"). text must be valid UTF-8 (else KIMPUT_ERR_UTF8) of at most
 * KIMPUT_FOLD_MAX bytes (else KIMPUT_ERR_TOO_LARGE); the result may be
 * longer or shorter than text. *out is malloc'd (NUL-terminated for
 * convenience) and owned by the caller. Thread-safe. */
enum { KIMPUT_FOLD_DEFAULT = 0, KIMPUT_FOLD_NAME = 1 };
#define KIMPUT_FOLD_MAX ((size_t)1 << 24)
kimput_status kimput_fold(const char *text, size_t len, int flags, char **out, size_t *out_len);

/* ------------------------------------------------------------ documents */

typedef struct kimput_doc kimput_doc;

enum {
  KIMPUT_DOC_DEFAULT = 0,
  KIMPUT_DOC_REPLACE_INVALID = 1, /* repair invalid UTF-8 instead of failing */
  KIMPUT_DOC_BORROW = 2           /* read the caller's text in place, no copy (see kimput_doc_new) */
};

/* A document owns a copy of its text and computes its tokens and sentences
 * lazily, on the first call that needs them (the calls that take a
 * non-const kimput_doc *: kimput_doc_tokens, kimput_doc_sentences,
 * kimput_doc_dates, kimput_gaz_scan, ...), and keeps them. Threads: one
 * thread at a time per document; to share one between threads, call
 * kimput_doc_sentences once first (it computes the tokens too), after which
 * those calls only read it. Different documents are independent. */

/* Creates a document holding a private copy of text. With invalid UTF-8 and
 * no KIMPUT_DOC_REPLACE_INVALID, returns KIMPUT_ERR_UTF8 and stores the
 * offset of the first bad byte in *bad_offset (when not NULL).
 * With KIMPUT_DOC_BORROW the document reads text in place, saving a copy
 * of its size: text[len] must be a readable byte and NUL (KIMPUT_ERR_ARG
 * when it is another byte; a buffer that ends at text[len - 1] is the
 * caller's error), and the caller keeps text allocated and unchanged until
 * kimput_doc_free. A repaired text (KIMPUT_DOC_REPLACE_INVALID) is always
 * the document's own copy. */
kimput_status kimput_doc_new(const char *text, size_t len, int flags,
                             kimput_doc **out, size_t *bad_offset);
void kimput_doc_free(kimput_doc *doc);

/* The document's text (after repair, if any), borrowed from the document. */
const char *kimput_doc_text(const kimput_doc *doc, size_t *len);

/* About the bytes of heap the document holds now: its struct, its text and the arrays
 * computed so far (tokens, sentences, mentions, attributions); it grows as they are computed. A
 * binding reports it to its garbage collector (the Lua binding does). 0 for
 * NULL. Reads the document only: safe beside other readers. */
size_t kimput_doc_memory(const kimput_doc *doc);

/* ------------------------------------------------------------ tokens */

typedef enum {
  KIMPUT_TOK_WORD = 0,
  KIMPUT_TOK_NUMBER,
  KIMPUT_TOK_DATE,     /* 10/5/2022, 2023-05-09, 27/7, 1990-an */
  KIMPUT_TOK_TIME,     /* 09:15, 09.15 */
  KIMPUT_TOK_URL,      /* inews.co.uk, https://... */
  KIMPUT_TOK_HASHTAG,  /* #rusiaukraina */
  KIMPUT_TOK_PUNCT,
  KIMPUT_TOK_QUOTE,    /* " “ ” ' ‘ ’ « » ″ standing alone */
  KIMPUT_TOK_SYMBOL,
  KIMPUT_TOK_KIND_COUNT
} kimput_token_kind;

/* Token flags. */
enum {
  KIMPUT_TOKF_ABBREV = 1,    /* a word that ends with its own period (dll., Dr., M.) */
  KIMPUT_TOKF_UPPER = 2,     /* starts with an upper-case letter */
  KIMPUT_TOKF_NEWLINE = 4,   /* a line break stands between this token and the previous one */
  KIMPUT_TOKF_JOINED = 8     /* only blanks (space, tab, no-break space), or nothing, stand between this
                                token and the previous one: the two are on one line (set by kimput_tokenize) */
};

typedef struct {
  uint32_t start, end;  /* [start, end) byte offsets */
  uint8_t kind;         /* kimput_token_kind */
  uint8_t flags;        /* KIMPUT_TOKF_* */
} kimput_token;

/* Name of a token kind ("word", "number", ...), or "?" */
const char *kimput_token_kind_name(int kind);

/* Tokenizes the document once (later calls return the same array) and
 * returns the tokens, borrowed from the document; *count is set. Returns
 * NULL with *count 0 for an empty document or when memory ran out
 * (kimput_doc_status tells which). */
const kimput_token *kimput_doc_tokens(kimput_doc *doc, size_t *count);

/* Tokenizes text[0..len) into a caller-provided growable buffer: the
 * engine without a document, for benchmarks and embedding. *tokens is
 * realloc'd as needed (start with NULL/0) and owned by the caller. */
kimput_status kimput_tokenize(const char *text, size_t len,
                              kimput_token **tokens, size_t *count, size_t *capacity);

/* ------------------------------------------------------------ sentences */

typedef struct {
  uint32_t start, end;          /* [start, end) byte offsets */
  uint32_t first_token, ntokens; /* the tokens of the sentence */
} kimput_sentence;

/* Splits the document into sentences once; borrowed like the tokens. */
const kimput_sentence *kimput_doc_sentences(kimput_doc *doc, size_t *count);

/* The status of the last lazy computation (KIMPUT_OK or KIMPUT_ERR_NOMEM). */
kimput_status kimput_doc_status(const kimput_doc *doc);

/* Is word[0..len) (with its final period) a known abbreviation (dll., Dr.)? */
int kimput_is_abbreviation(const char *word, size_t len);

/* Every abbreviation kimput_is_abbreviation knows, as typed, in a static
 * table ended by NULL (for listing and checking; never freed). */
const char *const *kimput_abbreviations(void);

/* ------------------------------------------------------------ page lines and classes (page.c) */

/* Splits text[0..len) at \n, \r\n, \r and \f into its non-empty lines,
 * trimmed of spaces (ASCII white space, NO-BREAK SPACE, zero-width space,
 * BOM) at both ends. *lines is malloc'd and owned by the caller (NULL when there are
 * none); *count is set. */
kimput_status kimput_lines(const char *text, size_t len, kimput_span **lines, size_t *count);

/* Line classes of a news page. */
typedef enum {
  KIMPUT_LINE_BODY = 0,    /* the article: paragraphs and subheadings */
  KIMPUT_LINE_HEADLINE,    /* the title (and its repeats) */
  KIMPUT_LINE_TIMESTAMP,   /* the page's date and time */
  KIMPUT_LINE_DATELINE,    /* a dateline alone on its line */
  KIMPUT_LINE_CAPTION,     /* photo captions and credits, decks under the headline */
  KIMPUT_LINE_CREDIT,      /* bylines, editor, copyright, source lines */
  KIMPUT_LINE_RELATED,     /* links to related articles */
  KIMPUT_LINE_NAVIGATION,  /* menus, buttons, prompts, advert titles, reading time */
  KIMPUT_LINE_HASHTAGS,    /* tag lines */
  KIMPUT_LINE_CLASS_COUNT,
  KIMPUT_LINE_NONE = 255   /* no class (kimput_page_rule.next) */
} kimput_line_class;

/* "body", "headline", ..., or NULL for a number that is no class. */
const char *kimput_line_class_name(int cls);

/* A page rule set (page.c): PCRE2 patterns on the engine of rules.c (limits
 * and JIT stack included), in three kinds. Rules of a kind are tried in the
 * order they were added; the first that matches wins. All the rules of a
 * kind are compiled into one pattern, so a line costs one match call.
 *   LINE    classes a whole trimmed line (^ and $ are the line's ends);
 *           groups (?<value>) or (?<place>) give the line's value,
 *           (?<outlet>) its outlet;
 *   PREFIX  a masthead or dateline opening the article (matched at the
 *           start of a line), groups (?<outlet>) and (?<place>);
 *   SUFFIX  initials closing the article (matched at the end of the last
 *           body line), group (?<editor>);
 *   SCAN    a rule the caller runs itself over the body (a source phrase):
 *           never matched here, only told per line whether the line holds
 *           its literals (kimput_page_line.scan).
 * A set is not thread-safe: its rules own match data, and it keeps the
 * classifier's scratch (the lines, their literals, the repeat table) from
 * one page to the next, so that a page allocates only its own lines. Use
 * it from one thread at a time (a set per thread to classify in parallel). */
typedef struct kimput_pageset kimput_pageset;

typedef enum { KIMPUT_PAGE_LINE = 0, KIMPUT_PAGE_PREFIX, KIMPUT_PAGE_SUFFIX, KIMPUT_PAGE_SCAN } kimput_page_kind;

enum {
  KIMPUT_PAGE_UPDATED = 1,        /* a LINE rule for the date of a later update */
  KIMPUT_PAGE_NEXT_PARAGRAPH = 2, /* `next` applies even when the next line is a paragraph
                                     (a photo credit, then its caption) */
  KIMPUT_PAGE_SHORT = 4,          /* a LINE rule for page furniture only: lines that are no
                                     paragraph (KIMPUT_LINEF_PARAGRAPH) and at most
                                     KIMPUT_PAGE_SHORT_LINE bytes long; the paragraphs of the
                                     article are not tried against it, which keeps cleaning fast */
  KIMPUT_PAGE_TAIL = 8,           /* a LINE rule that searches (no ^) and matches only near the
                                     line's end (a photo credit): the search starts
                                     KIMPUT_PAGE_TAIL_BYTES before the end */
  KIMPUT_PAGE_BOX_OPEN = 16,      /* a LINE rule for the first line of a box between paragraphs
                                     ("Lewati X dan lanjutkan membaca"): the lines up to the line
                                     of a BOX_CLOSE rule with the same value ("Akhir dari X"),
                                     at most KIMPUT_PAGE_BOX_LINES below, are navigation */
  KIMPUT_PAGE_BOX_CLOSE = 32,     /* a LINE rule for a box's last line; with no opening above
                                     it, the line is body */
  KIMPUT_PAGE_END = 64,           /* a LINE rule for a line the article does not go on past (a
                                     comment section's heading, a paywall's prompt): below it, when
                                     KIMPUT_PAGE_END_PARAGRAPHS paragraphs stand above it, the body
                                     and time stamp lines are navigation */
  KIMPUT_PAGE_END_SOFT = 128      /* with KIMPUT_PAGE_END (a comment counter, "Komentar (12)"): the
                                     line ends nothing when the article goes on under it (past
                                     navigation and captions, a paragraph, then another one or a
                                     credit, related or hashtags line) */
};

#define KIMPUT_PAGE_SHORT_LINE 512
#define KIMPUT_PAGE_WORDS_MAX 64  /* words counted on a line (kimput_page_line.words) */
#define KIMPUT_PAGE_TAIL_BYTES 160
#define KIMPUT_PAGE_BOX_LINES 24
#define KIMPUT_PAGE_END_PARAGRAPHS 2

typedef struct {
  uint8_t kind;   /* kimput_page_kind */
  uint8_t cls;    /* LINE: the class of a matching line */
  uint8_t next;   /* LINE: the class of the following line when it is not a
                     paragraph (a label such as "Baca juga:" or "EDITOR"), or
                     KIMPUT_LINE_NONE; the label's value is then that line.
                     When the next line is a paragraph and the line before
                     the label is a short body line ("Nama" then "Editor"),
                     that line takes the class and is the value */
  uint8_t flags;  /* KIMPUT_PAGE_* */
} kimput_page_rule;

kimput_status kimput_pageset_new(kimput_pageset **out);
void kimput_pageset_free(kimput_pageset *set);

/* Appends a rule with pattern[0..len) (UTF-8). A pattern that does not
 * compile on its own returns KIMPUT_ERR_PATTERN with PCRE2's message in
 * errbuf (errsize bytes) and the offset in *erroffset (either may be NULL);
 * the set is unchanged. The combined patterns are rebuilt at the next
 * kimput_page_classify. */
kimput_status kimput_pageset_add(kimput_pageset *set, const kimput_page_rule *rule,
                                 const char *pattern, size_t len,
                                 char *errbuf, size_t errsize, size_t *erroffset);

/* The number of rules of a kind. */
size_t kimput_pageset_count(const kimput_pageset *set, kimput_page_kind kind);

/* Where a required literal stands in a line (kimput_pageset_require). */
typedef enum { KIMPUT_PAGE_CONTAINS = 0, KIMPUT_PAGE_STARTS, KIMPUT_PAGE_ENDS } kimput_page_at;

/* Declares that rule `index` (0-based, in the order added) of `kind` can
 * only match a range that contains (starts with, ends with: `at`) one of
 * the n literals (literals[i] of lens[i] bytes; ASCII letters compare
 * case-insensitively), so that a line without any is not tried against it:
 * one read of each line for every literal of the set (an Aho-Corasick
 * automaton) and a comparison at its ends replace a match call per rule.
 * Each call adds one requirement; a rule is tried on a line that meets all
 * of its requirements, a rule without any on every line (a line holding
 * U+017F or U+212A, which PCRE2 folds to s and k, meets every CONTAINS
 * requirement). STARTS and ENDS are ignored for SCAN rules (their spans
 * may be cut). The caller vouches for the literals (a wrong one hides
 * matches): the Lua layer derives them from the pattern (kimput.literals).
 * n = 0 or an empty literal adds nothing. The literals are copied. */
kimput_status kimput_pageset_require(kimput_pageset *set, kimput_page_kind kind, size_t index, kimput_page_at at,
                                     const char *const *literals, const size_t *lens, size_t n);

/* Declares that every match of rule `index` (0-based) of `kind` is, from the
 * start of the range it is tried on (at KIMPUT_PAGE_STARTS) or back from
 * its end (KIMPUT_PAGE_ENDS), a run of at least `min` bytes of the set
 * `run` and then a byte of the set `stop` (sets of 256 bits: byte b is bit
 * b % 8 of run[b / 8]; no byte may be in both): a range whose first byte
 * outside the run, read from that end, is not a stop byte, or comes too
 * soon, or is missing, is not tried against the rule. "^{domain}, ..."
 * needs a period after the first word, where a literal cannot say more than
 * "holds a period". Each call adds one requirement (with the literals');
 * a SCAN rule's is read over the span it is matched on. The caller vouches for the sets (a wrong one
 * hides matches): the Lua layer derives them from the pattern
 * (kimput.runs). KIMPUT_ERR_ARG for CONTAINS or a byte in both sets. */
kimput_status kimput_pageset_require_run(kimput_pageset *set, kimput_page_kind kind, size_t index, kimput_page_at at,
                                         const uint8_t run[32], const uint8_t stop[32], size_t min);
/* (An empty stop set asks for a range made of run bytes only, at least min.) */

/* Declares that every match of rule `index` (0-based) of `kind` holds a run
 * of at least n bytes that are ASCII digits or bytes past ASCII (a character
 * \d matches with PCRE2_UCP, or any other past ASCII): a range without such a
 * run is not tried against the rule. "... {date}" ends with a year's four
 * digits, which no literal can say. Runs of more than 255 count as 255. The
 * caller vouches for n (a wrong one hides matches): the Lua layer derives it
 * from the pattern (kimput.runs.digits). */
kimput_status kimput_pageset_require_digits(kimput_pageset *set, kimput_page_kind kind, size_t index, size_t n);

/* Line flags: features the classifier decided from the line's bytes. */
enum {
  KIMPUT_LINEF_PARAGRAPH = 1,  /* a paragraph: a sentence of six words or more, or a long line */
  KIMPUT_LINEF_TITLE = 2,      /* title-shaped: 3 to 40 words, no final . : ; , nor lower-case start */
  KIMPUT_LINEF_TITLECASE = 4,  /* most words capitalised */
  KIMPUT_LINEF_REPEATED = 8,   /* the same text is on another line of the page */
  KIMPUT_LINEF_UPDATED = 16    /* a timestamp of a later update */
};

typedef struct {
  uint32_t start, end;             /* the trimmed line [start, end) */
  uint32_t value_start, value_end; /* the value its rule captured (or its label's next line), else KIMPUT_UNSET */
  uint32_t outlet_start, outlet_end; /* (?<outlet>) of its rule, else KIMPUT_UNSET */
  int32_t rule;                    /* index among the LINE rules of the one that matched, or -1 */
  uint32_t scan;                   /* bit i: the line holds the literals SCAN rule i requires
                                      (always set for a rule without requirements or i >= 32) */
  uint16_t words;                  /* words, numbers, dates, times, URLs and hashtags, counted
                                      as the tokenizer joins them (hyphens, inner periods, digit
                                      separators, apostrophes), up to KIMPUT_PAGE_WORDS_MAX; the
                                      flags are decided on those words */
  uint8_t cls;                     /* kimput_line_class */
  uint8_t flags;                   /* KIMPUT_LINEF_* */
} kimput_page_line;

/* The classified page. The body is the BODY lines, except that the article's
 * opening masthead or dateline ("REPUBLIKA.CO.ID, JAKARTA --") is cut from
 * the start of line `open_line` (the body of that line starts at open_end)
 * and closing initials ("[JP]") from the end of line `close_line` (its body
 * ends at close_start). */
typedef struct {
  kimput_page_line *lines;  /* malloc'd, owned by the caller: kimput_page_clear */
  size_t count;
  int32_t open_line;        /* -1 when nothing was cut */
  uint32_t open_end;
  kimput_span open_outlet, open_place;  /* KIMPUT_UNSET when absent */
  int32_t close_line;       /* -1 when nothing was cut */
  uint32_t close_start;
  kimput_span close_editor;
} kimput_page;

/* Classifies the lines of doc with set: the rules first, then layout
 * (linear in the number of lines): a label's next line; the headline near
 * the top (a title that is repeated, next to the page date or a byline, or
 * above the article's opening dateline); decks, captions and furniture
 * above the opening; short and title-cased lines after the last paragraph
 * (lists of links). A text without any paragraph is left whole (a snippet).
 * A rule that hits a match limit on a line counts as not matching it.
 * Reads the line's bytes once (its words and the literals of the set's
 * rules); it does not tokenize the document. *page is filled (its lines
 * malloc'd); on error it is left empty. */
kimput_status kimput_page_classify(kimput_doc *doc, kimput_pageset *set, kimput_page *page);

/* Frees page->lines and empties *page. */
void kimput_page_clear(kimput_page *page);

/* ------------------------------------------------------------ page facts (pagemeta.c) */

/* A place opening the article's first paragraph with no dash, a comma or a
 * hyphen glued to the next word after it ("Kotamulya, Warga ...",
 * "Kotamulya-Warga ...", "KOTAMULYA, Bupati ..."), by its shape alone: */
typedef struct {
  kimput_span place;  /* letters and blanks from the line's first byte, a capital, up to the mark;
                         at most three words, one blank between them */
  kimput_span next;   /* after a comma (blanks, an optional hyphen, blanks): a capital then letters;
                         after a hyphen: a capital then lower-case letters */
  int comma;          /* 1 for a comma, 0 for a hyphen */
} kimput_plain_dateline;

/* Reads the first 61 bytes of the article's first paragraph: what follows the
 * opening cut from line open_line, else the first BODY line among the first 40
 * when it is a paragraph (KIMPUT_LINEF_PARAGRAPH). Letters are ASCII's. Returns 1
 * and fills *out when they have the shape, else 0 (*out untouched). text and len:
 * the classified document's (kimput_doc_text). Whether the place is one is the
 * caller's to decide (doc:meta() asks its gazetteer). */
int kimput_page_plain_dateline(const kimput_page *page, const char *text, size_t len, kimput_plain_dateline *out);

/* The page's top, above the article: what stands before its first lines. */
typedef struct {
  size_t first_body;       /* index of the first BODY line among the first `limit`, else min(count, limit) */
  size_t first_paragraph;  /* of the first BODY line flagged KIMPUT_LINEF_PARAGRAPH, likewise */
  uint32_t above;          /* bit c (1 << c): a line of class c comes before first_body */
  uint32_t above_paragraph; /* bit c: a line of class c comes before first_paragraph */
} kimput_page_top;

/* Reads the classes of the page's first `limit` lines, once (the readers of
 * its top skip a page with nothing of theirs there). */
void kimput_page_read_top(const kimput_page *page, size_t limit, kimput_page_top *top);

/* The first line j >= from among the first `limit` lines that starts with the
 * n bytes s and is at least min_len bytes long (a title repeated on a line
 * of the top, "Judul | Situs" above "Judul"), or SIZE_MAX. text: the classified
 * document's; no line is copied. */
size_t kimput_page_line_starting(const kimput_page *page, const char *text, size_t from, size_t limit, const char *s,
                                 size_t n, size_t min_len);

/* ------------------------------------------------------------ dates (dates.c) */

/* Temporal expressions normalised to TIMEX3 values (docs/output.md, dates). */
typedef enum {
  KIMPUT_DATE_DATE = 0,   /* 2023-05-09, 2023-05, 2023, 199 (a decade), 2023-W19, 2023-W19-WE, 2021-Q2,
                             2021-H1, PRESENT_REF, PAST_REF, FUTURE_REF */
  KIMPUT_DATE_TIME,       /* 2022-08-15T09:15, 2023-05-10TNI */
  KIMPUT_DATE_DURATION,   /* P35Y, PXY, P2W, P2Q, PT24H */
  KIMPUT_DATE_SET         /* setiap tahun P1Y, tiap Senin XXXX-WXX-1, setiap pukul 07.00 XXXX-XX-XXT07:00 */
} kimput_date_kind;

#define KIMPUT_DATE_VALUE_MAX 32

typedef struct {
  uint32_t start, end;                  /* [start, end) byte offsets */
  uint8_t kind;                         /* kimput_date_kind */
  uint8_t anchored;                     /* 1 when the value used the reference date */
  uint8_t vague;                        /* 1 for a vague reference (kini, saat ini, baru-baru ini, di masa
                                           depan: PRESENT_REF, PAST_REF, FUTURE_REF), which an annotator
                                           may mark or not */
  char value[KIMPUT_DATE_VALUE_MAX];    /* TIMEX3 value, NUL-terminated */
  char zone[8];                         /* "+07:00" when a zone is written, else "" */
  char mod[8];                          /* "START", "MID", "END" (awal, pertengahan, akhir) or "" */
} kimput_date;

/* The reference date R; year 0 means none (values keep X parts). */
typedef struct {
  int year, month, day;
} kimput_ref;

/* "date", "time", "duration", "set", or "?" */
const char *kimput_date_kind_name(int kind);

/* Finds the temporal expressions among tokens[0..ntokens) of text, only in
 * the spans given as nspans pairs [start, end) of 0-based byte offsets
 * (spans NULL: the whole text). ref may be NULL. *out is malloc'd (free it
 * with kimput_dates_free; NULL when *count is 0), items in text order, never
 * overlapping; an item may be part of a token (the months of "Januari-Juni").
 * An expression never crosses a line break or a span's end. A clock time
 * without a date takes the day of the last date in its sentence, the one
 * before or the paragraph before (else of a date later in its sentence, else
 * R's). Vague references come with vague = 1: a caller may leave them out.
 * Tokens out of text (end > len, start > end) or out of order (a token
 * starting before the previous one ends) give KIMPUT_ERR_ARG.
 * Reentrant: no state is kept between calls (the word table is built once,
 * thread-safely). */
kimput_status kimput_dates_scan(const char *text, size_t len, const kimput_token *tokens, size_t ntokens,
                                const uint32_t *spans, size_t nspans, const kimput_ref *ref,
                                kimput_date **out, size_t *count);

/* The same over a document's own tokens. */
kimput_status kimput_doc_dates(kimput_doc *doc, const uint32_t *spans, size_t nspans, const kimput_ref *ref,
                               kimput_date **out, size_t *count);

/* Parses one string (a page timestamp, a metadata field): *found is 1 and
 * *out the longest expression in it, or *found is 0. */
kimput_status kimput_date_parse(const char *text, size_t len, const kimput_ref *ref, kimput_date *out, int *found);

void kimput_dates_free(kimput_date *dates);

/* The grammar's word table, for checking it against the Lua lexicons:
 * entry i (from 0) as word, group and value; returns 0 past the end.
 * Numbers: value -1 for a vague count (puluhan), -10/-11/-12 for the
 * joining words belas/puluh/ratus. */
enum { KIMPUT_WORDS_OTHER = 0, KIMPUT_WORDS_MONTH, KIMPUT_WORDS_WEEKDAY, KIMPUT_WORDS_NUMBER };
int kimput_date_words(size_t i, const char **word, int *group, int *value);

/* ------------------------------------------------------------ quotes (quotes.c) */

/* Quotation marks paired over body spans (quotes.c). A quote that runs over
 * several paragraphs is reported once per paragraph: the first part has
 * KIMPUT_QUOTE_CONTINUES, the next ones KIMPUT_QUOTE_CONTINUED. The next
 * paragraph reopens it with a mark, or (a top-level quote, one paragraph on)
 * closes it with none of its own: that part has open == start. An unclosed
 * quote ends with its paragraph (or where its enclosing quote closes). A
 * paragraph whose first mark is a double closer after a comma or a stop, with
 * nothing open, had its opener dropped by the page: KIMPUT_QUOTE_UNOPENED, the
 * words from the paragraph's first character (open == start). */
enum {
  KIMPUT_QUOTE_UNCLOSED = 1,   /* no closing mark: end = close = end of the paragraph */
  KIMPUT_QUOTE_CONTINUES = 2,  /* goes on in the next paragraph */
  KIMPUT_QUOTE_CONTINUED = 4,  /* goes on from the previous paragraph */
  KIMPUT_QUOTE_UNOPENED = 8    /* no opening mark: open = start = the paragraph's first character */
};

typedef struct {
  uint32_t open;        /* the opening mark starts here (== start: a continued part with no mark) */
  uint32_t start, end;  /* the quoted text [start, end), marks excluded */
  uint32_t close;       /* just after the closing mark (end when unclosed) */
  uint8_t depth;        /* 0 at top level, 1 inside another quote, ... */
  uint8_t flags;        /* KIMPUT_QUOTE_* */
  uint8_t single;       /* 1 for single marks (' ‘ ’), 0 for double */
} kimput_quote;

/* Pairs the quotation marks of text[0..len) inside spans (nspans pairs of
 * 0-based [start, end) offsets, in text order). Each non-blank line of a span
 * is a paragraph; a quote reopened by the next paragraph continues, even in
 * the next span (page cleaning may leave one span per line). *out is
 * malloc'd, owned by the caller, in the order of the opening marks. */
kimput_status kimput_quotes_scan(const char *text, size_t len, const uint32_t *spans, size_t nspans,
                                 kimput_quote **out, size_t *count);

/* The entity gazetteer (gazetteer.c): surface forms handed over once by the
 * Lua lexicon, matched over the tokens of a document, leftmost-longest.
 * Matching ignores case and treats a hyphen like a space ("Kim Jong-un" =
 * "kim jong un"), except where a flag asks for more. Threads:
 * kimput_gaz_add changes the gazetteer and must not run while another
 * thread adds or scans; kimput_gaz_scan only reads it, so once every form is
 * added any number of threads may scan at once (each with its own document,
 * or a document made ready as said above). */
typedef struct kimput_gaz kimput_gaz;

enum {
  KIMPUT_GAZ_EXACT_CASE = 1,  /* the text must have the case as given ("AS", "AP") */
  KIMPUT_GAZ_UPPER = 2        /* the first word must start with a capital ("Kim", not "kim") */
};

#define KIMPUT_GAZ_MAX_WORDS 8   /* longest surface form, in words */
#define KIMPUT_GAZ_CAPS (-1)     /* id of a run of capitalised words the gazetteer does not know */

typedef struct {
  uint32_t start, end;  /* [start, end) */
  int32_t id;           /* the id given to kimput_gaz_add, or KIMPUT_GAZ_CAPS */
} kimput_gaz_match;

kimput_status kimput_gaz_new(kimput_gaz **out);
void kimput_gaz_free(kimput_gaz *gaz);

/* Adds a surface form (1..KIMPUT_GAZ_MAX_WORDS words, at most 200 bytes)
 * with an id >= 0; adding a form again replaces its id and flags. */
kimput_status kimput_gaz_add(kimput_gaz *gaz, const char *surface, size_t len, int32_t id, int flags);

/* Scans the tokens of doc inside spans (nspans pairs [start, end) of
 * 0-based offsets) and writes the matches in text order into *out
 * (malloc'd, owned by the caller; a previous *out is freed: start with NULL). Gazetteer forms win;
 * runs of capitalised words they leave are reported as KIMPUT_GAZ_CAPS. */
kimput_status kimput_gaz_scan(const kimput_gaz *gaz, kimput_doc *doc, const uint32_t *spans,
                              size_t nspans, kimput_gaz_match **out, size_t *count);

/* The exact lookup of a surface form (normalised as by kimput_gaz_add, case
 * flags not applied): 1 and its id in *id when the gazetteer holds it, else 0. */
int kimput_gaz_get(const kimput_gaz *gaz, const char *surface, size_t len, int32_t *id);

/* The longest form that starts at tokens[0] of text, looking at no more than
 * `avail` tokens (case flags applied): its length in tokens, 0 when none,
 * and its id in *id. Allocates nothing. */
size_t kimput_gaz_longest(const kimput_gaz *gaz, const char *text, const kimput_token *tokens, size_t avail,
                          int32_t *id);

/* ------------------------------------------------------------ the name and cue lexicon (lexicon.c) */

/* Everything the mention and attribution stages know as words: the classes
 * of words and phrases (titles, ranks, cues...) and the gazetteer's
 * entities with their aliases. Built once from the Lua lexicons (or by a C
 * user) and read-only afterwards: one lexicon may serve many documents and
 * threads at once, as long as nobody adds to it meanwhile. Matching ignores
 * case and treats a hyphen like a space, as the gazetteer does; a person's
 * alias of two words or more also matches its other transliterations (y as
 * i, w as v, Latin accents, doubled letters, the inner vowels of words of six
 * letters or more: "Dimitry Peskov" for "Dmitry Peskov"). */
typedef struct kimput_lexicon kimput_lexicon;

/* Word classes; a word or phrase may have several. */
enum {
  KIMPUT_LEX_TITLE = 1u << 0,        /* office or role before a name: Presiden, Kapolres, Juru Bicara */
  KIMPUT_LEX_JURISDICTION = 1u << 1, /* a title or office whose next word is a place: Gubernur, Polda */
  KIMPUT_LEX_RANK = 1u << 2,         /* rank or honorific right before a name: AKBP, Kombes, Pak, Dr. */
  KIMPUT_LEX_QUALIFIER = 1u << 3,    /* a word of a unit's or institution's name: Humas, Keamanan, Utara */
  KIMPUT_LEX_ORG_HEAD = 1u << 4,     /* opens an organisation's name: Badan, Kementerian, Fraksi */
  KIMPUT_LEX_CONNECTOR = 1u << 5,    /* joins the parts of a title: dan, untuk, bidang */
  KIMPUT_LEX_PARTICLE = 1u << 6,     /* lower-case part of a name: bin, binti, van, de */
  KIMPUT_LEX_PRONOUN = 1u << 7,      /* ia, dia, beliau */
  KIMPUT_LEX_DESC_END = 1u << 8,     /* closes a description: itu, tersebut */
  KIMPUT_LEX_NOT_NAME = 1u << 9,     /* capitalised but never a name: Setelah, Dalam */
  KIMPUT_LEX_CALENDAR = 1u << 10,    /* month and weekday names, never the end of a name */
  KIMPUT_LEX_CUE_AFTER = 1u << 11,   /* a cue after a quote, before its speaker: kata, ujar */
  KIMPUT_LEX_CUE_BEFORE = 1u << 12,  /* a cue after its speaker, before a quote: mengatakan */
  KIMPUT_LEX_CUE_REPORTING = 1u << 13, /* a verb of reported speech: menyatakan, berjanji */
  KIMPUT_LEX_CUE_ACCORDING = 1u << 14, /* menurut */
  KIMPUT_LEX_CUE_VIA = 1u << 15,     /* an agency relays: seperti dikutip, dilansir */
  KIMPUT_LEX_CUE_RELAY = 1u << 16,   /* an agency quotes a text word for word: mengutip surat */
  KIMPUT_LEX_THAT = 1u << 17,        /* opens reported speech: bahwa */
  KIMPUT_LEX_DETERMINER = 1u << 18,  /* seorang, para, sejumlah */
  KIMPUT_LEX_ADVERB = 1u << 19,      /* may stand between a speaker and the verb: juga, pun, lalu */
  KIMPUT_LEX_TERM_WORD = 1u << 20,   /* lower-case word inside a quoted name or title: dan, of, the */
  KIMPUT_LEX_FUNCTION = 1u << 21,    /* function word, never part of an unnamed subject: yang, akan */
  KIMPUT_LEX_CUE_RECAP = 1u << 22,   /* opens a sentence that attributes the quote before it:
                                        "Hal itu disampaikan X", "Demikian dikatakan X" */
  KIMPUT_LEX_FACILITY = 1u << 23,    /* opens the name of a road, a building or a site: Jalan, Bandara, Stadion */
  KIMPUT_LEX_PERSON_NOUN = 1u << 24, /* a noun for a person, before initials and an age: tersangka, korban */
  KIMPUT_LEX_GIVEN = 1u << 25,       /* a word that opens a person's name, hardly ever inside one: Muhammad,
                                        Siti, Teuku */
  KIMPUT_LEX_KIN = 1u << 26,         /* a noun of kin or of a bond after a cue: the speaker is related to the
                                        one named after it, not that one ("kata istri X"): adik, kuasa hukum */
  KIMPUT_LEX_SENT = 1u << 27,        /* the object of a reporting verb that is sent or given, no words
                                        reported ("menyampaikan surat", "menjawab pertanyaan"): surat, ucapan */
  KIMPUT_LEX_CONTACT = 1u << 28,     /* a verb of meeting, calling or writing to someone: bertemu, menelepon */
  KIMPUT_LEX_LEADER = 1u << 29,      /* a title of a head of state or government: Presiden, Perdana Menteri;
                                        "pemimpin Korut itu" is the one introduced with it, not a minister */
  KIMPUT_LEX_DEGREE = 1u << 30       /* an academic or professional degree written after a name and its
                                        comma, no word of a name or a body there: SH, MH, MPH, PhD */
};

kimput_status kimput_lexicon_new(kimput_lexicon **out);
void kimput_lexicon_free(kimput_lexicon *lex);

/* Adds classes (KIMPUT_LEX_*, or'ed) to a word or phrase of 1..8 words,
 * at most 200 bytes; adding it again adds to its classes. */
kimput_status kimput_lexicon_add_word(kimput_lexicon *lex, const char *phrase, size_t len, unsigned classes);

/* Adds an entity with its canonical name (copied) and kind; *id gets its id
 * (0, 1, ... in order). The name is not matched until added as an alias. */
kimput_status kimput_lexicon_add_entity(kimput_lexicon *lex, const char *name, size_t len, int kind,
                                        int32_t *id);

/* A surface form of entity id (its name, a short name, a spelling), with
 * KIMPUT_GAZ_* case flags; a form added again points at the new entity. */
kimput_status kimput_lexicon_add_alias(kimput_lexicon *lex, int32_t id, const char *surface, size_t len, int flags);

/* The place an entity (a person) leads or serves: the entity id of a place,
 * for descriptions such as "pemimpin Rusia itu". */
kimput_status kimput_lexicon_set_country(kimput_lexicon *lex, int32_t id, int32_t place_id);

/* The canonical name of entity id, borrowed from the lexicon (not
 * NUL-terminated), or NULL for a bad id. */
const char *kimput_lexicon_entity_name(const kimput_lexicon *lex, int32_t id, size_t *len);

/* Makes title (a word or phrase the lexicon knows as a TITLE) another name
 * of the title same_as: a person introduced with either is the one the other
 * alone means ("Menteri Luar Negeri X ... kata Menlu"). KIMPUT_ERR_ARG when
 * either is not a title. Joining joins the two names' whole groups: A to B,
 * then B (or A) to C, makes one office of all three. */
kimput_status kimput_lexicon_same_title(kimput_lexicon *lex, const char *title, size_t len, const char *same_as,
                                       size_t same_len);

/* The classes of one word or phrase, 0 when the lexicon does not know it. */
unsigned kimput_lexicon_classes(const kimput_lexicon *lex, const char *phrase, size_t len);

/* ------------------------------------------------------------ mentions and entity chains (mentions.c) */

/* The people, organisations, outlets and places a document names, found from
 * the text itself (capitalised name sequences, the title chains before them,
 * appositives, parenthesised acronyms) and from the gazetteer, and chained
 * inside the document: a later short name, a title alone, a pronoun or a
 * description points at the entity it refers to. Produced by the attribution
 * stage; the events stage consumes it. */
typedef enum {
  KIMPUT_ENT_PERSON = 0,
  KIMPUT_ENT_ORG,
  KIMPUT_ENT_OUTLET,        /* news agencies and media */
  KIMPUT_ENT_PLACE,
  KIMPUT_ENT_KIND_COUNT
} kimput_entity_kind;

typedef enum {
  KIMPUT_MENTION_NAME = 0,      /* a name as written, full or short ("Prasetyo Hadi", "Prasetyo") */
  KIMPUT_MENTION_TITLE,         /* a title standing for a person ("ujar Kabid Humas") */
  KIMPUT_MENTION_PRONOUN,       /* ia, dia, beliau, -nya */
  KIMPUT_MENTION_DESCRIPTION    /* "pemimpin Rusia itu" */
} kimput_mention_form;

enum {
  KIMPUT_MENTIONF_RESOLVED = 1, /* the referent came from the document's chain, not from these words */
  KIMPUT_MENTIONF_LEADER = 2    /* the role opens with a leader's title (KIMPUT_LEX_LEADER: Presiden,
                                   Perdana Menteri): the person leads the place of the role */
};

typedef struct {
  uint32_t start, end;            /* the mention, title chain excluded: [start, end) */
  uint32_t role_start, role_end;  /* the title chain or appositive role, KIMPUT_UNSET when none */
  int32_t entity;                 /* index into the entity array, -1 when unresolved */
  uint8_t kind;                   /* kimput_entity_kind */
  uint8_t form;                   /* kimput_mention_form */
  uint8_t flags;                  /* KIMPUT_MENTIONF_* */
} kimput_mention;

typedef struct {
  const char *name;               /* canonical name: the gazetteer's, else the longest */
  uint32_t name_len;              /*   full name the document gives (a no-break space in it
                                       read as a space); borrowed, not NUL-terminated */
  int32_t gaz_id;                 /* the gazetteer id, or -1 for a name no list holds */
  uint8_t kind;                   /* kimput_entity_kind */
  uint32_t first_mention;         /* index of its first mention */
} kimput_entity;

/* Finds the mentions of doc inside spans (nspans pairs of 0-based [start,
 * end) offsets, in text order; spans NULL for the whole text) with lexicon lex,
 * and chains them into entities. The arrays are borrowed from the document
 * and stay valid until the next call of kimput_doc_mentions or
 * kimput_doc_attribute on it, or kimput_doc_free; a call with the same
 * lexicon and spans returns the cached result. Entity names point into the
 * document's text or into the document's own copy of a gazetteer name.
 * Mentions come in text order (of start; a title mention may be followed by
 * the place and organisation mentions inside it). Linear in the size of the
 * spans; a document is not thread-safe. The per-token lexicon lookups the
 * scan makes are kept in the calling thread's buffer until the document's
 * kimput_doc_attribute reads them (in another thread, or after another
 * document's mentions, it looks the tokens up again: same result). */
kimput_status kimput_doc_mentions(kimput_doc *doc, const kimput_lexicon *lex, const uint32_t *spans,
                                  size_t nspans, const kimput_mention **mentions, size_t *nmentions,
                                  const kimput_entity **entities, size_t *nentities);

/* "person", "org", "outlet", "place", or "?"; and "name", "title", "pronoun", "description", or "?". */
const char *kimput_entity_kind_name(int kind);
const char *kimput_mention_form_name(int form);

/* ------------------------------------------------------------ quote attribution (attribution.c) */

/* Who said each quotation (docs/output.md, quotes): the quote marks of
 * quotes.c, the mentions and chains of mentions.c and the cue classes of
 * the lexicon. Per quotation: its kind, its cue, the speaker (an entity of
 * kimput_doc_mentions, or an unnamed speaker's description as a span of the
 * text), and the agency relaying the words (via). */
typedef enum {
  KIMPUT_QUOTE_DIRECT = 0,   /* a whole statement in marks with its cue: "...," kata X */
  KIMPUT_QUOTE_PARTIAL,      /* words quoted inside the writer's sentence */
  KIMPUT_QUOTE_TERM,         /* a quoted name or term nobody is quoted for */
  KIMPUT_QUOTE_INDIRECT      /* reported speech without marks: X mengatakan bahwa ... */
} kimput_quote_kind;

typedef struct {
  uint32_t start, end;            /* the words inside the marks, or the reported clause */
  uint32_t open, close;           /* the marks' extent [open, close); = start, end for indirect speech */
  uint8_t kind;                   /* kimput_quote_kind */
  uint8_t flags;                  /* KIMPUT_QUOTE_UNCLOSED, _CONTINUES, _CONTINUED of the marks */
  uint16_t part;                  /* 1, 2, ... for a quote over several paragraphs, else 0 */
  uint32_t cue_start, cue_end;    /* the cue as written, KIMPUT_UNSET when none ("—" for a dash) */
  int32_t speaker;                /* entity index of kimput_doc_mentions, or -1 */
  uint32_t speaker_start, speaker_end;  /* where the speaker is named (the name, or the description
                                           when speaker is -1), KIMPUT_UNSET when nobody is */
  int32_t via;                    /* entity index of the agency relaying the words, or -1 */
} kimput_attribution;

/* Attributes the quotations and reported speech of doc inside spans (as for
 * kimput_doc_mentions, whose result it computes or reuses). Items in text
 * order, borrowed from the document until the next call of
 * kimput_doc_mentions or kimput_doc_attribute, or kimput_doc_free. The speaker's
 * name is the entity's (kimput_doc_mentions' entities array, same call) or,
 * when speaker is -1 and speaker_start is set, the text of that span (an
 * unnamed speaker: "juru bicara militer Korsel"). Terms have no speaker.
 * Linear in the size of the spans (each quote looks at most a fixed window
 * around it). Memory: the marks, working arrays and items are built in the
 * calling thread's scratch (kept for the next document); the document keeps
 * one block of exactly the items' size, as kimput_doc_mentions keeps one
 * block for its mentions and entities. */
kimput_status kimput_doc_attribute(kimput_doc *doc, const kimput_lexicon *lex, const uint32_t *spans,
                                   size_t nspans, const kimput_attribution **quotes, size_t *count);

/* "direct", "partial", "term", "indirect", or "?" */
const char *kimput_quote_kind_name(int kind);

/* ------------------------------------------------------------ events (events.c) */

/* Correspondence and contact events between parties (docs/output.md,
 * events): who wrote, congratulated, called or met whom, found from a lexicon of
 * trigger words and frames anchored at the party mentions, in one pass over
 * the sentences. The lexicon is data (lua/kimput/rules/events.lua) handed
 * over once; a lexicon is read-only while scanning, so one lexicon may serve
 * several threads once built (adding is not thread-safe). */
typedef enum {
  KIMPUT_EVENT_LETTER = 0,
  KIMPUT_EVENT_MESSAGE,
  KIMPUT_EVENT_CALL,
  KIMPUT_EVENT_MEETING,
  KIMPUT_EVENT_TYPE_COUNT
} kimput_event_type;

/* What a lexicon word does in a sentence. */
typedef enum {
  KIMPUT_EVW_VERB = 0,  /* reports an event (mengirim, menelepon, bertemu); its frame says who is who */
  KIMPUT_EVW_NOUN,      /* names what was sent or held (surat, ucapan selamat, pertemuan) */
  KIMPUT_EVW_TO,        /* the recipient follows (kepada, untuk, ke) */
  KIMPUT_EVW_FROM,      /* the sender follows (dari, oleh) */
  KIMPUT_EVW_WITH,      /* the other party follows (dengan, antara) */
  KIMPUT_EVW_AND,       /* joins a list of parties (dan, serta) */
  KIMPUT_EVW_PLANNED,   /* before a trigger: not yet held (akan, rencana) */
  KIMPUT_EVW_FRONT,     /* opens a fronted clause whose subject follows its comma (saat, ketika) */
  KIMPUT_EVW_SAY,       /* a speech verb the subject reaches across ("X mengatakan, dia bertemu") */
  KIMPUT_EVW_SKIP,      /* a word between a trigger and its noun or party (sebuah, sang) */
  KIMPUT_EVW_BLOCK,     /* a sentence holding it reports no message (pidato) */
  KIMPUT_EVW_OCCASION,  /* what a message is for (ulang tahun, HUT, belasungkawa) */
  KIMPUT_EVW_CITE,      /* a date after it dates the citation, not the event (dilansir) */
  KIMPUT_EVW_THIS,      /* a demonstrative: "Surat ini ..." refers back to the letter before */
  KIMPUT_EVW_THAT,      /* bahwa: a date before it dates the report, not the event told after it */
  KIMPUT_EVW_THEY,      /* mereka: "Mereka yakni A, B dan C" names the senders the sentence before left unnamed */
  KIMPUT_EVW_NAMELY,    /* yakni, yaitu, antara lain: a list of the parties follows */
  KIMPUT_EVW_STOP,      /* ends the phrase after kepada/dengan: the party is not further (di, terkait) */
  KIMPUT_EVW_REPLY,     /* balasan atas: the message after it went to the sender of the reply */
  KIMPUT_EVW_RELATIVE,  /* setelah, sebelum: a date after it dates another happening, not the event */
  KIMPUT_EVW_DENY,      /* just before a trigger: it did not happen (tidak, belum, menolak, membantah) */
  KIMPUT_EVW_LED,       /* the leader of a group follows: "delegasi Rusia yang dipimpin X" meets as X */
  KIMPUT_EVW_UNLIKE,    /* a phrase that opens with a trigger but names something else (surat kabar) */
  KIMPUT_EVW_CANCEL,    /* after a noun trigger and its parties, or just before a verb as DENY: it was called
                           off (batal, dibatalkan, ditunda) */
  KIMPUT_EVW_TO_PRONOUN, /* the other party as a -nya (kepadanya, dengannya): the latest person named before
                            it in the sentence who is not the subject */
  KIMPUT_EVW_GRIEF,     /* what a condolence is for (gempa, banjir, wafatnya): the occasion in a sentence that
                           names a condolence (belasungkawa), else none */
  KIMPUT_EVW_ENVOY,     /* an envoy of the party after it (utusan khusus): the person named after that party
                           and a comma is the one met ("utusan Presiden X, Y": Y) */
  KIMPUT_EVW_ALONG,     /* what was sent along with the thing named before follows (disertai, beserta):
                           "mengirimkan hadiah berupa lukisan disertai sepucuk surat" sends a letter */
  KIMPUT_EVW_CLASS_COUNT
} kimput_evword_class;

/* How a verb or noun assigns the parties around it. */
typedef enum {
  KIMPUT_FRAME_SEND = 0,  /* the subject sends to the party after a TO word ("X mengirim surat kepada Y") */
  KIMPUT_FRAME_RECEIVE,   /* the subject receives from the party after FROM or the object ("Y menerima telepon X") */
  KIMPUT_FRAME_PASSIVE,   /* the agent follows the verb or oleh, the recipient a TO word ("dikirim X kepada Y") */
  KIMPUT_FRAME_MUTUAL,    /* the subject with the object or WITH party, or the listed subjects together (bertemu) */
  KIMPUT_FRAME_EXCHANGE,  /* like MUTUAL, one event each way (bertukar surat) */
  KIMPUT_FRAME_COUNT
} kimput_event_frame;

/* Word flags. */
enum {
  KIMPUT_EVWF_DIRECT = 1,    /* a verb whose object is the party right after it (menelepon X) */
  KIMPUT_EVWF_POSSESSED = 2, /* a noun whose owner is the subject before it (pertemuannya, suratnya) */
  KIMPUT_EVWF_OCCASION = 4,  /* a noun that also names the occasion (belasungkawa) */
  KIMPUT_EVWF_VERBAL = 8,    /* a noun used as a verb between two parties ("X telepon Y" in a headline) */
  KIMPUT_EVWF_ANSWER = 16,   /* a verb answering what its subject received (membalas): with no addressee,
                                the reply goes to the sender of the latest letter or message to the
                                subject, and with no noun it is of that one's type */
  KIMPUT_EVWF_PRONOUN = 32   /* a verb whose -nya is its object (meneleponnya, menemuinya): the latest
                                person named before it in the sentence who is not its subject */
};

typedef struct kimput_evlex kimput_evlex;

kimput_status kimput_evlex_new(kimput_evlex **out);
void kimput_evlex_free(kimput_evlex *lex);

/* Adds a word or phrase (1..4 words, matched ignoring ASCII case, at most 96
 * bytes) with its class; type is a kimput_event_type, or -1 for a verb that
 * takes its type from the noun after it (mengirim surat / mengirim pesan; a noun
 * of type -1 names no event);
 * frame matters for verbs and nouns, flags are KIMPUT_EVWF_*. Adding a
 * phrase again replaces it. KIMPUT_ERR_ARG for an empty or too long phrase or
 * a bad class, type or frame. */
kimput_status kimput_evlex_add(kimput_evlex *lex, const char *phrase, size_t len, int cls, int type,
                               int frame, int flags);

typedef struct {
  uint8_t type;                   /* kimput_event_type */
  uint8_t planned;                /* 1 for a meeting or call not yet held (akan bertemu, rencana pertemuan) */
  uint8_t undirected;             /* 1 for a call whose caller the text does not say (X dan Y berbicara lewat
                                     telepon): a mention that says it (X menelepon Y) sets the direction */
  int32_t sender, recipient;      /* entity indices (for a meeting, the two parties) */
  int32_t date;                   /* index into the dates given, or -1 when the article does not say */
  int32_t merged_into;            /* -1 for the first mention of an event, else the index of that first mention */
  uint32_t start, end;            /* the sentence that reports it */
  uint32_t ev_start, ev_end;      /* the words that say it: parties and trigger */
  uint32_t occ_start, occ_end;    /* the occasion as written, KIMPUT_UNSET when none */
} kimput_event;

/* Scratch memory of kimput_events_scan kept from one document to the next,
 * so that a scan of many documents allocates little more than its results
 * (up to 4 MB: a larger document's scratch is freed after its scan).
 * Owned by the caller; one per thread. */
typedef struct kimput_evwork kimput_evwork;

kimput_status kimput_evwork_new(kimput_evwork **out);
void kimput_evwork_free(kimput_evwork *work);

/* Finds the events of doc from its sentences, the party mentions (as
 * kimput_doc_mentions gives them, in text order; persons and organisations
 * with an entity index below nentities are the parties, other mentions are
 * ignored) and the temporal expressions found in it (in text order; a value
 * that starts with a digit, a date or a time, can date an event). Every event
 * mention is reported (sentences in text order); a later mention of the same
 * event (same type, letters and messages alike, same parties, compatible
 * dates) has merged_into set, and the first mention carries the merged type
 * (a message that turns out to be a letter is a letter), date, occasion and
 * direction. The date is the expression of the sentence nearest the words
 * (not a citation's, nor a report's before "bahwa"), else the date of an
 * event of the sentence before, else one a later sentence naming the sender
 * gives, else -1. Mentions may be out of order where one lies inside
 * another's title. Linear in the tokens, mentions and dates. *out is
 * malloc'd (NULL when there are no events), owned by the caller; the arrays
 * are borrowed; work may be NULL (the scan then allocates its own scratch);
 * a lexicon may serve several threads at once, a document or a work not. */
kimput_status kimput_events_scan(const kimput_evlex *lex, kimput_evwork *work, kimput_doc *doc,
                                 const kimput_mention *mentions, size_t nmentions, size_t nentities,
                                 const kimput_date *dates, size_t ndates,
                                 kimput_event **out, size_t *count);

/* kimput_events_scan reading only the body: the sentences whose first byte lies in one of the
 * spans (nspans {start, end} byte pairs, in text order, as kimput_doc_mentions takes them) or
 * in which a mention starts (the headline's); the others (furniture lines between paragraphs)
 * are skipped, so that "the sentence before" is the body's. nspans 0: every sentence. */
kimput_status kimput_events_scan_body(const kimput_evlex *lex, kimput_evwork *work, kimput_doc *doc,
                                      const uint32_t *spans, size_t nspans,
                                      const kimput_mention *mentions, size_t nmentions, size_t nentities,
                                      const kimput_date *dates, size_t ndates,
                                      kimput_event **out, size_t *count);

/* The party mentions of a headline, the line [start, end) of doc that page
 * cleaning classes as the title (a headline is title-cased, so its names are
 * not read with the name grammar): each run of its capitalised words that
 * spells a person or organisation name the mentions outside the headline
 * write (ignoring ASCII case, '-' as a space), or the first or last word of
 * a person's name ("Prabowo", "Putin"), becomes a name mention of that entity (flag RESOLVED, no
 * role), longest first, in text order. Merged into the mentions handed to
 * kimput_events_scan, a headline reports events ("X Surati Y", "X Telepon
 * Y") that join the body's. *out is malloc'd (NULL when none), owned by the
 * caller; the mentions are borrowed. Linear in the headline's tokens and the
 * mentions. KIMPUT_ERR_ARG for a span past the text. */
kimput_status kimput_events_headline(kimput_doc *doc, uint32_t start, uint32_t end, const kimput_mention *mentions,
                                     size_t nmentions, kimput_mention **out, size_t *count);

/* ------------------------------------------------------------ rules (rules.c) */

/* A compiled PCRE2 pattern (UTF mode, Unicode properties, JIT where the
 * platform has it) with its own match data and JIT stack, so matching
 * allocates nothing. Threads: a match writes into the rule (match data,
 * last error), so one thread at a time per rule; compile one rule per
 * thread to match in parallel. */
typedef struct kimput_rule kimput_rule;

/* Compile flags. */
enum {
  KIMPUT_RULE_CASELESS = 1,   /* "i": case-insensitive (Unicode case folding) */
  KIMPUT_RULE_MULTILINE = 2,  /* "m": ^ and $ match at line breaks */
  KIMPUT_RULE_DOTALL = 4,     /* "s": . matches a line break */
  KIMPUT_RULE_EXTENDED = 8,   /* "x": white space and # comments in the pattern are ignored */
  KIMPUT_RULE_NO_JIT = 16     /* use the interpreter even where JIT exists */
};

/* Resource limits of one match call; 0 keeps the default. The defaults end
 * a catastrophic pattern such as (a+)+$ on a long line well within a second. */
typedef struct {
  uint32_t match_limit;     /* backtracking steps (default 1 000 000) */
  uint32_t depth_limit;     /* nested backtracking depth (default 10 000) */
  uint32_t heap_limit_kib;  /* heap for backtracking, KiB (default 20 480) */
  uint32_t jit_stack_kib;   /* maximum JIT stack, KiB (default 1 024) */
} kimput_rule_limits;

/* Compiles pattern[0..len) with flags and limits (NULL for the defaults).
 * On KIMPUT_ERR_PATTERN, PCRE2's message is written to errbuf (errsize
 * bytes, NUL-terminated) and the 0-based offset in the pattern where the
 * error was found to *erroffset; either may be NULL. */
kimput_status kimput_rule_new(const char *pattern, size_t len, int flags,
                              const kimput_rule_limits *limits, kimput_rule **out,
                              char *errbuf, size_t errsize, size_t *erroffset);
void kimput_rule_free(kimput_rule *rule);

/* Number of capture groups (group 0, the whole match, not counted). */
uint32_t kimput_rule_group_count(const kimput_rule *rule);

/* Named groups: there are kimput_rule_name_count() of them; name i
 * (0-based, in name-table order) is returned (static to the rule) and its
 * group number stored in *group. With duplicate names the same name comes
 * once per group. */
uint32_t kimput_rule_name_count(const kimput_rule *rule);
const char *kimput_rule_name(const kimput_rule *rule, uint32_t i, uint32_t *group);

/* Does the rule use JIT-compiled code? */
int kimput_rule_jit(const kimput_rule *rule);

#define KIMPUT_UNSET UINT32_MAX

/* Finds the first match inside the range text[range_start..range_end) that
 * starts at or after `from` (range_start <= from <= range_end). The range is
 * the subject: ^ and $ anchor at its ends and lookbehind does not see before
 * it. The range and `from` must start and end on character boundaries
 * (KIMPUT_ERR_ARG otherwise). Nothing is remembered between calls: each
 * call checks the UTF-8 of the part of the range the match can inspect
 * (from `from`, less the pattern's longest lookbehind, to range_end), so a
 * buffer may be refilled between calls, and repeated calls over one long
 * range cost that check each time: scan a document with
 * kimput_rule_match_doc instead. On a match *found is 1 and
 * groups[0..ngroups) get the [start, end) offsets, into text, of the whole
 * match (groups[0]) and of each capture group (KIMPUT_UNSET for both when
 * the group did not take part); ngroups may be smaller than group_count + 1.
 * Returns KIMPUT_OK (with *found 0 when nothing matched), KIMPUT_ERR_LIMIT
 * when a limit was hit (kimput_rule_error tells which), KIMPUT_ERR_UTF8 or
 * KIMPUT_ERR_ARG. */
kimput_status kimput_rule_match(kimput_rule *rule, const char *text, size_t text_len,
                                size_t range_start, size_t range_end, size_t from,
                                kimput_span *groups, size_t ngroups, int *found);

/* kimput_rule_match over a document's text, which kimput_doc_new has made
 * valid UTF-8: the range is not checked again, so matching many short
 * ranges (the lines of a page) costs no extra pass over them. The range
 * must still start and end on character boundaries (KIMPUT_ERR_ARG if not).
 * The document is only read: other threads may read it at the same time. */
kimput_status kimput_rule_match_doc(kimput_rule *rule, const kimput_doc *doc, size_t range_start, size_t range_end,
                                    size_t from, kimput_span *groups, size_t ngroups, int *found);

/* The bytes a match of the rule can start with, as far as PCRE2 can tell
 * from the pattern: fills bitmap (bit b of byte b/8 for byte b) and returns
 * 1, or returns 0 when it cannot tell (any byte may start a match). Lets a
 * caller skip rules that cannot match a given text. */
int kimput_rule_start_bytes(const kimput_rule *rule, uint8_t bitmap[32]);

/* The message of the last failed kimput_rule_match (PCRE2's wording, such
 * as "match limit exceeded"), or "" after a success. Owned by the rule. */
const char *kimput_rule_error(const kimput_rule *rule);

#ifdef __cplusplus
}
#endif

#endif /* KIMPUT_H */
