// Trastienda: CSRF token on every htmx request; focus the first invalid field after a swap.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// After settling (htmx puts focus back on the element that had it only then); an outerHTML swap
// leaves the old target detached, so look in the document.
document.addEventListener('htmx:afterSettle', function (event) {
  var root = event.detail.target && event.detail.target.isConnected ? event.detail.target : document;
  var invalid = root.querySelector('.is-invalid');
  if (invalid) {
    invalid.focus();
  }
});
// Bars show a share without inline styles (CSP): the width comes from data-percent.
function sizeBars(root) {
  root.querySelectorAll('[data-percent]').forEach(function (bar) {
    bar.style.width = Math.max(0, Math.min(100, Number(bar.dataset.percent))) + '%';
  });
}
document.addEventListener('DOMContentLoaded', function () { sizeBars(document); });
document.addEventListener('htmx:afterSwap', function (event) { sizeBars(event.detail.target); });
