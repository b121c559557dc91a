// Draws the leaderboard table as a bar chart (Chart.js, served by the app); the table
// itself is the page's content, so the page reads fine without this script.
(function () {
	'use strict';
	const rows = Array.from(document.querySelectorAll('#ranking tbody tr'));
	if (!rows.length || !window.Chart) { return; }
	const canvas = document.getElementById('chart');
	canvas.parentElement.style.height = Math.max(220, rows.length * 36) + 'px';
	new Chart(canvas, {
		type: 'bar',
		data: {
			labels: rows.map((row) => row.dataset.name),
			datasets: [{ label: 'Người dân được hỗ trợ', data: rows.map((row) => Number(row.dataset.residents)), backgroundColor: '#0b5cad' }]
		},
		options: {
			indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
			plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
		}
	});
})();
