#!/bin/sh
# kimput's date stage beside python3-dateparser on the sample articles and
# hand-annotated dates: KIMPUT_GOLD names a JSON file listing, per article,
# its "file", "published" and "dates" ({"text", "value"}); without it the
# comparison is skipped.
#   bench/dates_compare.sh BUILD_DIR LUA
build=${1:-build}
gold=${KIMPUT_GOLD:-}
texts=${KIMPUT_TEXTS:-examples/corpus}
if [ -z "$gold" ] || [ ! -f "$gold" ]; then echo "dates compare: skipped (set KIMPUT_GOLD to a gold file)"; exit 0; fi
KIMPUT_BUILD="$(pwd)/$build" bin/kimput run bench/dates_compare.lua "$gold" "$texts" 200
py=/usr/bin/python3
[ -x "$py" ] || py=python3
if "$py" -c "import dateparser" 2>/dev/null; then
  "$py" bench/dateparser.py "$gold" "$texts" 3
else
  echo "dateparser: not installed (apt-get install python3-dateparser)"
fi
