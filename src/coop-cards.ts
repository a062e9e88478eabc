/** Registers `<coop-cards>`, and `<coop-card>` whose cards it shows (once, however often loaded). */
import { CoopCards } from './components/coop-cards/coop-cards.js';
import { defineElement } from './define.js';
import './coop-card.js';

defineElement('coop-cards', CoopCards);

export { CoopCards };
