import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserPath } from './scripts/browser.mjs';

// Tests run in the browser scripts/browser.mjs finds (CHROME_PATH, chromium, …; `npm test`
// installs Debian's chromium first when it may); nothing here downloads a browser.
// --no-sandbox because CI runs as root; the networking flags keep Chromium from calling
// home on a machine whose only reachable hosts are package registries.
/**
 * Test-only routes: `/__slow?ms=N` answers after N ms, `/__hang` sends headers and then
 * never finishes the body; both stand in for an overloaded hospital server.
 */
async function slowServer(ctx, next) {
  if (ctx.path === '/__slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 1000)));
    ctx.type = 'application/json';
    ctx.body = '{"version":1,"institutions":[],"partnerships":[],"events":[]}';
    return;
  }
  if (ctx.path === '/__hang') {
    ctx.type = 'application/json';
    ctx.status = 200;
    const { PassThrough } = await import('node:stream');
    const stream = new PassThrough();
    stream.write('{"version":1,');
    setTimeout(() => stream.end(), 5000);
    ctx.body = stream;
    return;
  }
  return next();
}

/**
 * `/__raw/<path>` serves a project file byte for byte. The esbuild plugin turns every
 * `.json` it serves into a JavaScript module (so that `import data from './x.json'` works),
 * which would also rewrite the JSON files the loader tests fetch as data.
 */
async function rawFiles(ctx, next) {
  if (!ctx.path.startsWith('/__raw/')) return next();
  const { readFile } = await import('node:fs/promises');
  const { resolve, sep } = await import('node:path');
  const file = resolve(ctx.path.slice('/__raw/'.length));
  if (!file.startsWith(process.cwd() + sep)) return next();
  try {
    ctx.body = await readFile(file);
    ctx.type = file.split('.').pop();
  } catch {
    ctx.status = 404;
  }
}

/**
 * The bundled details parts are JSON the elements fetch (src/data/details-source.ts, and the
 * built copies in dist/coop-data-<hash>/): served as they are, not turned into modules by the
 * esbuild plugin. (Turned into modules, every card of a dist/ page failed to read its part and
 * fell back to loading every institution, which the tests did not see.)
 */
async function detailParts(ctx, next) {
  if (!ctx.path.startsWith('/src/generated/data/details/') && !/^\/dist\/coop-data-[^/]+\/[^/]+\.json$/.test(ctx.path)) return next();
  return rawFiles(Object.assign(ctx, { path: `/__raw${ctx.path}` }), next);
}

/**
 * `/__js-only/dist/…` serves dist/ as a host where only the JavaScript was uploaded: the
 * bundled details folder (`coop-data-<hash>/`) answers 404.
 */
async function jsOnlyHost(ctx, next) {
  if (!ctx.path.startsWith('/__js-only/')) return next();
  const path = ctx.path.slice('/__js-only'.length);
  if (/^\/dist\/coop-data-[^/]+\//.test(path)) {
    ctx.status = 404;
    return;
  }
  return rawFiles(Object.assign(ctx, { path: `/__raw${path}` }), next);
}

/**
 * Commands the accessibility tests need that @web/test-runner-commands lacks: forced-colours
 * emulation, and a screenshot of a region of the page (PNG, base64) to compare pixels with
 * and without focus.
 */
function a11yCommands() {
  return {
    name: 'coop-a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors' && command !== 'screenshot-region') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-forced-colors') {
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.value ?? 'none' }]);
        return true;
      }
      const { x, y, width, height } = payload;
      return page.screenshot({ clip: { x, y, width, height }, encoding: 'base64', captureBeyondViewport: false });
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [slowServer, jsOnlyHost, rawFiles, detailParts],
  // One page at a time: a tab in the background gets no animation frames, hence no
  // ResizeObserver callbacks, and elements that size themselves would never render.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }), a11yCommands()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: browserPath(),
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
