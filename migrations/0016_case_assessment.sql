ALTER TABLE `case_sheets` ADD `person_situation` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_sheets` ADD `person_strengths` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_sheets` ADD `person_needs` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_sheets` ADD `person_wishes` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_sheets` ADD `family_situation` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_sheets` ADD `family_strengths` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_sheets` ADD `family_needs` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_sheets` ADD `family_wishes` text DEFAULT '' NOT NULL;
