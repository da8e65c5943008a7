import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../../../support/loadRegistry.ts';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/region.ts', ...args], {
    cwd: fileURLToPath(REPO_ROOT),
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Asia/Seoul' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/region.ts', () => {
  it('prints a resolution as JSON and exits 0', () => {
    const r = run('전남 여수시', '--date', '2016-06-23');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      code: '46130',
      name: '여수시',
      fullName: '전라남도 여수시',
      kind: '시',
      sido: { code: '46', name: '전라남도' },
      validFrom: null,
      validTo: '2026-06-30',
      identity: '12130',
      current: { code: '12130', fullName: '전남광주통합특별시 여수시' },
      predecessors: [],
      successors: [],
    });
  });

  it('lists the candidates of an ambiguous name and exits 1', () => {
    const r = run('중구', '--date', '2026-08-01');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.error.kind).toBe('ambiguous');
    expect(out.error.candidates.map((c: { code: string }) => c.code)).toEqual([
      '11140',
      '26110',
      '27110',
      '30140',
      '31110',
    ]);
    const line = r.stderr.trim().split('\n').at(-1) ?? '';
    expect(line).toContain('중구');
    expect(line).toContain('matches 5 regions');
  });

  it('defaults to today and still exits 1 for the bare 중구', () => {
    const r = run('중구');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).error.candidates.length).toBeGreaterThanOrEqual(5);
  });

  it('shows successors for an abolished region', () => {
    const out = JSON.parse(run('인천', '중구', '--date', '2020-05-01').stdout);
    expect(out).toMatchObject({ code: '28110', current: null });
    expect(out.successors.map((s: { code: string }) => s.code)).toEqual(['28125', '28155']);
  });

  it('exits 2 on usage errors', () => {
    expect(run().status).toBe(2);
    expect(run('여수시', '--date', '2016/06/23').status).toBe(2);
    expect(run('여수시', '--bogus').status).toBe(2);
  });

  it('reads a 7-digit 지방재정365 code through lofin-codes.csv: 1114000 is 서울 성동구, not 중구', () => {
    const r = run('1114000');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ code: '11200', fullName: '서울특별시 성동구', kind: '자치구' });
  });

  it('prints 강원 강릉시 for 4213000, with the code of the date asked for', () => {
    const now = run('4213000');
    expect(now.status).toBe(0);
    expect(JSON.parse(now.stdout)).toMatchObject({ code: '51150', fullName: '강원특별자치도 강릉시' });
    const before = JSON.parse(run('4213000', '--date', '2022-01-01').stdout);
    expect(before).toMatchObject({ code: '42150', fullName: '강원도 강릉시', identity: '51150' });
  });

  it('exits 1 for a 7-digit code the crosswalk does not know, naming the file', () => {
    const r = run('1116100', '--date', '2026-01-01');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/regions/lofin-codes.csv');
  });

  it('reads a code as of --code-vintage', () => {
    const r = run('42150', '--date', '2024-01-01', '--code-vintage', '2022-12-31');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).code).toBe('51150');
    const refused = run('51150', '--date', '2024-01-01', '--code-vintage', '2022-12-31');
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout).error.kind).toBe('not-at-vintage');
    expect(run('42150', '--code-vintage', '2022/12/31').status).toBe(2);
  });
});
