CREATE TABLE `public_guides` (
	`project_id` integer PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT 0 NOT NULL,
	`slug` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`intro` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `public_guides_slug` ON `public_guides` (`slug`);
--> statement-breakpoint
CREATE TABLE `public_guide_entries` (
	`agency_id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`opted_in` integer DEFAULT 0 NOT NULL,
	`offers` text DEFAULT '' NOT NULL,
	`reach` text DEFAULT '' NOT NULL,
	`hours` text DEFAULT '' NOT NULL,
	`family_only` integer DEFAULT 0 NOT NULL,
	`anonymous` integer DEFAULT 0 NOT NULL,
	`needs` text DEFAULT '[]' NOT NULL,
	`checked_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `public_guide_entries_project` ON `public_guide_entries` (`project_id`);
