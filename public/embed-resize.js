/*
 * Pakistan–Azerbaijan Ties: makes embedded views fit their content.
 * Include once on a page that holds one or more embed iframes:
 *   <script src="https://…/embed-resize.js" async></script>
 * Each embed reports its content height with postMessage; this script finds the iframe whose
 * window sent the message (comparing event.source with each iframe's contentWindow), checks the
 * message's shape, and sets that iframe's height. Any other message is ignored. As it starts, it asks
 * every iframe on the page for its height, so an embed that reported it before this script ran (a
 * script loaded late, or after a consent banner) is sized too; a frame that is not an embed ignores it.
 */
(function () {
  'use strict';
  var TYPE = 'pak-aze-embed:height';
  var MAX_HEIGHT = 20000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'pak-aze-embed:ask-height' }, '*');
  }
})();
