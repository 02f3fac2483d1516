-- Issue 19 (OP-2; SPEC "Outbox", "Attachments"): an outbox e-mail may carry files of the attachment
-- store (V26) as its attachments. The rows naming them are written with the message, in the
-- transaction of the change that causes it; the bytes are read from the store when the message is
-- delivered, so a message queued while SMTP is down is sent later with its files. The foreign key
-- keeps a file from being removed while a message still names it.
CREATE TABLE outbox_attachment (
  outbox_message_id BIGINT NOT NULL REFERENCES outbox_message (id),
  attachment_order  INTEGER NOT NULL,
  company_id        BIGINT NOT NULL,
  attachment_id     VARCHAR(36) NOT NULL REFERENCES attachment (public_id),
  PRIMARY KEY (outbox_message_id, attachment_order)
);
CREATE INDEX outbox_attachment_attachment_idx ON outbox_attachment (attachment_id);
