// Reminders without a server, as a mother uses them on a phone: the calendar file from
// Today (read back with ical.js, a calendar parser, to prove it is valid iCalendar and
// says what she asked), the dot on the Today tab until the day's session is done, and
// the note to remove the reminders once her plan is paused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { appUnderTest, newPhone, open, onboard, startThroughCheck, finishRoutine, axeViolations, snap } from './support.mjs';
import { word } from './words.mjs';

const app = appUnderTest();
// Saturday 21 November 2026, 08:00 in the browser's zone (UTC here).
const START = new Date('2026-11-21T08:00:00Z');
const en = (id, vars) => word('en', id, vars);

/** A phone with a fake clock, onboarded (vaginal birth, 10 weeks ago). */
async function phone() {
  const ctx = await newPhone(app.browser);
  await ctx.page.clock.install({ time: START });
  await open(ctx.page, app.server.origin);
  await onboard(ctx.page);
  await ctx.page.clock.pauseAt(new Date(START.getTime() + 60_000));
  return ctx;
}

const todayTab = (page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Today/ });

/** Whether the Today tab is marked, by its dot and by its accessible name, which agree. */
async function marked(page) {
  const name = (await todayTab(page).textContent()).trim();
  const dot = await page.locator('.nav__due').count();
  assert.equal(dot === 1, name.includes(en('reminders-nav-due')), `dot ${dot}, name ${name}`);
  return dot === 1;
}

/** Downloads the calendar file from Today's card; its text. */
async function download(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: en('reminders-download') }).click(),
  ]);
  assert.equal(file.suggestedFilename(), 'gentle-back-reminders.ics');
  const dir = await mkdtemp(join(tmpdir(), 'reminders-'));
  try {
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    return await readFile(path, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('Today makes a calendar file of her plan that a calendar parser reads back', async () => {
  const { context, page, requests, errors } = await phone();
  const card = page.locator('.reminders');
  await card.getByRole('heading', { name: en('reminders-title') }).waitFor();
  const time = page.getByLabel(en('reminders-time'), { exact: true });
  assert.equal(await time.inputValue(), '09:00', 'nine in the morning unless she picks');
  await card.getByText(en('reminders-times', { times: '09:00' })).waitFor();
  await card.getByText(en('reminders-redownload')).waitFor();
  await time.fill('07:30');
  await card.getByText(en('reminders-times', { times: '07:30' })).waitFor();

  const text = await download(page);
  await card.getByText(en('reminders-saved')).waitFor();

  // The file's grammar: CRLF lines of at most 75 octets.
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  for (const line of text.split('\r\n')) {
    assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
    assert.ok(!line.includes('\n'), 'no bare line feed');
  }

  // Read back by a calendar parser.
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.match(calendar.getFirstPropertyValue('prodid'), /Gentle Back/);
  const vevents = calendar.getAllSubcomponents('vevent');
  assert.equal(vevents.length, 1, 'one event: her plan is once a day');
  const event = new ICAL.Event(vevents[0]);
  assert.equal(event.summary, 'Gentle Back: your back routine');
  assert.equal(event.startDate.toString(), '2026-11-21T07:30:00', 'today, at her time');
  assert.equal(event.startDate.zone.tzid, 'floating', 'her wall clock, wherever she is');
  assert.equal(event.duration.toSeconds(), 15 * 60);
  const rule = vevents[0].getFirstPropertyValue('rrule');
  assert.equal(rule.freq, 'DAILY');
  assert.equal(rule.until, null, 'her own plan has no end');
  const url = vevents[0].getFirstPropertyValue('url');
  assert.equal(url, `${app.server.origin}/#/`, 'back to the app');
  assert.match(event.description, /About 15 minutes of gentle exercise/);
  assert.ok(event.description.includes(url));
  assert.match(event.uid, /^gentle-back-own-plan-1@127\.0\.0\.1:\d+$/);
  // The next occurrences: every day at 07:30.
  const next = event.iterator();
  const days = [0, 1, 2, 3].map(() => next.next().toString());
  assert.deepEqual(days, ['2026-11-21T07:30:00', '2026-11-22T07:30:00', '2026-11-23T07:30:00', '2026-11-24T07:30:00']);
  assert.equal(vevents[0].getFirstSubcomponent('valarm').getFirstPropertyValue('action'), 'DISPLAY');

  // The same plan downloaded again is the same event (so her calendar updates it).
  const again = new ICAL.Event(new ICAL.Component(ICAL.parse(await download(page))).getFirstSubcomponent('vevent'));
  assert.equal(again.uid, event.uid);

  await page.clock.resume();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(requests.filter((r) => !r.startsWith(app.server.origin) && !r.startsWith('blob:')), [], 'nothing leaves the phone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the golden file (twice a day, an end date, text to escape and fold) reads back whole', async () => {
  const golden = await readFile(new URL('../tests/fixtures/reminders/twice-a-day.ics', import.meta.url), 'utf8');
  const events = new ICAL.Component(ICAL.parse(golden)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 2);
  const name = 'Your back routine: Pelvic floor, breathing; and gentle core — after the caesarean';
  assert.deepEqual(events.map((e) => e.summary), [name, name]);
  assert.deepEqual(events.map((e) => e.startDate.toString()), ['2025-11-08T08:15:00', '2025-11-08T18:15:00']);
  assert.match(events[1].description, /#\/\nSession 2 of 2 today\.$/);
  const rule = events[0].component.getFirstPropertyValue('rrule');
  assert.equal(rule.until.toString(), '2025-12-19T23:59:00');
  let count = 0;
  for (const next = events[0].iterator(); next.next(); ) count++;
  assert.equal(count, 42, 'every day from 8 November to 19 December');
});

test('the Today tab is marked until the day’s session is done, and again the next day', async () => {
  const { context, page, errors } = await phone();
  assert.equal(await marked(page), true, 'a session to do today');
  await page.getByRole('link', { name: 'Exercises' }).click();
  assert.equal(await marked(page), true, 'on every screen');
  await todayTab(page).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await snap(page, 'reminders-today');

  await startThroughCheck(page, "Start today's routine");
  await finishRoutine(page);
  await page.getByRole('link', { name: 'Back to Today' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.equal(await marked(page), false, 'done for today');
  assert.equal(
    await todayTab(page).evaluate((a) => a.textContent.trim()),
    'Today',
    'just "Today" to a screen reader',
  );

  // The next morning the mark is back.
  await page.clock.fastForward(24 * 60 * 60_000);
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  assert.equal(await marked(page), true, 'due again the next day');
  assert.deepEqual(errors, []);
  await context.close();
});

test('while her plan is paused there is no file and no mark, only a note to remove the reminders', async () => {
  const { context, page } = await phone();
  await page.getByRole('link', { name: "Start today's routine" }).click();
  await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  await page.locator('main input[type=checkbox]').first().check();
  await page.getByRole('button', { name: en('session-check-stop') }).click();
  await page.getByRole('link', { name: en('session-back-today') }).click();
  await page.getByRole('heading', { level: 1, name: 'Your plan is paused' }).waitFor();
  await page.getByRole('heading', { name: en('reminders-paused-title') }).waitFor();
  await page.getByText(en('reminders-paused')).waitFor();
  assert.equal(await page.getByRole('button', { name: en('reminders-download') }).count(), 0);
  assert.equal(await marked(page), false);
  await snap(page, 'reminders-paused');
  await page.clock.resume();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
