-- AD-4: upload ids come from a sequence like every other entity's: EclipseLink's IDENTITY read-back
-- ("CALL IDENTITY()") does not exist in H2 2.x, the embedded default.
CREATE SEQUENCE register_upload_seq START WITH 50 INCREMENT BY 50;
