// `node scripts/harness/cluster-app.mjs <workers> <next CLI> start [dir] -p PORT -H HOST`: the same
// `next start`, as one process per worker behind Node's cluster module (the primary accepts each
// connection and hands it to a worker in turn). Plain JavaScript under plain node: the workers
// run Next's own CLI, and nothing else of ours should load into them.
//
// For measuring one process against one per core (issue 12); it is not a deployment: each worker
// keeps its own IMAP pool, sign-in limits and revoked-session list until the scale-out issue
// shares them.
import cluster from 'node:cluster';

const [count, cli, ...args] = process.argv.slice(2);
const workers = Number(count);
if (!Number.isInteger(workers) || workers < 1 || !cli) {
  console.error('usage: node cluster-app.mjs <workers> <next CLI> start [dir] -p PORT -H HOST');
  process.exit(2);
}

let stopping = false;
cluster.setupPrimary({ exec: cli, args, execArgv: [] });
for (let i = 0; i < workers; i++) cluster.fork();

cluster.on('exit', (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  // A worker that dies unasked ends the whole server: a measurement on fewer workers would lie.
  console.error(`cluster-app: worker ${worker.process.pid} ended (${signal ?? code}); stopping`);
  stopping = true;
  for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
  process.exitCode = 1;
});

// SIGTERM: every worker runs the app's own shutdown (instrumentation.ts logs its IMAP connections out).
process.on('SIGTERM', () => {
  stopping = true;
  const alive = Object.values(cluster.workers ?? {});
  if (alive.length === 0) process.exit(0);
  for (const worker of alive) worker?.process.kill('SIGTERM');
});
