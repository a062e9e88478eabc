/**
 * The properties every coop element shares, declared once: where the data comes from, the
 * colour theme, the link group. Elements that show a filtered part of the data extend
 * `CoopFilteredElement` (coop-filtered-element.ts). Plain base classes, no mixins.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

export class CoopElement extends LitElement {
  /** URL of a JSON or CSV dataset; absent: the bundled data. */
  @property() src: string | null = null;
  /** Colour theme: follows the visitor's light or dark preference unless set to `light` or `dark`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;
  /** Link group: elements of the same group share one selection (none: the page's default group). */
  @property({ reflect: true }) group: string | null = null;
}
