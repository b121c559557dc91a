// Staff manage residential groups and ambassadors.
(function () {
	'use strict';
	const { api, el, notice } = window.Console;
	const status = document.getElementById('status');

	async function run(action, done) {
		try {
			await action();
			notice(status, done, 'ok');
			await load();
		} catch (error) {
			notice(status, error.message, 'error');
		}
	}

	async function load() {
		const [groups, ambassadors] = await Promise.all([api('GET', '/api/v1/groups'), api('GET', '/api/v1/ambassadors')]);
		document.getElementById('groups').replaceChildren(...groups.map((group) => el('tr', {}, [
			el('td', { text: group.code }), el('td', { text: group.name }),
			el('td', {}, [el('button', { type: 'button', class: 'danger', text: 'Xóa', onclick: () => {
				if (confirm('Xóa ' + group.name + '?')) { run(() => api('DELETE', '/api/v1/groups/' + encodeURIComponent(group.code)), 'Đã xóa tổ.'); }
			} })])
		])));
		document.getElementById('a-groups').replaceChildren(...groups.map((group) =>
			el('option', { value: group.code, text: group.code + ' – ' + group.name })));
		document.getElementById('ambassadors').replaceChildren(...ambassadors.map((a) => el('tr', {}, [
			el('td', { text: a.name + ' (' + a.username + ')' }), el('td', { text: a.groupCodes.join(', ') }), el('td', { text: a.phone }),
			el('td', {}, [el('button', { type: 'button', class: 'danger', text: 'Xóa', onclick: () => {
				if (confirm('Xóa đại sứ số ' + a.name + '?')) { run(() => api('DELETE', '/api/v1/ambassadors/' + encodeURIComponent(a.username)), 'Đã xóa đại sứ số.'); }
			} })])
		])));
	}

	document.getElementById('group-form').addEventListener('submit', (event) => {
		event.preventDefault();
		const code = document.getElementById('group-code').value.trim();
		run(() => api('PUT', '/api/v1/groups/' + encodeURIComponent(code), { name: document.getElementById('group-name').value }), 'Đã lưu tổ dân phố.');
	});
	document.getElementById('ambassador-form').addEventListener('submit', (event) => {
		event.preventDefault();
		const username = document.getElementById('a-username').value.trim();
		const password = document.getElementById('a-password').value;
		run(() => api('PUT', '/api/v1/ambassadors/' + encodeURIComponent(username), {
			name: document.getElementById('a-name').value,
			phone: document.getElementById('a-phone').value,
			zaloUserId: document.getElementById('a-zalo').value || null,
			groupCodes: Array.from(document.getElementById('a-groups').selectedOptions).map((option) => option.value),
			password: password || null
		}), 'Đã lưu đại sứ số.');
	});
	load().catch((error) => notice(status, error.message, 'error'));
})();
