import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshness } from '../../../src/core/views/freshness.ts';
import { reportMailto } from '../../../src/core/site/reportLink.ts';

describe('freshness', () => {
  it('names the newest full source date and the later of it and the committed change date', () => {
    const f = freshness([{ published: '2024-12-18' }, { published: '2025' }, { published: null }], '2026-11-29');
    expect(f).toEqual({
      newestSource: '2024-12-18',
      lastChange: '2026-11-29',
      sentence: '자료 기준: 가장 최근 출처 문서 2024년 12월 18일, 마지막 자료 수정 2026년 11월 29일.',
    });
    expect(freshness([{ published: '2027-01-02' }], '2026-11-29').lastChange).toBe('2027-01-02');
  });

  it('data/VERSION.json is a full date', () => {
    const v = JSON.parse(readFileSync(new URL('../../../data/VERSION.json', import.meta.url), 'utf8'));
    expect(v.changed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('reportMailto', () => {
  it('puts the page permalink into subject and body, percent-encoded', () => {
    const link = reportMailto('errors@example.org', 'https://example.org/sources/a/');
    expect(link.startsWith('mailto:errors@example.org?subject=')).toBe(true);
    const params = new URLSearchParams(link.slice(link.indexOf('?') + 1));
    expect(params.get('subject')).toBe('[복지 아틀라스 오류] https://example.org/sources/a/');
    expect(params.get('body')).toContain('페이지: https://example.org/sources/a/');
  });
});
