// The personal plan over days, on a phone, with the page clock moving the days:
// onboarding gates the routine by stage, comfortable sessions with good mornings make
// it progress, a painful one makes it step back, a red flag stops and pauses it, and
// History keeps all of it across a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appUnderTest, newPhone, open, onboard, snap, startThroughCheck } from './support.mjs';

const app = appUnderTest();
const START = new Date('2026-11-21T08:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

/** Each exercise's name and earliest caesarean week, read from the data files. */
const library = readdirSync('exercises')
  .filter((f) => f.endsWith('.toml'))
  .map((f) => {
    const text = readFileSync(join('exercises', f), 'utf8');
    return {
      name: text.match(/^name = "(.*)"$/m)[1],
      caesareanWeeks: Number(text.match(/^caesarean_weeks = (\d+)$/m)[1]),
    };
  });

async function phone(profile) {
  const ctx = await newPhone(app.browser);
  await ctx.page.clock.install({ time: START });
  await open(ctx.page, app.server.origin);
  await onboard(ctx.page, profile);
  await ctx.page.clock.pauseAt(new Date(START.getTime() + 3_600_000));
  return ctx;
}

const routineNames = (page) => page.locator('ol.routine .routine__name').allTextContents();
const whyText = async (page) => {
  await page.getByText('Why this routine?').click();
  return page.locator('details.why ul').textContent();
};

/** The short routine through to the report, saying how it felt. */
async function session(page, { before, worst, effort = 'About right' }) {
  await page.getByRole('link', { name: 'Only 5 minutes? Do the short version' }).click();
  await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'a new page opens at its top');
  if (before !== undefined) await page.getByRole('radio', { name: String(before), exact: true }).check();
  await page.getByRole('button', { name: 'All clear — start' }).click();
  await page.locator('.player').waitFor();
  for (let i = 0; i < 40 && (await page.locator('.player').count()) > 0; i++) {
    await page.clock.runFor(15_000);
  }
  await page.getByRole('heading', { level: 1, name: 'All done' }).waitFor();
  await page.getByRole('radio', { name: String(worst), exact: true }).check();
  await page.getByRole('button', { name: effort }).click();
  await page.getByRole('button', { name: 'Save how it felt' }).click();
  await page.getByRole('link', { name: 'Back to Today' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
}

/** The next morning: a day later, she opens the app and answers the check. */
async function nextMorning(page, answer) {
  await page.clock.fastForward(DAY);
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.getByRole('heading', { name: "How's your back this morning?" }).waitFor();
  if (!answer) {
    await page.getByRole('button', { name: 'Skip today' }).click();
  } else {
    await page.getByRole('button', { name: answer.compare, exact: true }).click();
    await page.getByRole('radio', { name: String(answer.pain), exact: true }).check();
    await snap(page, 'morning-check');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
  }
  await page.getByRole('heading', { name: "How's your back this morning?" }).waitFor({ state: 'detached' });
}

test('a caesarean at 3 weeks gets only what suits 3 weeks after a caesarean', async () => {
  const { context, page } = await phone({ weeksAgo: 3, delivery: 'Emergency caesarean', sites: ['Lower back'] });
  assert.match(await page.textContent('main'), /3 weeks since the birth · Emergency caesarean/);
  const names = await routineNames(page);
  assert.ok(names.length >= 4, `routine: ${names}`);
  for (const name of names) {
    const entry = library.find((e) => e.name === name);
    assert.ok(entry, `unknown exercise ${name}`);
    assert.ok(entry.caesareanWeeks <= 3, `${name} suits from ${entry.caesareanWeeks} weeks after a caesarean`);
  }
  assert.equal(names[0], 'Belly breathing', 'always starts gently');
  await snap(page, 'today-caesarean-3-weeks');
  // The library explains what is for later, and offers no way to start it.
  await open(page, app.server.origin, '#/library/bird-dog');
  await page.getByText('This one is for a little later.').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Try it now' }).count(), 0);
  await context.close();
});

test('comfortable sessions with good mornings make the routine progress, and say why', async () => {
  const { context, page } = await phone({ weeksAgo: 10, sites: ['Lower back'] });
  await session(page, { before: 3, worst: 2 });
  await nextMorning(page, { compare: 'Better', pain: 2 });
  assert.match(await whyText(page), /one more like it/);
  await session(page, { before: 2, worst: 1 });
  await nextMorning(page, { compare: 'About the same', pain: 2 });
  const why = await whyText(page);
  assert.match(why, /(\d+ more reps|\d+ s longer|moved on to)/);
  assert.match(why, /the last two sessions were comfortable and your back was fine the next morning/);
  await snap(page, 'today-progressed');
  // It holds across a reload.
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  assert.match(await whyText(page), /the last two sessions were comfortable/);
  await context.close();
});

test('pain of 7 out of 10, stopped with "Something\'s not right", makes it step back', async () => {
  const { context, page } = await phone({ weeksAgo: 10 });
  await startThroughCheck(page, "Start today's routine");
  await page.clock.runFor(20_000);
  await page.getByRole('button', { name: "Something's not right" }).click();
  await page.getByRole('heading', { level: 1, name: 'Stopped. What happened?' }).waitFor();
  await page.getByRole('button', { name: 'The pain got too much' }).click();
  await page.getByText('Stopping was the right thing to do').waitFor();
  await page.getByRole('radio', { name: '7', exact: true }).check();
  await page.getByRole('button', { name: 'Too much' }).click();
  await snap(page, 'after-report-painful');
  await page.getByRole('button', { name: 'Save how it felt' }).click();
  await page.getByRole('link', { name: 'Back to Today' }).click();
  await nextMorning(page, null);
  const why = await whyText(page);
  assert.match(why, /(\d+ fewer reps|\d+ s shorter|back to)/);
  assert.match(why, /pain reached 7 out of 10, so this eases off a step/);
  await context.close();
});

test('a red flag before a session stops it, routes to care, pauses the plan, and is kept', async () => {
  const { context, page } = await phone({ weeksAgo: 2 });
  await page.getByRole('link', { name: "Start today's routine" }).click();
  await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  await page.getByRole('checkbox', { name: /A calf or leg that is painful, red, swollen or warm/ }).check();
  await page.getByRole('button', { name: 'Stop and show me what to do' }).click();
  await page.getByRole('heading', { level: 1, name: 'Contact your midwife or doctor today' }).waitFor();
  assert.equal(await page.locator('.player').count(), 0, 'no session started');
  await snap(page, 'guidance-today');
  await page.getByRole('link', { name: 'Back to Today' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your plan is paused' }).waitFor();
  assert.equal(await page.getByRole('link', { name: "Start today's routine" }).count(), 0);
  await snap(page, 'plan-paused');

  // The most urgent tier wins; the guidance never names a condition.
  await open(page, app.server.origin, '#/check/today');
  await page.getByRole('heading', { level: 1, name: 'Your plan is paused' }).waitFor();

  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await open(page, app.server.origin, '#/history');
  await page.getByRole('heading', { name: 'Warning signs you reported' }).waitFor();
  assert.match(await page.textContent('main'), /A calf or leg that is painful, red, swollen or warm/);
  assert.match(await page.textContent('main'), /Contact your midwife or doctor today/);
  assert.equal(await page.locator('.cal__day--flag').count(), 1);

  // Resuming needs her explicit answer.
  await open(page, app.server.origin, '#/');
  const resume = page.getByRole('button', { name: 'Continue my plan' });
  assert.equal(await resume.isDisabled(), true);
  await page.getByRole('checkbox', { name: /I've been checked/ }).check();
  await resume.click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await context.close();
});

test('an emergency sign shows the emergency guidance first', async () => {
  const { context, page } = await phone({ weeksAgo: 6 });
  await page.getByRole('link', { name: "Start today's routine" }).click();
  await page.getByRole('checkbox', { name: /Leaking wee or poo/ }).check();
  await page.getByRole('checkbox', { name: /Pain or tightness in the chest/ }).check();
  await page.getByRole('button', { name: 'Stop and show me what to do' }).click();
  await page.getByRole('heading', { level: 1, name: 'Call for emergency help now' }).waitFor();
  await page.getByText('Call your local emergency number now.').waitFor();
  await snap(page, 'guidance-emergency');
  await context.close();
});

test('History shows sessions, reports and the trend after a reload', async () => {
  const { context, page } = await phone({ weeksAgo: 10 });
  await session(page, { before: 4, worst: 3 });
  await nextMorning(page, { compare: 'Better', pain: 2 });
  await session(page, { before: 2, worst: 5, effort: 'Hard work' });
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await open(page, app.server.origin, '#/history');
  await page.getByRole('heading', { name: 'How your back has felt' }).waitFor();
  assert.match(await page.locator('#chart-summary').textContent(), /averaged 4\.0 out of 10 and next-morning pain 2\.0/);
  assert.equal(await page.locator('.cal__day--done').count(), 2);
  assert.equal(await page.locator('.history__item').count(), 2);
  await page.locator('.history__item summary').first().click();
  await page.getByText('Worst during: 5/10 · Hard work').waitFor();
  await snap(page, 'history');
  await context.close();
});
