// Staff see, per channel, the replies still waiting to be sent and how long the oldest has waited.
(function () {
	'use strict';
	const { api, el, notice } = window.Console;
	const status = document.getElementById('status');

	function waited(seconds) {
		if (seconds <= 0) { return '–'; }
		if (seconds < 60) { return seconds + ' giây'; }
		if (seconds < 3600) { return Math.floor(seconds / 60) + ' phút'; }
		if (seconds < 86400) { return Math.floor(seconds / 3600) + ' giờ ' + Math.floor((seconds % 3600) / 60) + ' phút'; }
		return Math.floor(seconds / 86400) + ' ngày ' + Math.floor((seconds % 86400) / 3600) + ' giờ';
	}

	async function load() {
		try {
			const channels = await api('GET', '/api/v1/outbox');
			document.getElementById('channels').replaceChildren(...channels.map((c) => el('tr', {}, [
				el('td', { text: c.name }), el('td', { text: String(c.waiting) }),
				el('td', { text: waited(c.oldestWaitingSeconds), class: c.oldestWaitingSeconds > 900 ? 'error' : '' }),
				el('td', { text: String(c.notDelivered) })
			])));
			status.replaceChildren();
		} catch (error) {
			notice(status, error.message, 'error');
		}
	}

	load();
	setInterval(load, 15000);
})();
