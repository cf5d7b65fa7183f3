import { z } from 'zod';

// zod probes `new Function` to speed up object parsing; under our CSP (no 'unsafe-eval') that probe
// is reported as a violation on every page. Imported first in main.tsx, before any schema is built,
// because zod decides per schema at construction time.
z.config({ jitless: true });
