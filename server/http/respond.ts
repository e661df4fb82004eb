/** Small HTTP helpers: JSON replies, error replies from the catalog, bounded JSON bodies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTP_STATUS, refusal, type ErrorCode, type Refusal } from '../errors.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export function sendRefusal(res: ServerResponse, r: Refusal): void {
  sendJson(res, statusOf(r.code), r);
}

export function sendError(res: ServerResponse, code: ErrorCode, detail?: string): void {
  sendRefusal(res, refusal(code, detail));
}

export function statusOf(code: ErrorCode): number {
  return HTTP_STATUS[code] ?? 400;
}

/** The request body parsed as JSON, or a MALFORMED_JSON refusal (too large, not JSON). */
export async function readJson(req: IncomingMessage): Promise<unknown | Refusal> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return refusal('MALFORMED_JSON', `body over ${MAX_BODY_BYTES / 1024} KiB`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return refusal('MALFORMED_JSON');
  }
}
