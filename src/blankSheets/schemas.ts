// Inputs of the blank-sheet pages: which agency or agencies a print is for, and a typed 用紙番号.
import { z } from 'zod';

/** An optional positive id from the query string; anything else is simply "none". */
const optionalId = z.coerce.number().int().positive().optional().catch(undefined);

export const blankQuerySchema = z.object({
  agency: optionalId,
  from: optionalId,
  to: optionalId,
  all: z
    .string()
    .optional()
    .transform((v) => v === '1'),
});

export const paperEntrySchema = z.object({
  code: z.string().trim().min(1, '用紙番号を入力してください').max(40, '用紙番号が長すぎます'),
});
