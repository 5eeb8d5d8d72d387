// Draws the report's charts with the inlined Chart.js from the JSON in #report-charts, without animation, at a fixed
// size (so that printing does not resize them). Opens every collapsed section for printing.
(function () {
  'use strict';
  var palette = ['#0b6e4f', '#d1495b', '#edae49', '#00798c', '#30638e', '#6a4c93', '#8d6a9f', '#b5651d'];
  var specs = JSON.parse(document.getElementById('report-charts').textContent);
  var drawn = 0;
  specs.forEach(function (spec) {
    var canvas = document.getElementById(spec.id);
    if (!canvas) { console.error('No canvas for chart ' + spec.id); return; }
    var doughnut = spec.kind === 'doughnut';
    var datasets = spec.series.map(function (series, i) {
      return {
        label: series.name,
        data: series.values,
        backgroundColor: doughnut ? spec.labels.map(function (_, j) { return palette[j % palette.length]; }) : palette[i % palette.length],
        borderWidth: doughnut ? 1 : 0
      };
    });
    var options = {
      responsive: false,
      animation: false,
      plugins: { legend: { display: doughnut || spec.series.length > 1 }, title: { display: true, text: spec.title } }
    };
    if (!doughnut) {
      options.scales = {
        x: { stacked: spec.stacked },
        y: { stacked: spec.stacked, beginAtZero: true, title: { display: true, text: spec.axisTitle } }
      };
    }
    new Chart(canvas, { type: spec.kind, data: { labels: spec.labels, datasets: datasets }, options: options });
    drawn++;
  });
  document.documentElement.setAttribute('data-charts-drawn', String(drawn));
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
}());
