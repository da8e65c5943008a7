/**
 * Pagefind's ranking for the site search (passed to `pagefind.options({ ranking })` by the search page).
 *
 * Korean attaches particles to names, so a query for a region also matches, as prefixes, the words a comparison or
 * budget page writes around the name ("강릉시와", "여수시의"): with pagefind's default (termSimilarity 1) each such word
 * added to a short page's score and put the region's own page second or third for its own name. Weighting exact
 * words five times over prefixes puts the region page first or second (after its budget page, whose chart titles
 * repeat the name) for every region name tried: 강릉시, 여수시, 순천, 종로구, 달서구, 해남군, 창녕군.
 */
export const SEARCH_RANKING = { termSimilarity: 5 } as const;
