-- Reference data (ISTAT, ANPR, Belfiore, ATECO): read-only for the application, filled by
-- V3__LoadReferenceData from the CSVs in /reference (see reference/SOURCES.md for sources
-- and licences). Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE ref_region (
    code             VARCHAR(2)  NOT NULL,
    name             VARCHAR(60) NOT NULL,
    special_statute  BOOLEAN     NOT NULL,
    codice_fiscale   VARCHAR(11) NOT NULL,
    -- NULL for Trentino-Alto Adige: its NUTS 2 units are the two autonomous provinces.
    nuts2            VARCHAR(4),
    macro_area       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_ref_region PRIMARY KEY (code)
);

-- Keyed by sigla, the code that addresses and forms use; the ISTAT UTS code is kept unique too.
CREATE TABLE ref_province (
    sigla            VARCHAR(2)  NOT NULL,
    codice_uts       VARCHAR(3)  NOT NULL,
    -- Province part of the comuni's ISTAT codes (differs from codice_uts for metropolitan cities).
    historical_code  VARCHAR(3)  NOT NULL,
    name             VARCHAR(60) NOT NULL,
    kind             VARCHAR(60) NOT NULL,
    codice_fiscale   VARCHAR(11) NOT NULL,
    region_code      VARCHAR(2)  NOT NULL,
    CONSTRAINT pk_ref_province PRIMARY KEY (sigla),
    CONSTRAINT uk_ref_province_uts UNIQUE (codice_uts),
    CONSTRAINT fk_ref_province_region FOREIGN KEY (region_code) REFERENCES ref_region (code)
);

-- Active comuni (ISTAT 2025).
CREATE TABLE ref_comune (
    istat_code           VARCHAR(6)   NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    codice_catastale     VARCHAR(4)   NOT NULL,
    codice_fiscale_ente  VARCHAR(11)  NOT NULL,
    province_sigla       VARCHAR(2)   NOT NULL,
    region_code          VARCHAR(2)   NOT NULL,
    -- Space-separated CAPs of 2019-2020 (Roma has dozens): a hint for forms, never a rule.
    cap                  VARCHAR(600),
    -- Geocoded and approximate: only a map's starting point.
    latitude             NUMERIC(9, 6),
    longitude            NUMERIC(9, 6),
    CONSTRAINT pk_ref_comune PRIMARY KEY (istat_code),
    CONSTRAINT uk_ref_comune_catastale UNIQUE (codice_catastale),
    CONSTRAINT fk_ref_comune_province FOREIGN KEY (province_sigla) REFERENCES ref_province (sigla),
    CONSTRAINT fk_ref_comune_region FOREIGN KEY (region_code) REFERENCES ref_region (code)
);

CREATE INDEX ix_ref_comune_province ON ref_comune (province_sigla);

-- Every ANPR comune, active or ceased, one row per name/validity period. A codice fiscale's
-- birthplace may be a comune that no longer exists, so it is checked here, not in ref_comune.
-- province_sigla is the historical one (FO, CI, ...) and has no foreign key on purpose.
CREATE TABLE ref_comune_history (
    id                BIGINT       NOT NULL,
    istat_code        VARCHAR(6)   NOT NULL,
    codice_catastale  VARCHAR(4)   NOT NULL,
    name              VARCHAR(100) NOT NULL,
    province_sigla    VARCHAR(2)   NOT NULL,
    valid_from        DATE         NOT NULL,
    -- NULL while still valid (ANPR writes 9999-12-31).
    valid_to          DATE,
    ceased            BOOLEAN      NOT NULL,
    CONSTRAINT pk_ref_comune_history PRIMARY KEY (id)
);

CREATE INDEX ix_ref_comune_history_catastale ON ref_comune_history (codice_catastale);

-- Foreign states by Belfiore code (Z...), the birthplace of a codice fiscale born abroad.
CREATE TABLE ref_foreign_state (
    codice_belfiore  VARCHAR(4)  NOT NULL,
    name             VARCHAR(60) NOT NULL,
    name_en          VARCHAR(60),
    active           BOOLEAN     NOT NULL,
    valid_from       DATE        NOT NULL,
    valid_to         DATE,
    CONSTRAINT pk_ref_foreign_state PRIMARY KEY (codice_belfiore)
);

-- Both ATECO classifications side by side: 2025 for new data, 2007 (2022 update) for
-- activity codes registered before 2025.
CREATE TABLE ref_ateco (
    classification  VARCHAR(10)  NOT NULL,
    code            VARCHAR(8)   NOT NULL,
    -- 1 sezione, 2 divisione, 3 gruppo, 4 classe, 5 categoria, 6 sottocategoria.
    level           INTEGER      NOT NULL,
    title_it        VARCHAR(300) NOT NULL,
    title_en        VARCHAR(300),
    parent_code     VARCHAR(8),
    CONSTRAINT pk_ref_ateco PRIMARY KEY (classification, code),
    CONSTRAINT ck_ref_ateco_classification CHECK (classification IN ('2025', '2007-2022')),
    CONSTRAINT ck_ref_ateco_level CHECK (level BETWEEN 1 AND 6),
    CONSTRAINT fk_ref_ateco_parent FOREIGN KEY (classification, parent_code)
        REFERENCES ref_ateco (classification, code)
);
