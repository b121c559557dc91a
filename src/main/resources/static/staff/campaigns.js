// Campaign messages: write one with a Zalo-like preview, send it once, see whom it reached,
// and copy the text for the ambassadors' Zalo groups.
(function () {
	'use strict';
	const { api, el, notice, time } = window.Console;
	const status = document.getElementById('status');
	const theme = document.getElementById('theme');
	const text = document.getElementById('text');
	const CLOSING = 'Bác cần hỏi thêm, cứ nhắn cho cháu ở đây ạ.';
	const STATES = { SENT: 'đã gửi', PENDING: 'đang chờ gửi', SENDING: 'đang gửi', UNDELIVERABLE: 'không gửi được', FAILED: 'không gửi được' };

	function preview() {
		document.getElementById('preview').textContent = (theme.value.trim() || 'Chủ đề') + '\n\n'
			+ (text.value.trim() || 'Nội dung tin') + '\n\n' + CLOSING;
		document.getElementById('count').textContent = String(text.value.length);
	}

	async function loadGroups() {
		const me = await api('GET', '/api/v1/me');
		const groups = me.groups || [];
		document.getElementById('groups').append(...groups.map((group) => el('label', {}, [
			el('input', { type: 'checkbox', value: group.code }), document.createTextNode(group.name || group.code)
		])));
	}

	function delivery(counts) {
		const parts = Object.entries(counts || {}).map(([state, count]) => count + ' ' + (STATES[state] || state));
		return parts.length ? 'Tình trạng: ' + parts.join(', ') + '.' : '';
	}

	function item(campaign) {
		const figures = campaign.sentAt
			? 'Đã gửi lúc ' + time(campaign.sentAt) + ': ' + campaign.queued + ' người nhận qua kênh của họ, '
				+ campaign.notReachable + ' người kênh không cho gửi miễn phí lúc này. ' + delivery(campaign.delivery)
			: 'Chưa gửi.';
		const copy = el('textarea', { class: 'copy-text', rows: '5', readonly: 'readonly', 'aria-label': 'Đoạn văn để dán vào nhóm Zalo' });
		copy.value = campaign.copyText;
		const children = [
			el('strong', { text: campaign.theme }),
			el('div', { class: 'zalo-bubble', text: campaign.message }),
			el('p', { class: 'campaign-figures', 'data-figures': campaign.id, text: figures }),
			el('p', { class: 'small muted', text: 'Đoạn văn để Đại sứ số dán vào nhóm Zalo của tổ:' }), copy,
			el('button', { type: 'button', class: 'secondary', text: 'Chép đoạn văn', onclick: () => copyText(copy) })
		];
		if (!campaign.sentAt) {
			children.push(el('button', { type: 'button', 'data-send': campaign.id, text: 'Gửi tin này', onclick: () => send(campaign) }));
		}
		return el('li', { 'data-campaign': campaign.id }, children);
	}

	async function copyText(area) {
		area.select();
		try {
			await navigator.clipboard.writeText(area.value);
			notice(status, 'Đã chép đoạn văn. Bác dán vào nhóm Zalo của tổ.', 'ok');
		} catch (error) {
			notice(status, 'Bác bấm giữ vào đoạn văn rồi chọn “Sao chép”.', '');
		}
	}

	async function load() {
		const campaigns = await api('GET', '/api/v1/campaigns');
		const detailed = await Promise.all(campaigns.map((c) => c.sentAt ? api('GET', '/api/v1/campaigns/' + encodeURIComponent(c.id)) : c));
		document.getElementById('campaigns').replaceChildren(...(detailed.length ? detailed.map(item)
			: [el('li', { class: 'muted', text: 'Chưa có tin nào.' })]));
	}

	async function send(campaign) {
		if (!window.confirm('Gửi tin «' + campaign.theme + '» tới người dân? Mỗi tin chỉ gửi được một lần.')) { return; }
		try {
			const sent = await api('POST', '/api/v1/campaigns/' + encodeURIComponent(campaign.id) + '/send');
			notice(status, 'Đã gửi tới ' + sent.queued + ' người; ' + sent.notReachable + ' người cần Đại sứ số báo qua nhóm Zalo.', 'ok');
			await load();
		} catch (error) {
			notice(status, error.message, 'error');
		}
	}

	document.getElementById('write').addEventListener('submit', async (event) => {
		event.preventDefault();
		const groupCodes = [...document.querySelectorAll('#groups input:checked')].map((box) => box.value);
		try {
			await api('POST', '/api/v1/campaigns', { theme: theme.value, text: text.value, groupCodes: groupCodes });
			notice(status, 'Đã lưu tin. Bác xem lại rồi bấm “Gửi tin này”.', 'ok');
			theme.value = '';
			text.value = '';
			preview();
			await load();
		} catch (error) {
			notice(status, error.message, 'error');
		}
	});
	theme.addEventListener('input', preview);
	text.addEventListener('input', preview);
	preview();
	Promise.all([loadGroups(), load()]).catch((error) => notice(status, error.message, 'error'));
})();
