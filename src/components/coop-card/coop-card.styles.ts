import { css } from 'lit';

/** The card's own styles; colour tokens come from shared/theme.ts. px and em only (never rem). */
export const cardStyles = css`
  :host {
    line-height: 1.45;
  }
  button:focus-visible,
  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  article {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 1em 1.1em;
    min-height: 8em;
  }
  header {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em 1em;
    align-items: start;
  }
  .kicker {
    margin: 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .title {
    margin: 0.1em 0 0.2em;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .locator {
    grid-row: 1 / span 3;
    grid-column: 2;
    width: 160px;
    max-width: 35vw;
    height: auto;
    border-radius: 4px;
    background: color-mix(in srgb, var(--_surface) 70%, var(--_land));
  }
  .locator .country {
    fill: var(--_land);
    stroke: var(--_surface);
    stroke-width: 0.5px;
  }
  .locator .country.highlighted {
    fill: color-mix(in srgb, var(--_mark) 35%, var(--_surface));
    stroke: var(--_mark);
    stroke-width: 1px;
  }
  .locator .place {
    fill: var(--_mark);
    stroke: var(--_surface);
    stroke-width: 1.5px;
  }
  /* A region: a ring, as on the map, between a city's dot and a country's tint. */
  .locator .place.region {
    fill-opacity: 0.32;
    stroke: var(--_mark);
    stroke-width: 2px;
  }
  .places {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .places li + li {
    margin-top: 0.15em;
  }
  .place-name {
    font-weight: 600;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.2em;
    margin: 0.7em 0 0;
  }
  .facts div {
    display: flex;
    gap: 0.35em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .status.planned,
  .status.under-study {
    color: var(--_planned);
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.35em;
    border-radius: 50%;
    background: currentColor;
    vertical-align: 0.05em;
  }
  .status.planned::before,
  .status.under-study::before {
    background: none;
    border: 2px dashed currentColor;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0.7em 0 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_tag);
    font-size: 0.85em;
  }
  section {
    margin-top: 1em;
  }
  h3,
  h4,
  h5,
  h6,
  .section-title {
    margin: 0 0 0.35em;
    font-size: 1em;
  }
  section ul,
  section ol {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
    gap: 0.6em;
    padding: 0 !important;
    list-style: none;
  }
  .figures li {
    border-inline-start: 3px solid var(--_mark);
    padding-inline-start: 0.6em;
  }
  .figure-value {
    display: block;
    font-size: 1.4em;
    font-weight: 700;
    line-height: 1.2;
  }
  .figure-counts {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .events time {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .planned-tag {
    color: var(--_planned);
    font-style: italic;
  }
  details.sources {
    margin-top: 1em;
    border-top: 1px solid var(--_line);
    padding-top: 0.6em;
    font-size: 0.9em;
  }
  details.sources summary {
    cursor: pointer;
    color: var(--_muted);
  }
  blockquote {
    margin: 0.5em 0 0.1em;
    padding-inline-start: 0.8em;
    border-inline-start: 3px solid var(--_line);
    font-style: italic;
  }
  .cite {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .inference {
    color: var(--_muted);
  }
  .invite,
  .state {
    margin: 0;
    color: var(--_muted);
  }
  .state.error {
    color: var(--_text);
  }
  .select {
    margin-top: 0.8em;
    padding: 0.45em 0.9em;
    min-height: 44px;
    border: 1px solid var(--_mark);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_mark);
    font-weight: 600;
    cursor: pointer;
  }
  .select[aria-pressed='true'] {
    background: var(--_mark);
    color: var(--_surface);
  }
  :host([compact]) article {
    padding: 0.8em 0.9em;
    height: 100%;
    display: flex;
    flex-direction: column;
  }
  :host([compact]) .select {
    margin-top: auto;
    align-self: flex-start;
  }
  :host([compact]) .tags {
    margin-bottom: 0.8em;
  }
  :host([compact]) .title {
    font-size: 1.05em;
  }
  :host([compact]) .locator {
    width: 96px;
  }
  @media (forced-colors: active) {
    .locator .country.highlighted,
    .locator .place {
      fill: Highlight;
    }
    .figures li {
      border-color: CanvasText;
    }
  }
  @media print {
    article {
      break-inside: avoid;
      border-color: #000;
    }
    details.sources > :not(summary) {
      display: block;
    }
    .select {
      display: none;
    }
  }
`;
