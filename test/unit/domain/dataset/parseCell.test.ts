import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_ENTRIES } from '../../../../src/core/domain/amount/index.ts';
import { createDatasetDeps } from '../../../../src/core/domain/dataset/defaultDeps.ts';
import { parseRegistry } from '../../../../src/core/domain/regions/index.ts';

// Amount parsing needs no regions: an empty registry keeps this test quick.
const deps = createDatasetDeps(
  parseRegistry(
    'code,name,full_name,kind,parent,valid_from,valid_to,aliases,note\n',
    'date,type,old_code,new_code,note,source_url\n',
    'laf_cd,laf_hg_nm,level,code,as_of,note\n',
  ),
  '2026-01-01',
);

describe('deps.parseCell(bare, unit): a table cell, exactly parseAmount(bare without commas + unit)', () => {
  const unit = fc.oneof(
    fc.constantFrom(...UNIT_ENTRIES.map((u) => u.spelling)),
    fc.constantFrom('', '천 원', 'x', '인당', '원 이상'),
  );
  const bare = fc.oneof(
    fc.stringMatching(/^[0-9]{0,19}$/),
    fc.stringMatching(/^-?[0-9]{1,6}(\.[0-9]{1,4})?$/),
    fc.constantFrom('0', '00012', '1.5', '-3', '약 5', '18억 2천만', ',', '1,', ',5', '1,,2'),
    fc.stringMatching(/^[0-9]{1,3}(,[0-9]{3}){0,5}$/),
  );

  it('gives the same value, unit, qualifiers and display (or the same refusal) for every unit spelling', () => {
    fc.assert(
      fc.property(bare, unit, (b, u) => {
        expect(deps.parseCell(b, u)).toEqual(deps.parseAmount(`${b.replace(/,/g, '')}${u}`));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });

  it('reads a 천원 cell as the newsroom writes it', () => {
    expect(deps.parseCell('1,234,567', '천원')).toEqual({
      ok: true,
      value: 1_234_567_000,
      unit: '원',
      approx: [],
      display: '12억 3,456만 7천 원',
    });
  });
});
