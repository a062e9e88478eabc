/**
 * The base styles and colour tokens every element shares. Public `--coop-*` custom properties (documented
 * on each element) feed private `--_*` ones, which are all the shadow CSS reads. Dark
 * colours follow the visitor's `prefers-color-scheme`, unless the page sets
 * `theme="light"` or `theme="dark"` on the element. The element paints its own surface
 * (`--coop-surface-color`), so its texts never depend on the page's background. Forced-colours
 * mode maps them to system colours in each element's own styles.
 */
import { css } from 'lit';

const dark = css`
  --_ocean: var(--coop-map-ocean-color, #0f1b24);
  --_land: var(--coop-map-land-color, #2a3640);
  --_border: var(--coop-map-border-color, #4d5b66);
  --_partner-country: var(--coop-map-partner-country-color, #1d4f49);
  /* A brand colour picked for a light page rarely reads on a dark one: dark mode has its own. */
  --_mark: var(--coop-brand-color-dark, #62d8c8);
  --_home: var(--coop-map-home-color, #f7a8c0);
  --_selected: var(--coop-selected-color, #fdba74);
  --_text: var(--coop-text-color, #e6edf3);
  --_muted: var(--coop-muted-text-color, #aab4bf);
  --_surface: var(--coop-surface-color, #121a21);
  --_line: var(--coop-line-color, #3a4650);
  --_tag: var(--coop-tag-color, #1d3b37);
  --_planned: var(--coop-planned-color, #fdba74);
  --_focus: var(--coop-focus-color, #8ab4ff);
`;

export const themeStyles = css`
  /* What every element needs whatever the page: a block that fits its container, border-box
     sizing, form controls in the page's font (a shadow root does not pass it to them). */
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-size: 15px;
    line-height: 1.4;
    --_ocean: var(--coop-map-ocean-color, #eef3f7);
    --_land: var(--coop-map-land-color, #e4e1da);
    --_border: var(--coop-map-border-color, #b3aea3);
    --_partner-country: var(--coop-map-partner-country-color, #cfe5e0);
    --_mark: var(--coop-brand-color, #00665e);
    --_home: var(--coop-map-home-color, #8a1c3c);
    --_selected: var(--coop-selected-color, #b54708);
    --_text: var(--coop-text-color, #1f2328);
    --_muted: var(--coop-muted-text-color, #4b5563);
    --_surface: var(--coop-surface-color, #ffffff);
    --_line: var(--coop-line-color, #c9ced6);
    --_tag: var(--coop-tag-color, #e6f2ef);
    --_planned: var(--coop-planned-color, #8a4b08);
    --_focus: var(--coop-focus-color, #1a56db);
    --_arc: var(--coop-map-arc-color, var(--_mark));
    --_radius: var(--coop-radius, 6px);
    /* Every text sits on the element's own surface, whatever the page behind: a dark theme on
       a light page (or the visitor's dark preference on a page that has none) stays legible. */
    background: var(--_surface);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  /* What was set aside of the data, and attributes that cannot be used (shared/states.ts, attributes.ts). */
  .notice {
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .notice summary {
    cursor: pointer;
  }
  ul.notice {
    padding-inline-start: 1.2em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
`;
