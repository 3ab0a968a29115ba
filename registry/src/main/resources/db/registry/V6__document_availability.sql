-- Carnet registry, schema 6: DocumentEntry.documentAvailability as a column, for $MetadataLevel 1 (ITI TF-2
-- 3.18.4.1.2.3.5.1.1: a level-1 consumer is not shown Offline entries). Entries registered before this
-- migration count as Online, the attribute's default.
ALTER TABLE document_entry ADD COLUMN offline BOOLEAN DEFAULT FALSE NOT NULL;
