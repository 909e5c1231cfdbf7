package org.trastienda.customers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A free note about a customer; notes are added, never edited. */
@Entity
class CustomerNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long customerId;

	private String body;

	private String author;

	private Instant createdAt;

	protected CustomerNote() {
	}

	CustomerNote(Long customerId, String body, String author, Instant createdAt) {
		this.customerId = customerId;
		this.body = body;
		this.author = author;
		this.createdAt = createdAt;
	}

	NoteView toView() {
		return new NoteView(id, customerId, body, author, createdAt);
	}

	Long getId() {
		return id;
	}
}
