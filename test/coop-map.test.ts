/**
 * `<coop-map>` as it renders: a mark per partner and per home institution, arcs and the
 * summary (counted on the small fixture, test/fixtures/small-dataset.json), mark names,
 * coop-load, filter attributes and `selected` (on the bundled data, expected values read
 * from data/cooperation.json), empty, failed and loading states, the 320 px layout, and the
 * themes (dark preference, contrast). Keyboard, pointer, table, zoom and export:
 * test/map-interaction.test.ts.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CooperationDataset } from '../src/data/schema.generated.js';
import type { CoopMap } from '../src/map.js';
import { SMALL, bundled, drawn, homeMarks, loaded, locatedPartners, mapOf, marks, partnerMarks, partnersShown, raw, small, summaryOf } from './helpers/map-fixtures.js';

const label = (m: Element) => m.getAttribute('aria-label');
const summary = (el: CoopMap) => el.shadowRoot!.querySelector('.summary')!.textContent;

describe('<coop-map>', () => {
  it('draws one partner for each located partner of the institution, and the institution', async () => {
    const el = await mapOf(html`<coop-map src=${SMALL} institution="alpha" style="width: 800px"></coop-map>`);
    const located = locatedPartners(drawn(small, 'alpha')).length;
    // The fixture: alpha-bamako's partner in Mali, alpha-hanoi's two in Viêt Nam.
    expect(located).to.equal(3);
    expect(partnersShown(el)).to.equal(located);
    expect(homeMarks(el).map(label)).to.deep.equal(['CHU Alpha, Angers, France']);
    expect(el.shadowRoot!.querySelectorAll('.layer path.arc')).to.have.length(located);
    expect(summary(el)).to.equal('3 partenaires dans 2 pays');
    expect(summary(el)).to.equal(summaryOf(drawn(small, 'alpha')));
  });

  it('draws the partners of every institution of its file, a country-level partner too, and no partnership without partners', async () => {
    const el = await mapOf(html`<coop-map src=${SMALL} style="width: 800px"></coop-map>`);
    const located = locatedPartners(drawn(small)).length;
    // Mali, two in Viêt Nam, Kenya (a country-level partner); beta-network has no partner.
    expect(located).to.equal(4);
    expect(partnersShown(el)).to.equal(located);
    expect(homeMarks(el).map(label).sort()).to.deep.equal(['CHU Alpha, Angers, France', 'Hôpital Bêta, Marrakech, Maroc']);
    expect(el.shadowRoot!.querySelectorAll('.layer path.arc')).to.have.length(located);
    expect(summary(el)).to.equal('4 partenaires dans 3 pays');
    expect(summary(el)).to.equal(summaryOf(drawn(small)));
  });

  it('names each partner with its place, and the institution (bundled data, counts read from it)', async () => {
    const el = await mapOf(html`<coop-map institution="chu-angers" style="width: 800px"></coop-map>`);
    const angers = drawn(bundled, 'chu-angers');
    const located = locatedPartners(angers).length;
    expect(partnersShown(el)).to.equal(located);
    expect(el.shadowRoot!.querySelectorAll('.layer path.arc')).to.have.length(located);
    expect(homeMarks(el).map(label)).to.deep.equal(["CHU d'Angers, Angers, France"]);
    expect(located, 'every partner of Angers located').to.equal(angers.flatMap((p) => p.partners).length);
    expect(summary(el)).to.equal(summaryOf(angers));
    const labels = partnerMarks(el).map(label);
    expect(labels).to.include('CHU de Tlemcen, Tlemcen, Algérie');
    // The bundled data's partners of Angers in Bamako share one mark.
    const bamako = locatedPartners(angers).filter((p) => p.city === 'Bamako').length;
    expect(bamako, 'partners of Angers in Bamako').to.be.above(1);
    expect(labels).to.include(`${bamako} partenaires : Bamako, Mali`);
  });

  it('fires coop-load with what it shows', async () => {
    // The fixture: alpha's two partnerships and their four events; for the whole file, beta's
    // country-level partnership too (beta-network, without partners, and e-context, without
    // partnership, are not on the map).
    const counts = (dataset: CooperationDataset, institution: string | null) => {
      const shown = institution ? drawn(dataset, institution) : drawn(dataset);
      const ids = new Set(shown.map((p) => p.id));
      return { partnerships: shown.length, events: dataset.events.filter((e) => e.partnership && ids.has(e.partnership)).length };
    };
    expect(counts(small, 'alpha')).to.deep.equal({ partnerships: 2, events: 4 });
    expect(counts(small, null)).to.deep.equal({ partnerships: 3, events: 4 });
    // And on a part of the bundled data.
    for (const [src, institution, expected] of [
      [SMALL, 'alpha', counts(small, 'alpha')],
      [SMALL, null, counts(small, null)],
      [null, 'chu-clermont-ferrand', counts(bundled, 'chu-clermont-ferrand')],
    ] as const) {
      const el = document.createElement('coop-map') as CoopMap;
      if (src) el.src = src;
      if (institution) el.setAttribute('institution', institution);
      const event = oneEvent(el, 'coop-load');
      document.body.append(el);
      const { detail } = await event;
      expect(detail, `institution ${institution}`).to.deep.equal(expected);
      el.remove();
    }
  });

  it('follows filter attributes (without reloading, but for new institutions)', async () => {
    const el = await mapOf(html`<coop-map institution="chu-angers" style="width: 800px"></coop-map>`);
    const angers = drawn(bundled, 'chu-angers');
    el.setAttribute('country', 'dz');
    await el.updateComplete;
    const algerian = locatedPartners(angers).filter((p) => p.country === 'DZ').length;
    const labels = partnerMarks(el).map(label);
    expect(labels).to.have.length(algerian);
    expect(labels).to.include('CHU de Tlemcen, Tlemcen, Algérie');
    for (const l of labels) expect(l).to.match(/, Algérie$/);
    el.removeAttribute('country');
    // Another institution's records are another part of the bundled data, loaded then.
    el.setAttribute('institution', 'chu-marrakech chu-angers');
    el.setAttribute('status', 'planned');
    await el.updateComplete;
    await loaded(el);
    const both = drawn(bundled, 'chu-marrakech', 'chu-angers');
    const planned = locatedPartners(both.filter((p) => p.status === 'planned')).length;
    expect(planned, 'planned partners of Marrakech and Angers').to.be.above(0);
    expect(planned).to.be.below(locatedPartners(both).length);
    expect(partnersShown(el)).to.equal(planned);
    el.removeAttribute('status');
    el.setAttribute('domain', 'cardiac-surgery');
    await el.updateComplete;
    // Bamako's Point G (Angers) and the "cœur ouvert Mali" caravan (Marrakech).
    const cardiac = both.filter((p) => p.domains.includes('cardiac-surgery'));
    expect(cardiac.map((p) => p.institution)).to.include.members(['chu-marrakech', 'chu-angers']);
    expect(locatedPartners(cardiac)).to.have.length(cardiac.flatMap((p) => p.partners).length);
    expect(partnersShown(el)).to.equal(locatedPartners(cardiac).length);
    expect(summary(el)).to.equal(summaryOf(cardiac));
  });

  it('highlights the partnership named by `selected`', async () => {
    const el = await mapOf(html`<coop-map institution="chu-angers" selected="angers-tlemcen" style="width: 800px"></coop-map>`);
    const pressed = partnerMarks(el).filter((m) => m.getAttribute('aria-pressed') === 'true');
    expect(pressed.map(label)).to.deep.equal(['CHU de Tlemcen, Tlemcen, Algérie']);
    const angers = drawn(bundled, 'chu-angers');
    const selected = locatedPartners(angers.filter((p) => p.id === 'angers-tlemcen')).length;
    expect(el.shadowRoot!.querySelectorAll('path.arc.selected')).to.have.length(selected);
    expect(el.shadowRoot!.querySelectorAll('path.arc.dimmed')).to.have.length(locatedPartners(angers).length - selected);
  });

  it('says when no partnership matches, and names the valid institution ids', async () => {
    const empty = await mapOf(html`<coop-map institution="chu-angers" country="JP"></coop-map>`);
    expect(empty.shadowRoot!.querySelector('.state[role="status"]')!.textContent).to.equal('Aucun partenariat ne correspond aux filtres choisis.');
    const unknown = await mapOf(html`<coop-map institution="chu-anger"></coop-map>`);
    expect(unknown.shadowRoot!.querySelector('.state[role="status"]')!.textContent).to.contain("Aucun établissement ne porte l'identifiant « chu-anger »");
    expect(bundled.institutions.map((i) => i.id)).to.include('chu-angers');
    expect(unknown.shadowRoot!.querySelector('.state[role="status"]')!.textContent).to.contain(bundled.institutions.map((i) => i.id).join(', '));
  });

  it('shows an alert and fires coop-error for a missing file', async () => {
    const el = document.createElement('coop-map') as CoopMap;
    el.src = raw('nothing-here.json');
    const error = oneEvent(el, 'coop-error');
    document.body.append(el);
    const { detail } = await error;
    expect(detail.type).to.equal('http');
    expect(detail.status).to.equal(404);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Les données de la carte n’ont pas pu être chargées.');
    expect(alert.textContent).to.contain('introuvable (erreur 404)');
    el.remove();
  });

  it('shows an alert for a src that is not data', async () => {
    const el = await mapOf(html`<coop-map src=${raw('page.html')}></coop-map>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('page web (HTML)');
  });

  it('keeps its size while loading (no layout shift)', async () => {
    const el = await fixture<CoopMap>(html`<coop-map src="/__slow?ms=400" style="width: 600px"></coop-map>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.state[role="status"]')!.textContent).to.equal('Chargement de la carte…');
    // The world is drawn while the data loads, once the element knows its size.
    await waitUntil(() => el.shadowRoot!.querySelectorAll('path.country').length === 177, 'no world while loading');
    expect(el.shadowRoot!.querySelector('.state[role="status"]')).to.exist;
    const loading = el.getBoundingClientRect().height;
    await oneEvent(el, 'coop-load');
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(loading);
    expect(loading).to.be.above(300);
  });

  it('is accessible (axe) with its map', async () => {
    const el = await mapOf(html`<coop-map style="width: 800px"></coop-map>`);
    await aTimeout(0);
    await expect(el).to.be.accessible();
  });

  it('works at 320 px wide', async () => {
    const el = await mapOf(html`<coop-map institution="chu-marrakech" style="width: 320px"></coop-map>`);
    const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    expect(frame.width).to.equal(320);
    expect(frame.height).to.be.at.least(260);
    for (const mark of marks(el)) {
      const box = mark.getBoundingClientRect();
      expect(box.left).to.be.at.least(frame.left - 12);
      expect(box.right).to.be.at.most(frame.right + 12);
    }
  });

  it('follows the visitor\'s dark preference unless the page sets a theme', async () => {
    const el = await mapOf(html`<coop-map institution="chu-angers"></coop-map>`);
    const ocean = () => getComputedStyle(el).getPropertyValue('--_ocean').trim();
    expect(ocean()).to.equal('#eef3f7');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(ocean()).to.equal('#0f1b24');
      el.setAttribute('theme', 'light');
      expect(ocean()).to.equal('#eef3f7');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    el.style.setProperty('--coop-brand-color', '#7a1f3d');
    expect(getComputedStyle(el).getPropertyValue('--_mark').trim()).to.equal('#7a1f3d');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps marks at 3:1 and text at 4.5:1 contrast (${theme} theme)`, async () => {
      const el = await mapOf(html`<coop-map institution="chu-angers" theme=${theme}></coop-map>`);
      const style = getComputedStyle(el);
      const color = (name: string) => style.getPropertyValue(name).trim();
      const ratio = (a: string, b: string) => {
        const [la, lb] = [luminance(color(a)), luminance(color(b))];
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
      };
      for (const mark of ['--_mark', '--_home', '--_selected', '--_focus']) {
        for (const ground of ['--_ocean', '--_land', '--_partner-country']) {
          expect(ratio(mark, ground), `${mark} on ${ground}`).to.be.at.least(3);
        }
      }
      for (const [text, ground] of [['--_text', '--_surface'], ['--_muted', '--_surface'], ['--_surface', '--_mark']]) {
        expect(ratio(text, ground), `${text} on ${ground}`).to.be.at.least(4.5);
      }
    });
  }
});

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
