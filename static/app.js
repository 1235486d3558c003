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
  // Copy-to-clipboard buttons: <button data-copy="#id">. The Clipboard API only exists on https
  // and localhost; on a plain-http intranet address the text is selected with a message instead.
  function copyMessage(btn, text) {
    var old = btn.getAttribute('data-label') || btn.textContent;
    btn.setAttribute('data-label', old);
    btn.textContent = text;
    setTimeout(function () {
      btn.textContent = old;
    }, 4000);
  }
  function selectForCopy(btn, el) {
    if (el.select) {
      el.focus();
      el.select();
    } else {
      var range = document.createRange();
      range.selectNodeContents(el);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (_err) {
      copied = false;
    }
    copyMessage(btn, copied ? 'コピーしました' : '選択しました。Ctrl+C（Macは⌘+C）でコピーしてください');
  }
  document.addEventListener('click', function (e) {
    var btn = e.target.closest && e.target.closest('[data-copy]');
    if (!btn) return;
    var el = document.querySelector(btn.getAttribute('data-copy'));
    if (!el) return;
    var text = el.value !== undefined ? el.value : el.textContent;
    if (!navigator.clipboard || !window.isSecureContext) return selectForCopy(btn, el);
    navigator.clipboard.writeText(text).then(
      function () {
        copyMessage(btn, 'コピーしました');
      },
      function () {
        selectForCopy(btn, el);
      },
    );
  });
  // Print buttons
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('[data-print]')) window.print();
  });
  // Destructive actions: <form data-confirm="what will happen"> asks before it is sent.
  document.addEventListener(
    'submit',
    function (e) {
      var form = e.target;
      var message = form.getAttribute && form.getAttribute('data-confirm');
      if (message && !window.confirm(message)) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    },
    true,
  );
  // Long forms (<form data-unsaved-warning>) warn before leaving while something typed is not
  // saved yet; an autosave that went through, or sending the form, clears the mark.
  var dirty = new Set();
  function markDirty(e) {
    var form = e.target.form || (e.target.closest && e.target.closest('form'));
    if (form && form.hasAttribute('data-unsaved-warning')) dirty.add(form);
  }
  document.addEventListener('input', markDirty);
  document.addEventListener('change', markDirty);
  document.addEventListener('submit', function (e) {
    dirty.delete(e.target);
  });
  document.addEventListener('htmx:beforeRequest', function (e) {
    var form = e.detail.elt;
    if (form && dirty.has(form)) {
      form.__sending = true;
      dirty.delete(form);
    }
  });
  document.addEventListener('htmx:afterRequest', function (e) {
    var form = e.detail.elt;
    if (form && form.__sending) {
      form.__sending = false;
      // a failed autosave keeps the warning
      if (!e.detail.successful || (e.detail.xhr && /data-not-saved/.test(e.detail.xhr.responseText))) dirty.add(form);
    }
  });
  window.addEventListener('beforeunload', function (e) {
    var pending = false;
    dirty.forEach(function (form) {
      if (document.body.contains(form)) pending = true;
    });
    if (!pending) return;
    e.preventDefault();
    e.returnValue = '';
  });
  // Outputs built from saved settings (<a data-unsaved-of="form-id">): while that form has unsaved
  // changes, say so and offer to save them first, so the output matches what is on screen.
  document.addEventListener(
    'click',
    function (e) {
      var el = e.target.closest && e.target.closest('[data-unsaved-of]');
      if (!el) return;
      var form = document.getElementById(el.getAttribute('data-unsaved-of'));
      if (!form || !dirty.has(form)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (!window.confirm('未保存の変更があります。設定を保存してから出力しますか？')) return;
      fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' }).then(
        function (res) {
          if (!res.ok) return form.submit(); // shows what needs fixing
          dirty.delete(form);
          el.click();
        },
        function () {
          window.alert('設定を保存できませんでした。通信を確認して、もう一度お試しください。');
        },
      );
    },
    true,
  );
  // Slow downloads (packet PDF): <a data-busy="作成中…"> says so until the file arrives.
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[data-busy]');
    if (!link || link.getAttribute('aria-busy') === 'true') return;
    e.preventDefault();
    var label = link.textContent;
    link.setAttribute('aria-busy', 'true');
    link.textContent = link.getAttribute('data-busy');
    fetch(link.href, { credentials: 'same-origin' })
      .then(function (res) {
        if (!res.ok) throw new Error(String(res.status));
        var disposition = res.headers.get('Content-Disposition') || '';
        var star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
        var plain = /filename="([^"]+)"/i.exec(disposition);
        var name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : link.getAttribute('download') || '';
        return res.blob().then(function (blob) {
          var url = URL.createObjectURL(blob);
          var a = document.createElement('a');
          a.href = url;
          a.download = name;
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(function () {
            URL.revokeObjectURL(url);
          }, 10000);
          link.textContent = label;
        });
      })
      .catch(function () {
        link.textContent = label + '（作成できませんでした。もう一度お試しください）';
      })
      .then(function () {
        link.removeAttribute('aria-busy');
      });
  });
})();
