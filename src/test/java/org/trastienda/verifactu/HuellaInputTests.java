package org.trastienda.verifactu;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The huella exactly as the AEAT computes it: its three published examples (INVOICING-ES.md). */
class HuellaInputTests {

	static final HuellaInput FIRST_ALTA = new HuellaInput(RecordKind.ALTA, "89890001K", "12345678/G33", "01-01-2024",
			"F1", "12.35", "123.45", null, "2024-01-01T19:20:30+01:00");

	static final HuellaInput CHAINED_ALTA = new HuellaInput(RecordKind.ALTA, "89890001K", "12345679/G34", "01-01-2024",
			"F1", "12.35", "123.45", "3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60",
			"2024-01-01T19:20:35+01:00");

	static final HuellaInput CHAINED_ANULACION = new HuellaInput(RecordKind.ANULACION, "89890001K", "12345679/G34",
			"01-01-2024", null, null, null, "F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97",
			"2024-01-01T19:20:40+01:00");

	@Test
	void firstAltaHashesAnEmptyPreviousHuella() {
		assertThat(FIRST_ALTA.text()).isEqualTo("IDEmisorFactura=89890001K&NumSerieFactura=12345678/G33"
				+ "&FechaExpedicionFactura=01-01-2024&TipoFactura=F1&CuotaTotal=12.35&ImporteTotal=123.45&Huella="
				+ "&FechaHoraHusoGenRegistro=2024-01-01T19:20:30+01:00");
		assertThat(FIRST_ALTA.huella()).isEqualTo("3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60");
	}

	@Test
	void chainedAltaHashesThePreviousHuella() {
		assertThat(CHAINED_ALTA.text()).isEqualTo("IDEmisorFactura=89890001K&NumSerieFactura=12345679/G34"
				+ "&FechaExpedicionFactura=01-01-2024&TipoFactura=F1&CuotaTotal=12.35&ImporteTotal=123.45"
				+ "&Huella=3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60"
				+ "&FechaHoraHusoGenRegistro=2024-01-01T19:20:35+01:00");
		assertThat(CHAINED_ALTA.huella()).isEqualTo("F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97");
	}

	@Test
	void chainedAnulacionHashesItsOwnFields() {
		assertThat(CHAINED_ANULACION.text()).isEqualTo("IDEmisorFacturaAnulada=89890001K"
				+ "&NumSerieFacturaAnulada=12345679/G34&FechaExpedicionFacturaAnulada=01-01-2024"
				+ "&Huella=F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97"
				+ "&FechaHoraHusoGenRegistro=2024-01-01T19:20:40+01:00");
		assertThat(CHAINED_ANULACION.huella())
			.isEqualTo("177547C0D57AC74748561D054A9CEC14B4C4EA23D1BEFD6F2E69E3A388F90C68");
	}

	@Test
	void valuesAreTrimmedBeforeHashing() {
		HuellaInput padded = new HuellaInput(RecordKind.ALTA, " 89890001K ", "12345678/G33 ", "01-01-2024", "F1",
				"12.35", " 123.45", "", "2024-01-01T19:20:30+01:00");
		assertThat(padded.huella()).isEqualTo(FIRST_ALTA.huella());
	}

	@Test
	void writesDatesAmountsAndTimestampsAsTheAeat() {
		assertThat(AeatFormats.date(LocalDate.of(2024, 1, 1))).isEqualTo("01-01-2024");
		assertThat(AeatFormats.amount("total", new BigDecimal("12.3"))).isEqualTo("12.30");
		assertThat(AeatFormats.amount("total", new BigDecimal("-7"))).isEqualTo("-7.00");
		assertThat(AeatFormats.amount("total", new BigDecimal("1E+3"))).isEqualTo("1000.00");
		ZoneId madrid = ZoneId.of("Europe/Madrid");
		assertThat(AeatFormats.timestamp(ZonedDateTime.of(2024, 1, 1, 19, 20, 30, 999_000_000, madrid)))
			.isEqualTo("2024-01-01T19:20:30+01:00");
		assertThat(AeatFormats.timestamp(ZonedDateTime.of(2024, 7, 1, 9, 5, 0, 0, madrid)))
			.isEqualTo("2024-07-01T09:05:00+02:00");
		assertThat(AeatFormats.timestamp(ZonedDateTime.of(2024, 7, 1, 9, 5, 0, 0, ZoneId.of("UTC"))))
			.isEqualTo("2024-07-01T09:05:00+00:00");
	}

	@Test
	void refusesAnAmountWithMoreThanTwoDecimals() {
		assertThatThrownBy(() -> AeatFormats.amount("taxTotal", new BigDecimal("12.345")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("taxTotal");
	}
}
