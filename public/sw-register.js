// Registers the service worker (public/sw.js). Loaded with `defer` from the page <head>; a file of
// its own because the Content-Security-Policy allows no inline scripts. The portal works fully
// without it: the worker only adds the offline page and caching of immutable assets.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) {
    return;
  }
  function register() {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .catch(function (error) {
        // Not fatal (private browsing, blocked storage): the site keeps working online.
        console.warn('Service worker registration failed:', error);
      });
  }
  // After the load event, so that registering does not compete with the page's own downloads.
  if (document.readyState === 'complete') {
    register();
  } else {
    window.addEventListener('load', register, { once: true });
  }
})();
