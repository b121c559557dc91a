// Shared helpers of the console and staff pages: calls to our API with the session
// cookie and its CSRF token, Vietnamese errors, small formatting helpers.
(function () {
	'use strict';

	function csrfToken() {
		const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
		return match ? decodeURIComponent(match[1]) : '';
	}

	async function api(method, url, body) {
		const headers = { 'Accept': 'application/json', 'X-Requested-With': 'fetch' };
		if (method !== 'GET') {
			headers['X-XSRF-TOKEN'] = csrfToken();
		}
		if (body !== undefined) {
			headers['Content-Type'] = 'application/json';
		}
		const response = await fetch(url, {
			method: method, headers: headers, credentials: 'same-origin',
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		if (response.status === 401) {
			window.location.href = '/login';
			throw new Error('Phiên đăng nhập đã hết, xin đăng nhập lại.');
		}
		const type = response.headers.get('Content-Type') || '';
		const data = type.includes('json') ? await response.json() : null;
		if (!response.ok) {
			const error = new Error((data && data.detail) || ('Lỗi ' + response.status));
			error.status = response.status;
			throw error;
		}
		return data;
	}

	function el(tag, attributes, children) {
		const node = document.createElement(tag);
		Object.entries(attributes || {}).forEach(([key, value]) => {
			if (key === 'text') { node.textContent = value; }
			else if (key === 'class') { node.className = value; }
			else if (key.startsWith('on')) { node.addEventListener(key.substring(2), value); }
			// Styles through the CSSOM: a style attribute is refused by the Content-Security-Policy.
			else if (key === 'style') { Object.assign(node.style, value); }
			else { node.setAttribute(key, value); }
		});
		(children || []).forEach((child) => node.append(child));
		return node;
	}

	function since(isoTime) {
		const minutes = Math.max(0, Math.round((Date.now() - Date.parse(isoTime)) / 60000));
		if (minutes < 1) { return 'vừa xong'; }
		if (minutes < 60) { return minutes + ' phút trước'; }
		const hours = Math.floor(minutes / 60);
		if (hours < 24) { return hours + ' giờ ' + (minutes % 60) + ' phút trước'; }
		return Math.floor(hours / 24) + ' ngày trước';
	}

	function time(isoTime) {
		return new Date(isoTime).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' });
	}

	function notice(container, text, kind) {
		container.replaceChildren(el('div', { class: 'notice ' + (kind || ''), role: 'status', text: text }));
	}

	function number(value) { return (value === null || value === undefined) ? '–' : value.toLocaleString('vi-VN'); }

	function percent(value) { return (value === null || value === undefined) ? '–' : value.toLocaleString('vi-VN') + '%'; }

	// A response time: the upper bound of its bucket in seconds, -1 for over a day.
	function seconds(value) {
		if (value === null || value === undefined) { return '–'; }
		if (value < 0) { return 'hơn 1 ngày'; }
		if (value < 60) { return '≤ ' + value + ' giây'; }
		if (value < 3600) { return '≤ ' + Math.round(value / 60) + ' phút'; }
		return '≤ ' + Math.round(value / 3600) + ' giờ';
	}

	// On staff pages, a red banner for each channel that waits for staff (a Zalo OA to
	// reconnect...). Ambassadors may not read it (403): they see nothing.
	async function channelBanner() {
		if (!window.location.pathname.startsWith('/staff')) { return; }
		let problems;
		try { problems = await api('GET', '/api/v1/channels/problems'); } catch (error) { return; }
		if (!problems || problems.length === 0) { return; }
		const banner = el('div', { class: 'notice error channel-banner', role: 'alert', id: 'channel-banner' },
			problems.map((p) => el('p', {}, [el('strong', { text: p.name + ': ' }), p.problem + ' ',
				p.fixAt ? el('a', { href: p.fixAt, text: 'Sửa ngay' }) : ''])));
		document.body.prepend(banner);
	}
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', channelBanner);
	} else {
		channelBanner();
	}

	window.Console = {
		api: api, csrfToken: csrfToken, el: el, since: since, time: time, notice: notice,
		number: number, percent: percent, seconds: seconds
	};
})();
