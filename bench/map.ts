/**
 * `<coop-map>` figures: time from creating the element to its `coop-load` (data loaded,
 * laid out, rendered and painted) with the bundled data and with 5,000 synthetic
 * partnerships, and the frame rate while zooming with the wheel (Ctrl held) and panning.
 */
import '../src/map.js';
import type { CoopMap } from '../src/map.js';
import { framesPerSecond } from './frames.js';
import { report, type BenchRow } from './measure.js';
import { syntheticDataset } from './synthetic.js';

const stage = document.getElementById('stage')!;
const large = URL.createObjectURL(new Blob([JSON.stringify(syntheticDataset(5_000, 0))], { type: 'application/json' }));

/** Milliseconds from element creation to the first frame painted after coop-load. */
async function firstPaint(attributes: Record<string, string>): Promise<{ ms: number; el: CoopMap }> {
  stage.replaceChildren();
  const start = performance.now();
  const el = document.createElement('coop-map');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = new Promise((resolve) => el.addEventListener('coop-load', resolve, { once: true }));
  stage.append(el);
  await loaded;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return { ms: performance.now() - start, el };
}

async function paintRow(name: string, attributes: Record<string, string>, runs = 5): Promise<BenchRow> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await firstPaint(attributes)).ms);
  samples.sort((a, b) => a - b);
  return { name, median: samples[Math.floor(runs / 2)], min: samples[0], runs };
}

async function zoomRows(label: string, attributes: Record<string, string>): Promise<BenchRow[]> {
  const { el } = await firstPaint(attributes);
  const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
  const box = frame.getBoundingClientRect();
  const wheel = (i: number) => {
    const deltaY = i % 60 < 30 ? -40 : 40;
    frame.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
  };
  const zoom = await framesPerSecond(wheel);
  const drag = await framesPerSecond((i) => {
    const x = box.left + box.width / 2 + Math.sin(i / 10) * 200;
    const type = i === 1 ? 'mousedown' : 'mousemove';
    (type === 'mousedown' ? frame : window).dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: box.top + box.height / 2, view: window }));
  });
  window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, view: window }));
  return [
    { name: `${label}: zoom (Ctrl + wheel, one event per frame), frames per second`, median: zoom.fps, min: zoom.fps, runs: 1, unit: 'fps', worst: zoom.worst },
    { name: `${label}: pan (drag), frames per second`, median: drag.fps, min: drag.fps, runs: 1, unit: 'fps', worst: drag.worst },
  ];
}

const rows: BenchRow[] = [];
rows.push(await paintRow('first paint, bundled data (all institutions, 31 partners)', {}));
rows.push(await paintRow('first paint, bundled data, chu-angers', { institution: 'chu-angers' }));
rows.push(await paintRow('first paint, 5,000 synthetic partnerships', { src: large }, 3));
rows.push(...(await zoomRows('bundled data', {})));
rows.push(...(await zoomRows('5,000 partnerships', { src: large })));
report('map', rows);
