-- The agency kind is spelt 行政部署 (no space), as in src/agencies/labels.ts (issue 11 §6).
UPDATE `agencies` SET `kind` = '行政部署' WHERE `kind` = '行政 部署';
