rockspec_format = "3.0"
package = "kimput"
version = "scm-1"
-- `luarocks make` builds this checkout; no archive is published yet.
source = { url = "git+file:///dev/null" }
description = {
  summary = "Extraction from Indonesian news text: clean body, metadata, TIMEX3 dates, quotations, events",
  detailed = [[
kimput is a C library with a Lua 5.4 binding for analysts of Indonesian-language online
news: page cleaning and metadata, tokens and sentences, date and time expressions normalised
to TIMEX3, quotations with speaker, cue and relaying agency, PCRE2 extraction rules and
correspondence events, corpora, queries and reports (CSV, JSON Lines, HTML), and a command
line (kimput extract, kimput report, kimput run). The output is described in docs/output.md.
]],
  license = "MIT",
  labels = { "nlp", "indonesian", "news", "timex3", "quotations", "pcre2", "icu" },
}
dependencies = {
  "lua >= 5.4, < 5.5",
  "lua-cjson >= 2.1",      -- JSON Lines reading and writing (require "cjson")
  "argparse >= 0.7",       -- the command line's arguments
  "luafilesystem >= 1.8",  -- walking folders of articles (require "lfs")
}
external_dependencies = {
  ICU = { header = "unicode/ucasemap.h", library = "icuuc" },
  PCRE2 = { header = "pcre2.h", library = "pcre2-8" },
}
build = {
  -- The Makefile builds the C core and the module with the directories
  -- LuaRocks found (no pkg-config needed), and `make install-lua` copies
  -- the module, the Lua layer and the lexicons into the rock's tree.
  type = "make",
  build_target = "lib",
  build_variables = {
    CFLAGS = "$(CFLAGS)",
    LIBFLAG = "$(LIBFLAG)",
    LUA_INCDIR = "$(LUA_INCDIR)",
    ICU_INCDIR = "$(ICU_INCDIR)",
    ICU_LIBDIR = "$(ICU_LIBDIR)",
    PCRE2_INCDIR = "$(PCRE2_INCDIR)",
    PCRE2_LIBDIR = "$(PCRE2_LIBDIR)",
  },
  install_target = "install-lua",
  install_variables = {
    INST_LIBDIR = "$(LIBDIR)",
    INST_LUADIR = "$(LUADIR)",
    LUA_INCDIR = "$(LUA_INCDIR)",
    ICU_INCDIR = "$(ICU_INCDIR)",
    ICU_LIBDIR = "$(ICU_LIBDIR)",
    PCRE2_INCDIR = "$(PCRE2_INCDIR)",
    PCRE2_LIBDIR = "$(PCRE2_LIBDIR)",
  },
  install = { bin = { kimput = "bin/kimput" } },
}
test = {
  -- lint, the C unit tests and the busted specs, offline; the last line is
  -- "N passed, N failed"
  type = "command",
  command = "make check",
}
