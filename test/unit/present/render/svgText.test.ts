import { describe, expect, it } from 'vitest';
import { drawnCharacters } from '../../../../src/core/present/render/svgText.ts';

describe('drawnCharacters', () => {
  it('collects the characters of <text> and <tspan>, decoding entities; whitespace is a space', () => {
    const svg =
      '<svg><title>제목만</title><desc>설명</desc><style>.a{font:x}</style>' +
      '<text x="1">복지 &amp; 예산</text><text><tspan>A&#x2192;&#44;</tspan></text></svg>';
    expect([...drawnCharacters(svg)].sort()).toEqual([' ', '&', ',', 'A', '→', '복', '산', '예', '지'].sort());
  });

  it('finds nothing in an SVG without text', () => {
    expect(drawnCharacters('<svg><rect width="1" height="1"/></svg>').size).toBe(0);
  });
});
