/**
 * The timeline's two views as templates: the time axis (ticks, grid and lanes, only what is
 * near the window rendered) and the vertical list, both made of the same lanes of `<ol>`s.
 * Positions go out as data-x/w/y/h/o attributes, which the element copies into the CSSOM.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { axisTicks, pxPerMs, type TimeWindow } from '../../time/time-window.js';
import type { TimelineFocusController, AnyEntry } from './timeline-focus.js';
import { eventCount, tickLabel } from './timeline-format.js';
import { clusterItem, eventItem } from './timeline-items.js';
import { findEntry } from './timeline-keyboard.js';
import { estimateTextWidth } from './label-width.js';
import type { Lane, TimelineEvent } from './timeline-lanes.js';
import { ROW_HEIGHT, type TimelineLayout } from './timeline-stack.js';
import { entriesInRange, lanesInRange, renderedRange, type ListEntry } from './timeline-virtual.js';

/** Lanes rendered above and below the scrolled view, px. */
const LANE_OVERSCAN = 200;

/** What both views need: the lanes, the selection, the focus and the words. */
export interface ViewContext {
  lanes: readonly Lane[];
  labelled: boolean;
  /** The name of an unlabelled list of events. */
  listLabel: string;
  selected: string | null;
  selectedEvent: string | null;
  focus: TimelineFocusController;
  locale: string;
}

/** What one render of the axis put in the DOM: a pan within it only moves the tracks. */
export interface RenderedAxis {
  pxPerMs: number;
  range: [number, number];
}

/** A tick at world `x`; its label only if it ends before the view's end `end` (a cut "202…" reads as nothing; it shows again once panned into view). */
const tick = (x: number, label: string, end: number) => html`<span class="tick" data-x=${x}>${x + estimateTextWidth(label, 12) + 10 <= end ? label : nothing}</span>`;

/** The axis of `layout` around `window`: the template, and the range of world px it holds. */
export function axisView(
  c: ViewContext,
  layout: TimelineLayout<TimelineEvent>,
  frame: { window: TimeWindow; domain: TimeWindow; base: number; width: number; offset: number },
): { template: TemplateResult; rendered: RenderedAxis } {
  const scale = pxPerMs(frame.window, frame.base);
  const range = renderedRange(frame.offset, frame.width);
  const [u0, u1] = [Math.max(0, range[0]), Math.min(layout.width, range[1])];
  const at = (u: number) => frame.domain.start + u / scale;
  const { ticks, step } = axisTicks({ start: at(u0), end: at(u1) }, u1 - u0);
  const view = c.focus.lanesView;
  const [first, last] = lanesInRange(layout.lanes, view.top - LANE_OVERSCAN, view.top + view.height + LANE_OVERSCAN);
  const lanes = layout.lanes.slice(first, last);
  const focused = findEntry(layout.lanes, c.focus.key);
  const perLane = lanes.map((lane, i) => {
    const entries = entriesInRange(lane.entries, range[0], range[1]);
    // The focused entry stays in the DOM, so that panning never drops the focus.
    if (focused && focused.lane === first + i && !entries.includes(focused.entry)) entries.push(focused.entry);
    return entries;
  });
  const roving = c.focus.rovingKey(perLane.flat());
  const top = lanes[0]?.top ?? 0;
  const lastLane = layout.lanes[last - 1];
  const bottom = lastLane ? layout.height - lastLane.top - lastLane.height : 0;
  const template = html`<div class="viewport" @keydown=${c.focus.onKeydown} @click=${c.focus.onClick} @focusin=${c.focus.onFocusIn}>
    <div class="grid" aria-hidden="true">
      <div class="track">${ticks.map((t) => html`<span class="gridline" data-x=${t.x + u0}></span>`)}</div>
    </div>
    <div class="axis" part="axis" aria-hidden="true">
      <div class="track">${ticks.map((t) => tick(t.x + u0, tickLabel(t.time, step, c.locale), frame.offset + frame.width))}</div>
    </div>
    <div class="lanes" @scroll=${c.focus.onLanesScroll}>
      <div class="spacer" data-h=${top}></div>
      ${repeat(
        lanes,
        (lane) => lane.key,
        (lane, i) => laneView(c, first + i, lane.rows, perLane[i], roving),
      )}
      <div class="spacer" data-h=${bottom}></div>
    </div>
  </div>`;
  return { template, rendered: { pxPerMs: scale, range } };
}

/** The vertical list of the window's events, lane by lane. */
export function listView(c: ViewContext, list: readonly { key: string; entries: ListEntry<TimelineEvent>[] }[]): TemplateResult {
  const roving = c.focus.rovingKey(list.flatMap((l) => l.entries));
  return html`<div class="list" @keydown=${c.focus.onKeydown} @click=${c.focus.onClick} @focusin=${c.focus.onFocusIn}>
    ${repeat(
      list,
      (l) => l.key,
      (l) => (l.entries.length ? laneView(c, c.lanes.findIndex((lane) => lane.key === l.key), 0, l.entries, roving) : nothing),
    )}
  </div>`;
}

/** One lane: its label (when grouped) and its `<ol>`, placed on the axis (`rows` > 0) or listed. */
function laneView(c: ViewContext, index: number, rows: number, entries: readonly AnyEntry[], roving: string | null): TemplateResult {
  const lane = c.lanes[index];
  const onAxis = rows > 0;
  const state = (items: readonly TimelineEvent[], key: string) => ({
    focusable: key === roving,
    pressed: items.length === 1 && items[0].key === c.selectedEvent,
    related: c.selected !== null && items.some((i) => i.event.partnership === c.selected || i.key === c.selectedEvent),
  });
  return html`<div class="lane">
    ${c.labelled
      ? html`<p class="lane-label" part="lane-label" id="lane-${index}" dir="auto">${lane.label} <span class="lane-count">(${eventCount(lane.items.length, c.locale)})</span></p>`
      : nothing}
    <ol
      class="events ${onAxis ? 'track' : ''}"
      data-h=${onAxis ? rows * ROW_HEIGHT : nothing}
      aria-labelledby=${c.labelled ? `lane-${index}` : nothing}
      aria-label=${c.labelled ? nothing : c.listLabel}
      aria-describedby="summary help"
    >
      ${repeat(
        entries,
        (e) => e.key,
        (e) => {
          const place = 'x' in e ? { x: e.x, width: e.width, row: e.row, ...(e.type === 'event' ? { barWidth: e.barWidth, barOffset: e.barOffset } : {}) } : null;
          if (e.type === 'event') return eventItem(e.item, place, state([e.item], e.key), c.locale);
          return clusterItem(e.key, e.items, e.start, e.end, place, state(e.items, e.key), c.locale);
        },
      )}
    </ol>
  </div>`;
}

/** Copies the data-x/w/y/h/o positions of what `root` holds into the CSSOM (a strict CSP forbids style attributes). */
export function applyPositions(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-x], [data-w], [data-y], [data-h], [data-o]')) {
    const { x, w, y, h, o } = el.dataset;
    if (x !== undefined) el.style.insetInlineStart = `${x}px`;
    el.style.marginInlineStart = o === undefined ? '' : `${o}px`;
    if (w !== undefined) el.style.width = `${w}px`;
    if (y !== undefined) el.style.top = `${y}px`;
    if (h !== undefined) el.style.height = `${h}px`;
  }
}

/** Moves the time tracks of `root` by `shift` px along time (mirrored right to left). */
function translateTracks(root: ParentNode, shift: number, rtl: boolean): void {
  for (const track of root.querySelectorAll<HTMLElement>('.track')) track.style.transform = `translateX(${rtl ? -shift : shift}px)`;
}

/**
 * The time tracks of the axis last rendered: put at the window after each render, and during
 * a drag moved alone, without a render, while the pan stays within what was rendered.
 */
export class AxisTracks {
  /** What the last render of the axis holds (null: the list is shown). */
  rendered: RenderedAxis | null = null;

  /** Places what `root` holds, and the tracks at `window` (`origin`: the domain's start). */
  place(root: ParentNode, window: TimeWindow | null, origin: number, rtl: boolean): void {
    applyPositions(root);
    if (this.rendered && window) translateTracks(root, -(window.start - origin) * this.rendered.pxPerMs, rtl);
  }

  /** Moves the tracks to `window` if it is at the rendered scale and within what was rendered (`width` px wide); returns whether it did. */
  follow(root: ParentNode, window: TimeWindow, origin: number, scale: number, width: number, rtl: boolean): boolean {
    const rendered = this.rendered;
    if (!rendered || Math.abs(scale - rendered.pxPerMs) > rendered.pxPerMs * 1e-9) return false;
    const u0 = (window.start - origin) * rendered.pxPerMs;
    if (u0 < rendered.range[0] || u0 + width > rendered.range[1]) return false;
    translateTracks(root, -u0, rtl);
    return true;
  }
}
