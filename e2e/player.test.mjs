// The guided player as a mother uses it, on a phone, with the page clock standing in
// for real time: start to finish, a reload mid-routine, ten minutes with the phone
// locked (checked against a phone that never locked), and the session in History.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, newPhone, open, axeViolations, snap, onboard, startThroughCheck } from './support.mjs';

const app = appUnderTest();
const START = new Date('2026-11-21T09:00:00Z');

/** A phone with a fake clock, onboarded (vaginal birth, 10 weeks ago). */
async function phone(opts) {
  const ctx = await newPhone(app.browser, opts);
  await ctx.page.clock.install({ time: START });
  await open(ctx.page, app.server.origin);
  await onboard(ctx.page);
  // Every phone stands at the same instant from here on; only runFor moves time.
  await ctx.page.clock.pauseAt(new Date(START.getTime() + 3_600_000));
  return ctx;
}

const timer = (page) => page.getByRole('timer').textContent();
const exerciseName = (page) => page.locator('.player__name').textContent();
const phase = (page) => page.locator('.player__phase').textContent();
const where = async (page) => ({ name: await exerciseName(page), phase: await phase(page), timer: await timer(page) });

/** Pretends the phone was locked for `ms`: hidden, time passes, visible again. */
async function hiddenFor(page, ms) {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.fastForward(ms);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

test('a routine runs from Start to the finished screen and is logged in History', async () => {
  const { context, page, errors } = await phone();
  await startThroughCheck(page, 'Only 5 minutes? Do the short version');
  assert.equal(await phase(page), 'Get ready');
  assert.equal(await exerciseName(page), 'Belly breathing');
  assert.equal(await timer(page), '0:10');

  await page.clock.runFor(11_000);
  assert.equal(await phase(page), 'Go');
  const running = await timer(page);
  // Pause freezes the countdown; resume carries on from the same second.
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(30_000);
  assert.equal(await timer(page), running);
  await page.getByRole('button', { name: 'Resume' }).click();
  // Skip moves straight on.
  await page.getByRole('button', { name: 'Skip' }).click();
  assert.equal(await phase(page), 'Next up');

  for (let i = 0; i < 40 && (await page.locator('.player').count()) > 0; i++) {
    await page.clock.runFor(15_000);
  }
  await page.getByRole('heading', { level: 1, name: 'All done' }).waitFor();
  // How did it feel? (straight after every session)
  await page.getByRole('radio', { name: '2', exact: true }).check();
  await page.getByRole('button', { name: 'About right' }).click();
  await page.getByLabel('A note for yourself (optional)').fill('Quick one before the feed');
  await snap(page, 'player-after-report');
  await page.getByRole('button', { name: 'Save how it felt' }).click();
  await page.getByRole('link', { name: 'See your history' }).click();
  await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  await page.getByText('Your 5-minute routine').waitFor();
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.getByText('Your 5-minute routine').click();
  await page.getByText('Worst during: 2/10').waitFor();
  await page.getByText('Quick one before the feed').waitFor();
  // axe-core schedules its work on timers, so it needs the clock running.
  await page.clock.resume();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload mid-routine resumes at the same step and second', async () => {
  const { context, page } = await phone();
  await startThroughCheck(page, "Start today's routine");
  await page.clock.runFor(10_000 + 120_000 + 15_000 + 25_000);
  const before = await where(page);
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.locator('.player').waitFor();
  assert.deepEqual(await where(page), before);
  // Browsers block sound after a reload until a tap: the player offers that tap.
  await page.getByRole('button', { name: 'Turn sound back on' }).click();
  assert.equal(await page.getByRole('button', { name: 'Turn sound back on' }).count(), 0);
  await page.clock.runFor(1_000);
  assert.notEqual(await timer(page), before.timer, 'the timer keeps going after the reload');
  await context.close();
});

test('after ten minutes with the phone locked, it shows what a phone left running shows', async () => {
  const locked = await phone();
  const reference = await phone();
  for (const { page } of [locked, reference]) await startThroughCheck(page, "Start today's routine");
  await locked.page.clock.runFor(5_000);
  await hiddenFor(locked.page, 10 * 60_000);
  await reference.page.clock.runFor(5_000 + 10 * 60_000);
  const shown = await where(locked.page);
  assert.deepEqual(shown, await where(reference.page));
  assert.notEqual(shown.name, 'Belly breathing', 'it really moved on');
  await snap(locked.page, 'player-after-lock');
  await locked.context.close();
  await reference.context.close();
});

test('the player in dark mode and landscape', async () => {
  const { context, page } = await phone({ colorScheme: 'dark' });
  await startThroughCheck(page, "Start today's routine");
  await page.clock.runFor(12_000);
  await snap(page, 'player-dark');
  await page.clock.resume();
  assert.deepEqual(await axeViolations(page), []);
  await page.setViewportSize({ width: 844, height: 390 });
  await snap(page, 'player-landscape');
  await context.close();
});
