// The staff dashboard: reads /api/v1/indicators for the chosen period and group, draws
// the cards, charts (Chart.js, served by the app) and the group table, and lists the cases
// behind any bar, topic or group that is clicked.
(function () {
	'use strict';
	const { api, el, notice, time } = window.Console;
	const OUTCOMES = [
		{ key: 'contained', label: 'Bot tự trả lời', color: '#2e7d32' },
		{ key: 'clarified', label: 'Bot hỏi lại', color: '#f9a825' },
		{ key: 'escalated', label: 'Chuyển người hỗ trợ', color: '#c62828' },
		{ key: 'other', label: 'Khác', color: '#90a4ae' }
	];
	const STATUS = { ANSWERED: 'Đã trả lời', CLARIFYING: 'Đang hỏi lại', ESCALATED: 'Chuyển người', RECEIVED: 'Mới nhận' };
	const charts = {};
	const form = document.getElementById('filters');
	let report = null;

	function number(value) { return (value === null || value === undefined) ? '–' : value.toLocaleString('vi-VN'); }
	function percent(value) { return (value === null || value === undefined) ? '–' : value.toLocaleString('vi-VN') + '%'; }
	function seconds(value) {
		if (value === null || value === undefined) { return '–'; }
		if (value < 0) { return 'hơn 1 ngày'; }
		if (value < 60) { return '≤ ' + value + ' giây'; }
		if (value < 3600) { return '≤ ' + Math.round(value / 60) + ' phút'; }
		return '≤ ' + Math.round(value / 3600) + ' giờ';
	}

	function query(extra) {
		const params = new URLSearchParams({ period: form.period.value, date: form.date.value });
		if (form.group.value) { params.set('group', form.group.value); }
		Object.entries(extra || {}).forEach(([key, value]) => params.set(key, value));
		return params.toString();
	}

	async function load() {
		notice(document.getElementById('status'), 'Đang tải số liệu…');
		try {
			report = await api('GET', '/api/v1/indicators?' + query());
			document.getElementById('status').replaceChildren();
			render();
		} catch (error) {
			notice(document.getElementById('status'), error.message, 'error');
		}
	}

	function render() {
		const h = report.headline;
		document.getElementById('heading').textContent = report.label + ' · ' + (report.group ? report.groups[0].name : 'Toàn phường');
		document.getElementById('csv').href = '/api/v1/reports/cases.csv?from=' + report.from + '&to=' + report.to;
		document.getElementById('xlsx').href = '/api/v1/reports/periodic.xlsx?period=' + report.period + '&date=' + report.from;
		const cards = [
			['Yêu cầu hỗ trợ', number(h.cases)], ['Người dân được hỗ trợ', number(h.residents)],
			['Người dân mới', number(h.newResidents)], ['Bot tự trả lời', percent(h.containmentPercent)],
			['Chuyển người hỗ trợ', number(h.escalated)], ['Bot hỏi lại', number(h.clarified)],
			['Bot trả lời (trung vị)', seconds(h.botMedianSeconds)], ['90% được trả lời trong', seconds(h.botP90Seconds)],
			['Đánh giá hữu ích', percent(h.helpfulPercent)], ['Không gửi được', number(h.undeliverable)]
		];
		document.getElementById('cards').replaceChildren(...cards.map(([name, value]) =>
			el('div', { class: 'card' }, [el('div', { class: 'value', text: value }), el('div', { class: 'name', text: name })])));
		drawPerDay();
		drawTopics();
		drawResponseTimes();
		renderGroups();
	}

	function chart(id, config) {
		if (charts[id]) { charts[id].destroy(); }
		config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
		charts[id] = new Chart(document.getElementById(id), config);
	}

	function drawPerDay() {
		const days = report.days;
		const values = {
			contained: days.map((d) => d.contained), clarified: days.map((d) => d.clarified),
			escalated: days.map((d) => d.escalated),
			other: days.map((d) => Math.max(0, d.cases - d.contained - d.clarified - d.escalated))
		};
		chart('perDay', {
			type: 'bar',
			data: {
				labels: days.map((d) => d.day.substring(8) + '/' + d.day.substring(5, 7)),
				datasets: OUTCOMES.map((o) => ({ label: o.label, data: values[o.key], backgroundColor: o.color }))
			},
			options: {
				scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
				onClick: (event, elements) => {
					if (!elements.length) { return; }
					const day = days[elements[0].index].day;
					const outcome = OUTCOMES[elements[0].datasetIndex];
					drill('Ngày ' + day + ' · ' + outcome.label, { period: 'day', date: day, outcome: outcome.key === 'other' ? 'cases' : outcome.key });
				}
			}
		});
	}

	function drawTopics() {
		const topics = report.topics.slice(0, 10);
		chart('topics', {
			type: 'bar',
			data: {
				labels: topics.map((t) => t.title),
				datasets: [
					{ label: 'Kỳ này', data: topics.map((t) => t.cases), backgroundColor: '#0b5cad' },
					{ label: 'Kỳ trước', data: topics.map((t) => t.previousCases), backgroundColor: '#b0c4de' }
				]
			},
			options: {
				indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
				onClick: (event, elements) => {
					if (elements.length) {
						const topic = topics[elements[0].index];
						drill('Chủ đề: ' + topic.title, { topic: topic.topic });
					}
				}
			}
		});
	}

	function drawResponseTimes() {
		chart('responseTimes', {
			type: 'bar',
			data: {
				labels: report.botResponse.map((b) => b.label),
				datasets: [{ label: 'Số yêu cầu', data: report.botResponse.map((b) => b.count), backgroundColor: '#6a1b9a' }]
			},
			options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
		});
	}

	function renderGroups() {
		const monthly = report.period === 'month';
		const head = el('tr', {}, ['Tổ dân phố', 'Yêu cầu', 'Người dân', 'Người mới', 'Bot tự trả lời', 'Chuyển người']
			.concat(monthly ? ['Chỉ tiêu', 'Hoàn thành'] : [])
			.map((name, i) => el('th', { class: i ? 'number' : '', text: name })));
		const rows = report.groups.map((g) => {
			const cells = [g.name, g.cases, g.residents, g.newResidents, g.contained, g.escalated]
				.map((value, i) => el('td', { class: i ? 'number' : '', text: i ? number(value) : value }));
			if (monthly) {
				const input = el('input', { class: 'target', type: 'number', min: '0', step: '1', 'data-group': g.group,
					'aria-label': 'Chỉ tiêu của ' + g.name, value: g.target === null ? '' : String(g.target) });
				input.addEventListener('click', (event) => event.stopPropagation());
				const done = Math.min(100, g.completionPercent || 0);
				cells.push(el('td', { class: 'number' }, g.group === '-' ? [] : [input]));
				cells.push(el('td', {}, [el('div', { class: 'progress', title: percent(g.completionPercent) }, [el('span', { style: 'width:' + done + '%' })]),
					el('span', { class: 'small', text: percent(g.completionPercent) })]));
			}
			const row = el('tr', { class: 'clickable' }, cells);
			row.addEventListener('click', () => drill(g.name, { group: g.group }));
			return row;
		});
		document.getElementById('groups').replaceChildren(el('thead', {}, [head]), el('tbody', {}, rows));
		const save = el('button', { type: 'button', class: 'primary', text: 'Lưu chỉ tiêu tháng' });
		save.addEventListener('click', saveTargets);
		document.getElementById('targetActions').replaceChildren(...(monthly && report.groups.length ? [save] : []));
		document.getElementById('targetsHint').hidden = !monthly;
	}

	async function saveTargets() {
		const targets = {};
		document.querySelectorAll('input.target').forEach((input) => {
			if (input.value !== '') { targets[input.dataset.group] = Number(input.value); }
		});
		try {
			await api('PUT', '/api/v1/indicators/targets?month=' + report.from.substring(0, 7), targets);
			notice(document.getElementById('status'), 'Đã lưu chỉ tiêu.', 'ok');
			load();
		} catch (error) {
			notice(document.getElementById('status'), error.message, 'error');
		}
	}

	async function drill(title, extra) {
		const section = document.getElementById('drill');
		section.hidden = false;
		document.getElementById('drillTitle').textContent = title;
		const list = document.getElementById('drillList');
		list.replaceChildren(el('li', { class: 'empty', text: 'Đang tải…' }));
		try {
			const cases = await api('GET', '/api/v1/indicators/cases?' + query(extra));
			list.replaceChildren(...(cases.length ? cases.map(caseItem) : [el('li', { class: 'empty', text: 'Không có yêu cầu nào.' })]));
		} catch (error) {
			list.replaceChildren(el('li', { class: 'empty', text: error.message }));
		}
		section.scrollIntoView({ behavior: 'smooth' });
	}

	function caseItem(c) {
		return el('li', {}, [el('div', { style: 'padding:10px 14px' }, [
			el('div', { class: 'meta' }, [el('span', { text: time(c.receivedAt) }), el('span', { class: 'badge', text: c.channel }),
				el('span', { class: 'badge', text: STATUS[c.status] || c.status }), el('span', { text: c.topic || 'ngoài phạm vi' }),
				el('span', { text: c.groupCode ? 'Tổ ' + c.groupCode : '' })]),
			el('p', { class: 'text', text: c.text })])]);
	}

	async function loadGroups() {
		const seen = (report && report.groups) || [];
		const select = form.group;
		const chosen = select.value;
		select.replaceChildren(el('option', { value: '', text: 'Toàn phường' }),
			...seen.filter((g) => g.group !== '-').map((g) => el('option', { value: g.group, text: g.name })));
		select.value = chosen;
	}

	async function leaderboardSwitch() {
		const box = document.getElementById('leaderboardOn');
		box.checked = (await api('GET', '/api/v1/indicators/leaderboard')).enabled;
		box.addEventListener('change', async () => {
			try {
				await api('PUT', '/api/v1/indicators/leaderboard', { enabled: box.checked });
				notice(document.getElementById('status'), box.checked ? 'Bảng xếp hạng đang hiện.' : 'Đã ẩn bảng xếp hạng.', 'ok');
			} catch (error) {
				box.checked = !box.checked;
				notice(document.getElementById('status'), error.message, 'error');
			}
		});
	}

	form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
	form.date.value = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
	load().then(() => { if (!form.group.value && report) { loadGroups(); } });
	leaderboardSwitch();
})();
