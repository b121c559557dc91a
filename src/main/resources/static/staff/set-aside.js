// Staff see the messages set aside after every attempt failed, and retry or dismiss each.
(function () {
	'use strict';
	const { api, el, notice, time } = window.Console;
	const status = document.getElementById('status');

	async function decide(event, decision, done) {
		try {
			await api('POST', '/api/v1/inbox/set-aside/' + encodeURIComponent(event.id) + '/' + decision);
			notice(status, done, 'ok');
		} catch (error) {
			notice(status, error.message, 'error');
		}
		load();
	}

	function row(event) {
		return el('tr', {}, [
			el('td', { text: event.channelName }), el('td', { text: time(event.receivedAt) }),
			el('td', { text: String(event.attempts) }), el('td', { text: event.reason }),
			el('td', {}, [el('div', { class: 'actions' }, [
				el('button', { type: 'button', class: 'primary', text: 'Thử lại',
					onclick: () => decide(event, 'retry', 'Đã đưa tin nhắn vào xử lý lại.') }),
				el('button', { type: 'button', text: 'Bỏ qua',
					onclick: () => decide(event, 'dismiss', 'Đã bỏ qua tin nhắn.') })
			])])
		]);
	}

	async function load() {
		try {
			const events = await api('GET', '/api/v1/inbox/set-aside');
			document.getElementById('events').replaceChildren(...events.map(row));
			document.getElementById('empty').hidden = events.length > 0;
		} catch (error) {
			notice(status, error.message, 'error');
		}
	}

	load();
})();
