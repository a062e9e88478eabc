/**
 * The timeline's list items: an event (a `<button>` with its `<time datetime>`, title and
 * status) or a count of events, the same markup for the time axis and the vertical list.
 * Without CSS they read as a plain list: "avril 2014, Caravane médicale, Prévu".
 *
 * Positions are data attributes (`data-x`, `data-w`, `data-y`: inline start, width and top
 * in px) that the element copies into the CSSOM after rendering: a strict CSP forbids
 * style attributes.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { datetimeAttribute, formatPartialDate } from '../../time/format-date.js';
import { eventStatusLabel } from '../shared/labels.js';
import { eventCount } from './timeline-format.js';
import type { TimelineEvent } from './timeline-lanes.js';
import { periodAsPartialDate, ROW_HEIGHT } from './timeline-layout.js';

/** Where an entry sits on the time axis; absent in the vertical list. */
export interface Placement {
  x: number;
  width: number;
  row: number;
  barWidth?: number;
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
  const language = locale.split('-')[0];
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
      <span class="bar" data-w=${place?.barWidth ?? nothing} aria-hidden="true"></span>
      <span class="text">
        <span class="line" dir="auto"
          ><time datetime=${datetimeAttribute(e.date)}>${item.date}</time>${e.status === 'planned'
            ? html`${sep}<span class="badge">${eventStatusLabel('planned')}</span>`
            : nothing}</span
        >${sep}<span class="title" dir="auto" lang=${item.title.lang.split('-')[0] === language ? nothing : item.title.lang}>${item.title.text}</span>
        ${state.related && !state.pressed ? html`<span class="visually-hidden">${sep}${msg('partenariat sélectionné')}</span>` : nothing}
      </span>
    </button>
  </li>`;
}

/** A count of the events of a dense period; activating it zooms into that period. */
export function clusterItem(key: string, count: number, start: number, end: number, place: Placement | null, state: ItemState, locale: string): TemplateResult {
  const period = periodAsPartialDate(start, end);
  return html`<li class="entry cluster ${state.related ? 'related' : ''}" data-x=${place?.x ?? nothing} data-w=${place?.width ?? nothing} data-y=${place ? place.row * ROW_HEIGHT : nothing}>
    <button type="button" class="item" data-key=${key} tabindex=${state.focusable ? 0 : -1} aria-describedby="cluster-help">
      <span class="bar" aria-hidden="true"></span>
      <span class="text">
        <span class="line" dir="auto"><time datetime=${datetimeAttribute(period)}>${formatPartialDate(period, locale)}</time></span>${sep}<span class="title count" dir="auto"
          >${eventCount(count, locale)}</span
        >
        ${state.related ? html`<span class="visually-hidden">${sep}${msg('dont le partenariat sélectionné')}</span>` : nothing}
      </span>
    </button>
  </li>`;
}
