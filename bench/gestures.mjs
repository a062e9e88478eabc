/**
 * Zoom and pan frame rates: 2 s of continuous input through CDP Input.dispatchMouseEvent
 * (real input events, as a mouse sends them, hit-tested by the browser), at most one event
 * every 16.7 ms, each sent after the previous one was handled. Frames are the page's
 * requestAnimationFrame callbacks during the gesture (bench/pages/harness.js, __fps).
 *
 * - zoom: mouseWheel events at the view's centre, with the modifier the library zooms with
 *   (ours: Ctrl, since a plain wheel scrolls the page; vis-timeline and ECharts: none, their
 *   default), alternately 8 steps in and 8 steps out, from a view already zoomed in 3 steps
 *   so that no step is lost against the zoom limits;
 * - pan: mousePressed at the centre, mouseMoved back and forth (±150 px, one cycle a
 *   second), mouseReleased; from a view zoomed in 8 steps, since a world or a time axis at
 *   zoom 1 cannot be panned in ours.
 *
 * Before each measurement, a few steps of the same gesture are sent and the view's state is
 * read before and after (`probe` in bench/pages.mjs): a frame rate of a view that did not
 * move measures nothing, so `moved: false` is reported (and printed as a warning).
 */

const STEP_MS = 1000 / 60;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Two animation frames and `ms` more: lets a library finish reacting (vis-timeline and ECharts may animate). */
const settle = (page, ms = 150) => page.evaluate((ms) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, ms)))), ms);

/** Calls `step(i)` for `ms` milliseconds, at most once every STEP_MS; returns how many steps ran. */
async function paced(ms, step) {
  const start = Date.now();
  let i = 0;
  while (Date.now() - start < ms) {
    const wait = start + i * STEP_MS - Date.now();
    if (wait > 0) await sleep(wait);
    await step(i++);
  }
  return i;
}

/** The centre of the gesture's view, scrolled into the viewport if needed. */
async function viewCentre(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    // Our elements' view is their public `frame` part.
    const view = el.shadowRoot?.querySelector('[part~="frame"]') ?? el;
    let r = view.getBoundingClientRect();
    if (r.top < 0 || r.top + r.height / 2 > innerHeight) {
      view.scrollIntoView({ block: 'center' });
      r = view.getBoundingClientRect();
    }
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + Math.min(r.height, innerHeight - r.top) / 2), width: r.width, height: r.height };
  }, selector);
}

/** `{ zoom: { fps, longest, frames, events, moved }, pan: {…} }` for one page; `spec` is the page's `gestures` (bench/pages.mjs). */
export async function measureGestures(page, cdp, spec, { ms = 2000 } = {}) {
  const centre = await viewCentre(page, spec.target);
  if (!centre) return { error: `no ${spec.target} on the page` };
  const { x, y } = centre;
  const mouse = (params) => cdp.send('Input.dispatchMouseEvent', { x, y, ...params });
  const wheel = (direction) => mouse({ type: 'mouseWheel', deltaX: 0, deltaY: -direction * spec.wheel.deltaY, modifiers: spec.wheel.modifiers });
  const probe = () => page.evaluate(spec.probe).catch((e) => `probe failed: ${e.message}`);
  const fps = {
    start: () => page.evaluate(() => window.__fps.start()),
    stop: () => page.evaluate(() => window.__fps.stop()),
  };

  await mouse({ type: 'mouseMoved' });
  await settle(page);

  // Zoom: 3 steps in, checked; then 2 s of 8 in, 8 out.
  const before = await probe();
  for (let i = 0; i < 3; i++) await wheel(1);
  await settle(page);
  const zoomed = await probe();
  await fps.start();
  const zoomEvents = await paced(ms, (i) => wheel(Math.floor(i / 8) % 2 === 0 ? 1 : -1));
  const zoom = { ...(await fps.stop()), events: zoomEvents, moved: zoomed !== before };
  await settle(page, 300);

  // Pan: zoom in 5 more steps, a short drag checked, then 2 s of dragging back and forth.
  for (let i = 0; i < 5; i++) await wheel(1);
  await settle(page, 300);
  const unpanned = await probe();
  await mouse({ type: 'mousePressed', button: 'left', buttons: 1, clickCount: 1 });
  for (let i = 1; i <= 4; i++) await mouse({ type: 'mouseMoved', x: x + 10 * i, button: 'left', buttons: 1 });
  await settle(page);
  const panned = await probe();
  await fps.start();
  const panEvents = await paced(ms, (i) => mouse({ type: 'mouseMoved', x: Math.round(x + 40 + 150 * Math.sin((2 * Math.PI * i * STEP_MS) / 1000)), button: 'left', buttons: 1 }));
  const pan = { ...(await fps.stop()), events: panEvents, moved: panned !== unpanned };
  await mouse({ type: 'mouseReleased', button: 'left', buttons: 0, clickCount: 1 });
  return { zoom, pan, centre };
}
