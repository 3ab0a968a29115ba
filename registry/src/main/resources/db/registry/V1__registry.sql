-- Carnet registry, schema 1. Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL; the few
-- dialect-specific types come in as Flyway placeholders (see org.carnet.registry.store.Dialect).
--
-- Every registry object keeps its ebRIM XML as submitted (deflated, column ebrim) so that every slot
-- round-trips; searches only read the index columns and tables below, never the XML.
-- Times are HL7 DTM values widened to 14 digits (yyyyMMddHHmmss) so that they compare as numbers.

-- The patient dossiers (DMP: a record exists only once opened with the patient's consent).
CREATE TABLE dossier (
    patient_key         VARCHAR(256) NOT NULL PRIMARY KEY,  -- id^^^&authority&ISO
    status              VARCHAR(16)  NOT NULL,              -- OPEN, CLOSED
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every object id the registry has handed out or accepted, whatever its kind: entryUUIDs are unique
-- registry-wide, and the primary key enforces that even between concurrent submissions.
CREATE TABLE registry_object (
    uuid                VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind                VARCHAR(2)   NOT NULL,              -- DE, SS, FD, AS
    patient_key         VARCHAR(256) NOT NULL
);

CREATE TABLE document_entry (
    uuid                VARCHAR(64)  NOT NULL PRIMARY KEY,
    lid                 VARCHAR(64)  NOT NULL,
    version             INTEGER      NOT NULL,
    patient_key         VARCHAR(256) NOT NULL,
    status              VARCHAR(64)  NOT NULL,
    unique_id           VARCHAR(128) NOT NULL,
    on_demand           BOOLEAN      NOT NULL,
    mime_type           VARCHAR(128),
    creation_time       BIGINT,
    service_start_time  BIGINT,
    service_stop_time   BIGINT,
    hash                VARCHAR(40),
    size                BIGINT,
    repository_unique_id VARCHAR(128),
    submission_set_uuid VARCHAR(64)  NOT NULL,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ebrim               ${binary}    NOT NULL
);
CREATE UNIQUE INDEX document_entry_unique_id ON document_entry (unique_id, version);
CREATE INDEX document_entry_patient ON document_entry (patient_key, status, creation_time);
CREATE INDEX document_entry_lid ON document_entry (lid);

-- Coded attributes of document entries, one row per code: classCode, typeCode, formatCode,
-- practiceSettingCode, healthcareFacilityTypeCode, confidentialityCode, eventCodeList.
CREATE TABLE document_code (
    entry_uuid          VARCHAR(64)  NOT NULL,
    attribute           VARCHAR(32)  NOT NULL,
    code                VARCHAR(256) NOT NULL,
    coding_scheme       VARCHAR(256) NOT NULL
);
CREATE INDEX document_code_entry ON document_code (entry_uuid, attribute);
CREATE INDEX document_code_value ON document_code (attribute, code, coding_scheme);

CREATE TABLE document_author (
    entry_uuid          VARCHAR(64)  NOT NULL,
    author_person       VARCHAR(512) NOT NULL
);
CREATE INDEX document_author_entry ON document_author (entry_uuid);

CREATE TABLE submission_set (
    uuid                VARCHAR(64)  NOT NULL PRIMARY KEY,
    patient_key         VARCHAR(256) NOT NULL,
    status              VARCHAR(64)  NOT NULL,
    unique_id           VARCHAR(128) NOT NULL,
    source_id           VARCHAR(128),
    submission_time     BIGINT,
    content_type_code   VARCHAR(256),
    content_type_scheme VARCHAR(256),
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ebrim               ${binary}    NOT NULL
);
CREATE UNIQUE INDEX submission_set_unique_id ON submission_set (unique_id);
CREATE INDEX submission_set_patient ON submission_set (patient_key, status, submission_time);

CREATE TABLE folder (
    uuid                VARCHAR(64)  NOT NULL PRIMARY KEY,
    lid                 VARCHAR(64)  NOT NULL,
    version             INTEGER      NOT NULL,
    patient_key         VARCHAR(256) NOT NULL,
    status              VARCHAR(64)  NOT NULL,
    unique_id           VARCHAR(128) NOT NULL,
    last_update_time    BIGINT,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ebrim               ${binary}    NOT NULL
);
CREATE UNIQUE INDEX folder_unique_id ON folder (unique_id, version);
CREATE INDEX folder_patient ON folder (patient_key, status, last_update_time);

CREATE TABLE folder_code (
    folder_uuid         VARCHAR(64)  NOT NULL,
    code                VARCHAR(256) NOT NULL,
    coding_scheme       VARCHAR(256) NOT NULL
);
CREATE INDEX folder_code_folder ON folder_code (folder_uuid);

CREATE TABLE association (
    uuid                VARCHAR(64)  NOT NULL PRIMARY KEY,
    type                VARCHAR(128) NOT NULL,
    source_uuid         VARCHAR(64)  NOT NULL,
    target_uuid         VARCHAR(64)  NOT NULL,
    patient_key         VARCHAR(256) NOT NULL,
    status              VARCHAR(64)  NOT NULL,
    ebrim               ${binary}    NOT NULL
);
CREATE INDEX association_source ON association (source_uuid, type);
CREATE INDEX association_target ON association (target_uuid, type);
CREATE INDEX association_patient ON association (patient_key);
