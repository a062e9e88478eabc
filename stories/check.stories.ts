import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/map.js';
import '../src/timeline.js';
import '../src/card.js';
import { CheckView } from '../src/check/check-view.js';

/**
 * The page that checks a hospital's own file before it is published (`dist/check.html`):
 * pick or drop a CSV or JSON file; it is read in the browser, nothing is sent. Every problem
 * is listed with its row and column and what was done, the map, timeline and cards preview
 * the file, and the validated JSON can be downloaded. `npx coop-widgets check FILE` prints
 * the same messages.
 */
const meta: Meta = {
  title: 'Check a file',
  parameters: { layout: 'fullscreen', docs: { description: { component: 'Check a JSON or CSV file before publishing it: every problem with its row and column, and a preview.' } } },
};
export default meta;

type Story = StoryObj;

/** As a web editor finds it: choose a file, or drop it in the frame. */
export const PickAFile: Story = {
  name: 'Pick a file',
  render: () => {
    const root = document.createElement('main');
    new CheckView(root);
    return root;
  },
};

/**
 * The scenario of issue 11: a French CHU's sheet with three typos an editor really makes
 * (a latitude `35°41`, a status `en cours`, a date `31/02/2023`). Both partnerships stay;
 * the event of 31 February is the only record set aside. (CHU Exemple and its partners are
 * illustrative, not real partnerships.)
 */
export const ThreeTypos: Story = {
  name: 'A sheet with three typos',
  loaders: [async () => ({ text: await (await fetch(new URL('../test/fixtures/own-data/chu-exemple-typos.csv', import.meta.url))).text() })],
  render: (_args, { loaded }) => {
    const root = document.createElement('main');
    const view = new CheckView(root);
    void view.read(new File([loaded.text as string], 'chu-exemple-typos.csv', { type: 'text/csv' }));
    return root;
  },
};
