import { css } from 'lit';

/**
 * The map's own styles; the colour tokens (`--_*`) come from shared/theme.ts. Sizes are in
 * px and em, never rem: some CMS themes set `html { font-size: 62.5% }`.
 */
export const mapStyles = css`
  /* The element's box is known before anything loads (the loader reserves the same:
     coop-widgets.ts): its proportions, at least 440px high. The map takes what the toolbar,
     the legend and any notice leave, so nothing below the element ever moves. */
  :host {
    contain: layout;
    display: flex;
    flex-direction: column;
    aspect-ratio: var(--coop-map-aspect-ratio, 3 / 2);
    min-height: 440px;
  }
  :host > * {
    flex: none;
  }
  /* Above the map's layers, whose drawing runs past the frame's clipped edges: what stacks
     over what is then plain to anyone working it out from the boxes (axe does). */
  :host > :not(.frame) {
    position: relative;
    z-index: 1;
  }

  .toolbar {
    /* As tall as its buttons before they appear, so nothing moves when data arrives. */
    min-height: 44px;
    display: flex;
    /* On a narrow element the buttons go under the summary rather than over it. */
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .summary {
    flex: 1 1 12em;
    min-width: 0;
  }
  .actions {
    flex: none;
    display: flex;
    gap: 0.5em;
  }
  .views button {
    padding: 0.35em 0.9em;
  }
  .views button[aria-pressed='true'] {
    border-color: var(--_mark);
    background: var(--_mark);
    color: var(--_surface);
    font-weight: 600;
  }

  :host > .frame,
  :host > .table-wrap {
    flex: 1 1 0;
  }
  .frame {
    position: relative;
    width: 100%;
    min-height: 260px;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_ocean);
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .frame.zoomable {
    cursor: grab;
  }
  .frame.zoomable:active {
    cursor: grabbing;
  }
  .layer {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
  }
  .base,
  .base-canvas,
  .marks {
    transform-origin: 0 0;
    /* Own compositor layers: moved and scaled during a gesture without being repainted. */
    will-change: transform;
  }
  .sphere {
    fill: var(--_ocean);
  }
  .country {
    fill: var(--_land);
  }
  .country.partner {
    fill: var(--_partner-country);
  }
  .borders {
    fill: none;
    stroke: var(--_border);
    stroke-width: 0.6px;
  }
  .arc {
    fill: none;
    stroke: var(--_arc);
    stroke-width: 1.4px;
    stroke-linecap: round;
  }
  .arc.dashed {
    stroke-dasharray: 5 4;
  }
  .arc.dimmed {
    opacity: 0.3;
  }
  .arc.selected {
    stroke: var(--_selected);
    stroke-width: 3px;
  }

  .marks {
    pointer-events: none;
  }
  .mark {
    pointer-events: auto;
    cursor: pointer;
    outline: none;
  }
  .mark .dot {
    fill: var(--_mark);
    stroke: var(--_surface);
    stroke-width: 1.5px;
  }
  .mark.tentative .dot {
    fill: var(--_surface);
    stroke: var(--_mark);
    stroke-width: 2.5px;
  }
  .mark .zone {
    fill: var(--_mark);
    fill-opacity: 0.32;
    stroke: var(--_mark);
    stroke-width: 2px;
  }
  .mark .area {
    fill: var(--_mark);
    fill-opacity: 0.16;
    stroke: var(--_mark);
    stroke-width: 2px;
    stroke-dasharray: 2 3;
  }
  .mark .home {
    fill: var(--_home);
    stroke: var(--_surface);
    stroke-width: 1.5px;
  }
  .mark .cluster {
    fill: var(--_mark);
    stroke: var(--_surface);
    stroke-width: 2px;
  }
  .mark .count {
    fill: var(--_surface);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .mark .halo {
    fill: none;
    stroke: var(--_selected);
    stroke-width: 3px;
  }
  .mark .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5px;
    visibility: hidden;
  }
  .mark:focus-visible .ring {
    visibility: visible;
  }
  .spoke {
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  .hit {
    fill: transparent;
  }

  .zoom {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-end: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  button:focus-visible,
  .table button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .tooltip {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 2;
    max-width: min(280px, 80%);
    padding: 0.5em 0.7em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    pointer-events: none;
    font-size: 0.9em;
  }
  .tooltip[hidden],
  .moving .tooltip {
    display: none;
  }
  .tooltip strong {
    display: block;
  }
  .tooltip p {
    margin: 0.15em 0 0;
  }
  .legend svg {
    width: 26px;
    height: 16px;
    overflow: visible;
  }


  .table-wrap {
    overflow: auto;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    min-height: 260px;
  }
  .table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.92em;
  }
  .table caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5em 0.6em;
  }
  .table th,
  .table td {
    text-align: start;
    vertical-align: top;
    padding: 0.45em 0.6em;
    border-top: 1px solid var(--_line);
  }
  .table thead th {
    background: color-mix(in srgb, var(--_surface) 85%, var(--_mark));
  }
  .table button {
    border: 0;
    padding: 0;
    background: none;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
    color: inherit;
    font-weight: 600;
    min-height: 24px;
  }
  .table tr[aria-selected='true'] {
    background: color-mix(in srgb, var(--_surface) 80%, var(--_selected));
  }


  @media (forced-colors: active) {
    .views button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .mark .dot,
    .mark .cluster,
    .mark .home {
      fill: CanvasText;
      stroke: Canvas;
    }
    /* Planned or under study: hollow, as in colours. */
    .mark.tentative .dot {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark .area,
    .mark .zone,
    .arc {
      stroke: CanvasText;
    }
    .mark .ring {
      stroke: Highlight;
    }
    .mark .halo,
    .arc.selected {
      stroke: Highlight;
    }
    .country.partner {
      fill: Canvas;
    }
    .borders {
      stroke: GrayText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .tooltip {
      transition: opacity 120ms ease-out;
    }
  }
  @media print {
    .zoom,
    .actions,
    .hint,
    .tooltip {
      display: none;
    }
    .frame,
    .table-wrap {
      break-inside: avoid;
    }
    .table {
      font-size: 10pt;
    }
    .table button {
      text-decoration: none;
    }
  }
`;
