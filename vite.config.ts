import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin } from './src/pipeline/csp-plugin';
import { corpusPlugin } from './src/pipeline/vite-plugin';

// PARALLAX_SEEDS lets tests and benchmarks build the app from another seed folder.
const seeds = process.env.PARALLAX_SEEDS ?? 'seeds';
// PARALLAX_OUT_DIR lets parallel builds (e2e runs, benchmarks) keep apart; preview serves it too.
const outDir = process.env.PARALLAX_OUT_DIR ?? 'dist';

export default defineConfig({
  plugins: [react(), tailwindcss(), corpusPlugin({ seeds, prerender: 'src/app/prerender.tsx' }), contentSecurityPolicyPlugin()],
  // No modulepreload polyfill: every browser the app supports has modulepreload, and the polyfill is first-paint JS.
  build: { target: 'es2022', sourcemap: false, outDir, emptyOutDir: true, modulePreload: { polyfill: false } },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
