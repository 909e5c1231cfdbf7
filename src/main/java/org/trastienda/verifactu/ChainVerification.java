package org.trastienda.verifactu;

/**
 * The outcome of walking every issuer's chain.
 *
 * @param records how many records were read
 * @param firstBrokenRecord the id of the earliest record that breaks its chain (its huella does not
 *        match its fields, or it does not follow the record before it), or null when all is intact
 */
public record ChainVerification(boolean valid, long records, Long firstBrokenRecord) {
}
