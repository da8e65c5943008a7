import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../src/core/domain/dataset/types.ts';
import { namedSources, shortSourcesLine, sourcesLine } from '../../../src/core/publish/citation.ts';
import { SOURCES_IN_FULL } from '../../../src/core/site/sourceLists.ts';

const source = (i: number): SourceRecord => ({
  id: `s${i}`,
  kind: '보도자료',
  title: `문서 ${i}`,
  issuer: '보건복지부',
  published: '2024-03-05',
  url: null,
  locator: null,
  reliability: '공식',
  note: null,
});
const list = (n: number) => Array.from({ length: n }, (_, i) => source(i));

describe('namedSources', () => {
  it('keeps every distinct source up to the limit, in order', () => {
    const r = namedSources([source(2), source(0), source(2), source(1)], 3);
    expect(r.named.map((s) => s.id)).toEqual(['s2', 's0', 's1']);
    expect(r.more).toBe(0);
  });

  it('names one fewer than the limit past it, so 외 N건 always counts two or more', () => {
    expect(namedSources(list(4), 3)).toMatchObject({ more: 2 });
    expect(namedSources(list(4), 3).named.map((s) => s.id)).toEqual(['s0', 's1']);
    expect(namedSources(list(40), 1)).toMatchObject({ more: 39 });
  });
});

describe('shortSourcesLine', () => {
  it('is the full 출처 line up to SOURCES_IN_FULL', () => {
    expect(shortSourcesLine(list(SOURCES_IN_FULL))).toBe(sourcesLine(list(SOURCES_IN_FULL)));
  });

  it('names the first sources of a longer list and counts the rest', () => {
    const line = shortSourcesLine(list(40));
    expect(line).toBe(`${sourcesLine(list(SOURCES_IN_FULL - 1))} 외 ${40 - SOURCES_IN_FULL + 1}건`);
    expect(line.startsWith('출처: 보건복지부, 「문서 0」, 2024년 3월 5일')).toBe(true);
  });
});
