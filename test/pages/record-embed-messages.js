// Records what iframes post to this page (dist/embed.html's height and errors), with the
// index of the iframe that sent each, for the embed tests.
window.__posted = [];
window.addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === event.source);
  window.__posted.push({ frame, origin: event.origin, data: event.data });
});
