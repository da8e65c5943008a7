import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../support/paths.ts';

/**
 * The browser tests run every axe rule in light and only the colour rules in dark (test/support/axe.ts). That is sound
 * only while dark mode changes nothing but colours: every declaration under a dark selector or media query must set a
 * colour custom property or color-scheme.
 */
const STYLES = join(REPO, 'src', 'styles');

/** Declarations of every rule that applies only in dark mode, with the file they are in. */
function darkDeclarations(css: string): string[] {
  const out: string[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // Blocks inside @media (prefers-color-scheme: dark) { … } (one level of nesting is all the stylesheets use).
  for (const media of text.matchAll(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{((?:[^{}]*\{[^{}]*\})*)[^{}]*\}/g))
    for (const block of media[1]!.matchAll(/\{([^{}]*)\}/g)) out.push(...block[1]!.split(';'));
  // Rules selected by the embed's ?theme=dark.
  for (const rule of text.matchAll(/([^{}]*\[data-theme=['"]dark['"]\][^{}]*)\{([^{}]*)\}/g))
    out.push(...rule[2]!.split(';'));
  return out.map((d) => d.trim()).filter(Boolean);
}

describe('the dark palette changes colours only', () => {
  const files = readdirSync(STYLES).filter((f) => f.endsWith('.css'));
  const all = files.flatMap((f) => darkDeclarations(readFileSync(join(STYLES, f), 'utf8')).map((d) => `${f}: ${d}`));

  it('finds the dark rules (site.css media query and embed.css ?theme=dark)', () => {
    expect(all.filter((d) => d.startsWith('site.css')).length).toBeGreaterThan(5);
    expect(all.filter((d) => d.startsWith('embed.css')).length).toBeGreaterThan(5);
  });

  it('sets only --ba-* colour properties and color-scheme', () => {
    expect(all.filter((d) => !/^\S+\.css: (--ba-[a-z-]+:\s*#[0-9a-f]{3,8}|color-scheme:\s*[a-z ]+)$/i.test(d))).toEqual(
      [],
    );
  });

  it('no component carries its own dark-mode styles', () => {
    const grep = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? grep(join(dir, e.name))
          : /\.(astro|ts|css)$/.test(e.name) &&
              !/styles$/.test(dir) &&
              /prefers-color-scheme|data-theme=.dark/.test(readFileSync(join(dir, e.name), 'utf8'))
            ? [join(dir, e.name)]
            : [],
      );
    expect(grep(join(REPO, 'src')).filter((f) => !f.endsWith('Embed.astro'))).toEqual([]);
  });
});
