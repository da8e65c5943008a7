import { describe, expect, it } from 'vitest';
import { withoutSearchIgnored } from '../../../src/core/publish/searchHtml.ts';

describe('withoutSearchIgnored', () => {
  it('returns a page without marked elements unchanged', () => {
    const html = '<main data-pagefind-body><h1>강릉시</h1><p data-pagefind-ignore>링크</p></main>';
    expect(withoutSearchIgnored(html)).toBe(html);
  });

  it('cuts each marked element with everything inside it, nested elements of the same name included', () => {
    const html =
      '<main data-pagefind-body><h1>제목</h1>' +
      '<div class="chart-body" data-pagefind-ignore="all"><div><div>지도</div></div><svg><title>x</title><path d="M0 0"/></svg></div>' +
      '<p>본문</p><details data-pagefind-ignore="all"><summary>퍼가기</summary><details>안</details></details><p>끝</p></main>';
    expect(withoutSearchIgnored(html)).toBe('<main data-pagefind-body><h1>제목</h1><p>본문</p><p>끝</p></main>');
  });

  it('is not misled by tags in attribute values, comments, scripts and styles', () => {
    const html =
      `<div data-pagefind-ignore="all" title="a > b <div> </div>" data-x='</div>'>` +
      '<!-- </div> --><script>if (a </div> b) {}</script><style>p::after { content: "</div>" }</style>숨김</div>' +
      '<p data-tip="<div data-pagefind-ignore=&quot;all&quot;>">보임</p>';
    expect(withoutSearchIgnored(html)).toBe('<p data-tip="<div data-pagefind-ignore=&quot;all&quot;>">보임</p>');
  });

  it('cuts a marked script or style through its closing tag', () => {
    const html = '<p>a</p><script data-pagefind-ignore="all">if (x < 1) "</div>";</script><p>b</p>';
    expect(withoutSearchIgnored(html)).toBe('<p>a</p><p>b</p>');
  });

  it('leaves a marked self-closing element and elements marked otherwise alone', () => {
    const html = '<p>a<img data-pagefind-ignore="all" src="x.png"/><span data-pagefind-ignore="index">b</span></p>';
    expect(withoutSearchIgnored(html)).toBe(html);
  });

  it('refuses a page it cannot follow rather than cut it wrongly', () => {
    expect(() => withoutSearchIgnored('<div data-pagefind-ignore="all"><div>never closed</div>')).toThrow(
      /never closed/,
    );
    expect(() => withoutSearchIgnored('<div data-pagefind-ignore="all">a</div><p title="x>')).toThrow(/Unterminated/);
    expect(() => withoutSearchIgnored('<div data-pagefind-ignore="all"></div><script>x')).toThrow(/Unclosed <script>/);
  });
});
