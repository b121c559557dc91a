// An ambassador's own numbers: tickets claimed, answered and resolved, how fast, and how
// residents rated the help, this month beside last month.
(function () {
	'use strict';
	const { api, el, notice, number, percent, seconds } = window.Console;

	function figures(t) {
		return [
			['Phiếu đã nhận', number(t.claimed)], ['Phiếu đã xong', number(t.resolved)],
			['Phiếu đã trả lời', number(t.answered)],
			['Nhận phiếu sau (trung vị)', seconds(t.claimMedianSeconds)],
			['Trả lời lần đầu sau (trung vị)', seconds(t.humanMedianSeconds)],
			['Xong phiếu sau (trung vị)', seconds(t.resolveMedianSeconds)],
			['Người dân thấy hữu ích', percent(t.helpfulPercent) + (t.feedback ? ' (' + number(t.feedback) + ' lượt)' : '')]
		];
	}

	function period(p) {
		return el('section', { class: 'card', 'data-period': p.periodKey }, [
			el('h2', { text: p.label }),
			el('dl', { class: 'figures' }, figures(p.tickets).flatMap(([name, value]) =>
				[el('dt', { text: name }), el('dd', { text: value })]))
		]);
	}

	async function load() {
		const status = document.getElementById('status');
		try {
			const me = await api('GET', '/api/v1/me');
			const numbers = await api('GET', '/api/v1/indicators/ambassadors/' + encodeURIComponent(me.username));
			document.getElementById('heading').textContent = 'Số liệu của ' + numbers.name;
			document.getElementById('periods').replaceChildren(...numbers.periods.map(period));
		} catch (error) {
			notice(status, error.message, 'error');
		}
	}

	load();
})();
