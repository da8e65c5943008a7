import type { AwardRecord, BudgetRecord, FigureRecord } from '../domain/dataset/types.ts';
import { periodText } from '../views/recordLabels.ts';
import type { CiteSubject } from './cite.ts';
import { englishAmount, englishName, englishPeriod, englishRegion, type Glossary } from './english.ts';

/**
 * The cited item in one line per language. A figure is only true with what surrounds it, so both lines name the
 * program, the period (with the cumulative span) and the figure's scope (data/english/figure-scope.csv: the campaign or
 * comparison period the source gives, e.g. 작년 같은 기간).
 */
export interface FigureScope {
  ko: string;
  en: string;
}

const QUALIFIERS_EN: Record<string, string> = {
  누적: 'cumulative',
  연간: 'annual',
  목표: 'target',
  잠정: 'provisional',
  계획: 'planned',
  예산: 'budgeted',
  결산: 'settled accounts',
};

export function figureSubject(
  f: FigureRecord,
  program: { name: string } | undefined,
  scope: FigureScope | undefined,
  glossary: Glossary,
): CiteSubject {
  const programKo = program?.name ?? f.program;
  const qualifiers = f.qualifiers.filter((q) => q !== '누적' || f.period.kind !== 'range');
  const cumulative = f.period.kind === 'range' ? ' 누적' : '';
  const whenKo = [`${periodText(f.period)}${cumulative}`, ...qualifiers, scope?.ko].filter(Boolean).join(', ');
  const ko = `${programKo} — ${f.region.name} ${f.metric} ${f.quantity.display} (${whenKo})`;

  const metricEn =
    glossary.get(`metric:${f.metric}`) ??
    (f.measure ? glossary.get(`measure:${f.measure}`) : undefined) ??
    `(${f.metric})`;
  const whenEn = [
    f.period.kind === 'range' ? `cumulative ${englishPeriod(f.period)}` : englishPeriod(f.period),
    ...qualifiers.map((q) => QUALIFIERS_EN[q] ?? `(${q})`),
    scope?.en,
  ]
    .filter(Boolean)
    .join(', ');
  const en =
    `${englishName('program', programKo, glossary)} — ${englishRegion(f.region.name, glossary)}: ` +
    `${metricEn}, ${englishAmount(f.quantity)} (${whenEn})`;
  return { ko, en };
}

export function awardSubject(
  a: AwardRecord,
  evaluation: { name: string } | undefined,
  glossary: Glossary,
): CiteSubject {
  const name = evaluation?.name ?? a.evaluation;
  const what = [name, a.category, a.grade].filter(Boolean).join(' · ');
  const details = [a.category && `category (${a.category})`, `award (${a.grade})`].filter(Boolean).join(', ');
  return {
    ko: `${a.region.name} ${a.year}년 ${what}`,
    en: `${englishRegion(a.region.name, glossary)}: ${englishName('program', name, glossary)} ${a.year}, ${details}`,
  };
}

export function budgetSubject(b: BudgetRecord, glossary: Glossary): CiteSubject {
  const what = [b.metric, b.account, b.stage].filter(Boolean).join(' · ');
  const whenKo = b.fiscalYear === null ? '회계연도 미상' : `${b.fiscalYear}년 회계연도`;
  const whenEn = b.fiscalYear === null ? 'fiscal year not stated' : `fiscal year ${b.fiscalYear}`;
  const metricEn = (b.measure ? glossary.get(`measure:${b.measure}`) : undefined) ?? `(${b.metric})`;
  const basis = [b.account, b.stage].filter(Boolean).join(' · ');
  return {
    ko: `${b.region.name} ${what} ${b.quantity.display} (${whenKo})`,
    en: `${englishRegion(b.region.name, glossary)}: ${metricEn}${basis ? ` (${basis})` : ''}, ${englishAmount(b.quantity)} (${whenEn})`,
  };
}

/** A chart cited as a whole: its title in 「」 in Korean, in parentheses after "chart" in English. */
export function chartSubject(title: string): CiteSubject {
  return { ko: `「${title}」`, en: `Chart (${title})` };
}
