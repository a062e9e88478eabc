// The browser lookup of `npm test` (scripts/browser.mjs, scripts/ensure-browser.mjs), as a
// person on a fresh machine meets it: with no browser and no root, `npm test` stops at once,
// before building, with one line that names the command to run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findBrowser, onPath, planWithout } from '../../scripts/browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'coop-browser-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A PATH holding only node, npm and sh (and, when asked, fake browsers). */
function pathWith(names = []) {
  const bin = mkdtempSync(join(scratch, 'bin-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  const npm = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  if (npm) symlinkSync(npm, join(bin, 'npm'));
  symlinkSync('/bin/sh', join(bin, 'sh'));
  for (const name of names) {
    writeFileSync(join(bin, name), '#!/bin/sh\n');
    chmodSync(join(bin, name), 0o755);
  }
  chmodSync(scratch, 0o755);
  chmodSync(bin, 0o755);
  return bin;
}

/** Runs a command as a user without root (nobody, when the tests run as root, as CI does). */
function runWithoutRoot(command, args, env) {
  const home = join(scratch, 'home');
  mkdirSync(home, { recursive: true, mode: 0o777 });
  chmodSync(home, 0o777);
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? [onPath('setpriv') ?? '/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', command, ...args]] : [command, args];
  const started = Date.now();
  const run = spawnSync(cmd, argv, { cwd: root, encoding: 'utf8', env: { HOME: home, npm_config_cache: join(home, '.npm'), npm_config_update_notifier: 'false', ...env }, timeout: 60000 });
  if (run.error) throw run.error;
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

describe('the browser lookup', () => {
  it('takes CHROME_PATH first, then chromium, chromium-browser, google-chrome on the PATH', () => {
    const bin = pathWith(['google-chrome', 'chromium-browser']);
    assert.equal(findBrowser({ PATH: bin }).path, join(bin, 'chromium-browser'));
    assert.equal(findBrowser({ PATH: bin, CHROME_PATH: join(bin, 'google-chrome') }).path, join(bin, 'google-chrome'));
  });

  it('refuses a CHROME_PATH that is not an executable, rather than taking another browser', () => {
    const found = findBrowser({ PATH: pathWith(['chromium']), CHROME_PATH: '/nowhere/chrome' });
    assert.equal(found.path, null);
    assert.match(found.problem, /CHROME_PATH=\/nowhere\/chrome/);
  });

  it('installs only as root with apt-get, and never over a CHROME_PATH', () => {
    assert.equal(planWithout({ env: {}, isRoot: true, hasAptGet: true }), 'install');
    assert.equal(planWithout({ env: {}, isRoot: false, hasAptGet: true }), 'stop');
    assert.equal(planWithout({ env: {}, isRoot: true, hasAptGet: false }), 'stop');
    assert.equal(planWithout({ env: { CHROME_PATH: '/x' }, isRoot: true, hasAptGet: true }), 'stop');
  });
});

// Skipped inside the npm test it starts, should that one ever get this far.
describe('npm test without a browser, without root', { skip: Boolean(process.env.COOP_NESTED_NPM_TEST) }, () => {
  it('stops at once, before building, with one line naming the command to run', () => {
    const run = runWithoutRoot('npm', ['test', '--silent'], { PATH: pathWith(), COOP_NESTED_NPM_TEST: '1' });
    assert.notEqual(run.status, 0, 'npm test passed without a browser');
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('npm test:'));
    assert.equal(lines.length, 1, `stderr:\n${run.stderr}`);
    assert.match(lines[0], /no Chrome or Chromium found.*`sudo apt-get install chromium`/);
    // Nothing else ran: no check, no build.
    assert.doesNotMatch(run.stdout + run.stderr, /check-|vite|built in|tsc/);
    assert.ok(run.seconds < 20, `took ${run.seconds} s`);
  });
});
