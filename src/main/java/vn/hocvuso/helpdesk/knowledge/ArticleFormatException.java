package vn.hocvuso.helpdesk.knowledge;

/** An article file that cannot be read, with the file and the problem named. */
public class ArticleFormatException extends RuntimeException {

	public ArticleFormatException(String fileName, String problem) {
		super(fileName + ": " + problem);
	}

	public ArticleFormatException(String fileName, String problem, Throwable cause) {
		super(fileName + ": " + problem, cause);
	}

}
