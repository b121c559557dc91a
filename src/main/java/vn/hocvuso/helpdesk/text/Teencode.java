package vn.hocvuso.helpdesk.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-token abbreviations and chat spellings that residents type, with what they mean.
 * Only whole tokens are replaced, so "50k" stays a number and "kg" inside a word is kept.
 */
final class Teencode {

	private static final Map<String, String> EXPANSIONS = table("""
			ko k kg kh khg hok hk hem kô hông = không
			dc đc dk đk duoc = được
			j = gì
			z zậy = vậy
			mk pass password = mật khẩu
			dt đt dth đth = điện thoại
			sdt sđt = số điện thoại
			ntn = như thế nào
			vs = với
			ak ah = à
			r rùi = rồi
			cx cg = cũng
			ns = nói
			mn = mọi người
			ng nguoi = người
			nt = nhắn tin
			tk = tài khoản
			stk = số tài khoản
			tks thanks thank thx = cảm ơn
			bít bik = biết
			wa = qua
			qa = quá
			ad = admin
			oki oke okie okela = ok
			uh uk = ừ
			dvc = dịch vụ công
			đky dky = đăng ký
			kí = ký
			app apps = ứng dụng
			cmnd = chứng minh nhân dân
			cccd = căn cước
			bhyt = bảo hiểm y tế
			bhxh = bảo hiểm xã hội
			fb face = facebook
			zl = zalo
			""");

	private Teencode() {
	}

	/**
	 * The meaning of a token, split into syllables, or the token itself when it is not an
	 * abbreviation.
	 */
	static List<String> expand(String token) {
		String expansion = EXPANSIONS.get(token);
		if (expansion == null) {
			return List.of(token);
		}
		return List.of(expansion.split(" "));
	}

	static boolean isAbbreviation(String token) {
		return EXPANSIONS.containsKey(token);
	}

	/** Reads lines of the form "abbreviation abbreviation ... = meaning". */
	private static Map<String, String> table(String lines) {
		Map<String, String> table = new HashMap<>();
		for (String line : lines.strip().split("\n")) {
			String[] sides = line.split("=");
			for (String abbreviation : sides[0].trim().split(" ")) {
				table.put(abbreviation, sides[1].trim());
			}
		}
		return Map.copyOf(table);
	}

}
