#!/bin/sh
# Trunk post-build hook: writes sw.js into the staged build from public/sw.js,
# with the build's files to precache and a version taken from their contents,
# so every new build is a new service worker that browsers pick up.
set -eu
cd "$TRUNK_STAGING_DIR"
files=$(find . -type f ! -name sw.js ! -name index.html | sed 's|^\./||' | LC_ALL=C sort)
version=$(cat index.html $files | sha256sum | cut -c1-16)
list='"./"'
for file in $files; do
  list="$list, \"$file\""
done
sed -e "s|__VERSION__|$version|" -e "s|\[\]; // __PRECACHE__|[$list];|" \
  "$TRUNK_SOURCE_DIR/public/sw.js" > sw.js
