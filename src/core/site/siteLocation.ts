/**
 * The one place that turns a site path (from routes.ts) into an address. Every citation, snippet, image footer, CSV
 * permalink, feed and meta tag goes through `siteUrl`; in-page navigation goes through `sitePath` so that the built
 * site also works when served from another origin (a preview, the test server).
 */

/** Where the site lives: `site` is the absolute origin (may be absent in a build without one), `base` the sub-path. */
export interface SiteLocation {
  site?: string | undefined;
  base: string;
}

/** The committed site configuration (site.config.json): canonical address, base path and error-report address. */
export interface SiteConfig {
  site: string;
  base: string;
  reportEmail: string;
}

/**
 * The build's location: the environment (BOKJI_SITE / BOKJI_BASE) overrides the committed config. An empty
 * BOKJI_SITE means "no site address" (relative links everywhere), which the copy buttons then complete in the browser.
 */
export function resolveSiteLocation(
  config: Pick<SiteConfig, 'site' | 'base'>,
  env: { BOKJI_SITE?: string | undefined; BOKJI_BASE?: string | undefined },
): SiteLocation {
  const site = env.BOKJI_SITE !== undefined ? env.BOKJI_SITE : config.site;
  return { site: site || undefined, base: env.BOKJI_BASE || config.base || '/' };
}

/** A site path under the base path, root-relative (`/bokji/sources/x/`): for links between pages of the site. */
export function sitePath(path: string, base: string): string {
  const trimmed = base === '/' ? '' : base.replace(/\/+$/, '');
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

// Addresses made so far, by site and path: a national build hands out the same few thousand addresses hundreds of
// thousands of times, and the URL parser that normalises them was seconds of every build. Addresses with a fragment
// are not kept: nearly every one names one record (`/sources/x/#id`), so at the 1× synthetic scale the map held
// ~120 MB of them per Astro process (a heap profile of the build) and a lookup of such a long key costs about as much
// as parsing it again.
const absolute = new Map<string, string>();

/** A site path as an address to hand out: absolute when the site address is known, else root-relative. */
export function siteUrl(path: string, where: SiteLocation): string {
  const rooted = sitePath(path, where.base);
  if (!where.site) return rooted;
  if (rooted.includes('#')) return new URL(rooted, where.site).href;
  const key = `${where.site}\n${rooted}`;
  let href = absolute.get(key);
  if (href === undefined) {
    href = new URL(rooted, where.site).href;
    absolute.set(key, href);
  }
  return href;
}
