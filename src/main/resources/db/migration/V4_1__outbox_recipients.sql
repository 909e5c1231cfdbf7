-- A message may go to many recipients (all of the back office): room for their addresses.
ALTER TABLE outbox_message ALTER COLUMN recipient SET DATA TYPE VARCHAR(4000);
