-- Carnet registry, schema 5: what the dossier API shows of who did what (TD1.6 lists the professionals with their
-- name and speciality; the consent history names who recorded each consent).

ALTER TABLE dossier_event ADD COLUMN recorded_by_name VARCHAR(512);

-- Who granted a standing: the professional themself (TD0.3 declaration), the patient side, or a system.
ALTER TABLE dossier_professional ADD COLUMN granted_by_kind VARCHAR(32);
-- The professional as last described when the standing was granted (from their token, or as the patient named
-- them); informative only: the access rules compare professional_id.
ALTER TABLE dossier_professional ADD COLUMN professional_name VARCHAR(512);
ALTER TABLE dossier_professional ADD COLUMN profession_code VARCHAR(16);
ALTER TABLE dossier_professional ADD COLUMN speciality_code VARCHAR(16);
