import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requiredText, text, validate } from '../src/lib/validation.ts';
import { staffSetup } from './helpers.ts';

describe('text fields', () => {
  const schema = z.object({ name: requiredText(50, '機関名'), note: text(200, '備考').optional() });

  it('accepts ordinary Japanese text with line breaks and tabs', () => {
    expect(validate(schema, { name: '  みどり市 生活福祉課 ', note: '一行目\n二行目\tタブ' })).toEqual({
      ok: true,
      data: { name: 'みどり市 生活福祉課', note: '一行目\n二行目\tタブ' },
    });
  });

  it('refuses garbled (U+FFFD) and control characters with a Japanese message', () => {
    for (const bad of ['日本\uFFFD語', 'abc\u0000', 'x\u001By']) {
      const r = validate(schema, { name: bad });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.errors.name).toBe(
          '機関名に文字化けした文字または制御文字が含まれています。元の文章を入力し直してください',
        );
    }
  });

  it('keeps a Shift_JIS form post out of the database and says why', async () => {
    const { app, client, db } = await staffSetup();
    const before = (db.$client.prepare('select count(*) n from projects').get() as { n: number }).n;
    const body = new Uint8Array([
      ...new TextEncoder().encode(`_csrf=${client.csrf}&municipality=x&fiscalYear=2024&name=`),
      0x93,
      0xfa,
      0x96,
      0x7b,
    ]);
    const res = await app.request('/projects', {
      method: 'POST',
      body,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('文字化けした文字');
    expect((db.$client.prepare('select count(*) n from projects').get() as { n: number }).n).toBe(before);
  });
});
