CREATE TABLE `agency_short_links` (
	`agency_id` integer PRIMARY KEY NOT NULL,
	`code_hash` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agency_short_links_hash` ON `agency_short_links` (`code_hash`);
