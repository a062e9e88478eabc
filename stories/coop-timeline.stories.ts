import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/timeline.js';
import { NEVER_LOADS, syntheticSrc } from './story-helpers.js';

interface Args {
  institution?: string;
  src?: string;
  groupBy?: 'institution' | 'country' | 'partnership' | 'kind';
  from?: string;
  to?: string;
  country?: string;
  domain?: string;
  kind?: string;
  status?: string;
  selected?: string;
  selectedEvent?: string;
  searchable?: boolean;
  theme?: 'light' | 'dark';
  width?: string;
  rtl?: boolean;
}

/**
 * `<coop-timeline>` shows the dated events of one or more hospitals' cooperation, at the
 * precision their sources give: a time axis when the element is wide, a vertical list when
 * it is narrow, both the same ordered list. Tab into the events, move with the arrow keys,
 * Home/End, Enter to select (or open a count), Escape to clear; Ctrl + wheel, drag, pinch
 * or the buttons to zoom and pan in time.
 */
const meta: Meta<Args> = {
  title: 'Elements/coop-timeline',
  component: 'coop-timeline',
  argTypes: {
    institution: { control: 'select', options: [undefined, 'chu-angers', 'aphp', 'chu-clermont-ferrand', 'institut-curie', 'chu-marrakech'] },
    groupBy: { control: 'inline-radio', options: [undefined, 'institution', 'country', 'partnership', 'kind'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    status: { control: 'inline-radio', options: [undefined, 'done', 'planned'] },
  },
  render: (a) => {
    const element = html`<div style="max-width: ${a.width ?? '1100px'}; ${a.theme === 'dark' ? 'background:#0b1116;padding:12px' : ''}">
      <coop-timeline
        institution=${ifDefined(a.institution)}
        src=${ifDefined(a.src)}
        group-by=${ifDefined(a.groupBy)}
        from=${ifDefined(a.from)}
        to=${ifDefined(a.to)}
        country=${ifDefined(a.country)}
        domain=${ifDefined(a.domain)}
        kind=${ifDefined(a.kind)}
        status=${ifDefined(a.status)}
        selected=${ifDefined(a.selected)}
        selected-event=${ifDefined(a.selectedEvent)}
        theme=${ifDefined(a.theme)}
        ?searchable=${a.searchable}
      ></coop-timeline>
    </div>`;
    return a.rtl ? html`<div dir="rtl" lang="ar">${element}</div>` : element;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** All five institutions of the bundled data, on one axis. */
export const AllInstitutions: Story = {};
/** CHU d'Angers: three dated events, one of them "fin 2017". */
export const Angers: Story = { args: { institution: 'chu-angers' } };
/** AP-HP: a dense 2025, stacked so that no label overlaps. */
export const Aphp: Story = { name: 'AP-HP', args: { institution: 'aphp' } };
/** CHU de Clermont-Ferrand: "années 1980–1990" and 2026–2028 drawn as periods, planned events dashed. */
export const ClermontFerrand: Story = { args: { institution: 'chu-clermont-ferrand' } };
/** Institut Curie: its sources give no dated event, and the timeline says so. */
export const InstitutCurie: Story = { args: { institution: 'institut-curie' } };
/** CHU Mohammed VI de Marrakech: a dense 2016 (zoom in to open the counts). */
export const Marrakech: Story = { args: { institution: 'chu-marrakech' } };
/** Lanes by institution. */
export const ByInstitution: Story = { name: 'Grouped by institution', args: { groupBy: 'institution' } };
/** Lanes by country (an event's place, else its partner's country). */
export const ByCountry: Story = { name: 'Grouped by country', args: { groupBy: 'country' } };
/** Lanes by partnership. */
export const ByPartnership: Story = { name: 'Grouped by partnership', args: { groupBy: 'partnership', institution: 'chu-marrakech aphp' } };
/** Lanes by kind of event. */
export const ByKind: Story = { name: 'Grouped by kind', args: { groupBy: 'kind' } };
/** Filters: agreements and caravans of Marrakech and Angers. */
export const Filtered: Story = { args: { institution: 'chu-marrakech chu-angers', kind: 'agreement caravan' } };
/** Only what is planned. */
export const Planned: Story = { args: { status: 'planned' } };
/** A search box: "caravane" or "coeur" (accents do not matter). */
export const Searchable: Story = { args: { searchable: true } };
/** An initial window: `from="2013" to="2017"`. */
export const InitialWindow: Story = { args: { institution: 'chu-marrakech', from: '2013', to: '2017' } };
/** A selected event, as after Enter or `selected-event="…"`: its partnership is highlighted and its details shown. */
export const SelectedEvent: Story = {
  args: { institution: 'chu-clermont-ferrand', selected: 'clermont-hanoi', selectedEvent: 'clermont-hanoi-2025-11-12-signing' },
};
/** 320 px wide, the narrowest phone: a vertical list. */
export const Narrow: Story = { args: { institution: 'chu-marrakech', width: '320px' } };
/** Right to left (`dir="rtl" lang="ar"` around the element): time runs from the right. */
export const Rtl: Story = { name: 'RTL', args: { rtl: true, groupBy: 'institution' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark', groupBy: 'institution' } };
/** While the data loads: the box keeps its size and a status is announced. */
export const Loading: Story = { args: { src: NEVER_LOADS } };
/** A `src` that does not exist: a clear message, and a `coop-error` event. */
export const ErrorBadSrc: Story = { name: 'Error (bad src)', args: { src: '/no-such-file.json' } };
/** Filters that match nothing. */
export const Empty: Story = { args: { institution: 'chu-angers', kind: 'caravan' } };
/** 10,000 synthetic events over 50 years: only what is in view is rendered, dense periods as counts. */
export const TenThousand: Story = { name: '10,000 events', args: { src: syntheticSrc(500, 10_000) } };
/** 10,000 synthetic events grouped by partnership (500 lanes, rendered as they scroll into view). */
export const TenThousandGrouped: Story = { name: '10,000 events by partnership', args: { src: syntheticSrc(500, 10_000), groupBy: 'partnership', from: '2010', to: '2014' } };
