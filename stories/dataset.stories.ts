import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { loadDataset, type LoadResult } from '../src/data/load.js';
import { datasetTables } from './dataset-tables.js';

/**
 * The bundled dataset as readable tables: every institution, partnership, event and
 * document, with the quotes that support them and the inferences made. Check the
 * extraction against `../shared/seeds/` by eye here.
 */
const meta: Meta = {
  title: 'Dataset',
  parameters: { layout: 'fullscreen', docs: { description: { component: 'The bundled, source-cited dataset.' } } },
};
export default meta;

type Story = StoryObj<{ src: string }>;

const render: Story['render'] = (_args, { loaded }) => {
  const result = loaded.result as LoadResult;
  if (result.status === 'loaded') return html`<div style="padding: 1rem">${datasetTables(result.dataset)}</div>`;
  if (result.status === 'failed') return html`<p role="alert">${result.error.message}</p>`;
  return html``;
};

/** Everything the five source documents say, as extracted into `data/cooperation.json`. */
export const Bundled: Story = {
  loaders: [async () => ({ result: await loadDataset() })],
  render,
};

/** The CSV template `data/example.csv`, loaded as a hospital's own file would be. */
export const CsvTemplate: Story = {
  name: 'CSV template (data/example.csv)',
  loaders: [async () => ({ result: await loadDataset(new URL('../data/example.csv', import.meta.url).href) })],
  render,
};
