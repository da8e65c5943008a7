/** Embed frames (layouts/Embed.astro, <html class="embed">): ?theme= colours and the frame's height for the host page. */
// Colours: light unless the embed address asks for ?theme=dark or ?theme=auto (CSS in site.css and embed.css).
const frame = document.documentElement.classList.contains('embed');
const theme = new URLSearchParams(location.search).get('theme');
if (frame && (theme === 'dark' || theme === 'auto')) document.documentElement.dataset.theme = theme;
// Tells the host page (public/embed.js) this document's height: on load, whenever it changes, and when asked.
const id = document.documentElement.dataset.chartId;
if (frame && id && window.parent !== window) {
  let last = -1;
  const post = (force: boolean) => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage({ type: 'bokji-atlas:resize', id, height }, '*');
  };
  addEventListener('load', () => post(true));
  new ResizeObserver(() => post(false)).observe(document.body);
  addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === 'bokji-atlas:ping') post(true);
  });
}
