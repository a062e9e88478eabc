// Records the coop-error events of the page's elements (tag and detail), as a page's own
// script would listen for them.
window.__coopErrors = [];
document.addEventListener('coop-error', (e) => window.__coopErrors.push({ tag: e.target.localName, detail: e.detail }));
