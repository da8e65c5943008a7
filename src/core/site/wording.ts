// The site's name and the phrases several pages, charts and files show users, in one place so they cannot drift
// apart (the name was typed in two dozen places; "basis not stated" had three wordings).

/** The site's name, as every page, feed, citation and image credits it. */
export const SITE_NAME_KO = '복지 아틀라스';
export const SITE_NAME_EN = 'Bokji Atlas';

/** What the site is, in one line (the social card image). */
export const SITE_TAGLINE = '지역 복지사업의 성과·수상·예산을 출처 문서와 원래 표기 그대로';

/** A page's document title: `사업 | 복지 아틀라스`. */
export function pageTitle(title: string): string {
  return `${title} | ${SITE_NAME_KO}`;
}

/**
 * What a document did not state, e.g. its budget's 회계 or 예산 단계: one word everywhere, the word the budgets page
 * explains (「미기재」).
 */
export const NOT_STATED = '미기재';
export const ACCOUNT_NOT_STATED = `회계 기준 ${NOT_STATED}`;
export const STAGE_NOT_STATED = `예산 단계 ${NOT_STATED}`;
