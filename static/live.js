// Live meeting pages (wall, console, group sheet): countdown timers and the connection notice.
// Everything else is plain htmx + its SSE extension; pages work (without live updates) without this file.
(function () {
  'use strict';
  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }
  // Server and device clocks differ; each timer is shown relative to the server's clock.
  function tick() {
    var timers = document.querySelectorAll('[data-ends-at]');
    var now = Date.now();
    for (var i = 0; i < timers.length; i++) {
      var el = timers[i];
      if (el._skew === undefined) el._skew = Date.parse(el.getAttribute('data-server-now')) - now || 0;
      var left = Math.max(0, Math.ceil((Date.parse(el.getAttribute('data-ends-at')) - (now + el._skew)) / 1000));
      var text = pad(Math.floor(left / 60)) + ':' + pad(left % 60);
      if (el.textContent !== text) el.textContent = text;
      el.classList.toggle('ending', left > 0 && left <= 60);
      el.classList.toggle('over', left === 0);
    }
  }
  setInterval(tick, 500);
  document.addEventListener('DOMContentLoaded', tick);
  document.addEventListener('htmx:oobAfterSwap', tick);
  document.addEventListener('htmx:sseOpen', function () {
    document.body.classList.remove('offline');
  });
  document.addEventListener('htmx:sseError', function () {
    document.body.classList.add('offline');
  });
  document.addEventListener('htmx:sseClose', function () {
    document.body.classList.remove('offline');
  });
})();
