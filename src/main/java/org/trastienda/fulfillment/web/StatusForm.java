package org.trastienda.fulfillment.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import org.trastienda.fulfillment.ProofOfDelivery;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.StatusUpdate;

/** The status form of the shipment page, with the proof of delivery to file when it is delivered. */
public class StatusForm {

	private Long version;

	private ShipmentStatus status;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	private String note;

	private MultipartFile file;

	StatusUpdate toUpdate() {
		return new StatusUpdate(status, occurredOn, note);
	}

	/** The uploaded proof of delivery, or null when no file was chosen. */
	ProofOfDelivery proof() {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new ProofOfDelivery(file.getOriginalFilename(), file.getSize(), file.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public ShipmentStatus getStatus() {
		return status;
	}

	public void setStatus(ShipmentStatus status) {
		this.status = status;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}
}
