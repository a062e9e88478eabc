/**
 * `coop-widgets/card`: registers `<coop-card>` and `<coop-cards>` (once, however often
 * loaded) and exports their classes, which register nothing themselves.
 */
export { CoopCard } from './coop-card.js';
export { CoopCards } from './coop-cards.js';
