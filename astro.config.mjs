import { defineConfig } from 'astro/config';

// The site can be served from a domain root or a sub-path (GitHub Pages style):
//   BOKJI_SITE=https://example.org BOKJI_BASE=/bokji-atlas npm run build
// `site` is only needed for absolute URLs (feeds, social cards, canonical links); without it they are omitted.
const site = process.env.BOKJI_SITE || undefined;
const base = process.env.BOKJI_BASE || '/';

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
