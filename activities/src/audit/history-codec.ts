import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

/** A history as archived: protobuf bytes (what the server sends), their hash, and their gzip. */
export function encodeHistory(history: History): { bytes: Buffer; sha256: string; compressed: Buffer } {
  const bytes = Buffer.from(temporal.api.history.v1.History.encode(history).finish());
  return { bytes, sha256: sha256Of(bytes), compressed: gzipSync(bytes) };
}

export function decodeHistory(compressed: Buffer): { history: temporal.api.history.v1.History; sha256: string } {
  const bytes = gunzipSync(compressed);
  return { history: temporal.api.history.v1.History.decode(bytes), sha256: sha256Of(bytes) };
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
