// The new screens in WebKit (the engine of every iPhone): the running check at 14 weeks,
// with counts typed into number fields, a timed test played in the player and a symptom
// that ends it with the physiotherapist route; and a carer link opened on a fresh phone,
// with no notice and no questions about a birth.
import assert from 'node:assert/strict';
import { appUnderTest, onboard, skip, test } from './support.mjs';

const app = appUnderTest();

/** Skips through the player's phases until it has finished. */
async function playToTheEnd(phone) {
  for (let i = 0; i < 30 && (await phone.cssCount('.player')) > 0; i++) await skip(phone);
  assert.equal(await phone.cssCount('.player'), 0, 'the player finished');
}

test('the running check: counts, a timed test in the player, and a symptom that ends it', async () => {
  const phone = await app.phone();
  try {
    await phone.open();
    await onboard(phone, { weeksAgo: 14 });
    await phone.heading('Ready to run again?', 2);
    await phone.click('link', 'Open the running check');
    await phone.heading('Ready to run again?');
    await phone.click('button', 'Start the check');

    await phone.heading('Brisk 30-minute walk test', 2);
    await phone.fill('How many minutes could you walk briskly?', '30', { exact: true });
    await phone.click('button', 'Save and go on');

    // Balance: the timer in the player, then back to say how it went.
    await phone.heading('Single-leg balance test', 2);
    await phone.click('link', 'Start the timer');
    await phone.heading('Before you start');
    await phone.click('button', 'All clear — start');
    await phone.css('.player .player__name');
    await playToTheEnd(phone);
    await phone.heading('All done');
    assert.equal(await phone.count('button', 'Save how it felt'), 0, 'no comfort report for a test');
    await phone.click('link', 'Back to the running check');
    await phone.heading('Single-leg balance test', 2);
    for (const side of ['Left leg', 'Right leg']) {
      const group = await phone.role('group', side, { exact: true });
      const [yes] = await phone.all('role', 'button', 'Yes', { exact: true, within: group });
      await phone.clickElement(yes);
    }
    await phone.click('button', 'Save and go on');

    // Squat: ten on each leg, then heaviness in the pelvis.
    await phone.heading('Single-leg squat test', 2);
    await phone.fill('Left leg', '10', { exact: true });
    await phone.fill('Right leg', '10', { exact: true });
    await phone.click('checkbox', 'Heaviness, dragging or a bulge in your pelvis');
    await phone.snap('webkit-running-squat');
    await phone.click('button', 'Save and go on');

    await phone.heading('See a pelvic-health physiotherapist before you run', 3);
    const main = await phone.mainText();
    assert.match(main, /Passed.*Brisk 30-minute walk test.*Single-leg balance test/);
    assert.match(main, /To work on.*Single-leg squat test/);
    assert.match(main, /You can take the check again from tomorrow/);
    assert.equal(await phone.count('button', 'Take the check again'), 0);
    const stored = await phone.run(() => JSON.parse(localStorage.getItem('backcare/doc') ?? '{}'));
    assert.equal(stored.version, 6);
    assert.equal(stored.run_checks.length, 1);
    assert.deepEqual(stored.run_checks[0].answers.map((a) => [a[0], a[2], a[3], a[4]]), [
      ['walk', 30, 0, 0],
      ['balance', 1, 1, 0],
      ['squat', 10, 10, 2],
    ]);
    await phone.snap('webkit-running-result');
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});

test('a carer link opens on a fresh phone with no notice and no questions about a birth', async () => {
  const mother = await app.phone();
  let link;
  try {
    await mother.open();
    await onboard(mother);
    await mother.open('#/settings');
    await mother.heading('Share with a carer', 2);
    const linkNow = () => mother.run(() => document.querySelector('#carer-link')?.value ?? '');
    const anonymous = await mother.until(linkNow, 'the carer link');
    const name = await mother.fill('Your first name (optional)', 'Ana');
    await mother.run((el) => el.blur(), name);
    // The link changes to carry her name.
    link = await mother.until(async () => {
      const value = await linkNow();
      return value !== anonymous && /#\/shared\/[A-Za-z0-9_-]+$/.test(value) && value;
    }, 'the carer link with her name');
  } finally {
    await mother.quit();
  }

  const carer = await app.phone();
  try {
    await carer.driver.get(link.replace(/^https?:\/\/[^/]+/, app.server.origin));
    await carer.ready();
    await carer.heading('Back care for carers');
    assert.equal(await carer.count('button', /I understand/), 0, 'no first-run notice');
    const main = await carer.mainText();
    assert.match(main, /Ana shared this with you/);
    assert.doesNotMatch(main, /weeks ago|birth/i);
    await carer.click('link', 'Start the practice');
    await carer.heading('Before you start');
    assert.equal(await carer.count('checkbox'), 0, 'no red-flag checklist');
    await carer.click('button', 'Start', { exact: true });
    await carer.css('.player .player__name');
    await playToTheEnd(carer);
    await carer.heading('Well done');
    const keys = await carer.run(() => Object.keys(localStorage));
    assert.ok(!keys.some((k) => k.endsWith('/doc')), `saved: ${keys}`);
    await carer.snap('webkit-carer-done');
    assert.deepEqual(await carer.errors(), []);
  } finally {
    await carer.quit();
  }
});
