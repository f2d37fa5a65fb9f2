// "Ready to run again?" as a mother uses it on a phone at 14 weeks: the check offered on
// Today, each test answered (the timed ones played in the player), one test short of its
// count, the result with what to work on; then a second go, all passed, the walk-run on
// Today played in the player as runs and walks. And a symptom ending the check with the
// physiotherapist route, and nothing offered before 12 weeks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appUnderTest, newPhone, open, onboard, axeViolations, snap } from './support.mjs';
import { word } from './words.mjs';

const app = appUnderTest();
const START = new Date('2026-11-21T08:00:00Z');
const en = (id, vars) => word('en', id, vars);

/** An entry's English name, from its library file. */
function nameOf(id) {
  const toml = readFileSync(join(import.meta.dirname, '..', 'exercises', `${id}.toml`), 'utf8');
  return toml.match(/^name = "(.*)"$/m)[1];
}

/** A phone with a fake clock, onboarded `weeksAgo` weeks after a vaginal birth. */
async function phone(weeksAgo) {
  const ctx = await newPhone(app.browser);
  await ctx.page.clock.install({ time: START });
  await open(ctx.page, app.server.origin);
  await onboard(ctx.page, { weeksAgo });
  return ctx;
}

/** The test on screen, by its heading. */
async function onTest(page, id) {
  await page.getByRole('heading', { level: 2, name: nameOf(id), exact: true }).waitFor();
}

async function save(page) {
  await page.getByRole('button', { name: en('run-save') }).click();
}

/** A counted test: the counts typed in (one, or left and right). */
async function count(page, id, left, right) {
  await onTest(page, id);
  if (right === undefined) {
    await page.getByRole('spinbutton').fill(String(left));
  } else {
    await page.getByLabel(en('run-left'), { exact: true }).fill(String(left));
    await page.getByLabel(en('run-right'), { exact: true }).fill(String(right));
  }
  await save(page);
}

/** A timed test: played in the player through the safety check, then answered "yes". */
async function timed(page, id, sides) {
  await onTest(page, id);
  await page.getByRole('link', { name: en('run-timer') }).click();
  await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  await page.getByRole('button', { name: 'All clear — start' }).click();
  await page.locator('.player').waitFor();
  for (let i = 0; i < 20 && (await page.locator('.player').count()) > 0; i++) {
    await page.clock.runFor(10_000);
  }
  await page.getByRole('heading', { level: 1, name: 'All done' }).waitFor();
  // No comfort report for a test: the check asks its own questions.
  assert.equal(await page.getByRole('button', { name: 'Save how it felt' }).count(), 0);
  await page.getByRole('link', { name: en('session-back-running') }).click();
  await onTest(page, id);
  if (sides) {
    for (const side of ['run-left', 'run-right']) {
      await page.getByRole('group', { name: en(side) }).getByRole('button', { name: en('run-yes') }).click();
    }
  } else {
    await page.getByRole('button', { name: en('run-yes') }).click();
  }
  await save(page);
}

/** Every test answered, all at their target except those in `short` (id → counts). */
async function answerAll(page, short = {}) {
  const counts = (id, full, sides) => short[id] ?? (sides ? [full, full] : [full]);
  await count(page, 'run-test-walk', ...counts('run-test-walk', 30, false));
  await timed(page, 'run-test-balance', true);
  await count(page, 'run-test-squat', ...counts('run-test-squat', 10, true));
  await timed(page, 'run-test-jog', false);
  await count(page, 'run-test-bounds', ...counts('run-test-bounds', 10, false));
  await count(page, 'run-test-hop', ...counts('run-test-hop', 10, true));
  await count(page, 'run-test-running-man', ...counts('run-test-running-man', 10, true));
  await count(page, 'run-test-calf-raise', ...counts('run-test-calf-raise', 20, true));
  await count(page, 'run-test-bridge', ...counts('run-test-bridge', 20, true));
  await count(page, 'run-test-sit-to-stand', ...counts('run-test-sit-to-stand', 20, true));
  await count(page, 'run-test-leg-lift', ...counts('run-test-leg-lift', 20, true));
}

test('at 14 weeks she takes the check, falls short on one test, then passes and runs', async () => {
  const { context, page, requests, errors } = await phone(14);
  await page.getByRole('heading', { name: en('run-offer-title') }).waitFor();
  await page.getByRole('link', { name: en('run-offer-open') }).click();
  await page.getByRole('heading', { level: 1, name: en('run-title') }).waitFor();
  await page.getByRole('heading', { name: en('run-before-title') }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await snap(page, 'running-before');
  await page.getByRole('button', { name: en('run-start') }).click();
  await page.getByText(en('run-progress', { done: 0, total: 11 })).waitFor();
  // Saving waits for every leg's answer.
  await onTest(page, 'run-test-walk');
  assert.equal(await page.getByRole('button', { name: en('run-save') }).isDisabled(), true);
  assert.deepEqual(await axeViolations(page), []);
  await snap(page, 'running-test');

  // Fourteen calf raises on the left: everything else passed.
  await answerAll(page, { 'run-test-calf-raise': [14, 20] });
  const result = page.locator('.running__result');
  await result.getByRole('heading', { name: en('run-result-title') }).waitFor();
  await result.getByText(en('run-result-not-yet')).waitFor();
  assert.equal(await result.getByRole('alert').count(), 0, 'no symptom, no physiotherapist route');
  const work = result.locator('.running__work-list');
  assert.match(await work.innerText(), new RegExp(nameOf('run-test-calf-raise')));
  // What to work on links to the library.
  await work.getByRole('link', { name: nameOf('sit-to-stand') }).waitFor();
  assert.equal(await result.locator('.running__passed li').count(), 10);
  assert.deepEqual(await axeViolations(page), []);
  await snap(page, 'running-not-yet');

  // Today still offers the check: no walk-run yet.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Today/ }).click();
  await page.getByRole('heading', { name: en('run-offer-title') }).waitFor();
  assert.equal(await page.getByRole('link', { name: en('run-card-start') }).count(), 0);

  // A second go, all passed: the walk-run opens on Today.
  await page.clock.runFor(14 * 24 * 3600 * 1000);
  await page.getByRole('link', { name: en('run-offer-open') }).click();
  await page.getByRole('button', { name: en('run-again') }).click();
  await answerAll(page);
  await result.getByText(en('run-result-ready')).waitFor();
  await snap(page, 'running-ready');
  await result.getByRole('link', { name: en('run-to-today') }).click();
  const card = page.locator('.running-card');
  await card.getByRole('heading', { name: new RegExp(en('run-card-title')) }).waitFor();
  assert.match(await card.innerText(), new RegExp(nameOf('walk-run-1')));
  assert.deepEqual(await axeViolations(page), []);
  await snap(page, 'running-today');

  // The walk-run in the player: runs, and walks between them.
  await card.getByRole('link', { name: en('run-card-start') }).click();
  await page.getByRole('button', { name: 'All clear — start' }).click();
  await page.locator('.player').waitFor();
  await page.clock.runFor(12_000);
  const phase = page.locator('.player__phase');
  await phase.getByText(en('run-phase-run', { set: 1, sets: 6 }), { exact: true }).waitFor();
  await snap(page, 'running-player-run');
  await page.clock.runFor(60_000);
  await phase.getByText(en('run-phase-walk', { round: 2 }), { exact: true }).waitFor();
  await page.locator('.player__cue').getByText(en('run-cue-walk')).waitFor();
  await snap(page, 'running-player-walk');

  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(app.server.origin)), []);
  await context.close();
});

test('a symptom ends the check and sends her to a pelvic-health physiotherapist', async () => {
  const { context, page, errors } = await phone(14);
  await open(page, app.server.origin, '#/running');
  await page.getByRole('button', { name: en('run-start') }).click();
  await onTest(page, 'run-test-walk');
  await page.getByRole('spinbutton').fill('30');
  await page.getByRole('checkbox', { name: en('run-symptom-leaking') }).check();
  await save(page);
  const alert = page.locator('.running__result').getByRole('alert');
  await alert.getByRole('heading', { name: en('run-result-physio-title') }).waitFor();
  const notTried = await page.locator('.running__not-tried li').count();
  assert.equal(notTried, 10, 'the check stopped at the first test');
  // No more impact today: the check cannot be taken again until tomorrow.
  await page.getByText(en('run-again-tomorrow')).waitFor();
  assert.equal(await page.getByRole('button', { name: en('run-again') }).count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  await snap(page, 'running-physio');
  // No walk-run on Today, and the check is offered again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Today/ }).click();
  await page.getByRole('heading', { name: en('run-offer-title') }).waitFor();
  assert.equal(await page.getByRole('link', { name: en('run-card-start') }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('before 12 weeks nothing is offered, and the page says when it will be', async () => {
  const { context, page, errors } = await phone(10);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: en('run-offer-title') }).count(), 0);
  await open(page, app.server.origin, '#/running');
  await page.getByText(en('run-too-early', { weeks: 2 })).waitFor();
  assert.equal(await page.getByRole('button', { name: en('run-start') }).count(), 0);
  // The tests themselves wait too: a start link cannot play one.
  await open(page, app.server.origin, '#/check/run-test-jog');
  assert.equal(await page.getByRole('button', { name: 'All clear — start' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
