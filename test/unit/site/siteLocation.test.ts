import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSiteLocation, sitePath, siteUrl } from '../../../src/core/site/siteLocation.ts';

const config = JSON.parse(readFileSync(new URL('../../../site.config.json', import.meta.url), 'utf8'));

describe('siteLocation', () => {
  it('the committed config gives a default build an absolute https site address and a report address', () => {
    const where = resolveSiteLocation(config, {});
    expect(where.site).toMatch(/^https:\/\/[a-z0-9.-]+$/);
    expect(where.base).toBe('/');
    expect(config.reportEmail).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(siteUrl('/sources/a/#b', where)).toBe(`${where.site}/sources/a/#b`);
  });

  it('BOKJI_SITE and BOKJI_BASE override the config; an empty BOKJI_SITE builds without a site address', () => {
    expect(resolveSiteLocation(config, { BOKJI_SITE: 'http://127.0.0.1:4321', BOKJI_BASE: '/bokji' })).toEqual({
      site: 'http://127.0.0.1:4321',
      base: '/bokji',
    });
    expect(resolveSiteLocation(config, { BOKJI_SITE: '' }).site).toBeUndefined();
  });

  it('handed-out addresses are absolute under the base path when the site is known, else base-relative', () => {
    expect(siteUrl('/bokji/x', { base: '/' })).toBe('/bokji/x');
    expect(siteUrl('/sources/a/#b', { site: 'https://example.org', base: '/bokji/' })).toBe(
      'https://example.org/bokji/sources/a/#b',
    );
    expect(siteUrl('sources/a/', { base: '/bokji' })).toBe('/bokji/sources/a/');
    expect(sitePath('/regions/', '/bokji/')).toBe('/bokji/regions/');
    expect(sitePath('/regions/', '/')).toBe('/regions/');
  });
});

describe('siteUrl', () => {
  it('gives an address with a fragment the URL parser’s form every time, though it keeps none of them', () => {
    const where = { site: 'https://example.org', base: '/bokji/' };
    const expected = 'https://example.org/bokji/sources/a/#%EC%B6%A9%EC%A3%BC%20%60x%60';
    expect(siteUrl('/sources/a/#충주 `x`', where)).toBe(expected);
    expect(siteUrl('/sources/a/#충주 `x`', where)).toBe(expected);
    expect(siteUrl('/sources/충주/', where)).toBe(new URL('/bokji/sources/충주/', 'https://example.org').href);
    expect(siteUrl('/sources/충주/', where)).toBe('https://example.org/bokji/sources/%EC%B6%A9%EC%A3%BC/');
  });
});
