import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Autodocs (attributes, properties, events, parts, custom properties) come from the
// manifest the analyzer makes of the elements' JSDoc.
setCustomElementsManifest(manifest);

/**
 * The elements follow the page's `<html lang>` (and `dir`), as in a hospital's site; the
 * toolbar's language switch sets them for the preview. French is the default, as the
 * sources are.
 */
const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // axe runs on every story in the Accessibility panel; violations are errors, not hints.
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
          { value: 'ar', title: 'العربية (rtl)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr' },
  decorators: [
    (story, context) => {
      const locale = (context.globals.locale as string) || 'fr';
      document.documentElement.lang = locale;
      document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
      return story();
    },
  ],
};

export default preview;
