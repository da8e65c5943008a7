import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScratch, runBuild } from '../build/support.ts';
import { accepted } from '../fixtures/hostile.ts';
import { launchChromium } from '../support/browser.ts';
import { REPO } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let scratch: string;
let server: StaticServer;
let browser: Browser;

/** Rewrites one CSV file of the fixture through papaparse, so any text can be placed in any cell. */
async function editCsv(file: string, edit: (rows: Record<string, string>[]) => void): Promise<void> {
  const parsed = Papa.parse<Record<string, string>>(await readFile(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  edit(parsed.data);
  await writeFile(file, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' })}\n`);
}

/** The minimal fixture, with every accepted hostile string placed in a text field that pages display. */
async function hostileData(dir: string): Promise<void> {
  await cp(join(REPO, 'test/pipeline/cases/minimal/input'), dir, { recursive: true });
  await cp(join(REPO, 'data/regions'), join(dir, 'regions'), { recursive: true });
  const [a, b, c, d, e, f, g, h] = accepted;
  await editCsv(join(dir, 'sources/main.csv'), (rows) => {
    rows[0]!.title = a!;
    rows[0]!.locator = b!;
    rows[2]!.issuer = c!;
  });
  await editCsv(join(dir, 'figures/jeonnam-gidongdae.csv'), (rows) => {
    rows[0]!.metric = d!;
    rows[0]!.note = e!;
    rows[1]!.metric = f!;
    rows[1]!.quote = g!;
  });
  await editCsv(join(dir, 'programs.csv'), (rows) => {
    rows[0]!.description = h!;
  });
}

beforeAll(async () => {
  scratch = await buildScratch('hostile');
  await hostileData(join(scratch, 'data'));
  const run = runBuild({ dist: join(scratch, 'dist'), dataOut: join(scratch, 'out'), dataSrc: join(scratch, 'data') });
  expect(run.status, run.stderr).toBe(0);
  server = await serveStatic(join(scratch, 'dist'));
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('hostile data is shown as inert text', () => {
  const pages = [
    '',
    'programs/jeonnam-gidongdae/',
    'sources/jeonnam-20231214-gidongdae/',
    'sources/yeosu-20160623-welfare/',
    'regions/46/',
    'data/',
    'quality/',
  ];
  for (const path of pages) {
    it(`/${path}: no script runs, no dialog, no console error`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const events: string[] = [];
      page.on('dialog', (d) => {
        events.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on('console', (m) => m.type() === 'error' && events.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
      const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      // Hover and focus everything that could carry an injected handler.
      for (const el of await page.locator('a, abbr, data, td, th, p, li').all())
        await el.hover({ force: true, timeout: 200 }).catch(() => undefined);
      await page.keyboard.press('Tab');
      expect(events).toEqual([]);
      const injected = await page.evaluate(
        () =>
          document.querySelectorAll('[onmouseover],[onfocus],[onerror],[onload],[autofocus],script:not([src])').length,
      );
      expect(injected).toBe(0);
      await context.close();
    });
  }

  it('shows the payloads literally where the data puts them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}sources/jeonnam-20231214-gidongdae/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain(accepted[0]);
    expect(text).toContain(accepted[6]);
    await page.close();
  });
});
