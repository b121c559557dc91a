package vn.hocvuso.helpdesk.shared;

/**
 * A {@code <meta name content>} tag that a provider needs on the home page to verify the
 * domain (Zalo, Facebook). Tags with empty content are not shown.
 */
public record SiteMetaTag(String name, String content) {

	public boolean isPresent() {
		return !this.content.isBlank();
	}

}
