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
// An htmx request that fails (other than the 409 and 422 a form shows inline) says so above the page:
// a file too large, no permission, a record gone, the server or the network down.
function showRequestError(key) {
  var box = document.getElementById('request-error');
  if (box) {
    box.textContent = box.getAttribute('data-msg-' + key) || box.getAttribute('data-msg-other');
    box.classList.remove('d-none');
    box.scrollIntoView({ block: 'nearest' });
  }
}
document.addEventListener('htmx:responseError', function (event) {
  var status = String(event.detail.xhr.status);
  showRequestError(['403', '404', '413'].indexOf(status) >= 0 ? status : 'other');
});
document.addEventListener('htmx:sendError', function () { showRequestError('offline'); });
// A file over the upload limit is refused here: the server would cut the connection before answering.
document.addEventListener('htmx:beforeRequest', function (event) {
  var box = document.getElementById('request-error');
  if (!box) {
    return;
  }
  box.classList.add('d-none');
  var limit = Number(box.getAttribute('data-max-upload')) || Infinity;
  var form = event.detail.elt.closest('form') || event.detail.elt;
  var tooLarge = Array.prototype.some.call(form.querySelectorAll('input[type=file]'), function (input) {
    return Array.prototype.some.call(input.files || [], function (file) { return file.size > limit; });
  });
  if (tooLarge) {
    event.preventDefault();
    showRequestError('413');
  }
});
