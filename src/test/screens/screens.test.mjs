// The service's pages in a real browser (Debian's Chromium, driven by playwright-core), against the
// packaged service that ScreensIT starts. ScreensIT passes what the pages need in the environment:
//   BASE_URL          the service, e.g. http://127.0.0.1:8081
//   CHROMIUM          the browser, e.g. /usr/bin/chromium
//   SCREENSHOTS       where each page's picture at phone and TV size is kept
//   PROCEDURE_CODE, PROCEDURE_NAME   a published procedure
//   QR_URL            a receipt's QR code (the look-up page, its code, its secret in the fragment)
//   DOSSIER_CODE      that dossier's code
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
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
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
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
  await page.getByLabel('Tên hoặc mã thủ tục').fill(env('PROCEDURE_NAME').split(' ').slice(0, 6).join(' '));
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

test('every page: pictures at phone and TV size, and no serious accessibility problem', async () => {
  const qr = new URL(env('QR_URL'));
  await picturesAndAccessibility('catalogue', '/', (page) => page.locator('#results li').first().waitFor());
  await picturesAndAccessibility('procedure', `/thu-tuc?ma=${encodeURIComponent(env('PROCEDURE_CODE'))}`,
    (page) => page.getByRole('heading', { level: 1 }).waitFor());
  await picturesAndAccessibility('lookup', qr.pathname + qr.search + qr.hash,
    (page) => page.locator('#status').waitFor());
});
