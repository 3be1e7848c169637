import 'server-only';
import { jsonResponse } from './json-response';

/** 201 with the created thing as JSON, for handlers whose success is not the wrapper's default 200. */
export function createdResponse(data: unknown): Response {
  return jsonResponse(data, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}
