package org.trastienda.catalog;

import java.math.BigDecimal;

/**
 * A VAT rate products may carry, in percent ({@code 21}), with the code of its kind ({@code GENERAL},
 * {@code REDUCED}…); pages show the label {@code catalog.vat.<code>}.
 */
public record VatRate(BigDecimal rate, String code) {
}
