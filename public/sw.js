/*
 * Service worker of Cổng Dịch vụ công. Plain ES2017, no build step. Registered by sw-register.js.
 *
 * Rules:
 *  1. Install: precache only the offline page and what it needs (PRECACHE_URLS), then skipWaiting.
 *  2. Activate: delete every cache of ours ("dvc-" prefix) whose name is not of this VERSION,
 *     enable navigation preload, then clients.claim().
 *  3. Fetch:
 *     - non-GET requests and cross-origin requests are not touched (the browser handles them);
 *     - /api/*, /healthz and /readyz are never cached nor answered from a cache (not touched);
 *     - page navigations (request.mode === "navigate") are network-only: pages are rendered per
 *       visitor and may hold personal or payment data, so no page is ever stored. When the
 *       network fails (offline), the precached /offline.html is answered instead;
 *     - /pkg/* files whose names carry a content hash (portal.<hash>.js|wasm|css) and /icons/*:
 *       cache-first, stored on first fetch in the versioned runtime cache. Unhashed /pkg files
 *       (a development build without hashing) go to the network, so they are never stale;
 *     - /offline.css and /manifest.webmanifest: network, falling back to the precache offline;
 *     - everything else: not touched.
 *  Only complete, successful, same-origin responses (status 200, type "basic") are stored.
 *
 * Bump VERSION when the precached files or the icons change: the new worker then installs fresh
 * copies and the old caches are deleted on activation.
 */
'use strict';

const VERSION = 'v1';
const CACHE_PREFIX = 'dvc-';
const PRECACHE = `${CACHE_PREFIX}precache-${VERSION}`;
const RUNTIME = `${CACHE_PREFIX}runtime-${VERSION}`;
const CURRENT_CACHES = [PRECACHE, RUNTIME];

const OFFLINE_URL = '/offline.html';
const PRECACHE_URLS = [
  OFFLINE_URL,
  '/offline.css',
  '/icons/mark.svg',
  '/icons/icon-192.png',
  '/manifest.webmanifest',
];

// Hashed bundles from successive releases accumulate; keep the runtime cache bounded.
const RUNTIME_MAX_ENTRIES = 60;

const NEVER_CACHED_PREFIXES = ['/api/'];
const NEVER_CACHED_PATHS = ['/healthz', '/readyz'];
// cargo-leptos with hash-files: "portal.<22 base64url characters>.<ext>".
const HASHED_PKG_FILE = /^\/pkg\/[^/]+\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9]+$/;
const NETWORK_FIRST_PATHS = ['/offline.css', '/manifest.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE);
      // cache: 'reload' bypasses the HTTP cache, so a new VERSION really fetches new copies.
      await cache.addAll(PRECACHE_URLS.map((url) => new Request(url, { cache: 'reload' })));
      await self.skipWaiting();
    })()
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && !CURRENT_CACHES.includes(name))
          .map((name) => caches.delete(name))
      );
      if (self.registration.navigationPreload) {
        // Starts the page request while the worker boots: navigations stay as fast as without it.
        await self.registration.navigationPreload.enable();
      }
      await self.clients.claim();
    })()
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (isNeverCached(url.pathname)) {
    if (request.mode === 'navigate' && event.preloadResponse) {
      // Not answered here: the browser goes to the network itself. Waiting on the preload only
      // avoids a "preload request was cancelled" warning in the console.
      event.waitUntil(event.preloadResponse.catch(() => undefined));
    }
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(networkOnlyPage(event));
    return;
  }
  // Partial responses (206) cannot be stored; let the browser handle range requests itself.
  if (request.headers.has('range')) {
    return;
  }
  if (HASHED_PKG_FILE.test(url.pathname) || url.pathname.startsWith('/icons/')) {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (NETWORK_FIRST_PATHS.includes(url.pathname)) {
    event.respondWith(networkFallingBackToPrecache(request));
  }
  // Anything else: not handled here, so the browser fetches it normally.
});

function isNeverCached(pathname) {
  return (
    NEVER_CACHED_PREFIXES.some((prefix) => pathname.startsWith(prefix)) ||
    NEVER_CACHED_PATHS.includes(pathname)
  );
}

function isStorable(response) {
  return response && response.status === 200 && response.type === 'basic';
}

// Pages: the network only. Offline, the precached offline page (never the page itself).
async function networkOnlyPage(event) {
  try {
    const preloaded = await event.preloadResponse;
    if (preloaded) {
      return preloaded;
    }
    return await fetch(event.request);
  } catch (error) {
    const offline = await caches.match(OFFLINE_URL, { cacheName: PRECACHE });
    if (offline) {
      return offline;
    }
    return new Response('Không có kết nối mạng. Vui lòng kiểm tra kết nối và thử lại.', {
      status: 503,
      statusText: 'Service Unavailable',
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
}

// Immutable assets: the cache first; on a miss, the network, and store a good response.
async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (isStorable(response)) {
    const copy = response.clone();
    // Storing must not delay the response; waitUntil is not needed for a best-effort write.
    caches
      .open(RUNTIME)
      .then((cache) => cache.put(request, copy))
      .then(() => trimCache(RUNTIME, RUNTIME_MAX_ENTRIES))
      .catch(() => {});
  }
  return response;
}

// Files of the offline page that may change between releases: fresh online, precached offline.
async function networkFallingBackToPrecache(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(request, { cacheName: PRECACHE, ignoreSearch: true });
    if (cached) {
      return cached;
    }
    throw error;
  }
}

// Deletes the oldest entries (keys() lists them in insertion order) beyond maxEntries.
async function trimCache(cacheName, maxEntries) {
  const cache = await caches.open(cacheName);
  const keys = await cache.keys();
  const excess = keys.length - maxEntries;
  for (let i = 0; i < excess; i += 1) {
    await cache.delete(keys[i]);
  }
}
