import { describe, expect, it } from 'vitest';
import { withParticle } from '../../../../src/core/domain/text/particle.ts';

describe('withParticle', () => {
  it.each([
    ['중구', '과/와', '중구와'],
    ['고성군', '과/와', '고성군과'],
    ['서울특별시 중구', '과/와', '서울특별시 중구와'],
    ['자치구', '을/를', '자치구를'],
    ['군', '을/를', '군을'],
    ['여수시', '은/는', '여수시는'],
    ['청원군', '은/는', '청원군은'],
    ['미추홀구', '이/가', '미추홀구가'],
    ['고성군', '으로/로', '고성군으로'],
    ['서울', '으로/로', '서울로'],
    ['창원시', '으로/로', '창원시로'],
  ] as const)('%s + %s → %s', (word, pair, expected) => {
    expect(withParticle(word, pair)).toBe(expected);
  });

  it('keeps both forms after a word whose reading is unknown', () => {
    expect(withParticle('COVID-19', '은/는')).toBe('COVID-19은(는)');
  });
});
