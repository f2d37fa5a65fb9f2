// WebKit journeys' helpers: WebKitGTK's WebDriver (`WebKitWebDriver`, Debian's
// webkit2gtk-driver) drives MiniBrowser through selenium-webdriver (plain W3C WebDriver,
// no DevTools protocol), against the release build served on 127.0.0.1.
//
// WebDriver has no init scripts, so the server adds one same-origin script to every
// index.html it sends (`/__webkit/init.js`): it records page errors for `errors()`, and a
// test can add its own lines first (`app.server.init = '...'`) to stand in for a browser
// edge (storage that throws, a wake lock that is refused). The app's Content Security
// Policy allows it ('self'), so the policy is still enforced on everything else.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer as netServer } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after, test as nodeTest } from 'node:test';
import { Builder, By } from 'selenium-webdriver';
import { MIME, serveFolders } from '../e2e/support.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const distDir = process.env.DIST_DIR ?? join(root, 'dist');
export const outputDir = join(root, 'e2e', 'output');
export const PHONE = { width: 390, height: 844 };
const WAIT_MS = Number(process.env.WEBKIT_WAIT_MS ?? 15_000);

/**
 * MiniBrowser's path, found at run time: $MINIBROWSER, else the `webkit2gtk-4.*` folder
 * of a system library directory (Debian's multiarch one, /usr/lib, /usr/lib64, or
 * /usr/libexec on Fedora-like systems), else whatever dpkg says libwebkit2gtk ships.
 */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  const bases = ['/usr/lib', '/usr/lib64', '/usr/libexec', '/usr/local/lib', '/usr/local/libexec'];
  const dirs = [];
  for (const base of bases) {
    if (!existsSync(base)) continue;
    dirs.push(base);
    for (const sub of readdirSync(base)) if (/-linux-gnu/.test(sub)) dirs.push(join(base, sub));
  }
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const webkit = readdirSync(dir).filter((d) => /^webkit2?gtk-[0-9.]+$/.test(d)).sort().reverse();
    for (const d of webkit) {
      const path = join(dir, d, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  }
  try {
    const listed = execFileSync('sh', ['-c', 'dpkg -L $(dpkg-query -W -f "\\${Package}\\n" "libwebkit*gtk*" 2>/dev/null) 2>/dev/null | grep "/MiniBrowser$" | head -1'], { encoding: 'utf8' }).trim();
    if (listed) return listed;
  } catch { /* not Debian */ }
  throw new Error('MiniBrowser not found: install webkit2gtk-driver (./scripts/setup.sh test) or set MINIBROWSER');
}

export const webDriverPath = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = netServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free loopback port; resolves once it answers /status. */
async function startDriver() {
  const port = await freePort();
  // In its own process group, so stopping it also stops any MiniBrowser it started: an
  // orphaned MiniBrowser keeps the stderr pipe (and so this test file) open for ever.
  const child = spawn(webDriverPath, [`--port=${port}`, '--host=local'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const url = `http://127.0.0.1:${port}`;
  const start = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${stderr}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() - start > 20_000) throw new Error(`WebKitWebDriver did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
    child.stderr.destroy();
    child.unref();
  };
  return { url, stop };
}

const WATCH = `
(() => {
  const errors = (window.__webkitErrors = []);
  addEventListener('error', (e) => errors.push('error: ' + (e.message || e.type)));
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => errors.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
  const error = console.error.bind(console);
  console.error = (...args) => { errors.push(args.map(String).join(' ')); error(...args); };
  // How many times the page has changed: tells a click that landed from one that did not.
  window.__webkitChanges = 0;
  const count = () => { window.__webkitChanges += 1; };
  addEventListener('hashchange', count);
  new MutationObserver(count).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
})();
`;

/**
 * Serves `dir` with e2e/support.mjs's serveFolders, adding `/__webkit/init.js` to every
 * page (index.html and the desk's desk.html): the test's `init` lines, then the error
 * watcher.
 */
export async function serveDist(dir = distDir) {
  const state = { init: '' };
  const server = await serveFolders(dir, {
    routes: { '/__webkit/init.js': () => ({ type: MIME['.js'], body: `${state.init}\n${WATCH}` }) },
    transform: (file, body) => (/(index|desk)\.html$/.test(file)
      ? body.toString('utf8').replace('</head>', '<script src="./__webkit/init.js"></script></head>')
      : body),
  });
  return Object.assign(state, server);
}

/**
 * Serves the release build and starts WebKitWebDriver once for a test file. `app.phone()`
 * opens a fresh MiniBrowser (empty storage) at phone size; WebKitWebDriver runs one
 * session at a time, so a test closes its phone (`quit()`) before the next one opens.
 */
export function appUnderTest() {
  const app = { server: null, driver: null, minibrowser: null };
  before(async () => {
    app.minibrowser = findMiniBrowser();
    app.server = await serveDist();
    app.driver = await startDriver();
  });
  after(async () => {
    app.driver?.stop();
    await app.server?.close();
  });
  /**
   * A fresh MiniBrowser. `features` are WebKit feature switches (`-ScreenWakeLockAPI`
   * turns one off; MiniBrowser -F help lists them); `args` more MiniBrowser flags;
   * `init` script lines run before the app on every page load.
   */
  app.phone = async ({ features = [], args = [], init = '' } = {}) => {
    app.server.init = init;
    const browserArgs = ['--automation', ...args];
    if (features.length) browserArgs.push(`--features=${features.join(',')}`);
    const session = () => new Builder()
      .usingServer(app.driver.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: app.minibrowser, args: browserArgs },
      })
      .build();
    // Now and then MiniBrowser never comes up and WebKitWebDriver waits for it for ever:
    // give a session 30 s, then start a fresh WebKitWebDriver and try again (3 tries).
    let driver;
    for (let attempt = 1; !driver; attempt++) {
      const pending = session();
      let timer;
      const late = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no session after 30 s')), 30_000);
      });
      try {
        driver = await Promise.race([pending, late]);
      } catch (err) {
        if (attempt >= 3) throw new Error(`MiniBrowser did not start (${attempt} tries): ${err.message}`);
        pending.then((d) => d.quit()).catch(() => {});
        app.driver.stop();
        app.driver = await startDriver();
      } finally {
        clearTimeout(timer);
      }
    }
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });
    await driver.manage().window().setRect({ width: PHONE.width, height: PHONE.height });
    return new Phone(driver, app.server.origin);
  };
  return app;
}

/** Whitespace-normalised text, as accessible names are compared. */
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** In the page: elements of an ARIA role (or a label/text) whose accessible name matches. */
const FIND = function (kind, arg, nameSpec, opts, within) {
  const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text) => {
    text = squash(text);
    if (nameSpec === null) return true;
    if (nameSpec.regex) return new RegExp(nameSpec.regex, nameSpec.flags).test(text);
    return opts.exact ? text === nameSpec.text : text.toLowerCase().includes(nameSpec.text.toLowerCase());
  };
  const visible = (el) => !el.closest('[aria-hidden="true"], [hidden], .visually-hidden') && el.getClientRects().length > 0;
  const name = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label;
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    if (el.labels && el.labels.length) return [...el.labels].map((l) => l.textContent).join(' ');
    if (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
    return el.textContent;
  };
  const ROLES = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"], summary',
    link: 'a[href], [role="link"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    radio: 'input[type="radio"], [role="radio"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    timer: '[role="timer"]',
    navigation: 'nav, [role="navigation"]',
    group: 'fieldset, [role="group"]',
    textbox: 'input:not([type]), input[type="text"], input[type="number"], textarea, [role="textbox"]',
  };
  const scope = within ?? document;
  if (kind === 'role') {
    let found = [...scope.querySelectorAll(ROLES[arg])].filter((el) => (arg === 'radio' || arg === 'checkbox') || visible(el));
    if (opts.level) found = found.filter((el) => (el.getAttribute('aria-level') ?? el.tagName.slice(1)) === String(opts.level));
    return found.filter((el) => matches(name(el)));
  }
  if (kind === 'label') {
    return [...scope.querySelectorAll('input, select, textarea')].filter((el) => matches(name(el)));
  }
  // kind === 'text': the innermost visible elements whose own text matches.
  const all = [...scope.querySelectorAll('body *')].filter((el) => !['SCRIPT', 'STYLE'].includes(el.tagName) && visible(el) && matches(el.textContent));
  return all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
};

const spec = (name) => {
  if (name === undefined || name === null) return null;
  if (name instanceof RegExp) return { regex: name.source, flags: name.flags };
  return { text: squash(name) };
};

/**
 * node:test's `test` for a WebKit journey. A journey whose WebKit session disappears
 * mid-way (NoSuchSessionError: MiniBrowser gone, which is the browser failing under the
 * virtual display, not the app) is run once more, saying so; any other failure, or a
 * second lost session, fails it as usual.
 */
export function test(name, ...rest) {
  const fn = rest.pop();
  return nodeTest(name, ...rest, async (t) => {
    try {
      await fn(t);
    } catch (e) {
      if (e?.name !== 'NoSuchSessionError') throw e;
      t.diagnostic(`the WebKit session was lost (${e.name}); running the journey once more`);
      await fn(t);
    }
  });
}

/** One MiniBrowser window (or several, with `newTab`) and what a journey does in it. */
export class Phone {
  constructor(driver, origin) {
    this.driver = driver;
    this.origin = origin;
  }

  /** Opens a hash route and waits until the app has rendered (`html[data-ready]`). */
  async open(hash = '#/') {
    await this.driver.get(`${this.origin}/${hash}`);
    // The physiotherapist's desk is its own page: the app hands `#/physio` to desk.html.
    if (hash.startsWith('#/physio')) {
      await this.until(() => this.run(() => location.pathname.endsWith('/desk.html')), 'desk.html');
    }
    await this.ready();
  }

  async ready() {
    await this.until(() => this.run(() => document.documentElement.hasAttribute('data-ready')), 'html[data-ready]');
  }

  async reload() {
    await this.driver.navigate().refresh();
    await this.ready();
  }

  run(fn, ...args) {
    return this.driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  }

  /** Waits until `fn` resolves truthy; its value is returned. No fixed sleeps. */
  until(fn, what, timeout = WAIT_MS) {
    return this.driver.wait(async () => {
      try {
        return await fn();
      } catch (e) {
        if (e?.name === 'StaleElementReferenceError') return false;
        throw e;
      }
    }, timeout, `timed out waiting for ${what}`);
  }

  async all(kind, arg, name, { within = null, ...opts } = {}) {
    return this.driver.executeScript(`return (${FIND}).apply(null, arguments)`, kind, arg, spec(name), opts, within);
  }

  /** Waits for exactly one element of `role` named `name`, and returns it. */
  async role(role, name, opts = {}) {
    const what = `${role} "${name}"${opts.level ? ` (level ${opts.level})` : ''}`;
    const el = await this.until(async () => {
      const found = await this.all('role', role, name, opts);
      if (found.length > 1) throw new Error(`${found.length} elements match ${what}`);
      return found[0] ?? false;
    }, what);
    // WebKit's own accessibility tree must agree (WebDriver's computed role).
    const computed = await el.getAriaRole();
    if (computed !== role) throw new Error(`${what}: WebKit computes the role "${computed}"`);
    return el;
  }

  async count(role, name, opts = {}) {
    return (await this.all('role', role, name, opts)).length;
  }

  heading(name, level = 1) {
    return this.role('heading', name, { level });
  }

  async label(name, opts = {}) {
    return this.until(async () => (await this.all('label', null, name, opts))[0] ?? false, `field labelled "${name}"`);
  }

  async text(text) {
    return this.until(async () => (await this.all('text', null, text))[0] ?? false, `text "${text}"`);
  }

  async click(role, name, opts) {
    const el = await this.role(role, name, opts);
    await this.clickElement(el);
  }

  /**
   * A real WebDriver click (a user gesture). WebDriver scrolls the element just into
   * view, where the fixed bottom bars may cover it: then it is scrolled to the middle
   * of the screen and clicked again. Hidden inputs are clicked through their label.
   */
  async clickElement(el) {
    const changes = () => this.run(() => window.__webkitChanges ?? 0).catch(() => null);
    const before = await changes();
    try {
      await el.click();
      return;
    } catch (e) {
      if (e?.name === 'WebDriverError') {
        // Now and then WebKitWebDriver answers a click with a bare "unknown error" although
        // the click landed. It did if the element left the page or the page changed at
        // all (a toggle clicked twice would undo itself); otherwise it is clicked again.
        await this.driver.sleep(200);
        const attached = await this.run((target) => target.isConnected, el).catch(() => false);
        const after = await changes();
        if (attached && before !== null && after === before) await el.click();
        return;
      }
      if (e?.name !== 'ElementClickInterceptedError' && e?.name !== 'ElementNotInteractableError') throw e;
    }
    await this.run((target) => target.scrollIntoView({ block: 'center', inline: 'center' }), el);
    try {
      await el.click();
    } catch (e) {
      if (e?.name !== 'ElementNotInteractableError' && e?.name !== 'ElementClickInterceptedError') throw e;
      const label = await this.run((input) => input.labels?.[0] ?? input.closest('label'), el);
      if (!label) throw e;
      await label.click();
    }
  }

  async fill(labelText, value, opts) {
    const el = await this.label(labelText, opts);
    await el.clear();
    await el.sendKeys(value);
    return el;
  }

  async css(selector) {
    return this.until(async () => (await this.driver.findElements(By.css(selector)))[0] ?? false, selector);
  }

  async cssCount(selector) {
    return (await this.driver.findElements(By.css(selector))).length;
  }

  async textOf(selector) {
    return squash(await this.run((s) => document.querySelector(s)?.textContent ?? '', selector));
  }

  async mainText() {
    return squash(await this.run(() => document.querySelector('main')?.textContent ?? document.body.textContent));
  }

  /** Page errors, console errors and policy violations since this page loaded. */
  errors() {
    return this.run(() => window.__webkitErrors ?? ['the error watcher is missing']);
  }

  async snap(name) {
    await mkdir(outputDir, { recursive: true });
    await writeFile(join(outputDir, `${name}.png`), await this.driver.takeScreenshot(), 'base64');
  }

  /** Ends the session; one that does not answer in 15 s is left to the driver's stop. */
  async quit() {
    let timer;
    const late = new Promise((resolve) => {
      timer = setTimeout(resolve, 15_000);
    });
    try {
      await Promise.race([this.driver.quit().catch(() => {}), late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Past the first-run notice and through onboarding (as e2e/support.mjs's `onboard`):
 * weeks since the birth, how she gave birth.
 */
export async function onboard(phone, { weeksAgo = 10, delivery = 'Vaginal birth' } = {}) {
  await phone.click('button', /I understand/);
  await phone.heading('About you and your baby');
  // The switch to weeks is a toggle: a click WebKitWebDriver drops leaves the date field.
  // Until the weeks field shows, the switch is pressed again while it still offers weeks.
  await phone.until(async () => {
    if ((await phone.all('label', null, 'About how many weeks ago?', {})).length > 0) return true;
    const [toggle] = await phone.all('role', 'button', "I'd rather say how many weeks ago", {});
    if (toggle) await toggle.click().catch(() => {});
    await phone.driver.sleep(300);
    return false;
  }, 'the weeks field');
  await phone.fill('About how many weeks ago?', String(weeksAgo));
  await phone.click('radio', delivery, { exact: true });
  await phone.click('button', 'Save and see my routine');
  await phone.heading('Today');
}

/** The player's step: exercise, phase, timer, "Exercise n of m" and the rep. */
export async function where(phone) {
  return phone.run(() => {
    const t = (s) => (document.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { name: t('.player__name'), phase: t('.player__phase'), timer: t('[role="timer"]'), step: t('.player__meta span'), reps: t('.player__reps') };
  });
}

/** Clicks the player's "Skip", then waits until the step has moved on (or the player has finished). */
export async function skip(phone) {
  const before = await where(phone);
  await phone.click('button', 'Skip', { exact: true });
  await phone.until(async () => {
    if ((await phone.cssCount('.player')) === 0) return true;
    const now = await where(phone);
    return ['name', 'phase', 'step', 'reps'].some((k) => now[k] !== before[k]);
  }, 'the player to move on after Skip');
}
