import { css } from 'lit';
import { LANE_LABEL_HEIGHT, ROW_HEIGHT } from './timeline-stack.js';

/**
 * The timeline's own styles (its entries' are timeline-items.styles.ts); the colour tokens (`--_*`) come from shared/theme.ts. Sizes
 * are in px and em, never rem: some CMS themes set `html { font-size: 62.5% }`. The row
 * geometry comes from the layout (timeline-stack.ts), defined once.
 */
export const timelineStyles = css`
  :host {
    --_row-height: ${ROW_HEIGHT}px;
    --_lane-label-height: ${LANE_LABEL_HEIGHT}px;
    /* The shared brand and selection colours, unless the timeline is given its own. */
    --_event: var(--coop-timeline-event-color, var(--_mark));
    --_chosen: var(--coop-timeline-selected-color, var(--_selected));
    --_grid: color-mix(in srgb, var(--_line) 55%, var(--_surface));

    contain: layout;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .sizer {
    height: 0;
  }

  /* ——— toolbar ——— */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em 1em;
    margin-bottom: 0.5em;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    flex: 1 1 14em;
    max-width: 24em;
  }
  .search label {
    font-weight: 600;
    font-size: 0.93em;
  }
  .search input {
    min-height: 44px;
    padding: 0.3em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .summary {
    flex: 1 1 16em;
    min-height: 1.4em;
  }
  .nav {
    display: inline-flex;
    gap: 4px;
    margin-inline-start: auto;
  }
  :host(:dir(rtl)) .nav .arrow {
    transform: scaleX(-1);
  }

  /* ——— frame and states ——— */
  .frame {
    position: relative;
    min-height: 240px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: clip;
  }

  /* ——— the time axis (wide) ——— */
  .viewport {
    position: relative;
    min-height: 238px;
    overflow: clip;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  .viewport:active {
    cursor: grabbing;
  }
  .grid {
    position: absolute;
    inset: 0;
    overflow: clip;
    pointer-events: none;
  }
  .grid .track,
  .axis .track {
    position: absolute;
    inset: 0;
  }
  .gridline {
    position: absolute;
    inset-block: 0;
    border-inline-start: 1px solid var(--_grid);
  }
  .axis {
    position: relative;
    height: 28px;
    overflow: clip;
    border-block-end: 1px solid var(--_line);
    color: var(--_muted);
    font-size: 12px;
    line-height: 1;
  }
  .tick {
    position: absolute;
    inset-block: 0;
    padding: 8px 5px 0;
    border-inline-start: 1px solid var(--_line);
    white-space: nowrap;
  }
  .lanes {
    position: relative;
    max-height: var(--coop-timeline-max-height, 640px);
    padding-block-start: 6px;
    overflow-x: hidden;
    overflow-y: auto;
  }
  .wide .lane + .lane {
    border-block-start: 1px solid var(--_line);
  }
  .lane-label {
    position: relative;
    z-index: 1;
    height: var(--_lane-label-height);
    margin: 0;
    padding: 3px 8px 0;
    overflow: hidden;
    font-size: 13px;
    font-weight: 600;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .lane-count {
    color: var(--_muted);
    font-weight: 400;
  }

`;

/** What comes after the entries (timeline-items.styles.ts), in this order: the legend, the details, and the forced-colours and print rules, which override the entries'. */
export const timelineEndStyles = css`
  /* ——— legend, details, notices ——— */
  .swatch {
    display: inline-block;
    width: 24px;
    height: 10px;
    border-radius: 5px;
    background: var(--_event);
  }
  .swatch.done {
    width: 10px;
  }
  .swatch.planned {
    border: 2px dashed var(--_event);
    background: var(--_surface);
  }
  .swatch.imprecise {
    border: 2px solid var(--_event);
    background: var(--_tag);
  }
  .swatch.approximate {
    border: 1px solid var(--_event);
    background: repeating-linear-gradient(135deg, var(--_event) 0 3px, transparent 3px 6px);
  }
  .swatch.cluster {
    height: 14px;
    border: 1px solid var(--_event);
    border-radius: 3px;
    background: var(--_tag);
  }
  .details {
    margin-block-start: 0.75em;
    padding: 0.6em 0.8em;
    border: 1px solid var(--_line);
    border-inline-start: 4px solid var(--_chosen);
    border-radius: var(--_radius);
  }
  .details-title {
    margin: 0;
    font-weight: 700;
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15em 1em;
    margin: 0.4em 0 0;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }
  .details p {
    margin: 0.4em 0 0;
  }

  @media (forced-colors: active) {
    .bar,
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: CanvasText;
    }
    .imprecise .bar,
    .swatch.imprecise {
      border: 2px solid CanvasText;
      background: Canvas;
    }
    .planned .bar,
    .swatch.planned {
      border: 2px dashed CanvasText;
      background: Canvas;
    }
    .approximate .bar,
    .swatch.approximate {
      background: repeating-linear-gradient(135deg, CanvasText 0 3px, Canvas 3px 6px);
    }
    .related .bar {
      border-color: Highlight;
      background: Highlight;
      box-shadow:
        0 0 0 2px Canvas,
        0 0 0 4px Highlight;
    }
    .related.planned .bar {
      border: 2px dashed Highlight;
      background: Canvas;
    }
    .cluster .item,
    .swatch.cluster {
      border-color: CanvasText;
    }
    .item:focus-visible,
    button:focus-visible,
    input:focus-visible {
      outline-color: Highlight;
    }
    .gridline,
    .tick,
    .narrow .events::before {
      border-color: GrayText;
    }
  }
  @media print {
    .nav,
    .hint,
    .search {
      display: none;
    }
    .lanes {
      max-height: none;
    }
  }
`;
