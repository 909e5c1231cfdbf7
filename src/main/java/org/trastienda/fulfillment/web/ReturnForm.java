package org.trastienda.fulfillment.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.trastienda.fulfillment.ReturnData;
import org.trastienda.fulfillment.ReturnLineData;
import org.trastienda.fulfillment.ReturnReason;
import org.trastienda.fulfillment.ShipmentView;

/** The new-return form: one row per shipment line with what may still come back; field names are the API's. */
public class ReturnForm extends LineRows {

	private Long shipmentId;

	private ReturnReason reason;

	private String reasonText;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate requestedOn;

	static ReturnForm of(ShipmentView shipment, LocalDate today) {
		ReturnForm form = new ReturnForm();
		form.shipmentId = shipment.id();
		form.requestedOn = today;
		shipment.lines().forEach(line -> form.getLines()
			.add(LineRow.of(line.id(), line.description(), line.unit(), line.returnable())));
		return form;
	}

	ReturnData toData() {
		return new ReturnData(shipmentId, reason, reasonText, requestedOn, filled(ReturnLineData::new));
	}

	public Long getShipmentId() {
		return shipmentId;
	}

	public void setShipmentId(Long shipmentId) {
		this.shipmentId = shipmentId;
	}

	public ReturnReason getReason() {
		return reason;
	}

	public void setReason(ReturnReason reason) {
		this.reason = reason;
	}

	public String getReasonText() {
		return reasonText;
	}

	public void setReasonText(String reasonText) {
		this.reasonText = reasonText;
	}

	public LocalDate getRequestedOn() {
		return requestedOn;
	}

	public void setRequestedOn(LocalDate requestedOn) {
		this.requestedOn = requestedOn;
	}
}
