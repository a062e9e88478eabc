/**
 * WordPress through its HTTP interfaces, as its users reach it: the REST API with an
 * application password (what the block editor's saving goes through), and the admin screens
 * with a logged-in browser session's cookies (Plugins > Add New > Upload).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** REST calls as one user. */
export function restAs(site, role) {
  const user = site.users[role];
  const authorization = `Basic ${Buffer.from(`${user.login}:${user.app}`).toString('base64')}`;
  return async function rest(method, path, body, headers = {}) {
    const isJson = body !== undefined && !(body instanceof Uint8Array);
    const [route, query] = path.split('?');
    const response = await fetch(`${site.url}/?rest_route=${route}${query ? `&${query}` : ''}`, {
      method,
      headers: { authorization, ...(isJson ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : isJson ? JSON.stringify(body) : body,
    });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${method} ${path} as ${role}: ${response.status}, not JSON: ${text.slice(0, 500)}`);
    }
    if (!response.ok) throw Object.assign(new Error(`${method} ${path} as ${role}: ${response.status} ${json.code}: ${json.message}`), { status: response.status, json });
    return json;
  };
}

/** A logged-in admin session: cookies kept between requests, redirects followed by hand. */
export async function loginAs(site, login, password) {
  const jar = new Map();
  const keep = (response) => {
    for (const line of response.headers.getSetCookie?.() ?? []) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/expires=Thu, 01[- ]Jan[- ]1970|max-age=0/i.test(line) || value === 'deleted') jar.delete(name);
      else jar.set(name, value);
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  async function request(path, init = {}) {
    let url = new URL(path, site.url).href;
    for (let hops = 0; hops < 5; hops++) {
      const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: cookie() } });
      keep(response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url).href;
        init = { method: 'GET' };
        continue;
      }
      return { status: response.status, url, text: await response.text() };
    }
    throw new Error(`too many redirects from ${path}`);
  }
  await request('/wp-login.php');
  const form = new URLSearchParams({ log: login, pwd: password, 'wp-submit': 'Log In', testcookie: '1', redirect_to: `${site.url}/wp-admin/` });
  const home = await request('/wp-login.php', { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  if (!/wp-admin\/?$/.test(new URL(home.url).pathname)) throw new Error(`login as ${login} failed: ended at ${home.url}`);
  return { request, cookies: () => [...jar].map(([name, value]) => ({ name, value, url: site.url })) };
}

/** Plugins > Add New > Upload Plugin with a zip, then Activate: the plugin's main file. */
export async function uploadPlugin(session, zipPath) {
  const page = await session.request('/wp-admin/plugin-install.php?tab=upload');
  const nonce = /name="_wpnonce" value="([^"]+)"/.exec(page.text)?.[1];
  if (!nonce) throw new Error(`no upload form on plugin-install.php (${page.status})`);
  const form = new FormData();
  form.set('_wpnonce', nonce);
  form.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
  form.set('pluginzip', new Blob([readFileSync(zipPath)], { type: 'application/zip' }), basename(zipPath));
  form.set('install-plugin-submit', 'Install Now');
  const installed = await session.request('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body: form });
  const activate = /href="([^"]*plugins\.php\?action=activate[^"]*)"/.exec(installed.text)?.[1];
  if (!activate) throw new Error(`the upload did not end with an Activate link:\n${installed.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(-1500)}`);
  const plugin = decodeURIComponent(/plugin=([^&"]+)/.exec(activate.replace(/&amp;/g, '&'))[1]);
  const activated = await session.request(`/wp-admin/${activate.replace(/&amp;/g, '&').replace(/^.*wp-admin\//, '')}`);
  if (activated.status !== 200) throw new Error(`activating ${plugin}: ${activated.status}`);
  return { plugin, installedText: installed.text, activatedText: activated.text };
}
