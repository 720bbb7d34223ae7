# kimput -- build, test, demo. See README.md.
#   make          build the C core (build/libkimput.a) and the Lua module (build/kimput/core.so)
#   make demo     install missing packages, build, run the example report
#   make test     install, build, lint, C tests and busted specs; last line "N passed, N failed"
#   make asan     the whole test suite against an -fsanitize=address,undefined build
#   make bench    throughput figures (a measurement, not a test)
#   make fuzz     libFuzzer targets, a short run each
#   make test-browser  headless Chromium checks report.html and a 5,000-article report
#                      (size, render time), saves docs/report.png
#   make install PREFIX=/usr/local   kimput.h, libkimput.a, libkimput.so, kimput.pc for C users
#   make rock     the Lua rock, installed for this user with LuaRocks (offline)

LUA      ?= lua5.4
BUSTED   ?= busted
CC       ?= gcc
BUILD    ?= build
PREFIX   ?= /usr/local
VERSION   = $(shell sed -n 's/^\#define KIMPUT_VERSION "\(.*\)"/\1/p' csrc/kimput.h)
DEB_PKGS  = lua5.4 liblua5.4-dev libicu-dev libpcre2-dev lua-busted lua-cjson lua-argparse lua-filesystem lua-check luarocks pkg-config gcc make parallel

# Where Lua's headers, ICU and PCRE2 are: found with pkg-config unless given
# as directories (LuaRocks passes LUA_INCDIR, ICU_INCDIR, ICU_LIBDIR,
# PCRE2_INCDIR, PCRE2_LIBDIR and LIBFLAG; see the rockspec).
ifdef LUA_INCDIR
LUA_CFLAGS = -I$(LUA_INCDIR)
else
LUA_CFLAGS = $(shell pkg-config --cflags lua5.4 2>/dev/null)
endif
ifdef ICU_INCDIR
ICU_CFLAGS = -I$(ICU_INCDIR)
ICU_LIBS   = $(if $(ICU_LIBDIR),-L$(ICU_LIBDIR)) -licuuc
else
ICU_CFLAGS = $(shell pkg-config --cflags icu-uc 2>/dev/null)
ICU_LIBS   = $(shell pkg-config --libs icu-uc 2>/dev/null || echo -licuuc)
endif
ifdef PCRE2_INCDIR
PCRE2_CFLAGS = -I$(PCRE2_INCDIR)
PCRE2_LIBS   = $(if $(PCRE2_LIBDIR),-L$(PCRE2_LIBDIR)) -lpcre2-8
else
PCRE2_CFLAGS = $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE2_LIBS   = $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)
endif
LIBFLAG  ?= -shared

OPT      ?= -O3
CFLAGS   ?= $(OPT) -g
ALL_CFLAGS = $(CFLAGS) -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wshadow -fPIC \
             $(LUA_CFLAGS) $(ICU_CFLAGS) $(PCRE2_CFLAGS)
LIBS      = $(ICU_LIBS) $(PCRE2_LIBS)

CORE_SRC  = $(filter-out csrc/lk%.c,$(wildcard csrc/*.c))
BIND_SRC  = $(wildcard csrc/lk*.c)
TEST_SRC  = $(wildcard csrc/tests/test_*.c)
HEADERS   = $(wildcard csrc/*.h)
CORE_OBJ  = $(CORE_SRC:csrc/%.c=$(BUILD)/obj/%.o)
BIND_OBJ  = $(BIND_SRC:csrc/%.c=$(BUILD)/obj/%.o)
TEST_BIN  = $(TEST_SRC:csrc/tests/%.c=$(BUILD)/tests/%)
LUA_SRC   = $(shell find lua -name '*.lua')
LUAC_OUT  = $(LUA_SRC:lua/%.lua=$(BUILD)/luac/%.luac)
# argparse (Debian's lua-argparse), which every command line loads: its
# bytecode too, used by bin/kimput while the installed file is the one compiled
ARGPARSE := $(shell $(LUA) -e 'io.write(package.searchpath("argparse", package.path) or "")' 2>/dev/null)
ifneq ($(ARGPARSE),)
LUAC_OUT += $(BUILD)/luac/argparse.luac
endif
MODULE    = $(BUILD)/kimput/core.so
SHARED    = $(BUILD)/libkimput.so
SONAME    = libkimput.so.0

export LUA_PATH  := $(CURDIR)/lua/?.lua;$(CURDIR)/lua/?/init.lua;$(CURDIR)/spec/?.lua;;
export LUA_CPATH := $(CURDIR)/$(BUILD)/?.so;;

.PHONY: all lib deps demo test check lint asan bench bench-tools fuzz clean install install-lua rock test-browser literals-cache

all: lib $(TEST_BIN) $(LUAC_OUT)

# the libraries and the Lua module, without the tests (what LuaRocks builds)
lib: $(BUILD)/libkimput.a $(SHARED) $(MODULE)

$(BUILD)/obj/%.o: csrc/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libkimput.a: $(CORE_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(SHARED): $(CORE_OBJ)
	$(CC) $(ALL_CFLAGS) -shared -Wl,-soname,$(SONAME) -o $@ $(CORE_OBJ) $(LIBS) $(LDFLAGS)

$(MODULE): $(BIND_OBJ) $(BUILD)/libkimput.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LIBFLAG) -o $@ $(BIND_OBJ) $(BUILD)/libkimput.a $(LIBS) $(LDFLAGS)

# The Lua layer's bytecode (and a copy of its source), which bin/kimput
# loads while the source is unchanged (no parsing at each start: some 6 ms)
$(BUILD)/luac/%.luac: lua/%.lua
	@mkdir -p $(dir $@)
	@$(LUA) tools/luac.lua $< $@

$(BUILD)/luac/argparse.luac: $(ARGPARSE)
	@mkdir -p $(dir $@)
	@$(LUA) tools/luac.lua $< $@

$(BUILD)/tests/%: csrc/tests/%.c $(BUILD)/libkimput.a csrc/tests/check.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Icsrc -o $@ $< $(BUILD)/libkimput.a $(LIBS) $(LDFLAGS)

# Installs the Debian packages that are missing (as root), or says how.
deps:
	@sh tools/deps.sh $(DEB_PKGS)

demo: deps
	@$(MAKE) --no-print-directory all
	bin/kimput run examples/overview.lua examples/corpus
	bin/kimput report timeline examples/corpus
	bin/kimput report quotes examples/corpus
	bin/kimput report overview examples/corpus -o report.html

# headless Chromium (installed when missing) opens report.html (made by demo)
# and the report of SCALE_DOCS generated articles (made by GNU parallel and by
# one process, which must agree), checks size and render time and saves
# docs/report.png. Not part of make test.
SCALE_DOCS ?= 5000
test-browser: demo
	@sh tools/deps.sh chromium
	@sh tools/scale-report.sh $(SCALE_DOCS) $(BUILD)/scale
	@sh tools/browser-test.sh report.html $(BUILD)/scale/report.html

test: deps
	@$(MAKE) --no-print-directory all
	@sh tools/run-tests.sh "$(BUILD)" "$(LUA)" "$(BUSTED)"

# the tests without the install step
check: all
	@sh tools/run-tests.sh "$(BUILD)" "$(LUA)" "$(BUSTED)"

lint:
	@sh tools/lint.sh

# Sanitizers: a separate build tree, and the Lua host with the ASan runtime preloaded.
asan: deps
	@$(MAKE) --no-print-directory all BUILD=build-asan OPT="-O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" LDFLAGS="-fsanitize=address,undefined"
	@KIMPUT_ASAN=1 LUA_CPATH="$(CURDIR)/build-asan/?.so;;" sh tools/run-tests.sh build-asan "$(LUA)" "$(BUSTED)"

bench:
	@sh tools/deps.sh $(DEB_PKGS) python3-dateparser
	@$(MAKE) --no-print-directory all bench-tools
	@sh bench/run.sh "$(BUILD)" "$(LUA)"

# ICU's word break iterator as a Lua module for the bench scripts (bench/corpus.lua)
bench-tools: $(BUILD)/bench/icu.so

$(BUILD)/bench/icu.so: bench/icu.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LIBFLAG) -o $@ $< $(ICU_LIBS) $(LDFLAGS)

# The analysed literals of the shipped page patterns (after editing lexicon/boilerplate.lua)
literals-cache: lib
	@KIMPUT_BUILD=$(BUILD) $(LUA) tools/gen-literals-cache.lua

fuzz:
	@sh tools/deps.sh $(DEB_PKGS) clang libclang-rt-14-dev
	@sh fuzz/run.sh

# The C library for C users: make install PREFIX=/usr/local (DESTDIR for
# packagers) installs kimput.h, libkimput.a, libkimput.so and kimput.pc.
install: lib
	mkdir -p "$(DESTDIR)$(PREFIX)/include" "$(DESTDIR)$(PREFIX)/lib/pkgconfig"
	cp csrc/kimput.h "$(DESTDIR)$(PREFIX)/include/kimput.h"
	cp $(BUILD)/libkimput.a "$(DESTDIR)$(PREFIX)/lib/libkimput.a"
	cp $(SHARED) "$(DESTDIR)$(PREFIX)/lib/$(SONAME)"
	ln -sf $(SONAME) "$(DESTDIR)$(PREFIX)/lib/libkimput.so"
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' csrc/kimput.pc.in \
	  > "$(DESTDIR)$(PREFIX)/lib/pkgconfig/kimput.pc"

# The rock, built and installed for this user by LuaRocks with the Debian
# packages as its dependencies (offline; see tools/luarocks-debian.lua).
rock: deps
	LUAROCKS_CONFIG=tools/luarocks-debian.lua luarocks --lua-version=5.4 make --local kimput-scm-1.rockspec

# The Lua module into a rock tree (the rockspec's install step):
# make install-lua INST_LIBDIR=... INST_LUADIR=...
install-lua: lib
	@test -n "$(INST_LIBDIR)" -a -n "$(INST_LUADIR)" || { echo "usage: make install-lua INST_LIBDIR=... INST_LUADIR=..."; exit 2; }
	mkdir -p "$(INST_LIBDIR)/kimput" "$(INST_LUADIR)/kimput"
	cp $(MODULE) "$(INST_LIBDIR)/kimput/core.so"
	cp -R lua/kimput/. "$(INST_LUADIR)/kimput/"

clean:
	rm -rf build build-asan build-fuzz bench/data report.html
