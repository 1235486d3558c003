// The whole data model in one place so every feature shares one migration history.
// JSON columns hold small structured values (answers, agenda items) that are always
// read and written whole; anything that is queried or counted gets its own column.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { MinutesContent } from '../minutes/content.ts';
import type { PreviousYear } from '../yearLoop/previousYear.ts';

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['admin', 'staff'] })
    .notNull()
    .default('staff'),
  createdAt: createdAt(),
  // a deactivated account cannot log in and its sessions are gone; kept for the audit log's names
  deactivatedAt: text('deactivated_at'),
});

export const sessions = sqliteTable(
  'sessions',
  {
    // sha256 of the cookie value; the cookie itself is never stored
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: text('expires_at').notNull(),
    createdAt: createdAt(),
    // a random public name for the session list's 「ログアウトさせる」 buttons (never the hash)
    handle: text('handle'),
    lastSeenAt: text('last_seen_at'),
    userAgent: text('user_agent').notNull().default(''),
  },
  (t) => [uniqueIndex('sessions_handle').on(t.handle), index('sessions_user').on(t.userId)],
);

/** One-time links for accounts (invitations and password resets): only the token's hash is stored. */
export const accountTokens = sqliteTable(
  'account_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['invite', 'reset'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: ['admin', 'staff'] })
      .notNull()
      .default('staff'),
    // the project an invited colleague joins on acceptance
    projectId: integer('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    // the account a reset link is for
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    createdByUserId: integer('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('account_tokens_hash').on(t.tokenHash)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const projects = sqliteTable('projects', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  municipality: text('municipality').notNull(),
  fiscalYear: integer('fiscal_year').notNull(),
  hostHealthCentre: text('host_health_centre').notNull().default(''),
  adviser: text('adviser').notNull().default(''),
  // the health centre's contact printed on every invitation letter
  contactPerson: text('contact_person').notNull().default(''),
  contactPhone: text('contact_phone').notNull().default(''),
  contactEmail: text('contact_email').notNull().default(''),
  createdAt: createdAt(),
});

export const projectMembers = sqliteTable(
  'project_members',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('project_members_pk').on(t.projectId, t.userId)],
);

export const agencies = sqliteTable(
  'agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    // stable identifier used in bundles and packet JSON
    key: text('key').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    field: text('field', {
      enum: ['health_medical', 'welfare_ibasho', 'employment', 'education', 'other'],
    }).notNull(),
    ageMin: integer('age_min'),
    ageMax: integer('age_max'),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    archivedAt: text('archived_at'),
    // The link token is derived from a server secret and this nonce (so letters can be
    // reprinted); only its hash is used for lookup.
    tokenNonce: text('token_nonce'),
    tokenHash: text('token_hash'),
    tokenIssuedAt: text('token_issued_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('agencies_project_key').on(t.projectId, t.key),
    uniqueIndex('agencies_token_hash').on(t.tokenHash),
  ],
);

export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    // support_meeting = 支援会議 (closed, under 守秘義務): its packet never reaches agency links
    kind: text('kind', { enum: ['working_group', 'network', 'support_meeting'] }).notNull(),
    title: text('title').notNull(),
    // local JST date "YYYY-MM-DD" and optional times "HH:MM"
    date: text('date').notNull(),
    startTime: text('start_time').notNull().default(''),
    endTime: text('end_time').notNull().default(''),
    place: text('place').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    agenda: text('agenda', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    attendeeAgencyIds: text('attendee_agency_ids', { mode: 'json' })
      .$type<number[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('meetings_project_key').on(t.projectId, t.key)],
);

// Survey parts (questionnaire, hearings, case provision) with their windows.
export const surveyParts = sqliteTable(
  'survey_parts',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    part: text('part', { enum: ['questionnaire', 'hearing', 'cases'] }).notNull(),
    opensOn: text('opens_on'),
    closesOn: text('closes_on'),
  },
  (t) => [uniqueIndex('survey_parts_pk').on(t.projectId, t.part)],
);

export const questionnaireTemplates = sqliteTable('questionnaire_templates', {
  projectId: integer('project_id')
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  version: integer('version').notNull().default(1),
  definition: text('definition', { mode: 'json' }).$type<unknown>().notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const questionnaireResponses = sqliteTable(
  'questionnaire_responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    answers: text('answers', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    savedAt: text('saved_at').notNull(),
    submittedAt: text('submitted_at'),
    enteredByUserId: integer('entered_by_user_id').references(() => users.id),
  },
  (t) => [uniqueIndex('questionnaire_responses_agency').on(t.projectId, t.agencyId)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    actorKind: text('actor_kind', { enum: ['staff', 'agency', 'participant', 'system'] }).notNull(),
    actorId: integer('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    detail: text('detail').notNull().default(''),
    at: createdAt(),
  },
  (t) => [index('audit_log_project').on(t.projectId, t.id)],
);

// --- packet ---
// Staff's choice, order and comments of packet sections for one meeting. Absent row = the
// defaults for the meeting's kind.
export const packetSettings = sqliteTable('packet_settings', {
  meetingId: integer('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  projectId: integer('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' }),
  sections: text('sections', { mode: 'json' }).$type<{ id: string; comment: string }[]>().notNull(),
  hideCaseAgencies: integer('hide_case_agencies', { mode: 'boolean' }).notNull().default(false),
  updatedAt: text('updated_at').notNull(),
});

// Packets as handed out (発行): the exact HTML and JSON, so a meeting's material can be
// reproduced after the data has changed.
export const packetIssues = sqliteTable(
  'packet_issues',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    html: text('html').notNull(),
    json: text('json').notNull(),
    issuedAt: text('issued_at').notNull(),
    issuedByUserId: integer('issued_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('packet_issues_meeting_version').on(t.meetingId, t.version)],
);

// --- live meetings (group work, projector wall) ---
// One live session per meeting: draft (groups/prompts prepared) → open (join code valid) → closed (frozen).
export const liveSessions = sqliteTable(
  'live_sessions',
  {
    meetingId: integer('meeting_id')
      .primaryKey()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['draft', 'open', 'closed'] })
      .notNull()
      .default('draft'),
    // 6 digits while open, NULL otherwise; unique among open sessions
    joinCode: text('join_code'),
    currentPromptId: integer('current_prompt_id'),
    inputLocked: integer('input_locked', { mode: 'boolean' }).notNull().default(false),
    wallHidden: integer('wall_hidden', { mode: 'boolean' }).notNull().default(false),
    timerEndsAt: text('timer_ends_at'),
    votingStatus: text('voting_status', { enum: ['none', 'open', 'closed'] })
      .notNull()
      .default('none'),
    votesPerPerson: integer('votes_per_person').notNull().default(3),
    // 'approval': every card waits in the console's 確認待ち queue before it reaches the wall
    wallModeration: text('wall_moderation', { enum: ['immediate', 'approval'] })
      .notNull()
      .default('immediate'),
    openedAt: text('opened_at'),
    closedAt: text('closed_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('live_sessions_join_code').on(t.joinCode)],
);

export const livePrompts = sqliteTable(
  'live_prompts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('live_prompts_meeting').on(t.meetingId, t.position)],
);

export const liveGroups = sqliteTable(
  'live_groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    agencyIds: text('agency_ids', { mode: 'json' })
      .$type<number[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('live_groups_meeting_name').on(t.meetingId, t.name)],
);

export const liveParticipants = sqliteTable(
  'live_participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    groupId: integer('group_id').references(() => liveGroups.id, { onDelete: 'set null' }),
    // sha256 of the participant cookie; the cookie itself is never stored
    tokenHash: text('token_hash').notNull(),
    agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    agencyLabel: text('agency_label').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('live_participants_token').on(t.tokenHash), index('live_participants_meeting').on(t.meetingId)],
);

export const liveCards = sqliteTable(
  'live_cards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    groupId: integer('group_id')
      .notNull()
      .references(() => liveGroups.id, { onDelete: 'cascade' }),
    promptId: integer('prompt_id')
      .notNull()
      .references(() => livePrompts.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    // optimistic concurrency: an edit must name the version it started from
    version: integer('version').notNull().default(1),
    candidate: integer('candidate', { mode: 'boolean' }).notNull().default(false),
    participantId: integer('participant_id').references(() => liveParticipants.id, { onDelete: 'set null' }),
    mergedIntoId: integer('merged_into_id'),
    deletedAt: text('deleted_at'),
    // held back from the wall until the facilitator releases it; heldReason names what the
    // personal-information check found ('' when the meeting approves every card)
    held: integer('held', { mode: 'boolean' }).notNull().default(false),
    heldReason: text('held_reason').notNull().default(''),
    // hidden from the wall by the facilitator (undo clears it)
    hiddenAt: text('hidden_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [index('live_cards_cell').on(t.meetingId, t.groupId, t.promptId)],
);

export const liveVotes = sqliteTable(
  'live_votes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    cardId: integer('card_id')
      .notNull()
      .references(() => liveCards.id, { onDelete: 'cascade' }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => liveParticipants.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('live_votes_participant').on(t.meetingId, t.participantId), index('live_votes_card').on(t.cardId)],
);

// Append-only change log; its id is the SSE event id so clients resume with Last-Event-ID.
// 'cell' = the cards of one group × prompt changed; 'state' = phase, timer, lock, groups, voting…
export const liveEvents = sqliteTable(
  'live_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['cell', 'state', 'card', 'field'] }).notNull(),
    groupId: integer('group_id'),
    promptId: integer('prompt_id'),
    // 'card': the card that changed (sent as a delta); 'field': the live_sheet_fields row
    cardId: integer('card_id'),
    at: createdAt(),
  },
  (t) => [index('live_events_meeting').on(t.meetingId, t.id)],
);

// A group's shared sheet written live during the meeting, one row per field: saved field by
// field with an optimistic version, and who is typing in it until `editingUntil`.
export const liveSheetFields = sqliteTable(
  'live_sheet_fields',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    groupId: integer('group_id')
      .notNull()
      .references(() => liveGroups.id, { onDelete: 'cascade' }),
    field: text('field').notNull(),
    text: text('text').notNull().default(''),
    version: integer('version').notNull().default(0),
    editor: text('editor').notNull().default(''),
    editingUntil: text('editing_until'),
    updatedAt: text('updated_at'),
  },
  (t) => [uniqueIndex('live_sheet_fields_group_field').on(t.groupId, t.field)],
);

// --- hearings ---
// Issue themes hearing passages are tagged with; each project starts from the seed's list
// and may add its own. `key` is the stable id used in bundles and packet JSON.
export const hearingThemes = sqliteTable(
  'hearing_themes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('hearing_themes_project_key').on(t.projectId, t.key)],
);

export const hearingRecords = sqliteTable(
  'hearing_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    method: text('method', { enum: ['in_person', 'online', 'phone'] })
      .notNull()
      .default('in_person'),
    place: text('place').notNull().default(''),
    interviewers: text('interviewers', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    // roles only (e.g. 相談員・社会福祉士), names only as far as the agency agrees
    interviewees: text('interviewees').notNull().default(''),
    sections: text('sections', { mode: 'json' })
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'`),
    // when set, the agency can read the record on its own link and send corrections
    sharedAt: text('shared_at'),
    createdByUserId: integer('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: text('updated_at').notNull(),
    // optimistic concurrency: every save names the version it was loaded with
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('hearing_records_project_agency').on(t.projectId, t.agencyId)],
);

// Agencies staff chose for a hearing (ヒアリング予定): the base of the hearing 実施率
// (実施済み ÷ 予定機関数). An agency that already has a hearing record counts as planned too.
export const hearingPlans = sqliteTable(
  'hearing_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('hearing_plans_project_agency').on(t.projectId, t.agencyId)],
);

// A tagged passage: an excerpt of one section (or, with no section, the record as a whole).
export const hearingPassages = sqliteTable(
  'hearing_passages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    hearingId: integer('hearing_id')
      .notNull()
      .references(() => hearingRecords.id, { onDelete: 'cascade' }),
    sectionId: text('section_id'),
    excerpt: text('excerpt').notNull().default(''),
    // the agency's choice: only a shared passage prints with its agency's name (else 「ある機関では…」)
    shared: integer('shared', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('hearing_passages_hearing').on(t.hearingId)],
);

export const hearingPassageThemes = sqliteTable(
  'hearing_passage_themes',
  {
    passageId: integer('passage_id')
      .notNull()
      .references(() => hearingPassages.id, { onDelete: 'cascade' }),
    themeId: integer('theme_id')
      .notNull()
      .references(() => hearingThemes.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('hearing_passage_themes_pk').on(t.passageId, t.themeId)],
);

// Corrections an agency sends about the record staff shared with it (agencies never edit records).
export const hearingComments = sqliteTable(
  'hearing_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hearingId: integer('hearing_id')
      .notNull()
      .references(() => hearingRecords.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    resolvedAt: text('resolved_at'),
    createdAt: createdAt(),
  },
  (t) => [index('hearing_comments_hearing').on(t.hearingId)],
);

// --- cases ---
// Project-defined factors beyond the nine fixed ones of BUNDLE.md.
export const caseFactorDefs = sqliteTable(
  'case_factor_defs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    group: text('factor_group', { enum: ['client', 'family', 'collaboration'] }).notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('case_factor_defs_project_key').on(t.projectId, t.key)],
);

// Anonymised support case sheets (支援事例シート). Fields stay nullable while a draft.
export const caseSheets = sqliteTable(
  'case_sheets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    classification: text('classification', { enum: ['good', 'difficult'] }),
    ageBand: text('age_band'),
    sex: text('sex', { enum: ['male', 'female', 'other', 'unknown'] }),
    household: text('household', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    duration: text('duration'),
    firstContact: text('first_contact'),
    consent: text('consent', { enum: ['person', 'family_only', 'support_meeting_only', 'unknown'] }),
    factors: text('factors', { mode: 'json' })
      .$type<Record<string, 'yes' | 'no' | 'unknown'>>()
      .notNull()
      .default(sql`'{}'`),
    involvedAgencyIds: text('involved_agency_ids', { mode: 'json' })
      .$type<number[]>()
      .notNull()
      .default(sql`'[]'`),
    timeline: text('timeline', { mode: 'json' })
      .$type<{ when: string; agencyId: number | null; event: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    gapPoints: text('gap_points', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    startText: text('start_text').notNull().default(''),
    summary: text('summary').notNull().default(''),
    whatWorked: text('what_worked').notNull().default(''),
    gapText: text('gap_text').notNull().default(''),
    missing: text('missing').notNull().default(''),
    // seed 004's standardised assessment, kept separate for the person and the family
    personSituation: text('person_situation').notNull().default(''),
    personStrengths: text('person_strengths').notNull().default(''),
    personNeeds: text('person_needs').notNull().default(''),
    personWishes: text('person_wishes').notNull().default(''),
    familySituation: text('family_situation').notNull().default(''),
    familyStrengths: text('family_strengths').notNull().default(''),
    familyNeeds: text('family_needs').notNull().default(''),
    familyWishes: text('family_wishes').notNull().default(''),
    // PII findings the submitter confirmed as not identifying (fingerprints field|kind|text)
    piiConfirmed: text('pii_confirmed', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    savedAt: text('saved_at').notNull(),
    submittedAt: text('submitted_at'),
    enteredByUserId: integer('entered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    // optimistic concurrency: every save names the version it was loaded with
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('case_sheets_project_key').on(t.projectId, t.key),
    index('case_sheets_project_agency').on(t.projectId, t.agencyId),
  ],
);

// Cases staff propose for a meeting's case study (事例検討).
export const caseMeetingCandidates = sqliteTable(
  'case_meeting_candidates',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => caseSheets.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('case_meeting_candidates_pk').on(t.caseId, t.meetingId),
    index('case_meeting_candidates_meeting').on(t.meetingId),
  ],
);

// --- issues table (問題点 → 課題, seed 000 表2) ---
export const issueTableRows = sqliteTable(
  'issue_table_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    problem: text('problem').notNull(),
    issue: text('issue').notNull().default(''),
    // how the row was started: from a hearing theme/passage, a case, a meeting, or typed in
    origin: text('origin', { enum: ['hearing', 'case', 'meeting', 'manual'] })
      .notNull()
      .default('manual'),
    status: text('status', { enum: ['not_started', 'discussing', 'in_progress', 'done'] })
      .notNull()
      .default('not_started'),
    nextStep: text('next_step').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('issue_table_rows_project').on(t.projectId, t.position)],
);

// Evidence behind a row; exactly one of the reference columns is set, matching `kind`.
export const issueTableSources = sqliteTable(
  'issue_table_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    rowId: integer('row_id')
      .notNull()
      .references(() => issueTableRows.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['hearing_theme', 'hearing_passage', 'case', 'meeting'] }).notNull(),
    themeId: integer('theme_id').references(() => hearingThemes.id, { onDelete: 'cascade' }),
    passageId: integer('passage_id').references(() => hearingPassages.id, { onDelete: 'cascade' }),
    caseId: integer('case_id').references(() => caseSheets.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
  },
  (t) => [index('issue_table_sources_row').on(t.rowId)],
);

// --- case studies (事例検討シート) ---
// One sheet per case discussed at a meeting; its texts live in entries so several people can
// fill different parts at once (optimistic version per entry, like group-work cards).
export const caseStudies = sqliteTable(
  'case_studies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    caseId: integer('case_id')
      .notNull()
      .references(() => caseSheets.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('case_studies_meeting_case').on(t.meetingId, t.caseId)],
);

export const caseStudyEntries = sqliteTable(
  'case_study_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseStudyId: integer('case_study_id')
      .notNull()
      .references(() => caseStudies.id, { onDelete: 'cascade' }),
    // "gaps", "conclusions", … or "agency:<agencyId>:could_do" for one agency's view
    slot: text('slot').notNull(),
    agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'cascade' }),
    text: text('text').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: text('updated_at').notNull(),
    updatedByUserId: integer('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('case_study_entries_slot').on(t.caseStudyId, t.slot)],
);

// --- year loop: attendance, minutes, issue follow-up, year-end report, next year ---
// Agencies invited to a meeting with their reply (出欠) and the roll-call on the day. No rows for
// a meeting = every active agency is invited and nobody has replied yet.
export const meetingInvitations = sqliteTable(
  'meeting_invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    rsvp: text('rsvp', { enum: ['attend', 'absent'] }),
    headcount: integer('headcount'),
    names: text('names').notNull().default(''),
    respondedAt: text('responded_at'),
    present: integer('present', { mode: 'boolean' }).notNull().default(false),
    presentCount: integer('present_count'),
  },
  (t) => [uniqueIndex('meeting_invitations_meeting_agency').on(t.meetingId, t.agencyId)],
);

// 助言者 and observers of a meeting, listed apart from the agencies.
export const meetingGuests = sqliteTable(
  'meeting_guests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['adviser', 'observer'] }).notNull(),
    name: text('name').notNull(),
    affiliation: text('affiliation').notNull().default(''),
    present: integer('present', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('meeting_guests_meeting').on(t.meetingId)],
);

// The minutes draft staff edit (autosaved), one per meeting.
export const meetingMinutes = sqliteTable('meeting_minutes', {
  meetingId: integer('meeting_id')
    .primaryKey()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  projectId: integer('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' }),
  content: text('content', { mode: 'json' }).$type<MinutesContent>().notNull(),
  updatedAt: text('updated_at').notNull(),
});

// Issued minutes (numbered like packets); a version is never changed after issue.
export const minutesVersions = sqliteTable(
  'minutes_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: text('content', { mode: 'json' }).$type<MinutesContent>().notNull(),
    issuedAt: text('issued_at').notNull(),
    issuedByUserId: integer('issued_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('minutes_versions_meeting_version').on(t.meetingId, t.version)],
);

// Follow-up of an issue row: who carries it (the health centre or one agency), by when or by
// which meeting. Absent = nobody named yet.
export const issueFollowups = sqliteTable('issue_followups', {
  rowId: integer('row_id')
    .primaryKey()
    .references(() => issueTableRows.id, { onDelete: 'cascade' }),
  ownerKind: text('owner_kind', { enum: ['', 'centre', 'agency'] })
    .notNull()
    .default(''),
  ownerAgencyId: integer('owner_agency_id').references(() => agencies.id, { onDelete: 'set null' }),
  dueOn: text('due_on'),
  targetMeetingId: integer('target_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
});

// Dated notes on an issue row: a status change, a note, and/or "reviewed at meeting X".
export const issueHistory = sqliteTable(
  'issue_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    rowId: integer('row_id')
      .notNull()
      .references(() => issueTableRows.id, { onDelete: 'cascade' }),
    onDate: text('on_date').notNull(),
    status: text('status', { enum: ['not_started', 'discussing', 'in_progress', 'done'] }),
    note: text('note').notNull().default(''),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('issue_history_row').on(t.rowId)],
);

// The year-end report's text blocks as staff edited them (absent = the generated draft).
export const reportTexts = sqliteTable(
  'report_texts',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    block: text('block').notNull(),
    body: text('body').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('report_texts_project_block').on(t.projectId, t.block)],
);

// A project created as the next year of another: the link back, and the previous year's figures
// as they were (kept even when the old project is deleted after its retention period).
export const projectLineage = sqliteTable('project_lineage', {
  projectId: integer('project_id')
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  previousProjectId: integer('previous_project_id').references(() => projects.id, { onDelete: 'set null' }),
  previousYear: text('previous_year', { mode: 'json' }).$type<PreviousYear>().notNull(),
});

// 相談先ガイド: the public page of where residents can consult (opt-in per project; slug in the URL).
export const publicGuides = sqliteTable(
  'public_guides',
  {
    projectId: integer('project_id')
      .primaryKey()
      .references(() => projects.id, { onDelete: 'cascade' }),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(false),
    slug: text('slug').notNull(),
    title: text('title').notNull().default(''),
    intro: text('intro').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('public_guides_slug').on(t.slug)],
);

// An agency's own entry in the guide: it appears only once the agency opted in and checked it.
export const publicGuideEntries = sqliteTable(
  'public_guide_entries',
  {
    agencyId: integer('agency_id')
      .primaryKey()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    optedIn: integer('opted_in', { mode: 'boolean' }).notNull().default(false),
    offers: text('offers').notNull().default(''),
    reach: text('reach').notNull().default(''),
    hours: text('hours').notNull().default(''),
    familyOnly: integer('family_only', { mode: 'boolean' }).notNull().default(false),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull().default(false),
    needs: text('needs', { mode: 'json' }).$type<string[]>().notNull().default([]),
    checkedAt: text('checked_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('public_guide_entries_project').on(t.projectId)],
);

// The short, typeable form of an agency's link (/a/ + 10 characters + 6-digit check code), derived
// from the link key like the long token; only the hash of the whole short code is stored.
export const agencyShortLinks = sqliteTable(
  'agency_short_links',
  {
    agencyId: integer('agency_id')
      .primaryKey()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
  },
  (t) => [uniqueIndex('agency_short_links_hash').on(t.codeHash)],
);
