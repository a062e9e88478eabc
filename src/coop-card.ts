/** Registers `<coop-card>` (once, however often loaded): what the loader imports for a card. */
import { CoopCard } from './components/coop-card/coop-card.js';
import { defineElement } from './define.js';
import './localization.js';

defineElement('coop-card', CoopCard);

export { CoopCard };
