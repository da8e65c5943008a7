import { describe, expect, it } from 'vitest';
import { withParticle, withRo, withTopic } from '../../../../src/core/domain/text/particles.ts';

describe('Korean particles', () => {
  it('chooses the topic particle by the final consonant', () => {
    expect(withTopic('청원군')).toBe('청원군은');
    expect(withTopic('여수시')).toBe('여수시는');
    expect(withTopic('활동 인원')).toBe('활동 인원은');
    expect(withTopic('KB')).toBe('KB는');
  });

  it('chooses 로 after a vowel or ㄹ and 으로 after another final consonant', () => {
    expect(withRo('여수시')).toBe('여수시로');
    expect(withRo('통합')).toBe('통합으로');
    expect(withRo('구좌읍')).toBe('구좌읍으로');
    expect(withRo('분할')).toBe('분할로');
  });

  it.each([
    ['중구', '과/와', '중구와'],
    ['고성군', '과/와', '고성군과'],
    ['서울특별시 중구', '과/와', '서울특별시 중구와'],
    ['자치구', '을/를', '자치구를'],
    ['군', '을/를', '군을'],
    ['미추홀구', '이/가', '미추홀구가'],
    ['고성군', '으로/로', '고성군으로'],
    ['서울', '으로/로', '서울로'],
  ] as const)('%s + %s → %s', (word, pair, expected) => {
    expect(withParticle(word, pair)).toBe(expected);
  });
});
