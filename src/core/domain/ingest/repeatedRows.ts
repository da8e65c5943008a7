import { error, type Problem } from '../dataset/problem.ts';
import type { RegionRef } from '../dataset/types.ts';
import type { Descriptor } from './descriptor.ts';
import type { IngestedRecord } from './makeRecord.ts';

interface Group {
  line: number;
  cells: Map<string, string>;
  records: IngestedRecord[];
  repeats: number[];
}

/** What `repeatedRows` decided about a row: publish it, list it as a merged repeat, or reject it (reported). */
export type RepeatVerdict = 'first' | 'repeat' | 'differs';

/**
 * The descriptor's `repeatedRows` rule for one file: a row whose region (identity) and period were already published
 * by an earlier row is the same figure printed again when every mapped value column reads the same (no-data marks
 * count as one), and a contradiction otherwise. The published records keep the first row's line as their origin and
 * get a note listing every line that repeated them, so a region page still says which rows the figure stands for.
 */
export function createRepeatTracker(d: Descriptor, file: string, problems: Problem[]) {
  const spec = d.repeatedRows!;
  const groups = new Map<string, Group>();
  const mergedLines: number[] = [];

  /** The cells compared: every value column the descriptor maps for this period, no-data marks as "". */
  function mapped(cells: string[], period: string, index: (c: string) => number): Map<string, string> {
    const out = new Map<string, string>();
    for (const v of d.values) {
      const column = v.columnByPeriod?.[period] ?? v.column;
      const cell = (cells[index(column)] ?? '').trim();
      out.set(column, d.empty.includes(cell) ? '' : cell);
    }
    return out;
  }

  return {
    row(
      region: RegionRef,
      period: string,
      cells: string[],
      index: (c: string) => number,
      line: number,
      records: IngestedRecord[],
    ): RepeatVerdict {
      const key = `${region.identity}|${period}`;
      const mine = mapped(cells, period, index);
      const first = groups.get(key);
      if (!first) {
        groups.set(key, { line, cells: mine, records, repeats: [] });
        return 'first';
      }
      let same = true;
      for (const [column, b] of mine) {
        const a = first.cells.get(column) ?? '';
        if (a === b) continue;
        same = false;
        const [sa, sb] = [a || '(빈 칸)', b || '(빈 칸)'];
        const [ea, eb] = [a || '(empty)', b || '(empty)'];
        problems.push(
          error(
            { file, line, column },
            'repeated-row-differs',
            `이 행은 ${file}:${first.line}와 같은 지역·기간(${region.fullName}, ${period})인데 "${column}" 값이 다릅니다: ${first.line}번째 줄 "${sa}", 이 줄 "${sb}". 되풀이된 행으로 합칠 수 없고 어느 값도 고르지 않습니다: 기관에 확인하고, 한쪽 행이 다른 뜻이면 기술서의 skip으로 이유와 함께 빼세요 (repeatedRows는 값이 모두 같은 행만 합칩니다).`,
            `This row has the same region and period (${region.fullName}, ${period}) as ${file}:${first.line} but a different "${column}": line ${first.line} "${ea}", this line "${eb}". It cannot be merged as a repeat and neither value is picked: check with the publisher, and if one row means something else, leave it out with a reason using "skip" in the descriptor (repeatedRows merges only rows whose values are all the same).`,
            { value: b },
          ),
        );
      }
      if (!same) return 'differs';
      first.repeats.push(line);
      mergedLines.push(line);
      return 'repeat';
    },
    /** Notes on the published records and the merged rows for the reconciliation. */
    finish(): { merged: number; mergedRows: Array<{ reason: string; lines: number[] }> } {
      for (const g of groups.values()) {
        if (g.repeats.length === 0) continue;
        const lines = g.repeats.join(', ');
        const note = `${spec.reason}: ${g.line}번째 줄에서 한 번 싣고, 같은 값의 ${lines}번째 줄은 합침 / published once from line ${g.line}; identical line(s) ${lines} merged`;
        for (const r of g.records) if ('note' in r) r.note = r.note ? `${r.note}; ${note}` : note;
      }
      return {
        merged: mergedLines.length,
        mergedRows: mergedLines.length > 0 ? [{ reason: spec.reason, lines: mergedLines }] : [],
      };
    },
  };
}
