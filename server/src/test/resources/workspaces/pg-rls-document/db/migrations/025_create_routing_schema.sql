-- Migration: 025_create_routing_schema
-- Description: Schema for the routing pack
-- Author: n.zaher
-- Date: 2026-01-09

-- For new packs
CREATE SCHEMA IF NOT EXISTS routing;

-- Grant access
GRANT USAGE ON SCHEMA routing TO solvereign;
GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA routing TO solvereign;
