// Her plan over days, on a phone, with the page clock moving the days: where the app
// places her on day one, that each exercise moves only after sessions that included it
// (walks move only the walk), that time away restarts it a little gentler, that a
// bookmarked start plays the plan as it stands, today's tip, and "Your plan" saying
// what opens next and when.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appUnderTest, newPhone, open, axeViolations, snap } from './support.mjs';

const app = appUnderTest();
const START = new Date('2026-11-21T08:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

/** Every exercise's id, name and kind, read from the data files. */
const library = readdirSync('exercises')
  .filter((f) => f.endsWith('.toml'))
  .map((f) => {
    const text = readFileSync(join('exercises', f), 'utf8');
    const field = (key) => text.match(new RegExp(`^${key} = "(.*)"$`, 'm'))?.[1];
    return { id: field('id'), name: field('name'), kind: field('kind') };
  });
const nameOf = (id) => library.find((e) => e.id === id).name;
/** The fuller strength exercises (the ends of the strength chains). */
const FULLER_STRENGTH = ['glute-bridge', 'sit-to-stand', 'bird-dog'].map(nameOf);

/** One of a fieldset's radios, found by the fieldset's legend, as a screen reader would. */
const choice = (page, legend, option) =>
  page.getByRole('group', { name: legend, exact: true }).getByRole('radio', { name: String(option), exact: true });

/**
 * Past the first-run notice and through the whole profile form: weeks since the birth,
 * how she gave birth, where it hurts, and the optional questions when given.
 */
async function onboardAs(page, p) {
  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  await page.getByRole('button', { name: "I'd rather say how many weeks ago" }).click();
  await page.getByLabel('About how many weeks ago?').fill(String(p.weeksAgo));
  await choice(page, 'How did you give birth?', p.delivery).check();
  for (const site of p.sites ?? []) await page.getByRole('checkbox', { name: site }).check();
  if (p.epidural !== undefined) {
    await choice(page, 'Did you have an epidural or spinal?', p.epidural ? 'Yes' : 'No').check();
  }
  if (p.usualPain !== undefined) {
    await choice(page, 'On an ordinary day, how much does your back hurt? (optional)', p.usualPain).check();
  }
  if (p.liftingPain !== undefined) {
    await choice(page, 'Does it hurt when you lift or carry your baby?', p.liftingPain ? 'Yes' : 'No').check();
  }
  if (p.pregnancyPain !== undefined) {
    await choice(page, 'Did you have back or pelvic pain while pregnant?', p.pregnancyPain ? 'Yes' : 'No').check();
  }
  if (p.cleared !== undefined) {
    await choice(page, 'Has a midwife, doctor or physio cleared you for more exercise?', p.cleared ? 'Yes' : 'No').check();
  }
  await page.getByRole('button', { name: 'Save and see my routine' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
}

/** A phone with the page clock at START, onboarded as `profile`, then standing still. */
async function phone(profile, opts = {}) {
  const ctx = await newPhone(app.browser, opts);
  await ctx.page.clock.install({ time: START });
  await open(ctx.page, app.server.origin);
  await onboardAs(ctx.page, { delivery: 'Vaginal birth', ...profile });
  await ctx.page.clock.pauseAt(new Date(START.getTime() + 3_600_000));
  return ctx;
}

/** Today's routine as shown: each exercise's name and dose text, in order. */
async function routine(page) {
  const items = page.locator('ol.routine li');
  const out = [];
  for (let i = 0; i < (await items.count()); i++) {
    out.push({
      name: await items.nth(i).locator('.routine__name').textContent(),
      dose: await items.nth(i).locator('.routine__dose').textContent(),
    });
  }
  return out;
}

/** Opens "Why this routine?" (if it is closed) and returns its lines. */
async function why(page) {
  const details = page.locator('details.why');
  if (!(await details.evaluate((d) => d.open))) await page.getByText('Why this routine?').click();
  return details.getByRole('listitem').allTextContents();
}

/**
 * How much work one round of a dose holds, from its text: the reps (times the hold,
 * when there is one) or the seconds. Rounds are left out: Today trims rounds to fit
 * the time, while the plan moves reps and seconds.
 */
function perRound(dose) {
  const reps = dose.match(/(\d+) times?/);
  if (reps) {
    const hold = dose.match(/holding (\d+) s/);
    return Number(reps[1]) * (hold ? Number(hold[1]) : 1);
  }
  const min = dose.match(/(\d+) min(?:ute)?s?/);
  const sec = dose.match(/(\d+) s(?:econds?)?\b/);
  return (min ? Number(min[1]) * 60 : 0) + (sec ? Number(sec[1]) : 0);
}

/** Runs the player on to "All done" with the page clock, in `step` ms jumps. */
async function runToEnd(page, step = 15_000) {
  for (let i = 0; i < 200 && (await page.locator('.player').count()) > 0; i++) {
    await page.clock.runFor(step);
  }
  await page.getByRole('heading', { level: 1, name: 'All done' }).waitFor();
}

/** From a start link on Today, through the check and the player, to the report and back. */
async function session(page, startLabel, { before, worst, effort = 'About right', step } = {}) {
  await page.getByRole('link', { name: startLabel }).click();
  await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  if (before !== undefined) await choice(page, 'Back pain right now (optional)', before).check();
  await page.getByRole('button', { name: 'All clear — start' }).click();
  await page.locator('.player').waitFor();
  await runToEnd(page, step);
  await choice(page, 'The worst back pain during the session', worst).check();
  await page.getByRole('button', { name: effort }).click();
  await page.getByRole('button', { name: 'Save how it felt' }).click();
  await page.getByRole('link', { name: 'Back to Today' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
}

/** A day later she opens the app again and answers the morning check. */
async function nextMorning(page, { compare, pain, usual }) {
  await page.clock.fastForward(DAY);
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  const card = page.getByRole('region', { name: "How's your back this morning?" });
  await card.waitFor();
  await card.getByRole('button', { name: compare, exact: true }).click();
  await choice(card, 'Back pain right now', pain).check();
  const usualPain = choice(card, 'And on an ordinary day, your usual back pain', usual ?? pain);
  if (await usualPain.count()) await usualPain.check();
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await card.waitFor({ state: 'detached' });
}

test('walking twice moves only the walk: the exercises stay as on day one, and say why', async () => {
  const { context, page, errors } = await phone({ weeksAgo: 10, sites: ['Lower back'] });
  const dayOne = await routine(page);
  assert.ok(dayOne.length >= 4, `routine: ${JSON.stringify(dayOne)}`);
  const walkCard = page.getByRole('heading', { name: 'A walk today' }).locator('..');
  const walkBefore = await walkCard.textContent();
  assert.match(walkBefore, /A 20-minute walk today would bring you to 20 of 150 walking minutes this week/);

  for (const [i, morning] of [{ compare: 'Better', pain: 2 }, { compare: 'About the same', pain: 2 }].entries()) {
    await session(page, 'Time my walk', { before: 2, worst: 1, step: 60_000 });
    await nextMorning(page, morning);
    assert.match(await page.textContent('main'), /Last time: Steady walk, 20 minutes/, `walk ${i + 1} logged`);
  }

  assert.deepEqual(await routine(page), dayOne, 'no exercise moved: none was done');
  const lines = await why(page);
  assert.equal(lines.length, dayOne.length);
  for (const [i, line] of lines.entries()) {
    assert.ok(line.startsWith(`${dayOne[i].name}: `), line);
    assert.match(line, /not done (yet|since \d+ [A-Z][a-z]{2})/, line);
  }
  // The walk moved on, and the weekly minutes count the walks.
  assert.match(await walkCard.textContent(), /A 30-minute walk today would bring you to 70 of 150 walking minutes this week/);
  await snap(page, 'plan-after-walks');
  assert.deepEqual(errors, []);
  await context.close();
});

test('12 weeks after an uncomplicated birth, cleared and with little pain, starts with strength work', async () => {
  const profile = {
    weeksAgo: 12, sites: ['Lower back'], usualPain: 1, liftingPain: false, pregnancyPain: false, cleared: true,
  };
  const { context, page, errors } = await phone(profile);
  const names = (await routine(page)).map((r) => r.name);
  const strong = names.filter((n) => FULLER_STRENGTH.includes(n));
  assert.ok(strong.length >= 1, `expected one of ${FULLER_STRENGTH} in ${names}`);
  const lines = await why(page);
  for (const name of strong) {
    assert.ok(lines.some((l) => l.startsWith(`${name}: `)), `${name} is explained`);
  }
  assert.deepEqual(errors, []);
  await context.close();

  // The same weeks with a back that hurts a lot on an ordinary day starts gentlest.
  const sore = await phone({ ...profile, usualPain: 7 });
  const gentle = (await routine(sore.page)).map((r) => r.name);
  assert.deepEqual(gentle.filter((n) => FULLER_STRENGTH.includes(n)), [], `gentlest start: ${gentle}`);
  await sore.context.close();
});

test('a month away, she is welcomed back and the routine restarts a little gentler', async () => {
  const { context, page, errors } = await phone({ weeksAgo: 10, sites: ['Lower back'] });
  await session(page, 'Only 5 minutes? Do the short version', { before: 2, worst: 1 });
  const before = await routine(page);
  assert.equal(await page.getByRole('heading', { name: 'Good to see you' }).count(), 0);

  await page.clock.fastForward(29 * DAY);
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  const welcome = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Good to see you' }) });
  await welcome.waitFor();
  const welcomeText = await welcome.textContent();
  assert.match(welcomeText, /Welcome back/);
  assert.match(welcomeText, /four weeks since your last session, so .*restarts a little gentler/);

  const after = await routine(page);
  const lines = await why(page);
  // Each line names the time away as its latest reason.
  const away = lines.filter((l) => /four weeks (away|since your last session)/.test(l));
  assert.ok(away.length >= 3, lines.join('\n'));
  // Everything she had before is gentler now: the same exercise with less work in a
  // round (never more), or an easier one in its place.
  let less = 0;
  for (const b of before) {
    const a = after.find((x) => x.name === b.name);
    if (!a) continue;
    assert.ok(perRound(a.dose) <= perRound(b.dose), `${b.name}: ${b.dose} → ${a.dose}`);
    if (perRound(a.dose) < perRound(b.dose)) less += 1;
  }
  const replaced = before.filter((b) => !after.some((a) => a.name === b.name)).length;
  assert.ok(less + replaced >= 3, `gentler: ${JSON.stringify({ before, after })}`);
  await snap(page, 'plan-welcome-back');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bookmarked start link, opened after good mornings, plays the progressed plan', async () => {
  const { context, page, errors } = await phone({ weeksAgo: 10, sites: ['Lower back'] });
  const dayOne = await routine(page);
  await session(page, 'Only 5 minutes? Do the short version', { before: 2, worst: 1 });
  await nextMorning(page, { compare: 'Better', pain: 1 });
  await session(page, 'Only 5 minutes? Do the short version', { before: 1, worst: 1 });
  await nextMorning(page, { compare: 'About the same', pain: 1 });
  const progressed = await routine(page);
  await page.close();

  // Later that morning she opens her bookmark straight at the check, in a new tab.
  const tab = await context.newPage();
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await open(tab, app.server.origin, '#/check/today');
  await tab.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  await tab.getByRole('button', { name: 'All clear — start' }).click();
  await tab.locator('.player').waitFor();
  // Step through the routine and read each exercise's work as the player counts it.
  const played = new Map();
  for (let i = 0; i < 80 && played.size < progressed.length && (await tab.locator('.player').count()) > 0; i++) {
    const name = await tab.locator('.player__name').textContent();
    const phase = await tab.locator('.player__phase').textContent();
    if (!played.has(name) && /^(Go|Round 1 of)/.test(phase)) {
      const reps = tab.locator('.player__reps');
      played.set(name, (await reps.count()) ? await reps.textContent() : await tab.getByRole('timer').textContent());
    }
    await tab.getByRole('button', { name: 'Skip' }).click();
  }
  assert.deepEqual([...played.keys()], progressed.map((r) => r.name), 'the player plays Today\'s routine');

  let moved = 0;
  for (const now of progressed) {
    const shown = played.get(now.name);
    const reps = shown.match(/^Rep 1 of (\d+)$/);
    if (reps) assert.match(now.dose, new RegExp(`^(\\d+ rounds of )?${reps[1]} times`), `${now.name}: ${shown} vs ${now.dose}`);
    const then = dayOne.find((d) => d.name === now.name);
    if (then && perRound(now.dose) > perRound(then.dose)) {
      moved += 1;
      const was = then.dose.match(/(\d+) times/);
      if (reps && was) assert.ok(Number(reps[1]) > Number(was[1]), `${now.name} plays more reps than on day one`);
    }
  }
  assert.ok(moved >= 1, `something progressed: ${JSON.stringify({ dayOne, progressed, played: [...played] })}`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Today's tip card. */
const tipCard = (page) => page.getByRole('heading', { name: "Today's tip" }).locator('..');

test('two weeks after a caesarean, Today\'s tip is the lifting limit (and the wound the next day)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, errors } = await phone({ weeksAgo: 2, delivery: 'Emergency caesarean' }, { colorScheme });
    const tip = tipCard(page);
    assert.match(await tip.textContent(), /try not to lift anything heavier than your baby/);
    const more = tip.getByRole('link', { name: `More: ${nameOf('lesson-caesarean-recovery')}` });
    await more.waitFor();
    await why(page);
    await snap(page, `plan-today-tip-${colorScheme}`);
    await page.clock.resume();
    assert.deepEqual(await axeViolations(page), [], `Today with the tip (${colorScheme})`);
    if (colorScheme === 'light') {
      await more.click();
      await page.getByRole('heading', { level: 1, name: nameOf('lesson-caesarean-recovery') }).waitFor();
      await page.clock.pauseAt(new Date(START.getTime() + DAY + 3_600_000));
      await open(page, app.server.origin, '#/');
      await page.reload();
      await page.waitForSelector('html[data-ready]');
      assert.match(await tipCard(page).textContent(), /hold a hand or a small pillow gently over your wound/);
      // The wound tip links to its own lesson.
      await tipCard(page).getByRole('link', { name: `More: ${nameOf('lesson-wound-support')}` }).waitFor();
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** From Today, through "Why this routine?", to "Your plan". */
async function yourPlan(page) {
  await why(page);
  await page.getByRole('link', { name: 'See your whole plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your plan' }).waitFor();
  assert.match(page.url(), /#\/plan$/);
}

test('"Your plan", four weeks after a caesarean, says what opens next and when', async () => {
  const { context, page, errors } = await phone({ weeksAgo: 4, delivery: 'Planned caesarean' });
  // Day one, at 4 weeks: what suits her from 6 weeks opens in 14 days.
  await yourPlan(page);
  assert.match(await page.textContent('main'), new RegExp(`${nameOf('cat-cow')}: opens at 6 weeks after a caesarean — in 14 days`));
  await page.getByRole('link', { name: 'Back to today' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

  // Two comfortable walks with settled mornings move the walk on a step.
  for (const morning of [{ compare: 'Better', pain: 1 }, { compare: 'About the same', pain: 1 }]) {
    await session(page, 'Time my walk', { before: 1, worst: 1, step: 60_000 });
    await nextMorning(page, morning);
  }
  await yourPlan(page);
  const cards = page.locator('.plan-item');
  const card = (id) => cards.filter({ has: page.getByRole('link', { name: nameOf(id), exact: true }) });
  const walk = await card('walk-10').textContent();
  assert.match(walk, /Step 2 of 4/);
  assert.match(walk, /Last done 22 Nov/);
  // 4 weeks and 2 days: the 20-minute walk opens at 5 weeks, in 5 days.
  assert.match(walk, new RegExp(`Next: ${nameOf('walk-20')}: opens at 5 weeks after a caesarean — in 5 days`));
  // Exercises she has not done wait where they started.
  assert.match(await card('breathing-belly').textContent(), /Step 1 of 2.*Not done yet.*2 more comfortable sessions with a settled next morning/s);
  assert.match(await page.textContent('main'), new RegExp(`${nameOf('cat-cow')}: opens at 6 weeks after a caesarean — in 12 days`));
  const changes = page.locator('h2:text-is("Latest changes") + ul');
  assert.match(await changes.textContent(), new RegExp(`22 Nov ${nameOf('walk-10')}: moved on to ${nameOf('walk-10')}`));

  await snap(page, 'plan-page-light');
  await page.clock.resume();
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, 'plan-page-dark');
  const dark = await axeViolations(page);
  assert.deepEqual({ light, dark }, { light: [], dark: [] }, 'axe on #/plan');
  assert.deepEqual(errors, []);
  await context.close();
});

test('after an epidural, the check marks the post-epidural headache', async () => {
  const { context, page } = await phone({ weeksAgo: 3, epidural: true });
  await page.getByRole('link', { name: "Start today's routine" }).click();
  await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  const headache = page.getByRole('listitem').filter({ hasText: 'Since an epidural or spinal: a headache' });
  assert.match(await headache.textContent(), /you had an epidural or spinal, so watch for this one/);
  await context.close();

  const other = await phone({ weeksAgo: 3, epidural: false });
  await other.page.getByRole('link', { name: "Start today's routine" }).click();
  await other.page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  assert.equal(await other.page.getByText('so watch for this one').count(), 0);
  await other.context.close();
});
