import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descriptorSchema } from '../../../../src/core/domain/ingest/descriptor.ts';

const REPO = join(import.meta.dirname, '..', '..', '..', '..');
const DOC_PATH = 'docs/descriptors.md';
const doc = readFileSync(join(REPO, DOC_PATH), 'utf8');

/** The zod v4 internals this walk reads: every schema has `def.type`; wrappers keep the inner schema in `def`. */
interface Def {
  type: string;
  shape?: Record<string, { def: Def }>;
  innerType?: { def: Def };
  element?: { def: Def };
  options?: Array<{ def: Def }>;
  items?: Array<{ def: Def }>;
  in?: { def: Def };
  out?: { def: Def };
  valueType?: { def: Def };
}

/**
 * Every option key of the schema as a dotted path (`region.aliases.from`): object shapes are walked through
 * optional/default/array/union/tuple/record/pipe (preprocess) wrappers, so nested options are found too.
 */
function optionPaths(def: Def, prefix: string, out: Set<string>): Set<string> {
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        const path = prefix ? `${prefix}.${key}` : key;
        out.add(path);
        optionPaths(child.def, path, out);
      }
      break;
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      optionPaths(def.innerType!.def, prefix, out);
      break;
    case 'array':
      optionPaths(def.element!.def, prefix, out);
      break;
    case 'union':
      for (const o of def.options ?? []) optionPaths(o.def, prefix, out);
      break;
    case 'tuple':
      for (const o of def.items ?? []) optionPaths(o.def, prefix, out);
      break;
    case 'record':
      optionPaths(def.valueType!.def, prefix, out);
      break;
    case 'pipe':
      // z.preprocess(fn, schema) is a pipe from a transform into the schema; both sides are walked.
      optionPaths(def.in!.def, prefix, out);
      optionPaths(def.out!.def, prefix, out);
      break;
    default:
      break;
  }
  return out;
}

const paths = [...optionPaths((descriptorSchema as unknown as { def: Def }).def, '', new Set())].sort();

describe(`${DOC_PATH}: the descriptor reference keeps up with the schema`, () => {
  it('the walk finds the options at every level (not an empty or top-level-only list)', () => {
    expect(paths).toEqual(
      expect.arrayContaining(['id', 'region.aliases.from', 'values.columnByPeriod', 'json.keyColumn', 'skip.pattern']),
    );
    expect(paths.length).toBeGreaterThan(50);
  });

  it('names every option key of the schema in backticks', () => {
    // `key` alone, or as the last part of a path: `region.aliases[].from`.
    const named = (key: string) => new RegExp(`\`(?:[\\w.\\[\\]]*[.\\]])?${key}\``).test(doc);
    const missing = paths.filter((p) => !named(p.split('.').at(-1)!));
    expect(missing, `options missing from ${DOC_PATH} (write each as \`key\`)`).toEqual([]);
  });

  it('has a row in the option table for every option path', () => {
    // The table lists each option by its full path, e.g. | `region.aliases[].from` |; array levels are written [].
    const rows = new Set([...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!.replace(/\[\]/g, '')));
    expect(paths.filter((p) => !rows.has(p))).toEqual([]);
    expect([...rows].filter((r) => !paths.includes(r) && !r.startsWith('v1:'))).toEqual([]);
  });

  it('every complete descriptor example (marked <!-- descriptor -->) parses with the real schema', () => {
    const blocks = [...doc.matchAll(/<!-- descriptor -->\s*```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(9);
    for (const text of blocks) {
      const parsed = descriptorSchema.safeParse(JSON.parse(text));
      expect(parsed.success ? [] : parsed.error.issues, text.slice(0, 120)).toEqual([]);
    }
  });
});
