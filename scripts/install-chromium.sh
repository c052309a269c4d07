#!/usr/bin/env bash
# The browser test drives Debian's Chromium through playwright-core. This installs it once
# (the machine's own package manager, no download from elsewhere); it does nothing when present.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: install Debian's package (sudo apt-get install chromium) and run the tests again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
command -v chromium
