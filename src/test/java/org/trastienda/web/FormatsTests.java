package org.trastienda.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTests {

	private final Formats formats = new Formats(ZoneId.of("Europe/Madrid"), messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesRecordedDaysMomentsNumbersAndYesNoInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));

		assertThat(formats.recorded("2026-11-02")).isEqualTo("2 nov 2026");
		assertThat(formats.recorded("2026-11-02T09:30:00Z")).isEqualTo("2 nov 2026 10:30");
		assertThat(formats.recorded("1234.5")).isEqualTo("1.234,5");
		assertThat(formats.recorded("2.00")).isEqualTo("2,00");
		assertThat(formats.recorded("true")).isEqualTo("Sí");
		assertThat(formats.recorded(null)).isEqualTo("—");
	}

	@Test
	void keepsAnyOtherRecordedTextAsItWas() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(formats.recorded("false")).isEqualTo("No");
		assertThat(formats.recorded("B12345678")).isEqualTo("B12345678");
		assertThat(formats.recorded("28001")).isEqualTo("28001");
		assertThat(formats.recorded("ES9121000418450200051332")).isEqualTo("ES9121000418450200051332");
		assertThat(formats.recorded("Calle Mayor 1")).isEqualTo("Calle Mayor 1");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
