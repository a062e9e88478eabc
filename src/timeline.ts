/**
 * `coop-widgets/timeline`: registers `<coop-timeline>` (once, however often it is loaded)
 * and exports its class, which registers nothing itself: subclass it to use another tag name.
 */
import { CoopTimeline } from './components/coop-timeline/coop-timeline.js';
import { defineElement } from './define.js';
import './localization.js';

defineElement('coop-timeline', CoopTimeline);

export { CoopTimeline };
