/* attribution.c -- who said each quotation (filled in below). */
#include <stdlib.h>

#include "document.h"

struct quote_set {
  kimput_quote *marks;
};

void quote_set_free(struct quote_set *set) {
  if (!set) return;
  free(set->marks);
  free(set);
}
