import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chunkBudget } from './build/chunk-budget-plugin.ts';
import { precompress } from './build/precompress-plugin.ts';

const apiServer = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), precompress(), chunkBudget(undefined, { echarts: 320_000 })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The strict CSP (script-src 'self') forbids inline scripts, and small assets would be inlined as data: URIs.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than our pages: their own chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // zod's configuration travels with zod: a chunk of schemas (the contracts) that the entry
            // imports is evaluated before the entry's own code, so a config set there would come too late.
            // Charts (only the outcomes page loads them): ECharts' parts and its renderer, each under the budget.
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
            // One chunk: split apart, ECharts' cyclic modules run in the wrong order (its own budget above).
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]zod-jitless\.ts$/ },
            // The words of every page, a chunk per language that the entry imports, so each chunk stays
            // under the budget and a change of words leaves the code's chunk cached.
            { name: 'words-nl', test: /src[\\/]i18n[\\/]([\w-]+\.)?nl\.ts$/ },
            { name: 'words-en', test: /src[\\/]i18n[\\/]([\w-]+\.)?en\.ts$/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/health': apiServer,
    },
  },
});
