package org.trastienda.verifactu;

/** The two kinds of record of the chain. */
enum RecordKind {
	/** Registro de alta: an invoice was issued. */
	ALTA,
	/** Registro de anulación: an invoice issued in error was cancelled. */
	ANULACION
}
