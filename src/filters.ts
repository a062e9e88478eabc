/**
 * `coop-widgets/filters`: registers `<coop-filters>` (once, however often loaded) and exports
 * its class. It needs no data of its own: its choices come from the elements of its group.
 */
import { CoopFilters } from './components/coop-filters/coop-filters.js';
import { defineElement } from './define.js';
import './localization.js';

defineElement('coop-filters', CoopFilters);

export { CoopFilters };
