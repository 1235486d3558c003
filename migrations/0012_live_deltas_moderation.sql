ALTER TABLE `live_events` ADD `card_id` integer;
--> statement-breakpoint
ALTER TABLE `live_cards` ADD `held` integer DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE `live_cards` ADD `held_reason` text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE `live_cards` ADD `hidden_at` text;
--> statement-breakpoint
ALTER TABLE `live_sessions` ADD `wall_moderation` text DEFAULT 'immediate' NOT NULL;
--> statement-breakpoint
CREATE TABLE `live_sheet_fields` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`field` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`editor` text DEFAULT '' NOT NULL,
	`editing_until` text,
	`updated_at` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `live_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `live_sheet_fields_group_field` ON `live_sheet_fields` (`group_id`,`field`);
