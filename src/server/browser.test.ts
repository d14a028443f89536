import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_WEB_ROOT } from './app.js';
import { makeArticle } from '../store/testing/articles.js';
import { HOSTILE_TEXT, startTestServer, type TestServer } from './testing/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'test-results';
const missing = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing (apt-get install chromium)`
  : !existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))
    ? `the web UI is not built (npm run build)`
    : undefined;
if (missing) console.log(`# browser tests skipped: ${missing}`);

let server: TestServer;
let context: BrowserContext;
let page: Page;
let profile: string;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

before(async () => {
  if (missing) return;
  server = await startTestServer();
  profile = mkdtempSync(join(tmpdir(), 'kroniek-chromium-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(request.url()) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
});

after(async () => {
  await context?.close();
  await server?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Waits until `locator` matches exactly `count` elements (the UI renders after its requests answer). */
async function waitForCount(locator: ReturnType<Page['locator']>, count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await locator.count()) !== count) {
    if (Date.now() > deadline) assert.equal(await locator.count(), count, `count of ${locator}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
const rows = () => page.locator('table.events tbody tr');

test('the articles page lists the articles and searches them', { skip: missing }, async () => {
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Latest articles' }).waitFor();
  await waitForCount(page.locator('.article-list li'), 4);
  await shot('articles');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('blockade');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('heading', { name: /Articles matching/ }).waitFor();
  await waitForCount(page.locator('.article-list li'), 1);
  await shot('search');
});

test('an article shows its text with its events marked, their status and who reports them', { skip: missing }, async () => {
  await page.getByRole('link', { name: 'China warns Taiwan' }).click();
  await page.getByRole('heading', { name: 'China warns Taiwan' }).waitFor();
  assert.deepEqual(await page.locator('.event-card .badge').allTextContents(), ['THREATEN', 'asserted', 'CONSULT', 'reported']);
  assert.equal(await page.locator('.hl-event').first().textContent(), 'China');
  assert.match((await page.locator('.article-text').textContent()) ?? '', /^China threatened Taiwan with a blockade on Monday\./);
  await page.locator('.event-card').nth(1).click();
  await page.locator('.hl-event.selected').first().waitFor();
  assert.equal(await page.locator('.hl-event.selected').first().textContent(), 'The ');
  assert.match((await page.locator('.event-card').first().textContent()) ?? '', /asserts\s*China/);
  await shot('article');
});

test('markup in an article is shown as text and runs nothing', { skip: missing }, async () => {
  await page.goto(`${server.url}#/articles`);
  await page.getByRole('link', { name: /Spying row/ }).click();
  await page.locator('.article-text').waitFor();
  assert.equal(await page.locator('.article-text').textContent(), HOSTILE_TEXT);
  assert.equal(await page.locator('.article-text script, .article-text img, h1 b').count(), 0);
  assert.equal(await page.locator('h1').textContent(), 'Spying row <b onmouseover="window.__pwned=1">escalates</b>');
  await page.locator('h1').hover();
  assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
  await shot('hostile');
});

test('the events page: clicking an actor in the network and filtering narrow the table', { skip: missing }, async () => {
  await page.getByRole('link', { name: 'Events', exact: true }).click();
  await page.getByRole('heading', { name: '6 events' }).waitFor();
  await waitForCount(rows(), 6);
  const network = page.getByTestId('network');
  await network.locator('canvas').first().waitFor();
  await shot('events');

  const box = (await network.boundingBox())!;
  const at = await network.evaluate((element: HTMLElement & { kroniekGraph?: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }) =>
    element.kroniekGraph!.getElementById('Q865').renderedPosition(),
  );
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await page.getByRole('heading', { name: '4 events' }).waitFor();
  assert.match(page.url(), /actor=Q865/);
  await shot('events-actor');

  await page.locator('details.multi summary').first().click();
  await page.locator('input[name=type][value=THREATEN]').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.getByRole('heading', { name: '1 event' }).waitFor();
  await waitForCount(rows(), 1);
  assert.deepEqual(await rows().locator('td.evidence').allTextContents(), ['China threatened Taiwan with a blockade']);
  await shot('events-filtered');
});

test('an article added in the UI is analysed, stored and opened', { skip: missing }, async () => {
  await page.getByRole('button', { name: '+ Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.locator('textarea').fill('The Dutch government met Belgian ministers in Brussels on Monday.');
  await dialog.getByLabel('Title').fill('Benelux <i>talks</i>');
  await dialog.getByLabel('Published').fill('2024-05-06');
  await shot('add-article');
  await dialog.getByRole('button', { name: 'Analyse and store' }).click();
  await page.getByRole('heading', { name: 'Benelux <i>talks</i>' }).waitFor();
  assert.match(page.url(), /#\/articles\/5$/);
  assert.match((await page.locator('.article-text').textContent()) ?? '', /^The Dutch government met/);
});

test('a store without events says so, and why', { skip: missing }, async () => {
  const withoutEvents = await startTestServer({
    articles: [makeArticle({ id: 'plain', title: 'Talks in Geneva', published: '2024-04-02', text: 'The United States and China met in Geneva on Tuesday.' })],
  });
  try {
    await page.goto(`${withoutEvents.url}#/events`);
    await page.getByText('No events coded yet.').waitFor();
    await shot('no-events');
    await page.goto(`${withoutEvents.url}#/articles`);
    await page.getByRole('link', { name: 'Talks in Geneva' }).click();
    await page.getByText(/No events coded in this article/).waitFor();
    await shot('article-without-events');
  } finally {
    await withoutEvents.stop();
  }
});

test('no script ran, no page error, no request left the server', { skip: missing }, async () => {
  assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(foreignRequests, []);
});
