package vn.hocvuso.helpdesk.conversation;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A shared place becomes a map link only when its coordinates are a place on Earth. */
class SharedPlaceTests {

	@ParameterizedTest
	@CsvSource({ "10.7642473, 106.6564313, 'https://www.google.com/maps/search/?api=1&query=10.7642473,106.6564313'",
			"' 21.028511 ', '105.804817', 'https://www.google.com/maps/search/?api=1&query=21.028511,105.804817'",
			"-90, 180, 'https://www.google.com/maps/search/?api=1&query=-90,180'" })
	void coordinatesAsProvidersWriteThemBecomeAMapLink(String latitude, String longitude, String link) {
		assertThat(InboundMessage.Attachment.location(latitude, longitude).url()).isEqualTo(link);
	}

	@ParameterizedTest
	@CsvSource({ "'', ''", "abc, 106", "91, 106", "10, 181", "NaN, 1", "1e400, 1", "'10;alert(1)', 1", "'10,5', 106" })
	void coordinatesThatAreNoPlaceGiveNoLinkButStayAPlace(String latitude, String longitude) {
		InboundMessage.Attachment place = InboundMessage.Attachment.location(latitude, longitude);
		assertThat(place.url()).isEmpty();
		assertThat(place.type()).isEqualTo("location");
	}

	@Property
	void everyPlaceOnEarthGivesALinkOfDigitsOnly(@ForAll @DoubleRange(min = -90, max = 90) double latitude,
			@ForAll @DoubleRange(min = -180, max = 180) double longitude) {
		String url = InboundMessage.Attachment.location(String.valueOf(latitude), String.valueOf(longitude)).url();
		assertThat(url).matches("https://www\\.google\\.com/maps/search/\\?api=1&query=-?[0-9.]+,-?[0-9.]+");
	}

}
