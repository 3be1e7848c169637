import type { StreamMemory } from '../live/stream-memory';
import type { Table } from './tables';

const num = (value: number, digits = 1) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Issue 13: many open live streams, and what they hold on the server and on Dovecot. */
export function streamsTable(streams: StreamMemory): Table {
  return {
    title: 'Live streams (GET /api/events) held open',
    head: ['Measure', 'Value'],
    rows: [
      ['Streams, accounts (each its own session)', `${streams.streams}, ${streams.users}`],
      ['Opening a stream: request to headers (median / p95 ms)', `${num(streams.openMs.median)} / ${num(streams.openMs.p95)}`],
      ['Server RSS signed in → streams open (MiB)', `${num(streams.rssSignedInMiB, 0)} → ${num(streams.rssStreamingMiB, 0)}`],
      ['Server memory per open stream (RSS difference / streams)', `${num(streams.perStreamKiB, 0)} KiB`],
      ['IMAP connections with every stream open (watchers, NOTIFY, reads)', String(streams.imapConnections)],
    ],
  };
}
