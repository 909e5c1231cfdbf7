package org.trastienda.execution.web;

import java.time.LocalDate;

/** {@code POST .../done}: the day it happened and, optionally, the version that was read. */
record DoneRequest(LocalDate actualDate, Long version) {
}
