-- 018_need_to_know: need-to-know findings of the attack pass (docs/RELIABILITY.md).
--
-- * The geofence monitor (ansim_monitor) read every column of hotline_place and
--   hotline_order, including the victim's encrypted address (address_enc) and who
--   issued an order. It needs only where the place is and what the order says, so it
--   now gets exactly those columns. (scripts/hardening/attack.py checks each database
--   role's column privileges against scripts/hardening/sql-roles.json.)

REVOKE SELECT ON hotline_place, hotline_order FROM ansim_monitor;
GRANT SELECT (id, case_id, kind, geom, extent_m, updated_at) ON hotline_place TO ansim_monitor;
GRANT SELECT (id, case_id, kind, starts_on, ends_on, radius_m) ON hotline_order TO ansim_monitor;
