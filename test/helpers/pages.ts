/**
 * A plain HTML page in an iframe, as a visitor's browser loads it: the tests of the built
 * `dist/` files (dist*.test.ts) open pages under test/pages/ (and dist/check.html) this way.
 * The pages record their console (`__messages`, test/pages/record-console.js) and, where
 * they include it, the elements' `coop-error`s (`__coopErrors`, record-coop-errors.js).
 * Frames are removed after each test.
 */
import type { CoopErrorDetail } from '../../src/data/problems.js';

export interface Page {
  window: Window & typeof globalThis & { __messages: string[]; __coopErrors: { tag: string; detail: CoopErrorDetail }[] };
  document: Document;
  frame: HTMLIFrameElement;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Opens `path` (a test page's name under test/pages/, or an absolute path) in a 1000 × 900 iframe, once loaded. */
export async function openPage(path: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path.startsWith('/') ? path : `/test/pages/${path}`;
  document.body.append(frame);
  await loaded;
  return { window: frame.contentWindow as Page['window'], document: frame.contentDocument!, frame };
}

/** The shadow root of the first element of `page` matching `selector`, or null. */
export const shadow = (page: Page, selector: string) => page.document.querySelector(selector)?.shadowRoot ?? null;
