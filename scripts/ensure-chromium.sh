#!/usr/bin/env bash
# The browser test drives Debian's Chromium (playwright-core does not download browsers here); installs
# it through ensure-apt.sh when the executable is missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
	exit 0
fi
bash "$(dirname "$0")/ensure-apt.sh" chromium fonts-liberation
"$CHROMIUM" --version >&2
