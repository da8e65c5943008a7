import { describe, expect, it } from 'vitest';
import { amountParts } from '../../src/core/domain/amount/index.ts';
import { barChart, type BarDatum } from '../../src/core/present/charts/barChart.ts';
import { plotToSvg } from '../../src/core/present/render/plotToSvg.ts';
import { expectSvgSnapshot } from '../support/svg-snapshot.ts';

// The 전남 우리동네 복지기동대 cumulative households as reported (2020, 2021, 2022, 2023 releases).
const households: BarDatum[] = [
  { label: '2019~2020년', value: 7141, display: '7,141 가구' },
  { label: '2019~2021년', value: 36000, display: '3만 6천 가구' },
  { label: '2019~2022년', value: 64000, display: '6만 4천여 가구' },
  { label: '2019~2023년', value: 140800, display: '14만 800 가구' },
];
const tick = (n: number) => amountParts(n, '가구', { style: 'compact' }).number;

describe('barChart → SVG', () => {
  it('vertical bars of a reported series match the reviewed snapshot', async () => {
    const svg = plotToSvg(barChart(households, { valueLabel: '누적 지원 가구 (가구)', tickFormat: tick }), {
      id: 'snap-bar',
      title: '전라남도 복지기동대 누적 지원 가구',
      description: '2019~2020년 7,141 가구, 2019~2023년 14만 800 가구.',
    });
    await expectSvgSnapshot('bar-vertical', svg);
  });

  it('horizontal bars (long 시군 names) match the reviewed snapshot', async () => {
    const data: BarDatum[] = [
      { label: '해남군', value: 5200, display: '5,200 가구' },
      { label: '화순군', value: 3100, display: '3,100 가구' },
      { label: '진도군', value: 900, display: '900 가구' },
    ];
    const svg = plotToSvg(barChart(data, { valueLabel: '지원 가구', tickFormat: tick, orientation: 'horizontal' }), {
      id: 'snap-barh',
      title: '시군별 지원 가구',
      description: '해남군 5,200 가구 …',
    });
    await expectSvgSnapshot('bar-horizontal', svg);
  });

  it('is accessible and standalone: role=img, labelled by its own title and desc, xmlns, no aria-label on groups', () => {
    const svg = plotToSvg(barChart(households, { valueLabel: '가구', tickFormat: tick }), {
      id: 'a11y',
      title: '제목 <b>',
      description: '설명 & 값',
    });
    expect(svg).toMatch(/^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/role="img"/);
    expect(svg).toContain('aria-labelledby="a11y-title a11y-desc"');
    expect(svg).toContain('<title id="a11y-title">제목 &lt;b&gt;</title>');
    expect(svg).toContain('<desc id="a11y-desc">설명 &amp; 값</desc>');
    expect(svg).not.toMatch(/<g[^>]*aria-label=/);
    expect(svg).toContain('14만 800 가구');
  });

  it('renders the same bytes twice (no random class names)', () => {
    const render = () =>
      plotToSvg(barChart(households, { valueLabel: '가구', tickFormat: tick }), {
        id: 'same',
        title: 't',
        description: 'd',
      });
    expect(render()).toBe(render());
    expect(render()).not.toMatch(/plot-[0-9a-f]{6}/);
  });
});

describe('stabilise(svg, id)', () => {
  it('rounds coordinates in attributes but never the text of labels', async () => {
    const { stabilise } = await import('../../src/core/present/render/plotToSvg.ts');
    expect(stabilise('<text x="1.23456" y="7.891">35.065%</text>', 'x')).toBe('<text x="1.23" y="7.89">35.065%</text>');
  });
});
