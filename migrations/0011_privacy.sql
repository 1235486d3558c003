-- Issue 15 (privacy): a hearing passage prints with its agency's name only when marked shared
-- (the agency's choice). Meeting kind 支援会議 is the value `support_meeting` of the text column
-- meetings.kind: no schema change is needed for it.
ALTER TABLE `hearing_passages` ADD `shared` integer DEFAULT false NOT NULL;
