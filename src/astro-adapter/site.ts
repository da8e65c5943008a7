import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  resolveSiteLocation,
  sitePath,
  siteUrl,
  type SiteConfig,
  type SiteLocation,
} from '../core/site/siteLocation.ts';

// Read once per process: astro.config.mjs, the pages and the image export (scripts/lib/export-images.ts) all resolve
// the same committed site.config.json with the same BOKJI_SITE / BOKJI_BASE overrides.
let config: SiteConfig | undefined;
let location: SiteLocation | undefined;

/** The committed site configuration (site.config.json at the repository root). */
export function siteConfig(): SiteConfig {
  config ??= JSON.parse(readFileSync(join(process.cwd(), 'site.config.json'), 'utf8')) as SiteConfig;
  return config;
}

/** This build's site address and base path. */
export function siteLocation(): SiteLocation {
  location ??= resolveSiteLocation(siteConfig(), process.env);
  return location;
}

/** Base-aware link between pages of the site (root-relative, so previews and test servers keep working). */
export function href(path: string): string {
  return sitePath(path, siteLocation().base);
}

/** An address handed out (citation, snippet, feed, meta tag): absolute when the build has a site address. */
export function permalink(path: string): string {
  return siteUrl(path, siteLocation());
}
