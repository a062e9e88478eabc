/**
 * Registers an element class under a tag, once: a page that includes the script twice (or
 * two copies of the library) keeps the first registration instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
