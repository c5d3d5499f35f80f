#!/usr/bin/env bash
# Debian's Chromium, for the browser tests (the HTML report printed to PDF). Never `playwright install`: the tests
# point Playwright at /usr/bin/chromium. Idempotent; needs root (as CI runs) or sudo.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
SUDO=""; if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium
