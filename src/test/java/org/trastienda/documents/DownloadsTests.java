package org.trastienda.documents;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadsTests {

	@Test
	void namesTheFileInAsciiAndExactlyInUtf8AsAnAttachment() {
		HttpHeaders headers = Downloads.headers("Factura ñandú \"2024\" (1).pdf", MediaType.APPLICATION_PDF);

		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
				"attachment; filename=\"Factura nandu _2024_ (1).pdf\"; "
						+ "filename*=UTF-8''Factura%20%C3%B1and%C3%BA%20%222024%22%20%281%29.pdf");
		assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void replacesCharactersWithoutAnAsciiFormInTheFallbackName() {
		HttpHeaders headers = Downloads.headers("合同.pdf", MediaType.APPLICATION_PDF);

		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E5%90%88%E5%90%8C.pdf");
	}
}
