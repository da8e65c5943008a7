import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../build/support.ts';
import { accepted } from '../fixtures/hostile.ts';
import { launchChromium } from '../support/browser.ts';
import { REPO } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;
let scratch: string;
let server: StaticServer;
let browser: Browser;

/** The minimal fixture, with every accepted hostile string placed in a text field that pages display. */
async function hostileData(dir: string): Promise<void> {
  await cp(join(REPO, 'test/pipeline/cases/minimal/input'), dir, { recursive: true });
  await cp(join(REPO, 'data/regions'), join(dir, 'regions'), { recursive: true });
  const [a, b, c, d, e, f, g, h] = accepted;
  const sources = await readFile(join(dir, 'sources/main.csv'), 'utf8');
  await writeFile(
    join(dir, 'sources/main.csv'),
    sources.replace('전국 확산 ‘우리동네 복지기동대’ 성과 공유', a!.replace(/"/g, '""')).replace('여수포털 보도자료', csvCell(b!).slice(1, -1)).replace(',여수시,', `,${csvCell(c!)},`),
  );
  const figures = (await readFile(join(dir, 'figures/jeonnam-gidongdae.csv'), 'utf8')).split('\n');
  figures[1] = figures[1]!.replace('누적 지원 가구수(5년)', csvCell(d!)).replace(/,확인,$/, `,확인,${csvCell(e!)}`);
  figures[2] = figures[2]!.replace('누적 지원액(5년)', csvCell(f!)).replace('취약계층 14만 800 가구에 228억 원을 지원', csvCell(g!));
  await writeFile(join(dir, 'figures/jeonnam-gidongdae.csv'), figures.join('\n'));
  const programs = await readFile(join(dir, 'programs.csv'), 'utf8');
  await writeFile(join(dir, 'programs.csv'), programs.replace('읍면동 주민이 취약계층의 생활 불편을 고쳐 주는 사업.', csvCell(h!)));
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'bokji-hostile-'));
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
  const pages = ['', 'programs/jeonnam-gidongdae/', 'sources/jeonnam-20231214-gidongdae/', 'sources/yeosu-20160623-welfare/', 'regions/46/', 'data/', 'quality/'];
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
      for (const el of await page.locator('a, abbr, data, td, th, p, li').all()) await el.hover({ force: true, timeout: 200 }).catch(() => undefined);
      await page.keyboard.press('Tab');
      expect(events).toEqual([]);
      const injected = await page.evaluate(() => document.querySelectorAll('[onmouseover],[onfocus],[onerror],[onload],[autofocus],script:not([src])').length);
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
