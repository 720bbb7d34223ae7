rockspec_format = "3.0"
package = "kimput"
version = "scm-1"
source = { url = "git+file:///dev/null" }
description = {
  summary = "Extraction from Indonesian news text: clean body, metadata, TIMEX3 dates, quotations, events",
  detailed = [[
kimput is a C library with a Lua 5.4 binding for analysts of Indonesian-language online
news: page cleaning and metadata, tokens and sentences, date and time expressions normalised
to TIMEX3, quotations with speaker, cue and relaying agency, PCRE2 extraction rules and
correspondence events, corpora and reports (CSV, JSON Lines, HTML).
]],
  license = "MIT",
}
dependencies = { "lua >= 5.4, < 5.5" }
external_dependencies = {
  ICU = { header = "unicode/uchar.h" },
  PCRE2 = { header = "pcre2.h" },
}
build = {
  -- The Makefile builds the C core and the module; `make install` copies the
  -- module, the Lua layer and the lexicons into the rock's tree.
  type = "make",
  build_target = "all",
  build_variables = { CFLAGS = "$(CFLAGS)" },
  install_target = "install",
  install_variables = { INST_LIBDIR = "$(LIBDIR)", INST_LUADIR = "$(LUADIR)" },
  install = { bin = { kimput = "bin/kimput" } },
}
