import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/card.js';
import '../src/map.js';
import '../src/timeline.js';

interface Args {
  partnership?: string;
  compact?: boolean;
  theme?: 'light' | 'dark';
  headingLevel?: number;
}

/**
 * `<coop-card partnership="…">` tells one partnership whole: partners and places with a
 * locator map, status and start, domains, key figures, activities, people, events, and the
 * source quote of every fact. Without `partnership`, it shows the page's selection.
 */
const meta: Meta<Args> = {
  title: 'Elements/coop-card',
  component: 'coop-card',
  render: (a) => html`<div style="max-width: 720px; ${a.theme === 'dark' ? 'background:#0b1116;padding:12px' : ''}">
    <coop-card partnership=${ifDefined(a.partnership)} ?compact=${a.compact} theme=${ifDefined(a.theme)} heading-level=${a.headingLevel ?? 2}></coop-card>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** With key figures: about 30 kidney transplants in about fifteen missions. */
export const WithFigures: Story = { args: { partnership: 'angers-tlemcen' } };
/** Five partners in one city (Hanoi), people and a long history. */
export const MultiPartnerHanoi: Story = { name: 'Several partners (Hanoi)', args: { partnership: 'clermont-hanoi' } };
/** A planned partnership (Marrakech's "Perspectives"). */
export const Planned: Story = { args: { partnership: 'marrakech-dakar-dalal-jamm' } };
/** A partner known only by its country: no dot on the locator, and said so. */
export const CountryLevelPlace: Story = { args: { partnership: 'curie-kenya-palliative-care' } };
/** A programme without partner place (a research project). */
export const Programme: Story = { args: { partnership: 'curie-um-cure-2020' } };
/** Inferred place: the source says "Congo" for Panzi hospital, in Bukavu (DR Congo). */
export const InferredPlace: Story = { args: { partnership: 'angers-panzi' } };
/** The compact variant, for grids. */
export const Compact: Story = { args: { partnership: 'angers-tlemcen', compact: true } };
/** Dark theme. */
export const Dark: Story = { args: { partnership: 'aphp-hegp-almaty-cardiology', theme: 'dark' } };
/** An id that does not exist: a clear message (and a `coop-error`). */
export const UnknownId: Story = { args: { partnership: 'angers-tlemcem' } };
/** No `partnership`: an invitation until something is selected on the page. */
export const FollowsSelection: Story = { args: {} };

/** `<coop-cards>`: every partnership of an institution as a grid of compact cards. */
export const Grid: Story = {
  render: () => html`<coop-cards institution="chu-marrakech"></coop-cards>`,
};

/**
 * Map, timeline and card linked: select a partner on the map (click, or Tab + Enter) or an
 * event on the timeline, and the others follow. The selection is kept in the address.
 */
export const LinkedPage: Story = {
  render: () => html`<div style="display:grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; align-items: start">
    <coop-map institution="chu-angers" selected="angers-tlemcen" group="linked-story" url-hash></coop-map>
    <coop-card group="linked-story"></coop-card>
    <coop-timeline institution="chu-angers" group="linked-story" style="grid-column: 1 / -1"></coop-timeline>
  </div>`,
};

/** No card on the page: `open-card` shows the selected partnership's card in a dialog. */
export const CardInDialog: Story = {
  render: () => html`<coop-map institution="chu-marrakech" open-card group="dialog-story"></coop-map>`,
};
