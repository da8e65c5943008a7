/* 복지 아틀라스 embed host script: resizes <iframe data-bokji-atlas> to its chart's height. Messages are accepted
   only from the iframe's own window and origin, with the exact shape {type, id, height}; all else is ignored. */
(function () {
  function frames() { return document.querySelectorAll('iframe[data-bokji-atlas]'); }
  function origin(f) { try { return new URL(f.src, location.href).origin; } catch (e) { return ''; } }
  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || d.type !== 'bokji-atlas:resize' || typeof d.id !== 'string' ||
      typeof d.height !== 'number' || !isFinite(d.height) || d.height < 50 || d.height > 10000) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (e.source === f.contentWindow && e.origin === origin(f)) f.style.height = Math.ceil(d.height) + 'px';
    }
  });
  // Frames that loaded before this script: ask them to send their height again (the request carries no data).
  var list = frames();
  for (var i = 0; i < list.length; i++) if (list[i].contentWindow) list[i].contentWindow.postMessage({ type: 'bokji-atlas:ping' }, '*');
})();
