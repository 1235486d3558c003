// Projector wall: fits the cards' text to the screen as cards come and go, switches presenter
// mode by key (1–9/0 a group, T the most-voted cards, Esc the whole wall, J the join panel) and
// keeps a presenter view current. The wall works (with the server's text size) without this file.
(function () {
  'use strict';
  var MIN = 8;
  var MAX = 110;

  function fits(body) {
    return body.scrollHeight <= body.clientHeight + 1 && body.scrollWidth <= body.clientWidth + 1;
  }
  // The largest text size (px) at which the board's body shows every card without scrolling.
  function largest(board, body) {
    var lo = MIN;
    var hi = MAX;
    while (lo < hi) {
      var mid = Math.ceil((lo + hi) / 2);
      board.style.setProperty('--wall-card', mid + 'px');
      if (fits(body)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  // Tries one to six columns and keeps the one with the largest text that still gets about seven
  // characters on a line (a group may go on in the next column).
  function fit() {
    var board = document.getElementById('wall-board');
    var body = board && board.querySelector('.wall-body');
    if (!body) return;
    var grids = body.querySelectorAll('.w-groups');
    var visible = null;
    for (var i = 0; i < grids.length; i++) if (grids[i].offsetParent) visible = grids[i];
    var groups = visible ? Number(visible.getAttribute('data-groups')) : 0;
    var splits = groups ? [1, 2, 3, 4, 5, 6] : [0];
    var best = { size: 0, cols: 0, narrow: true };
    for (var s = 0; s < splits.length; s++) {
      if (s > 0 && splits[s] === splits[s - 1]) continue;
      for (var g = 0; g < grids.length; g++) if (splits[s]) grids[g].style.setProperty('--cols', String(splits[s]));
      var size = largest(board, body);
      var narrow = splits[s] > 0 && body.clientWidth / splits[s] / size < 7;
      if ((best.narrow && !narrow) || (narrow === best.narrow && size > best.size))
        best = { size: size, cols: splits[s], narrow: narrow };
    }
    for (var k = 0; k < grids.length; k++) if (best.cols) grids[k].style.setProperty('--cols', String(best.cols));
    board.style.setProperty('--wall-card', best.size + 'px');
    board.setAttribute('data-fitted', String(best.size));
  }
  var fitTimer = null;
  function refit() {
    if (fitTimer === null)
      fitTimer = setTimeout(function () {
        fitTimer = null;
        fit();
      }, 250);
  }

  // Presenter mode follows the wall's stream by asking for its own board again (at most twice a
  // second): any state change, and for the most-voted view any card change, since the ranking moves.
  var focus = null;
  var pending = null;
  function reload() {
    pending = null;
    var xhr = new XMLHttpRequest();
    xhr.open('GET', location.href);
    xhr.setRequestHeader('HX-Request', 'true');
    xhr.onload = function () {
      if (xhr.status !== 200) return;
      var t = document.createElement('template');
      t.innerHTML = xhr.responseText;
      var fresh = t.content.getElementById('wall-board');
      var old = document.getElementById('wall-board');
      if (fresh && old) old.replaceWith(fresh);
    };
    xhr.send();
  }
  document.addEventListener(
    'htmx:sseBeforeMessage',
    function (e) {
      var type = e.detail && e.detail.type;
      if (!focus || !(type === 'state' || (type === 'card' && focus === 'top'))) return;
      e.preventDefault();
      e.stopPropagation();
      if (pending === null) pending = setTimeout(reload, 500);
    },
    true,
  );

  // Keys follow the links that carry them; the links keep the wall's other choices (all, join).
  function follow(link) {
    var target = new URL(link.href);
    var keep = (link.getAttribute('data-keep') || '').split(' ');
    var here = new URLSearchParams(location.search);
    for (var i = 0; i < keep.length; i++)
      if (keep[i] && here.has(keep[i]) && !target.searchParams.has(keep[i]))
        target.searchParams.set(keep[i], here.get(keep[i]));
    location.href = target.href;
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    var key = e.key === 'Escape' ? 'Escape' : e.key.length === 1 ? e.key.toLowerCase() : '';
    var link = key && document.querySelector('a[data-key="' + key + '"]');
    if (!link) return;
    e.preventDefault();
    follow(link);
  });
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[data-keep]');
    if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    follow(link);
  });

  document.addEventListener('DOMContentLoaded', function () {
    var view = document.querySelector('.wall-view');
    if (!view) return;
    focus = view.getAttribute('data-focus');
    // the ticking timer changes the header every half second: only changes to the cards count
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) if (!records[i].target.closest('.wall-head')) return refit();
    }).observe(view, { childList: true, subtree: true });
    window.addEventListener('resize', refit);
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(refit);
    fit();
  });
})();
