// The short code printed on an agency's paper questionnaire (用紙番号), so staff can open the
// agency's on-behalf entry by typing it. A check number catches typos and codes from another
// project (last year's form keyed into this year's project).

const checkNumber = (projectId: number, key: string) => {
  let sum = projectId * 7;
  for (let i = 0; i < key.length; i++) sum += key.charCodeAt(i) * (i + 3);
  return String(sum % 97).padStart(2, '0');
};

/** "A12-34": the agency key in capitals and a two-digit check number. */
export function paperCode(projectId: number, agencyKey: string): string {
  return `${agencyKey.toUpperCase()}-${checkNumber(projectId, agencyKey.toLowerCase())}`;
}

/**
 * The agency key a typed code names, or null when the check number does not match. Accepts
 * full-width characters, lower case and a missing or different dash (as people type them).
 */
export function parsePaperCode(projectId: number, typed: string): string | null {
  const m = /^([a-z0-9_-]+?)[-‐－ー―\s]?(\d{2})$/.exec(typed.normalize('NFKC').trim().toLowerCase());
  if (!m) return null;
  const [, key, check] = m;
  return checkNumber(projectId, key) === check ? key : null;
}
