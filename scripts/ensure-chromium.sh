#!/usr/bin/env bash
# The browser test drives Debian's Chromium (playwright-core does not download browsers here).
# Installs it when missing: as root directly, otherwise through sudo when that works without a password.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
	exit 0
fi
if [ "$(id -u)" = "0" ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO="sudo -n"
else
	echo "ensure-chromium: $CHROMIUM is missing and this user cannot install packages; run: sudo apt-get install -y chromium" >&2
	exit 1
fi
echo "ensure-chromium: installing Debian's chromium (first run only, about a minute)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
"$CHROMIUM" --version >&2
