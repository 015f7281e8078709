#!/usr/bin/env bash
# Install a headless-capable Chromium from the distribution's packages, for
# tests/e2e/test_html_browser.py (which is skipped, saying why, without one).
#
#   sudo scripts/install_browser.sh          # Debian: the `chromium` package
#
# Debian ships Chromium as a normal .deb; Ubuntu's `chromium-browser` package
# is only a stub for the snap, so on Ubuntu install Google Chrome or Chromium
# another way and point RNGSCOPE_BROWSER at it. Exits non-zero on failure.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
    echo "chromium is already installed: $(command -v chromium)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_browser.sh: no apt-get here; install Chromium with your package manager" \
         "(e.g. 'brew install --cask chromium') and set RNGSCOPE_BROWSER if it is not on PATH." >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
chromium --version
