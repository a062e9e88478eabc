/**
 * Zoom and pan frame rates: 2 s of continuous input through CDP Input.dispatchMouseEvent
 * (real input events, hit-tested by the browser), one event every 16.7 ms at most and one in
 * flight at a time: a page busy redrawing receives the next event when it can take it, as
 * from a real wheel whose events queue and coalesce. Frames are the page's
 * requestAnimationFrame callbacks from the first event until the page has handled the last
 * one (bench/pages/harness.js, __fps), so a page that needs 5 s to redraw once shows its
 * 2 s gesture as a few frames over 7 s, not as 2 s.
 *
 * - zoom: mouseWheel events at the view's centre, with the modifier the library zooms with
 *   (ours: Ctrl, since a plain wheel scrolls the page; vis-timeline and ECharts: none, their
 *   default), 8 steps in, then 7 out, and so on: the view drifts inward, so that no step is
 *   lost against the zoom-out limit and the view at the end differs from the view at the start;
 * - pan, right after (the view is zoomed in, since a world or a time axis at zoom 1 cannot be
 *   panned in ours): mousePressed at the centre, mouseMoved back and forth (±150 px, one
 *   cycle a second, drifting 60 px a second), mouseReleased.
 *
 * The view's state is read before and after each gesture (`probe` in bench/pages.mjs): an fps
 * figure for a view that did not move measures nothing, so `moved: false` is reported.
 */

const STEP_MS = 1000 / 60;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Sends `step(i)` every STEP_MS (or as soon as the previous one is answered) for `ms` milliseconds; returns how many were sent. */
async function paced(ms, step) {
  const start = Date.now();
  let i = 0;
  while (Date.now() - start < ms) {
    const wait = start + i * STEP_MS - Date.now();
    if (wait > 0) await sleep(wait);
    await step(i++).catch(() => null);
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

/** `{ zoom: { fps, longest, frames, seconds, events, moved }, pan: {…}, centre }` for one page; `spec` is the page's `gestures` (bench/pages.mjs). */
export async function measureGestures(page, cdp, spec, { ms = 2000 } = {}) {
  const centre = await viewCentre(page, spec.target);
  if (!centre) return { error: `no ${spec.target} on the page` };
  const { x, y } = centre;
  const mouse = (params) => cdp.send('Input.dispatchMouseEvent', { x, y, ...params });
  const wheel = (direction) => mouse({ type: 'mouseWheel', deltaX: 0, deltaY: -direction * spec.wheel.deltaY, modifiers: spec.wheel.modifiers });
  const probe = () => page.evaluate(spec.probe).catch((e) => `probe failed: ${e.message}`);
  const startFrames = () => page.evaluate(() => window.__fps.start());
  const stopFrames = () => page.evaluate(() => window.__fps.stop());

  await mouse({ type: 'mouseMoved' });

  const beforeZoom = await probe();
  await startFrames();
  const zoomEvents = await paced(ms, (i) => wheel(i % 15 < 8 ? 1 : -1));
  const zoom = { ...(await stopFrames()), events: zoomEvents };
  zoom.moved = (await probe()) !== beforeZoom;

  const beforePan = await probe();
  await mouse({ type: 'mousePressed', button: 'left', buttons: 1, clickCount: 1 });
  await startFrames();
  const at = (i) => Math.round(x + 150 * Math.sin((2 * Math.PI * i * STEP_MS) / 1000) + (60 * i * STEP_MS) / 1000);
  const panEvents = await paced(ms, (i) => mouse({ type: 'mouseMoved', x: at(i + 1), button: 'left', buttons: 1 }));
  const pan = { ...(await stopFrames()), events: panEvents };
  await mouse({ type: 'mouseReleased', x: at(panEvents), button: 'left', buttons: 0, clickCount: 1 });
  pan.moved = (await probe()) !== beforePan;
  return { zoom, pan, centre };
}
