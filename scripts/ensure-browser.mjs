#!/usr/bin/env node
// The first step of `npm test`, before anything is built: finds the browser the tests run in
// (scripts/browser.mjs). With none, as root with apt-get, it installs Debian's `chromium`
// (saying so in one line); otherwise it stops at once with one line naming the command to
// run. A browser only ever comes from the system's package manager.
import { spawnSync } from 'node:child_process';
import { findBrowser, INSTALL_COMMAND, onPath, planWithout } from './browser.mjs';

const found = findBrowser();
if (found.path) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (planWithout({ isRoot, hasAptGet: Boolean(onPath('apt-get')) }) === 'stop') {
  console.error(`npm test: ${found.problem}: run \`${INSTALL_COMMAND}\` (Debian; \`chromium-browser\` on Ubuntu) or set CHROME_PATH, then npm test again.`);
  process.exit(1);
}

console.log("npm test: no Chrome or Chromium found: installing Debian's chromium with apt-get (about a minute, once).");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
  const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) {
    console.error(`npm test: \`apt-get ${args.join(' ')}\` failed (exit ${run.status}): run \`${INSTALL_COMMAND}\` yourself, or set CHROME_PATH.`);
    process.exit(1);
  }
}
const after = findBrowser();
if (!after.path) {
  console.error(`npm test: chromium was installed but ${after.problem}.`);
  process.exit(1);
}
