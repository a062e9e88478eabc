/*
 * The bench's instrumentation, the first script of every bench page (a classic script, so
 * it runs before anything else). Not part of what a page "loads": the byte counts leave
 * it out (bench/pages.mjs, HARNESS).
 *
 * window.__ready = { t } is set when the page's content is drawn and then painted, t in ms
 * since navigation start:
 * - pages with coop-* elements: when every one of them has fired coop-load (they are
 *   counted once the HTML is parsed), then requestAnimationFrame + setTimeout;
 * - anchor pages: when the page calls __benchReady() (after the library's own "drawn"
 *   signal), then the same requestAnimationFrame + setTimeout.
 * Also records FCP, layout shifts (CLS), coop-error events, and counts animation frames
 * for the frame-rate gestures (__fps.start() / __fps.stop()).
 */
(function () {
  'use strict';
  var TAGS = 'coop-map, coop-timeline, coop-card, coop-cards';
  var bench = (window.__bench = { fcp: null, cls: 0, shifts: [], coopLoad: null, loads: [], errors: [], expected: null });

  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
      });
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        if (e.hadRecentInput) return;
        bench.cls += e.value;
        bench.shifts.push({ t: e.startTime, value: e.value });
      });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) {
    bench.errors.push('observer: ' + e.message);
  }

  function painted() {
    requestAnimationFrame(function () {
      setTimeout(function () {
        if (window.__ready) return;
        window.__ready = { t: performance.now() };
        performance.mark('bench-ready');
        dispatchEvent(new Event('bench-ready'));
      });
    });
  }

  /** Anchors call this once their library says the view is drawn. */
  window.__benchReady = function () {
    if (!bench.drawn) {
      bench.drawn = performance.now();
      painted();
    }
  };

  var loaded = new Set();
  function check() {
    if (bench.expected === null || bench.expected === 0 || loaded.size < bench.expected || bench.coopLoad !== null) return;
    bench.coopLoad = performance.now();
    painted();
  }
  document.addEventListener(
    'coop-load',
    function (e) {
      var target = e.composedPath()[0];
      bench.loads.push({ tag: target.localName, t: performance.now(), detail: e.detail });
      loaded.add(target);
      check();
    },
    true,
  );
  document.addEventListener(
    'coop-error',
    function (e) {
      var target = e.composedPath()[0];
      bench.errors.push(target.localName + ' coop-error ' + (e.detail && e.detail.type) + ': ' + (e.detail && e.detail.message));
    },
    true,
  );
  addEventListener('error', function (e) {
    bench.errors.push('error: ' + e.message);
  });
  addEventListener('unhandledrejection', function (e) {
    bench.errors.push('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : e.reason));
  });
  document.addEventListener('DOMContentLoaded', function () {
    bench.expected = document.querySelectorAll(TAGS).length;
    check();
  });

  /** Counts requestAnimationFrame callbacks between start() and stop(): frames, seconds, longest frame. */
  var fps = { running: false };
  window.__fps = {
    start: function () {
      fps = { running: true, frames: 0, first: null, last: null, longest: 0 };
      var tick = function (now) {
        if (!fps.running) return;
        if (fps.last !== null) fps.longest = Math.max(fps.longest, now - fps.last);
        else fps.first = now;
        fps.last = now;
        fps.frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      fps.started = performance.now();
    },
    stop: function () {
      fps.running = false;
      var seconds = (performance.now() - fps.started) / 1000;
      return { frames: fps.frames, seconds: seconds, fps: fps.frames / seconds, longest: fps.longest };
    },
  };
})();
