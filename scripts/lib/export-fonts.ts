// The Korean font of the image export: Noto Sans KR from @embedpdf/fonts-kr, cut down at build time to the characters
// the build draws. resvg re-reads a font file for every glyph it shapes, so a 4.5 MB file made text layout ~30× slower
// than a subset of a few hundred KB; the glyph outlines (and so the pixels) are the same.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';

let fonts: string[] | undefined;

/** Noto Sans KR Regular and Bold: the package hides its files behind `exports`, so find them next to its main entry. */
export function exportFontFiles(): string[] {
  if (fonts) return fonts;
  const main = createRequire(import.meta.url).resolve('@embedpdf/fonts-kr');
  const dir = join(dirname(main), '..', 'fonts');
  const files = ['NotoSansKR-Regular.otf', 'NotoSansKR-Bold.otf'].map((f) => join(dir, f));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`한글 글꼴이 없습니다. Korean font missing: ${missing.join(', ')}`);
  fonts = files;
  return files;
}

/**
 * A subset of the export fonts: its files (Regular, Bold), an id that changes whenever their bytes could, and the id
 * of what any one image drawn with it looks like: the source fonts and the subsetting tools. A subset holding more
 * characters draws an image's own characters exactly as one holding fewer (same outlines, advances and kerning), so
 * the PNG cache keys on `glyphsId` plus the image's SVG: a new character elsewhere in the data does not re-render
 * every chart.
 */
export interface FontSubset {
  files: string[];
  id: string;
  glyphsId: string;
}

/** What draws text in the build: an image id (for the error message) and the characters it draws. */
export interface DrawnText {
  id: string;
  chars: ReadonlySet<string>;
}

/**
 * Makes (or reuses from `dir`) the subset of Regular and Bold that holds every character in `drawn`, then checks
 * that each subset really maps each of those characters: a character the font lacks would otherwise be drawn as
 * nothing or a box, so it fails the build instead, naming the character and the images that draw it.
 */
export async function exportFontSubset(drawn: readonly DrawnText[], dir: string): Promise<FontSubset> {
  const chars = [...new Set(drawn.flatMap((d) => [...d.chars]))].sort();
  const text = chars.join('');
  const sources = await Promise.all(exportFontFiles().map((f) => readFile(f)));
  const versions = ['subset-font', 'harfbuzzjs'].map(packageVersion);
  const glyphs = createHash('sha256').update(JSON.stringify(['font-subset-v1', versions]));
  for (const source of sources) glyphs.update(source);
  const glyphsId = glyphs.digest('hex').slice(0, 16);
  const id = createHash('sha256').update(`${glyphsId}\n${text}`).digest('hex').slice(0, 16);
  await mkdir(dir, { recursive: true });
  const files = exportFontFiles().map((f) => join(dir, `${id}-${f.split('/').pop()}`));
  for (const [i, file] of files.entries()) {
    if (existsSync(file)) continue;
    // Typographic family and subfamily (name ids 16, 17): without them the Bold face is called "Noto Sans KR Bold"
    // and resvg no longer finds it as the bold weight of "Noto Sans KR".
    const subset = await subsetFont(sources[i]!, text, { targetFormat: 'sfnt', preserveNameIds: [16, 17] });
    await writeFile(`${file}.tmp`, subset);
    await rename(`${file}.tmp`, file);
  }
  // Older subsets are never used again (their id is in no cache key of this build).
  for (const name of await readdir(dir)) if (!name.startsWith(`${id}-`)) await rm(join(dir, name), { force: true });
  for (const file of files) assertCovers(new Face(new Blob(await readFile(file))).collectUnicodes(), drawn, file);
  return { files, id, glyphsId };
}

function assertCovers(unicodes: Uint32Array, drawn: readonly DrawnText[], file: string): void {
  const mapped = new Set(unicodes);
  const missing = new Map<string, string[]>();
  for (const d of drawn)
    for (const ch of d.chars) if (!mapped.has(ch.codePointAt(0)!)) missing.set(ch, [...(missing.get(ch) ?? []), d.id]);
  if (!missing.size) return;
  const list = [...missing].map(
    ([ch, ids]) =>
      `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in ${ids.slice(0, 5).join(', ')}` +
      (ids.length > 5 ? ` and ${ids.length - 5} more` : ''),
  );
  throw new Error(
    `글꼴에 없는 글자를 그리는 이미지가 있습니다. An image draws characters its font (${file.split('/').pop()}) ` +
      `lacks:\n  ${list.join('\n  ')}\n그 글자를 바꾸거나 지우십시오. Change or remove those characters.`,
  );
}

/** The version of an installed package (read from its package.json). */
export function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve(name);
  let dir = dirname(main);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (require(join(dir, 'package.json')) as { version: string }).version;
}
