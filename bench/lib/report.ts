// The shape every benchmark hands to bench/run.ts, and its Markdown rendering for bench/results.md.

/** One measured figure next to its target; `met` is null when there is no target or it could not be measured. */
export interface Row {
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
}

/** One benchmark's results: a table of figures, optional extra tables, and notes explaining misses. */
export interface Section {
  title: string;
  rows: Row[];
  tables?: Array<{ caption: string; header: string[]; rows: string[][] }>;
  notes: string[];
  seconds?: number;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table. */
export function markdownTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** A section as Markdown: figure / value / target / met table, extra tables, notes. */
export function renderSection(section: Section): string {
  const verdict = (met: boolean | null) => (met === null ? '—' : met ? '충족 met' : '미달 missed');
  const parts = [`## ${section.title}`];
  if (section.seconds !== undefined) parts.push(`(benchmark ran ${section.seconds.toFixed(0)} s)`);
  if (section.rows.length)
    parts.push(
      markdownTable(
        ['figure', 'value', 'target', 'met/missed'],
        section.rows.map((r) => [r.figure, r.value, r.target, verdict(r.met)]),
      ),
    );
  for (const t of section.tables ?? []) parts.push(`**${t.caption}**\n\n${markdownTable(t.header, t.rows)}`);
  if (section.notes.length) parts.push(section.notes.map((n) => `- ${n}`).join('\n'));
  return parts.join('\n\n');
}

/** Writes a section as JSON when the script was asked to (`--json <file>`), and prints it as Markdown either way. */
export async function emit(section: Section): Promise<void> {
  console.log(renderSection(section));
  const i = process.argv.indexOf('--json');
  const file = i === -1 ? undefined : process.argv[i + 1];
  if (file) {
    const { writeFile, mkdir } = await import('node:fs/promises');
    const { dirname } = await import('node:path');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(section, null, 1));
  }
}
