import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/domain/dataset/types.ts';
import type { QualityReport } from '../../../src/core/site/siteData.ts';
import { datasetCounts, headlineFigures, latestAwards, latestSources } from '../../../src/core/views/homeView.ts';
import { programDetail, programEvaluations, programSummaries } from '../../../src/core/views/programView.ts';
import { incompleteSources, problemGroups, reconciliation, statusCounts } from '../../../src/core/views/qualityView.ts';
import { periodYears, regionPath, statusBadge, yearsLabel } from '../../../src/core/views/recordLabels.ts';
import {
  kindAnchor,
  recordLines,
  safeExternalUrl,
  sourceGroups,
  sourceRecords,
} from '../../../src/core/views/sourceView.ts';
import { buildRealSiteData } from '../../support/siteData.ts';

let d: Dataset;
let report: QualityReport;
beforeAll(async () => {
  ({ dataset: d, report } = await buildRealSiteData());
}, 120_000);

describe('programs', () => {
  it('ties evaluations to programs by id prefix, not by substring', () => {
    expect(programEvaluations(d, 'jeonnam-gidongdae').map((e) => e.id)).toEqual(['jeonnam-gidongdae-evaluation']);
    expect(programEvaluations(d, 'mohw-local-welfare-evaluation').map((e) => e.id)).toEqual([
      'mohw-local-welfare-evaluation',
    ]);
    expect(programEvaluations(d, 'population')).toEqual([]);
  });

  it('shows the 여수시 2016 disagreements side by side: 74억 vs 75억 원 and 5,229 vs 5,152 명 (프라임경제 vs 여수시 보도자료)', () => {
    const detail = programDetail(d, 'senior-jobs')!;
    const pairs = detail.conflicts.map((c) => c.figures.map((f) => f.quantity.value).sort((a, b) => a - b));
    expect(pairs).toContainEqual([7_400_000_000, 7_500_000_000]);
    expect(pairs).toContainEqual([5152, 5229]);
    for (const c of detail.conflicts) expect(new Set(c.figures.map((f) => f.source)).size).toBe(2);
  });

  it('lists every figure of a program exactly once (outputs in groups, money in the budget section)', () => {
    for (const p of d.programs) {
      const detail = programDetail(d, p.id)!;
      const ids = [...detail.groups.flatMap((g) => g.figures), ...detail.budgetFigures].map((f) => f.id);
      const own = d.figures.filter((f) => f.program === p.id).map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...own].sort());
    }
  });

  it('groups 복지기동대 figures by measure, flags cumulative ones, and lists its awards newest year first', () => {
    const detail = programDetail(d, 'jeonnam-gidongdae')!;
    const cumulative = detail.groups.find((g) => g.measure?.id === 'households-supported-cumulative')!;
    expect(cumulative.cumulative).toBe(true);
    expect(cumulative.figures.every((f) => f.measure === 'households-supported-cumulative')).toBe(true);
    expect(detail.hasCumulative).toBe(true);
    const years = detail.evaluations[0]!.years.map((y) => y.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    // Each award once; every report of it is still there, in the award's records.
    const listed = detail.evaluations[0]!.years.flatMap((y) => y.awards);
    expect(listed).toHaveLength(16);
    expect(listed.flatMap((g) => g.ids).length).toBe(
      d.awards.filter((a) => a.evaluation === 'jeonnam-gidongdae-evaluation').length,
    );
    expect(programDetail(d, 'no-such-program')).toBeNull();
  });

  it('summarises counts and years per program', () => {
    const s = programSummaries(d).find((x) => x.program.id === 'jeonnam-gidongdae')!;
    expect(s.figures).toBe(d.figures.filter((f) => f.program === 'jeonnam-gidongdae').length);
    expect(s.awards).toBe(16); // 23 reports of 16 awards
    expect(s.years).toMatch(/^2019~20\d\d년$/);
  });
});

describe('home', () => {
  it('counts records and lists the latest awards and sources newest first', () => {
    const c = datasetCounts(d);
    expect(c.figures).toBe(d.figures.length);
    expect(c.sources).toBe(d.sources.length);
    const latest = latestAwards(d, 8);
    expect(latest.awards).toHaveLength(8);
    expect(latest.year).toBe(Math.max(...d.awards.map((a) => a.year)));
    expect(latest.awards.every((g) => g.award.year === latest.year)).toBe(true);
    const recent = latestSources(d, 5);
    expect(recent.every((r) => r.source.published !== null)).toBe(true);
    const dates = recent.map((r) => r.source.published!);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const r of recent) expect(r.total).toBe(r.figures + r.awards + r.budgets);
  });

  it('picks one confirmed, conflict-free headline figure per program', () => {
    const h = headlineFigures(d, 6);
    expect(h.length).toBeGreaterThan(0);
    expect(new Set(h.map((f) => f.program)).size).toBe(h.length);
    for (const f of h) {
      expect(f.status).toBe('확인');
      expect(f.conflictsWith).toEqual([]);
    }
  });
});

describe('sources', () => {
  it('groups every source once by kind, press releases before news articles', () => {
    const groups = sourceGroups(d);
    expect(groups.flatMap((g) => g.sources).length).toBe(d.sources.length);
    const kinds = groups.map((g) => g.kind);
    expect(kinds.indexOf('보도자료')).toBeLessThan(kinds.indexOf('기사'));
    expect(new Set(groups.map((g) => g.anchor)).size).toBe(groups.length);
    for (const g of groups) expect(g.anchor).toMatch(/^[a-z0-9-]+$/);
  });

  it('collects everything taken from a source: the 2016 여수시 press release carries 75억 원 and 5,152 명', () => {
    const r = sourceRecords(d, 'yeosu-20160623-welfare-net')!;
    expect(r.source.issuer).toBe('여수시');
    expect(r.figures.map((f) => f.quantity.written)).toEqual(expect.arrayContaining(['75억 원', '5,152명']));
    expect(sourceRecords(d, 'nope')).toBeNull();
  });

  it('lists a source as record lines: 여수 2016 figures with program links, the budget with its fiscal year', () => {
    const groups = recordLines(sourceRecords(d, 'yeosu-20160623-welfare-net')!, d);
    expect(groups.map((g) => g.kind)).toEqual(['figures', 'budgets']);
    const budget = groups[1]!.lines.find((l) => l.written === '35.06%')!;
    expect([budget.when, budget.context?.path, budget.label]).toEqual([
      '2016년 회계연도',
      '/budgets/',
      '여수시 사회복지 예산 비중 · 당초 35.06% (2016년 회계연도)',
    ]);
    for (const line of groups[0]!.lines) expect(line.context?.path).toMatch(/^\/programs\/[a-z0-9-]+\/$/);
  });

  it('links only http(s) URLs', () => {
    expect(safeExternalUrl('https://www.jeonnam.go.kr/x')).toBe('https://www.jeonnam.go.kr/x');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
    expect(kindAnchor('보도자료')).toBe('kind-1');
  });
});

describe('quality', () => {
  it('reconciles every file and flags one that does not add up', () => {
    const rows = reconciliation(report);
    expect(rows.length).toBe(report.stats.length);
    expect(rows.every((r) => r.balanced)).toBe(true);
    expect(
      reconciliation({ problems: [], stats: [{ file: 'x.csv', read: 3, written: 1, rejected: 1 }] })[0]!.balanced,
    ).toBe(false);
    expect(
      reconciliation({ problems: [], stats: [{ file: 'x.csv', read: 3, written: 1, rejected: 1, skipped: 1 }] })[0]!
        .balanced,
    ).toBe(true);
  });

  it('groups problems by code with their places in file:line order, errors first', () => {
    const groups = problemGroups([
      { severity: 'warning', code: 'no-url', file: 'sources/b.csv', line: 9, ko: '주소 없음', en: 'No URL' },
      { severity: 'warning', code: 'no-url', file: 'sources/a.csv', line: 3, ko: '주소 없음', en: 'No URL' },
      {
        severity: 'error',
        code: 'bad-amount',
        file: 'figures/x.csv',
        line: 2,
        ko: '읽을 수 없음',
        en: 'Unreadable',
        value: '약간',
      },
    ]);
    expect(groups.map((g) => g.code)).toEqual(['bad-amount', 'no-url']);
    expect(groups[1]!.places.map((p) => `${p.file}:${p.line}`)).toEqual(['sources/a.csv:3', 'sources/b.csv:9']);
    const total = problemGroups(report.problems).reduce((n, g) => n + g.places.length, 0);
    expect(total).toBe(report.problems.length);
  });

  it('counts statuses over figures, awards and budgets, and lists sources without URL or date', () => {
    const counts = statusCounts(d);
    expect(counts.map((c) => c.status).slice(0, 3)).toEqual(['확인', '2차인용', '미확인']);
    expect(counts.reduce((n, c) => n + c.figures, 0)).toBe(d.figures.length);
    expect(counts.reduce((n, c) => n + c.awards + c.budgets, 0)).toBe(d.awards.length + d.budgets.length);
    const missing = incompleteSources(d);
    expect(missing.noUrl.every((s) => !s.url)).toBe(true);
    expect(missing.noDate.map((s) => s.id)).toContain('newsprime-nd-yeosu-senior-jobs');
  });
});

describe('labels', () => {
  it('badges only statuses that need a warning', () => {
    expect(statusBadge('확인')).toBeNull();
    expect(statusBadge('2차인용')?.label).toBe('2차인용');
    expect(statusBadge('미확인')?.description).toMatch(/확인하지 못한/);
  });

  it('spells year ranges and expands periods into years', () => {
    expect(yearsLabel([2023, 2019, 2021])).toBe('2019~2023년');
    expect(yearsLabel([2016])).toBe('2016년');
    expect(yearsLabel([])).toBe('연도 미상');
    expect(periodYears({ text: '2019-2023', kind: 'range', start: '2019-01-01', end: '2023-12-31' })).toEqual([
      2019, 2020, 2021, 2022, 2023,
    ]);
    expect(periodYears({ text: '', kind: 'unknown', start: null, end: null })).toEqual([]);
  });

  it('links regions only when a page exists (전국 has none)', () => {
    const known = new Set(['12130']);
    expect(regionPath('12130', known)).toBe('/regions/12130/');
    expect(regionPath('00', known)).toBeNull();
  });
});
