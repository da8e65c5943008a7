import { SITE_NAME_KO } from './wording.ts';

/**
 * The "오류 알리기" mail link of a page: the address from site.config.json, with the page's permalink in the subject
 * and body so a report names what it is about. mailto: opens the reader's own mail program (no third-party request).
 */
export function reportMailto(email: string, pageUrl: string): string {
  const subject = `[${SITE_NAME_KO} 오류] ${pageUrl}`;
  const body = `페이지: ${pageUrl}\n기록의 고정 주소(#id):\n틀린 내용:\n맞는 값을 밝힌 문서(제목·날짜·주소):\n`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
