/**
 * The map's text alternative: the same partners as an HTML table (partner, city, country,
 * domains, since, status), one row per partner, in the map's keyboard order. Selecting a
 * partner's button selects its partnership, as a click on the map does.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset, PartnershipRecord } from '../../data/dataset.js';
import { textIn } from '../../data/localized-text.js';
import { datetimeAttribute, formatPartialDate } from '../../time/format-date.js';
import { countryName } from '../../format/intl.js';
import { inLanguage, listInLanguage } from '../shared/in-language.js';
import { partnershipStatusLabel } from '../shared/labels.js';
import { precisionNote } from './map-marks.js';

interface Row {
  key: string;
  partnership: PartnershipRecord;
  partnerIndex: number;
}

/** One row per partner of each partnership, located or not. */
export function tableRows(partnerships: readonly PartnershipRecord[]): Row[] {
  return partnerships.flatMap((partnership) =>
    partnership.partners.map((_, partnerIndex) => ({ key: `${partnership.id}#${partnerIndex}`, partnership, partnerIndex })),
  );
}

export function mapTable(options: {
  rows: Row[];
  dataset: Dataset;
  locale: string;
  caption: string;
  selected: string | null;
  showInstitution: boolean;
  onSelect: (partnershipId: string) => void;
}): TemplateResult {
  const { rows, dataset, locale, selected, showInstitution, onSelect } = options;
  const domains = (p: PartnershipRecord) => listInLanguage(p.domains.map((d) => dataset.domains[d] ?? d), locale);
  return html`<div class="table-wrap">
    <table class="table" part="table">
      <caption>${options.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Partenaire')}</th>
          <th scope="col">${msg('Ville')}</th>
          <th scope="col">${msg('Pays')}</th>
          ${showInstitution ? html`<th scope="col">${msg('Établissement')}</th>` : nothing}
          <th scope="col">${msg('Domaines')}</th>
          <th scope="col">${msg('Depuis')}</th>
          <th scope="col">${msg('Statut')}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (row) => row.key,
          ({ partnership: p, partnerIndex }) => {
            const partner = p.partners[partnerIndex];
            // A partner's name is a proper noun; the title standing in for a missing one is a text in its language.
            const name = textIn(partner.name, locale) || inLanguage(p.title, locale);
            const isSelected = p.id === selected;
            return html`<tr aria-selected=${isSelected ? 'true' : 'false'}>
              <th scope="row">
                <button type="button" aria-pressed=${isSelected ? 'true' : 'false'} @click=${() => onSelect(p.id)}>${name}</button>
              </th>
              <td>${partner.city ?? partner.region ?? '—'}${precisionNote(partner.precision) ? html` <em>(${precisionNote(partner.precision)})</em>` : nothing}</td>
              <td>${countryName(partner.country, locale) || '—'}</td>
              ${showInstitution ? html`<td>${textIn(dataset.institutionById.get(p.institution)?.shortName ?? dataset.institutionById.get(p.institution)?.name, locale)}</td>` : nothing}
              <td>${p.domains.length ? domains(p) : '—'}</td>
              <td>${p.since ? html`<time datetime=${datetimeAttribute(p.since)}>${formatPartialDate(p.since, locale)}</time>` : '—'}</td>
              <td>${partnershipStatusLabel(p.status)}</td>
            </tr>`;
          },
        )}
      </tbody>
    </table>
  </div>`;
}
