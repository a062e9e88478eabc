import { localized, msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { GroupController } from '../../controllers/group-controller.js';
import type { Dataset } from '../../data/dataset.js';
import { textIn } from '../../data/localized-text.js';
import { parseTokenList } from '../../data/tokens.js';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from '../../data/vocabulary.generated.js';
import { collator, countryName, formatNumber } from '../../format/intl.js';
import { counted } from '../../format/plural.js';
import { currentLocale } from '../../localization.js';
import { facetsOf, toggled, FACET_FIELDS, type Facet, type FacetChoice, type FacetField } from './facets.js';
import { filtersAnything, type GroupFilters } from '../../model/group-store.js';
import { memoize } from '../../model/memoize.js';
import { CoopElement } from '../shared/coop-element.js';
import { AttributeReporter, notChoices } from '../shared/attributes.js';
import { partnershipKindLabel } from '../shared/kind-labels.js';
import { partnershipStatusLabel } from '../shared/labels.js';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../shared/theme.js';
import { filtersStyles } from './coop-filters.styles.js';

/** The words a field can be filtered on, and the search: the tokens of `fields`. */
const FIELDS = ['search', ...FACET_FIELDS] as const;
type Field = (typeof FIELDS)[number];

/** How long typing pauses before the words filter the group, in ms. */
const TYPING_PAUSE = 250;

/**
 * Lets a visitor filter every element of a link group at once: the map, the timeline and the
 * cards that share its `group` show only the partnerships it keeps. Native controls: a search
 * field, and a set of checkboxes per field (institution, country, domain, status, kind), each
 * choice with the number of partnerships it would show; a button clears them all, and the
 * number of partnerships kept is announced as it changes. The choices come from what the
 * group's elements show, so the filters need no data of their own.
 *
 * @summary Filters a visitor sets for a map, a timeline and cards.
 * @tagname coop-filters
 *
 * @fires {CoopErrorEvent} coop-error - An attribute cannot be used (`fields`). `detail: { type: 'attribute', message, issues }`.
 *
 * @csspart form - The form holding every control.
 * @csspart search - The search field.
 * @csspart field - Each field's set of choices (a `<fieldset>`).
 * @csspart clear - The button that clears the filters.
 * @csspart result - The number of partnerships kept.
 */
@localized()
export class CoopFilters extends CoopElement {
  static override styles = [themeStyles, stateStyles, filtersStyles];

  /**
   * The fields offered, separated by spaces, in this order: `search`, `institution`, `country`,
   * `domain`, `status`, `kind`. Absent: the search and every field with two choices or more.
   */
  @property() fields: string | null = null;
  /** Keeps the filters in the address (`#coop-filter=…`) with the selection: a shared link opens on them, Back/Forward move through them. */
  @property({ type: Boolean, attribute: 'url-hash' }) urlHash = false;

  private readonly groupLink = new GroupController(this, {
    filtered: () => this.requestUpdate(),
    offered: () => this.requestUpdate(),
    keepsHash: () => this.urlHash,
  });
  private readonly attributeReport = new AttributeReporter(this, () => [notChoices('fields', this.fields, FIELDS)].filter((i) => i !== null));
  private readonly facets = memoize(facetsOf);
  /** The words typed and not yet given to the group, while typing pauses. */
  private typing: { text: string; timer: ReturnType<typeof setTimeout> } | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flushTyping();
  }

  /** The fields asked for, or null for the default ones. */
  private asked(): Field[] | null {
    const tokens = parseTokenList(this.fields)?.filter((t): t is Field => (FIELDS as readonly string[]).includes(t));
    return tokens?.length ? FIELDS.filter((f) => tokens.includes(f)) : null;
  }

  protected override render() {
    const store = this.groupLink.store;
    const notice = this.attributeReport.notice();
    if (!store.offers.length) {
      const text = store.hasFilterable(this.groupLink) ? msg('Chargement des filtres…') : msg('Aucune carte, frise ou liste de partenariats de ce groupe à filtrer.');
      return html`${notice}<p class="summary waiting" role="status">${text}</p>`;
    }
    const locale = currentLocale();
    const filters = store.filters;
    const asked = this.asked();
    const result = this.facets(store.offers, filters, FACET_FIELDS);
    const shown = result.facets.filter((f) => (asked ? asked.includes(f.field) : f.choices.length > 1 || f.choices.some((c) => c.selected)));
    const anything = filtersAnything(filters) || !!this.typing;
    return html`${notice}
      <form part="form" role="search" aria-label=${msg('Filtrer les partenariats')} @submit=${(e: Event) => e.preventDefault()}>
        ${!asked || asked.includes('search') ? this.searchField(this.typing?.text ?? filters.text ?? '') : nothing}
        ${shown.map((facet) => this.fieldset(facet, result.datasets, locale))}
        <div class="end">
          <p class="result" part="result" role="status">${this.resultText(result.matching, result.partnerships.length, locale)}</p>
          <button type="button" class="clear" part="clear" aria-disabled=${anything ? 'false' : 'true'} @click=${this.clear}>${msg('Effacer les filtres')}</button>
        </div>
      </form>`;
  }

  private searchField(text: string): TemplateResult {
    return html`<div class="search">
      <label for="search">${msg('Rechercher un partenariat')}</label>
      <input id="search" part="search" type="search" autocomplete="off" spellcheck="false" .value=${live(text)} @input=${this.onInput} />
    </div>`;
  }

  private fieldset(facet: Facet, datasets: readonly Dataset[], locale: string): TemplateResult {
    const label = (value: string) => choiceLabel(facet.field, value, datasets, locale);
    const choices = orderChoices(facet, label, locale);
    const chosen = choices.filter((c) => c.selected).length;
    return html`<fieldset part="field" class="field">
      <legend>${fieldName(facet.field)}${chosen ? html` <span class="chosen">(${counted(chosen, locale, () => msg('1 choisi'), () => msg(str`${formatNumber(chosen, locale)} choisis`))})</span>` : nothing}</legend>
      <ul>
        ${choices.map(
          (c) => html`<li>
            <label class=${c.count || c.selected ? '' : 'none'}>
              <input type="checkbox" .checked=${live(c.selected)} @change=${(e: Event) => this.choose(facet.field, c.value, (e.target as HTMLInputElement).checked)} />
              <span>${label(c.value)}</span> <span class="count">(${formatNumber(c.count, locale)})</span>
            </label>
          </li>`,
        )}
      </ul>
    </fieldset>`;
  }

  private resultText(matching: number, total: number, locale: string): string {
    const kept = formatNumber(matching, locale);
    const all = formatNumber(total, locale);
    if (matching === total) return counted(total, locale, () => msg('1 partenariat'), () => msg(str`${all} partenariats`));
    return counted(matching, locale, () => msg(str`1 partenariat sur ${all}`), () => msg(str`${kept} partenariats sur ${all}`));
  }

  private choose(field: FacetField, value: string, on: boolean): void {
    this.flushTyping();
    this.groupLink.filter(toggled(this.groupLink.filters, field, value, on));
    this.requestUpdate();
  }

  private onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    if (this.typing) clearTimeout(this.typing.timer);
    this.typing = { text, timer: setTimeout(() => this.flushTyping(), TYPING_PAUSE) };
  };

  /** Gives the words typed to the group now. */
  private flushTyping(): void {
    if (!this.typing) return;
    clearTimeout(this.typing.timer);
    const { text } = this.typing;
    this.typing = null;
    const next: GroupFilters = { ...this.groupLink.filters, text };
    if (!text.trim()) delete (next as { text?: string }).text;
    this.groupLink.filter(next, true);
    this.requestUpdate();
  }

  private clear = () => {
    if (this.typing) clearTimeout(this.typing.timer);
    this.typing = null;
    if (!filtersAnything(this.groupLink.filters)) return;
    this.groupLink.filter({});
    this.requestUpdate();
    // The focus stays on the button; the result line announces the new count.
  };
}

/** The legend of a field. */
function fieldName(field: FacetField): string {
  switch (field) {
    case 'institution':
      return msg('Établissement');
    case 'country':
      return msg('Pays');
    case 'domain':
      return msg('Domaine');
    case 'status':
      return msg('Statut');
    case 'kind':
      return msg('Type');
  }
}

/** What a visitor reads for a value of a field. */
function choiceLabel(field: FacetField, value: string, datasets: readonly Dataset[], locale: string): string {
  switch (field) {
    case 'institution': {
      const institution = datasets.map((d) => d.institutionById.get(value)).find(Boolean);
      return textIn(institution?.shortName ?? institution?.name, locale) || value;
    }
    case 'country':
      return countryName(value, locale);
    case 'domain':
      return textIn(datasets.map((d) => d.domains[value]).find(Boolean), locale) || value;
    case 'status':
      return partnershipStatusLabel(value as (typeof PARTNERSHIP_STATUSES)[number]);
    case 'kind':
      return partnershipKindLabel(value as (typeof PARTNERSHIP_KINDS)[number]);
  }
}

/** Choices in a stable order a visitor can scan: statuses and kinds as the vocabulary lists them, the others by name. */
function orderChoices(facet: Facet, label: (value: string) => string, locale: string): FacetChoice[] {
  const vocabulary: readonly string[] | null = facet.field === 'status' ? PARTNERSHIP_STATUSES : facet.field === 'kind' ? PARTNERSHIP_KINDS : null;
  if (vocabulary) return [...facet.choices].sort((a, b) => vocabulary.indexOf(a.value) - vocabulary.indexOf(b.value));
  const compare = collator(locale).compare;
  return [...facet.choices].sort((a, b) => compare(label(a.value), label(b.value)));
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-filters': CoopFilters;
  }
}
