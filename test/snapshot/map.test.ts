import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderChoropleth, type RegionValue } from '../../src/core/present/map/choropleth.ts';
import { codesInSido, codesOf } from '../../src/core/present/map/layers.ts';
import { sequentialPalette } from '../../src/core/present/map/scales.ts';
import type { KoreaTopology } from '../../src/core/present/map/types.ts';
import { expectSvgSnapshot } from '../support/svg-snapshot.ts';

const topology = JSON.parse(
  readFileSync(new URL('../../data/geo/korea.topo.json', import.meta.url), 'utf8'),
) as KoreaTopology;

// Names of the 22 전남 시군 (unchanged by the 2026-07-01 recoding; codes are the geometry vintage's).
const JEONNAM: Record<string, string> = {
  '46110': '목포시',
  '46130': '여수시',
  '46150': '순천시',
  '46170': '나주시',
  '46230': '광양시',
  '46710': '담양군',
  '46720': '곡성군',
  '46730': '구례군',
  '46770': '고흥군',
  '46780': '보성군',
  '46790': '화순군',
  '46800': '장흥군',
  '46810': '강진군',
  '46820': '해남군',
  '46830': '영암군',
  '46840': '무안군',
  '46860': '함평군',
  '46870': '영광군',
  '46880': '장성군',
  '46890': '완도군',
  '46900': '진도군',
  '46910': '신안군',
};

/** Fixed synthetic figures: a hash of the code, one explicit zero and every 11th value missing. */
function syntheticValues(codes: readonly string[], nameOf: (code: string) => string): Map<string, RegionValue> {
  return new Map(
    codes.map((code) => {
      const v = code === '46110' ? 0 : (Number(code) * 7919) % 97;
      const value = v % 11 === 5 ? null : v;
      return [
        code,
        { value, label: value === null ? '' : `${value}억 원`, name: nameOf(code), href: `/regions/${code}/` },
      ];
    }),
  );
}

const scale = { kind: 'threshold' as const, domain: [20, 40, 60, 80], colors: sequentialPalette('blues', 5) };
const common = { formatLegend: (n: number) => `${n}억 원`, legendTitle: '복지 예산(가상)', outline: 'sido' as const };

describe('map snapshots', () => {
  it('national 자치단체 map', async () => {
    const codes = codesOf(topology, 'sigungu');
    const { svg, missing } = renderChoropleth({
      ...common,
      topology,
      layer: 'sigungu',
      values: syntheticValues(codes, (code) => JEONNAM[code] ?? `지역 ${code}`),
      scale,
      title: '시군구별 복지 예산 (가상 자료)',
      description: '229개 시군구의 가상 예산을 5단계 색으로 나타낸 시험용 지도',
      idPrefix: 'snap-national',
    });
    expect(missing).toEqual([]);
    await expectSvgSnapshot('map-national', svg);
  });

  it('전남 22 시군 map', async () => {
    const codes = codesInSido(topology, '46');
    const { svg, missing } = renderChoropleth({
      ...common,
      topology,
      layer: 'sigungu',
      featureCodes: codes,
      values: syntheticValues(codes, (code) => JEONNAM[code]!),
      scale,
      title: '전남 시군별 복지 예산 (가상 자료)',
      description: '전라남도 22개 시군의 가상 예산을 5단계 색으로 나타낸 시험용 지도',
      idPrefix: 'snap-jeonnam',
    });
    expect(missing).toEqual([]);
    await expectSvgSnapshot('map-jeonnam', svg);
  });
});
