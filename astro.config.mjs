import { defineConfig } from 'astro/config';
import config from './site.config.json' with { type: 'json' };
import { resolveSiteLocation } from './src/core/site/siteLocation.ts';

// The canonical address is committed in site.config.json (deployers edit it there); the environment overrides it,
// e.g. for a sub-path (GitHub Pages style) or a preview:
//   BOKJI_SITE=https://example.org BOKJI_BASE=/bokji-atlas npm run build
// BOKJI_SITE= (empty) builds without a site address: handed-out links are then root-relative.
const { site, base } = resolveSiteLocation(config, process.env);

export default defineConfig({
  site,
  base,
  output: 'static',
  outDir: process.env.BOKJI_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
