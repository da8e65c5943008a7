// One page of each kind; the embed is the national map, the tallest embed.
export const KINDS = {
  home: '',
  program: 'programs/jeonnam-gidongdae/',
  region: 'regions/12130/',
  awards: 'awards/',
  budgets: 'budgets/',
  source: 'sources/jeonnam-20231214-gidongdae/',
  embed: 'embed/map-awards/',
} as const;
