import { describe, it } from 'vitest';
import { amountParts } from '../../src/core/domain/amount/index.ts';
import { barChart, type BarDatum } from '../../src/core/present/charts/barChart.ts';
import { composeExportSvg } from '../../src/core/present/render/exportSvg.ts';
import { plotToSvg } from '../../src/core/present/render/plotToSvg.ts';
import { expectSvgSnapshot } from '../support/svg-snapshot.ts';

// 전라남도 우리동네 복지기동대, cumulative households supported as reported in the 2020–2023 releases.
const households: BarDatum[] = [
  { label: '2019~2020년', value: 7141, display: '7,141 가구' },
  { label: '2019~2021년', value: 36000, display: '3만 6천 가구' },
  { label: '2019~2022년', value: 64000, display: '6만 4천여 가구' },
  { label: '2019~2023년', value: 140800, display: '14만 800 가구' },
];

describe('composeExportSvg → standalone chart image', () => {
  it('frames a bar chart with title, unit and period, notes, 출처 and permalink (reviewed snapshot)', async () => {
    const title = '전라남도 복지기동대: 누적 지원 가구';
    const description = '전라남도 복지기동대 누적 지원 가구. 2019~2020년 7,141 가구, 2019~2023년 14만 800 가구.';
    const svg = plotToSvg(
      barChart(households, {
        valueLabel: '누적 지원 가구 (가구)',
        tickFormat: (n) => amountParts(n, '가구', { style: 'compact' }).number,
      }),
      { id: 'chart-snap', title, description },
    );
    const out = composeExportSvg({
      id: 'snap-export',
      svg,
      title,
      subtitle: '단위: 가구 · 누적, 발표된 값 그대로 (기간은 발표 문서 기준)',
      description,
      sourceLine: '출처: 전라남도, 「전국 확산 ‘우리동네 복지기동대’ 성과 공유」, 2023년 12월 14일',
      notes: ['누적 수치는 발표마다 집계 방식이 다를 수 있어 연도별 실적으로 나누지 않았습니다.'],
      credit:
        '복지 아틀라스 · https://example.org/programs/jeonnam-gidongdae/#jeonnam-gidongdae-households-supported-cumulative-46',
    });
    await expectSvgSnapshot('export-frame', out.svg);
  });
});
