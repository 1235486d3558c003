// The questionnaire every project starts from, reconstructed from the seeds (DOMAIN.md §3.1,
// §3.1.1 and the option families of seed 001 §4). Ids used by the exchange contract
// (BUNDLE.md) — caseload_by_age_band, total_contacts, professions, support_content,
// challenges — must keep their ids and types.
import { templateSchema, TEMPLATE_FORMAT, type Template, type TemplateInput } from './template.ts';
import { AGENCY_SECTIONS } from './defaultSectionsAgency.ts';
import { NETWORK_SECTIONS } from './defaultSectionsNetwork.ts';

/** Revision given to a project's copy of the default template. */
export const DEFAULT_TEMPLATE_VERSION = 1;

const input: TemplateInput = {
  format: TEMPLATE_FORMAT,
  title: 'ひきこもり支援に関するアンケート',
  intro:
    '地域のひきこもり支援ネットワークづくりのため、各機関の相談・支援の状況をお伺いします。回答は集計してネットワーク会議の資料に使います。個人が特定される情報は書かないでください。',
  sections: [...AGENCY_SECTIONS, ...NETWORK_SECTIONS],
};

/** Parsed once at start-up: a broken default template is a programming error, not user input. */
export const DEFAULT_TEMPLATE: Template = templateSchema.parse(input);
