#!/bin/sh
# make test-browser: opens the reports in headless Chromium (Debian's
# chromium; the Makefile installs it when missing), checks what the rendered
# pages hold, the size of the report at scale and its render time (load,
# style and layout, measured inside the browser), and saves the screenshots
# the README shows (docs/report.png, laptop width; docs/report-phone.png).
#   tools/browser-test.sh SMALL.html SCALE.html
small=${1:-report.html}
scale=${2:-build/scale/report.html}
MAX_BYTES=2000000   # 2 MB
MAX_MS=3000
MAX_HEIGHT=20000    # px at 1200 px wide
browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser=$(command -v "$b"); break; fi
done
if [ -z "$browser" ]; then
  echo "browser test: Chromium is not installed (Debian: apt-get install chromium)"
  exit 1
fi
for page in "$small" "$scale"; do
  if [ ! -f "$page" ]; then echo "browser test: no $page (make test-browser makes it)"; exit 1; fi
done
abs() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {  # run URL CHROMIUM-OPTIONS...
  url=$1; shift
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --allow-file-access-from-files --user-data-dir="$tmp/profile" --hide-scrollbars "$@" "$url" 2>/dev/null
}
passed=0; failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
check() {  # check DOM-FILE DESCRIPTION PATTERN
  if grep -q -- "$3" "$1"; then ok "$2"; else fail "$2 (no $3 in the rendered page)"; fi
}

# A page that loads the report in a frame and times load + style + layout.
cat >"$tmp/timer.html" <<'HTML'
<!DOCTYPE html><html><body><pre id="out">not loaded</pre><script>
const t0 = performance.now(), f = document.createElement("iframe");
f.style.width = "1200px"; f.style.height = "1500px";
f.onload = () => {
  let msg;
  try { const h = f.contentDocument.documentElement.scrollHeight;
        msg = "render-ms " + Math.round(performance.now() - t0) + " height " + h; }
  catch (e) { msg = "error " + e; }
  document.getElementById("out").textContent = msg;
};
f.src = decodeURIComponent(location.hash.slice(1));
document.body.appendChild(f);
</script></body></html>
HTML

for page in "$small" "$scale"; do
  echo "== $page"
  run "file://$(abs "$page")" --dump-dom >"$tmp/dom"
  check "$tmp/dom" "timeline section" 'id="timeline"'
  check "$tmp/dom" "timeline chart (SVG bars)" 'class="bar"'
  check "$tmp/dom" "periods" '<ol class="periods">'
  check "$tmp/dom" "top speakers and parties" 'id="top-speakers"'
  check "$tmp/dom" "quotes by speaker" 'id="quotes-by-speaker"'
  check "$tmp/dom" "a speaker" '<details class="speaker"'
  check "$tmp/dom" "lang=id" '<html lang="id">'
done

bytes=$(wc -c <"$scale")
if [ "$bytes" -le "$MAX_BYTES" ]; then ok "size $bytes bytes <= $MAX_BYTES"
else fail "size $bytes bytes > $MAX_BYTES"; fi
run "file://$tmp/timer.html#file://$(abs "$scale")" --dump-dom >"$tmp/timer"
result=$(sed -n 's/.*id="out">\([^<]*\)<.*/\1/p' "$tmp/timer")
ms=$(echo "$result" | sed -n 's/^render-ms \([0-9]*\) .*/\1/p')
height=$(echo "$result" | sed -n 's/.* height \([0-9]*\)$/\1/p')
if [ -n "$ms" ] && [ "$ms" -lt "$MAX_MS" ]; then ok "render $ms ms < $MAX_MS ms"
else fail "render time: ${result:-no measurement} (limit $MAX_MS ms)"; fi
if [ -n "$height" ] && [ "$height" -le "$MAX_HEIGHT" ]; then ok "page height $height px <= $MAX_HEIGHT px"
else fail "page height: ${height:-unknown} px (limit $MAX_HEIGHT)"; fi

mkdir -p docs
url="file://$(abs "$scale")"
run "$url" --screenshot=docs/report.png --window-size=1200,1500 >/dev/null
run "$url" --screenshot=docs/report-phone.png --window-size=400,1400 >/dev/null
for shot in docs/report.png docs/report-phone.png; do
  if [ -s "$shot" ]; then ok "screenshot $shot"; else fail "screenshot $shot"; fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
