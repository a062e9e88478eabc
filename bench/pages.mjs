/**
 * The bench's pages (bench/pages/*.html): one list for `npm run bench` and for
 * `npm run check:budgets`.
 *
 * - `ours`: the page loads dist/ as a hospital's page does (module or classic script),
 *   then the tags; its ready signal is every coop element's coop-load.
 * - `budget`: the page's gzip budget in KiB (`of: page` makes it relative to another page).
 * - `gestures`: zoom and pan frame rates are measured on this page; `target` is the CSS
 *   selector of the view the gestures happen in (for ours: the element; the view is found
 *   inside its shadow root), `wheel` the wheel event that zooms in one step (deltaY, and
 *   the modifiers: 2 = Ctrl), `probe` an expression that reads the view's state, so a
 *   gesture that does not move the view is told, not measured.
 */

/** Our view state, read from outside: the visible period when the element exposes it, else the transforms and viewBoxes in its shadow DOM (the map moves its layers by CSS transforms during a gesture). */
const OUR_PROBE = `(() => {
  const el = document.querySelector('coop-map, coop-timeline');
  if (!el) return null;
  if ('visiblePeriod' in el && el.visiblePeriod) return JSON.stringify([+el.visiblePeriod.start, +el.visiblePeriod.end]);
  const parts = [];
  const walk = (root) => {
    for (const node of root.querySelectorAll('*')) {
      const t = node.style && node.style.transform;
      const a = node.getAttribute('transform');
      const v = node.getAttribute('viewBox');
      if (t || a || v) parts.push(t + '|' + a + '|' + v);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot);
  return parts.join(';');
})()`;

const VIS_PROBE = `(() => { const w = __timeline.getWindow(); return JSON.stringify([+w.start, +w.end]); })()`;
const ECHARTS_PROBE = `(() => { const g = __chart.getOption().geo[0]; return JSON.stringify([g.zoom, g.center]); })()`;

/** Our elements zoom with Ctrl + wheel (a plain wheel scrolls the page); d3-zoom scales Ctrl wheels by 10, hence the small delta. */
const OUR_WHEEL = { deltaY: 10, modifiers: 2 };
/** vis-timeline and ECharts (roam) zoom with a plain wheel, by default; Ctrl + wheel would be the browser's page zoom for a user. */
const PLAIN_WHEEL = { deltaY: 100, modifiers: 0 };

export const PAGES = [
  { name: 'map', ours: true, budget: 45, gestures: { target: 'coop-map', wheel: OUR_WHEEL, probe: OUR_PROBE } },
  { name: 'timeline', ours: true, budget: 35, gestures: { target: 'coop-timeline', wheel: OUR_WHEEL, probe: OUR_PROBE } },
  { name: 'card', ours: true, budget: 25 },
  { name: 'all', ours: true, budget: 70 },
  { name: 'all-institutions', ours: true, budget: 80 },
  { name: 'classic-map', ours: true, budget: { of: 'map', factor: 1.1 } },
  { name: 'classic-all', ours: true, budget: { of: 'all', factor: 1.1 } },
  { name: 'map-5000', ours: true, gestures: { target: 'coop-map', wheel: OUR_WHEEL, probe: OUR_PROBE } },
  { name: 'timeline-10000', ours: true, gestures: { target: 'coop-timeline', wheel: OUR_WHEEL, probe: OUR_PROBE } },
  { name: 'atlas-map', ours: true },
  { name: 'atlas-timeline', ours: true },
  { name: 'atlas-map-all', ours: true },
  { name: 'datamaps', anchor: 'Datamaps' },
  { name: 'timelinejs', anchor: 'TimelineJS' },
  { name: 'vis-timeline', anchor: 'vis-timeline', gestures: { target: '#timeline .vis-panel.vis-center', wheel: PLAIN_WHEEL, probe: VIS_PROBE } },
  { name: 'echarts-5000', anchor: 'ECharts', gestures: { target: '#chart', wheel: PLAIN_WHEEL, probe: ECHARTS_PROBE } },
  { name: 'vis-timeline-10000', anchor: 'vis-timeline', gestures: { target: '#timeline .vis-panel.vis-center', wheel: PLAIN_WHEEL, probe: VIS_PROBE } },
];

export const page = (name) => PAGES.find((p) => p.name === name);

/** Bench instrumentation every page loads, left out of its bytes. */
export const HARNESS = ['/pages/harness.js'];

/** The page every run starts from (same origin, so the real navigation stays in one renderer). */
export const BLANK = '/pages/blank.html';

/** The budget of `def` in KiB given every page's measured bytes, or null. */
export function budgetOf(def, bytesByPage) {
  if (def.budget == null) return null;
  if (typeof def.budget === 'number') return def.budget;
  const base = bytesByPage[def.budget.of];
  return base ? (base.gzip / 1024) * def.budget.factor : null;
}
