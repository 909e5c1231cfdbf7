package org.trastienda.fulfillment.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.trastienda.fulfillment.RemainingLine;
import org.trastienda.fulfillment.ShipMode;
import org.trastienda.fulfillment.ShipmentData;
import org.trastienda.fulfillment.ShipmentLineData;

/** The new-shipment form: one row per contract line with what remains of it; field names are the API's. */
public class ShipmentForm extends LineRows {

	private Long contractId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate shippedOn;

	private String carrier;

	private String trackingNumber;

	private ShipMode shipMode = ShipMode.ROAD;

	private String notes;

	static ShipmentForm of(Long contractId, LocalDate today, List<RemainingLine> remaining) {
		ShipmentForm form = new ShipmentForm();
		form.contractId = contractId;
		form.shippedOn = today;
		remaining.forEach(line -> form.getLines()
			.add(LineRow.of(line.contractLineId(), line.description(), line.unit(), line.remaining())));
		return form;
	}

	ShipmentData toData() {
		return new ShipmentData(contractId, shippedOn, carrier, trackingNumber, shipMode, notes,
				filled(ShipmentLineData::new));
	}

	public Long getContractId() {
		return contractId;
	}

	public void setContractId(Long contractId) {
		this.contractId = contractId;
	}

	public LocalDate getShippedOn() {
		return shippedOn;
	}

	public void setShippedOn(LocalDate shippedOn) {
		this.shippedOn = shippedOn;
	}

	public String getCarrier() {
		return carrier;
	}

	public void setCarrier(String carrier) {
		this.carrier = carrier;
	}

	public String getTrackingNumber() {
		return trackingNumber;
	}

	public void setTrackingNumber(String trackingNumber) {
		this.trackingNumber = trackingNumber;
	}

	public ShipMode getShipMode() {
		return shipMode;
	}

	public void setShipMode(ShipMode shipMode) {
		this.shipMode = shipMode;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}
}
