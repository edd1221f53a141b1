#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian/Ubuntu machine: Chromium (browser tests),
# poppler-utils (PDF checks), Charis SIL (a Charter from the body font stack, so the measure checks
# see the design's proportions, not a wide fallback serif), a Chinese font (WenQuanYi Zen Hei, so
# print and PDF draw the Chinese wording), nginx with its brotli_static module and openssl (the
# hosting tests serve dist/ with the generated nginx configuration, over HTTP and a throw-away HTTPS
# certificate), Firefox ESR, WebKitGTK's WebDriver and MiniBrowser, and Xvfb (the cross-engine test,
# tests/engines/engines.test.ts: WebKitGTK has no headless mode), then the exact npm dependencies from the lock file
# (with them, Node 24 on Linux x64: see the README).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -q 'Charis SIL' || missing+=(fonts-sil-charis)
# Chinese fonts with real bold and a serif (Song) face, in simplified forms, for the Chinese edition on screen, in
# print and in npm run pdf (WQY Zen Hei, which the English print's Chinese runs first used, has neither).
fc-list 2>/dev/null | grep -q 'Noto Serif CJK SC' || missing+=(fonts-noto-cjk)
# nginx-light is the smallest Debian nginx with gzip_static; the tests start their own, unprivileged, on loopback.
command -v nginx >/dev/null 2>&1 || [ -x "${NGINX:-/usr/sbin/nginx}" ] || missing+=(nginx-light)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
# The other two engines (scripts/engines.mjs); webkit2gtk-driver brings libwebkit2gtk-4.1-0, which holds MiniBrowser.
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ -x "${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}" ] || missing+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
