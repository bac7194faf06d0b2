#!/bin/sh
# The last build step (run by `cargo xtask assemble`, Trunk's post-build
# hook): writes sw.js into the staged build from public/sw.js,
# with the build's files to precache and a version taken from their contents,
# so every new build is a new service worker that browsers pick up.
# A development build gets a worker that removes itself and its caches
# instead, so `cargo xtask serve` always shows the code being worked on.
set -eu
worker="$(cd "$(dirname "$0")/.." && pwd)/public/sw.js"
cd "$TRUNK_STAGING_DIR"
if [ "${TRUNK_PROFILE:-release}" != "release" ]; then
  cat > sw.js <<'WORKER'
// Development build: no offline cache. Remove any worker and cache a
// release build left behind in this folder (other folders' copies keep theirs).
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(`crewbuilder:${self.registration.scope}:`) || key.startsWith("crewbuilder-")).map((key) => caches.delete(key))))
      .then(() => self.registration.unregister()),
  );
});
WORKER
  exit 0
fi
files=$(find . -type f ! -name sw.js ! -name index.html ! -name preview.png | sed 's|^\./||' | LC_ALL=C sort)
# Each list's page (index.html in the root and in one folder per list),
# precached as its folder.
pages=$(find . -name index.html | sed -e 's|index.html$||' | LC_ALL=C sort)
version=$(cat $(find . -name index.html | LC_ALL=C sort) $files | sha256sum | cut -c1-16)
list=''
for page in $pages; do
  list="$list${list:+, }\"$page\""
done
for file in $files; do
  list="$list, \"$file\""
done
sed -e "s|__VERSION__|$version|" -e "s|\[\]; // __PRECACHE__|[$list];|" \
  "$worker" > sw.js
