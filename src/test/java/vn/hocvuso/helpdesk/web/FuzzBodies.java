package vn.hocvuso.helpdesk.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

/**
 * Request bodies for a route: a valid-looking one built from the type of its
 * {@code @RequestBody} (or a recorded provider payload for a webhook), that body with one
 * field mutated, and outright bad ones (absent, not JSON, truncated, wrong types, 10,000
 * levels deep, 5 MB, under the wrong content type).
 */
final class FuzzBodies {

	/** A body and the content type it is sent with ({@code null}: no body at all). */
	record Body(byte @Nullable [] bytes, @Nullable MediaType type, String label) {

		static final Body NONE = new Body(null, null, "no body");

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final byte[] FIVE_MB = fiveMegabytes();

	private static final Map<String, String> CHANNEL_SAMPLES = Map.of("zalo",
			"channel/zalo/user_send_text.docs-sample.json", "messenger", "channel/messenger/text.docs-shape.json",
			"telegram", "channel/telegram/message_text.shared-sample.json");

	private FuzzBodies() {
	}

	static Body pick(FuzzRoute route, String path, RandomGenerator random) {
		Object valid = validLooking(route, path, random);
		return switch (random.nextInt(14)) {
			case 0 -> Body.NONE;
			case 1 -> json(new byte[0], "empty body");
			case 2 -> json(bytes("cai vneid o dau"), "not JSON");
			case 3 -> truncated(valid, random);
			case 4 -> json(bytes(wrongTopLevel(random)), "JSON of the wrong shape");
			case 5 -> deep(random);
			case 6 -> json(FIVE_MB, "5 MB JSON");
			case 7 -> wrongContentType(valid, random);
			case 8 -> json(randomBytes(random), "binary garbage");
			case 9, 10, 11 -> json(JSON.writeValueAsBytes(mutated(valid, random)), "valid-looking, one field mutated");
			default -> json(JSON.writeValueAsBytes(valid), "valid-looking");
		};
	}

	/**
	 * A plausible body for the route: its body type filled in, or a provider's payload.
	 */
	static Object validLooking(FuzzRoute route, String path, RandomGenerator random) {
		for (Map.Entry<String, String> sample : CHANNEL_SAMPLES.entrySet()) {
			if (path.endsWith("/" + sample.getKey())) {
				return freshEvent(JSON.readValue(resource(sample.getValue()), Map.class), random);
			}
		}
		Type type = route.bodyType();
		if (type == null || type == byte[].class || type == String.class) {
			return new LinkedHashMap<>(Map.of("text", "cai vneid o dau", "sessionId", "fuzz-session-01"));
		}
		return value(type, "body", random, 0);
	}

	/** A recorded event with the current time and new ids, so it is not a redelivery. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> freshEvent(Map<String, Object> event, RandomGenerator random) {
		String id = String.valueOf(1_000_000_000L + random.nextInt(1_000_000_000));
		if (event.containsKey("app_id")) {
			event.put("timestamp", String.valueOf(System.currentTimeMillis()));
			((Map<String, Object>) event.get("message")).put("msg_id", "fuzz-" + id);
		}
		if (event.containsKey("update_id")) {
			event.put("update_id", Long.parseLong(id));
		}
		return event;
	}

	private static Object value(Type type, String name, RandomGenerator random, int depth) {
		if (type instanceof ParameterizedType generic) {
			Type raw = generic.getRawType();
			if (raw instanceof Class<?> rawClass && Collection.class.isAssignableFrom(rawClass)) {
				return new ArrayList<>(List.of(value(generic.getActualTypeArguments()[0], name, random, depth + 1)));
			}
			if (raw instanceof Class<?> rawClass && Map.class.isAssignableFrom(rawClass)) {
				return new LinkedHashMap<>(Map.of("TDP01", 5, "enabled", true));
			}
			return value(raw, name, random, depth);
		}
		if (!(type instanceof Class<?> type1)) {
			return "x";
		}
		if (type1 == String.class) {
			return plausibleText(name, random);
		}
		if (type1 == int.class || type1 == Integer.class || type1 == long.class || type1 == Long.class) {
			return 1;
		}
		if (type1 == boolean.class || type1 == Boolean.class) {
			return true;
		}
		if (type1 == double.class || type1 == Double.class || type1 == float.class) {
			return 0.5;
		}
		if (type1 == LocalDate.class) {
			return "2026-12-05";
		}
		if (type1 == Instant.class) {
			return "2026-12-05T00:00:00Z";
		}
		if (type1.isEnum()) {
			return type1.getEnumConstants()[0].toString();
		}
		if (Map.class.isAssignableFrom(type1)) {
			return new LinkedHashMap<>(Map.of("TDP01", 5, "enabled", true));
		}
		if (type1.isRecord() && depth < 3) {
			Map<String, Object> object = new LinkedHashMap<>();
			for (RecordComponent component : type1.getRecordComponents()) {
				object.put(component.getName(),
						value(component.getGenericType(), component.getName(), random, depth + 1));
			}
			return object;
		}
		return "x";
	}

	private static String plausibleText(String name, RandomGenerator random) {
		return switch (name) {
			case "text", "question", "body" -> "cai vneid o dau";
			case "phone" -> "0912 345 678";
			case "password" -> "mat-khau-dai-su-" + random.nextInt(100);
			case "groupCode" -> "TDP01";
			case "name", "title" -> "Tổ thử";
			default -> FuzzValues.plausible(name, random);
		};
	}

	/** The body with one field replaced by a value of a wrong or absurd kind. */
	@SuppressWarnings("unchecked")
	static Object mutated(Object valid, RandomGenerator random) {
		if (!(valid instanceof Map<?, ?> map) || map.isEmpty()) {
			return oddValue(random);
		}
		Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
		List<String> keys = new ArrayList<>(copy.keySet());
		String key = keys.get(random.nextInt(keys.size()));
		if (copy.get(key) instanceof Map<?, ?> nested && random.nextBoolean()) {
			copy.put(key, mutated(nested, random));
		}
		else if (random.nextInt(8) == 0) {
			copy.remove(key);
		}
		else {
			copy.put(key, oddValue(random));
		}
		return copy;
	}

	private static @Nullable Object oddValue(RandomGenerator random) {
		return switch (random.nextInt(13)) {
			case 0 -> null;
			case 1 -> List.of(1, "two", Map.of());
			case 2 -> Map.of("nested", List.of());
			case 3 -> Long.MAX_VALUE;
			case 4 -> -1;
			case 5 -> 1e308;
			case 6 -> "";
			case 7 -> "x".repeat(100_000 / 4);
			case 8 -> "\u202Etổ\u200D5\u0000\uD800" + "\u0301".repeat(500);
			case 9 -> "9".repeat(5_000);
			case 10 -> false;
			case 11 -> "../../etc/passwd";
			default -> "\uD83D\uDE00\uD83C\uDDFB\uD83C\uDDF3";
		};
	}

	private static Body truncated(Object valid, RandomGenerator random) {
		byte[] whole = JSON.writeValueAsBytes(valid);
		int cut = Math.max(1, random.nextInt(Math.max(2, whole.length - 1)));
		return json(Arrays.copyOf(whole, cut), "truncated JSON");
	}

	private static String wrongTopLevel(RandomGenerator random) {
		List<String> shapes = List.of("[1, 2]", "null", "42", "\"a string\"", "true", "{}", "{\"\":null}",
				"{\"a\":1,\"a\":2}", "[{}]", "{\"text\": {\"$ne\": 1}}", "\uFEFF{}", "NaN", "{\"x\":1e99999}");
		return shapes.get(random.nextInt(shapes.size()));
	}

	private static Body deep(RandomGenerator random) {
		int levels = 10_000;
		String nested = random.nextBoolean() ? "[".repeat(levels) + "]".repeat(levels)
				: "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
		return json(bytes(nested), "JSON nested 10,000 levels");
	}

	private static Body wrongContentType(Object valid, RandomGenerator random) {
		List<MediaType> types = List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.TEXT_HTML,
				MediaType.parseMediaType("multipart/form-data"), MediaType.APPLICATION_FORM_URLENCODED,
				MediaType.APPLICATION_OCTET_STREAM, MediaType.parseMediaType("application/json;charset=UTF-16"),
				MediaType.parseMediaType("application/x-ndjson"), MediaType.parseMediaType("foo/bar"));
		MediaType type = types.get(random.nextInt(types.size()));
		return new Body(JSON.writeValueAsBytes(valid), type, "valid-looking as " + type);
	}

	private static Body json(byte[] bytes, String label) {
		return new Body(bytes, MediaType.APPLICATION_JSON, label);
	}

	private static byte[] randomBytes(RandomGenerator random) {
		byte[] bytes = new byte[1 + random.nextInt(2_000)];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] fiveMegabytes() {
		byte[] body = new byte[5 * 1024 * 1024];
		Arrays.fill(body, (byte) 'a');
		byte[] head = bytes("{\"text\":\"");
		System.arraycopy(head, 0, body, 0, head.length);
		body[body.length - 2] = '"';
		body[body.length - 1] = '}';
		return body;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String resource(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
