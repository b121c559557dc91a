// One ticket: the conversation, the bot's guesses, and the ambassador's actions.
(function () {
	'use strict';
	const { api, el, since, time, notice } = window.Console;
	const id = new URLSearchParams(window.location.search).get('id') || '';
	const status = document.getElementById('status');
	const reply = document.getElementById('reply');

	const AUTHORS = { RESIDENT: 'Người dân', BOT: 'Bot', AMBASSADOR: 'Đại sứ số', SYSTEM: '' };
	const DELIVERY = {
		PENDING: 'Đang gửi…', SENDING: 'Đang gửi…', SENT: 'Đã gửi tới người dân',
		FAILED: 'Chưa gửi được, hệ thống đã thử nhiều lần',
		UNDELIVERABLE: 'Kênh nhắn tin không cho gửi (quá hạn trả lời hoặc người dân đã bỏ theo dõi). Hãy gọi điện cho người dân.'
	};
	const STATES = { WAITING: 'Chờ nhận', CLAIMED: 'Đã nhận', ANSWERED: 'Đã trả lời', RESOLVED: 'Đã xong' };

	// "0912345678" as "0912 345 678", easier to read aloud; landlines as "024 3823 4567".
	function spaced(phone) {
		return phone.length === 11 ? phone.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3')
			: phone.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1 $2 $3');
	}

	function callLink(phone, text) {
		return el('a', { class: 'button primary', href: 'tel:' + phone, text: text });
	}

	function showPhone(detail) {
		const channel = detail.summary.channelName;
		const call = document.getElementById('call');
		call.hidden = !detail.replyUndelivered;
		const refused = detail.conversation.some((message) => message.delivery === 'UNDELIVERABLE');
		call.replaceChildren(
			el('h2', { text: 'Tin nhắn không tới được người dân' }),
			el('p', { text: (refused
				? channel + ' không cho gửi tin trả lời cho người dân này (quá thời hạn trả lời của kênh, hoặc người dân đã chặn hay bỏ theo dõi).'
				: 'Hệ thống đã thử gửi nhiều lần qua ' + channel + ' mà chưa được.') + ' Hãy gọi điện cho người dân.' }),
			detail.phone ? callLink(detail.phone, 'Gọi ' + spaced(detail.phone))
				: el('p', { class: 'notice error', text: 'Chưa có số điện thoại. Hãy hỏi tổ trưởng tổ dân phố, rồi ghi số vào mục «Liên lạc» bên dưới.' }));
		document.getElementById('phone-known').replaceChildren(...(detail.phone
			? [document.createTextNode('Điện thoại: '), el('a', { href: 'tel:' + detail.phone, text: spaced(detail.phone) })]
			: [document.createTextNode('Chưa có số điện thoại của người dân.')]));
		const name = document.getElementById('resident-name');
		name.hidden = !detail.residentName;
		name.textContent = detail.residentName ? 'Tên trên ' + channel + ': ' + detail.residentName : '';
		const input = document.getElementById('phone');
		if (document.activeElement !== input) { input.value = detail.phone ? spaced(detail.phone) : ''; }
	}

	function show(detail) {
		const s = detail.summary;
		const facts = [
			el('h1', { text: (s.urgentReason ? 'KHẨN – ' : '') + (STATES[s.state] || s.state) }),
			el('p', { class: 'meta', text: [s.groupCode || 'Chưa rõ tổ', s.channelName,
				'mở ' + since(s.openedAt), s.claimedBy ? 'người nhận: ' + s.claimedBy : 'chưa ai nhận'].join(' · ') })
		];
		if (s.urgentReason) { facts.push(el('p', { class: 'notice error', text: s.urgentReason })); }
		if (s.wardWide && s.state === 'WAITING') { facts.push(el('p', { class: 'notice', text: 'Quá hạn hoặc chưa rõ tổ: phiếu đã chuyển cho cả phường.' })); }
		if (detail.outcomeNote) { facts.push(el('p', { text: 'Kết quả: ' + detail.outcomeNote })); }
		if (detail.feedback) { facts.push(el('p', { text: 'Người dân đánh giá: ' + (detail.feedback === 'helpful' ? 'Có ích' : 'Chưa giúp được') })); }
		document.getElementById('summary').replaceChildren(...facts);

		document.getElementById('conversation').replaceChildren(...detail.conversation.map((message) => {
			const kind = message.author.toLowerCase();
			const parts = [];
			if (message.author !== 'SYSTEM') {
				parts.push(el('span', { class: 'who', text: (message.by || AUTHORS[message.author]) + ' · ' + time(message.at) }));
			}
			parts.push(document.createTextNode(message.text));
			const bad = message.delivery === 'UNDELIVERABLE' || message.delivery === 'FAILED';
			// The bot's replies show their delivery only when it went wrong.
			if (message.delivery && (message.author !== 'BOT' || bad)) {
				parts.push(el('span', { class: 'who' + (bad ? ' delivery-problem' : ''), text: DELIVERY[message.delivery] || message.delivery }));
			}
			return el('div', { class: 'msg ' + kind }, parts);
		}));

		showPhone(detail);

		document.getElementById('attachments-card').hidden = detail.attachmentUrls.length === 0;
		document.getElementById('attachments').replaceChildren(...detail.attachmentUrls.map((url) =>
			el('li', {}, [el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: url })])));

		document.getElementById('guesses-card').hidden = detail.guesses.length === 0;
		document.getElementById('guesses').replaceChildren(...detail.guesses.map((guess) => el('li', {}, [
			el('div', { class: 'card' }, [
				el('strong', { text: guess.title + ' (' + Math.round(guess.confidence * 100) + '%)' }),
				el('p', { class: 'small', text: guess.shortAnswer }),
				el('button', { type: 'button', text: 'Dùng câu này', onclick: () => { reply.value = guess.shortAnswer; reply.focus(); } })
			])
		])));

		const open = s.state !== 'RESOLVED';
		const mine = detail.mine;
		document.getElementById('claim').hidden = s.state !== 'WAITING';
		document.getElementById('send').hidden = !(open && s.state !== 'WAITING');
		document.getElementById('release').hidden = !(mine && open && s.state !== 'WAITING');
		document.getElementById('resolve').hidden = !open;
		document.getElementById('reply-card').hidden = !open;
		document.getElementById('group').value = s.groupCode || '';
	}

	async function load() {
		try {
			show(await api('GET', '/api/v1/tickets/' + encodeURIComponent(id)));
		} catch (error) {
			notice(status, error.message, 'error');
		}
	}

	async function act(method, path, body, done) {
		try {
			show(await api(method, '/api/v1/tickets/' + encodeURIComponent(id) + path, body));
			notice(status, done, 'ok');
			return true;
		} catch (error) {
			notice(status, error.message, 'error');
			return false;
		}
	}

	document.getElementById('claim').addEventListener('click', () => act('POST', '/claim', undefined, 'Bạn đã nhận phiếu. Bot sẽ không trả lời người dân này nữa cho đến khi xong.'));
	document.getElementById('release').addEventListener('click', () => act('POST', '/release', undefined, 'Đã trả phiếu cho tổ.'));
	document.getElementById('send').addEventListener('click', async () => {
		if (await act('POST', '/replies', { text: reply.value }, 'Đã gửi trả lời.')) { reply.value = ''; }
	});
	document.getElementById('resolve').addEventListener('click', () =>
		act('POST', '/resolve', { note: document.getElementById('note').value }, 'Đã xong. Người dân sẽ được hỏi cách hỗ trợ có giúp được không.'));
	document.getElementById('save-phone').addEventListener('click', () => {
		const phone = document.getElementById('phone').value.trim();
		act('PUT', '/phone', { phone: phone }, phone ? 'Đã lưu số điện thoại.' : 'Đã xoá số điện thoại.');
	});
	document.getElementById('move').addEventListener('click', () =>
		act('PUT', '/group', { groupCode: document.getElementById('group').value }, 'Đã đổi tổ dân phố.'));

	document.getElementById('answer-picker').addEventListener('change', (event) => {
		if (event.target.value) { reply.value = event.target.value; reply.focus(); }
	});
	api('GET', '/api/v1/answers').then((answers) => document.getElementById('answer-picker').append(
		...answers.map((answer) => el('option', { value: answer.shortAnswer, text: answer.title }))));
	api('GET', '/api/v1/me').then((me) => document.getElementById('group').replaceChildren(
		el('option', { value: '', text: '— Chọn tổ —' }),
		...me.allGroups.map((group) => el('option', { value: group.code, text: group.code + ' – ' + group.name })))).then(load);

	const events = new EventSource('/api/v1/tickets/events');
	['updated', 'claimed', 'answered', 'released', 'resolved', 'reopened', 'overdue'].forEach((kind) =>
		events.addEventListener(kind, (event) => { if (JSON.parse(event.data).ticketId === id) { load(); } }));
	setInterval(load, 30000);
})();
