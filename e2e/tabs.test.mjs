// Two tabs of the app on one phone: a routine plays in one tab at a time and moves with
// "Continue here instead", with the Web Locks API and with the heartbeat that stands in
// for it where a browser lacks it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, newPhone, open, onboard, snap, startThroughCheck, finishRoutine } from './support.mjs';

const app = appUnderTest();

const savedTiming = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('backcare/doc')).active?.timing);

for (const mechanism of ['Web Locks', 'heartbeat']) {
  test(`a routine plays in one tab at a time and moves between tabs (${mechanism})`, async () => {
    const { context, page: first, errors } = await newPhone(app.browser);
    if (mechanism === 'heartbeat') {
      // As in a browser without the Web Locks API.
      await context.addInitScript(() => { delete Navigator.prototype.locks; });
    }
    await open(first, app.server.origin);
    assert.equal(await first.evaluate(() => 'locks' in navigator), mechanism === 'Web Locks');
    await onboard(first);
    await startThroughCheck(first, "Start today's routine");
    await first.locator('.player__name').waitFor();
    const started = await savedTiming(first);

    // A second tab: starting there offers to move the routine instead of replacing it.
    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(String(e)));
    await open(second, app.server.origin, '#/check/today');
    await second.getByText('A routine is running in another tab.').waitFor();
    await snap(second, `tabs-check-elsewhere-${mechanism.replace(' ', '-').toLowerCase()}`);
    await second.getByRole('button', { name: 'Continue here instead' }).click();
    await second.locator('.player__name').waitFor();
    await first.getByRole('heading', { level: 1, name: 'Your routine moved to another tab' }).waitFor();
    assert.equal(await first.locator('.player__name').count(), 0, 'the first tab stopped playing');
    await snap(first, `tabs-moved-${mechanism.replace(' ', '-').toLowerCase()}`);

    // Its timing is the same one, not restarted.
    const moved = await savedTiming(second);
    assert.equal(moved.started_at_ms, started.started_at_ms);
    assert.equal(moved.status, 'running');

    // And back: the first tab takes it again; the second says where it went.
    await first.getByRole('button', { name: 'Continue here instead' }).click();
    await first.locator('.player__name').waitFor();
    await second.getByRole('heading', { level: 1, name: 'Your routine moved to another tab' }).waitFor();

    // Opening the player in a third tab says where it is running.
    const third = await context.newPage();
    await open(third, app.server.origin, '#/play');
    await third.getByRole('heading', { level: 1, name: 'A routine is running in another tab' }).waitFor();
    await snap(third, `tabs-elsewhere-${mechanism.replace(' ', '-').toLowerCase()}`);
    // And Today there says so too.
    await third.getByRole('link', { name: 'Go to Today' }).click();
    await third.getByRole('heading', { level: 2, name: 'Your routine is playing in another tab' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

async function shortSession(page, worst) {
  await page.goto(`${app.server.origin}/#/`);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await startThroughCheck(page, 'Only 5 minutes? Do the short version');
  await finishRoutine(page, worst);
}

test('no change is lost between two tabs making changes in turn', async () => {
  const { context, page: first, errors } = await newPhone(app.browser);
  await context.clock.install({ time: new Date('2026-11-20T09:00:00Z') });
  await open(first, app.server.origin);
  await onboard(first);
  const second = await context.newPage();
  second.on('pageerror', (e) => errors.push(String(e)));
  await open(second, app.server.origin);

  // A session and its report in the first tab; a profile edit in the second; then a
  // session in each.
  await shortSession(first, 2);
  await second.goto(`${app.server.origin}/#/settings`);
  await second.getByText('You and your baby').click();
  await second.getByLabel('Your local emergency number').fill('112');
  await second.getByRole('button', { name: 'Save my details' }).click();
  await second.getByText('Saved. Your routine now follows these details.').waitFor();
  await context.clock.runFor(3_600_000);
  await shortSession(first, 3);
  await context.clock.runFor(3_600_000);
  await shortSession(second, 1);

  // The first tab heard the second save several times, and says so once.
  await first.goto(`${app.server.origin}/#/history`);
  await first.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  assert.equal(await first.getByText('Your progress was updated from another tab').count(), 1);

  for (const page of [first, second]) {
    await page.reload();
    await page.waitForSelector('html[data-ready]');
    const doc = await page.evaluate(() => JSON.parse(localStorage.getItem('backcare/doc')));
    assert.equal(doc.history.length, 3, 'three sessions, from both tabs');
    const worst = doc.history.map((l) => l.after?.[0]).sort();
    assert.deepEqual(worst, [1, 2, 3], 'every report');
    assert.equal(doc.profile.emergency_number, '112', 'the profile edit');
  }
  await second.goto(`${app.server.origin}/#/history`);
  await second.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  await snap(second, 'tabs-history-merged');
  assert.deepEqual(errors, []);
  await context.close();
});
