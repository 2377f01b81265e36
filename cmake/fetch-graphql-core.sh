#!/usr/bin/env bash
# Fetch graphql-core 3.2.6 (Debian 13's python3-graphql-core, pure Python) into DEST without
# touching the system's apt sources. Usage: fetch-graphql-core.sh DEST
# Leaves DEST/usr/lib/python3/dist-packages/graphql; exits non-zero with a clear message on failure.
set -euo pipefail
dest=${1:?usage: fetch-graphql-core.sh DEST}
want=3.2.6
site="$dest/usr/lib/python3/dist-packages"
if [ -f "$site/graphql/version.py" ] && grep -q "^version = \"$want\"" "$site/graphql/version.py"; then
    exit 0
fi
src=/etc/apt/sources.list.d/debian.sources
uri=""
[ -f "$src" ] && uri=$(awk '/^URIs:/{print $2; exit}' "$src")
[ -n "$uri" ] || uri=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
if [ -z "$uri" ]; then
    echo "fetch-graphql-core: no Debian mirror configured in $src or /etc/apt/sources.list" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/archives/partial"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri trixie main" > "$work/sources.list"
o=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
   -o "Dir::State::Lists=$work/lists" -o "Dir::Cache::Archives=$work/archives"
   -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
if ! apt-get "${o[@]}" -qq update >"$work/log" 2>&1; then
    echo "fetch-graphql-core: could not read Debian 13 (trixie) package lists from $uri:" >&2
    cat "$work/log" >&2
    exit 1
fi
if ! (cd "$work" && apt-get "${o[@]}" -qq download "python3-graphql-core=$want-*" >>"$work/log" 2>&1); then
    echo "fetch-graphql-core: could not download python3-graphql-core $want from trixie:" >&2
    cat "$work/log" >&2
    exit 1
fi
mkdir -p "$dest"
dpkg -x "$work"/python3-graphql-core_*.deb "$dest"
if ! grep -q "^version = \"$want\"" "$site/graphql/version.py"; then
    echo "fetch-graphql-core: unpacked package is not graphql-core $want" >&2
    exit 1
fi
