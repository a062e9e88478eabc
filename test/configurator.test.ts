import { expect } from '@open-wc/testing';
import { readEmbedRequest } from '../src/embed/embed-params.js';
import { attributesFor, brandColorValue, contrastRatio, embedUrlFor, iframeSnippetFor, lowContrastThemes, parseCssColor, snippetFor } from '../stories/configurator.js';

/** The element line of a snippet (the second line; the first is the script tag). */
const elementLine = (snippet: string) => snippet.split('\n')[1];

describe('configurator snippet', () => {
  it('writes the module script tag and a bare element when nothing is chosen', () => {
    expect(snippetFor({ element: 'coop-map' })).to.equal(
      '<script type="module" src="/chemin/vers/coop-widgets.js"></script>\n<coop-map></coop-map>',
    );
  });

  it('writes the classic variant with the IIFE build for editors that strip type="module"', () => {
    const snippet = snippetFor({ element: 'coop-timeline', institutions: ['aphp'], script: 'classic' });
    expect(snippet.split('\n')[0]).to.equal('<script src="/chemin/vers/coop-widgets.iife.js"></script>');
    expect(snippet).not.to.contain('type="module"');
    expect(elementLine(snippet)).to.equal('<coop-timeline institution="aphp"></coop-timeline>');
  });

  it('uses the folder the editor typed, with or without its final slash', () => {
    expect(snippetFor({ element: 'coop-map', folder: '/wp-content/uploads/coop' }).split('\n')[0]).to.equal(
      '<script type="module" src="/wp-content/uploads/coop/coop-widgets.js"></script>',
    );
    expect(snippetFor({ element: 'coop-map', folder: 'https://chu.example/js/', script: 'classic' }).split('\n')[0]).to.equal(
      '<script src="https://chu.example/js/coop-widgets.iife.js"></script>',
    );
    expect(snippetFor({ element: 'coop-map', folder: '   ' })).to.contain('src="/chemin/vers/coop-widgets.js"');
  });

  it('writes the example of the brief exactly', () => {
    expect(snippetFor({ element: 'coop-map', institutions: ['chu-angers'], statuses: ['active'], brandColor: '#7a1f3d' })).to.equal(
      '<script type="module" src="/chemin/vers/coop-widgets.js"></script>\n' +
        '<coop-map institution="chu-angers" status="active" style="--coop-brand-color: #7a1f3d"></coop-map>',
    );
  });

  it('writes only the attributes that were chosen: no empty ones', () => {
    const line = elementLine(
      snippetFor({
        element: 'coop-cards',
        institutions: [],
        countries: '  ',
        domains: null,
        statuses: undefined,
        theme: '',
        brandColor: ' ',
        searchable: false,
      }),
    );
    expect(line).to.equal('<coop-cards></coop-cards>');
    expect(line).not.to.match(/=""/);
  });

  it('joins token lists with single spaces, without repeats', () => {
    const line = elementLine(
      snippetFor({ element: 'coop-map', institutions: ['chu-marrakech', 'chu-angers', 'chu-marrakech'], countries: ' ML,  DZ TG ' }),
    );
    expect(line).to.equal('<coop-map institution="chu-marrakech chu-angers" country="ML DZ TG"></coop-map>');
  });

  it('writes only the attributes the element takes', () => {
    const everything = {
      institutions: ['chu-angers'],
      partnership: 'angers-tlemcen',
      countries: ['DZ'],
      domains: ['nephrology'],
      statuses: ['active'],
      groupBy: 'country',
      searchable: true,
      theme: 'dark',
    };
    expect(elementLine(snippetFor({ element: 'coop-card', ...everything }))).to.equal(
      '<coop-card partnership="angers-tlemcen" theme="dark"></coop-card>',
    );
    expect(elementLine(snippetFor({ element: 'coop-map', ...everything }))).to.equal(
      '<coop-map institution="chu-angers" country="DZ" domain="nephrology" status="active" theme="dark"></coop-map>',
    );
    expect(elementLine(snippetFor({ element: 'coop-timeline', ...everything }))).to.equal(
      '<coop-timeline institution="chu-angers" country="DZ" domain="nephrology" status="active" group-by="country" searchable theme="dark"></coop-timeline>',
    );
  });

  it('escapes quotes, ampersands and angle brackets in attribute values', () => {
    const snippet = snippetFor({
      element: 'coop-card',
      partnership: 'a"b&c<d>',
      folder: '/get.php?f=1&x="y"/',
    });
    expect(snippet.split('\n')[0]).to.equal('<script type="module" src="/get.php?f=1&amp;x=&quot;y&quot;/coop-widgets.js"></script>');
    expect(elementLine(snippet)).to.equal('<coop-card partnership="a&quot;b&amp;c&lt;d&gt;"></coop-card>');
    // What a browser parses back is what was chosen.
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    expect(parsed.querySelector('coop-card')!.getAttribute('partnership')).to.equal('a"b&c<d>');
    expect(parsed.querySelector('script')!.getAttribute('src')).to.equal('/get.php?f=1&x="y"/coop-widgets.js');
  });

  it('escapes a brand colour, and refuses one that would add other style declarations', () => {
    expect(elementLine(snippetFor({ element: 'coop-map', brandColor: 'color-mix(in srgb, "x" & y)' }))).to.equal(
      '<coop-map style="--coop-brand-color: color-mix(in srgb, &quot;x&quot; &amp; y)"></coop-map>',
    );
    expect(brandColorValue('rgb(122 31 61)')).to.equal('rgb(122 31 61)');
    expect(brandColorValue('red; display: none')).to.equal(null);
    expect(brandColorValue('red } html { color: red')).to.equal(null);
    expect(elementLine(snippetFor({ element: 'coop-map', brandColor: 'red; display: none' }))).to.equal('<coop-map></coop-map>');
  });

  it('gives the preview the same attributes as the snippet', () => {
    const options = { element: 'coop-timeline' as const, institutions: 'aphp', searchable: true, brandColor: '#1a56db' };
    expect(attributesFor(options)).to.deep.equal([
      ['institution', 'aphp'],
      ['searchable', ''],
      ['style', '--coop-brand-color: #1a56db'],
    ]);
    const parsed = new DOMParser().parseFromString(snippetFor(options), 'text/html').querySelector('coop-timeline')!;
    expect(parsed.getAttributeNames().map((name) => [name, parsed.getAttribute(name)])).to.deep.equal(attributesFor(options));
  });
});

describe('configurator iframe snippet', () => {
  it('writes the iframe of dist/embed.html with a title, and the script that sizes it', () => {
    expect(iframeSnippetFor({ element: 'coop-map', institutions: ['chu-angers'] })).to.equal(
      '<iframe src="/chemin/vers/embed.html?element=map&amp;institution=chu-angers&amp;lang=fr" title="Carte des partenariats internationaux" width="100%" height="700" style="border: 0" loading="lazy"></iframe>\n' +
        '<script src="/chemin/vers/coop-embed.js"></script>',
    );
    const arabic = new DOMParser().parseFromString(iframeSnippetFor({ element: 'coop-timeline', folder: 'https://chu.example/js' }, 'ar'), 'text/html');
    expect(arabic.querySelector('iframe')!.getAttribute('src')).to.equal('https://chu.example/js/embed.html?element=timeline&lang=ar');
    expect(arabic.querySelector('iframe')!.title).to.equal('الخط الزمني للتعاون الدولي');
    expect(arabic.querySelector('script')!.getAttribute('src')).to.equal('https://chu.example/js/coop-embed.js');
  });

  it('gives the embed the same element and attributes as the element snippet, read back by the embed itself', () => {
    const options = {
      element: 'coop-timeline' as const,
      institutions: ['chu-angers', 'aphp'],
      countries: 'ML DZ',
      statuses: ['done'],
      groupBy: 'country',
      searchable: true,
      theme: 'dark',
      brandColor: '#7a1f3d',
      folder: '/coop/',
    };
    const src = new DOMParser().parseFromString(iframeSnippetFor(options, 'en'), 'text/html').querySelector('iframe')!.getAttribute('src')!;
    expect(src).to.equal(embedUrlFor(options, 'en'));
    const url = new URL(src, 'https://chu.example/');
    const request = readEmbedRequest(url.search, url.href, (value) => CSS.supports('color', value));
    expect(request.issues).to.deep.equal([]);
    expect(request.tag).to.equal('coop-timeline');
    expect(request.lang).to.equal('en');
    expect(request.brandColor).to.equal('#7a1f3d');
    // Every attribute of the element's snippet, as a parameter (booleans as true), and no other.
    const asParameters = attributesFor(options)
      .filter(([name]) => name !== 'style')
      .map(([name, value]) => [name, value === '' ? 'true' : value]);
    expect(request.parameters).to.deep.equal(asParameters);
  });
});

describe('configurator brand colour check', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).to.be.closeTo(21, 0.01);
    expect(contrastRatio([255, 255, 255, 1], [255, 255, 255, 1])).to.equal(1);
    // The default brand colour #00665e on white: L = 0.7152 × 0.1329 + 0.0722 × 0.1119 = 0.1031, 1.05 / 0.1531.
    expect(contrastRatio([0x00, 0x66, 0x5e, 1], [255, 255, 255, 1])).to.be.closeTo(6.86, 0.01);
    // A transparent colour is the background.
    expect(contrastRatio([0, 0, 0, 0], [255, 255, 255, 1])).to.equal(1);
  });

  it('flags a dark brand colour on the dark theme, and on both when no theme is fixed', () => {
    const maroon = [0x7a, 0x1f, 0x3d, 1] as const;
    expect(lowContrastThemes(maroon, 'light')).to.deep.equal([]);
    expect(lowContrastThemes(maroon, 'dark').map((l) => l.theme)).to.deep.equal(['dark']);
    expect(lowContrastThemes(maroon, null).map((l) => l.theme)).to.deep.equal(['dark']);
    expect(lowContrastThemes([0xff, 0xd7, 0x00, 1], undefined).map((l) => l.theme)).to.deep.equal(['light']);
  });

  it('reads any CSS colour, and refuses what is not one', () => {
    expect(parseCssColor('#7a1f3d')).to.deep.equal([122, 31, 61, 1]);
    expect(parseCssColor('rgb(0 102 94)')).to.deep.equal([0, 102, 94, 1]);
    expect(parseCssColor('white')).to.deep.equal([255, 255, 255, 1]);
    expect(parseCssColor('not-a-colour')).to.equal(null);
  });
});
