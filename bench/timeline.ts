/**
 * `<coop-timeline>` figures, measured in Chromium on the production build: time from
 * creating the element to its `coop-load` (data loaded, laid out and rendered) with the
 * bundled data and with 10,000 synthetic events, and the frame rate while zooming and
 * panning, one step per animation frame. The budget for 10,000 events is well under
 * 1.7 s (a quarter of vis-timeline's 6.7 s).
 */
import '../src/timeline.js';
import type { CoopTimeline } from '../src/timeline.js';
import { readText } from '../src/data/load.js';
import { report, time, type BenchRow } from './measure.js';
import { syntheticDataset } from './synthetic.js';

const stage = document.getElementById('stage')!;
const json = JSON.stringify(syntheticDataset(500, 10_000));
/** A new URL each time: the loader shares one parsed dataset per URL, and a first paint starts cold. */
const freshSrc = () => URL.createObjectURL(new Blob([json], { type: 'application/json' }));
const warmSrc = freshSrc();

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Milliseconds from element creation to its coop-load, then to the next painted frame. */
async function firstPaint(attributes: Record<string, string>): Promise<{ load: number; paint: number; el: CoopTimeline }> {
  stage.replaceChildren();
  await nextFrame();
  const start = performance.now();
  const el = document.createElement('coop-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = new Promise((resolve) => el.addEventListener('coop-load', resolve, { once: true }));
  stage.append(el);
  await loaded;
  const load = performance.now() - start;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return { load, paint: performance.now() - start, el };
}

async function paintRows(name: string, attributes: () => Record<string, string>, runs = 5): Promise<BenchRow[]> {
  const loads: number[] = [];
  const paints: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { load, paint } = await firstPaint(attributes());
    loads.push(load);
    paints.push(paint);
  }
  return [
    { name: `${name}: to coop-load`, median: median(loads), min: Math.min(...loads), runs },
    { name: `${name}: to first paint`, median: median(paints), min: Math.min(...paints), runs },
  ];
}

/**
 * Drives `steps` zoom (or pan) steps, one per animation frame, and counts the frames the
 * browser painted meanwhile: frames per second, and the duration of each frame.
 */
async function frameRows(label: string, el: CoopTimeline, step: (i: number) => void, steps = 120): Promise<{ rows: BenchRow[]; fps: number }> {
  const durations: number[] = [];
  let last = await nextFrame();
  const start = last;
  for (let i = 0; i < steps; i++) {
    step(i);
    await el.updateComplete;
    const now = await nextFrame();
    durations.push(now - last);
    last = now;
  }
  const fps = (steps * 1000) / (last - start);
  return {
    rows: [{ name: `${label}: frame (${steps} steps)`, median: median(durations), min: Math.min(...durations), runs: steps }],
    fps,
  };
}

const rows: BenchRow[] = [];
const info: Record<string, unknown> = {};
rows.push(...(await paintRows('bundled data (28 events)', () => ({}))));
rows.push(...(await paintRows('10,000 events, cold (load, validate, lay out, render)', () => ({ src: freshSrc() }))));
rows.push(...(await paintRows('10,000 events, dataset already on the page', () => ({ src: warmSrc }))));
rows.push(await time('10,000 events: of which the data layer (parse, validate, normalise)', () => readText(json), 5));

const { el } = await firstPaint({ src: warmSrc });
const box = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!.getBoundingClientRect();
// Zoom in then out around the middle, as a Ctrl + wheel does.
const years = () => ((el.visiblePeriod!.end.getTime() - el.visiblePeriod!.start.getTime()) / 31_556_952_000).toFixed(1);
let narrowest = years();
const zoom = await frameRows('10,000 events, zoom (Ctrl + wheel)', el, (i) => {
  if (i === 60) narrowest = years();
  const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
  viewport.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: i < 60 ? -12 : 12, clientX: box.left + box.width / 2, clientY: box.top + 40 }));
});
rows.push(...zoom.rows);
info['10,000 events, zoom: frames per second'] = zoom.fps.toFixed(1);
info['zoom went from 53 years wide to (years)'] = narrowest;
// Pan by dragging at a deep zoom (every frame moves the time axis 25 px).
for (let i = 0; i < 4; i++) el.zoomBy(3);
await el.updateComplete;
await nextFrame();
const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
const y = box.top + 40;
viewport.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: box.left + 600, clientY: y, view: window }));
const pan = await frameRows('10,000 events, pan (drag) at 1 year wide', el, (i) => {
  window.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: box.left + 600 - (i % 40 < 20 ? 1 : -1) * 25 * (i % 20), clientY: y, view: window }));
});
window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, view: window }));
rows.push(...pan.rows);
info['10,000 events, pan: frames per second'] = pan.fps.toFixed(1);
info['elements rendered at the deepest pan'] = el.shadowRoot!.querySelectorAll('li').length;
report('timeline', rows, info);
