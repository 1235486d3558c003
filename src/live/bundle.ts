// Group-work cards in the project bundle (BUNDLE.md `groupWork`): one entry per meeting × group ×
// prompt. Runs inside the bundle's import transaction, so it writes rows directly.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { liveCards, liveGroups, livePrompts, liveSessions } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';

export type GroupWorkEntry = { meeting: string; group: string; prompt?: string; cards?: string[] };

// A bundle entry without a prompt gets this one, so its cards still have a place on the sheet.
const UNNAMED_PROMPT = 'グループワーク';

export function importGroupWork(db: Db, projectId: number, entries: GroupWorkEntry[], meetingIds: Map<string, number>): void {
  for (const entry of entries) {
    const meetingId = meetingIds.get(entry.meeting)!;
    // imported results are a finished meeting: closed, no join code
    db.insert(liveSessions).values({ meetingId, projectId, status: 'closed', closedAt: nowIso(), inputLocked: true }).onConflictDoNothing().run();
    const promptText = entry.prompt || UNNAMED_PROMPT;
    const prompts = db.select().from(livePrompts).where(eq(livePrompts.meetingId, meetingId)).all();
    const prompt =
      prompts.find((p) => p.text === promptText) ??
      db.insert(livePrompts).values({ meetingId, position: prompts.length, text: promptText }).returning().get();
    if (!prompts.length) db.update(liveSessions).set({ currentPromptId: prompt.id }).where(eq(liveSessions.meetingId, meetingId)).run();
    const group =
      db.select().from(liveGroups).where(and(eq(liveGroups.meetingId, meetingId), eq(liveGroups.name, entry.group))).get() ??
      db.insert(liveGroups).values({ meetingId, name: entry.group }).returning().get();
    for (const text of entry.cards ?? []) db.insert(liveCards).values({ meetingId, groupId: group.id, promptId: prompt.id, text }).run();
  }
}

/** Entries in a stable order: meetings by id, then prompts by position, then groups by id. */
export function exportGroupWork(db: Db, meetingKeys: Map<number, string>): GroupWorkEntry[] {
  const meetingIds = [...meetingKeys.keys()].sort((a, b) => a - b);
  if (!meetingIds.length) return [];
  const cards = db
    .select()
    .from(liveCards)
    .where(and(inArray(liveCards.meetingId, meetingIds), isNull(liveCards.deletedAt)))
    .orderBy(asc(liveCards.id))
    .all();
  const out: GroupWorkEntry[] = [];
  for (const meetingId of meetingIds) {
    const prompts = db.select().from(livePrompts).where(eq(livePrompts.meetingId, meetingId)).orderBy(asc(livePrompts.position), asc(livePrompts.id)).all();
    const groups = db.select().from(liveGroups).where(eq(liveGroups.meetingId, meetingId)).orderBy(asc(liveGroups.id)).all();
    for (const prompt of prompts) {
      for (const group of groups) {
        const texts = cards.filter((c) => c.promptId === prompt.id && c.groupId === group.id).map((c) => c.text);
        if (texts.length) out.push({ meeting: meetingKeys.get(meetingId)!, group: group.name, prompt: prompt.text, cards: texts });
      }
    }
  }
  return out;
}
