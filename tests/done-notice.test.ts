import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { doneNotice } from '../src/http/form.ts';

describe('doneNotice', () => {
  const app = new Hono().get('/', (c) => c.text(String(doneNotice(c, { saved: '保存しました。' }))));
  const at = async (q: string) => (await app.request(`/${q}`)).text();

  it('shows the page’s own message for ?done=<key> and nothing otherwise', async () => {
    expect(await at('?done=saved')).toBe('保存しました。');
    expect(await at('')).toBe('undefined');
    expect(await at('?done=unknown')).toBe('undefined');
    expect(await at('?done=constructor')).toBe('undefined'); // inherited keys are not messages
    expect(await at('?done=toString')).toBe('undefined');
  });
});
