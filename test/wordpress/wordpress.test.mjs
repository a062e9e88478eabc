// `npm run test:wordpress`: the plugin in a real WordPress 6.1 (Debian's, French, block
// theme), as hospital web teams use it. Two sites: a single site, and one with
// DISALLOW_UNFILTERED_HTML (where, as for everyone on a multisite network but super admins,
// no role may post a <script>). The plugin is installed from dist/coop-widgets-wordpress.zip
// through Plugins > Add New > Upload; an administrator, an editor and an author each publish
// a shortcode, the block and pasted <coop-*> markup through the REST API (what the block
// editor saves with); every public page is opened in Chromium and must show CHU d'Angers'
// data, with no console error and no request to another origin.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, browserPath } from '../../scripts/browser.mjs';
import { loginAs, restAs, uploadPlugin } from './http.mjs';
import { createSite, ensurePackages, freshWorkFolder, PASSWORD, startDatabase, stopAll, wp } from './site.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ZIP = join(root, 'dist', 'coop-widgets-wordpress.zip');
const dataset = JSON.parse(readFileSync(join(root, 'data', 'cooperation.json'), 'utf8'));
const ROLES = ['administrator', 'editor', 'author'];
const SCREENSHOTS = process.env.COOP_WORDPRESS_SCREENSHOTS ?? '';

// What CHU d'Angers' elements must show, from the bundled data itself.
const angers = dataset.partnerships.filter((p) => p.institution === 'chu-angers');
const ANGERS = {
  partners: [...new Set(angers.flatMap((p) => p.partners.map((partner) => partner.name?.fr)).filter(Boolean))],
  titles: angers.map((p) => p.title.fr).sort(),
  events: dataset.events.filter((e) => e.institution === 'chu-angers').length,
  tlemcen: dataset.partnerships.find((p) => p.id === 'angers-tlemcen').title.fr,
};

/** One post of each kind of use: the pasted markup, a shortcode and the block. */
const PASTED = '<!-- wp:html -->\n<coop-map institution="chu-angers"></coop-map>\n<!-- /wp:html -->';
const SHORTCODE = '<!-- wp:shortcode -->\n[coop-timeline institution="chu-angers"]\n<!-- /wp:shortcode -->';
const BLOCK = '<!-- wp:coop-widgets/cooperation {"element":"coop-cards","institution":"chu-angers"} /-->';
const BLOCK_CARD = '<!-- wp:coop-widgets/cooperation {"element":"coop-card","partnership":"angers-tlemcen"} /-->';

const started = Date.now();
const report = [];
let browser;
const sites = {};

/** Opens a public page: what it shows, what it said in the console, where it sent requests. */
async function visit(site, url, { tableView = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  const foreign = [];
  const requested = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console.error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => {
    const target = new URL(request.url());
    requested.push(request.url());
    if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== site.url) foreign.push(request.url());
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const html = await page.content();
    const shown = await page.evaluate(async (timeout) => {
      const until = async (read) => {
        const end = Date.now() + timeout;
        for (;;) {
          const value = read();
          if (value || Date.now() > end) return value ?? null;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      const shadow = (selector) => document.querySelector(selector)?.shadowRoot;
      const out = { lang: document.documentElement.lang };
      if (document.querySelector('coop-map')) {
        out.map = await until(() => (shadow('coop-map')?.querySelector('.marks .mark') ? shadow('coop-map').querySelector('.summary')?.textContent ?? '' : null));
        out.mapAlert = shadow('coop-map')?.querySelector('[role="alert"]')?.textContent?.trim() ?? null;
      }
      if (document.querySelector('coop-timeline')) out.events = await until(() => shadow('coop-timeline')?.querySelectorAll('ol li').length || null);
      if (document.querySelector('coop-cards')) {
        out.cards = await until(() => {
          const cards = [...(shadow('coop-cards')?.querySelectorAll('coop-card') ?? [])].map((card) => card.shadowRoot?.querySelector('h2, h3, h4')?.textContent?.trim());
          return cards.length && cards.every(Boolean) ? cards : null;
        });
      }
      if (document.querySelector('coop-card')) out.card = await until(() => shadow('coop-card')?.querySelector('h2')?.textContent?.trim() || null);
      return out;
    }, 20000);
    if (SCREENSHOTS) {
      // What a visitor sees: COOP_WORDPRESS_SCREENSHOTS=folder keeps a picture of every page opened.
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${site.name}-${(new URL(url).pathname + new URL(url).search).replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.png`), fullPage: true });
    }
    if (tableView && shown.map) {
      // The map's text alternative names every partner.
      await page.locator('coop-map').getByRole('button', { name: 'Tableau' }).click();
      shown.table = await page.locator('coop-map').locator('table').innerText({ timeout: 10000 });
    }
    return { html, shown, problems, foreign, requested };
  } finally {
    await context.close();
  }
}

/** The library's files a page asked for, and how its module was included. */
function libraryOf(visited) {
  const scripts = visited.html.match(/<script[^>]*coop-widgets\.js[^>]*>/g) ?? [];
  const head = visited.html.slice(0, visited.html.indexOf('</head>'));
  return { scripts, cssInHead: /<link[^>]+coop-widgets\.css/.test(head), loaded: visited.requested.filter((url) => url.includes('/plugins/coop-widgets/dist/')) };
}

/** Asserts that a page shows CHU d'Angers' partners, events and partnerships, quietly. */
function assertAngers(visited, { map = true, timeline = true, cards = true, card = false } = {}) {
  const { shown } = visited;
  assert.deepEqual(visited.problems, [], 'console errors or failed requests');
  assert.deepEqual(visited.foreign, [], 'requests to another origin');
  const library = libraryOf(visited);
  assert.equal(library.scripts.length, 1, `one module script: ${library.scripts.join(' ')}`);
  // The plugin's own (a pasted copy of the library is not shown), as a module on 6.1 too.
  assert.match(library.scripts[0], /type="module"/);
  assert.match(library.scripts[0], /id="coop-widgets-js"/);
  assert.equal(visited.requested.filter((url) => /\/coop-widgets\.js(\?|$)/.test(url)).length, 1, 'the loader requested once');
  assert.ok(library.cssInHead, 'coop-widgets.css in the head');
  const rendered = [];
  if (map) {
    assert.ok(shown.map, 'the map drew its partners');
    for (const name of ANGERS.partners) assert.ok(shown.table.toLowerCase().includes(name.toLowerCase()), `the map's table names ${name}:\n${shown.table}`);
    rendered.push(`map "${shown.map}" naming ${ANGERS.partners.length} partners`);
  }
  if (timeline) {
    assert.equal(shown.events, ANGERS.events, "the timeline lists CHU d'Angers' events");
    rendered.push(`timeline of ${shown.events} events`);
  }
  if (cards) {
    assert.deepEqual([...(shown.cards ?? [])].sort(), ANGERS.titles);
    rendered.push(`${shown.cards.length} cards`);
  }
  if (card) {
    assert.equal(shown.card, ANGERS.tlemcen);
    rendered.push(`card "${shown.card}"`);
  }
  return `${rendered.join(', ')}; ${library.loaded.length} files from the plugin, none elsewhere, no console error`;
}

async function publish(site, role, title, content, type = 'posts') {
  return restAs(site, role)('POST', `/wp/v2/${type}`, { title, content, status: 'publish' });
}

/** What the block editor does on "Update": reads the raw content and saves it back. */
async function resave(site, role, id, type = 'posts') {
  const rest = restAs(site, role);
  const post = await rest('GET', `/wp/v2/${type}/${id}?context=edit`);
  return rest('POST', `/wp/v2/${type}/${id}`, { content: post.content.raw });
}

before(async () => {
  ensurePackages();
  freshWorkFolder();
  const socket = await startDatabase();
  const [single, strict] = await Promise.all([createSite({ name: 'single', socket }), createSite({ name: 'strict', socket, disallowUnfilteredHtml: true })]);
  Object.assign(sites, { single, strict });
  for (const site of [single, strict]) {
    const session = await loginAs(site, 'admin', PASSWORD);
    site.plugin = await uploadPlugin(session, ZIP);
    site.session = session;
  }
  browser = await chromium.launch({ executablePath: browserPath(), args: [...BROWSER_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  console.log(`wordpress: two sites of WordPress ${single.version} up, the plugin installed from the zip, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

after(async () => {
  await browser?.close();
  await stopAll();
  for (const line of report) console.log(`wordpress: ${line}`);
  console.log(`wordpress: suite took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

for (const [type, label] of [
  ['single', 'a single site'],
  ['strict', 'a site with DISALLOW_UNFILTERED_HTML'],
]) {
  describe(`WordPress, ${label}`, () => {
    it('installed the plugin from the zip through Plugins > Add New > Upload, and it is active', async () => {
      const site = sites[type];
      assert.equal(site.plugin.plugin, 'coop-widgets/coop-widgets.php');
      const plugins = await restAs(site, 'administrator')('GET', '/wp/v2/plugins');
      assert.equal(plugins.find((p) => p.plugin === 'coop-widgets/coop-widgets')?.status, 'active');
      assert.equal(site.users.administrator.unfiltered_html, type === 'single', 'unfiltered_html of the administrator');
    });

    for (const role of ROLES) {
      it(`${role}: a shortcode, the block and pasted <coop-map> markup are saved whole and render CHU d'Angers' data`, async () => {
        const site = sites[type];
        const content = [PASTED, SHORTCODE, BLOCK].join('\n\n');
        const post = await publish(site, role, `Coopération (${role})`, content);
        assert.ok(post.content.raw.includes('<coop-map institution="chu-angers"></coop-map>'), `the markup was saved as written:\n${post.content.raw}`);
        assert.ok(post.content.raw.includes('[coop-timeline institution="chu-angers"]'));
        assert.ok(post.content.raw.includes('wp:coop-widgets/cooperation {"element":"coop-cards","institution":"chu-angers"}'));
        const visited = await visit(site, post.link);
        assert.match(visited.shown.lang, /^fr/);
        report.push(`${label}, ${role} (unfiltered_html: ${site.users[role].unfiltered_html}): published <coop-map institution="chu-angers"> pasted in an HTML block, [coop-timeline institution="chu-angers"], the block as coop-cards of chu-angers; rendered ${assertAngers(visited)}`);
      });
    }

    it("a script the administrator pasted is stripped when others re-save, and the widgets stay: the plugin loads the library", async () => {
      const site = sites[type];
      const markup = `<!-- wp:html -->\n<script type="module" src="${site.url}/wp-content/plugins/coop-widgets/dist/coop-widgets.js"></script>\n<coop-map institution="chu-angers"></coop-map>\n<!-- /wp:html -->\n\n${BLOCK_CARD}`;
      // The author's own post, which the administrator completes (authors may not edit others' posts).
      const draft = await publish(site, 'author', "Coopération (article de l'auteur)", '<!-- wp:paragraph --><p>Nos partenaires.</p><!-- /wp:paragraph -->');
      const byAdmin = await restAs(site, 'administrator')('POST', `/wp/v2/posts/${draft.id}`, { content: `${draft.content.raw}\n\n${markup}` });
      assert.equal(byAdmin.content.raw.includes('<script'), type === 'single', 'the administrator may keep a script only on the single site');
      const byAuthor = await resave(site, 'author', draft.id);
      assert.ok(!byAuthor.content.raw.includes('<script'), "the author's save strips the script");
      assert.ok(byAuthor.content.raw.includes('<coop-map institution="chu-angers"></coop-map>'), `the author's save kept the map:\n${byAuthor.content.raw}`);
      assert.ok(byAuthor.content.raw.includes('"partnership":"angers-tlemcen"'));
      const afterAuthor = await visit(site, draft.link);
      // The administrator's page, re-saved by the editor.
      const page = await publish(site, 'administrator', 'Coopération (page)', markup, 'pages');
      const byEditor = await resave(site, 'editor', page.id, 'pages');
      assert.ok(byEditor.content.raw.includes('<coop-map institution="chu-angers"></coop-map>'));
      assert.equal(byEditor.content.raw.includes('<script'), type === 'single', 'the editor keeps a script only where editors have unfiltered_html');
      const afterEditor = await visit(site, page.link);
      report.push(
        `${label}, re-saves: the administrator added <script> + <coop-map> + the block (card angers-tlemcen) to the author's post, the author re-saved: ${assertAngers(afterAuthor, { timeline: false, cards: false, card: true })}; the administrator's page re-saved by the editor: ${assertAngers(afterEditor, { timeline: false, cards: false, card: true })}`,
      );
    });
  });
}

describe('WordPress, the plugin itself', () => {
  it('renders only documented attributes, escaped; a bad value reaches the element, which says what is wrong', async () => {
    const site = sites.single;
    // The administrator of a single site saves unfiltered: the shortcode's values reach the plugin as typed.
    const post = await publish(site, 'administrator', 'Valeurs', '<!-- wp:shortcode -->\n[coop-map institution="nowhere" onclick="alert(1)" data-x="1" no-zoom theme=\'dark" onmouseover="alert(1)\']\n<!-- /wp:shortcode -->');
    // As the server wrote it (the browser's DOM would add its own quotes, and the map reflects its view).
    const served = await (await fetch(post.link)).text();
    const tag = /<coop-map[^>]*>/.exec(served)[0];
    assert.doesNotMatch(tag, /onclick|data-x|\sonmouseover="/);
    assert.match(tag, /institution="nowhere"/);
    assert.match(tag, / no-zoom[ >]/);
    // WordPress's shortcode syntax forbids < and > in values; a quote is what could break out.
    assert.match(tag, /theme="dark&quot; onmouseover=&quot;alert\(1\)"/);
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign = [];
    const errors = [];
    page.on('request', (request) => new URL(request.url()).origin !== site.url && !request.url().startsWith('data:') && foreign.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(post.link);
    // The map's empty view says why it is empty.
    const alert = await page.locator('coop-map').getByText(/nowhere/).first().innerText({ timeout: 15000 });
    await context.close();
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    // A clear message: the id it does not know, and those it does.
    assert.match(alert, /nowhere.*chu-angers/s);
    report.push(`bad values: [coop-map institution="nowhere" onclick=… data-x=… no-zoom theme='dark" onmouseover="…'] rendered ${tag}; the map says: ${alert.replace(/\s+/g, ' ').slice(0, 120)}`);
  });

  it('loads nothing on a page without an element', async () => {
    const site = sites.single;
    const post = await publish(site, 'author', 'Sans carte', '<!-- wp:paragraph --><p>Rien à montrer.</p><!-- /wp:paragraph -->');
    const visited = await visit(site, post.link);
    assert.deepEqual(libraryOf(visited), { scripts: [], cssInHead: false, loaded: [] });
    assert.deepEqual(visited.problems, []);
  });

  it("an author's own JSON and CSV from the Media Library feed the block", async () => {
    const site = sites.strict;
    const rest = restAs(site, 'author');
    const upload = (file, type) => rest('POST', '/wp/v2/media', readFileSync(join(root, file)), { 'content-type': type, 'content-disposition': `attachment; filename="${file.split('/').pop()}"` });
    const json = await upload('test/fixtures/small-dataset.json', 'application/json');
    const csv = await upload('data/example.csv', 'text/csv');
    assert.equal(json.mime_type, 'application/json');
    assert.match(csv.mime_type, /csv/);
    const own = JSON.parse(readFileSync(join(root, 'test/fixtures/small-dataset.json'), 'utf8'));
    const post = await publish(
      site,
      'author',
      'Nos données',
      `<!-- wp:coop-widgets/cooperation {"element":"coop-cards","src":"${json.source_url}"} /-->\n\n<!-- wp:coop-widgets/cooperation {"element":"coop-map","src":"${csv.source_url}"} /-->`,
    );
    const visited = await visit(site, post.link);
    assert.deepEqual(visited.problems, []);
    assert.deepEqual(visited.foreign, []);
    assert.deepEqual([...visited.shown.cards].sort(), own.partnerships.map((p) => p.title.fr).sort());
    // data/example.csv's first partner (the template's partners are fictional).
    assert.match(visited.shown.table, /Hôpital Imaginaire de Bamako/);
    report.push(`own data (strict site, author): uploaded small-dataset.json (${json.mime_type}) and example.csv (${csv.mime_type}); the block showed ${visited.shown.cards.length} cards from the JSON and a map "${visited.shown.map}" from the CSV`);
  });

  it('speaks French and English: the block and its sidebar follow each user\'s language', async () => {
    const site = sites.single;
    // The editor as each person opens it (the block's title is translated when WordPress starts, for the logged-in user).
    const french = await site.session.request('/wp-admin/post-new.php');
    assert.match(french.text, /"title":"Coop\\u00e9ration internationale"|"title":"Coopération internationale"/);
    assert.match(french.text, /"Carte du monde des partenaires"/);
    await restAs(site, 'author')('POST', '/wp/v2/users/me', { locale: 'en_US' });
    const author = await loginAs(site, 'author', PASSWORD);
    const english = await author.request('/wp-admin/post-new.php');
    assert.match(english.text, /"title":"International cooperation"/);
    assert.match(english.text, /"World map of the partners"/);
    assert.doesNotMatch(english.text, /Carte du monde des partenaires/);
    report.push('languages: the block is "Coopération internationale" with a French sidebar for the administrator, "International cooperation" with an English one for an author who chose English');
  });

  it("the block editor's preview is the real element", async () => {
    const site = sites.single;
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.addCookies(site.session.cookies());
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('coop-widgets/cooperation') && window.wp.data.select('core/block-editor'), null, { timeout: 30000 });
    await page.evaluate(() => {
      const block = window.wp.blocks.createBlock('coop-widgets/cooperation', { element: 'coop-map', institution: 'chu-angers' });
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    });
    const summary = await page.waitForFunction(() => document.querySelector('.wp-block-coop-widgets-cooperation coop-map')?.shadowRoot?.querySelector('.marks .mark') && document.querySelector('.wp-block-coop-widgets-cooperation coop-map').shadowRoot.querySelector('.summary').textContent, null, { timeout: 30000 });
    const text = await summary.jsonValue();
    const labels = await page.locator('.block-editor-block-inspector').innerText();
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${site.name}-editor.png`) });
    await context.close();
    assert.deepEqual(problems, []);
    assert.match(text, /partenaires/);
    assert.match(labels, /Établissements/);
    report.push(`editor: the block inserted in a new post previews the real map ("${text}") with its sidebar in French`);
  });

  it('uninstalls without leaving anything behind', async () => {
    const site = sites.strict;
    const result = wp(site, 'uninstall', { plugin: 'coop-widgets/coop-widgets.php' });
    assert.deepEqual(result, { deleted: true, error: null });
    assert.deepEqual(wp(site, 'options', { like: 'coop' }), []);
    const plugins = await restAs(site, 'administrator')('GET', '/wp/v2/plugins');
    assert.equal(plugins.some((p) => p.plugin.startsWith('coop-widgets/')), false);
    for (const s of Object.values(sites)) {
      const ours = s.debugLog().split('\n').filter((line) => line.includes('plugins/coop-widgets'));
      assert.deepEqual(ours, [], `PHP messages from the plugin on ${s.name}`);
    }
  });
});
