/**
 * The page scrolls under a plain mouse wheel; only Ctrl/⌘ + wheel zooms. When a visitor
 * scrolls over a zoomable view, this says so for a moment, instead of hijacking the wheel.
 * Shared by the map and the timeline; its styles are `wheelHintStyles`. The hint's words load
 * with the first plain wheel turn (`wheel-hint.ts`): most visits never need them.
 */
import { css, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class WheelHintController implements ReactiveController {
  #shown = false;
  #timer = 0;
  #hint: (() => TemplateResult) | null = null;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Shows the hint for 1.5 s (a plain wheel event that did not zoom). */
  show(): void {
    this.#shown = true;
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      this.#shown = false;
      this.#host.requestUpdate();
    }, 1500);
    if (this.#hint) this.#host.requestUpdate();
    else
      void import('./wheel-hint.js').then(({ wheelHint }) => {
        this.#hint = wheelHint;
        this.#host.requestUpdate();
      });
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#shown = false;
  }

  /** The hint, to render inside the zoomable box (positioned over its bottom). */
  template() {
    return this.#shown && this.#hint ? this.#hint() : nothing;
  }
}

export const wheelHintStyles = css`
  .hint {
    position: absolute;
    inset: auto 0 12px;
    z-index: 3;
    width: fit-content;
    max-width: 90%;
    margin: auto;
    padding: 0.4em 0.8em;
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 0.78);
    color: #fff;
    pointer-events: none;
  }
  @media print {
    .hint {
      display: none;
    }
  }
`;
