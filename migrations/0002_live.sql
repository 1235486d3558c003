CREATE TABLE `live_cards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`prompt_id` integer NOT NULL,
	`text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`candidate` integer DEFAULT false NOT NULL,
	`participant_id` integer,
	`merged_into_id` integer,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `live_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`prompt_id`) REFERENCES `live_prompts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `live_participants`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `live_cards_cell` ON `live_cards` (`meeting_id`,`group_id`,`prompt_id`);--> statement-breakpoint
CREATE TABLE `live_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`kind` text NOT NULL,
	`group_id` integer,
	`prompt_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_events_meeting` ON `live_events` (`meeting_id`,`id`);--> statement-breakpoint
CREATE TABLE `live_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`name` text NOT NULL,
	`agency_ids` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `live_groups_meeting_name` ON `live_groups` (`meeting_id`,`name`);--> statement-breakpoint
CREATE TABLE `live_participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`group_id` integer,
	`token_hash` text NOT NULL,
	`agency_id` integer,
	`agency_label` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `live_groups`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `live_participants_token` ON `live_participants` (`token_hash`);--> statement-breakpoint
CREATE INDEX `live_participants_meeting` ON `live_participants` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `live_prompts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_prompts_meeting` ON `live_prompts` (`meeting_id`,`position`);--> statement-breakpoint
CREATE TABLE `live_sessions` (
	`meeting_id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`join_code` text,
	`current_prompt_id` integer,
	`input_locked` integer DEFAULT false NOT NULL,
	`wall_hidden` integer DEFAULT false NOT NULL,
	`timer_ends_at` text,
	`voting_status` text DEFAULT 'none' NOT NULL,
	`votes_per_person` integer DEFAULT 3 NOT NULL,
	`opened_at` text,
	`closed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `live_sessions_join_code` ON `live_sessions` (`join_code`);--> statement-breakpoint
CREATE TABLE `live_votes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`card_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`card_id`) REFERENCES `live_cards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `live_participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_votes_participant` ON `live_votes` (`meeting_id`,`participant_id`);--> statement-breakpoint
CREATE INDEX `live_votes_card` ON `live_votes` (`card_id`);