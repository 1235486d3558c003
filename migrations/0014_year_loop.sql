CREATE TABLE `meeting_invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`meeting_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`rsvp` text,
	`headcount` integer,
	`names` text DEFAULT '' NOT NULL,
	`responded_at` text,
	`present` integer DEFAULT false NOT NULL,
	`present_count` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_invitations_meeting_agency` ON `meeting_invitations` (`meeting_id`,`agency_id`);--> statement-breakpoint
CREATE TABLE `meeting_guests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`meeting_id` integer NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`affiliation` text DEFAULT '' NOT NULL,
	`present` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_guests_meeting` ON `meeting_guests` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_minutes` (
	`meeting_id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`content` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `minutes_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`meeting_id` integer NOT NULL,
	`version` integer NOT NULL,
	`content` text NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by_user_id` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issued_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_versions_meeting_version` ON `minutes_versions` (`meeting_id`,`version`);--> statement-breakpoint
CREATE TABLE `issue_followups` (
	`row_id` integer PRIMARY KEY NOT NULL,
	`owner_kind` text DEFAULT '' NOT NULL,
	`owner_agency_id` integer,
	`due_on` text,
	`target_meeting_id` integer,
	FOREIGN KEY (`row_id`) REFERENCES `issue_table_rows`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`target_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `issue_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`row_id` integer NOT NULL,
	`on_date` text NOT NULL,
	`status` text,
	`note` text DEFAULT '' NOT NULL,
	`meeting_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`row_id`) REFERENCES `issue_table_rows`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `issue_history_row` ON `issue_history` (`row_id`);--> statement-breakpoint
CREATE TABLE `report_texts` (
	`project_id` integer NOT NULL,
	`block` text NOT NULL,
	`body` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_texts_project_block` ON `report_texts` (`project_id`,`block`);--> statement-breakpoint
CREATE TABLE `project_lineage` (
	`project_id` integer PRIMARY KEY NOT NULL,
	`previous_project_id` integer,
	`previous_year` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`previous_project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE set null
);
