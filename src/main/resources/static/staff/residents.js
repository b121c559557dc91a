// Staff export everything kept about one resident as a JSON file, or erase it after
// saying plainly what goes and what stays.
(function () {
	'use strict';
	const { api, el, notice } = window.Console;
	const status = document.getElementById('status');
	const field = document.getElementById('resident');
	const confirmBox = document.getElementById('confirm');

	// The id typed in, or null (with a message) when there is none.
	function residentId() {
		const id = field.value.trim();
		if (!id) {
			notice(status, 'Xin nhập mã cư dân hoặc mã phiếu.', 'error');
			field.focus();
			return null;
		}
		return id;
	}

	function base(id) {
		return '/api/v1/residents/' + encodeURIComponent(id);
	}

	// A plain Vietnamese message for a refused or failed request.
	function problem(code) {
		if (code === 404) {
			return 'Không tìm thấy người dân hay phiếu nào có mã này. Xin kiểm tra lại mã (chép cả mã, không thừa dấu cách).';
		}
		if (code === 403) {
			return 'Tài khoản này không được xem hay xoá dữ liệu người dân: chỉ cán bộ phường làm được. '
				+ 'Nếu bạn là cán bộ, xin tải lại trang rồi thử lại.';
		}
		if (code === 413 || code === 414 || code === 400) {
			return 'Mã này không đúng dạng. Xin kiểm tra lại mã.';
		}
		return 'Chưa làm được' + (code ? ' (lỗi ' + code + ')' : '') + '. Xin thử lại sau ít phút.';
	}

	function fileName(response, id) {
		const disposition = response.headers.get('Content-Disposition') || '';
		const match = disposition.match(/filename="([^"]+)"/);
		return match ? match[1] : 'du-lieu-cu-dan-' + id + '.json';
	}

	async function download(event) {
		event.preventDefault();
		const id = residentId();
		if (!id) { return; }
		confirmBox.hidden = true;
		let response;
		try {
			response = await fetch(base(id) + '/data', {
				headers: { 'Accept': 'application/json', 'X-Requested-With': 'fetch' }, credentials: 'same-origin'
			});
		} catch (error) {
			notice(status, 'Không kết nối được với máy chủ. Xin kiểm tra mạng rồi thử lại.', 'error');
			return;
		}
		if (response.status === 401) {
			window.location.href = '/login';
			return;
		}
		if (!response.ok) {
			notice(status, problem(response.status), 'error');
			return;
		}
		const blob = await response.blob();
		const link = el('a', { href: URL.createObjectURL(blob), download: fileName(response, id) });
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(link.href), 60000);
		notice(status, 'Đã tải dữ liệu về máy: tệp ' + link.download + '.', 'ok');
	}

	function askToErase() {
		const id = residentId();
		if (!id) { return; }
		status.replaceChildren();
		document.getElementById('confirm-who').textContent = 'Mã: ' + id;
		confirmBox.hidden = false;
		document.getElementById('erase-no').focus();
	}

	async function erase() {
		const id = residentId();
		confirmBox.hidden = true;
		if (!id) { return; }
		try {
			const erased = await api('POST', base(id) + '/erase');
			notice(status, 'Đã xoá lời nhắn của ' + erased.cases + ' trường hợp và ' + erased.tickets + ' phiếu. '
				+ 'Số liệu thống kê vẫn giữ nguyên.', 'ok');
		} catch (error) {
			notice(status, error.status ? problem(error.status) : 'Không kết nối được với máy chủ. Xin kiểm tra mạng rồi thử lại.', 'error');
		}
	}

	document.getElementById('find').addEventListener('submit', download);
	document.getElementById('erase').addEventListener('click', askToErase);
	document.getElementById('erase-yes').addEventListener('click', erase);
	document.getElementById('erase-no').addEventListener('click', () => {
		confirmBox.hidden = true;
		notice(status, 'Chưa xoá gì.', '');
	});
	field.addEventListener('input', () => { confirmBox.hidden = true; });
})();
