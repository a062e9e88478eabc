/**
 * `coop-widgets/classes`: the element classes, registering nothing, for developers who
 * register them under their own tag names: `customElements.define('hopital-carte', class
 * extends CoopMap {})`.
 */
export { CoopMap } from './components/coop-map/coop-map.js';
export { CoopTimeline } from './components/coop-timeline/coop-timeline.js';
export { CoopCard } from './components/coop-card/coop-card.js';
export { CoopCards } from './components/coop-cards/coop-cards.js';
export { CoopFilters } from './components/coop-filters/coop-filters.js';
