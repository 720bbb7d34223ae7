/* fold.c -- case folding for queries: ICU's full case folding straight
 * over UTF-8 (ucasemap), and for names spaces and dashes dropped as well.
 * Nothing is kept between calls. */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ucasemap.h>
#include <unicode/utf8.h>

#include "kimput.h"

/* Spaces and dashes of any script: they separate parts of a name but do
 * not tell names apart (Kim Jong-un, Kim Jong Un). */
static int is_separator(UChar32 c) {
  return u_isUWhiteSpace(c) || u_charType(c) == U_DASH_PUNCTUATION;
}

/* Drops the separators of buf[0..len) in place; returns the new length. */
static int32_t drop_separators(char *buf, int32_t len) {
  int32_t r = 0, w = 0;
  while (r < len) {
    int32_t at = r;
    UChar32 c;
    U8_NEXT(buf, r, len, c);
    if (c >= 0 && is_separator(c)) continue;
    memmove(buf + w, buf + at, (size_t)(r - at));
    w += r - at;
  }
  return w;
}

kimput_status kimput_fold(const char *text, size_t len, int flags, char **out, size_t *out_len) {
  if (!out || !out_len || (!text && len)) return KIMPUT_ERR_ARG;
  *out = NULL;
  *out_len = 0;
  if (len > KIMPUT_FOLD_MAX) return KIMPUT_ERR_TOO_LARGE;
  if (!kimput_utf8_valid(text, len, NULL)) return KIMPUT_ERR_UTF8;
  UErrorCode err = U_ZERO_ERROR;
  UCaseMap *map = ucasemap_open("", U_FOLD_CASE_DEFAULT, &err);
  if (U_FAILURE(err)) return KIMPUT_ERR_NOMEM;
  /* a first call measures, a second folds */
  int32_t need = ucasemap_utf8FoldCase(map, NULL, 0, text ? text : "", (int32_t)len, &err);
  if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
  char *buf = U_SUCCESS(err) ? malloc((size_t)need + 1) : NULL;
  if (buf) ucasemap_utf8FoldCase(map, buf, need + 1, text ? text : "", (int32_t)len, &err);
  ucasemap_close(map);
  if (!buf || U_FAILURE(err)) {
    free(buf);
    return KIMPUT_ERR_NOMEM;
  }
  int32_t w = need;
  if (flags & KIMPUT_FOLD_NAME) w = drop_separators(buf, need);
  buf[w] = '\0';
  *out = buf;
  *out_len = (size_t)w;
  return KIMPUT_OK;
}
