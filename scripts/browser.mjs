/**
 * The one place that finds the browser the tests, the budgets, the screenshots and the
 * WordPress suite run in: `CHROME_PATH` when set, else the first of `chromium`,
 * `chromium-browser`, `google-chrome` (and `google-chrome-stable`) on the PATH. Nothing
 * here downloads a browser: `scripts/ensure-browser.mjs`, the first step of `npm test`,
 * installs Debian's `chromium` through apt-get when it may, or says what to run.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** The names looked up on the PATH, in this order. */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * Flags for every headless run here: `--no-sandbox` because CI runs as root; the others keep
 * Chromium from calling home on a machine whose only reachable hosts are package registries.
 */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The command a person runs to get a browser, named in every message that asks for one. */
export const INSTALL_COMMAND = 'sudo apt-get install chromium';

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` resolved on `PATH` like a shell does, or null. */
export function onPath(name, path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

/**
 * The browser to use: `{ path }`, or `{ path: null, problem }` saying, in one line, why
 * there is none. A `CHROME_PATH` that is not an executable file is a problem of its own
 * (never silently replaced by another browser).
 */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) {
    return isExecutableFile(env.CHROME_PATH) ? { path: env.CHROME_PATH } : { path: null, problem: `CHROME_PATH=${env.CHROME_PATH} is not an executable file` };
  }
  for (const name of BROWSER_NAMES) {
    const path = onPath(name, env.PATH);
    if (path) return { path };
  }
  return { path: null, problem: `no Chrome or Chromium found (CHROME_PATH, ${BROWSER_NAMES.join(', ')} on the PATH)` };
}

/** The browser's path, or an Error whose message names the command to run. */
export function browserPath(env = process.env) {
  const found = findBrowser(env);
  if (found.path) return found.path;
  throw new Error(`${found.problem}: run \`${INSTALL_COMMAND}\` or set CHROME_PATH to a Chrome or Chromium binary.`);
}

/**
 * What the pre-step does when no browser is found: install Debian's package only as root
 * with apt-get at hand and no CHROME_PATH set; otherwise stop and say what to run.
 */
export function planWithout({ env = process.env, isRoot, hasAptGet }) {
  if (env.CHROME_PATH) return 'stop';
  return isRoot && hasAptGet ? 'install' : 'stop';
}
