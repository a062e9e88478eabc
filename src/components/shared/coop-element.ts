/**
 * The properties and colour tokens every coop element shares, declared once: the colour
 * theme and the link group (`CoopElement`), and for the elements that show data, where it
 * comes from (`CoopDataElement`). Elements that show a filtered part of the data extend
 * `CoopFilteredElement` (coop-filtered-element.ts). Plain base classes, no mixins.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * @cssprop --coop-brand-color - The one colour most editors change: partners, arcs, events, checked boxes, accents (light theme); default #00665e.
 * @cssprop --coop-brand-color-dark - The same in the dark theme; default #62d8c8.
 * @cssprop --coop-text-color - Text; default #1f2328 (dark: #e6edf3).
 * @cssprop --coop-muted-text-color - Secondary text: summaries, dates, legends, counts; default #4b5563 (dark: #aab4bf).
 * @cssprop --coop-surface-color - The element's background, under all its texts; default #ffffff (dark: #121a21).
 * @cssprop --coop-line-color - Lines and borders; default #c9ced6 (dark: #3a4650).
 * @cssprop --coop-focus-color - The focus outline; default #1a56db (dark: #8ab4ff).
 * @cssprop --coop-selected-color - The selected partnership; default #b54708 (dark: #fdba74).
 * @cssprop --coop-tag-color - Background of tags and counts; default #e6f2ef (dark: #1d3b37).
 * @cssprop --coop-planned-color - What is planned or under study; default #8a4b08 (dark: #fdba74).
 * @cssprop --coop-radius - Corner radius; default 6px.
 */
export class CoopElement extends LitElement {
  /** Colour theme: follows the visitor's light or dark preference unless set to `light` or `dark`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;
  /** Link group: elements of the same group share one selection and one set of visitors' filters (none: the page's default group). */
  @property({ reflect: true }) group: string | null = null;
}

export class CoopDataElement extends CoopElement {
  /** URL of a JSON or CSV dataset; absent: the bundled data. */
  @property() src: string | null = null;
}
