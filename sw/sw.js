// The service worker: the app works offline from the second visit.
//
// This is the source; `scripts/sw.mjs` (run after every `trunk build --release`) writes
// dist/sw.js from it with Workbox's injectManifest, which replaces the placeholder of
// MANIFEST below with every file of the build and a revision for each (a hash of its
// content). No other code is pulled in.
//
// - Install: every listed file is put in one cache, keyed by URL and revision, so files
//   that did not change between two versions are not fetched again; except the
//   physiotherapist's desk (desk.html and its files), which no mother's phone needs: it
//   is cached the first time it is used, so a physiotherapist who has opened it once has
//   it offline too.
// - Fetch: the app's own listed files come from the cache first (the network only if one
//   is missing); a navigation gets the cached index.html, so the app opens offline.
//   Everything else goes to the network untouched.
// - A new version waits (never takes over a page by itself) until the page posts
//   {type: "SKIP_WAITING"}, which the app only offers while no routine is running.
// - Activate: files of older versions and caches of other versions are removed.

const CACHE = 'gentle-back-precache-v1';
const MANIFEST = self.__WB_MANIFEST;

/** URL (absolute, no query) → the cache key of its current revision. */
const KEYS = new Map(
  MANIFEST.map(({ url, revision }) => {
    const absolute = new URL(url, self.location).href;
    const key = new URL(absolute);
    if (revision) key.searchParams.set('__rev', revision);
    return [absolute, key.href];
  }),
);
const INDEX = new URL('index.html', self.location).href;

/** Whether a file is cached on first use rather than at install (the desk's). */
const onFirstUse = (href) => /\/desk[-.][^/]*$/.test(new URL(href).pathname);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const [url, key] of KEYS) {
        if (onFirstUse(url) || (await cache.match(key))) continue;
        // `reload` skips the HTTP cache, so a stale copy never lands in ours.
        const response = await fetch(new Request(key, { cache: 'reload' }));
        if (!response.ok) throw new Error(`precache: ${key} answered ${response.status}`);
        await cache.put(key, response);
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== CACHE) await caches.delete(name);
      }
      const cache = await caches.open(CACHE);
      const current = new Set(KEYS.values());
      for (const request of await cache.keys()) {
        if (!current.has(request.url)) await cache.delete(request);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.hash = '';
  url.search = '';
  let key = KEYS.get(url.href);
  if (!key && request.mode === 'navigate') key = KEYS.get(INDEX);
  if (!key) return;
  const later = onFirstUse(url.href);
  event.respondWith(
    (async () => {
      const cached = await caches.match(key, { cacheName: CACHE });
      if (cached) return cached;
      if (!later) return fetch(request);
      // First use of a desk file: this revision, fetched fresh, kept for next time.
      const response = await fetch(new Request(key, { cache: 'reload' }));
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
      }
      return response;
    })(),
  );
});
