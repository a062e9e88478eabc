import { expect } from '@open-wc/testing';
import { attributeKinds, embedAttributes, readEmbedRequest } from '../src/embed/embed-params.js';

const PAGE = 'https://chu.example/coop/embed.html';
const read = (query: string) => readEmbedRequest(query, PAGE);

describe('embed parameters', () => {
  it('reads the element, the language and direction, and the element\'s parameters in order', () => {
    expect(read('?element=map&institution=chu-angers&lang=fr&status=active')).to.deep.equal({
      tag: 'coop-map',
      lang: 'fr',
      dir: 'ltr',
      brandColor: null,
      parameters: [
        ['institution', 'chu-angers'],
        ['status', 'active'],
      ],
      issues: [],
    });
    expect(read('element=coop-timeline&lang=ar').tag).to.equal('coop-timeline');
    expect(read('element=timeline&lang=ar').dir).to.equal('rtl');
    expect(read('element=card&lang=en-GB').lang).to.equal('en');
    // Absent: French, like an element on a page without lang.
    expect(read('element=cards').lang).to.equal('fr');
    expect(read('element=map&institution=a&institution=b').parameters).to.deep.equal([['institution', 'a']]);
  });

  it('says when the element or the language is not one it knows', () => {
    expect(read('element=globe').tag).to.equal(null);
    expect(read('element=globe').issues).to.deep.equal([{ parameter: 'element', code: 'not-a-choice', value: 'globe', choices: ['map', 'timeline', 'card', 'cards', 'filters'] }]);
    expect(read('').issues.map((i) => i.parameter)).to.deep.equal(['element']);
    const german = read('element=map&lang=de');
    expect(german.lang).to.equal('fr');
    expect(german.tag).to.equal('coop-map');
    expect(german.issues).to.deep.equal([{ parameter: 'lang', code: 'not-a-choice', value: 'de', choices: ['fr', 'en', 'ar'] }]);
  });

  it('takes a data file only from its own origin, and then shows nothing else', () => {
    for (const src of ['/coop/data.json', 'data.csv', 'https://chu.example/other/data.json']) {
      expect(read(`element=map&src=${encodeURIComponent(src)}`).issues, src).to.deep.equal([]);
    }
    const cases: [string, string][] = [
      ['https://example.org/data.json', 'https://example.org'],
      ['//example.org/data.json', 'https://example.org'],
      ['http://chu.example/data.json', 'http://chu.example'],
      ['https://chu.example:8443/data.json', 'https://chu.example:8443'],
      ['data:application/json,{}', 'data:'],
      ['javascript:alert(1)', 'javascript:'],
    ];
    for (const [src, origin] of cases) {
      const request = read(`element=map&src=${encodeURIComponent(src)}`);
      expect(request.tag, src).to.equal(null);
      expect(request.issues, src).to.deep.equal([{ parameter: 'src', code: 'other-origin', value: src, origin, own: 'https://chu.example' }]);
    }
  });

  it('takes a brand colour the browser reads as one, and nothing that could add declarations', () => {
    const isColour = (value: string) => CSS.supports('color', value);
    expect(readEmbedRequest('element=map&brand-color=%237a1f3d', PAGE, isColour).brandColor).to.equal('#7a1f3d');
    expect(readEmbedRequest('element=map&brand-color=rgb(0 102 94)', PAGE, isColour).brandColor).to.equal('rgb(0 102 94)');
    for (const value of ['pas-une-couleur', 'red; display: none', 'red } html { color: red']) {
      const request = readEmbedRequest(`element=map&brand-color=${encodeURIComponent(value)}`, PAGE, isColour);
      expect(request.brandColor, value).to.equal(null);
      expect(request.issues, value).to.deep.equal([{ parameter: 'brand-color', code: 'not-a-colour', value }]);
      expect(request.tag).to.equal('coop-map');
    }
  });

  it('reads the attributes an element declares through Lit', () => {
    const kinds = attributeKinds(
      new Map<PropertyKey, { attribute?: boolean | string; type?: unknown }>([
        ['institution', {}],
        ['noZoom', { attribute: 'no-zoom', type: Boolean }],
        ['dataset', { attribute: false }],
        ['theme', { type: String }],
      ]),
    );
    expect([...kinds]).to.deep.equal([
      ['institution', 'string'],
      ['no-zoom', 'boolean'],
      ['theme', 'string'],
    ]);
  });

  it('turns parameters into attributes: booleans on or off, unknown names and empty values left out', () => {
    const kinds = new Map<string, 'boolean' | 'string'>([
      ['institution', 'string'],
      ['no-zoom', 'boolean'],
      ['searchable', 'boolean'],
      ['url-hash', 'boolean'],
      ['theme', 'string'],
    ]);
    const { attributes, issues } = embedAttributes(
      [
        ['institution', ' chu-angers aphp '],
        ['no-zoom', ''],
        ['searchable', 'false'],
        ['url-hash', 'peut-être'],
        ['theme', ''],
        ['colour', 'red'],
      ],
      kinds,
    );
    expect(attributes).to.deep.equal([
      ['institution', 'chu-angers aphp'],
      ['no-zoom', ''],
    ]);
    expect(issues).to.deep.equal([
      { parameter: 'url-hash', code: 'not-a-choice', value: 'peut-être', choices: ['true', 'false'] },
      { parameter: 'colour', code: 'not-a-parameter', known: ['element', 'lang', 'brand-color', 'institution', 'no-zoom', 'searchable', 'url-hash', 'theme'] },
    ]);
    expect(embedAttributes([['searchable', 'true'], ['no-zoom', 'no-zoom']], kinds).attributes).to.deep.equal([
      ['searchable', ''],
      ['no-zoom', ''],
    ]);
  });
});
