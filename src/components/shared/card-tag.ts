/**
 * The tag a card is registered under, read from the registry rather than written as a
 * literal: a developer who registers the classes under other names (`coop-widgets/classes`)
 * gets their own card in a grid or a dialog. `cardElement` is the card class an element uses
 * (a subclass may name its own: `static cardElement = MaFiche`).
 */
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** A registered custom element's tag, as a static value for lit's static `html`; null while it is not registered. */
export function registeredTag(element: CustomElementConstructor): StaticValue | null {
  const name = customElements.getName(element);
  // A name from the registry is a valid custom element name: safe to write as a tag.
  return name ? unsafeStatic(name) : null;
}
