import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AwardRecord, EvaluationRecord, SourceRecord } from '../../src/core/domain/dataset/types.ts';
import { codesInSido } from '../../src/core/present/map/layers.ts';
import type { KoreaTopology } from '../../src/core/present/map/types.ts';
import { awardDotChart } from '../../src/core/present/charts/awardDotChart.ts';
import { awardMapChart } from '../../src/core/present/charts/awardMapChart.ts';
import { loadRegionEntries } from '../support/loadRegistry.ts';
import { expectSvgSnapshot } from '../support/svg-snapshot.ts';

const topology = JSON.parse(
  readFileSync(new URL('../../data/geo/korea.topo.json', import.meta.url), 'utf8'),
) as KoreaTopology;
const regions = loadRegionEntries();
const sources: SourceRecord[] = [
  {
    id: 'syn',
    kind: '보도자료',
    title: '가상 보도자료',
    issuer: '가상 기관',
    published: '2023-12-14',
    url: null,
    locator: null,
    reliability: '원문',
    note: null,
  },
];
const evaluation: EvaluationRecord = {
  id: 'syn-eval',
  name: '가상 복지 평가',
  organiser: '가상 기관',
  kind: null,
  description: null,
};

/** Fixed synthetic awards (names and codes real, results invented). */
function award(
  id: string,
  year: number,
  code: string,
  identity: string,
  name: string,
  grade: string,
  category: string | null = null,
): AwardRecord {
  return {
    id,
    source: 'syn',
    quote: null,
    status: '확인',
    note: null,
    origin: 'x:1',
    evaluation: 'syn-eval',
    year,
    category,
    grade,
    rank: null,
    prize: null,
    region: { written: name, code, identity, name, fullName: name, asOf: `${year}-12-01` },
  };
}
const jeonnam = [
  award('j1', 2023, '46870', '12870', '영광군', '대상'),
  award('j2', 2023, '46880', '12880', '장성군', '최우수상'),
  award('j3', 2023, '46810', '12810', '강진군', '우수상'),
  award('j4', 2024, '46820', '12820', '해남군', '대상'),
  award('j5', 2024, '46900', '12900', '진도군', '장려상'),
  award('j6', 2025, '46900', '12900', '진도군', '장려상'),
  award('j7', 2025, '46', '46', '전라남도', '특별상'),
];
const national = [
  award('n1', 2022, '27290', '27290', '달서구', '대상', '희망복지지원단 운영'),
  award('n2', 2022, '27290', '27290', '달서구', '우수상', '지역사회보장계획'),
  award('n3', 2022, '41390', '41390', '시흥시', '대상'),
  award('n4', 2021, '27', '27', '대구광역시', '최우수'),
  award('n5', 2020, '47111', '47111', '포항시 남구', '장려상'),
];

describe('award chart snapshots', () => {
  it('dot plot by 시군 when every award lies in one 시도', async () => {
    const chart = awardDotChart({ evaluation, awards: jeonnam, regions, sources })!;
    expect(chart.id).toBe('awards-syn-eval-dots');
    expect(chart.rows).toHaveLength(7);
    expect(chart.svg).toContain('<title>2023년 영광군 대상</title>');
    await expectSvgSnapshot('award-dots-sigun', chart.svg);
  });

  it('dot plot by 시도 across the country, several awards of one cell side by side', async () => {
    const chart = awardDotChart({ evaluation, awards: national, regions, sources })!;
    // Rows are the short 시도 names from the registry, in code order (대구 27, 경기 41, 경북 47).
    const labels = [...chart.svg.matchAll(/<text[^>]*>(대구|경기|경북)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['대구', '경기', '경북']);
    await expectSvgSnapshot('award-dots-sido', chart.svg);
  });

  it('no dot plot for fewer than three awards', () => {
    expect(awardDotChart({ evaluation, awards: national.slice(0, 2), regions, sources })).toBeNull();
  });

  it('map of the best grade per 시군 in one 시도, legend in grade words, 시도-level award listed beside', async () => {
    const chart = awardMapChart({
      evaluation,
      year: 2025,
      awards: jeonnam.filter((a) => a.year === 2025),
      regions,
      sources,
      topology,
      featureCodes: codesInSido(topology, '46'),
    });
    expect(chart.id).toBe('awards-syn-eval-2025-map');
    expect(chart.page).toBe('/awards/2025/');
    expect(chart.svg).toContain('>수상 기록 없음</text>');
    expect(chart.svg).toContain('>장려</text>');
    expect(chart.svg).not.toContain('등급0.5');
    expect(chart.svg).not.toContain('tabindex');
    expect(chart.svg).toContain('진도군: 장려상');
    expect(chart.notes[0]).toContain('전라남도 특별상');
    await expectSvgSnapshot('award-map-jeonnam', chart.svg);
  });

  it('national map: a 행정구 is drawn on its 시 and noted', () => {
    const chart = awardMapChart({
      evaluation,
      year: 2020,
      awards: national.filter((a) => a.year === 2020),
      regions,
      sources,
      topology,
    });
    expect(chart.svg).toMatch(/data-code="47110"[^>]*fill="#009E73"/);
    expect(chart.notes.some((n) => n.includes('포항시 남구'))).toBe(true);
  });
});
