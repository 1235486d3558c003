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
  // The largest text size (px) at which the board's body shows every card without scrolling,
  // searched outward from `start` (the last size: a new card rarely moves it by more than a pixel,
  // and each try lays out the whole board).
  function largest(board, body, start) {
    var at = function (px) {
      board.style.setProperty('--wall-card', px + 'px');
      return fits(body);
    };
    var lo = Math.min(MAX, Math.max(MIN, Math.round(start) || MIN));
    var hi;
    var step = 1;
    if (at(lo)) {
      for (hi = lo + step; hi <= MAX && at(hi); hi = lo + step) {
        lo = hi;
        step *= 2;
      }
      hi = Math.min(hi, MAX + 1);
    } else {
      for (hi = lo, lo = hi - step; lo > MIN && !at(lo); lo = hi - step) {
        hi = lo;
        step *= 2;
      }
      lo = Math.max(lo, MIN);
    }
    // lo fits (or is the minimum), hi does not
    while (hi - lo > 1) {
      var mid = Math.floor((lo + hi) / 2);
      if (at(mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  }
  var fitted = null;
  // On a new board (page load, a state change, a resize) tries one to six columns and keeps the one
  // with the largest text that still gets about seven characters on a line (a group may go on in
  // the next column); when only cards came or went, keeps the columns and adjusts the size.
  function fit(whole) {
    var board = document.getElementById('wall-board');
    var body = board && board.querySelector('.wall-body');
    if (!body) return;
    var start = Number(board.getAttribute('data-fitted')) || parseFloat(getComputedStyle(body).fontSize);
    var grids = body.querySelectorAll('.w-groups');
    var visible = null;
    for (var i = 0; i < grids.length; i++) if (grids[i].offsetParent) visible = grids[i];
    var cols = visible && board === fitted && !whole ? [Number(visible.style.getPropertyValue('--cols'))] : [];
    if (visible && !cols[0]) cols = [1, 2, 3, 4, 5, 6];
    var setCols = function (n) {
      for (var g = 0; g < grids.length; g++) grids[g].style.setProperty('--cols', String(n));
    };
    var best = { size: 0, cols: 0, narrow: true };
    for (var c = 0; c < Math.max(cols.length, 1); c++) {
      if (cols.length) setCols(cols[c]);
      var size = largest(board, body, best.size || start);
      var narrow = cols.length > 1 && body.clientWidth / cols[c] / size < 7;
      if ((best.narrow && !narrow) || (narrow === best.narrow && size > best.size))
        best = { size: size, cols: cols[c], narrow: narrow };
    }
    if (best.cols) setCols(best.cols);
    board.style.setProperty('--wall-card', best.size + 'px');
    board.setAttribute('data-fitted', String(best.size));
    fitted = board;
  }
  var fitTimer = null;
  var fitWhole = false;
  function refit(whole) {
    fitWhole = fitWhole || whole === true;
    if (fitTimer === null)
      fitTimer = setTimeout(function () {
        fitTimer = null;
        fit(fitWhole);
        fitWhole = false;
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
    window.addEventListener('resize', function () {
      refit(true);
    });
    if (document.fonts && document.fonts.ready)
      document.fonts.ready.then(function () {
        refit(true);
      });
    fit(true);
  });
})();
