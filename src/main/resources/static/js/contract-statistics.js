// Contract statistics page: the period picker shows the fields of the chosen kind only, and the
// chart is drawn from the JSON in the canvas's data-chart attribute (no inline scripts: CSP).
(function () {
  function showFieldsOfKind(form) {
    var kind = form.querySelector('[data-period-kind]');
    form.querySelectorAll('[data-period-fields]').forEach(function (group) {
      var shown = group.dataset.periodFields === kind.value;
      group.classList.toggle('d-none', !shown);
      group.querySelectorAll('input, select').forEach(function (input) {
        input.disabled = !shown;
      });
    });
  }

  function drawChart(canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var language = document.documentElement.lang || 'es';
    var money = new Intl.NumberFormat(language, { style: 'currency', currency: data.currency, maximumFractionDigits: 0 });
    var colours = ['#0d6efd', '#adb5bd'];
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (dataset, index) {
          return { label: dataset.label, data: dataset.data, backgroundColor: colours[index % colours.length] };
        })
      },
      options: {
        responsive: true,
        scales: { y: { beginAtZero: true, ticks: { callback: function (value) { return money.format(value); } } } },
        plugins: {
          tooltip: { callbacks: { label: function (item) { return item.dataset.label + ': ' + money.format(item.parsed.y); } } }
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('period-picker');
    if (form) {
      showFieldsOfKind(form);
      form.querySelector('[data-period-kind]').addEventListener('change', function () { showFieldsOfKind(form); });
    }
    var canvas = document.getElementById('statistics-chart');
    if (canvas && window.Chart) {
      drawChart(canvas);
    }
  });
})();
