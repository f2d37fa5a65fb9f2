// Where WebKit differs, the app degrades, and says so plainly rather than failing.
// Each case is WebKit itself with a feature switched off (MiniBrowser's --features, as
// older iPhones lack it) or, where WebKit has no switch, a one-line stand-in loaded before
// the app (storage that throws, as Safari's private browsing and blocked cookies did).
import assert from 'node:assert/strict';
import { appUnderTest, onboard, where, test } from './support.mjs';

const app = appUnderTest();

/** Through "Try it now" and the safety check into the player. */
async function play(phone, id = 'pelvic-tilt-lying') {
  await phone.open(`#/library/${id}`);
  await phone.click('link', 'Try it now');
  await phone.heading('Before you start');
  await phone.click('button', 'All clear — start');
  await phone.css('.player .player__name');
}

async function blockedStorage(phone) {
  await phone.open();
  await phone.text('not letting the app save anything');
  await phone.click('button', /I understand/);
  await phone.heading('About you and your baby');
  await phone.click('link', 'Settings');
  await phone.heading('Settings');
  await phone.text('only kept while this tab is open');
  assert.deepEqual(await phone.errors(), []);
}

test('storage blocked (reading localStorage throws, as with cookies blocked): the app runs in memory and says so', async () => {
  const phone = await app.phone({
    init: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`,
  });
  try {
    await blockedStorage(phone);
    await phone.snap('webkit-storage-blocked');
  } finally {
    await phone.quit();
  }
});

test("storage switched off in WebKit's own settings: the same in-memory notice", async () => {
  const phone = await app.phone({ args: ['--enable-html5-local-storage=false'] });
  try {
    await blockedStorage(phone);
  } finally {
    await phone.quit();
  }
});

test('older Safari private browsing (every setItem throws QuotaExceededError): the same in-memory notice', async () => {
  const phone = await app.phone({
    init: `Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`,
  });
  try {
    await blockedStorage(phone);
  } finally {
    await phone.quit();
  }
});

test('full storage (saving the document throws QuotaExceededError): a failed save is reported', async () => {
  const phone = await app.phone({
    init: `const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (key.endsWith('/doc')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return setItem.call(this, key, value);
};`,
  });
  try {
    await phone.open();
    await phone.click('button', /I understand/);
    await phone.text('could not be saved');
    await phone.heading('About you and your baby');
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});

test('private browsing in WebKit: storage works for the visit, with no notice', async () => {
  const phone = await app.phone({ args: ['--private'] });
  try {
    await phone.open();
    await onboard(phone);
    assert.equal(await phone.cssCount('.callout--stop'), 0);
    assert.doesNotMatch(await phone.mainText(), /not letting the app save|could not be saved/);
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});

test('no vibration in WebKit: cues play without it, and Settings says it works only where the phone supports it', async () => {
  const phone = await app.phone();
  try {
    await phone.open();
    assert.equal(await phone.run(() => 'vibrate' in navigator), false, 'WebKit has no navigator.vibrate');
    await onboard(phone);
    await play(phone);
    // Phase changes are where the app vibrates: go through a few.
    for (let i = 0; i < 3; i++) {
      const before = await where(phone);
      await phone.click('button', 'Skip', { exact: true });
      await phone.until(async () => JSON.stringify({ ...(await where(phone)), timer: 0 }) !== JSON.stringify({ ...before, timer: 0 }), 'the next phase');
    }
    await phone.open('#/settings');
    await phone.role('checkbox', /Vibration/);
    await phone.text('Where the phone supports it.');
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});

test('wake lock: held where WebKit grants it ("Screen stays on"); missing or refused, the player runs without the chip', async () => {
  const cases = [
    ['granted by WebKit itself', {}],
    ['missing (Safari before 16.4)', { features: ['-ScreenWakeLockAPI'] }],
    ['refused (as in a home-screen app on older iOS)', {
      // On the prototype: WebKitGTK's navigator.wakeLock need not return the same object twice.
      init: `if (window.WakeLock) WakeLock.prototype.request = () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'));`,
    }],
  ];
  for (const [label, options] of cases) {
    const phone = await app.phone(options);
    try {
      await phone.open();
      await onboard(phone);
      const hasApi = await phone.run(() => 'wakeLock' in navigator);
      // What WebKit answers here, asked the same way the app asks (before the player does).
      const granted = hasApi && await phone.run(async () => {
        try { const s = await navigator.wakeLock.request('screen'); await s.release(); return true; } catch { return false; }
      });
      await play(phone);
      await phone.click('button', 'Skip', { exact: true });
      await phone.until(async () => (await where(phone)).phase !== 'Get ready', 'the first round of work');
      if (granted) {
        await phone.text('Screen stays on');
      } else {
        // The timer runs on, and nothing claims the screen stays on.
        const t = (await where(phone)).timer;
        await phone.until(async () => (await where(phone)).timer !== t, 'the timer to run');
        // The refusal really is in the page (not WebKit happening to refuse).
        const refusing = !label.startsWith('refused') || await phone.run(
          () => String(navigator.wakeLock?.request).includes('NotAllowedError'));
        assert.ok(refusing, `${label}: the test's refusal was not in the page`);
        assert.equal(await phone.cssCount('.player__chip'), 0, `${label}: no "Screen stays on"`);
      }
      if (label.startsWith('granted')) assert.ok(granted, 'WebKitGTK grants the wake lock to a visible page');
      assert.equal(hasApi, !label.startsWith('missing'), `${label}: navigator.wakeLock`);
      assert.deepEqual(await phone.errors(), [], label);
    } finally {
      await phone.quit();
    }
  }
});

/** Two windows of one MiniBrowser: the routine plays in the first; the second defers. */
async function twoTabs(phone) {
  await phone.open();
  await onboard(phone);
  await play(phone);
  const first = await phone.driver.getWindowHandle();
  await phone.driver.switchTo().newWindow('tab');
  await phone.open('#/play');
  await phone.heading('A routine is running in another tab');
  await phone.click('button', 'Continue here instead');
  await phone.css('.player .player__name');
  await phone.driver.switchTo().window(first);
  await phone.heading('Your routine moved to another tab');
  assert.deepEqual(await phone.errors(), []);
}

test('Web Locks: a routine plays in one tab at a time, and can move', async () => {
  const phone = await app.phone();
  try {
    await phone.open();
    assert.equal(await phone.run(() => typeof navigator.locks?.request), 'function');
    await twoTabs(phone);
  } finally {
    await phone.quit();
  }
});

test('no Web Locks (Safari before 15.4): the localStorage heartbeat does the same', async () => {
  const phone = await app.phone({ features: ['-WebLocksAPI'] });
  try {
    await phone.open();
    assert.equal(await phone.run(() => 'locks' in navigator), false);
    await twoTabs(phone);
  } finally {
    await phone.quit();
  }
});

test('no date input (older WebKit draws a text box): a typed ISO date works, a wrong one gets a plain message', async () => {
  const phone = await app.phone({ features: ['-InputTypeDate'] });
  try {
    await phone.open();
    await phone.click('button', /I understand/);
    const date = await phone.label('Birth date');
    assert.equal(await phone.run((el) => el.type, date), 'text', 'WebKit fell back to a text box');
    await phone.click('radio', 'Vaginal birth', { exact: true });
    await date.sendKeys('last spring');
    await phone.click('button', 'Save and see my routine');
    await phone.text("Please enter your baby's birth date.");
    const iso = await phone.run(() => new Date(Date.now() - 70 * 86_400_000).toISOString().slice(0, 10));
    await date.clear();
    await date.sendKeys(iso);
    await phone.click('button', 'Save and see my routine');
    await phone.heading('Today');
    assert.match(await phone.mainText(), /10 weeks since the birth/);
    assert.deepEqual(await phone.errors(), []);
  } finally {
    await phone.quit();
  }
});
