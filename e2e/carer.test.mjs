// Share with a carer: the mother makes a carer link in Settings; a partner opens it in
// a fresh browser (no data, no notice) and sees the carers' page with no questions
// about a birth, reads a lesson, plays the short bracing practice to the end in the
// player (page clock) with no postnatal safety check, and nothing is saved. Spanish,
// offline, and how it looks at phone and desktop sizes, light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appUnderTest, newPhone, open, onboard, axeViolations, snap, untilControlled, DESKTOP,
} from './support.mjs';

const app = appUnderTest();
const START = new Date('2026-11-21T09:00:00Z');

/** The mother makes the link in Settings, with her first name; returns the link. */
async function makeLink(name = 'Ana') {
  const { context, page, errors } = await newPhone(app.browser);
  await open(page, app.server.origin);
  await onboard(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 2, name: 'Share with a carer' }).waitFor();
  const field = page.getByLabel('Link for your carer');
  const anonymous = await field.inputValue();
  await page.getByLabel('Your first name (optional)').fill(name);
  const url = await field.inputValue();
  assert.notEqual(url, anonymous, 'the link changes with the name');
  assert.match(url, /#\/shared\/[A-Za-z0-9_-]+$/);
  assert.ok(url.length < 120, `${url.length} characters`);
  await page.getByRole('img', { name: 'QR code of the link for a carer' }).waitFor();
  await snap(page, 'carer-share-settings');
  assert.deepEqual(errors, []);
  await context.close();
  return url;
}

/** Nothing that asks about a birth, and no first-run notice. */
async function noMotherQuestions(page) {
  for (const name of ['Before you begin', 'About you and your baby']) {
    assert.equal(await page.getByRole('heading', { name }).count(), 0, name);
  }
  assert.equal(await page.getByRole('button', { name: /I understand/ }).count(), 0);
  const words = (await page.locator('main').innerText()).toLowerCase();
  for (const word of ['birth', 'caesarean', 'pelvic', 'wound', 'bleeding', 'midwife']) {
    assert.ok(!words.includes(word), `the carer's page says "${word}"`);
  }
}

test('a carer opens the link in a fresh browser, reads a lesson and plays the practice', async () => {
  const url = await makeLink();
  const { context, page, errors, requests } = await newPhone(app.browser);
  await page.clock.install({ time: START });
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('heading', { level: 1, name: 'Back care for carers' }).waitFor();
  await page.getByText('Ana shared this with you.').waitFor();
  await noMotherQuestions(page);
  // No tabs of her app: the carer's page stands alone.
  assert.equal(await page.getByRole('navigation').count(), 0);
  const lessons = page.getByRole('region', { name: 'Lessons for carers' }).getByRole('link');
  assert.equal(await lessons.count(), 5);

  // A lesson opens without onboarding, and leads back.
  await page.getByRole('link', { name: /Lifting from a cot or the floor/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Lifting from a cot or the floor (for carers)' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Stop if' }).waitFor();
  await page.getByRole('link', { name: 'Start the practice' }).waitFor();
  await snap(page, 'carer-lesson');
  await noMotherQuestions(page);
  await page.clock.resume();
  assert.deepEqual(await axeViolations(page), []);
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
  await page.getByRole('link', { name: 'Back to the lessons for carers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Back care for carers' }).waitFor();

  // The practice: one line for anyone, then the normal player to the end.
  await page.getByRole('link', { name: 'Start the practice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  await page.getByText(/pain or tightness in your chest/).waitFor();
  assert.equal(await page.getByRole('checkbox').count(), 0, 'no red-flag checklist');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('.player').waitFor();
  assert.equal(await page.locator('.player__name').textContent(), 'Bracing before you lift (for carers)');
  for (let i = 0; i < 40 && (await page.locator('.player').count()) > 0; i++) {
    await page.clock.runFor(15_000);
  }
  await page.getByRole('heading', { level: 1, name: 'Well done' }).waitFor();
  assert.equal(await page.getByRole('radio').count(), 0, 'no pain report');
  await snap(page, 'carer-done');
  // Nothing of hers, and nothing of theirs, was written.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(!keys.some((k) => k.endsWith('/doc')), `saved: ${keys}`);
  await page.getByRole('link', { name: 'Back to the lessons for carers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Back care for carers' }).waitFor();
  await page.clock.resume();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  const origin = new URL(app.server.origin).origin;
  assert.ok(requests.every((r) => r.startsWith(origin) || r.startsWith('data:') || r.startsWith('blob:')), 'only local requests');
  await context.close();
});

test('"Something\'s not right" in a practice shows the lines for anyone', async () => {
  const url = await makeLink('Sam');
  const { context, page, errors } = await newPhone(app.browser);
  await page.clock.install({ time: START });
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('link', { name: 'Start the practice' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('.player').waitFor();
  await page.getByRole('button', { name: /not right/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Practice stopped' }).waitFor();
  await page.getByText(/call your local emergency number/).first().waitFor();
  await noMotherQuestions(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the carer page in Spanish, and how it looks in light and dark', async () => {
  const url = await makeLink();
  const es = await newPhone(app.browser, { locale: 'es-ES' });
  await es.page.goto(url);
  await es.page.waitForSelector('html[data-ready]');
  await es.page.getByRole('heading', { level: 1, name: 'Cuidar la espalda al cuidar de un bebé' }).waitFor();
  await es.page.getByText('Ana ha compartido esto contigo.').waitFor();
  await es.page.getByRole('link', { name: 'Empezar la práctica' }).waitFor();
  assert.equal(await es.page.getByRole('heading', { name: 'Antes de empezar' }).count(), 0);
  assert.deepEqual(await axeViolations(es.page), []);
  await snap(es.page, 'carer-es-phone');
  assert.deepEqual(es.errors, []);
  await es.context.close();

  for (const colorScheme of ['light', 'dark']) {
    for (const [size, viewport] of [['phone', undefined], ['desktop', DESKTOP]]) {
      const { context, page, errors } = await newPhone(app.browser, { colorScheme, ...(viewport ? { viewport } : {}) });
      await page.goto(url);
      await page.waitForSelector('html[data-ready]');
      await page.getByRole('heading', { level: 1, name: 'Back care for carers' }).waitFor();
      await page.locator('.carer__art svg').first().waitFor();
      await snap(page, `carer-${size}-${colorScheme}`);
      if (colorScheme === 'dark') assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test('a carer link opens with no network once the app has been visited', async () => {
  const url = await makeLink();
  const { context, page, errors } = await newPhone(app.browser);
  await open(page, app.server.origin);
  await untilControlled(page);
  await context.setOffline(true);
  app.server.offline(true);
  try {
    await page.goto(url);
    await page.waitForSelector('html[data-ready]');
    await page.getByRole('heading', { level: 1, name: 'Back care for carers' }).waitFor();
    await page.getByRole('link', { name: /Bathing the baby/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Stop if' }).waitFor();
  } finally {
    app.server.offline(false);
  }
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load/.test(e)), []);
  await context.close();
});
