package vn.hocvuso.helpdesk.editor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.ArticleWriter;
import vn.hocvuso.helpdesk.knowledge.Library;

/**
 * The library as a zip of {@code knowledge-base/} files, and back. Reading refuses
 * anything unsafe or unexpected, naming the file: paths that climb out ({@code ../}) or
 * are absolute, files other than {@code .md}, files too big or too many, text that is not
 * UTF-8. In memory only: the upload is already limited in size.
 */
final class LibraryZip {

	static final String FOLDER = "knowledge-base/";

	/** A file name directly in the zip or in its one folder; nothing else. */
	private static final Pattern SAFE_NAME = Pattern.compile("(knowledge-base/)?[A-Za-z0-9][A-Za-z0-9._-]*");

	private LibraryZip() {
	}

	static byte[] write(Library library) {
		ArticleWriter writer = new ArticleWriter();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Article article : library.articles().values()) {
				zip.putNextEntry(new ZipEntry(FOLDER + ArticleWriter.fileName(article)));
				zip.write(writer.write(article).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing a zip in memory failed", ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The files of an uploaded zip, or the problems that make it unusable.
	 */
	static Contents read(byte[] zip, int maxEntries, long maxEntryBytes) {
		List<File> files = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		int entries = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (++entries > maxEntries) {
					problems.add("tệp zip có hơn " + maxEntries + " tệp");
					break;
				}
				String name = entry.getName();
				if (entry.isDirectory() && name.equals(FOLDER)) {
					continue;
				}
				if (entry.isDirectory() || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
					problems
						.add(name + ": đường dẫn không an toàn hoặc có thư mục con; chỉ nhận tệp .md nằm thẳng trong "
								+ "tệp zip hoặc trong thư mục knowledge-base/");
					continue;
				}
				byte[] content = readBounded(in, maxEntryBytes);
				if (content == null) {
					problems.add(name + ": tệp lớn quá " + (maxEntryBytes / 1024) + " KB");
				}
				else {
					files.add(new File(name.substring(name.lastIndexOf('/') + 1), content));
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// In memory, a read fails only on a broken or truncated zip.
			return new Contents(List.of(), List.of("tệp gửi lên không phải tệp zip đọc được, hoặc tệp zip bị hỏng"));
		}
		if (entries == 0) {
			problems.add("tệp gửi lên không phải tệp zip hoặc không có tệp nào");
		}
		return new Contents(files, problems);
	}

	private static byte[] readBounded(ZipInputStream in, long maxBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			out.write(buffer, 0, read);
			if (out.size() > maxBytes) {
				return null;
			}
		}
		return out.toByteArray();
	}

	/** What was in the zip. */
	record Contents(List<File> files, List<String> problems) {
	}

	/** One file, by its name without folder. */
	record File(String name, byte[] content) {

		/** The text, or empty when it is not valid UTF-8. */
		java.util.Optional<String> text() {
			try {
				return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(this.content))
					.toString());
			}
			catch (CharacterCodingException ex) {
				return java.util.Optional.empty();
			}
		}

	}

}
