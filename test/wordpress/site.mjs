/**
 * A real WordPress for the suite, from Debian's packages (WordPress 6.1, MariaDB, php-cli),
 * without Apache: MariaDB on a unix socket (no TCP port), each site a copy of Debian's
 * WordPress with its own wp-config.php, served by PHP's built-in server on 127.0.0.1. Every
 * process started here is recorded by id in the work folder; a new run ends those of a run
 * that was interrupted, then starts afresh.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onPath } from '../../scripts/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const WORK = join(tmpdir(), 'coop-widgets-wordpress');
const CORE = '/usr/share/wordpress';
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'wordpress-l10n', 'mariadb-server', 'php-cli', 'php-mysql', 'php-mbstring', 'php-xml'];
export const PASSWORD = 'Mot-de-passe-du-test-42';

const log = (line) => console.log(`wordpress: ${line}`);

/** Installs the Debian packages that are missing (as root, with apt-get), or says what to run. */
export function ensurePackages() {
  const missing = PACKAGES.filter((name) => spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout !== 'install ok installed');
  if (!missing.length) return [];
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    throw new Error(`the WordPress suite needs Debian's packages: run \`sudo apt-get install --no-install-recommends ${missing.join(' ')}\``);
  }
  log(`installing Debian's ${missing.join(' ')} (once)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = { env, stdio: ['ignore', 'ignore', 'inherit'] };
  if (spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], quiet).status !== 0) {
    execFileSync('apt-get', ['update', '-qq'], quiet);
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], quiet);
  }
  return missing;
}

/** The processes of a process group, by id (from /proc), with their command lines. */
function groupMembers(pgid) {
  const members = [];
  for (const entry of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      // The command may hold spaces and parentheses: the fields after its closing one.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) members.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8') });
    } catch {}
  }
  return members;
}

/**
 * Ends the processes a previous run recorded: each server was started in a process group of
 * its own (PHP's server forks workers that outlive their parent), ended as a group, and only
 * if its processes are still this suite's (their command names the work folder).
 */
export function endRecorded() {
  if (!existsSync(WORK)) return;
  const groups = readdirSync(WORK)
    .filter((n) => n.endsWith('.pid'))
    .map((n) => Number(readFileSync(join(WORK, n), 'utf8')))
    .filter((pgid) => pgid > 1);
  const ours = (pgid) => groupMembers(pgid).filter((m) => /mariadbd|php/.test(m.command) && m.command.includes(WORK));
  for (const pgid of groups) {
    if (!ours(pgid).length) continue;
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {}
  }
  const deadline = Date.now() + 10000;
  while (groups.some((pgid) => ours(pgid).length) && Date.now() < deadline) spawnSync('sleep', ['0.2']);
  for (const pgid of groups) {
    if (!ours(pgid).length) continue;
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {}
  }
}

const children = [];
// Should the suite end without its after() hook (an uncaught error), its servers end with it.
process.once('exit', () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }
});
/** A server in a process group of its own (`detached`), recorded so that a later run can end it. */
function startServer(name, command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  writeFileSync(join(WORK, `${name}.pid`), String(child.pid));
  children.push(child);
  return child;
}

/** Stops every process this run started, workers included, and waits for them. */
export async function stopAll() {
  await Promise.all(
    children.splice(0).map(
      (child) =>
        new Promise((resolve) => {
          const signal = (name) => {
            try {
              process.kill(-child.pid, name);
            } catch {}
          };
          const done = () => {
            // What the leader forked goes with it.
            signal('SIGKILL');
            resolve();
          };
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', done);
          signal('SIGTERM');
          setTimeout(() => signal('SIGKILL'), 10000).unref();
        }),
    ),
  );
}

async function waitFor(check, what, timeout = 30000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`wordpress: ${what} did not come up within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** MariaDB on a unix socket in the work folder, no TCP port; no grant tables (a throwaway server). */
export async function startDatabase() {
  const data = join(WORK, 'db');
  mkdirSync(data, { recursive: true });
  const socket = join(WORK, 'db.sock');
  const child = startServer(
    'mariadbd',
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(WORK, 'mariadbd.pidfile')}`,
      `--log-error=${join(WORK, 'mariadbd.log')}`,
      '--skip-networking',
      '--skip-grant-tables',
      '--skip-log-bin',
      '--user=root',
      '--innodb-buffer-pool-size=64M',
      '--innodb-log-file-size=16M',
      '--innodb-flush-log-at-trx-commit=0',
    ],
    { stdio: 'ignore' },
  );
  await waitFor(() => existsSync(socket) || child.exitCode !== null, 'MariaDB');
  if (child.exitCode !== null) throw new Error(`wordpress: MariaDB stopped: ${readFileSync(join(WORK, 'mariadbd.log'), 'utf8').slice(-2000)}`);
  return socket;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs test/wordpress/wp.php in a site; its one line of JSON. */
export function wp(site, command, args = {}) {
  const run = spawnSync('php', [join(here, 'wp.php'), site.dir, command, JSON.stringify(args)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wp.php ${command}: exit ${run.status}\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

/**
 * A WordPress site: Debian's files copied (wp-content of its own: the block theme and the
 * translations linked, empty plugins and uploads), its database, installed in French, served.
 */
export async function createSite({ name, socket, disallowUnfilteredHtml = false }) {
  const dir = join(WORK, name);
  mkdirSync(join(dir, 'wp-content', 'themes'), { recursive: true });
  for (const entry of readdirSync(CORE)) {
    if (entry === 'wp-content' || entry === 'wp-config.php' || entry === '.htaccess') continue;
    // Debian links some scripts to /usr/share/javascript relatively: copied, those links are made absolute.
    cpSync(join(CORE, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(CORE, 'wp-content', 'themes', 'twentytwentythree'), join(dir, 'wp-content', 'themes', 'twentytwentythree'));
  symlinkSync(join(CORE, 'wp-content', 'languages'), join(dir, 'wp-content', 'languages'));
  mkdirSync(join(dir, 'wp-content', 'plugins'));
  mkdirSync(join(dir, 'wp-content', 'uploads'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const db = `coop_${name.replace(/\W/g, '_')}`;
  writeFileSync(
    join(dir, 'wp-config-db.php'),
    `<?php\ndefine( 'DB_NAME', '${db}' );\ndefine( 'DB_USER', 'root' );\ndefine( 'DB_PASSWORD', '' );\ndefine( 'DB_HOST', 'localhost:${socket}' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\ndefine( 'DB_COLLATE', '' );\ndefine( 'COOP_DB_SOCKET', '${socket}' );\n`,
  );
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  writeFileSync(
    join(dir, 'wp-config.php'),
    `<?php
require __DIR__ . '/wp-config-db.php';
$table_prefix = 'wp_';
${salts.map((s) => `define( '${s}', 'coop-widgets-suite-${s}-${name}' );`).join('\n')}
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
// Application passwords over http, as on a local development site.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// No request leaves the machine: no update checks, no API, no cron.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
${disallowUnfilteredHtml ? "define( 'DISALLOW_UNFILTERED_HTML', true );" : ''}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  const site = { name, dir, url, port };
  const installed = wp(site, 'install', { title: 'Hôpital de test', email: 'admin@hopital.test', password: PASSWORD, locale: 'fr_FR' });
  const server = startServer(`php-${name}`, 'php', ['-S', `127.0.0.1:${port}`, '-t', dir, join(here, 'router.php')], {
    cwd: dir,
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let serverLog = '';
  server.stderr.on('data', (chunk) => (serverLog = (serverLog + chunk).slice(-20000)));
  await waitFor(async () => (await fetch(`${url}/wp-login.php`).catch(() => null))?.ok, `PHP's server for ${name}`);
  return { ...site, users: installed.users, version: installed.version, locale: installed.locale, serverLog: () => serverLog, debugLog: () => (existsSync(join(dir, 'wp-content', 'debug.log')) ? readFileSync(join(dir, 'wp-content', 'debug.log'), 'utf8') : '') + (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '') };
}

/** Clears the work folder (after ending a previous run's processes). */
export function freshWorkFolder() {
  endRecorded();
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
}
