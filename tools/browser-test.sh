#!/bin/sh
# make test-browser: opens report.html in headless Chromium, checks that the
# timeline and the quotes table are on the rendered page, and saves
# screenshots (docs/report.png, laptop width; docs/report-phone.png).
# Skipped, with a message, when Chromium is not installed. Not part of make test.
#   tools/browser-test.sh [report.html]
page=${1:-report.html}
browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser=$(command -v "$b"); break; fi
done
if [ -z "$browser" ]; then
  echo "browser test skipped: Chromium is not installed (Debian: apt-get install chromium)"
  exit 0
fi
if [ ! -f "$page" ]; then echo "browser test: no $page (run make demo first)"; exit 1; fi
url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
profile=$(mktemp -d)
dom=$(mktemp)
trap 'rm -rf "$profile" "$dom"' EXIT
run() {
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars "$@" "$url" 2>/dev/null
}
run --dump-dom >"$dom"
passed=0; failed=0
check() {  # check DESCRIPTION PATTERN
  if grep -q -- "$2" "$dom"; then passed=$((passed + 1)); echo "ok   $1"
  else failed=$((failed + 1)); echo "FAIL $1 (no $2 in the rendered page)"; fi
}
check "timeline section" 'id="timeline"'
check "timeline drawing (SVG)" '<svg'
check "timeline marks" 'class="mark'
check "timeline list" '<ol class="timeline">'
check "quotes table" 'id="quotes-by-speaker"'
check "a speaker group" '<tbody class="speaker">'
mkdir -p docs
run --screenshot=docs/report.png --window-size=1200,1500 >/dev/null
run --screenshot=docs/report-phone.png --window-size=400,1400 >/dev/null
for shot in docs/report.png docs/report-phone.png; do
  if [ -s "$shot" ]; then passed=$((passed + 1)); echo "ok   screenshot $shot"
  else failed=$((failed + 1)); echo "FAIL screenshot $shot"; fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
