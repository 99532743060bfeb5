CREATE TABLE IF NOT EXISTS invoices (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    status VARCHAR(20) NOT NULL,
--  ^^^^^^ enum-check-constraint
    payment_type TEXT,
--  ^^^^^^^^^^^^ enum-check-constraint
    "Kind" CHARACTER VARYING(10)
--  ^^^^^^ enum-check-constraint
);

-- A check that does not list values does not restrict the column to a set.
ALTER TABLE invoices ADD COLUMN IF NOT EXISTS priority TEXT CHECK (length(priority) < 10);
--                                            ^^^^^^^^ enum-check-constraint
