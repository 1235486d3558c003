// Hearing progress as a 実施率: agencies heard ÷ agencies planned for a hearing (not ÷ every agency
// of the network). An agency with a hearing record counts as planned even if staff never ticked it.
// Pure: no DB, no HTTP.

export type HearingProgress = {
  /** 予定機関数: chosen for a hearing, plus every agency already heard. */
  planned: number;
  /** 実施済み: agencies with at least one hearing record. */
  held: number;
  /** held ÷ planned, 3 decimals; null when no agency is planned. */
  rate: number | null;
};

/** The words that state the base wherever the rate is shown. */
export const HEARING_RATE_BASE = '実施率 ＝ 実施済み ÷ 予定機関数';

export function hearingProgress(plannedIds: Iterable<number>, heardIds: Iterable<number>): HearingProgress {
  const heard = new Set(heardIds);
  const planned = new Set([...plannedIds, ...heard]);
  return {
    planned: planned.size,
    held: heard.size,
    rate: planned.size ? Math.round((heard.size / planned.size) * 1000) / 1000 : null,
  };
}
