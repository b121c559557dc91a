package vn.hocvuso.helpdesk.knowledge;

/**
 * One thing wrong with the library, in words a staff member can act on.
 *
 * @param articleId the article concerned, or the file name when it could not be read
 */
public record LibraryProblem(String articleId, String problem) {

	@Override
	public String toString() {
		return this.articleId + ": " + this.problem;
	}

}
