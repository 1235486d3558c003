// Small progressive enhancements; every page works without this file.
(function () {
  'use strict';
  // Focus the error summary after a failed submit so screen readers announce it.
  function focusErrors(root) {
    var summary = (root || document).querySelector('.error-summary');
    if (summary) summary.focus();
  }
  document.addEventListener('DOMContentLoaded', function () {
    focusErrors(document);
  });
  document.addEventListener('htmx:afterSwap', function (e) {
    focusErrors(e.target);
  });
  // Copy-to-clipboard buttons: <button data-copy="#id">
  document.addEventListener('click', function (e) {
    var btn = e.target.closest && e.target.closest('[data-copy]');
    if (!btn) return;
    var el = document.querySelector(btn.getAttribute('data-copy'));
    if (!el) return;
    var text = el.value !== undefined ? el.value : el.textContent;
    navigator.clipboard.writeText(text).then(function () {
      var old = btn.textContent;
      btn.textContent = 'コピーしました';
      setTimeout(function () {
        btn.textContent = old;
      }, 1500);
    });
  });
  // Print buttons
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('[data-print]')) window.print();
  });
})();
