/**
 * The one script of every site page: each enhancement acts only where its elements are, so a page needs no list of
 * what it uses. One module, not one per component: Lighthouse's mobile simulation counted every script request that
 * started before the first paint, and a page's second script opened a second connection (program page LCP 0.95 →
 * 0.72 s without its two scripts). Embed frames load the same file (components/SiteScript.astro).
 */
import './mapTooltip.ts';
import './copyButton.ts';
import './awardFilter.ts';
import './yearSwap.ts';
import './sortTable.ts';
import './embedFrame.ts';
