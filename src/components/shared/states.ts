/**
 * What the elements say when there is nothing to draw yet, or nothing at all, or something
 * wrong: loading (`role="status"`) here; a failure (`role="alert"`), an empty view that says
 * why it is empty, and the notice of values set aside in problem-states.ts, loaded when
 * needed. With the toolbar's buttons and the legend, the same markup and styles in every
 * element. Sentences are made in render.
 */
import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** The loading state, over the element's frame. */
export function loadingState(text: string): TemplateResult {
  return html`<div class="state loading" role="status">${text}</div>`;
}

let problemStates: typeof import('./problem-states.js') | null = null;

/**
 * The templates of what went wrong (problem-states.ts: a failure, an empty view and why, the
 * values set aside), loaded the first time an element has such a thing to say (`needed`):
 * until they are here, null, and `host` renders again when they arrive.
 */
export function problemsFor(host: ReactiveControllerHost, needed: boolean): typeof import('./problem-states.js') | null {
  if (!problemStates && needed) void import('./problem-states.js').then((loaded) => ((problemStates = loaded), host.requestUpdate()));
  return problemStates;
}

/** Styles for the states, the toolbar's square buttons (`.tool`) and the legend. */
export const stateStyles = css`
  .summary {
    margin: 0;
    color: var(--_muted);
  }
  .state {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 1em;
    text-align: center;
  }
  .state.error {
    border: 2px solid var(--_selected);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .state ul {
    max-height: 8em;
    margin: 0.5em 0 0;
    overflow: auto;
    text-align: start;
  }
  .tool {
    display: inline-grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }
  .tool:disabled {
    cursor: default;
    opacity: 0.45;
  }
  .tool svg {
    width: 18px;
    height: 18px;
    stroke: currentColor;
    fill: none;
    stroke-width: 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.1em;
    margin: 0.5em 0 0;
    padding: 0;
    color: var(--_muted);
    font-size: 0.85em;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  @media print {
    .tool {
      display: none;
    }
  }
`;
