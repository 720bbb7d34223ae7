# kimput -- build, test, demo. See README.md.
#   make          build the C core (build/libkimput.a) and the Lua module (build/kimput/core.so)
#   make demo     install missing packages, build, run the example report
#   make test     install, build, lint, C tests and busted specs; last line "N passed, N failed"
#   make asan     the whole test suite against an -fsanitize=address,undefined build
#   make bench    throughput figures (a measurement, not a test)
#   make fuzz     libFuzzer targets, a short run each
#   make test-browser  headless Chromium checks report.html, saves docs/report.png

LUA      ?= lua5.4
BUSTED   ?= busted
CC       ?= gcc
BUILD    ?= build
PKG_MODS  = lua5.4 icu-uc icu-i18n libpcre2-8
DEB_PKGS  = lua5.4 liblua5.4-dev libicu-dev libpcre2-dev lua-busted lua-cjson lua-argparse lua-filesystem lua-check pkg-config gcc make

OPT      ?= -O3
CFLAGS   ?= $(OPT) -g
ALL_CFLAGS = $(CFLAGS) -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wshadow -fPIC \
             $(shell pkg-config --cflags $(PKG_MODS) 2>/dev/null)
LIBS      = $(shell pkg-config --libs icu-uc icu-i18n libpcre2-8 2>/dev/null)

CORE_SRC  = $(filter-out csrc/lk%.c,$(wildcard csrc/*.c))
BIND_SRC  = $(wildcard csrc/lk*.c)
TEST_SRC  = $(wildcard csrc/tests/test_*.c)
HEADERS   = $(wildcard csrc/*.h)
CORE_OBJ  = $(CORE_SRC:csrc/%.c=$(BUILD)/obj/%.o)
BIND_OBJ  = $(BIND_SRC:csrc/%.c=$(BUILD)/obj/%.o)
TEST_BIN  = $(TEST_SRC:csrc/tests/%.c=$(BUILD)/tests/%)
MODULE    = $(BUILD)/kimput/core.so

export LUA_PATH  := $(CURDIR)/lua/?.lua;$(CURDIR)/lua/?/init.lua;$(CURDIR)/spec/?.lua;;
export LUA_CPATH := $(CURDIR)/$(BUILD)/?.so;;

.PHONY: all deps demo test check lint asan bench fuzz clean install test-browser

all: $(BUILD)/libkimput.a $(MODULE) $(TEST_BIN)

$(BUILD)/obj/%.o: csrc/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libkimput.a: $(CORE_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(MODULE): $(BIND_OBJ) $(BUILD)/libkimput.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -shared -o $@ $(BIND_OBJ) $(BUILD)/libkimput.a $(LIBS) $(LDFLAGS)

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

# headless Chromium opens report.html (made by demo) and saves docs/report.png;
# skipped with a message when Chromium is missing. Not part of make test.
test-browser: demo
	@sh tools/browser-test.sh report.html

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
	@$(MAKE) --no-print-directory all
	@sh bench/run.sh "$(BUILD)" "$(LUA)"

fuzz:
	@sh tools/deps.sh $(DEB_PKGS) clang libclang-rt-14-dev
	@sh fuzz/run.sh

# Used by the rockspec (luarocks make): the module and the Lua layer into a rock tree.
install: all
	@test -n "$(INST_LIBDIR)" -a -n "$(INST_LUADIR)" || { echo "usage: make install INST_LIBDIR=... INST_LUADIR=..."; exit 2; }
	mkdir -p "$(INST_LIBDIR)/kimput" "$(INST_LUADIR)/kimput"
	cp $(MODULE) "$(INST_LIBDIR)/kimput/core.so"
	cp -R lua/kimput/. "$(INST_LUADIR)/kimput/"

clean:
	rm -rf build build-asan build-fuzz bench/data report.html
