/** The styles of `<coop-filters>`: a wrapping row of native controls on the element's own surface. */
import { css } from 'lit';

export const filtersStyles = css`
  :host {
    padding: 0.75em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75em 1.25em;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    flex: 1 1 14em;
    max-width: 24em;
  }
  .search label,
  legend {
    font-weight: 600;
    font-size: 0.93em;
  }
  .search input {
    min-height: 44px;
    padding: 0.3em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .field {
    flex: 0 1 auto;
    min-width: 10em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0 0 0.2em;
  }
  .chosen,
  .count {
    color: var(--_muted);
    font-weight: normal;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    /* A long list (countries) scrolls within the field rather than pushing the page down;
       room inside it for the checkboxes' focus ring, which its edges would clip. */
    max-height: 12.5em;
    overflow-y: auto;
    padding: 5px;
    margin: -5px;
  }
  li label {
    display: flex;
    align-items: center;
    gap: 0.45em;
    min-height: 28px;
    padding-inline-end: 0.5em;
    cursor: pointer;
  }
  li label.none {
    color: var(--_muted);
  }
  input[type='checkbox'] {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--_mark);
  }
  .end {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    flex: 1 1 100%;
  }
  .result {
    margin: 0;
    font-weight: 600;
  }
  .clear {
    min-height: 44px;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .clear[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  input:focus-visible,
  .clear:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    input[type='checkbox'] {
      accent-color: auto;
    }
  }
  @media print {
    .search,
    .clear {
      display: none;
    }
  }
`;
