/**
 * <ba-copy> (CiteControl.astro, the embed panel): reveals the copy button and copies the target's text; the text stays
 * selectable regardless.
 */
// A build without a site address prints root-relative addresses (`/sources/x/`, `src="/embed/x/"`); copied text
// leaves this site, so they are completed from the page's own origin. Absolute addresses do not match.
const complete = (text: string) => text.replace(/(^|[\s"'(])\/(?=[^\s/])/g, `$1${location.origin}/`);
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector('.copy-status');
    const target = document.getElementById(this.dataset.target ?? '');
    if (!button || !target || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        const text = target instanceof HTMLTextAreaElement ? target.value : (target.textContent ?? '');
        await navigator.clipboard.writeText(complete(text.trim()));
        if (status) status.textContent = target.lang === 'en' ? 'Copied.' : '복사했습니다.';
      } catch {
        const range = document.createRange();
        range.selectNodeContents(target);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        if (status)
          status.textContent =
            target.lang === 'en' ? 'Selected: press Ctrl+C to copy.' : '선택했습니다. Ctrl+C로 복사하세요.';
      }
    });
  }
}
if (!customElements.get('ba-copy')) customElements.define('ba-copy', CopyButton);
