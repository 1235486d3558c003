CREATE TABLE `packet_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`meeting_id` integer NOT NULL,
	`version` integer NOT NULL,
	`html` text NOT NULL,
	`json` text NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by_user_id` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issued_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `packet_issues_meeting_version` ON `packet_issues` (`meeting_id`,`version`);--> statement-breakpoint
CREATE TABLE `packet_settings` (
	`meeting_id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`sections` text NOT NULL,
	`hide_case_agencies` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
