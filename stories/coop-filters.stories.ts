import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/filters.js';
import '../src/card.js';
import '../src/map.js';
import '../src/timeline.js';

interface Args {
  fields?: string;
  theme?: 'light' | 'dark';
}

/**
 * `<coop-filters group="…">` lets a visitor filter every element of its group at once:
 * a search field and checkboxes per field, each choice with the number of partnerships it
 * would show. The choices come from the group's elements, so it needs no data of its own.
 */
const meta: Meta<Args> = {
  title: 'Elements/coop-filters',
  component: 'coop-filters',
  argTypes: {
    fields: { control: 'text', description: 'search institution country domain status kind (absent: the useful ones)' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (a) => html`<div style="display: grid; gap: 16px; ${a.theme === 'dark' ? 'background:#0b1116;padding:12px' : ''}">
    <coop-filters group="filters-story" fields=${ifDefined(a.fields)} theme=${ifDefined(a.theme)}></coop-filters>
    <coop-map group="filters-story" institution="chu-angers aphp chu-clermont-ferrand" theme=${ifDefined(a.theme)}></coop-map>
    <coop-cards group="filters-story" institution="chu-angers aphp chu-clermont-ferrand" theme=${ifDefined(a.theme)}></coop-cards>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Three institutions on a map and in cards: every field with a choice to make. */
export const MapAndCards: Story = { args: {} };
/** Only the search and the countries. */
export const SomeFields: Story = { args: { fields: 'search country' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A whole page: filters, map, timeline and cards, the filters kept in the address. */
export const WholePage: Story = {
  render: () => html`<div style="display: grid; gap: 16px">
    <coop-filters group="filters-page" url-hash></coop-filters>
    <coop-map group="filters-page" institution="chu-marrakech"></coop-map>
    <coop-timeline group="filters-page" institution="chu-marrakech"></coop-timeline>
    <coop-cards group="filters-page" institution="chu-marrakech"></coop-cards>
  </div>`,
};

/** Alone in its group: it says it has nothing to filter. */
export const NothingToFilter: Story = {
  render: () => html`<coop-filters group="filters-alone"></coop-filters>`,
};
