// The ward's "Bình dân học vụ số" classes: the upcoming ones, a form to add or change a
// class, and for one class its attendance list, where each tick is saved at once.
(function () {
	'use strict';
	const { api, el, notice } = window.Console;
	const status = document.getElementById('status');
	const formStatus = document.getElementById('form-status');
	const walkInStatus = document.getElementById('walk-in-status');
	const form = document.getElementById('class-form');
	const field = (id) => document.getElementById(id);

	const CHANNELS = { webchat: 'Trang hỏi đáp', zalo: 'Zalo', messenger: 'Messenger', telegram: 'Telegram' };

	let me = null;
	let groupNames = {};
	let editing = null; // the class being changed, or null for a new one
	let shown = null; // the class whose attendance is open

	function groupName(code) {
		return groupNames[code] || code;
	}

	function groupsText(wardClass) {
		return wardClass.groupCodes.length === 0 ? 'Cả phường' : wardClass.groupCodes.map(groupName).join(', ');
	}

	// What the server will allow: staff every class; an ambassador the classes of their
	// own groups (never a ward-wide one), those they teach and those they put on the list.
	function mayManage(wardClass) {
		if (!me) { return false; }
		if (me.staff || wardClass.teacher === me.username || wardClass.createdBy === me.username) { return true; }
		const mine = me.groups.map((group) => group.code);
		return wardClass.groupCodes.length > 0 && wardClass.groupCodes.every((code) => mine.includes(code));
	}

	function seats(wardClass) {
		return wardClass.seatsLeft > 0
			? el('span', { class: 'seats open', text: 'Còn ' + wardClass.seatsLeft + ' chỗ' })
			: el('span', { class: 'seats full', text: 'Đã đủ chỗ' });
	}

	function item(wardClass) {
		const lines = [
			el('p', { class: 'when', text: capitalised(wardClass.when) }),
			el('h3', { text: wardClass.title }),
			el('p', { text: 'Địa điểm: ' + wardClass.place }),
			el('p', {}, [el('span', { class: wardClass.groupCodes.length ? 'badge' : 'badge ward', text: groupsText(wardClass) })]),
			el('p', {}, [seats(wardClass), document.createTextNode(' (tổng ' + wardClass.capacity + ' chỗ)')])
		];
		if (wardClass.teacher) { lines.push(el('p', { class: 'small muted', text: 'Đại sứ số dạy: ' + wardClass.teacher })); }
		if (wardClass.topics.length) { lines.push(el('p', { class: 'small muted', text: 'Chủ đề: ' + wardClass.topics.join(', ') })); }
		if (mayManage(wardClass)) {
			lines.push(el('div', { class: 'actions' }, [
				el('button', { type: 'button', class: 'primary', text: 'Điểm danh', onclick: () => openAttendance(wardClass) }),
				el('button', { type: 'button', text: 'Sửa', onclick: () => edit(wardClass) }),
				el('button', { type: 'button', class: 'danger', text: 'Huỷ lớp', onclick: () => cancel(wardClass) })
			]));
		} else {
			lines.push(el('p', { class: 'small muted', text: 'Lớp của tổ khác: chỉ xem.' }));
		}
		return el('li', { class: 'class-item', 'data-class': wardClass.id }, lines);
	}

	// "0912345678" as "0912 345 678", easier to read aloud; as on the ticket page.
	function spaced(phone) {
		return phone.length === 11 ? phone.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3')
			: phone.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1 $2 $3');
	}

	function capitalised(text) {
		return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
	}

	async function loadClasses() {
		const list = field('classes');
		try {
			const classes = await api('GET', '/api/v1/classes');
			list.replaceChildren(...classes.map(item));
			if (classes.length === 0) {
				list.replaceChildren(el('li', { class: 'empty', text: 'Chưa có lớp nào trong 60 ngày tới.' }));
			}
		} catch (error) {
			notice(status, error.message, 'error');
		}
	}

	// The group ticks: staff may pick any group or none (the whole ward); an ambassador
	// their own groups (and, when changing a class, the groups it already has).
	function groupChoices(checked) {
		const choices = me.staff ? me.allGroups : me.groups.slice();
		checked.filter((code) => !choices.some((group) => group.code === code))
			.forEach((code) => choices.push({ code: code, name: groupName(code) }));
		field('c-groups').replaceChildren(...choices.map((group) => el('label', { class: 'check' }, [
			el('input', { type: 'checkbox', name: 'group', value: group.code }),
			document.createTextNode(group.name + ' (' + group.code + ')')
		])));
		field('c-groups').querySelectorAll('input').forEach((box) => { box.checked = checked.includes(box.value); });
		field('groups-hint').textContent = me.staff
			? 'Không chọn tổ nào nghĩa là lớp dành cho cả phường.'
			: 'Đại sứ số mở lớp cho tổ mình phụ trách: chọn ít nhất một tổ.';
	}

	function resetForm() {
		editing = null;
		form.reset();
		field('c-capacity').value = '30';
		field('c-teacher').value = (me && !me.staff) ? me.username : '';
		if (me) { groupChoices(!me.staff && me.groups.length === 1 ? [me.groups[0].code] : []); }
		field('form-heading').textContent = 'Thêm lớp mới';
		field('save').textContent = 'Thêm lớp';
		field('stop-editing').hidden = true;
		formStatus.replaceChildren();
	}

	function edit(wardClass) {
		resetForm();
		editing = wardClass;
		field('c-title').value = wardClass.title;
		field('c-topics').value = wardClass.topics.join(', ');
		field('c-place').value = wardClass.place;
		// The API gives Vietnam time with its offset: "2026-12-10T19:30:00+07:00".
		field('c-date').value = wardClass.startsAt.substring(0, 10);
		field('c-start').value = wardClass.startsAt.substring(11, 16);
		field('c-end').value = wardClass.endsAt.substring(11, 16);
		field('c-capacity').value = String(wardClass.capacity);
		field('c-teacher').value = wardClass.teacher || '';
		groupChoices(wardClass.groupCodes);
		field('form-heading').textContent = 'Sửa lớp: ' + wardClass.title;
		field('save').textContent = 'Lưu thay đổi';
		field('stop-editing').hidden = false;
		field('form-card').scrollIntoView({ behavior: 'smooth', block: 'start' });
		field('c-title').focus({ preventScroll: true });
	}

	// The form as the API takes it, or a sentence saying what is missing.
	function read() {
		const title = field('c-title').value.trim();
		const place = field('c-place').value.trim();
		const date = field('c-date').value;
		const start = field('c-start').value.substring(0, 5);
		const end = field('c-end').value.substring(0, 5);
		const capacity = Number(field('c-capacity').value);
		const groupCodes = Array.from(field('c-groups').querySelectorAll('input:checked')).map((box) => box.value);
		if (!title) { return 'Xin ghi tên lớp.'; }
		if (!me.staff && groupCodes.length === 0) { return 'Xin chọn tổ dân phố của lớp.'; }
		if (!place) { return 'Xin ghi địa điểm học.'; }
		if (!date) { return 'Xin chọn ngày học.'; }
		if (!start || !end) { return 'Xin chọn giờ bắt đầu và giờ kết thúc.'; }
		if (end <= start) { return 'Giờ kết thúc phải sau giờ bắt đầu.'; }
		if (!Number.isInteger(capacity) || capacity < 1 || capacity > 500) { return 'Số chỗ phải từ 1 đến 500.'; }
		const topics = Array.from(new Set(field('c-topics').value.split(',').map((topic) => topic.trim()).filter((topic) => topic)));
		return {
			title: title, topics: topics, groupCodes: groupCodes, place: place,
			startsAt: date + 'T' + start + ':00+07:00', endsAt: date + 'T' + end + ':00+07:00',
			capacity: capacity, teacher: field('c-teacher').value.trim() || null
		};
	}

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const body = read();
		if (typeof body === 'string') {
			notice(formStatus, body, 'error');
			return;
		}
		const button = field('save');
		button.disabled = true;
		try {
			const saved = editing
				? await api('PUT', '/api/v1/classes/' + encodeURIComponent(editing.id), body)
				: await api('POST', '/api/v1/classes', body);
			const done = (editing ? 'Đã lưu thay đổi của lớp «' : 'Đã thêm lớp «') + saved.title + '», ' + saved.when + '.';
			resetForm();
			notice(status, done, 'ok');
			await loadClasses();
			status.scrollIntoView({ behavior: 'smooth', block: 'start' });
		} catch (error) {
			notice(formStatus, error.message, 'error');
		} finally {
			button.disabled = false;
		}
	});

	async function cancel(wardClass) {
		if (!window.confirm('Huỷ lớp «' + wardClass.title + '», ' + wardClass.when + '?\nLớp sẽ không còn trong lịch.')) {
			return;
		}
		try {
			const cancelled = await api('DELETE', '/api/v1/classes/' + encodeURIComponent(wardClass.id));
			if (editing && editing.id === wardClass.id) { resetForm(); }
			const toCall = (cancelled && cancelled.toCall) || [];
			notice(status, 'Đã huỷ lớp «' + wardClass.title + '». Người đã đăng ký được nhắn báo qua kênh của họ'
				+ (toCall.length ? '; cần gọi điện báo cho: ' + toCall.map((person) => person.name
					+ (person.phone ? ' (' + spaced(person.phone) + ')' : ' (chưa có số điện thoại)')).join(', ') + '.' : '.'),
				toCall.length ? 'error' : 'ok');
			await loadClasses();
		} catch (error) {
			notice(status, error.message, 'error');
		}
	}

	// Attendance

	// What became of the reminder the day before: sent on the resident's channel, or to
	// be given by phone because the channel would not carry it free.
	const REMINDERS = { sent: 'Đã nhắn nhắc lịch học', call: 'Cần gọi điện nhắc lịch học' };

	function attendee(person) {
		const box = el('input', { type: 'checkbox', 'aria-label': 'Có mặt: ' + person.name });
		box.checked = person.present;
		const origin = person.kind === 'walk-in' ? 'Đến học trực tiếp'
			: 'Đăng ký qua ' + (CHANNELS[person.channel] || person.channel || 'tin nhắn') + (person.groupCode ? ' · ' + groupName(person.groupCode) : '');
		const row = el('li', { 'data-attendee': person.id, class: person.present ? 'present' : '' }, [
			el('label', { class: 'attendee' }, [box, el('span', { class: 'who' }, [
				el('span', { class: 'name', text: person.name }),
				el('span', { class: 'small muted', text: origin }),
				el('span', { class: 'small state', text: person.present ? 'Có mặt' : 'Chưa có mặt' }),
				el('span', { class: 'small reminder', text: REMINDERS[person.reminder] || '' })
			])])
		]);
		if (person.phone) {
			row.append(el('a', { class: 'button attendee-phone', href: 'tel:' + person.phone, text: 'Gọi ' + spaced(person.phone) }));
		}
		box.addEventListener('change', () => mark(person, box, row));
		return row;
	}

	function showState(row, present) {
		row.classList.toggle('present', present);
		row.querySelector('.state').textContent = present ? 'Có mặt' : 'Chưa có mặt';
		countPresent();
	}

	async function mark(person, box, row) {
		const present = box.checked;
		box.disabled = true;
		row.classList.add('saving');
		try {
			await api('PUT', '/api/v1/classes/' + encodeURIComponent(shown.id) + '/attendees/' + encodeURIComponent(person.id),
				{ present: present });
			person.present = present;
			showState(row, present);
			notice(status, (present ? 'Đã ghi ' : 'Đã bỏ dấu có mặt của ') + person.name + (present ? ' có mặt.' : '.'), 'ok');
		} catch (error) {
			box.checked = !present;
			notice(status, 'Chưa lưu được: ' + error.message, 'error');
		} finally {
			box.disabled = false;
			row.classList.remove('saving');
		}
	}

	function countPresent() {
		const boxes = Array.from(field('attendees').querySelectorAll('input[type=checkbox]'));
		const present = boxes.filter((box) => box.checked).length;
		field('attendance-count').textContent = boxes.length === 0 ? 'Chưa có ai trong danh sách.'
			: 'Có mặt: ' + present + ' / ' + boxes.length + ' người';
	}

	async function loadAttendees() {
		const people = await api('GET', '/api/v1/classes/' + encodeURIComponent(shown.id) + '/attendees');
		field('attendees').replaceChildren(...people.map(attendee));
		countPresent();
	}

	async function openAttendance(wardClass) {
		shown = wardClass;
		status.replaceChildren();
		walkInStatus.replaceChildren();
		field('attendance-heading').textContent = 'Điểm danh: ' + wardClass.title;
		field('attendance-when').textContent = capitalised(wardClass.when) + ' · ' + wardClass.place + ' · ' + groupsText(wardClass);
		field('attendees').replaceChildren();
		field('attendance-count').textContent = 'Đang tải danh sách…';
		field('schedule').hidden = true;
		field('attendance').hidden = false;
		history.replaceState(null, '', '?lop=' + encodeURIComponent(wardClass.id));
		window.scrollTo(0, 0);
		try {
			await loadAttendees();
		} catch (error) {
			field('attendance-count').textContent = '';
			notice(status, error.message, 'error');
		}
	}

	function closeAttendance() {
		shown = null;
		status.replaceChildren();
		field('attendance').hidden = true;
		field('schedule').hidden = false;
		history.replaceState(null, '', window.location.pathname);
		loadClasses();
	}

	field('walk-in-form').addEventListener('submit', async (event) => {
		event.preventDefault();
		const name = field('w-name').value.trim();
		const phone = field('w-phone').value.trim();
		if (!name) {
			notice(walkInStatus, 'Xin ghi tên người đến học.', 'error');
			return;
		}
		const button = field('add-walk-in');
		button.disabled = true;
		try {
			const added = await api('POST', '/api/v1/classes/' + encodeURIComponent(shown.id) + '/attendees',
				{ name: name, phone: phone || null });
			field('walk-in-form').reset();
			notice(walkInStatus, 'Đã thêm ' + added.name + ' vào danh sách, đã đánh dấu có mặt.', 'ok');
			await loadAttendees();
		} catch (error) {
			notice(walkInStatus, error.message, 'error');
		} finally {
			button.disabled = false;
		}
	});

	field('back').addEventListener('click', closeAttendance);
	field('stop-editing').addEventListener('click', resetForm);
	field('to-form').addEventListener('click', () => {
		resetForm();
		field('form-card').scrollIntoView({ behavior: 'smooth', block: 'start' });
		field('c-title').focus({ preventScroll: true });
	});

	async function start() {
		try {
			me = await api('GET', '/api/v1/me');
		} catch (error) {
			notice(status, error.message, 'error');
			return;
		}
		me.allGroups.forEach((group) => { groupNames[group.code] = group.name; });
		field('who').textContent = me.name;
		field('scope').textContent = me.staff ? 'Cán bộ phường: thêm, sửa và điểm danh được mọi lớp.'
			: 'Bạn thêm, sửa và điểm danh được lớp của ' + (me.groups.map((group) => group.name).join(', ') || 'tổ mình') + '.';
		resetForm();
		if (me.staff) {
			// Only staff may list the ambassadors; they get them as suggestions.
			api('GET', '/api/v1/ambassadors').then((ambassadors) => field('teachers').replaceChildren(
				...ambassadors.map((a) => el('option', { value: a.username, label: a.name + ' (' + a.username + ')' }))))
				.catch(() => {});
		}
		const wanted = new URLSearchParams(window.location.search).get('lop');
		if (wanted) {
			try {
				await openAttendance(await api('GET', '/api/v1/classes/' + encodeURIComponent(wanted)));
				return;
			} catch (error) {
				history.replaceState(null, '', window.location.pathname);
				notice(status, error.message, 'error');
			}
		}
		await loadClasses();
	}

	start();
})();
