import { describe, expect, it } from 'vitest';
import { withRo, withTopic } from '../../../../src/core/domain/text/particles.ts';

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
});
