// The guided player in WebKit, in real time (WebDriver has no page clock, so phases are
// skipped rather than waited out): the safety check, "Try it now" played to the end,
// pause and resume, and a reload mid-exercise that resumes at the same step and asks
// for a tap to turn sound back on (WebKit holds audio back until one).
import assert from 'node:assert/strict';
import { appUnderTest, onboard, skip, where, test } from './support.mjs';

const app = appUnderTest();

/** Onboarded, then from an exercise's "Try it now" through the safety check. */
async function tryItNow(phone, id = 'pelvic-tilt-lying', name = 'Pelvic tilt, lying') {
  await phone.open();
  await onboard(phone);
  await phone.open(`#/library/${id}`);
  await phone.heading(name);
  await phone.click('link', 'Try it now');
  await phone.heading('Before you start');
  await phone.snap('webkit-safety-check');
  assert.ok(await phone.count('checkbox') > 0, 'the red flags are listed');
  await phone.click('button', 'All clear — start');
  await phone.css('.player .player__name');
}

test('"Try it now": the safety check, then the exercise played to the end by skipping its phases', async () => {
  const phone = await app.phone();
  try {
    await tryItNow(phone);
    const first = await where(phone);
    assert.deepEqual({ ...first, timer: undefined }, { name: 'Pelvic tilt, lying', phase: 'Get ready', step: 'Exercise 1 of 1', reps: '', timer: undefined });
    await phone.snap('webkit-player');
    const phases = new Set([first.phase]);
    for (let i = 0; i < 60 && (await phone.cssCount('.player')) > 0; i++) {
      await skip(phone);
      if ((await phone.cssCount('.player')) > 0) phases.add((await where(phone)).phase);
    }
    assert.ok(phases.size >= 2, `went through its phases: ${[...phases].join(', ')}`);
    await phone.heading('All done');
    await phone.click('radio', '2', { exact: true });
    await phone.click('button', 'About right');
    await phone.click('button', 'Save how it felt');
    await phone.click('link', 'See your history');
    await phone.heading('History');
    await phone.text('Pelvic tilt, lying');
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});

test('pause freezes the countdown; resume carries on from the same second', async () => {
  const phone = await app.phone();
  try {
    await tryItNow(phone);
    // Into the first round of work, where the timer counts down.
    await skip(phone);
    await phone.click('button', 'Pause');
    await phone.until(async () => (await where(phone)).phase === 'Paused', 'the phase to say Paused');
    const frozen = (await where(phone)).timer;
    assert.equal(await phone.run((el) => el.disabled, await phone.role('button', 'Skip', { exact: true })), true, 'Skip waits while paused');
    // Two seconds of real time on the page: the timer must not move (any change fails at once).
    const start = await phone.run(() => performance.now());
    await phone.until(async () => {
      const now = await phone.run(() => performance.now());
      assert.equal((await where(phone)).timer, frozen, 'the timer moved while paused');
      return now - start >= 2_000;
    }, 'two seconds while paused');
    await phone.click('button', 'Resume');
    await phone.until(async () => (await where(phone)).phase !== 'Paused', 'the phase to come back');
    assert.equal((await where(phone)).timer, frozen, 'resumed from the same second');
    await phone.until(async () => (await where(phone)).timer !== frozen, 'the countdown to carry on');
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});

test('a reload mid-exercise resumes at the same step, and a tap turns sound back on', async () => {
  const phone = await app.phone();
  try {
    await tryItNow(phone, 'cat-cow', 'Cat and cow');
    await skip(phone);
    await skip(phone);
    const before = await where(phone);
    assert.equal(await phone.count('button', 'Turn sound back on'), 0, 'the tap that started it let sound play');
    await phone.reload();
    await phone.css('.player .player__name');
    const after = await where(phone);
    assert.deepEqual({ ...after, timer: undefined }, { ...before, timer: undefined });
    // The remaining time carries on from where it was (a second or two of reload).
    const seconds = (t) => t.split(':').reduce((m, s) => m * 60 + Number(s), 0);
    assert.ok(seconds(before.timer) - seconds(after.timer) <= 5, `${before.timer} then ${after.timer}`);
    // WebKit allows audio only after a tap: after a reload the player asks for one.
    await phone.click('button', 'Turn sound back on');
    await phone.until(async () => (await phone.count('button', 'Turn sound back on')) === 0, 'the sound button to go');
    assert.equal(await phone.run(() => typeof (window.AudioContext ?? window.webkitAudioContext)), 'function');
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});
