// Live meeting pages (wall, console, group sheet): card deltas, live sheet fields, countdown
// timers and the connection notice. Whole-board updates are plain htmx + its SSE extension;
// pages work (without live updates) without this file.
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
  // A 'card' event carries cards as they are now, each under its element id and naming the list
  // it belongs in (data-cell), or a removal (data-gone). Applying one twice changes nothing, so a
  // replay after a reconnect never duplicates a card.
  function placeCard(card) {
    var old = document.getElementById(card.id);
    if (card.hasAttribute('data-gone')) {
      if (old) old.remove();
      return;
    }
    var cell = document.getElementById(card.getAttribute('data-cell'));
    if (!cell) {
      if (old) old.remove();
      return;
    }
    if (old && old.parentElement === cell) {
      old.replaceWith(card);
    } else {
      if (old) old.remove();
      var id = Number(card.getAttribute('data-id'));
      var next = null;
      for (var c = cell.firstElementChild; c; c = c.nextElementSibling) {
        if (Number(c.getAttribute('data-id')) > id) {
          next = c;
          break;
        }
      }
      cell.insertBefore(card, next);
    }
    if (window.htmx) window.htmx.process(card);
  }
  // A 'field' event carries a group sheet field as JSON: shown on the console, and written into a
  // sheet's text box unless someone is typing in it here (their next save then meets a conflict).
  function applyField(f) {
    var key = f.groupId + '-' + f.field;
    var shown = document.querySelectorAll('[data-live-field="' + key + '"]');
    for (var i = 0; i < shown.length; i++) {
      var el = shown[i];
      if (el.tagName === 'TEXTAREA') {
        var form = el.form;
        var ver = form && form.querySelector('input[name="version"]');
        if (document.activeElement !== el && ver && Number(ver.value) < f.version) {
          el.value = f.text;
          ver.value = String(f.version);
        }
      } else el.textContent = f.text;
    }
    var hints = document.querySelectorAll('[data-live-hint="' + key + '"]');
    for (var j = 0; j < hints.length; j++) {
      var me = hints[j].getAttribute('data-me');
      var other = f.editor && f.editorId !== me && Date.parse(f.editingUntil || '') > Date.now();
      hints[j].textContent = other ? f.editor + 'さんが入力中です' : '';
    }
  }
  document.addEventListener('htmx:sseBeforeMessage', function (e) {
    var msg = e.detail;
    if (!msg || (msg.type !== 'card' && msg.type !== 'field')) return;
    e.preventDefault();
    if (msg.type === 'field') {
      JSON.parse(msg.data).forEach(applyField);
      return;
    }
    var t = document.createElement('template');
    t.innerHTML = msg.data;
    var cards = Array.prototype.slice.call(t.content.children);
    for (var i = 0; i < cards.length; i++) placeCard(cards[i]);
  });
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
