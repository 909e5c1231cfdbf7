package org.trastienda.documents;

import org.springframework.core.io.Resource;

/** A stored file with its content, ready to be sent; see {@link Downloads#attachment(OpenedFile)}. */
public record OpenedFile(StoredFile file, Resource content) {
}
