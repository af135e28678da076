-- 012_roles: two more people who use Ansim, created before the features that need them
-- so that those features' migrations (links, online exploitation) only grant to them.
--
--   ansim_investigator  investigators of organised fraud (link analysis, issue 10):
--                       the only role that reads the link graph's identities.
--   ansim_counsellor    counsellors of the online-exploitation centre (issue 11): the
--                       grooming alert queue and the re-upload matches.
--
-- Also: the lookup's address input (POST /lookup {"address": …}) geocodes with the
-- dispatcher's or patrol officer's own role, which needs the address layers (public
-- data, no personal data in them).

DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['ansim_investigator', 'ansim_counsellor'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
        BEGIN
            EXECUTE format('GRANT %I TO ansim_api', r);
        EXCEPTION WHEN OTHERS THEN NULL;  -- granted concurrently by another database's migration
        END;
    END LOOP;
END
$roles$;

ALTER TABLE ansim_account DROP CONSTRAINT ansim_account_role_check;
ALTER TABLE ansim_account ADD CONSTRAINT ansim_account_role_check CHECK (role IN (
    'hotline_worker', 'police_liaison', 'supervisor', 'analyst', 'admin', 'dispatcher',
    'patrol_officer', 'investigator', 'counsellor'));

GRANT SELECT ON road_section, admin_area TO ansim_dispatcher, ansim_patrol_officer;
