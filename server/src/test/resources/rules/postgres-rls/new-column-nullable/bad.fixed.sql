ALTER TABLE core.customers ADD COLUMN email VARCHAR(255);
--                                                       ^^^^^^^^ new-column-nullable
ALTER TABLE core.customers ADD COLUMN IF NOT EXISTS phone TEXT,
--                                                             ^^^^^^^^ new-column-nullable
    ADD COLUMN country_code CHAR(2) REFERENCES core.countries(code) ON DELETE RESTRICT;
--                                  ^^^^^^^^ new-column-nullable
