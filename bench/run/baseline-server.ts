// The baseline: bare Fastify + a pg Pool, one primary-key lookup on the seeded household table.
// Started by run.ts as a child process; reads DATABASE_URL, PORT, HOST and BENCH_HOUSEHOLDS.
import Fastify from 'fastify';
import pg from 'pg';

const households = Number(process.env.BENCH_HOUSEHOLDS);
if (!Number.isInteger(households) || households < 1)
  throw new Error('BENCH_HOUSEHOLDS must be a positive integer');

// Same pool size as the application's (apps/server/src/db/database.ts).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

app.get('/health/ready', async () => ({ status: 'ok' }));

app.get('/household', async (_request, reply) => {
  const id = `bench-hh-${Math.floor(Math.random() * households)}`;
  const { rows } = await pool.query('select * from household where tenant_id = $1 and id = $2', ['0394', id]);
  if (rows.length === 0) return reply.code(404).send({ error: 'not found' });
  return rows[0];
});

const shutdown = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());

await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
