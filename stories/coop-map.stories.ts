import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/map.js';
import { NEVER_LOADS, syntheticSrc } from './story-helpers.js';

interface Args {
  institution?: string;
  src?: string;
  country?: string;
  domain?: string;
  status?: string;
  projection?: string;
  selected?: string;
  view?: 'map' | 'table';
  theme?: 'light' | 'dark';
  noZoom?: boolean;
  width?: string;
}

/**
 * `<coop-map>` shows the partners of one or more hospitals on a world map, with a table of
 * the same partners one click away. Tab into the map, move with the arrow keys, Enter to
 * select, Escape to clear; Ctrl + wheel or the buttons to zoom.
 */
const meta: Meta<Args> = {
  title: 'Elements/coop-map',
  component: 'coop-map',
  argTypes: {
    institution: { control: 'select', options: [undefined, 'chu-angers', 'aphp', 'chu-clermont-ferrand', 'institut-curie', 'chu-marrakech'] },
    projection: { control: 'inline-radio', options: ['equal-earth', 'natural-earth', 'mercator'] },
    view: { control: 'inline-radio', options: ['map', 'table'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    status: { control: 'text' },
  },
  render: (a) => html`<div style="max-width: ${a.width ?? '960px'}; ${a.theme === 'dark' ? 'background:#0b1116;padding:12px' : ''}">
    <coop-map
      institution=${ifDefined(a.institution)}
      src=${ifDefined(a.src)}
      country=${ifDefined(a.country)}
      domain=${ifDefined(a.domain)}
      status=${ifDefined(a.status)}
      projection=${ifDefined(a.projection)}
      selected=${ifDefined(a.selected)}
      view=${ifDefined(a.view)}
      theme=${ifDefined(a.theme)}
      ?no-zoom=${a.noZoom}
    ></coop-map>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** All five institutions of the bundled data. */
export const AllInstitutions: Story = {};
/** CHU d'Angers. */
export const Angers: Story = { args: { institution: 'chu-angers' } };
/** AP-HP. */
export const Aphp: Story = { name: 'AP-HP', args: { institution: 'aphp' } };
/** CHU de Clermont-Ferrand: five partners in Hanoi, grouped (Enter or click opens the group). */
export const ClermontFerrand: Story = { args: { institution: 'chu-clermont-ferrand' } };
/** Institut Curie: partners known only by their country are drawn as dashed areas. */
export const InstitutCurie: Story = { args: { institution: 'institut-curie' } };
/** CHU Mohammed VI de Marrakech. */
export const Marrakech: Story = { args: { institution: 'chu-marrakech' } };
/** Two institutions at once, and a filter on planned partnerships. */
export const Filtered: Story = { args: { institution: 'chu-marrakech chu-angers', status: 'active', country: 'ML DZ TG BF' } };
/** A selected partnership (Angers – Tlemcen), as after a click or `selected="…"`. */
export const Selected: Story = { args: { institution: 'chu-angers', selected: 'angers-tlemcen' } };
/** The same partners as a table: the map's text alternative. */
export const TableView: Story = { args: { institution: 'chu-angers', view: 'table' } };
/** While the data loads: the box keeps its size and a status is announced. */
export const Loading: Story = { args: { src: NEVER_LOADS } };
/** A `src` that does not exist: a clear message, and a `coop-error` event. */
export const ErrorBadSrc: Story = { name: 'Error (bad src)', args: { src: '/no-such-file.json' } };
/** Filters that match nothing. */
export const Empty: Story = { args: { institution: 'chu-angers', country: 'JP' } };
/** An unknown institution id: the message lists the valid ones. */
export const UnknownInstitution: Story = { args: { institution: 'chu-anger' } };
/** Dark theme. */
export const Dark: Story = { args: { institution: 'chu-marrakech', theme: 'dark' } };
/** 320 px wide, the narrowest phone. */
export const Narrow: Story = { args: { institution: 'chu-angers', width: '320px' } };
/** Mercator projection. */
export const Mercator: Story = { args: { institution: 'chu-clermont-ferrand', projection: 'mercator' } };
/** 5,000 synthetic partnerships: arcs on a canvas, markers grouped, keyboard access kept. */
export const FiveThousand: Story = { name: '5,000 partnerships', args: { src: syntheticSrc(5000, 0) } };
