// The app shell as a person meets it on a phone: the first-run notice, every route,
// accessibility on every screen, and no request leaving the app's own origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, newPhone, open, axeViolations, snap, onboard, DESKTOP } from './support.mjs';

const ROUTES = [
  ['#/', 'Today'],
  ['#/library', 'Exercises'],
  ['#/library/breathing-belly', 'Belly breathing'],
  ['#/play', 'No routine running'],
  ['#/check/today', 'Before you start'],
  ['#/history', 'History'],
  ['#/settings', 'Settings'],
  // Before any link has arrived in the tab (afterwards it shows what arrived).
  ['#/shared', 'Nothing to open'],
  ['#/shared/AbC123', "This link can't be opened"],
  ['#/physio', 'For physiotherapists'],
  ['#/no/such/page', 'Page not found'],
  ['#/plan', 'Your plan'],
];

const app = appUnderTest();

/** Past the first-run notice and onboarding in a fresh context. */
async function pastNotice(page) {
  await open(page, app.server.origin);
  await onboard(page);
}

test("the desk is its own page: the app never downloads it, and each hands the other's routes over", async () => {
  const { context, page, requests, errors } = await newPhone(app.browser, { viewport: DESKTOP });
  await open(page, app.server.origin);
  await onboard(page);
  const deskFiles = () => requests.filter((url) => /\/desk[-.][^/]*$/.test(url));
  assert.deepEqual(deskFiles(), [], 'a mother never downloads the desk');
  // Settings leads to the builder, in desk.html, with its own wasm and not the app's.
  await open(page, app.server.origin, '#/settings');
  const before = requests.length;
  await page.getByRole('link', { name: 'Build a routine to share' }).click();
  await page.waitForURL(/\/desk\.html#\/physio$/);
  await page.getByRole('heading', { level: 1, name: 'For physiotherapists' }).waitFor();
  const loaded = requests.slice(before);
  assert.ok(loaded.some((url) => /\/desk-[0-9a-f]+_bg\.wasm$/.test(url)), loaded.join('\n'));
  assert.ok(!loaded.some((url) => /\/backcare-[0-9a-f]+_bg\.wasm$/.test(url)), loaded.join('\n'));
  // A bookmark of the desk's page alone opens the builder.
  await page.goto(`${app.server.origin}/desk.html`);
  await page.waitForURL(/\/desk\.html#\/physio$/);
  await page.getByRole('heading', { level: 1, name: 'For physiotherapists' }).waitFor();
  // The desk's navigation goes back to the app's pages, in index.html.
  await page.getByRole('link', { name: 'Today' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('desk.html') && url.hash === '#/');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a first visit at the bare address loads the notice alone; the app downloads behind it and opens once she accepts", async () => {
  const { context, page, requests, errors } = await newPhone(app.browser);
  await page.goto(`${app.server.origin}/`);
  await page.getByRole('button', { name: /I understand/ }).waitFor();
  assert.equal(await page.getAttribute('html', 'data-page'), 'first');
  // What the page itself downloaded: the first visit's wasm and not the app's.
  const own = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(own.some((u) => /\/first-[0-9a-f]+_bg\.wasm$/.test(u)), own.join('\n'));
  assert.ok(!own.some((u) => /\/backcare-[0-9a-f]+/.test(u)), own.join('\n'));
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0);
  assert.match(await page.textContent('main'), /does not give medical advice/);
  assert.deepEqual(await axeViolations(page), []);
  await snap(page, 'first-visit-phone');
  // Behind the notice, the worker caches the app.
  const cachedApp = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).some((r) => /\/backcare-[0-9a-f]+_bg\.wasm/.test(r.url));
  });
  assert.ok(cachedApp, "the worker has cached the app's wasm");

  // Accepting opens the app at Today's address, on her questions; the notice is not
  // asked again, and her first saved document holds the acceptance.
  await onboard(page);
  assert.equal(await page.getAttribute('html', 'data-page'), 'app');
  assert.equal(new URL(page.url()).hash, '#/');
  const kept = await page.evaluate(() => ({
    record: localStorage.getItem('backcare/first-run'),
    doc: JSON.parse(localStorage.getItem('backcare/doc')),
  }));
  assert.equal(kept.record, `${kept.doc.notice.version},${kept.doc.notice.at_ms}`);
  // The bare address is the app's from now on.
  const before = requests.length;
  await page.goto(`${app.server.origin}/`);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.equal(await page.getAttribute('html', 'data-page'), 'app');
  assert.ok(!requests.slice(before).some((u) => /\/first-[0-9a-f]+(\.js|_bg\.wasm)$/.test(u)), requests.slice(before).join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
});

test("accepting before the worker has cached the app says it is getting ready, and opens the app from the cache", async () => {
  const { context, page, errors } = await newPhone(app.browser);
  const hitsBefore = app.server.hits.length;
  // The worker's download of the app's wasm takes a while (a slow network).
  await context.route(/\/backcare-[0-9a-f]+_bg\.wasm/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await route.continue();
  });
  await page.goto(`${app.server.origin}/`);
  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByText('Getting your exercises ready…').waitFor();
  assert.equal(await page.getAttribute('html', 'data-page'), 'first');
  await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  assert.equal(await page.getAttribute('html', 'data-page'), 'app');
  // The app came from the worker's cache: the server sent its wasm once, to the worker.
  const sent = app.server.hits.slice(hitsBefore).filter((path) => /\/backcare-[0-9a-f]+_bg\.wasm$/.test(path));
  assert.equal(sent.length, 1, app.server.hits.slice(hitsBefore).join('\n'));
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker serves the app');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a first visit by a link, from a link opened over the notice, or without writable storage, loads the app', async () => {
  // A link with a route: the app, showing the notice first.
  const linked = await newPhone(app.browser);
  await linked.page.goto(`${app.server.origin}/#/library`);
  await linked.page.getByRole('heading', { level: 1, name: 'Before you begin' }).waitFor();
  assert.equal(await linked.page.getAttribute('html', 'data-page'), 'app');
  // (The worker's precache, with `?__rev=`, fetches every file; the page fetches none of these.)
  assert.ok(!linked.requests.some((u) => /\/first-[0-9a-f]+(\.js|_bg\.wasm)$/.test(u)), linked.requests.join('\n'));
  // A link opened in the same tab as the first visit's page (only the hash changes).
  await linked.page.goto(`${app.server.origin}/`);
  await linked.page.getByRole('button', { name: /I understand/ }).waitFor();
  assert.equal(await linked.page.getAttribute('html', 'data-page'), 'first');
  await linked.page.goto(`${app.server.origin}/#/library`);
  await linked.page.waitForFunction(() => document.documentElement.dataset.page === 'app');
  await linked.page.getByRole('heading', { level: 1, name: 'Before you begin' }).waitFor();
  assert.deepEqual(linked.errors, []);
  await linked.context.close();

  // Storage that takes nothing: the app, which says so, rather than a notice that
  // could not be kept.
  const full = await newPhone(app.browser);
  await full.page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await full.page.goto(`${app.server.origin}/`);
  await full.page.getByRole('heading', { level: 1, name: 'Before you begin' }).waitFor();
  assert.equal(await full.page.getAttribute('html', 'data-page'), 'app');
  await full.context.close();

  // Storage that fails only for her acceptance: she accepts, and the app, opened at
  // Today's address, asks again rather than the first visit's page coming back round.
  const picky = await newPhone(app.browser);
  await picky.page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.endsWith('/first-run')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await picky.page.goto(`${app.server.origin}/`);
  await picky.page.getByRole('button', { name: /I understand/ }).click();
  await picky.page.waitForFunction(() => document.documentElement.dataset.page === 'app');
  await picky.page.getByRole('heading', { level: 1, name: 'Before you begin' }).waitFor();
  await onboard(picky.page);
  assert.equal(await picky.page.evaluate(() => JSON.parse(localStorage.getItem('backcare/doc')).notice.version), 1);
  assert.deepEqual(picky.errors, []);
  await picky.context.close();
});

test('English is in the app; a Spanish phone downloads its words once, before its first screen', async () => {
  const english = await newPhone(app.browser);
  await open(english.page, app.server.origin);
  await english.page.getByRole('button', { name: /I understand/ }).waitFor();
  const wordsIn = (requests) => requests.filter((url) => /\/words-[a-z]+-[0-9a-f]{16}\.txt$/.test(url));
  assert.deepEqual(wordsIn(english.requests), [], 'no words file for English');
  await english.context.close();

  const spanish = await newPhone(app.browser, { locale: 'es-ES' });
  await open(spanish.page, app.server.origin);
  const timing = await spanish.page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const words = entries.filter((e) => /words-es-[0-9a-f]{16}\.txt$/.test(e.name));
    const wasm = entries.find((e) => e.name.endsWith('.wasm'));
    return {
      count: words.length, start: words[0]?.startTime, end: words[0]?.responseEnd,
      wasmEnd: wasm?.responseEnd, ready: performance.getEntriesByName('app-ready')[0]?.startTime,
    };
  });
  // Preloaded by the page while the wasm downloads, and that one download is the app's.
  assert.equal(wordsIn(spanish.requests).length, 1, spanish.requests.join('\n'));
  assert.equal(timing.count, 1, JSON.stringify(timing));
  assert.ok(timing.start < timing.wasmEnd, `the words came alongside the wasm: ${JSON.stringify(timing)}`);
  assert.ok(timing.end <= timing.ready, `the first screen waited for its words: ${JSON.stringify(timing)}`);
  assert.equal(await spanish.page.getAttribute('html', 'lang'), 'es');
  assert.deepEqual(spanish.errors, []);
  await spanish.context.close();
});

test("the library's details arrive after the first screen, not before it", async () => {
  const { context, page, errors } = await newPhone(app.browser);
  await open(page, app.server.origin);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('exercise-details-')));
  const timing = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const wasm = entries.find((e) => e.name.endsWith('.wasm'));
    const details = entries.find((e) => /exercise-details-[0-9a-f]{16}\.txt$/.test(e.name));
    const count = entries.filter((e) => e.name.includes('exercise-details-')).length;
    return { wasmEnd: wasm?.responseEnd, detailsStart: details?.startTime, ready: performance.getEntriesByName('app-ready')[0]?.startTime, count };
  });
  assert.equal(timing.count, 1, 'the page fetched it once');
  assert.ok(timing.detailsStart >= timing.wasmEnd, JSON.stringify(timing));
  assert.ok(timing.detailsStart >= timing.ready, JSON.stringify(timing));
  await onboard(page);
  await page.goto(`${app.server.origin}/#/library/cat-cow`);
  await page.getByRole('heading', { level: 2, name: 'How to do it' }).waitFor();
  assert.equal(await page.locator('.exercise__art svg').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('first visit shows the notice; acknowledging it survives a reload', async () => {
  const { context, page, errors } = await newPhone(app.browser);
  await open(page, app.server.origin);
  await page.getByRole('heading', { level: 1, name: 'Before you begin' }).waitFor();
  assert.match(await page.textContent('main'), /does not give medical advice/);
  assert.match(await page.textContent('main'), /caesarean/);
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0);
  await snap(page, 'first-run-phone');

  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /I understand/ }).count(), 0);
  const stored = await page.evaluate(() => localStorage.getItem('backcare/doc'));
  assert.equal(JSON.parse(stored).notice.version, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every route renders at phone and desktop size', async () => {
  for (const [size, viewport] of [['phone', undefined], ['desktop', DESKTOP]]) {
    const { context, page, errors } = await newPhone(app.browser, viewport ? { viewport } : {});
    await pastNotice(page);
    for (const [hash, heading] of ROUTES) {
      await open(page, app.server.origin, hash);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await snap(page, `route-${size}-${hash.replace(/[^a-z0-9]+/gi, '_')}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('nothing overflows sideways at 320 px, on any route', async () => {
  const { context, page } = await newPhone(app.browser, { viewport: { width: 320, height: 640 } });
  await pastNotice(page);
  for (const [hash, heading] of ROUTES) {
    await open(page, app.server.origin, hash);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    const width = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, inner: innerWidth }));
    assert.deepEqual(width, { doc: 320, inner: 320 }, hash);
  }
  await context.close();
});

test('the bottom navigation moves between the main screens', async () => {
  const { context, page } = await newPhone(app.browser);
  await pastNotice(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [link, heading] of [['Exercises', 'Exercises'], ['History', 'History'], ['Settings', 'Settings'], ['Today', 'Today']]) {
    await nav.getByRole('link', { name: link }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
  await context.close();
});

test('axe-core finds no violations on any route, light or dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await newPhone(app.browser, { colorScheme });
    await open(page, app.server.origin);
    assert.deepEqual(await axeViolations(page), [], `first-run notice (${colorScheme})`);
    await snap(page, `first-run-${colorScheme}`);
    await page.getByRole('button', { name: /I understand/ }).click();
    await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `onboarding (${colorScheme})`);
    await snap(page, `onboarding-${colorScheme}`);
    await onboardRest(page);
    for (const [hash, heading] of ROUTES) {
      await open(page, app.server.origin, hash);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      assert.deepEqual(await axeViolations(page), [], `${hash} (${colorScheme})`);
    }
    await context.close();
  }
});

test('no request goes anywhere but the app itself', async () => {
  const { context, page, requests } = await newPhone(app.browser);
  await pastNotice(page);
  for (const [hash] of ROUTES) {
    await open(page, app.server.origin, hash);
  }
  assert.ok(requests.length > 0);
  const foreign = requests.filter((url) => !url.startsWith(app.server.origin + '/') && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the release build has a strict policy, and no route breaks it', async () => {
  const { context, page, errors } = await newPhone(app.browser);
  await pastNotice(page);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.doesNotMatch(policy, /unsafe-inline/, policy);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/, policy);
  for (const [hash, heading] of ROUTES) {
    await open(page, app.server.origin, hash);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
  assert.deepEqual(errors.filter((e) => e.startsWith('CSP violation')), []);
  // The watch itself works: an inline style is refused and reported.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
  });
  await page.waitForTimeout(100);
  assert.ok(errors.some((e) => e.startsWith('CSP violation: style-src')), errors.join('\n'));
  await context.close();
});

test('a damaged save is set aside, reported, and the app still works', async () => {
  const { context, page } = await newPhone(app.browser);
  await open(page, app.server.origin);
  await page.evaluate(() => localStorage.setItem('backcare/doc', '{"version":1,"notice":'));
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.getByText('could not be read').waitFor();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const kept = keys.find((k) => k.startsWith('backcare/quarantine/'));
  assert.ok(kept, `keys: ${keys}`);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), kept), '{"version":1,"notice":');
  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  await context.close();
});

/** The onboarding form after the notice (for tests that checked the notice themselves). */
async function onboardRest(page) {
  await page.getByRole('button', { name: "I'd rather say how many weeks ago" }).click();
  await page.getByLabel('About how many weeks ago?').fill('10');
  await page.getByRole('radio', { name: 'Vaginal birth', exact: true }).check();
  await page.getByRole('button', { name: 'Save and see my routine' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
}
