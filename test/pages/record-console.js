// Loaded first by the test pages: records console warnings and errors, and uncaught
// errors, so tests can assert that embedding the widgets is quiet.
window.__messages = [];
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.__messages.push(`${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}
window.addEventListener('error', (e) => window.__messages.push(`uncaught: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__messages.push(`unhandled: ${e.reason}`));

// And layout shifts (Cumulative Layout Shift), to check that loading moves nothing.
window.__layoutShift = 0;
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
} catch {}
