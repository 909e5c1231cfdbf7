package org.trastienda.fulfillment;

import java.io.InputStream;

/** An uploaded proof of delivery (a signed note, a photo): its name, declared size and content. */
public record ProofOfDelivery(String filename, long size, InputStream content) {
}
