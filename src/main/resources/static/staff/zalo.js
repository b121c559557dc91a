// The Zalo OA connection: its state, the button that runs Zalo's authorization, the
// switch for paid replies, and a form for a token pair pasted from Zalo's API Explorer.
(function () {
	'use strict';
	const { api, notice } = window.Console;
	const status = document.getElementById('status');
	const STATES = {
		CONNECTED: 'Đã kết nối',
		NEEDS_RECONNECT: 'Cần kết nối lại',
		NOT_CONNECTED: 'Chưa kết nối',
		OFF: 'Kênh Zalo đang tắt'
	};
	const OUTCOMES = {
		'da-ket-noi': ['Đã kết nối Zalo OA. Tin trả lời đang chờ sẽ được gửi ngay.', 'ok'],
		'tu-choi': ['Zalo chưa cho phép: bạn chưa chọn “Cho phép”. Bấm lại “Kết nối Zalo OA”.', 'error'],
		'zalo-tu-choi': ['Zalo từ chối mã cấp quyền. Bấm lại “Kết nối Zalo OA”.', 'error'],
		'loi-mang': ['Không liên lạc được với Zalo. Thử lại sau ít phút.', 'error']
	};

	function when(iso) {
		return iso ? new Date(iso).toLocaleString('vi-VN') : '–';
	}

	async function load() {
		try {
			const zalo = await api('GET', '/api/v1/channels/zalo');
			const state = document.getElementById('state');
			state.textContent = STATES[zalo.state] || zalo.state;
			state.className = zalo.state === 'CONNECTED' ? 'ok' : 'error';
			document.getElementById('expires').textContent = when(zalo.expiresAt);
			document.getElementById('refreshed').textContent = when(zalo.refreshedAt);
			document.getElementById('last-error').textContent = zalo.lastError
				? zalo.lastError + ' (' + when(zalo.lastErrorAt) + ')' : (zalo.oaProblem || '–');
			document.getElementById('callback').textContent = zalo.callbackUrl;
			document.getElementById('connect').hidden = !zalo.enabled;
			const paid = document.getElementById('paid-replies');
			paid.checked = zalo.paidReplies;
			paid.disabled = !zalo.enabled;
		} catch (error) {
			notice(status, error.message, 'error');
		}
	}

	document.getElementById('tokens').addEventListener('submit', async (event) => {
		event.preventDefault();
		const form = event.target;
		try {
			await api('POST', '/api/v1/channels/zalo/tokens',
				{ accessToken: form.accessToken.value, refreshToken: form.refreshToken.value });
			form.reset();
			notice(status, 'Đã lưu cặp mã mới.', 'ok');
			load();
		} catch (error) {
			notice(status, error.message, 'error');
		}
	});

	document.getElementById('paid-replies').addEventListener('change', async (event) => {
		const allowed = event.target.checked;
		try {
			await api('PUT', '/api/v1/channels/zalo/paid-replies', { allowed: allowed });
			notice(status, allowed ? 'Đã cho phép tin trả lời tính phí (quá 48 giờ).'
				: 'Đã tắt tin tính phí: tin quá 48 giờ sẽ chuyển cho đại sứ số gọi điện.', 'ok');
		} catch (error) {
			event.target.checked = !allowed;
			notice(status, error.message, 'error');
		}
	});

	const outcome = OUTCOMES[new URLSearchParams(window.location.search).get('ket-qua')];
	if (outcome) { notice(status, outcome[0], outcome[1]); }
	load();
})();
