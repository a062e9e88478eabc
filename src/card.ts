/**
 * `coop-widgets/card`: registers `<coop-card>` and `<coop-cards>` (once, however often
 * loaded) and exports their classes, which register nothing themselves.
 */
import { CoopCard } from './components/coop-card/coop-card.js';
import { CoopCards } from './components/coop-cards/coop-cards.js';
import { defineElement } from './define.js';
import './localization.js';

defineElement('coop-card', CoopCard);
defineElement('coop-cards', CoopCards);

export { CoopCard, CoopCards };
