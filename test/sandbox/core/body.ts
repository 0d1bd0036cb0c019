import type { IncomingMessage } from 'node:http';
import type { ServiceName } from './types';

/** Largest accepted request body per service; Xero documents 3.5 MB per request (reference xero-accounting.md §5). */
export const BODY_LIMITS: Record<ServiceName, number> = {
  xero: 3.5 * 1024 * 1024,
  xpm: 3.5 * 1024 * 1024,
  karbon: 4 * 1024 * 1024,
  identity: 64 * 1024,
  'karbon-app': 1024 * 1024,
  control: 512 * 1024 * 1024,
};

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

/** Reads the request body, stopping (without buffering the rest) once it passes `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve({ ok: false, reason: 'too-large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve({ ok: true, body: Buffer.concat(chunks) });
    });
    const aborted = () => {
      if (done) return;
      done = true;
      resolve({ ok: false, reason: 'aborted' });
    };
    req.on('error', aborted);
    req.on('close', aborted);
  });
}
