-- The contract statistics read the shipments delivered within a period.
CREATE INDEX shipment_delivered_on_idx ON shipment (delivered_on);
