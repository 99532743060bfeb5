CREATE TABLE IF NOT EXISTS core.orders (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES core.tenants(id),
    customer_id UUID NOT NULL REFERENCES core.customers(id) ON DELETE CASCADE,
--                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ fk-on-delete
    coupon_id UUID REFERENCES core.coupons ON DELETE CASCADE,
--                 ^^^^^^^^^^^^^^^^^^^^^^^ fk-on-delete
    region_id UUID REFERENCES core.regions(id) ON DELETE CASCADE ON UPDATE CASCADE,
--                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ fk-on-delete
    CONSTRAINT fk_orders_site FOREIGN KEY (tenant_id, site_id) REFERENCES core.sites(tenant_id, id) ON DELETE CASCADE
--  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ fk-on-delete
);

ALTER TABLE child_table
    ADD CONSTRAINT fk_child_parent
--      ^^^^^^^^^^^^^^^^^^^^^^^^^^ fk-on-delete
    FOREIGN KEY (parent_id)
    REFERENCES parent_table(id) ON DELETE CASCADE;
