const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `14 December 2023`, `December 2023`, `2023` from ISO-like dates; `n.d.` when unknown. */
export function englishDate(iso: string | null): string {
  if (!iso) return 'n.d.';
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d && String(Number(d)), month, y].filter(Boolean).join(' ');
}
