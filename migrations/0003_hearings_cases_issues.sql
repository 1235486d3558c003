CREATE TABLE `case_factor_defs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`factor_group` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_factor_defs_project_key` ON `case_factor_defs` (`project_id`,`key`);--> statement-breakpoint
CREATE TABLE `case_meeting_candidates` (
	`case_id` integer NOT NULL,
	`meeting_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `case_sheets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_meeting_candidates_pk` ON `case_meeting_candidates` (`case_id`,`meeting_id`);--> statement-breakpoint
CREATE INDEX `case_meeting_candidates_meeting` ON `case_meeting_candidates` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `case_sheets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`key` text NOT NULL,
	`classification` text,
	`age_band` text,
	`sex` text,
	`household` text DEFAULT '[]' NOT NULL,
	`duration` text,
	`first_contact` text,
	`consent` text,
	`factors` text DEFAULT '{}' NOT NULL,
	`involved_agency_ids` text DEFAULT '[]' NOT NULL,
	`timeline` text DEFAULT '[]' NOT NULL,
	`gap_points` text DEFAULT '[]' NOT NULL,
	`start_text` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`what_worked` text DEFAULT '' NOT NULL,
	`gap_text` text DEFAULT '' NOT NULL,
	`missing` text DEFAULT '' NOT NULL,
	`pii_confirmed` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`saved_at` text NOT NULL,
	`submitted_at` text,
	`entered_by_user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entered_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_sheets_project_key` ON `case_sheets` (`project_id`,`key`);--> statement-breakpoint
CREATE INDEX `case_sheets_project_agency` ON `case_sheets` (`project_id`,`agency_id`);--> statement-breakpoint
CREATE TABLE `hearing_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hearing_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`body` text NOT NULL,
	`resolved_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`hearing_id`) REFERENCES `hearing_records`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `hearing_comments_hearing` ON `hearing_comments` (`hearing_id`);--> statement-breakpoint
CREATE TABLE `hearing_passage_themes` (
	`passage_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	FOREIGN KEY (`passage_id`) REFERENCES `hearing_passages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `hearing_themes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hearing_passage_themes_pk` ON `hearing_passage_themes` (`passage_id`,`theme_id`);--> statement-breakpoint
CREATE TABLE `hearing_passages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`hearing_id` integer NOT NULL,
	`section_id` text,
	`excerpt` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`hearing_id`) REFERENCES `hearing_records`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `hearing_passages_hearing` ON `hearing_passages` (`hearing_id`);--> statement-breakpoint
CREATE TABLE `hearing_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`date` text NOT NULL,
	`method` text DEFAULT 'in_person' NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`interviewers` text DEFAULT '[]' NOT NULL,
	`interviewees` text DEFAULT '' NOT NULL,
	`sections` text DEFAULT '{}' NOT NULL,
	`shared_at` text,
	`created_by_user_id` integer,
	`updated_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `hearing_records_project_agency` ON `hearing_records` (`project_id`,`agency_id`);--> statement-breakpoint
CREATE TABLE `hearing_themes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hearing_themes_project_key` ON `hearing_themes` (`project_id`,`key`);--> statement-breakpoint
CREATE TABLE `issue_table_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`position` integer NOT NULL,
	`problem` text NOT NULL,
	`issue` text DEFAULT '' NOT NULL,
	`origin` text DEFAULT 'manual' NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	`next_step` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `issue_table_rows_project` ON `issue_table_rows` (`project_id`,`position`);--> statement-breakpoint
CREATE TABLE `issue_table_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`row_id` integer NOT NULL,
	`kind` text NOT NULL,
	`theme_id` integer,
	`passage_id` integer,
	`case_id` integer,
	`meeting_id` integer,
	FOREIGN KEY (`row_id`) REFERENCES `issue_table_rows`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `hearing_themes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`passage_id`) REFERENCES `hearing_passages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `case_sheets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `issue_table_sources_row` ON `issue_table_sources` (`row_id`);