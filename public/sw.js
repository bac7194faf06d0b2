// Crew Builder's service worker: once a page has loaded, the app opens with no
// network. `tools/service-worker.sh` (a Trunk post-build hook) fills in the
// build's files and a version that changes with any of them.
const VERSION = "__VERSION__";
const PRECACHE = []; // __PRECACHE__
// Each copy of the site (its folder: the worker's scope) keeps its own
// cache, so two copies on one host never drop or serve each other's files.
const SCOPE = self.registration.scope;
const CACHE = `crewbuilder:${SCOPE}:${VERSION}`;
const NETWORK_PATIENCE_MS = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

// A new version replaces the old one at once and drops its cache (and any
// cache named the way builds before scoped caches named theirs).
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => (key.startsWith(`crewbuilder:${SCOPE}:`) && key !== CACHE) || key.startsWith("crewbuilder-"))
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// Pages and the data file: the network first, so a new version or a data
// correction arrives on the next visit; the cache when offline or slow.
// Everything else has a content hash in its name: the cache first.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  const fresh = request.mode === "navigate" || request.url.endsWith(".json");
  event.respondWith(fresh ? networkFirst(request) : cacheFirst(request));
});

// Each list's page is kept under one key (its folder), whatever its query
// or fragment, and whether asked for as the folder or its index.html.
function cacheKey(request) {
  const url = new URL(request.url);
  const page = url.pathname.replace(/index\.html$/, "");
  return page.endsWith("/") ? new URL(page, self.location).href : request;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const key = cacheKey(request);
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      await cache.put(key, response.clone());
    }
    return response;
  });
  const cached = await cache.match(key);
  if (!cached) {
    return network;
  }
  // On a poor connection the cached copy wins after a few seconds; the
  // network's answer still refreshes the cache for the next visit.
  const patience = new Promise((resolve) => setTimeout(resolve, NETWORK_PATIENCE_MS, cached));
  return Promise.race([network.catch(() => cached), patience]);
}

async function cacheFirst(request) {
  const cached = await (await caches.open(CACHE)).match(request);
  return cached || fetch(request);
}
