// Offline and installable: after a first visit online, the service worker serves the
// whole app with no network (her data kept, a routine played and logged, the manifest and
// its icons there); and a new version waits, offered only while no routine is running.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  distDir, serveFolders, launch, newPhone, open, onboard, startThroughCheck, snap,
  untilControlled, axeViolations, finishRoutine,
} from './support.mjs';
import { word } from './words.mjs';

const es = (id, vars) => word('es', id, vars);

const START = new Date('2026-11-21T09:00:00Z');
const HOUR = 3_600_000;
const app = { server: null, browser: null };

before(async () => {
  app.server = await serveFolders();
  app.browser = await launch();
});
after(async () => {
  await app.browser?.close();
  await app.server?.close();
});

/** A phone with a fake clock, onboarded, whose page a service worker controls. */
async function installedPhone(opts) {
  const ctx = await newPhone(app.browser, opts);
  await ctx.page.clock.install({ time: START });
  await open(ctx.page, app.server.origin);
  await onboard(ctx.page);
  await untilControlled(ctx.page);
  return ctx;
}

/** Fetches from the page (through its service worker): status and type of each URL. */
function fetchAll(page, urls) {
  return page.evaluate(async (urls) => Promise.all(urls.map(async (url) => {
    const r = await fetch(url);
    return { url, status: r.status, type: r.headers.get('content-type'), bytes: (await r.arrayBuffer()).byteLength };
  })), urls);
}

test('after one visit online, the app works with no network', async () => {
  app.server.use(distDir);
  const { context, page, requests, errors } = await installedPhone();
  const { cacheNames, cached } = await page.evaluate(async () => {
    const names = await caches.keys();
    return { cacheNames: names, cached: (await (await caches.open(names[0])).keys()).length };
  });
  assert.deepEqual(cacheNames, ['gentle-back-precache-v1']);
  assert.ok(cached >= 10, `${cached} files precached`);

  await context.setOffline(true);
  app.server.offline(true);
  const hitsBefore = app.server.hits.length;

  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('backcare/doc')));
  assert.ok(doc.profile, 'her profile is still there');

  // A short routine, start to finish, with the page clock; then History shows it.
  await page.clock.pauseAt(new Date(START.getTime() + HOUR));
  await startThroughCheck(page, 'Only 5 minutes? Do the short version');
  await finishRoutine(page);
  await page.getByRole('link', { name: 'See your history' }).click();
  await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  await page.getByText('Your 5-minute routine').waitFor();
  await page.clock.resume();
  await snap(page, 'offline-history');

  // An exercise's steps and drawing (the details file beside the app) come from the cache.
  await page.goto(`${app.server.origin}/#/library/cat-cow`);
  await page.getByRole('heading', { level: 2, name: 'How to do it' }).waitFor();
  assert.equal(await page.locator('.exercise__art svg').count(), 1);
  await snap(page, 'offline-exercise');

  // Installable: the manifest parses, and every icon it names is there (from the cache).
  const [manifest] = await fetchAll(page, ['manifest.webmanifest']);
  assert.equal(manifest.status, 200);
  const parsed = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  assert.equal(parsed.name, 'Gentle Back');
  assert.equal(parsed.display, 'standalone');
  assert.equal(parsed.start_url, './');
  assert.deepEqual(parsed.categories, ['health', 'fitness', 'medical']);
  assert.ok(parsed.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'));
  const touch = await page.getAttribute('link[rel="apple-touch-icon"]', 'href');
  const icons = await fetchAll(page, [...parsed.icons.map((i) => i.src), touch]);
  for (const icon of icons) {
    assert.equal(icon.status, 200, icon.url);
    assert.equal(icon.type, 'image/png', icon.url);
    assert.ok(icon.bytes > 500, icon.url);
  }

  // Nothing reached the server while offline (the browser's own check for a new sw.js
  // aside), and no request ever left the app's origin.
  const reached = app.server.hits.slice(hitsBefore).filter((p) => p !== '/sw.js');
  assert.deepEqual(reached, []);
  const foreign = requests.filter((url) => !url.startsWith(app.server.origin + '/') && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  app.server.offline(false);
  await context.close();
});

test("a first visit left at the notice goes on offline: the notice, then the app, from the cache", async () => {
  app.server.use(distDir);
  const { context, page, errors } = await newPhone(app.browser, { locale: 'es-ES' });
  await page.goto(`${app.server.origin}/`);
  await page.getByRole('heading', { level: 1, name: es('first-run-title') }).waitFor();
  assert.equal(await page.getAttribute('html', 'data-page'), 'first');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await snap(page, 'first-visit-es');
  await context.setOffline(true);
  app.server.offline(true);
  try {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: es('first-run-title') }).waitFor();
    assert.equal(await page.getAttribute('html', 'data-page'), 'first');
    await page.getByRole('button', { name: es('first-run-accept') }).click();
    await page.waitForFunction(() => document.documentElement.dataset.page === 'app');
    await page.getByRole('heading', { level: 1, name: es('today-welcome-title') }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
  } finally {
    app.server.offline(false);
  }
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load/.test(e)), []);
  await context.close();
});

test('accepting with no network before the app is cached waits and says so, then opens the app once back online', async () => {
  app.server.use(distDir);
  const { context, page, errors } = await newPhone(app.browser);
  // The worker's copy of the app's wasm is still on its way when the network goes.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/\/backcare-[0-9a-f]+_bg\.wasm/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.server.origin}/`);
  await page.getByRole('button', { name: /I understand/ }).waitFor();
  await context.setOffline(true);
  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByRole('heading', { level: 1, name: 'No connection yet' }).waitFor();
  assert.equal(await page.getAttribute('html', 'data-page'), 'first');
  assert.match(await page.textContent('main'), /Your answer is kept/);
  assert.deepEqual(await axeViolations(page), []);
  await snap(page, 'first-visit-offline');
  // Trying again with no network keeps waiting; the network coming back goes on alone.
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: 'No connection yet' }).waitFor();
  await context.setOffline(false);
  release();
  await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  assert.equal(await page.getAttribute('html', 'data-page'), 'app');
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load/.test(e)), []);
  await context.close();
});

test('in Spanish, the words file comes from the cache too: the app reloads in Spanish offline', async () => {
  app.server.use(distDir);
  const { context, page, errors } = await installedPhone();
  // She chose Spanish (as Settings keeps it); the worker has every file already.
  await page.evaluate(() => localStorage.setItem('backcare/lang', 'es'));
  await context.setOffline(true);
  app.server.offline(true);
  const hitsBefore = app.server.hits.length;
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('heading', { level: 1, name: es('today-title') }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await page.getByText(es('words-unavailable')).count(), 0);
  assert.deepEqual(app.server.hits.slice(hitsBefore).filter((p) => p !== '/sw.js'), []);
  await snap(page, 'offline-spanish');
  assert.deepEqual(errors, []);
  app.server.offline(false);
  await context.close();
});

test("the physiotherapist's desk, its own page, is cached on first use and then works offline", async () => {
  app.server.use(distDir);
  const { context, page, errors } = await installedPhone();
  // Not at install: a mother's phone never needs it.
  const cachedDesk = () => page.evaluate(async () => (await (await caches.open('gentle-back-precache-v1')).keys())
    .filter((r) => /\/desk[-.]/.test(new URL(r.url).pathname)).length);
  assert.equal(await cachedDesk(), 0);
  await open(page, app.server.origin, '#/physio');
  await page.getByRole('heading', { level: 1, name: 'For physiotherapists' }).waitFor();
  await page.waitForFunction(async () => (await (await caches.open('gentle-back-precache-v1')).keys())
    .filter((r) => /\/desk[-.]/.test(new URL(r.url).pathname)).length >= 3);
  await open(page, app.server.origin, '#/');
  await context.setOffline(true);
  app.server.offline(true);
  await open(page, app.server.origin, '#/physio');
  await page.getByRole('heading', { level: 1, name: 'For physiotherapists' }).waitFor();
  await page.getByRole('button', { name: 'Add Belly breathing' }).click();
  await page.locator('#share-link').waitFor();
  assert.deepEqual(errors, []);
  app.server.offline(false);
  await context.close();
});

test('onboarding asks to keep her data; Settings says how it is kept', async () => {
  app.server.use(distDir);
  const { context, page } = await newPhone(app.browser);
  await open(page, app.server.origin);
  await onboard(page);
  const note = page.getByRole('region', { name: 'Keeping your data' });
  await note.getByText('asked it not to clear your data').waitFor();
  await snap(page, 'persist-note');
  await note.getByRole('button', { name: 'Got it' }).click();
  assert.equal(await note.count(), 0);
  await open(page, app.server.origin, '#/settings');
  await page.locator('#storage-used').waitFor();
  assert.match(await page.textContent('#storage-used'), /In use: \d+(\.\d)? [KM]B/);
  await page.locator('#storage-kept').waitFor();
  await context.close();
});

/** A copy of dist/ with index.html changed and its service worker written anew. */
async function secondVersion() {
  const dir = await mkdtemp(join(tmpdir(), 'gentle-back-v2-'));
  await cp(distDir, dir, { recursive: true });
  await appendFile(join(dir, 'index.html'), '\n<!-- version 2 -->\n');
  await promisify(execFile)('node', [fileURLToPath(new URL('../scripts/sw.mjs', import.meta.url)), dir]);
  assert.notEqual(await readFile(join(dir, 'sw.js'), 'utf8'), await readFile(join(distDir, 'sw.js'), 'utf8'));
  return dir;
}

/** Asks the browser to look for a new version, and waits until one is installed and waiting. */
async function untilWaiting(page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  for (let i = 0; i < 100; i++) {
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null);
    if (waiting) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no new version is waiting');
}

test('a new version waits while a routine runs and is offered once it is over', async () => {
  app.server.use(distDir);
  const v2 = await secondVersion();
  try {
    const { context, page, errors } = await installedPhone();
    const prompt = page.getByRole('region', { name: 'Update' });
    await page.clock.pauseAt(new Date(START.getTime() + HOUR));
    await startThroughCheck(page, 'Only 5 minutes? Do the short version');

    // The new version arrives mid-routine: it installs and waits, and nothing is offered.
    app.server.use(v2);
    await untilWaiting(page);
    await page.clock.runFor(30_000);
    assert.equal(await prompt.count(), 0, 'no prompt in the player');
    await open(page, app.server.origin, '#/');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    assert.equal(await prompt.count(), 0, 'no prompt while the routine is still running');

    // Not on "All done" either, where she says how it felt; back on Today, it shows.
    await open(page, app.server.origin, '#/play');
    await finishRoutine(page);
    assert.equal(await prompt.count(), 0, 'no prompt on the finished screen');
    await page.getByRole('link', { name: 'Back to Today' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await prompt.getByText('A new version is ready').waitFor();
    await page.clock.resume();
    assert.deepEqual(await axeViolations(page), []);
    await snap(page, 'update-prompt-today');

    // Reloading to update: the new version takes over, her data is still there.
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    await page.waitForSelector('html[data-ready]');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    assert.equal(await prompt.count(), 0);
    const index = await page.evaluate(async () => (await fetch('index.html')).text());
    assert.match(index, /version 2/);
    const indexCopies = await page.evaluate(async () => {
      const cache = await caches.open('gentle-back-precache-v1');
      return (await cache.keys()).filter((r) => new URL(r.url).pathname.endsWith('/index.html')).length;
    });
    assert.equal(indexCopies, 1, 'the old version was cleaned out of the cache');
    await open(page, app.server.origin, '#/history');
    await page.getByText('Your 5-minute routine').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    app.server.use(distDir);
    await rm(v2, { recursive: true, force: true });
  }
});

test('the prompt shows at phone size in dark mode too', async () => {
  app.server.use(distDir);
  const v2 = await secondVersion();
  try {
    const { context, page } = await installedPhone({ colorScheme: 'dark' });
    app.server.use(v2);
    await untilWaiting(page);
    const prompt = page.getByRole('region', { name: 'Update' });
    await prompt.getByText('A new version is ready').waitFor();
    await page.clock.runFor(1_000);
    assert.deepEqual(await axeViolations(page), []);
    await snap(page, 'update-prompt-dark');
    await context.close();
  } finally {
    app.server.use(distDir);
    await rm(v2, { recursive: true, force: true });
  }
});

test('Chromium finds the app installable: manifest, icons and a controlling worker', async () => {
  // A real profile (not an incognito-like test context), as a phone's browser has.
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'gentle-back-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await context.newPage();
    await page.goto(`${app.server.origin}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    assert.equal(JSON.parse(manifest.data).display, 'standalone');
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
