package vn.hocvuso.helpdesk.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.classes.ClassSchedule;
import vn.hocvuso.helpdesk.classes.ClassTimes;
import vn.hocvuso.helpdesk.classes.SignUpResult;
import vn.hocvuso.helpdesk.classes.WardClass;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.nlu.Decision;
import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.residents.ResidentSession;
import vn.hocvuso.helpdesk.text.Diacritics;

/**
 * The turns about the ward's classes: a question about classes is answered from the
 * schedule (the next ones for the resident's group, each with a button to sign up); a tap
 * on such a button signs them up; "hủy đăng ký" takes them off the list of their next
 * class. Every other message is left to the bot's guides.
 */
@Component
class ClassTurns {

	static final String TOPIC = "campaign.classes";

	static final String SIGN_UP = "Đăng ký lớp";

	/** How many classes one answer lists. */
	static final int LISTED = 3;

	private static final Pattern SIGN_UP_TAP = Pattern.compile("^(?:dang k[yi]|dk)(?: lop)?(?: (?:so )?(\\d{1,2}))?$");

	private static final Pattern CANCEL = Pattern.compile("\\b(?:huy|bo) (?:dang k[yi]|dk)\\b");

	/**
	 * "hủy đăng ký" with nothing but polite words around it; with other words ("hủy đăng
	 * ký SMS banking") it is about something else unless it says "lớp".
	 */
	private static final Pattern CANCEL_ONLY = Pattern
		.compile("^(?:(?:cho|giup|bac|toi|em|minh|chau|oi|muon|xin) )*(?:huy|bo) (?:dang k[yi]|dk)"
				+ "(?: (?:hoc|di|giup|cho|toi|bac|em|minh|nhe|nha|a|voi|chau|oi))*$");

	/** A word that says the message is about a class. */
	private static final Pattern CLASS_WORD = Pattern.compile("\\blop\\b");

	private static final int SHORT = 60;

	private static final Logger log = LoggerFactory.getLogger(ClassTurns.class);

	private final ClassSchedule schedule;

	ClassTurns(ClassSchedule schedule) {
		this.schedule = schedule;
	}

	/**
	 * The plan for a message about classes, or empty when the message is not about them.
	 * @param decision what the bot would answer, if it decided (a rule may have decided
	 * before it)
	 */
	Mono<Optional<Plan>> plan(String raw, @Nullable Decision decision, Resident resident, Library library) {
		// The schedule failing must not lose the message: the bot's guides answer it.
		return classes(raw, decision, resident, library).onErrorResume((error) -> {
			log.warn("Answering about classes failed; the guides answer instead", error);
			return Mono.just(Optional.empty());
		});
	}

	private Mono<Optional<Plan>> classes(String raw, @Nullable Decision decision, Resident resident, Library library) {
		String plain = plain(raw);
		List<String> offered = resident.session().offeredClasses();
		Matcher tap = SIGN_UP_TAP.matcher(plain);
		if (!offered.isEmpty() && (tap.matches() || plain.matches("\\d{1,2}"))) {
			int number = tap.matches() ? ((tap.group(1) != null) ? Integer.parseInt(tap.group(1)) : 1)
					: Integer.parseInt(plain);
			if (number >= 1 && number <= offered.size()) {
				return signUp(offered.get(number - 1), resident).map(Optional::of);
			}
		}
		if (plain.length() <= SHORT && CANCEL.matcher(plain).find()
				&& (CLASS_WORD.matcher(plain).find() || CANCEL_ONLY.matcher(plain).matches())) {
			return cancel(resident).map(Optional::of);
		}
		if (aboutClasses(decision, plain)) {
			return this.schedule.nextFor(raw, resident.groupCode(), LISTED)
				.map((classes) -> Optional.of(schedule(classes, resident.groupCode() != null, library)));
		}
		return Mono.just(Optional.empty());
	}

	/**
	 * Whether the bot's decision is about classes: it answers with the classes guide, or
	 * hesitates between that guide and another for a message that says "lớp" ("khi nào có
	 * lớp dạy cài VNeID": a class, not the VNeID guide).
	 */
	private static boolean aboutClasses(@Nullable Decision decision, String plain) {
		if (decision instanceof Decision.Answer answer) {
			return answer.topic().equals(TOPIC);
		}
		return decision instanceof Decision.Clarify clarify && clarify.topics().contains(TOPIC)
				&& CLASS_WORD.matcher(plain).find();
	}

	private Plan schedule(List<WardClass> classes, boolean groupKnown, Library library) {
		if (classes.isEmpty()) {
			String guide = library.article(TOPIC).map(Article::shortAnswer).orElse("");
			String none = "Dạ, hiện phường chưa xếp lớp nào sắp tới" + (groupKnown ? " cho tổ của bác" : "") + " ạ.";
			return answer((guide.isBlank() ? none : none + "\n\n" + guide), List.of(ReplyComposer.humanButton(library)),
					ResidentSession.idle());
		}
		StringBuilder text = new StringBuilder("Dạ, các lớp Bình dân học vụ số sắp tới bác đi được:");
		List<Reply.QuickReply> buttons = new ArrayList<>();
		List<String> offered = new ArrayList<>();
		for (int i = 0; i < classes.size(); i++) {
			WardClass wardClass = classes.get(i);
			text.append("\n")
				.append(i + 1)
				.append(". ")
				.append(wardClass.title())
				.append(": ")
				.append(ClassTimes.whenAndWhere(wardClass))
				.append(wardClass.full() ? " (đã đủ chỗ)" : " (còn " + wardClass.seatsLeft() + " chỗ)");
			offered.add(wardClass.id());
			if (!wardClass.full()) {
				buttons.add(Reply.QuickReply.of(SIGN_UP + " " + (i + 1)));
			}
		}
		text.append(buttons.isEmpty()
				? "\nCác lớp này đã đủ chỗ; bác nhắn «gặp người hỗ trợ» để Đại sứ số xếp lớp giúp ạ."
				: "\nBác bấm «" + SIGN_UP
						+ "» kèm số thứ tự để giữ chỗ. Đi học bác mang điện thoại đã sạc pin và thẻ căn cước ạ.");
		return answer(text.toString(), buttons, ResidentSession.offeredClasses(offered));
	}

	private Mono<Plan> signUp(String classId, Resident resident) {
		return this.schedule.find(classId)
			.flatMap((wardClass) -> this.schedule.signUp(wardClass, resident).flatMap((result) -> {
				String when = "«" + wardClass.title() + "», " + ClassTimes.whenAndWhere(wardClass);
				if (result == SignUpResult.SIGNED_UP) {
					return Mono.just(note("Dạ, cháu đã ghi tên bác vào lớp " + when
							+ ". Bác nhớ mang điện thoại đã sạc pin và thẻ căn cước. Nếu bận, bác nhắn «hủy đăng ký» ạ."));
				}
				if (result == SignUpResult.ALREADY) {
					return Mono.just(note("Dạ, bác đã có tên trong lớp " + when + " rồi ạ."));
				}
				return full(wardClass, resident);
			}))
			.switchIfEmpty(Mono.fromSupplier(() -> note(
					"Dạ, lớp này không còn trong lịch của phường nữa. Bác hỏi «lịch học» để xem các lớp mới ạ.")));
	}

	/** The class filled up: say so and offer the next one that has a seat. */
	private Mono<Plan> full(WardClass wardClass, Resident resident) {
		String sorry = "Dạ, lớp «" + wardClass.title() + "» vừa đủ chỗ mất rồi ạ.";
		return this.schedule.next(resident.groupCode(), LISTED * 3)
			.map((classes) -> classes.stream()
				.filter((other) -> !other.full() && !other.id().equals(wardClass.id()))
				.findFirst()
				.map((other) -> answer(
						sorry + " Lớp gần nhất còn chỗ: «" + other.title() + "», " + ClassTimes.whenAndWhere(other)
								+ ". Bác bấm «" + SIGN_UP + " 1» để giữ chỗ ạ.",
						List.of(Reply.QuickReply.of(SIGN_UP + " 1")),
						ResidentSession.offeredClasses(List.of(other.id()))))
				.orElseGet(() -> answer(sorry
						+ " Hiện chưa có lớp khác còn chỗ; bác nhắn «gặp người hỗ trợ» để Đại sứ số xếp lớp giúp ạ.",
						List.of(), ResidentSession.idle())));
	}

	private Mono<Plan> cancel(Resident resident) {
		return this.schedule.cancelNext(resident.id())
			.map((cancelled) -> cancelled
				.map((wardClass) -> note(
						"Dạ, cháu đã hủy đăng ký lớp «" + wardClass.title() + "», " + ClassTimes.when(wardClass)
								+ " cho bác ạ. Khi nào rảnh, bác hỏi «lịch học» để đăng ký lớp khác nhé."))
				.orElseGet(() -> note("Dạ, bác chưa đăng ký lớp nào sắp tới nên không có gì phải hủy ạ.")));
	}

	private static Plan note(String text) {
		return answer(text, List.of(), ResidentSession.idle());
	}

	private static Plan answer(String text, List<Reply.QuickReply> buttons, ResidentSession session) {
		return new Plan(text, buttons,
				new SupportCase.Outcome(TOPIC, 1.0, "answer", null, text, CaseStatus.ANSWERED, false), session);
	}

	/** Lower case, no diacritics, words separated by single spaces. */
	static String plain(String raw) {
		return Diacritics.strip(raw.toLowerCase(Locale.ROOT)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
