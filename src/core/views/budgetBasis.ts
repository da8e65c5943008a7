import { ACCOUNT_NOT_STATED, STAGE_NOT_STATED } from '../site/wording.ts';
const ACCOUNT_SLUGS: Readonly<Record<string, string>> = {
  일반회계: 'general',
  '일반+특별회계': 'general-special',
  총계: 'gross',
  순계: 'net',
};
const STAGE_SLUGS: Readonly<Record<string, string>> = {
  예산안: 'proposed',
  당초: 'original',
  추경: 'supplementary',
  최종: 'final',
  결산: 'settlement',
};
const STAGE_WORDS: Readonly<Record<string, string>> = {
  예산안: '예산안',
  당초: '당초예산',
  추경: '추경예산',
  최종: '최종예산',
  결산: '결산',
};

/** URL-safe name of a basis: `general-original`, `general`, `original`, or `basis-unstated` when neither is stated. */
export function basisSlug(account: string | null, stage: string | null): string {
  // Unknown words (the data build admits only the listed ones) still get a distinct, stable slug.
  const acc =
    account === null
      ? null
      : (ACCOUNT_SLUGS[account] ?? `account-${[...account].map((c) => c.codePointAt(0)!.toString(16)).join('')}`);
  const stg =
    stage === null
      ? null
      : (STAGE_SLUGS[stage] ?? `stage-${[...stage].map((c) => c.codePointAt(0)!.toString(16)).join('')}`);
  return [acc, stg].filter(Boolean).join('-') || 'basis-unstated';
}

/** The basis as a chart subtitle says it: `일반회계 당초예산 기준`, `당초예산 기준 · 회계 기준 미기재` … */
export function basisLabel(account: string | null, stage: string | null): string {
  const stageWord = stage === null ? null : (STAGE_WORDS[stage] ?? stage);
  if (account && stageWord) return `${account} ${stageWord} 기준`;
  if (account) return `${account} 기준 · ${STAGE_NOT_STATED}`;
  if (stageWord) return `${stageWord} 기준 · ${ACCOUNT_NOT_STATED}`;
  return `${ACCOUNT_NOT_STATED} · ${STAGE_NOT_STATED}`;
}
