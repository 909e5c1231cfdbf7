package org.trastienda.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template to PDF: the template (under {@code templates/}, written as
 * well-formed XHTML with its CSS in a {@code <style>} element) is filled in the given language,
 * with {@code #{...}} messages and {@code #temporals}/{@code #numbers} formats of that locale,
 * and laid out by openhtmltopdf on A4.
 * <p>
 * Text is set in the PDF base-14 fonts (CSS {@code sans-serif}/Helvetica, {@code serif}/Times,
 * {@code monospace}/Courier) with WinAnsi encoding: every reader has them, nothing is embedded,
 * and they cover Spanish and the other Western European languages (á, ñ, ü, ¿, ¡, €); characters
 * outside that set cannot be shown.
 */
@Service
public class PdfRenderer {

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The PDF of the template (a view name such as {@code execution/status-report}) filled with the variables. */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		String xhtml = templates.process(template, new Context(locale, variables));
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
