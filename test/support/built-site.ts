import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { DIST } from './paths.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
}

/**
 * For a browser test file: serves the built site (BOKJI_DIST, under BOKJI_BASE if set) on 127.0.0.1 and launches
 * Debian's Chromium before the tests, and closes both after them.
 */
export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serveStatic(DIST, process.env.BOKJI_BASE ?? '/');
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
