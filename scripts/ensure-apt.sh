#!/usr/bin/env bash
# Installs the Debian packages given as arguments when any is missing (tests need system services such
# as redis-server and postgresql that npm cannot provide). Does nothing when all are installed. Installs
# as root directly, otherwise through sudo when that works without a password.
# Usage: scripts/ensure-apt.sh PACKAGE...
set -euo pipefail
missing=()
for package in "$@"; do
	status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
	[ "$status" = "install ok installed" ] || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO="sudo -n"
else
	echo "ensure-apt: missing ${missing[*]} and this user cannot install packages; run: sudo apt-get install -y ${missing[*]}" >&2
	exit 1
fi
echo "ensure-apt: installing ${missing[*]} (first run only)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# policy-rc.d-free containers: the packages' own services may fail to start; the tests start their own.
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
