// The service's pages in a real browser (Debian's Chromium, driven by playwright-core), against the
// packaged service that ScreensIT starts. ScreensIT passes what the pages need in the environment:
//   BASE_URL          the service, e.g. http://127.0.0.1:8081
//   CHROMIUM          the browser, e.g. /usr/bin/chromium
//   SCREENSHOTS       where each page's picture at phone and TV size is kept
//   PROCEDURE_CODE, PROCEDURE_NAME   a published procedure
//   QR_URL            a receipt's QR code (the look-up page, its code, its secret in the fragment)
//   DOSSIER_CODE      that dossier's code
//   HALL_CENTER, HALL_GROUP  the hall's center and the name of the group its counter Q01 serves
//   COUNTER_USER, COUNTER_PASSWORD  Q01's officer at the OpenID provider (Keycloak)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through ScreensIT`);
  return value;
};
const BASE_URL = env('BASE_URL');
const SCREENSHOTS = env('SCREENSHOTS');
const SIZES = { phone: { width: 390, height: 844 }, tv: { width: 1920, height: 1080 } };

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: env('CHROMIUM'),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

/** A fresh page at a size, failing the test on any script error or failed request of the page. */
async function open(size = SIZES.phone) {
  const context = await browser.newContext({ viewport: size, locale: 'vi-VN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && ours(page.url()) && problems.push(`console: ${m.text()}`));
  // the service's own requests; the OpenID provider's sign-in page is not ours to judge
  const ours = (url) => url.startsWith(BASE_URL);
  page.on('requestfailed', (r) => ours(r.url()) && problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => ours(r.url()) && r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return { page, problems, close: () => context.close() };
}

/** axe-core's serious and critical findings on the page as it stands. */
async function accessibilityProblems(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Pictures at phone and TV size, and axe-core's verdict at both. */
async function picturesAndAccessibility(name, url, ready) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const { page, problems, close } = await open(viewport);
    await page.goto(BASE_URL + url);
    await ready(page);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${size}.png`, fullPage: size === 'phone' });
    assert.deepEqual(await accessibilityProblems(page), [], `${name} at ${size} size`);
    assert.deepEqual(problems, []);
    await close();
  }
}

test('the catalogue search finds a procedure and opens its detail', async () => {
  const { page, problems, close } = await open();
  await page.goto(BASE_URL + '/');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await page.getByLabel('Tên hoặc mã thủ tục').fill(env('PROCEDURE_NAME').split(' ').slice(0, 16).join(' '));
  const link = page.locator(`#results a[href="/thu-tuc?ma=${encodeURIComponent(env('PROCEDURE_CODE'))}"]`);
  await link.waitFor({ timeout: 5000 });
  await link.click();
  await page.waitForURL(/\/thu-tuc\?ma=/);
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: env('PROCEDURE_NAME') }).waitFor());
  await assert.doesNotReject(page.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor());
  assert.deepEqual(problems, []);
  await close();
});

test('an unknown procedure code says so', async () => {
  const { page, close } = await open();
  await page.goto(BASE_URL + '/thu-tuc?ma=KHONG-CO-MA-NAY');
  await assert.doesNotReject(page.getByRole('alert').filter({ hasText: 'Không có thủ tục này.' }).waitFor());
  await close();
});

test("the receipt's QR link shows the dossier's status and drops the secret from the address", async () => {
  const { page, problems, close } = await open();
  const qr = new URL(env('QR_URL'));
  await page.goto(BASE_URL + qr.pathname + qr.search + qr.hash);
  await assert.doesNotReject(page.locator('#status').filter({ hasText: 'Đã tiếp nhận' }).waitFor({ timeout: 5000 }));
  await assert.doesNotReject(page.getByRole('heading', { name: env('DOSSIER_CODE') }).waitFor());
  assert.equal(new URL(page.url()).hash, '', 'the secret stays out of the address bar');
  assert.deepEqual(problems, []);
  await close();
});

test('a wrong look-up code answers as nothing found', async () => {
  const { page, close } = await open();
  await page.goto(BASE_URL + '/tra-cuu');
  await page.getByLabel('Mã hồ sơ').fill(env('DOSSIER_CODE'));
  await page.getByLabel('Mã tra cứu').fill('SAI-MA-TRA-CUU');
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await assert.doesNotReject(page.getByRole('alert')
    .filter({ hasText: 'Không tìm thấy hồ sơ với mã và mã tra cứu này.' }).waitFor({ timeout: 5000 }));
  await close();
});

test('English is one click away, and remembered', async () => {
  const { page, close } = await open();
  await page.goto(BASE_URL + '/');
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await assert.doesNotReject(page.getByRole('heading', { name: 'Find an administrative procedure' }).waitFor());
  await page.goto(BASE_URL + '/tra-cuu');
  await assert.doesNotReject(page.getByRole('heading', { name: 'Dossier status' }).waitFor());
  await close();
});

/**
 * A TCP gate in front of the service, so that a page behind it can lose its network for real: cut() drops
 * every connection and refuses new ones until mend().
 */
function gate() {
  const target = new URL(BASE_URL);
  const sockets = new Set();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const [a, b] of [[client, upstream], [upstream, client]]) {
      sockets.add(a);
      a.pipe(b);
      a.on('error', () => b.destroy());
      a.on('close', () => {
        sockets.delete(a);
        b.destroy();
      });
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    cut() {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    mend() {
      open = true;
    },
    close() {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
  })));
}

/** Q01's officer signs in at the console through the OpenID provider (code flow with PKCE) and opens the counter. */
async function signInAtConsole(page) {
  await page.goto(`${BASE_URL}/quay`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('#username').fill(env('COUNTER_USER'));
  await page.locator('#password').fill(env('COUNTER_PASSWORD'));
  await page.locator('#kc-login').click();
  const open = page.getByRole('button', { name: 'Mở quầy' });
  const callNext = page.getByRole('button', { name: 'Gọi số tiếp theo' });
  await open.or(callNext).waitFor({ timeout: 10000 });
  assert.equal(new URL(page.url()).search, '', 'the code and state leave the address bar');
  if (await open.isVisible()) await open.click();
  await callNext.waitFor();
}

/** The console calls the next ticket; returns once it shows the expected number. */
async function callAtConsole(page, expected) {
  await page.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await page.locator('#current-number', { hasText: expected }).waitFor({ timeout: 5000 });
}

/** The kiosk of the hall's center gives a ticket for group A; returns its number. */
async function takeTicketAtKiosk(kiosk) {
  await kiosk.getByRole('button', { name: env('HALL_GROUP') }).click();
  const number = kiosk.locator('#ticket-number');
  await number.waitFor({ timeout: 5000 });
  return (await number.textContent()).trim();
}

test('a ticket taken at the kiosk is on the board within a second of its call at the console, also after a drop', async () => {
  const network = await gate();
  const desk = await open(SIZES.phone);
  const board = await open(SIZES.tv);
  const kiosk = await open(SIZES.phone);
  try {
    await signInAtConsole(desk.page);
    await board.page.goto(`${network.url}/bang-goi-so?center=${env('HALL_CENTER')}`);
    await board.page.getByRole('heading', { name: 'Đang chờ' }).waitFor({ timeout: 5000 });
    await kiosk.page.goto(`${BASE_URL}/kiosk?center=${env('HALL_CENTER')}`);

    const first = await takeTicketAtKiosk(kiosk.page);
    await kiosk.page.screenshot({ path: `${SCREENSHOTS}/kiosk-ticket-phone.png`, fullPage: true });
    await callAtConsole(desk.page, first);
    await assert.doesNotReject(board.page.locator(`#calls td[data-ticket="${first}"]`).waitFor({ timeout: 1000 }),
      `${first} was not on the board within a second of its call`);
    await board.page.screenshot({ path: `${SCREENSHOTS}/board-tv.png` });
    await desk.page.screenshot({ path: `${SCREENSHOTS}/console-phone.png`, fullPage: true });
    assert.deepEqual(await accessibilityProblems(desk.page), [], 'the console');
    await desk.page.getByRole('button', { name: 'Bắt đầu phục vụ' }).click();
    await desk.page.locator('.current', { hasText: 'Đang phục vụ' }).waitFor();
    await desk.page.getByRole('button', { name: 'Hoàn thành' }).click();
    await desk.page.getByText('Chưa gọi số nào.').waitFor();

    // the board's network drops: it says so, reconnects by itself, and shows the calls made meanwhile
    network.cut();
    await assert.doesNotReject(board.page.getByRole('status').filter({ hasText: 'Mất kết nối' }).waitFor({ timeout: 5000 }));
    await kiosk.page.getByRole('button', { name: 'Xong' }).click();
    const second = await takeTicketAtKiosk(kiosk.page);
    await callAtConsole(desk.page, second);
    network.mend();
    // it tries again after 1 s, then 2, 4, ... at most 15 s apart
    await assert.doesNotReject(board.page.locator(`#calls td[data-ticket="${second}"]`).waitFor({ timeout: 20000 }),
      `${second}, called while the board was offline, did not appear after it reconnected`);
    assert.equal(await board.page.getByRole('status').textContent(), '');
    assert.deepEqual([...kiosk.problems, ...desk.problems], []);
  } finally {
    await kiosk.close();
    await board.close();
    await desk.close();
    network.close();
  }
});

test('every page: pictures at phone and TV size, and no serious accessibility problem', async () => {
  const qr = new URL(env('QR_URL'));
  await picturesAndAccessibility('catalogue', '/', (page) => page.locator('#results li').first().waitFor());
  await picturesAndAccessibility('procedure', `/thu-tuc?ma=${encodeURIComponent(env('PROCEDURE_CODE'))}`,
    (page) => page.getByRole('heading', { level: 1 }).waitFor());
  await picturesAndAccessibility('lookup', qr.pathname + qr.search + qr.hash,
    (page) => page.locator('#status').waitFor());
  await picturesAndAccessibility('kiosk', `/kiosk?center=${env('HALL_CENTER')}`,
    (page) => page.locator('#groups button').first().waitFor());
  await picturesAndAccessibility('board', `/bang-goi-so?center=${env('HALL_CENTER')}`,
    (page) => page.locator('#calls tr').first().waitFor());
  await picturesAndAccessibility('console-signed-out', '/quay',
    (page) => page.getByRole('button', { name: 'Đăng nhập' }).waitFor());
});

test('the kiosk gives a ticket for a procedure found by its name, in its group', async () => {
  const { page, problems, close } = await open(SIZES.phone);
  await page.goto(`${BASE_URL}/kiosk?center=${env('HALL_CENTER')}`);
  await page.getByLabel('Tên thủ tục').fill(env('PROCEDURE_NAME').split(' ').slice(0, 16).join(' '));
  const found = page.locator(`#procedures button[data-procedure="${env('PROCEDURE_CODE')}"]`);
  await found.waitFor({ timeout: 5000 });
  await page.getByLabel('Tên thủ tục').press('Enter'); // stays on the page
  await found.click();
  await assert.doesNotReject(page.locator('#ticket-number').waitFor({ timeout: 5000 }));
  assert.match((await page.locator('#ticket-number').textContent()).trim(), /^[A-Z]{1,3}\d{3}$/);
  assert.deepEqual(problems, []);
  await close();
});
