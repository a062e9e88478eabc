import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/card.js';
import type { CoopCard, CoopCards } from '../src/card.js';
import { locatorMap } from '../src/geo/locator.js';
import { figureSentence } from '../src/components/shared/figures.js';
import { setLocale } from '../src/localization.js';
import bundled from '../data/cooperation.json';
import type { CooperationDataset } from '../src/data/schema.generated.js';

const data = bundled as unknown as CooperationDataset;
const text = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function cardOf(template: ReturnType<typeof html>): Promise<CoopCard> {
  const el = await fixture<CoopCard>(template);
  await waitUntil(() => !el.shadowRoot!.querySelector('[role="status"]'), 'the card did not load', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

describe('<coop-card>', () => {
  it('keeps its content while another language’s texts arrive, then shows them', async () => {
    const el = await cardOf(html`<coop-card partnership="angers-tlemcen"></coop-card>`);
    const heading = () => el.shadowRoot!.querySelector('h2')?.textContent ?? null;
    expect(heading()).to.equal('Angers – Tlemcen : greffe rénale');
    const seen = new Set<string | null>();
    try {
      const switched = setLocale('en');
      // Watched on every frame until the English part has arrived: never a blank or loading card.
      await waitUntil(() => (seen.add(heading()), heading() === 'Angers – Tlemcen: kidney transplantation'), 'no English heading', { interval: 5, timeout: 10000 });
      await switched;
      expect([...seen].filter((h) => h !== 'Angers – Tlemcen : greffe rénale' && h !== 'Angers – Tlemcen: kidney transplantation')).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.state[role="status"]')).to.equal(null);
    } finally {
      await setLocale(null);
    }
  });

  it('tells a partnership whole: heading, place, status, since, domains, figures, activities, events, sources', async () => {
    const el = await cardOf(html`<coop-card partnership="angers-tlemcen"></coop-card>`);
    // The locator's world loads on first use.
    await waitUntil(() => el.shadowRoot!.querySelector('.locator[role="img"]'), 'no locator');
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article.getAttribute('aria-labelledby')).to.equal('title');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Angers – Tlemcen : greffe rénale');
    expect(text(el, '.places li')).to.deep.equal(['CHU de Tlemcen — Tlemcen, Algérie']);
    expect(text(el, '.facts dd')).to.deep.equal(['En cours', '2012']);
    expect(el.shadowRoot!.querySelector('.facts time')!.getAttribute('datetime')).to.equal('2012');
    expect(text(el, '.tags li')).to.deep.equal(['Greffe rénale']);
    // Approximate figures are said to be approximate, to the eye and to screen readers.
    expect(text(el, '.figure-value')).to.deep.equal(['≈ environ 15', '≈ environ 30']);
    expect(el.shadowRoot!.querySelector('.figure-value [aria-hidden="true"]')!.textContent).to.equal('≈ ');
    expect(text(el, 'section h3')).to.deep.equal(['Chiffres clés', 'Activités', 'Événements']);
    expect(text(el, '.events li')).to.deep.equal(['2012 — Début du partenariat Angers – Tlemcen en greffe rénale']);
    const quotes = text(el, 'details.sources blockquote');
    expect(quotes).to.include('Les CHU de Tlemcen et d\'Angers sont liés depuis 2012 par un partenariat dans le domaine de la greffe rénale.');
    // No document has an address: sources are cited, never linked to an invented URL.
    expect(el.shadowRoot!.querySelectorAll('details.sources a')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.locator')!.getAttribute('aria-label')).to.equal('Carte de situation : Algérie');
    expect(el.shadowRoot!.querySelectorAll('.locator .country.highlighted')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.locator .place')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('prints with its sources open', async () => {
    const el = await cardOf(html`<coop-card partnership="angers-tlemcen"></coop-card>`);
    const sources = el.shadowRoot!.querySelector('details.sources') as HTMLDetailsElement;
    expect(sources.open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(sources.open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(sources.open).to.equal(false);
  });

  it('links a source only when its document has an http(s) address', async () => {
    const el = await cardOf(html`<coop-card partnership="alpha-bamako" src="/__raw/test/fixtures/small-dataset-with-urls.json"></coop-card>`);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('details.sources a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.example.org/international']);
  });

  it('shows a country-level partner without a precise dot, and says so', async () => {
    const el = await cardOf(html`<coop-card partnership="curie-kenya-palliative-care"></coop-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.locator[role="img"]'), 'no locator');
    expect(text(el, '.places li')).to.deep.equal(['Kenya (lieu précis non indiqué)']);
    expect(el.shadowRoot!.querySelectorAll('.locator .place')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('.locator .country.highlighted')).to.have.length(1);
  });

  it('lists the five Hanoi partners and the people with their roles', async () => {
    const el = await cardOf(html`<coop-card partnership="clermont-hanoi" heading-level="3"></coop-card>`);
    expect(el.shadowRoot!.querySelector('h3.title')).to.exist;
    expect(text(el, 'section h4')).to.include('Personnes');
    expect(text(el, '.places li')).to.have.length(5);
    expect(text(el, '.person')).to.include('Professeur Charles de Riberolles');
    expect(text(el, '.facts dd')[1]).to.equal('années 1980–1990');
  });

  it('marks planned partnerships in words as well as style', async () => {
    const el = await cardOf(html`<coop-card partnership="marrakech-dakar-dalal-jamm"></coop-card>`);
    const status = el.shadowRoot!.querySelector('.status')!;
    expect(status.textContent).to.equal('En projet');
    expect(status.classList.contains('planned')).to.equal(true);
  });

  it('says clearly when the id is unknown, and fires a coop-error of type attribute', async () => {
    const el = document.createElement('coop-card') as CoopCard;
    el.partnership = 'angers-tlemcem';
    const error = oneEvent(el, 'coop-error');
    document.body.append(el);
    const { detail } = await error;
    expect(detail.type).to.equal('attribute');
    expect(detail.issues!.map((i: { path: string }) => i.path)).to.deep.equal(['partnership']);
    expect(detail.message).to.match(/^L'attribut partnership nomme « angers-tlemcem », que les données n'ont pas ; identifiants disponibles : /);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('angers-tlemcem');
    el.remove();
  });

  it('suggests close ids', async () => {
    const el = await cardOf(html`<coop-card partnership="tlemcen"></coop-card>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
      "Aucun partenariat ne porte l'identifiant « tlemcen ». Vouliez-vous dire : angers-tlemcen ?",
    );
  });

  it('fires coop-load with its events', async () => {
    const el = document.createElement('coop-card') as CoopCard;
    el.partnership = 'aphp-hegp-almaty-cardiology';
    const loaded = oneEvent(el, 'coop-load');
    document.body.append(el);
    const events = data.events.filter((e) => e.partnership === 'aphp-hegp-almaty-cardiology').length;
    expect((await loaded).detail).to.deep.equal({ partnerships: 1, events });
    el.remove();
  });

  it('invites to select when it follows the page and nothing is selected yet', async () => {
    const el = await cardOf(html`<coop-card group="lonely"></coop-card>`);
    expect(text(el, '.invite')[0]).to.contain('Sélectionnez un partenariat');
  });

  it('in compact form, selects its partnership for the page', async () => {
    const el = await cardOf(html`<coop-card compact partnership="angers-lome" group="compact-test"></coop-card>`);
    expect(el.shadowRoot!.querySelector('details.sources')).to.equal(null);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.select')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    const selection = oneEvent(el, 'coop-select');
    button.click();
    expect((await selection).detail).to.deep.equal({ partnershipId: 'angers-lome' });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('<coop-cards>', () => {
  it('shows every partnership of an institution as a grid of compact cards', async () => {
    const el = await fixture<CoopCards>(html`<coop-cards institution="chu-angers"></coop-cards>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('coop-card').length > 0, 'no cards', { timeout: 10000 });
    const cards = [...el.shadowRoot!.querySelectorAll('coop-card')];
    expect(cards.map((c) => c.getAttribute('partnership'))).to.deep.equal(data.partnerships.filter((p) => p.institution === 'chu-angers').map((p) => p.id));
    expect(cards.every((c) => c.hasAttribute('compact'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('.grid')!.tagName).to.equal('UL');
    await Promise.all(cards.map((c) => waitUntil(() => c.shadowRoot?.querySelector('h3'), 'card not rendered', { timeout: 10000 })));
    await expect(el).to.be.accessible();
  });

  it('filters by kind and says when nothing matches', async () => {
    const el = await fixture<CoopCards>(html`<coop-cards institution="institut-curie" kind="research-project"></coop-cards>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('coop-card').length > 0);
    expect([...el.shadowRoot!.querySelectorAll('coop-card')].map((c) => c.getAttribute('partnership'))).to.deep.equal(['curie-um-cure-2020']);
    el.setAttribute('country', 'JP');
    // The sentence loads with the states of what is off (problem-states.ts), the first time one is needed.
    await waitUntil(() => el.shadowRoot!.querySelector('.state[role="status"]')?.textContent === 'Aucun partenariat ne correspond aux filtres choisis.', 'no empty state');
  });
});

describe('card helpers (pure)', () => {
  it('words figures at the precision the source gives', () => {
    const source = { document: 'd', quote: 'q' };
    expect(figureSentence({ value: 30, qualifier: 'about', counts: { fr: 'transplantations' }, source }, 'fr')).to.equal('environ 30 transplantations');
    expect(figureSentence({ value: 300, qualifier: 'more-than', counts: { fr: 'doctorants' }, source }, 'fr')).to.equal('plus de 300 doctorants');
    expect(figureSentence({ value: 1800, qualifier: 'exact', counts: { fr: 'consultations' }, source }, 'fr').replace(/\u202f/g, ' ')).to.equal('1 800 consultations');
    expect(figureSentence({ value: 6000000, qualifier: 'exact', unit: 'EUR', counts: { fr: 'de financement' }, source }, 'fr').replace(/\u202f|\u00a0/g, ' ')).to.equal('6 M € de financement');
    expect(figureSentence({ value: 2, qualifier: 'up-to', unit: 'year', counts: { fr: 'de stage' }, source }, 'fr')).to.equal("jusqu'à 2 ans de stage");
    expect(figureSentence({ value: null, qualifier: 'unspecified', text: { fr: 'des centaines' }, counts: { fr: 'de médecins' }, source }, 'fr')).to.equal('des centaines de médecins');
  });

  it('draws a locator around the partner country, with a dot only for known cities', () => {
    const city = locatorMap([{ name: null, city: 'Tlemcen', country: 'DZ', lat: 34.88, lon: -1.32, precision: 'city' }])!;
    expect(city.countries.filter((c) => c.highlighted).map((c) => c.key)).to.deep.equal(['DZ']);
    expect(city.points).to.have.length(1);
    expect(city.points[0].x).to.be.within(0, city.width);
    expect(city.countries.length).to.be.below(60);
    const country = locatorMap([{ name: null, country: 'KE', lat: 0, lon: 38, precision: 'country' }])!;
    expect(country.points).to.deep.equal([]);
    expect(locatorMap([{ name: null, country: null, precision: 'country' }])).to.equal(null);
  });
});
