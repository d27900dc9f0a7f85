-- Files put into a dossier while a supplement is being prepared: "Nộp bổ sung" needs at least
-- one, and clears the mark when the supplement is sent (timestamps in seconds cannot tell a file
-- added just before the officer's request from one added just after).
ALTER TABLE dossier_files ADD COLUMN for_supplement BIGINT NOT NULL DEFAULT 0;
