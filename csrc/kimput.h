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
 *     is an ordinary control character.
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

/* ------------------------------------------------------------ UTF-8 */

/* Checks that text[0..len) is valid UTF-8 (no overlongs, no surrogates,
 * nothing above U+10FFFF). Returns 1 when valid; else 0 and, when bad_offset
 * is not NULL, the 0-based offset of the first byte of the first bad sequence. */
int kimput_utf8_valid(const char *text, size_t len, size_t *bad_offset);

/* Copies text with every maximal invalid subsequence replaced by U+FFFD.
 * *out is malloc'd (NUL-terminated for convenience) and owned by the caller. */
kimput_status kimput_utf8_repair(const char *text, size_t len, char **out, size_t *out_len);

/* ------------------------------------------------------------ documents */

typedef struct kimput_doc kimput_doc;

enum {
  KIMPUT_DOC_DEFAULT = 0,
  KIMPUT_DOC_REPLACE_INVALID = 1  /* repair invalid UTF-8 instead of failing */
};

/* Creates a document holding a private copy of text. With invalid UTF-8 and
 * no KIMPUT_DOC_REPLACE_INVALID, returns KIMPUT_ERR_UTF8 and stores the
 * offset of the first bad byte in *bad_offset (when not NULL). */
kimput_status kimput_doc_new(const char *text, size_t len, int flags,
                             kimput_doc **out, size_t *bad_offset);
void kimput_doc_free(kimput_doc *doc);

/* The document's text (after repair, if any), borrowed from the document. */
const char *kimput_doc_text(const kimput_doc *doc, size_t *len);

/* ------------------------------------------------------------ tokens */

typedef enum {
  KIMPUT_TOK_WORD = 0,
  KIMPUT_TOK_NUMBER,
  KIMPUT_TOK_DATE,     /* 10/5/2022, 2023-05-09, 27/7, 1990-an */
  KIMPUT_TOK_TIME,     /* 09:15, 09.15 */
  KIMPUT_TOK_URL,      /* inews.co.uk, https://... */
  KIMPUT_TOK_HASHTAG,  /* #rusiaukraina */
  KIMPUT_TOK_PUNCT,
  KIMPUT_TOK_QUOTE,    /* " “ ” ' ‘ ’ « » standing alone */
  KIMPUT_TOK_SYMBOL,
  KIMPUT_TOK_KIND_COUNT
} kimput_token_kind;

/* Token flags. */
enum {
  KIMPUT_TOKF_ABBREV = 1,    /* a word that ends with its own period (dll., Dr., M.) */
  KIMPUT_TOKF_UPPER = 2,     /* starts with an upper-case letter */
  KIMPUT_TOKF_NEWLINE = 4    /* a line break stands between this token and the previous one */
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

/* ------------------------------------------------------------ page lines and cleaning (page.c) */

/* ------------------------------------------------------------ dates (dates.c) */

/* ------------------------------------------------------------ quotes (quotes.c) */

/* Quotation marks paired over body spans (quotes.c). A quote that runs over
 * several paragraphs is reported once per paragraph: the first part has
 * KIMPUT_QUOTE_CONTINUES, the next ones KIMPUT_QUOTE_CONTINUED. An unclosed
 * quote ends with its paragraph (or where its enclosing quote closes). */
enum {
  KIMPUT_QUOTE_UNCLOSED = 1,   /* no closing mark: end = close = end of the paragraph */
  KIMPUT_QUOTE_CONTINUES = 2,  /* goes on in the next paragraph, which reopens it */
  KIMPUT_QUOTE_CONTINUED = 4   /* reopens the quote of the previous paragraph */
};

typedef struct {
  uint32_t open;        /* the opening mark starts here */
  uint32_t start, end;  /* the quoted text [start, end), marks excluded */
  uint32_t close;       /* just after the closing mark (end when unclosed) */
  uint8_t depth;        /* 0 at top level, 1 inside another quote, ... */
  uint8_t flags;        /* KIMPUT_QUOTE_* */
  uint8_t single;       /* 1 for single marks (' ‘ ’), 0 for double */
} kimput_quote;

/* Pairs the quotation marks of text[0..len) inside spans (nspans pairs of
 * 0-based [start, end) offsets). *out is malloc'd, owned by the caller, in
 * the order of the opening marks. */
kimput_status kimput_quotes_scan(const char *text, size_t len, const uint32_t *spans, size_t nspans,
                                 kimput_quote **out, size_t *count);

/* The entity gazetteer (gazetteer.c): surface forms handed over once by the
 * Lua lexicon, matched over the tokens of a document, leftmost-longest.
 * Matching ignores case and treats a hyphen like a space ("Kim Jong-un" =
 * "kim jong un"), except where a flag asks for more. */
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


/* ------------------------------------------------------------ rules (rules.c) */

#ifdef __cplusplus
}
#endif

#endif /* KIMPUT_H */
