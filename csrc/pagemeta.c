/* pagemeta.c -- facts doc:meta() reads from a classified page's lines.
 *
 * The shapes here are the byte tests the Lua meta layer made with string
 * patterns on every page (most pages have none of them): done once per
 * document in C, no Lua string made for a page that does not have the shape.
 * The gazetteer's part (is the name a place?) stays in Lua, on the few
 * candidates. Lua's classes are read as its C locale reads them: %a is
 * [A-Za-z], %u [A-Z], %l [a-z], %s [ \t\n\v\f\r].
 */
#include <string.h>

#include "kimput.h"

static inline int is_alpha(unsigned char c) { return (unsigned)((c | 32) - 'a') < 26; }
static inline int is_upper(unsigned char c) { return (unsigned)(c - 'A') < 26; }
static inline int is_lower(unsigned char c) { return (unsigned)(c - 'a') < 26; }
static inline int is_space(unsigned char c) { return c == ' ' || (unsigned)(c - '\t') < 5; }

/* the lines read for the article's first body line (as page.lua's PLAIN_DATELINE_LINES) */
#define PLAIN_DATELINE_LINES 40
/* the bytes of its head read: the place, its mark and the next word are there */
#define PLAIN_DATELINE_HEAD 61

int kimput_page_plain_dateline(const kimput_page *page, const char *text, size_t len, kimput_plain_dateline *out) {
  size_t from, end;
  if (page->open_line >= 0 && (size_t)page->open_line < page->count) {
    /* what follows the opening cut from the line: "SITUS.COM |KOTAMULYA,-Warga ..." */
    from = page->open_end;
    end = page->lines[page->open_line].end;
  } else {
    size_t n = page->count < PLAIN_DATELINE_LINES ? page->count : PLAIN_DATELINE_LINES, i = 0;
    while (i < n && page->lines[i].cls != KIMPUT_LINE_BODY) i++;
    /* (the first body line is no paragraph: no opening of one) */
    if (i == n || !(page->lines[i].flags & KIMPUT_LINEF_PARAGRAPH)) return 0;
    from = page->lines[i].start;
    end = page->lines[i].end;
  }
  if (end > from + PLAIN_DATELINE_HEAD) end = from + PLAIN_DATELINE_HEAD;
  if (end > len) end = len;
  if (from >= end) return 0;
  const unsigned char *h = (const unsigned char *)text + from;
  size_t n = end - from, after = 0;
  /* the place runs over letters and blanks up to a comma or a hyphen: any other byte first, no place */
  while (after < n && (is_alpha(h[after]) || h[after] == ' ')) after++;
  if (after == n || !is_upper(h[0])) return 0;
  int comma = h[after] == ',';
  if (!comma && h[after] != '-') return 0;
  size_t k = after + 1, word;
  if (comma) {  /* ", Warga", ", - Warga": the next word capitalised */
    while (k < n && is_space(h[k])) k++;
    if (k < n && h[k] == '-') k++;
    while (k < n && is_space(h[k])) k++;
    if (k == n || !is_upper(h[k])) return 0;
    word = k++;
    while (k < n && is_alpha(h[k])) k++;
  } else {  /* "-Warga": a capital then lower case */
    if (k == n || !is_upper(h[k])) return 0;
    word = k++;
    if (k == n || !is_lower(h[k])) return 0;
    while (k < n && is_lower(h[k])) k++;
  }
  /* a place of at most three words, one blank between them */
  int blanks = 0;
  for (size_t i = 0; i < after; i++) {
    if (h[i] != ' ') continue;
    if (++blanks > 2 || (i + 1 < after && h[i + 1] == ' ')) return 0;
  }
  out->place.start = (uint32_t)from;
  out->place.end = (uint32_t)(from + after);
  out->next.start = (uint32_t)(from + word);
  out->next.end = (uint32_t)(from + k);
  out->comma = comma;
  return 1;
}

void kimput_page_read_top(const kimput_page *page, size_t limit, kimput_page_top *top) {
  size_t n = page->count < limit ? page->count : limit, i = 0;
  uint32_t seen = 0;
  top->first_body = top->first_paragraph = n;
  top->above = top->above_paragraph = 0;
  for (; i < n; i++) {
    const kimput_page_line *l = &page->lines[i];
    if (l->cls == KIMPUT_LINE_BODY && top->first_body == n) {
      top->first_body = i;
      top->above = seen;
    }
    if (l->cls == KIMPUT_LINE_BODY && (l->flags & KIMPUT_LINEF_PARAGRAPH)) break;
    seen |= 1u << (l->cls & 31);
  }
  if (top->first_body == n) top->above = seen;
  top->first_paragraph = i;
  top->above_paragraph = seen;
}

size_t kimput_page_line_starting(const kimput_page *page, const char *text, size_t from, size_t limit, const char *s,
                                 size_t n, size_t min_len) {
  size_t count = page->count < limit ? page->count : limit;
  for (size_t j = from; j < count; j++) {
    const kimput_page_line *l = &page->lines[j];
    /* (the length first: most lines are not the headline's, a compare of one byte or none) */
    if (l->end - l->start >= min_len && l->end - l->start >= n && memcmp(text + l->start, s, n) == 0) return j;
  }
  return SIZE_MAX;
}
