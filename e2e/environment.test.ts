// The browser journeys and the packet PDF need Debian's chromium, Japanese fonts and poppler
// (installed by .ci/run). A missing piece fails here by name instead of hiding behind skips.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './harness.ts';

describe('browser test environment', () => {
  it('has Chromium', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  });

  it('has a Japanese font (fonts-noto-cjk)', () => {
    const font = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
    expect(existsSync(font), `${font} is missing: apt-get install -y fonts-noto-cjk`).toBe(true);
  });

  it('has poppler-utils for checking PDFs', () => {
    for (const tool of ['pdfinfo', 'pdftotext', 'pdftoppm']) {
      expect(
        () => execFileSync(tool, ['-v'], { stdio: 'ignore' }),
        `${tool} is missing: apt-get install -y poppler-utils`,
      ).not.toThrow();
    }
  });
});
