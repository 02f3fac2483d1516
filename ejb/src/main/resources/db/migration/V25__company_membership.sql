-- Issue 15 finding 4 (VW-1, MD-13): a delegate is one account across companies, each joined by a
-- membership, INVITED until the person accepts with their own credentials; account.company_id
-- stays the operator's one company. A delegate's company moves to an ACCEPTED membership, stamped
-- with the account's creation. The moved rows take the account's id negated: unique (one per
-- account) and never a value of the sequence, which counts up from 1 on H2 and PostgreSQL alike.

CREATE SEQUENCE company_membership_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE company_membership (
  id          BIGINT PRIMARY KEY,
  version     BIGINT NOT NULL,
  account_id  BIGINT NOT NULL REFERENCES account (id),
  company_id  BIGINT NOT NULL REFERENCES company (id),
  state       VARCHAR(20) NOT NULL,
  invited_at  TIMESTAMP NOT NULL,
  accepted_at TIMESTAMP,
  CONSTRAINT company_membership_uq UNIQUE (account_id, company_id)
);
CREATE INDEX company_membership_company_idx ON company_membership (company_id);

INSERT INTO company_membership (id, version, account_id, company_id, state, invited_at,
                                accepted_at)
SELECT -a.id, 0, a.id, a.company_id, 'ACCEPTED', a.created_at, a.created_at
FROM account a
WHERE a.company_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = 'DELEGATE')
  AND NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = 'OPERATOR');

UPDATE account SET company_id = NULL
WHERE id IN (SELECT account_id FROM company_membership);

-- The membership an invitation link accepts.
ALTER TABLE account_token ADD COLUMN membership_id BIGINT REFERENCES company_membership (id);
