import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLocation } from '../../src/astro-adapter/site.ts';
import { DIST } from '../support/paths.ts';

// Reads the built site: with the committed site address (site.config.json) every address handed out is absolute.
const where = siteLocation();
const read = (...parts: string[]) => readFileSync(join(DIST, ...parts), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** The text with every (balanced, possibly nested) parenthesised part removed. */
function outsideParentheses(value: string): string {
  let out = value;
  for (let prev = ''; prev !== out;) [prev, out] = [out, out.replace(/\([^()]*\)/g, '')];
  return out;
}
const citation = (html: string, id: string, lang: 'ko' | 'en') =>
  text(new RegExp(`id="${id}-cite-${lang}"[^>]*>([\\s\\S]*?)</p>`).exec(html)?.[1] ?? '').trim();

describe('site address in a default build', () => {
  // A default build has the committed address; a build with BOKJI_SITE= (empty) is not what this suite checks.
  const origin = (where.site ?? '').replace(/\/$/, '');
  it('the build has a site address (site.config.json or BOKJI_SITE)', () => {
    expect(origin).toMatch(/^https?:\/\//);
  });

  it('citations, canonical and og links, feeds, CSV permalinks and the sitemap are absolute', () => {
    const home = read('index.html');
    expect(home).toContain(`<link rel="canonical" href="${origin}/">`);
    expect(home).toMatch(new RegExp(`property="og:image" content="${origin}/charts/[^"]+\\.png"`));
    expect(home).toMatch(new RegExp(`type="application/atom\\+xml"[^>]*href="${origin}/feeds/all\\.atom"`));
    expect(read('feeds', 'all.atom')).toContain(`href="${origin}/sources/`);
    const csv = read('data', 'figures.csv');
    expect(csv).toContain(`${origin}/sources/`);
    expect(csv).not.toMatch(/,\/sources\//);
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain(`<loc>${origin}/</loc>`);
    expect(sitemap).toContain(`<loc>${origin}/sources/jeonnam-20231214-gidongdae/</loc>`);
    expect(sitemap).not.toContain('/embed/');
  });

  it('three figures are cited with program, scope and period; English without Hangul outside parentheses', () => {
    const jeonnam = read('sources', 'jeonnam-20231214-gidongdae', 'index.html');
    const gangdong = read('sources', 'newsstep-20241218-gangdong-council', 'index.html');
    const cases = [
      [jeonnam, 'jeonnam-20231214-gidongdae-5', '우리동네 복지기동대', 'KRW 22.8 billion', 'cumulative 2019–2023'],
      [gangdong, 'newsstep-20241218-gangdong-council-1', '문고리사업', '274 households', 'door-knocking'],
      [
        gangdong,
        'newsstep-20241218-gangdong-council-2',
        '작년 같은 기간',
        '190 cases',
        'same period of the previous year',
      ],
    ] as const;
    for (const [html, id, ko, amount, qualifier] of cases) {
      const cKo = citation(html, id, 'ko');
      const cEn = citation(html, id, 'en');
      expect(cKo, id).toContain(ko);
      expect(cKo, id).toContain(`복지 아틀라스에서 인용: ${origin}/sources/`);
      expect(cEn, id).toContain(amount);
      expect(cEn, id).toContain(qualifier);
      expect(outsideParentheses(cEn), cEn).not.toMatch(/[\uac00-\ud7a3]/);
      expect(cEn, id).not.toMatch(/““|””|「/);
    }
    // Without a URL the citation says where the document was published.
    expect(citation(jeonnam, 'jeonnam-20231214-gidongdae-5', 'ko')).toContain('게재 위치: 여수포털 보도자료');
  });

  it('every source page: English citations have no Hangul outside parentheses', () => {
    const offences: string[] = [];
    for (const id of readdirSync(join(DIST, 'sources'))) {
      if (id.endsWith('.html')) continue;
      const html = read('sources', id, 'index.html');
      for (const m of html.matchAll(/id="([^"]+)-cite-en"[^>]*>([\s\S]*?)<\/p>/g)) {
        const en = text(m[2] ?? '').trim();
        if (/[\uac00-\ud7a3]/.test(outsideParentheses(en))) offences.push(`${id}#${m[1]}: ${en}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('the home page states how current the data is; every page has a report address', () => {
    const home = read('index.html');
    expect(text(home)).toMatch(/가장 최근 출처 문서 \d{4}년 \d+월 \d+일, 마지막 자료 수정 \d{4}년 \d+월 \d+일/);
    for (const page of [
      'index.html',
      join('about', 'index.html'),
      join('sources', 'jeonnam-20231214-gidongdae', 'index.html'),
    ])
      expect(read(page), page).toMatch(/href="mailto:[^"?]+@[^"?]+\?subject=/);
  });
});
