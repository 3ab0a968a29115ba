-- Carnet registry, schema 8: finding the dossiers whose retention period is over (dmp-reference 4: a closed
-- dossier keeps its data 10 years after closure). closed_at is set only while a dossier is closed.
CREATE INDEX dossier_closed_at ON dossier (closed_at);
