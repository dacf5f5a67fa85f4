/**
 * A diagram carried in a link's fragment (`…/#d1=<base64url>`): the part after `#`,
 * which browsers never send to a server. `d1` names this encoding: the exported JSON
 * without indentation, compressed with raw DEFLATE (fflate), written as base64url so
 * that it survives chat apps and address bars unescaped. Decoding only undoes the
 * transport; whether the text is a document is `importDiagram`'s job (the one import
 * path), so a link gets exactly the refusals and repairs of a file.
 */
import { deflateSync, Inflate } from 'fflate';
import { exportDiagram } from './export';
import { MAX_IMPORT_BYTES } from './limits';
import type { Diagram, Localized } from './types';

/** The marker and version of the encoding, written before `=`. */
export const SHARE_FORMAT = 'd1';

/**
 * The longest link the app hands out, in characters. Browsers take far longer URLs
 * (Chromium 2 MB), but links are pasted into chat and mail, which cut long messages
 * (Slack at 40,000 characters); 32 KB keeps a link whole there.
 */
export const MAX_SHARE_LINK_CHARS = 32 * 1024;

const MARKER = /^#?d(\d+)=/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
/** Input fed to the inflater per step, so that a hostile stream is stopped near the limit. */
const INFLATE_STEP = 1024;

export type ShareProblem =
  'no-diagram' | 'newer-format' | 'bad-base64' | 'bad-deflate' | 'not-text' | 'too-large';

export type ShareDecoded =
  { ok: true; text: string } | { ok: false; problem: ShareProblem; reason: Localized };

/** `d1=…`: the fragment (without `#`) that carries `doc`. */
export function encodeShareFragment(doc: Diagram): string {
  // The exported text fixes the fields and their order; indentation is dropped.
  const compact = JSON.stringify(JSON.parse(exportDiagram(doc)));
  const packed = deflateSync(new TextEncoder().encode(compact), { level: 9 });
  return `${SHARE_FORMAT}=${toBase64Url(packed)}`;
}

/** The whole link: `base` (the app's address without fragment) + `#` + fragment. */
export function shareLink(base: string, fragment: string): string {
  return `${base.replace(/#.*$/, '')}#${fragment}`;
}

/** True when a location's hash (with or without `#`) carries a diagram. */
export function isShareFragment(hash: string): boolean {
  return MARKER.test(hash);
}

/** The document text a share fragment carries, or what is wrong with it. Never throws. */
export function decodeShareFragment(fragment: string): ShareDecoded {
  const m = MARKER.exec(fragment);
  if (!m) return failure('no-diagram');
  if (`d${m[1]}` !== SHARE_FORMAT) return failure('newer-format');
  const payload = fragment.slice(m[0].length);
  const bytes = fromBase64Url(payload);
  if (!bytes) return failure('bad-base64');
  const inflated = inflateCapped(bytes, MAX_IMPORT_BYTES);
  if (inflated === 'too-large' || inflated === 'bad-deflate') return failure(inflated);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return failure('not-text');
  }
}

/** Inflates raw DEFLATE data, giving up once the output passes `limit` bytes. */
function inflateCapped(data: Uint8Array, limit: number): Uint8Array | 'too-large' | 'bad-deflate' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= limit) chunks.push(chunk);
  });
  try {
    // An empty stream is no diagram; fflate would accept it as zero bytes.
    if (data.length === 0) return 'bad-deflate';
    for (let at = 0; at < data.length && total <= limit; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    return 'bad-deflate';
  }
  if (total > limit) return 'too-large';
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a huge argument list overflows the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  // A length of 1 more than a multiple of 4 cannot come from any byte sequence.
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

const REASONS: Record<ShareProblem, Localized> = {
  'no-diagram': {
    en: 'the part of the address after "#" holds no diagram.',
    ja: 'アドレスの "#" の後に図が含まれていません。',
  },
  'newer-format': {
    en: 'the link was made by a newer version of the app, which encodes diagrams differently.',
    ja: 'このリンクは新しいバージョンのアプリで作られており、図の書き方が異なります。',
  },
  'bad-base64': {
    en: 'the part after "#d1=" contains characters a link of this app never has (it was cut or changed).',
    ja: '"#d1=" の後に、このアプリのリンクにはない文字が含まれています (途中で切れたか、書き換えられています)。',
  },
  'bad-deflate': {
    en: 'the compressed diagram in the link is damaged (the link was cut or changed).',
    ja: 'リンク内の圧縮された図が壊れています (リンクが途中で切れたか、書き換えられています)。',
  },
  'not-text': {
    en: 'the link decompresses to something that is not text, so it holds no diagram.',
    ja: 'リンクを展開した内容が文字列ではないため、図は含まれていません。',
  },
  'too-large': {
    en: `the diagram in the link would be over ${MAX_IMPORT_BYTES / (1024 * 1024)} MB, larger than the app reads.`,
    ja: `リンク内の図は ${MAX_IMPORT_BYTES / (1024 * 1024)} MB を超え、アプリが読み込める大きさを超えています。`,
  },
};

function failure(problem: ShareProblem): ShareDecoded {
  return { ok: false, problem, reason: REASONS[problem] };
}
