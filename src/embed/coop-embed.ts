/**
 * `dist/coop-embed.js`, a classic script for a page that shows `dist/embed.html` in iframes:
 * it sets each such iframe's height to its content's, from the frame's
 * `{ type: 'coop-embed:height', height }` messages, so that nothing is cut and no inner
 * scrollbar appears. Only a message from an iframe of this page, coming from that iframe's
 * own origin, is obeyed. Including it twice is harmless. It sends nothing anywhere but
 * `{ type: 'coop-embed:measure' }` to the iframes of the page when it starts (a frame that
 * loaded first says its height again).
 */
export {};

const installed = Symbol.for('coop-widgets.embed-resizer');
const global = window as unknown as { [installed]?: boolean };

/** Heights beyond this are a frame misbehaving, not content. */
const MAX_HEIGHT = 20000;

/** The origin an iframe's document comes from, or null when it has no usable `src`. */
function originOf(frame: HTMLIFrameElement): string | null {
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return null;
  }
}

if (!global[installed]) {
  global[installed] = true;
  window.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== 'coop-embed:height' || typeof data.height !== 'number' || !Number.isFinite(data.height) || data.height < 0) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) === event.origin) frame.style.height = `${Math.min(Math.ceil(data.height), MAX_HEIGHT)}px`;
      return;
    }
  });
  const measure = () => {
    for (const frame of document.querySelectorAll('iframe')) {
      const origin = originOf(frame);
      if (origin && origin !== 'null') frame.contentWindow?.postMessage({ type: 'coop-embed:measure' }, origin);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', measure, { once: true });
  else measure();
}
