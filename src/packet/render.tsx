import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Child } from 'hono/jsx';
import type { PacketDocument } from './compile.ts';
import { PacketHtml } from '../../views/packet/packetDocument.tsx';

const cssPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../static/packet.css');
let css: string | undefined;

/** The print stylesheet, read once (it is inlined into every packet). */
export function packetCss(): string {
  css ??= readFileSync(cssPath, 'utf8');
  return css;
}

/** The packet as a complete HTML document string. */
export async function renderPacketHtml(doc: PacketDocument, toolbar?: Child): Promise<string> {
  const body = await PacketHtml({ doc, css: packetCss(), toolbar }).toString();
  return `<!DOCTYPE html>${body}`;
}
