// The ambassador's queue: urgent first, then the longest waiting; refreshed live.
(function () {
	'use strict';
	const { api, el, since, notice } = window.Console;
	const list = document.getElementById('tickets');
	const live = document.getElementById('live');
	let state = 'open';

	const STATES = { WAITING: 'Chờ nhận', CLAIMED: 'Đã nhận', ANSWERED: 'Đã trả lời', RESOLVED: 'Đã xong' };

	function item(ticket) {
		const badges = [];
		if (ticket.urgentReason) { badges.push(el('span', { class: 'badge urgent', text: 'Khẩn' })); }
		if (ticket.wardWide && ticket.state === 'WAITING') { badges.push(el('span', { class: 'badge ward', text: 'Cả phường' })); }
		badges.push(el('span', { class: 'badge', text: STATES[ticket.state] || ticket.state }));
		badges.push(el('span', { text: ticket.groupCode || 'Chưa rõ tổ' }));
		badges.push(el('span', { text: 'chờ từ ' + since(ticket.openedAt) }));
		if (ticket.claimedBy) { badges.push(el('span', { text: '· ' + ticket.claimedBy })); }
		const lines = [el('div', { class: 'meta' }, badges), el('p', { class: 'text', text: ticket.preview || '(không có chữ)' })];
		if (ticket.urgentReason) { lines.push(el('p', { class: 'small muted', text: ticket.urgentReason })); }
		return el('li', { 'data-ticket': ticket.id }, [el('a', { href: '/console/ticket.html?id=' + ticket.id }, lines)]);
	}

	async function load() {
		try {
			const tickets = await api('GET', '/api/v1/tickets?state=' + state);
			list.replaceChildren(...tickets.map(item));
			if (tickets.length === 0) {
				list.replaceChildren(el('li', { class: 'empty', text: state === 'open' ? 'Chưa có phiếu nào cần xử lý.' : 'Chưa có phiếu nào đã xong.' }));
			}
		} catch (error) {
			notice(live, error.message, 'error');
		}
	}

	function select(which) {
		state = which;
		document.getElementById('tab-open').classList.toggle('primary', which === 'open');
		document.getElementById('tab-resolved').classList.toggle('primary', which === 'resolved');
		document.getElementById('tab-open').setAttribute('aria-selected', String(which === 'open'));
		document.getElementById('tab-resolved').setAttribute('aria-selected', String(which === 'resolved'));
		load();
	}

	document.getElementById('tab-open').addEventListener('click', () => select('open'));
	document.getElementById('tab-resolved').addEventListener('click', () => select('resolved'));
	document.getElementById('logout').addEventListener('click', async () => {
		await fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': window.Console.csrfToken() }, credentials: 'same-origin' });
		window.location.href = '/login?logout';
	});

	api('GET', '/api/v1/me').then((me) => {
		document.getElementById('who').textContent = me.name;
		document.getElementById('staff-link').hidden = !me.staff;
		document.getElementById('scope').textContent = me.staff ? 'Cán bộ phường: thấy mọi phiếu.'
			: 'Phụ trách: ' + me.groups.map((group) => group.name).join(', ') + ' (và phiếu quá hạn của cả phường).';
	});

	const events = new EventSource('/api/v1/tickets/events');
	['opened', 'updated', 'claimed', 'answered', 'released', 'resolved', 'reopened', 'overdue'].forEach((kind) =>
		events.addEventListener(kind, (event) => {
			const news = JSON.parse(event.data);
			if (kind === 'opened' || kind === 'overdue' || kind === 'reopened') {
				notice(live, (news.urgent ? 'KHẨN – ' : '') + news.message, news.urgent ? 'error' : '');
			}
			load();
		}));
	setInterval(load, 60000);
	select('open');
})();
