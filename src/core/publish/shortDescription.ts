import type { Chart } from '../present/charts/chartModel.ts';

/** Longest short description (X/Twitter's limit for image descriptions is 420 characters). */
export const SHORT_DESCRIPTION_MAX = 400;

/**
 * A chart in a few words, for the alt text of a page's card image (og:image:alt, twitter:image:alt) and the meta
 * description of its embed page: the chart's description when it is short, else its title and where the values are. A national chart describes every unit and year (one budget page's was
 * 118 KB, written twice into every copy of the page's head); a card needs what the picture shows, and a cut list of
 * values would read as the whole of it.
 */
export function shortChartDescription(chart: Pick<Chart, 'title' | 'description'>): string {
  if (chart.description.length <= SHORT_DESCRIPTION_MAX) return chart.description;
  return `${chart.title}. 그림의 값은 모두 이 페이지의 표와 CSV에 있습니다.`;
}
