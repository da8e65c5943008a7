import { describe, expect, it } from 'vitest';
import { SHORT_DESCRIPTION_MAX, shortChartDescription } from '../../../src/core/publish/shortDescription.ts';

describe('shortChartDescription', () => {
  it('keeps a short description, which already says what the picture shows', () => {
    const chart = { title: '여수시 사회복지 예산', description: '여수시 2016년 2,659억 원, 2017년 2,901억 원' };
    expect(shortChartDescription(chart)).toBe(chart.description);
  });
  it('replaces a national description (every unit and year) by the title and where the values are, never a cut list', () => {
    const description = Array.from({ length: 230 }, (_, i) => `지역${i} 2025년 ${i}만 원`).join('; ');
    const alt = shortChartDescription({ title: '1인당 사회복지 예산: 지역별 추이', description });
    expect(description.length).toBeGreaterThan(SHORT_DESCRIPTION_MAX);
    expect(alt).toBe('1인당 사회복지 예산: 지역별 추이. 그림의 값은 모두 이 페이지의 표와 CSV에 있습니다.');
    expect(alt.length).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
  });
});
