// The staff dashboard: reads /api/v1/indicators for the chosen period and group, draws
// the cards, charts (Chart.js, served by the app) and the group table, and lists the cases
// behind any bar, topic or group that is clicked; and the "Bình dân học vụ số" classes of
// the period's first month, from /api/v1/classes/figures.
(function () {
	'use strict';
	const { api, el, notice, time, number, percent, seconds } = window.Console;
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
	let groupNames = null;

	const TICKET_STATES = { WAITING: 'Chờ nhận', CLAIMED: 'Đã nhận', ANSWERED: 'Đã trả lời', RESOLVED: 'Đã xong' };

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
			['Đánh giá hữu ích', percent(h.helpfulPercent)], ['Không gửi được', number(h.undeliverable)],
			['Phiếu mới', number(h.tickets.opened)], ['Phiếu quá hạn chưa ai nhận', number(h.tickets.pastSla)],
			['Nhận phiếu sau (trung vị)', seconds(h.tickets.claimMedianSeconds)],
			['Đại sứ trả lời lần đầu (trung vị)', seconds(h.tickets.humanMedianSeconds)],
			['Xong phiếu sau (trung vị)', seconds(h.tickets.resolveMedianSeconds)]
		];
		document.getElementById('cards').replaceChildren(...cards.map(([name, value]) =>
			el('div', { class: 'card' }, [el('div', { class: 'value', text: value }), el('div', { class: 'name', text: name })])));
		drawPerDay();
		drawTopics();
		drawResponseTimes();
		renderGroups();
		renderAmbassadors();
		loadClasses();
	}

	// The ward's residential groups by code, read once; a group the ward no longer lists
	// shows its code.
	async function names() {
		if (!groupNames) {
			groupNames = {};
			(report.groups || []).forEach((g) => { groupNames[g.group] = g.name; });
			try {
				(await api('GET', '/api/v1/groups')).forEach((g) => { groupNames[g.code] = g.name; });
			} catch (error) {
				// The names from the indicators are enough to go on.
			}
		}
		return groupNames;
	}

	function groupName(code, known) {
		if (code === '*') { return 'Cả phường'; }
		if (code === '-') { return 'Chưa rõ tổ'; }
		return known[code] || code;
	}

	// The classes that start in the month of the period's first day.
	async function loadClasses() {
		const month = report.from.substring(0, 7);
		const totals = document.getElementById('classTotals');
		const table = document.getElementById('classGroups');
		document.getElementById('classesMonth').textContent = 'Tháng ' + Number(month.substring(5)) + '/' + month.substring(0, 4)
			+ ': các lớp bắt đầu trong tháng. Lớp đã học là lớp đã kết thúc và không bị hủy.';
		try {
			const [figures, known] = await Promise.all([api('GET', '/api/v1/classes/figures?month=' + month), names()]);
			if (report.from.substring(0, 7) !== month) { return; }
			totals.replaceChildren(...[['Lớp đã lên lịch', figures.classesPlanned], ['Lớp đã học', figures.classesHeld],
				['Lượt đăng ký', figures.signUps], ['Người dự lớp', figures.attendees]].map(([name, value]) =>
				el('div', { class: 'card' }, [el('div', { class: 'value', text: number(value) }), el('div', { class: 'name', text: name })])));
			const head = el('tr', {}, ['Tổ dân phố', 'Lớp đã học', 'Lượt đăng ký', 'Người dự lớp']
				.map((name, i) => el('th', { class: i ? 'number' : '', text: name })));
			const rows = figures.groups.length ? figures.groups.map((g) => el('tr', { 'data-group': g.group },
				[el('td', { text: groupName(g.group, known) })].concat([g.classesHeld, g.signUps, g.attendees]
					.map((value) => el('td', { class: 'number', text: number(value) })))))
				: [el('tr', {}, [el('td', { colspan: '4', class: 'muted', text: 'Tháng này chưa có lớp nào.' })])];
			table.replaceChildren(el('thead', {}, [head]), el('tbody', {}, rows));
		} catch (error) {
			totals.replaceChildren();
			table.replaceChildren(el('tbody', {}, [el('tr', {}, [el('td', { class: 'muted', text: error.message })])]));
		}
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
				datasets: [
					{ label: 'Bot (yêu cầu)', data: report.botResponse.map((b) => b.count), backgroundColor: '#6a1b9a' },
					{ label: 'Đại sứ số (phiếu)', data: report.humanResponse.map((b) => b.count), backgroundColor: '#ef6c00' }
				]
			},
			options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
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
				cells.push(el('td', {}, [el('div', { class: 'progress', title: percent(g.completionPercent) }, [el('span', { style: { width: done + '%' } })]),
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

	// Each ambassador's tickets; a count opens the tickets behind it.
	function renderAmbassadors() {
		const section = document.getElementById('ambassadorsCard');
		section.hidden = Boolean(report.group);
		const counts = [['claimed', 'Đã nhận'], ['answered', 'Đã trả lời'], ['resolved', 'Đã xong']];
		const head = el('tr', {}, ['Đại sứ số'].concat(counts.map((c) => c[1]),
			['Nhận sau (trung vị)', 'Trả lời sau (trung vị)', 'Xong sau (trung vị)', 'Hữu ích'])
			.map((name, i) => el('th', { class: i ? 'number' : '', text: name })));
		const rows = report.ambassadors.map((a) => {
			const t = a.tickets;
			const cells = [el('td', { text: a.name })].concat(counts.map(([key, label]) => {
				const link = el('button', { type: 'button', class: 'link', 'data-outcome': key, text: number(t[key]) });
				link.addEventListener('click', () => drillTickets(a.name + ' · ' + label, { ambassador: a.username, outcome: key }));
				return el('td', { class: 'number' }, [link]);
			}), [seconds(t.claimMedianSeconds), seconds(t.humanMedianSeconds), seconds(t.resolveMedianSeconds),
				percent(t.helpfulPercent)].map((text) => el('td', { class: 'number', text: text })));
			return el('tr', { 'data-ambassador': a.username }, cells);
		});
		document.getElementById('ambassadors').replaceChildren(el('thead', {}, [head]), el('tbody', {}, rows));
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

	function drill(title, extra) {
		show(title, '/api/v1/indicators/cases?' + query(extra), caseItem, 'Không có yêu cầu nào.');
	}

	function drillTickets(title, extra) {
		show(title, '/api/v1/indicators/tickets?' + query(extra), ticketItem, 'Không có phiếu nào.');
	}

	async function show(title, url, item, none) {
		const section = document.getElementById('drill');
		section.hidden = false;
		document.getElementById('drillTitle').textContent = title;
		const list = document.getElementById('drillList');
		list.replaceChildren(el('li', { class: 'empty', text: 'Đang tải…' }));
		try {
			const found = await api('GET', url);
			list.replaceChildren(...(found.length ? found.map(item) : [el('li', { class: 'empty', text: none })]));
		} catch (error) {
			list.replaceChildren(el('li', { class: 'empty', text: error.message }));
		}
		section.scrollIntoView({ behavior: 'smooth' });
	}

	function ticketItem(t) {
		return el('li', { 'data-ticket': t.id }, [el('a', { href: '/console/ticket.html?id=' + t.id }, [
			el('div', { class: 'meta' }, [el('span', { text: time(t.openedAt) }), el('span', { class: 'badge', text: TICKET_STATES[t.state] || t.state }),
				el('span', { text: t.groupCode ? 'Tổ ' + t.groupCode : 'Chưa rõ tổ' }),
				el('span', { text: t.resolvedBy || t.claimedBy ? '· ' + (t.resolvedBy || t.claimedBy) : '' })]),
			el('p', { class: 'text', text: t.preview })])]);
	}

	function caseItem(c) {
		return el('li', {}, [el('div', { style: { padding: '10px 14px' } }, [
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
