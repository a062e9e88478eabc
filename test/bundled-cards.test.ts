import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/card.js';
import type { CoopCard, CoopCards } from '../src/card.js';
import { setLocale } from '../src/localization.js';

// What the bundled data's rereading (issue 13) changes on cards: a caveat beside a doubtful
// start, and records the page tells without any place.
const text = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function cardOf(template: ReturnType<typeof html>): Promise<CoopCard> {
  const el = await fixture<CoopCard>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'the card did not load', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

describe('bundled cards', () => {
  it('shows the caveat on the ERC grants\' "Depuis 2017" beside the year, in the page\'s language', async () => {
    const el = await cardOf(html`<coop-card partnership="curie-erc-grants"></coop-card>`);
    const since = () => el.shadowRoot!.querySelectorAll('.facts dd')[1];
    expect(since().querySelector('time')!.getAttribute('datetime')).to.equal('2017');
    expect(since().textContent!.replace(/\s+/g, ' ').trim()).to.equal("2017 (année que la page donne à la création de l'ERC, qui date en fait de 2007)");
    try {
      await setLocale('ar');
      await waitUntil(() => since().querySelector('.inference')?.textContent?.includes('2007') && /[\u0600-\u06ff]/.test(since().querySelector('.inference')!.textContent!), 'no Arabic caveat', { timeout: 10000 });
      // In the page's language: no lang of its own.
      expect(since().querySelector('.inference [lang]')).to.equal(null);
    } finally {
      await setLocale(null);
    }
  });

  it('shows no caveat where the data has none', async () => {
    const el = await cardOf(html`<coop-card partnership="angers-tlemcen"></coop-card>`);
    expect(text(el, '.facts dd')).to.deep.equal(['En cours', '2012']);
  });

  it('tells the Institut Curie\'s work without a partner place, as cards in the institution\'s grid', async () => {
    const card = await cardOf(html`<coop-card partnership="curie-humanitarian-care"></coop-card>`);
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('Institut Curie : engagement humanitaire auprès de pays en grande précarité');
    expect(card.shadowRoot!.querySelector('.places')).to.equal(null);
    expect(text(card, '.facts dd')).to.deep.equal(['En cours', 'date non précisée']);

    const grid = await fixture<CoopCards>(html`<coop-cards institution="institut-curie"></coop-cards>`);
    await waitUntil(() => grid.shadowRoot!.querySelectorAll('coop-card').length > 0, 'no cards', { timeout: 10000 });
    const ids = [...grid.shadowRoot!.querySelectorAll('coop-card')].map((c) => c.getAttribute('partnership'));
    expect(ids).to.include.members(['curie-overseas-hospital-projects', 'curie-humanitarian-care']);
  });
});
