/**
 * The timeline's list items: an event (a `<button>` with its `<time datetime>`, title and
 * status) or a count of events, the same markup for the time axis and the vertical list.
 * Without CSS they read as a plain list: "avril 2014, Caravane médicale, Prévu".
 *
 * Positions are data attributes (`data-x`, `data-w`, `data-y`, `data-o`: inline start,
 * width, top and the bar's offset in px) that the element copies into the CSSOM after
 * rendering: a strict CSP forbids style attributes.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { datetimeAttribute, formatPartialDate } from '../../time/format-date.js';
import { otherLanguage } from '../shared/in-language.js';
import { eventStatusLabel } from '../shared/labels.js';
import { periodAsPartialDate } from '../../time/calendar.js';
import { eventCount } from './timeline-format.js';
import type { TimelineEvent } from './timeline-lanes.js';
import { ROW_HEIGHT } from './timeline-stack.js';

/** Where an entry sits on the time axis; absent in the vertical list. */
export interface Placement {
  x: number;
  width: number;
  row: number;
  barWidth?: number;
  /** Where the bar starts in the box (a label that ends at the axis' end starts before its bar). */
  barOffset?: number;
}

export interface ItemState {
  /** The one entry in the tab order (roving tabindex). */
  focusable: boolean;
  /** The selected event. */
  pressed: boolean;
  /** An event of the selected partnership (or a count that holds one). */
  related: boolean;
}

const sep = html`<span class="visually-hidden">, </span>`;

/** One event. */
export function eventItem(item: TimelineEvent, place: Placement | null, state: ItemState, locale: string): TemplateResult {
  const e = item.event;
  const span = !!e.date.end || e.interval.precision === 'decade';
  const classes = [
    'entry',
    'event',
    e.status,
    // A period lasts from its start to its end; a month or a year is when, somewhere inside, it happened.
    span ? 'span' : e.interval.precision === 'day' ? '' : 'imprecise',
    e.date.approximate || e.date.part ? 'approximate' : '',
    state.pressed ? 'selected' : '',
    state.related ? 'related' : '',
    place?.barOffset ? 'ends' : '',
  ].join(' ');
  return html`<li class=${classes} data-x=${place?.x ?? nothing} data-w=${place?.width ?? nothing} data-y=${place ? place.row * ROW_HEIGHT : nothing}>
    <button
      type="button"
      class="item"
      data-key=${item.key}
      tabindex=${state.focusable ? 0 : -1}
      aria-pressed=${state.pressed ? 'true' : 'false'}
      title=${place ? item.title.text : nothing}
    >
      <span class="bar" data-w=${place?.barWidth ?? nothing} data-o=${place?.barOffset || nothing} aria-hidden="true"></span>
      <span class="text">
        <span class="line" dir="auto"
          ><time datetime=${datetimeAttribute(e.date)}>${item.date}</time>${e.status === 'planned'
            ? html`${sep}<span class="badge">${eventStatusLabel('planned')}</span>`
            : nothing}</span
        >${sep}<span class="title" dir="auto" lang=${otherLanguage(item.title.lang, locale) ?? nothing}>${item.title.text}</span>
        ${state.related && !state.pressed ? html`<span class="visually-hidden">${sep}${msg('partenariat sélectionné')}</span>` : nothing}
      </span>
    </button>
  </li>`;
}

/** Titles a count names for screen readers before "and N more". */
const NAMED = 4;

/**
 * A count of the events of a dense period, which names its first events to screen readers;
 * activating it zooms into that period.
 */
export function clusterItem(key: string, items: readonly TimelineEvent[], start: number, end: number, place: Placement | null, state: ItemState, locale: string): TemplateResult {
  const period = periodAsPartialDate(start, end);
  const count = items.length;
  const named = items.slice(0, NAMED).map((i) => i.title.text).join(' ; ');
  const more = count - Math.min(count, NAMED);
  return html`<li class="entry cluster ${state.related ? 'related' : ''}" data-x=${place?.x ?? nothing} data-w=${place?.width ?? nothing} data-y=${place ? place.row * ROW_HEIGHT : nothing}>
    <button type="button" class="item" data-key=${key} tabindex=${state.focusable ? 0 : -1} aria-describedby="cluster-help">
      <span class="bar" aria-hidden="true"></span>
      <span class="text">
        <span class="line" dir="auto"><time datetime=${datetimeAttribute(period)}>${formatPartialDate(period, locale)}</time></span>${sep}<span class="title count" dir="auto"
          >${eventCount(count, locale)}</span
        >
        <span class="visually-hidden names">${sep}${named}${more ? html`${sep}${msg(str`et ${more} autres`)}` : nothing}</span>
        ${state.related ? html`<span class="visually-hidden">${sep}${msg('dont le partenariat sélectionné')}</span>` : nothing}
      </span>
    </button>
  </li>`;
}
