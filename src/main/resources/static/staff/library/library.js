// The library editor pages: list + publish, edit one article, suggestions from resolved
// tickets, history/diff/rollback, import/export and the audit log. Uses Console (console.js) for API calls and elements.
(function () {
	'use strict';
	const C = window.Console;
	const el = C.el;
	const API = '/api/v1/library';
	const MAX_SHORT = 600;
	const KINDS = { answer: 'Trả lời', clarify: 'Hỏi lại', escalate: 'Chuyển người' };
	const ACTIONS = { 'draft.save': 'Lưu bản nháp', 'draft.discard': 'Bỏ bản nháp', 'publish': 'Xuất bản',
		'rollback': 'Khôi phục', 'import': 'Nhập zip', 'suggestion.accept': 'Nhận gợi ý', 'suggestion.dismiss': 'Bỏ gợi ý' };

	function problemList(error) {
		const items = (error.problems || []).map((p) => el('li', { text: p.articleId + ': ' + p.problem }));
		return el('div', { class: 'notice error', role: 'alert' },
			[el('p', { text: error.message }), items.length ? el('ul', { class: 'problems' }, items) : '']);
	}

	// Like Console.api, but sends any body (a zip file too) and keeps the problem list of a 422.
	async function send(method, url, body, contentType) {
		const response = await fetch(url, { method: method, credentials: 'same-origin', body: body,
			headers: { 'Accept': 'application/json', 'X-Requested-With': 'fetch', 'X-XSRF-TOKEN': C.csrfToken(),
				'Content-Type': contentType || 'application/json' } });
		if (response.status === 401) { window.location.href = '/login'; }
		const type = response.headers.get('Content-Type') || '';
		const data = type.includes('json') ? await response.json() : null;
		if (!response.ok) {
			const error = new Error((data && data.detail) || ('Lỗi ' + response.status));
			error.problems = data && data.problems;
			throw error;
		}
		return data;
	}

	// ---- Try a question: live bot and draft side by side ----
	function side(title, view) {
		const topics = view.topics.map((t) => el('li', {}, [
			el('span', { text: t.title + ' – ' + Math.round(t.confidence * 100) + '%' }),
			el('div', { class: 'meter' }, [el('span', { style: { width: Math.round(t.confidence * 100) + '%' } })])]));
		return el('div', { class: 'side' }, [el('h3', { text: title }), el('ol', {}, topics),
			el('p', { class: 'decision', text: (KINDS[view.decision.kind] || view.decision.kind) + ': ' + view.decision.explanation })]);
	}

	function setUpTry() {
		const form = document.getElementById('try-form');
		const out = document.getElementById('try-result');
		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			C.notice(out, 'Đang thử… (lần đầu sau khi sửa, máy cần vài giây học bản nháp)');
			try {
				const r = await send('POST', API + '/try', JSON.stringify({ text: document.getElementById('try-text').value }));
				out.replaceChildren(el('p', {}, [el('span', { text: 'Máy đọc thành: ' }), el('code', { class: 'normalized', text: r.normalized })]),
					el('div', { class: 'sides' }, [side('Bot đang dùng (phiên bản ' + r.live.version + ')', r.live),
						side(r.draft.hasDrafts ? 'Bản nháp' : 'Bản nháp (chưa có thay đổi)', r.draft)]));
			} catch (error) { out.replaceChildren(problemList(error)); }
		});
	}

	// ---- Publish with progress ----
	const PHASES = { TRAINING: 'Đang cho máy học thư viện mới', STORING: 'Đang lưu phiên bản mới', LIVE: 'Đã dùng phiên bản mới' };

	async function follow(bar, status, done) {
		for (;;) {
			const job = await C.api('GET', API + '/publish');
			bar.value = job.progress;
			if (job.state === 'RUNNING') {
				status.textContent = PHASES[job.phase] + '… ' + job.progress + '%';
			} else {
				status.textContent = job.state === 'DONE'
					? 'Xong: bot đang trả lời theo phiên bản ' + job.toVersion + '.'
					: 'Không xuất bản được: ' + job.error;
				status.className = 'notice ' + (job.state === 'DONE' ? 'ok' : 'error');
				if (done) { done(job); }
				return job;
			}
			await new Promise((resolve) => setTimeout(resolve, 300));
		}
	}

	function setUpPublish(reload) {
		const button = document.getElementById('publish');
		button.addEventListener('click', async () => {
			const problems = document.getElementById('publish-problems');
			problems.replaceChildren();
			button.disabled = true;
			try {
				await send('POST', API + '/publish', JSON.stringify({ note: document.getElementById('publish-note').value }));
				document.getElementById('publish-progress').hidden = false;
				await follow(document.getElementById('publish-bar'), document.getElementById('publish-status'), reload);
			} catch (error) { problems.replaceChildren(problemList(error)); }
			button.disabled = false;
		});
	}

	// ---- The list ----
	async function loadList() {
		const rows = await C.api('GET', API + '/articles');
		const drafts = rows.filter((r) => r.draftBy);
		document.getElementById('publish-summary').textContent = drafts.length
			? drafts.length + ' bài có bản nháp chưa xuất bản: ' + drafts.map((r) => r.title).join(', ') + '.'
			: 'Chưa có bản nháp nào. Sửa một bài rồi quay lại đây để xuất bản.';
		document.getElementById('articles').replaceChildren(...rows.map((r) => el('li', {}, [
			el('a', { href: '/staff/library/article?id=' + encodeURIComponent(r.id) }, [
				el('strong', { text: r.title }),
				el('div', { class: 'meta' }, [el('span', { text: r.id }), el('span', { text: 'phiên bản ' + r.version }),
					el('span', { text: 'rà soát ' + r.reviewed }),
					r.reviewOverdue ? el('span', { class: 'badge overdue', text: 'Quá hạn rà soát' }) : '',
					r.draftBy ? el('span', { class: 'badge draft', text: 'Bản nháp của ' + r.draftBy }) : '',
					r.urgent ? el('span', { class: 'badge urgent', text: 'Khẩn' }) : '']),
				el('div', { class: 'meta' }, [el('span', { text: 'Được hỏi ' + r.asked + ' lần' }),
					el('span', { text: 'bot trả lời ' + r.answered }),
					el('span', { text: 'hữu ích ' + r.helpful + ' / chưa hữu ích ' + r.notHelpful })])])])));
	}

	// ---- One article ----
	function articleId() { return new URLSearchParams(window.location.search).get('id'); }

	function fill(article) {
		['title', 'shortAnswer', 'guide', 'reviewed', 'urgency'].forEach((f) => {
			document.getElementById(f).value = f === 'urgency' ? article.urgency.toLowerCase() : article[f];
		});
		document.getElementById('sources').value = article.sources.map((s) => s.title + ' | ' + s.url).join('\n');
		document.getElementById('tags').value = article.tags.join(', ');
		renderExamples(article.examples);
		preview();
	}

	let examples = [];
	function renderExamples(list) {
		examples = list.slice();
		document.getElementById('example-count').textContent = examples.length;
		document.getElementById('examples').replaceChildren(...examples.map((text, index) => el('li', {}, [
			el('span', { text: text }),
			el('button', { type: 'button', 'aria-label': 'Xóa câu hỏi mẫu ' + text, text: 'Xóa',
				onclick: () => { examples.splice(index, 1); renderExamples(examples); } })])));
	}

	function preview() {
		const text = document.getElementById('shortAnswer').value;
		const length = Array.from(text.trim()).length;
		const counter = document.getElementById('counter');
		counter.textContent = length + '/' + MAX_SHORT + ' ký tự' + (length > MAX_SHORT ? ' – quá giới hạn, hãy rút gọn' : '');
		counter.classList.toggle('over', length > MAX_SHORT);
		document.getElementById('bubble').textContent = text;
	}

	function formArticle() {
		return {
			title: document.getElementById('title').value,
			shortAnswer: document.getElementById('shortAnswer').value,
			guide: document.getElementById('guide').value,
			examples: examples,
			sources: document.getElementById('sources').value.split('\n').filter((l) => l.trim()).map((line) => {
				const parts = line.split('|');
				const url = parts.pop().trim();
				return { title: parts.join('|').trim() || url, url: url };
			}),
			tags: document.getElementById('tags').value.split(',').map((t) => t.trim()).filter((t) => t),
			reviewed: document.getElementById('reviewed').value,
			urgency: document.getElementById('urgency').value
		};
	}

	async function loadArticle() {
		const view = await C.api('GET', API + '/articles/' + encodeURIComponent(articleId()));
		const article = view.draft ? view.draft.article : view.live;
		document.getElementById('heading').textContent = article.title;
		document.getElementById('state').textContent = view.draft
			? 'Đang sửa bản nháp (lưu bởi ' + view.draft.updatedBy + ', ' + C.since(view.draft.updatedAt) + '). Bot vẫn dùng phiên bản ' + view.live.version + '.'
			: 'Chưa có bản nháp: đang xem bài bot dùng (phiên bản ' + view.live.version + ').';
		document.getElementById('discard').hidden = !view.draft;
		fill(article);
		showProblems(view.problems, 'Bài này còn vấn đề, sẽ chặn việc xuất bản:');
	}

	function showProblems(problems, title) {
		const box = document.getElementById('messages');
		if (!problems || !problems.length) { box.replaceChildren(); return; }
		box.replaceChildren(el('div', { class: 'notice error', role: 'alert' }, [el('p', { text: title }),
			el('ul', { class: 'problems' }, problems.map((p) => el('li', { text: p.problem })))]));
	}

	function setUpArticle() {
		document.getElementById('shortAnswer').addEventListener('input', preview);
		const input = document.getElementById('examples-new');
		const add = () => {
			const text = input.value.trim();
			if (text && !examples.some((e) => e.toLowerCase() === text.toLowerCase())) {
				renderExamples([text].concat(examples));
			}
			input.value = '';
			input.focus();
		};
		document.getElementById('example-add').addEventListener('click', add);
		input.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); add(); } });
		document.getElementById('article-form').addEventListener('submit', async (event) => {
			event.preventDefault();
			try {
				const saved = await send('PUT', API + '/articles/' + encodeURIComponent(articleId()) + '/draft', JSON.stringify(formArticle()));
				await loadArticle();
				const box = document.getElementById('messages');
				box.prepend(el('div', { class: 'notice ok', role: 'status', text: 'Đã lưu bản nháp.' + (saved.warnings.length ? ' Còn ' + saved.warnings.length + ' vấn đề cần sửa trước khi xuất bản.' : ' Bài đã sẵn sàng để xuất bản.') }));
			} catch (error) { document.getElementById('messages').replaceChildren(problemList(error)); }
			window.scrollTo(0, 0);
		});
		document.getElementById('discard').addEventListener('click', async () => {
			if (!window.confirm('Bỏ bản nháp và quay về bài bot đang dùng?')) { return; }
			await send('DELETE', API + '/articles/' + encodeURIComponent(articleId()) + '/draft');
			await loadArticle();
		});
		loadArticle().catch((error) => document.getElementById('messages').replaceChildren(problemList(error)));
	}

	// ---- Suggested example questions from resolved tickets ----
	const REASONS = { ESCALATED: 'bot đã chuyển cho người', NOT_HELPFUL: 'người dân báo bot trả lời chưa giúp được' };

	async function loadSuggestions() {
		const [groups, rows] = await Promise.all([C.api('GET', API + '/suggestions'), C.api('GET', API + '/articles')]);
		const topics = rows.filter((r) => !r.id.startsWith('system.'));
		document.getElementById('groups').replaceChildren(...(groups.length ? groups.map((g) => groupCard(g, topics))
			: [el('li', { class: 'empty', text: 'Chưa có gợi ý nào. Gợi ý hiện ra khi Đại sứ số giải quyết xong những câu bot chưa trả lời được.' })]));
	}

	function groupCard(group, topics) {
		const item = el('li', { class: 'group' });
		const select = el('select', { 'aria-label': 'Chủ đề sẽ thêm câu hỏi vào' }, [el('option', { value: '', text: '– Chọn chủ đề –' }),
			...topics.map((t) => el('option', { value: t.id, text: t.title }))]);
		select.value = group.topic || '';
		const boxes = group.questions.map((q) => el('input', { type: 'checkbox', checked: 'checked', value: q.id, 'aria-label': 'Chọn câu: ' + q.text }));
		const out = el('div');
		const chosen = () => boxes.filter((box) => box.checked).map((box) => box.value);
		const decide = async (action) => {
			if (!chosen().length) { C.notice(out, 'Hãy đánh dấu ít nhất một câu hỏi.', 'error'); return; }
			if (action === 'accept' && !select.value) { C.notice(out, 'Hãy chọn chủ đề trước.', 'error'); return; }
			try {
				const r = await send('POST', API + '/suggestions/' + action, JSON.stringify({ questions: chosen(), topic: select.value }));
				C.notice(document.getElementById('messages'), action === 'accept'
					? 'Đã thêm ' + r.added.length + ' câu hỏi mẫu vào bản nháp của "' + select.selectedOptions[0].text + '". Nhớ xuất bản bản nháp để bot học.'
					: 'Đã bỏ qua ' + r.dismissed + ' câu hỏi.', 'ok');
				await loadSuggestions();
			} catch (error) { out.replaceChildren(problemList(error)); }
		};
		const guess = group.topic
			? 'Máy đoán chủ đề: ' + group.title + ' (giống ' + Math.round(group.score * 100) + '%)'
			: 'Máy chưa đoán được chủ đề, hãy chọn.';
		item.append(el('div', { class: 'pad' }, [
			el('strong', { text: group.questions.length + (group.questions.length > 1 ? ' câu hỏi giống nhau' : ' câu hỏi') }),
			el('p', { class: 'muted small', text: guess }),
			el('ul', { class: 'questions' }, group.questions.map((q, i) => el('li', {}, [boxes[i], el('div', {}, [
				el('span', { text: q.text }),
				el('p', { class: 'reply', text: 'Đại sứ số ' + q.resolvedBy + ' trả lời: ' + (q.reply || '(không ghi lại)') }),
				el('p', { class: 'muted small', text: REASONS[q.reason] + ', xong ' + C.since(q.resolvedAt) })])]))),
			el('label', { text: 'Thêm vào chủ đề' }), select,
			el('div', { class: 'actions' }, [
				el('button', { type: 'button', class: 'primary', text: 'Thêm vào bản nháp', onclick: () => decide('accept') }),
				el('button', { type: 'button', text: 'Bỏ qua', onclick: () => decide('dismiss') })]),
			out]));
		return item;
	}

	async function countSuggestions() {
		const groups = await C.api('GET', API + '/suggestions');
		const count = groups.reduce((n, g) => n + g.questions.length, 0);
		const box = document.getElementById('suggestions-summary');
		box.hidden = !count;
		box.firstElementChild.textContent = 'Có ' + count + ' câu hỏi gợi ý từ các phiếu Đại sứ số đã giải quyết: xem và dạy bot';
	}

	// ---- History, diff, rollback, import/export, audit ----
	const FIELDS = { title: 'Tiêu đề', shortAnswer: 'Trả lời ngắn', guide: 'Hướng dẫn chi tiết', tags: 'Nhãn',
		sources: 'Nguồn', reviewed: 'Ngày rà soát', urgency: 'Mức khẩn' };

	async function loadHistory() {
		const versions = await C.api('GET', API + '/versions');
		document.getElementById('versions').replaceChildren(...versions.map((v) => el('li', {}, [el('div', { class: 'pad' }, [
			el('strong', { text: 'Phiên bản ' + v.version }), v.live ? el('span', { class: 'badge ward', text: ' Đang dùng' }) : '',
			el('div', { class: 'meta' }, [el('span', { text: C.time(v.publishedAt) }), el('span', { text: v.publishedBy }), el('span', { text: v.note })]),
			v.live ? '' : el('button', { type: 'button', text: 'Khôi phục phiên bản này', onclick: () => rollback(v.version) })])])));
		const options = versions.map((v) => v.version);
		['from', 'to'].forEach((id, i) => {
			document.getElementById(id).replaceChildren(...options.map((n) => el('option', { value: n, text: 'Phiên bản ' + n })));
			document.getElementById(id).value = options[Math.min(i === 0 ? 1 : 0, options.length - 1)];
		});
		const audit = await C.api('GET', API + '/audit?limit=100');
		document.getElementById('audit').replaceChildren(...audit.map((a) => el('tr', {}, [el('td', { text: C.time(a.at) }),
			el('td', { text: a.who }), el('td', { text: (ACTIONS[a.action] || a.action) + ' ' + a.subject }), el('td', { text: a.detail })])));
	}

	async function rollback(version) {
		if (!window.confirm('Khôi phục nội dung phiên bản ' + version + '? Việc này tạo một phiên bản mới.')) { return; }
		try {
			await send('POST', API + '/versions/' + version + '/rollback');
			document.getElementById('rollback-progress').hidden = false;
			await follow(document.getElementById('rollback-bar'), document.getElementById('rollback-status'), loadHistory);
		} catch (error) { document.getElementById('messages').replaceChildren(problemList(error)); }
	}

	async function compare() {
		const from = document.getElementById('from').value, to = document.getElementById('to').value;
		const out = document.getElementById('diff');
		try {
			const diff = await C.api('GET', API + '/versions/diff?from=' + from + '&to=' + to);
			out.replaceChildren(...(diff.changes.length ? diff.changes.map((c) => el('div', { class: 'side' }, [
				el('h3', { text: c.title + ' (' + c.id + ')' }),
				...c.fields.map((f) => el('div', {}, [el('p', { class: 'label', text: FIELDS[f.field] || f.field }),
					el('div', { class: 'diff-old', text: f.before || '(trống)' }), el('div', { class: 'diff-new', text: f.after || '(trống)' })])),
				c.examplesAdded.length ? el('p', { class: 'diff-new', text: 'Thêm câu hỏi mẫu: ' + c.examplesAdded.join(' · ') }) : '',
				c.examplesRemoved.length ? el('p', { class: 'diff-old', text: 'Bớt câu hỏi mẫu: ' + c.examplesRemoved.join(' · ') }) : ''])) : [el('p', { text: 'Hai phiên bản giống nhau.' })]));
		} catch (error) { out.replaceChildren(problemList(error)); }
	}

	async function importZip() {
		const file = document.getElementById('zip').files[0];
		const out = document.getElementById('import-report');
		if (!file) { C.notice(out, 'Hãy chọn một tệp zip.', 'error'); return; }
		try {
			const r = await send('POST', API + '/import', file, 'application/zip');
			out.replaceChildren(el('div', { class: 'notice ok' }, [el('p', { text: 'Đã nhập ' + r.saved.length + ' bài thành bản nháp' + (r.saved.length ? ': ' + r.saved.join(', ') : '') + '. ' + r.unchanged.length + ' bài không đổi.' }),
				r.warnings.length ? el('ul', { class: 'problems' }, r.warnings.map((p) => el('li', { text: p.articleId + ': ' + p.problem }))) : '']));
			loadHistory();
		} catch (error) { out.replaceChildren(problemList(error)); }
	}

	function setUpLogout() {
		const form = document.querySelector('form.logout');
		if (form) { form.addEventListener('submit', () => { form.querySelector('[name=_csrf]').value = C.csrfToken(); }); }
	}

	const page = document.body.dataset.page;
	setUpLogout();
	if (page === 'list') {
		setUpTry();
		setUpPublish(loadList);
		loadList().catch((error) => C.notice(document.getElementById('publish-summary'), error.message, 'error'));
		countSuggestions().catch(() => {});
	} else if (page === 'suggestions') {
		loadSuggestions().catch((error) => C.notice(document.getElementById('messages'), error.message, 'error'));
	} else if (page === 'article') {
		setUpTry();
		setUpArticle();
	} else if (page === 'history') {
		document.getElementById('compare').addEventListener('click', compare);
		document.getElementById('import').addEventListener('click', importZip);
		loadHistory().catch((error) => C.notice(document.getElementById('messages'), error.message, 'error'));
	}
})();
