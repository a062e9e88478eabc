/**
 * `dist/check.js`, the module script of `dist/check.html` (beside it: a strict
 * Content-Security-Policy allows no inline script). The page's `coop-widgets.js` registers
 * the elements of the preview; `?lang=en` (or ar, fr) picks the page's language.
 */
import { CheckView } from './check-view.js';

const lang = new URLSearchParams(location.search).get('lang');
if (lang && ['fr', 'en', 'ar'].includes(lang)) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
const root = document.getElementById('coop-check');
if (root) new CheckView(root);
