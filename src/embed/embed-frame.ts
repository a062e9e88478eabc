/**
 * `dist/coop-embed-frame.js`, the script of `dist/embed.html`: one element in a page of its
 * own, for CMSs that accept only an iframe. It sets the page's language and direction from
 * `lang`, checks the parameters (embed-params.ts), shows the element or says what is wrong,
 * and tells the page around it (messages below, see EmbedMessage):
 * - `{ type: 'coop-embed:height', height }` whenever its height changes, and when asked with
 *   `{ type: 'coop-embed:measure' }` (dist/coop-embed.js resizes the iframe);
 * - `{ type: 'coop-embed:error', error }` for every `coop-error` in the page (its own and the
 *   element's), `error` being the event's detail.
 * No inline script or style: the page works under its own strict Content-Security-Policy.
 */
import type { CoopErrorDetail } from '../data/problems.js';
import { CoopErrorEvent } from '../events/coop-error.js';
import { setLocale } from '../localization.js';
import { describeEmbedIssue, embedProblem, embedTitle } from './embed-messages.js';
import { readEmbedRequest, type EmbedIssue, type PropertyDeclarationLike, attributeKinds, embedAttributes } from './embed-params.js';

/** What the embed page posts to the page around it. */
export type EmbedMessage = { type: 'coop-embed:height'; height: number } | { type: 'coop-embed:error'; error: CoopErrorDetail };

const request = readEmbedRequest(location.search, location.href, (value) => CSS.supports('color', value));
document.documentElement.lang = request.lang;
document.documentElement.dir = request.dir;

const framed = window.parent !== window;
function post(message: EmbedMessage): void {
  // The height and the errors are what any page framing this one can see anyway: any origin.
  if (framed) window.parent.postMessage(message, '*');
}

let lastHeight = -1;
function postHeight(force = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!force && height === lastHeight) return;
  lastHeight = height;
  post({ type: 'coop-embed:height', height });
}
new ResizeObserver(() => postHeight()).observe(document.documentElement);
window.addEventListener('message', (event) => {
  if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === 'coop-embed:measure') postHeight(true);
});

document.addEventListener('coop-error', (event) => {
  const { type, message, status, issues } = event.detail;
  post({ type: 'coop-embed:error', error: { type, message, ...(status !== undefined ? { status } : {}), ...(issues ? { issues: issues.map(({ path, message }) => ({ path, message })) } : {}) } });
});

const main = document.querySelector('main') ?? document.body;

/** Shows the page's own issues after the element (where the elements write theirs), and tells them as one `coop-error`. */
function report(issues: readonly EmbedIssue[]): void {
  if (!issues.length) return;
  const notice = document.createElement('div');
  notice.className = 'coop-embed-notice';
  for (const issue of issues) {
    const line = document.createElement('p');
    line.textContent = describeEmbedIssue(issue);
    notice.append(line);
  }
  main.append(notice);
  notice.dispatchEvent(new CoopErrorEvent(embedProblem(issues)));
}

async function start(): Promise<void> {
  // The page's language is fixed by its address: the strings are there before anything is said.
  await setLocale(request.lang);
  document.title = embedTitle();
  if (!request.tag) {
    report(request.issues);
    return;
  }
  // The loader dynamically: imported statically by a second entry, it would become a shell
  // re-exporting a shared chunk (one more request on every page). And the modules of the
  // shared chunks statically, or their namespace would need a runtime helper chunk of its own.
  const { preload } = await import('../coop-widgets.js');
  await preload(request.tag);
  const element = customElements.get(request.tag) as unknown as { elementProperties: ReadonlyMap<PropertyKey, PropertyDeclarationLike> } | undefined;
  const { attributes, issues } = embedAttributes(request.parameters, attributeKinds(element?.elementProperties ?? new Map()));
  const shown = document.createElement(request.tag);
  for (const [name, value] of attributes) shown.setAttribute(name, value);
  // Through the CSSOM: the page's CSP forbids style attributes.
  if (request.brandColor) shown.style.setProperty('--coop-brand-color', request.brandColor);
  main.append(shown);
  report([...request.issues, ...issues]);
}

void start();
