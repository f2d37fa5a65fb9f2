// The guided player as a mother uses it, on a phone, with the page clock standing in
// for real time: start to finish, a reload mid-routine, ten minutes with the phone
// locked, and the session appearing in History.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, newPhone, open, axeViolations, snap } from './support.mjs';

const app = appUnderTest();

const START = new Date('2026-11-21T09:00:00Z');

/** A phone with a fake clock, past the first-run notice. */
async function phone(opts) {
  const ctx = await newPhone(app.browser, opts);
  await ctx.page.clock.install({ time: START });
  await open(ctx.page, app.server.origin);
  await ctx.page.getByRole('button', { name: /I understand/ }).click();
  await ctx.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  return ctx;
}

const timer = (page) => page.getByRole('timer').textContent();
const exerciseName = (page) => page.locator('.player__name').textContent();
const phase = (page) => page.locator('.player__phase').textContent();

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
  await page.getByRole('button', { name: 'Start the 5-minute routine' }).click();
  await page.getByText('Get ready', { exact: false }).first().waitFor();
  assert.equal(await exerciseName(page), 'Belly breathing');
  assert.equal(await timer(page), '0:10');
  assert.deepEqual(await axeViolations(page), []);

  await page.clock.runFor(11_000);
  assert.equal(await phase(page), 'Go');
  assert.equal(await timer(page), '0:59');
  // Pause freezes the countdown; resume carries on from the same second.
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(30_000);
  assert.equal(await timer(page), '0:59');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(60_000);
  assert.equal(await phase(page), 'Next up');
  assert.equal(await exerciseName(page), 'Deep tummy brace, lying');

  // Skip straight into the brace, then let the rest of the routine run.
  await page.getByRole('button', { name: 'Skip' }).click();
  assert.match(await page.locator('.player__reps').textContent(), /^Rep 1 of 8$/);
  for (let i = 0; i < 12 && (await page.locator('.player').count()) > 0; i++) {
    await page.clock.runFor(30_000);
  }
  await page.getByRole('heading', { level: 1, name: 'All done' }).waitFor();
  await snap(page, 'player-finished');
  assert.match(await page.textContent('main'), /4 of 4/);

  await page.getByRole('link', { name: 'See your history' }).click();
  await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  await page.getByText('5 minutes while the baby naps').waitFor();
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.getByText('5 minutes while the baby naps').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload mid-routine resumes at the same step and second', async () => {
  const { context, page } = await phone();
  await page.getByRole('button', { name: "Start today's routine" }).click();
  await page.clock.runFor(10_000 + 120_000 + 15_000 + 25_000);
  const before = { name: await exerciseName(page), phase: await phase(page), timer: await timer(page) };
  assert.equal(before.name, 'Deep tummy brace, lying');
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.locator('.player').waitFor();
  assert.deepEqual({ name: await exerciseName(page), phase: await phase(page), timer: await timer(page) }, before);
  // Browsers block sound after a reload until a tap: the player offers that tap.
  await page.getByRole('button', { name: 'Turn sound back on' }).click();
  assert.equal(await page.getByRole('button', { name: 'Turn sound back on' }).count(), 0);
  await page.clock.runFor(1_000);
  assert.notEqual(await timer(page), before.timer, 'the timer keeps going after the reload');
  await context.close();
});

test('after ten minutes with the phone locked, the right step is showing', async () => {
  const { context, page } = await phone();
  await page.getByRole('button', { name: "Start today's routine" }).click();
  await page.clock.runFor(5_000);
  await hiddenFor(page, 10 * 60_000);
  // 10 s get ready + 120 s breathing + 15 + 190 brace + 15 + 190 pelvic floor = 540 s;
  // 605 s in, she is 50 s into the pelvic tilts' first round (reps of 6 s).
  assert.equal(await exerciseName(page), 'Pelvic tilt, lying');
  assert.equal(await phase(page), 'Round 1 of 2');
  assert.equal(await timer(page), '0:10');
  await snap(page, 'player-after-lock');
  await context.close();
});

test('the player in dark mode and landscape', async () => {
  const { context, page } = await phone({ colorScheme: 'dark' });
  await page.getByRole('button', { name: "Start today's routine" }).click();
  await page.clock.runFor(12_000);
  await snap(page, 'player-dark');
  assert.deepEqual(await axeViolations(page), []);
  await page.setViewportSize({ width: 844, height: 390 });
  await snap(page, 'player-landscape');
  await context.close();
});
