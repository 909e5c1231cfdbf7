package org.trastienda.documents;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PdfRendererIntegrationTests {

	@Autowired
	PdfRenderer renderer;

	@Test
	void rendersSpanishTextWithItsAccentsAndTheEuroSign() throws IOException {
		byte[] pdf = renderer.render("documents/pdf-sample",
				Map.of("title", "Informe de situación", "text", "¿Añadió el camión? ¡Sí! Certificación, pingüino, Íñigo",
						"amount", new BigDecimal("1234.5"), "day", LocalDate.of(2026, 3, 9)),
				Locale.forLanguageTag("es"));

		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String text = text(pdf);
		assertThat(text).contains("Informe de situación")
			.contains("¿Añadió el camión? ¡Sí! Certificación, pingüino, Íñigo")
			.contains("1.234,50 €")
			.contains("9 marzo 2026");
	}

	@Test
	void formatsInTheGivenLanguage() throws IOException {
		byte[] pdf = renderer.render("documents/pdf-sample", Map.of("title", "Status report", "text", "Delivered",
				"amount", BigDecimal.TEN, "day", LocalDate.of(2026, 3, 9)), Locale.ENGLISH);

		assertThat(text(pdf)).contains("Status report").contains("9 March 2026");
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
