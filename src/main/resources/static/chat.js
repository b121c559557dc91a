// Web chat: posts each message to the API and shows the reply; checks now and then for
// replies written later by a person (Đại sứ số).
(function () {
	'use strict';
	const conversation = document.getElementById('conversation');
	const choices = document.getElementById('choices');
	const form = document.getElementById('composer');
	const input = document.getElementById('text');
	const send = document.getElementById('send');
	const shown = new Set();
	let lastReplyId = '0';

	function sessionId() {
		let id = localStorage.getItem('hoidapso.session');
		if (!id) {
			const bytes = new Uint8Array(12);
			crypto.getRandomValues(bytes);
			id = 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
			localStorage.setItem('hoidapso.session', id);
		}
		return id;
	}

	function bubble(text, kind) {
		const div = document.createElement('div');
		div.className = 'bubble ' + kind;
		div.textContent = text;
		conversation.appendChild(div);
		conversation.scrollTop = conversation.scrollHeight;
		return div;
	}

	function showChoices(labels) {
		choices.replaceChildren();
		(labels || []).forEach((label) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = label;
			button.addEventListener('click', () => ask(label));
			choices.appendChild(button);
		});
		conversation.scrollTop = conversation.scrollHeight;
	}

	function showReply(id, text, quickReplies) {
		if (shown.has(id)) {
			return;
		}
		shown.add(id);
		if (id > lastReplyId) {
			lastReplyId = id;
		}
		bubble(text, 'bot');
		showChoices(quickReplies);
	}

	async function ask(text) {
		text = text.trim();
		if (!text) {
			return;
		}
		bubble(text, 'me');
		showChoices([]);
		input.value = '';
		send.disabled = true;
		const waiting = bubble('Đang trả lời…', 'bot wait');
		try {
			const response = await fetch('/api/v1/webchat/messages', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
				body: JSON.stringify({ sessionId: sessionId(), text: text })
			});
			const body = await response.json();
			waiting.remove();
			if (response.ok) {
				if (body.reply) {
					showReply(body.replyId, body.reply, body.quickReplies);
				}
			} else {
				bubble(body.detail || 'Có lỗi xảy ra, bác thử lại nhé.', 'error');
			}
		} catch (e) {
			waiting.remove();
			bubble('Không gửi được. Bác kiểm tra kết nối mạng rồi thử lại nhé.', 'error');
		} finally {
			send.disabled = false;
			input.focus();
		}
	}

	async function checkForReplies() {
		if (document.hidden || lastReplyId === '0') {
			return;
		}
		try {
			const url = '/api/v1/webchat/messages?sessionId=' + encodeURIComponent(sessionId()) + '&after=' + lastReplyId;
			const response = await fetch(url, { headers: { 'Accept': 'application/json' } });
			if (response.ok) {
				(await response.json()).forEach((reply) => showReply(reply.id, reply.text, reply.quickReplies));
			}
		} catch (e) {
			// Offline for a moment: try again at the next tick.
		}
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		ask(input.value);
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && !event.shiftKey) {
			event.preventDefault();
			ask(input.value);
		}
	});
	setInterval(checkForReplies, 15000);
}());
