/**
 * `coop-widgets/map`: registers `<coop-map>` (once, however often it is loaded) and
 * exports its class, which registers nothing itself: subclass it to use another tag name.
 */
import { CoopMap } from './components/coop-map/coop-map.js';
import { defineElement } from './define.js';
import './localization.js';

defineElement('coop-map', CoopMap);

export { CoopMap };
