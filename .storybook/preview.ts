import type { Preview } from '@storybook/web-components-vite';

/**
 * The elements follow the page's `<html lang>` (and `dir`), as in a hospital's site; the
 * toolbar's language switch sets them for the preview. French is the default, as the
 * sources are.
 */
const preview: Preview = {
  parameters: {
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
