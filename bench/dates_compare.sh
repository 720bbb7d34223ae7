#!/bin/sh
# kimput's date stage beside python3-dateparser on the sample articles and
# their gold dates (../shared/gold/seeds.json, or $KIMPUT_GOLD).
#   bench/dates_compare.sh BUILD_DIR LUA
build=${1:-build}
gold=${KIMPUT_GOLD:-../shared/gold/seeds.json}
texts=${KIMPUT_TEXTS:-examples/corpus}
if [ ! -f "$gold" ]; then echo "dates compare: no gold file $gold (set KIMPUT_GOLD)"; exit 0; fi
KIMPUT_BUILD="$(pwd)/$build" bin/kimput run bench/dates_compare.lua "$gold" "$texts" 200
py=/usr/bin/python3
[ -x "$py" ] || py=python3
if "$py" -c "import dateparser" 2>/dev/null; then
  "$py" bench/dateparser.py "$gold" "$texts" 3
else
  echo "dateparser: not installed (apt-get install python3-dateparser)"
fi
