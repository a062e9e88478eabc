import { css } from 'lit';

/**
 * The styles of the timeline's entries, on the axis (wide) and in the vertical list (narrow):
 * events with their bar, date and title, counts of dense periods, planned and approximate
 * marks, the selection. The row geometry comes from the layout (timeline-stack.ts).
 */
export const itemStyles = css`
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .wide .events {
    position: relative;
    margin-block-end: 8px;
  }
  .wide .entry {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    height: calc(var(--_row-height) - 4px);
  }
  .wide .entry:focus-within {
    z-index: 2;
  }
  .item {
    display: block;
    width: 100%;
    height: 100%;
    margin: 0;
    padding: 0 6px 0 0;
    border: 0;
    border-radius: 4px;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .wide .item {
    padding-inline: 0 6px;
  }
  .item:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .item:hover .title {
    text-decoration: underline;
  }
  .bar {
    display: block;
    width: 10px;
    height: 10px;
    margin: 4px 0 3px;
    border-radius: 5px;
    background: var(--_event);
  }
  .text {
    display: block;
    overflow: hidden;
  }
  .line,
  .title {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  /* On the axis a title wraps onto a second line before it is cut. */
  .wide .event .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  /*
   * Texts carry dir="auto" (a French title in an Arabic page overflows at its own end), but
   * stay aligned with the page's direction, next to their mark.
   */
  :host(:dir(ltr)) :is(.line, .title, .lane-label, .summary) {
    text-align: left;
  }
  :host(:dir(rtl)) :is(.line, .title, .lane-label, .summary) {
    text-align: right;
  }
  /* A label that ends at the axis' end: its text ends there too. */
  :host(:dir(ltr)) .ends :is(.line, .title) {
    text-align: right;
  }
  :host(:dir(rtl)) .ends :is(.line, .title) {
    text-align: left;
  }
  .line {
    color: var(--_muted);
    font-size: 12.5px;
    line-height: 16px;
  }
  .title {
    font-size: 14px;
    line-height: 18px;
  }
  .badge {
    margin-inline-start: 0.35em;
    padding: 0 0.3em;
    border: 1px dashed currentColor;
    border-radius: 3px;
    color: var(--_planned);
    font-weight: 600;
  }
  .imprecise .bar {
    border: 2px solid var(--_event);
    background: var(--_tag);
  }
  .planned .bar {
    border: 2px dashed var(--_event);
    background: var(--_surface);
  }
  .approximate .bar {
    border: 1px solid var(--_event);
    background: repeating-linear-gradient(135deg, var(--_event) 0 3px, transparent 3px 6px);
  }
  .planned.approximate .bar {
    border: 2px dashed var(--_event);
  }
  .cluster .item {
    padding: 0 6px 2px;
    border: 1px solid var(--_event);
    background: var(--_tag);
  }
  .cluster .bar {
    width: 100%;
    margin-inline: 0;
  }
  .count {
    font-size: 13px;
    font-weight: 600;
  }
  .related .bar {
    background: var(--_chosen);
    border-color: var(--_chosen);
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--_chosen);
  }
  .related.planned .bar {
    border: 2px dashed var(--_chosen);
    background: var(--_surface);
  }
  .selected .item {
    border: 2px solid var(--_chosen);
    background: color-mix(in srgb, var(--_chosen) 14%, var(--_surface));
  }

  /* ——— the vertical list (narrow, and without layout) ——— */
  .narrow .lane + .lane {
    margin-block-start: 0.5em;
  }
  .narrow .events {
    position: relative;
    padding: 6px 8px 8px;
  }
  .narrow .events::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 21px;
    border-inline-start: 2px solid var(--_line);
  }
  .narrow .entry {
    position: relative;
    margin-block: 2px;
    padding-inline-start: 30px;
  }
  .narrow .item {
    min-height: 44px;
    padding: 4px 6px;
  }
  .narrow .bar {
    position: absolute;
    top: 13px;
    inset-inline-start: 7px;
    width: 14px;
    height: 14px;
    margin: 0;
    border-radius: 7px;
  }
  .narrow .span .bar {
    height: 30px;
    top: 8px;
  }
  .narrow .cluster .bar {
    width: 14px;
    border-radius: 3px;
  }
  .narrow .line,
  .narrow .title {
    white-space: normal;
  }
`;
