import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/fs-utils.ts';
import { contentSecurityPolicy } from '../../src/astro-adapter/csp.ts';
import { DIST } from '../support/paths.ts';

const pages = (await listFiles(DIST)).filter((f) => f.endsWith('.html'));
const read = (f: string) => readFileSync(join(DIST, f), 'utf8');

describe('every built page is locked down', () => {
  it('found the built pages', () => expect(pages.length).toBeGreaterThan(0));

  it('carries the Content Security Policy meta (no inline scripts, no objects, no base changes)', () => {
    expect(contentSecurityPolicy).toMatch(/script-src 'self'(;|$)/);
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).toContain("base-uri 'none'");
    const missing = pages.filter(
      (f) => !read(f).includes(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}"`),
    );
    expect(missing).toEqual([]);
  });

  it('has no inline script, no inline event handler and no javascript: URL', () => {
    const offences: string[] = [];
    for (const f of pages) {
      const html = read(f);
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const attrs = m[1] ?? '';
        const json = /type="application\/(ld\+)?json"/.test(attrs);
        if (!/\bsrc=/.test(attrs) && !json && (m[2] ?? '').trim() !== '') offences.push(`${f}: inline script`);
      }
      if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) offences.push(`${f}: inline event handler`);
      if (/(href|src|action)\s*=\s*["']?\s*(javascript|vbscript|data:text\/html)/i.test(html))
        offences.push(`${f}: script URL`);
    }
    expect(offences).toEqual([]);
  });

  it('loads no resource from another origin (scripts, styles, images, frames, fonts)', () => {
    const offences: string[] = [];
    for (const f of pages) {
      const html = read(f);
      for (const m of html.matchAll(
        /<(script|link|img|iframe|source|audio|video|embed|object)\b[^>]*\s(src|href|srcset|data)\s*=\s*["']([^"']+)["']/gi,
      )) {
        const tag = (m[1] ?? '').toLowerCase();
        const url = m[3] ?? '';
        const isNavigationLink = tag === 'link' && /rel=["'](canonical|alternate)["']/.test(m[0]);
        if (/^(https?:)?\/\//i.test(url) && !isNavigationLink) offences.push(`${f}: <${tag}> ${url}`);
      }
      if (/@import\s+url\(\s*["']?https?:/i.test(html) || /url\(\s*["']?https?:\/\//i.test(html))
        offences.push(`${f}: CSS from another origin`);
    }
    expect(offences).toEqual([]);
  });
});
