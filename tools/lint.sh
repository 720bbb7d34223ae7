#!/bin/sh
# luacheck over the Lua code, cppcheck over the C core; exits non-zero on a finding.
rc=0
luacheck -q lua spec examples bench tools bin/kimput || rc=1
cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
  --inline-suppr --std=c11 -Icsrc $(pkg-config --cflags-only-I lua5.4) \
  --suppress=missingIncludeSystem --suppress=toomanyconfigs csrc fuzz 2>&1 || rc=1
[ $rc = 0 ] && echo "lint: clean"
exit $rc
