import type { BenchContext } from '../context';
import { downloadBinaryChunks, downloadDirect } from '../floor/download';
import { interleave, type OpResult, time, toResult } from '../measure';
import { rssBytes, sampleRss } from '../rss';
import { summarize } from '../stats';

const MB = 1e6;

/**
 * The 20 MiB attachment, streamed to the end. App: GET /api/messages/:id/parts/:part. Floor:
 * imapflow's download(). Throughput is decoded bytes / median time. The server's RSS is
 * sampled every 10 ms through the measured rounds; its growth is the peak over the RSS right
 * after the warm-up rounds, so loading the route's code once is not counted as download memory.
 */
export async function download(ctx: BenchContext): Promise<OpResult> {
  const { uid, id, attachmentPart, attachmentBytes } = ctx.fx.large;
  const check = (side: string, bytes: number) => {
    if (bytes !== attachmentBytes) throw new Error(`${side} download gave ${bytes} bytes, expected ${attachmentBytes}`);
  };
  const op = {
    key: 'download',
    name: 'Download the 20 MiB attachment',
    app: async () => check('app', await ctx.app.drain(`/api/messages/${id}/parts/${attachmentPart}`)),
    floor: async () => check('floor', await downloadDirect(ctx.floor, uid, attachmentPart)),
  };
  await interleave(op, 0, ctx.warmup);
  const before = rssBytes(ctx.serverPid);
  const sampler = sampleRss(ctx.serverPid);
  const samples = await interleave(op, ctx.reps, 0);
  const rss = sampler.stop();
  const binary: number[] = [];
  for (let i = 0; i < Math.min(ctx.reps, 5); i++)
    binary.push(await time(() => downloadBinaryChunks(ctx.floor, uid, attachmentPart)));
  const result = toResult(op, samples);
  const mbps = (ms: number | undefined) => (ms ? attachmentBytes / MB / (ms / 1000) : 0);
  result.extra = {
    appMBps: mbps(result.app?.median),
    floorMBps: mbps(result.floor?.median),
    binaryChunksMBps: mbps(summarize(binary).median),
    rssBeforeMiB: before / 2 ** 20,
    rssPeakMiB: rss.peak / 2 ** 20,
    rssGrowthMiB: (rss.peak - before) / 2 ** 20,
  };
  return result;
}
