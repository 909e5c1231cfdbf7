-- Files sent with an outbox message (a status report PDF, …), kept by the FileStore. A message
-- without rows here is a plain-text e-mail, as before.
CREATE TABLE outbox_attachment (
    message_id     BIGINT NOT NULL REFERENCES outbox_message (id) ON DELETE CASCADE,
    position       INT    NOT NULL,
    stored_file_id BIGINT NOT NULL REFERENCES stored_file (id),
    CONSTRAINT outbox_attachment_pk PRIMARY KEY (message_id, position)
);
CREATE INDEX outbox_attachment_file_idx ON outbox_attachment (stored_file_id);
