import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const server = process.env.SERVER_URL ?? 'http://localhost:8080';

export default defineConfig({
  root: 'client',
  plugins: [svelte()],
  build: { outDir: '../dist/client', emptyOutDir: true },
  server: {
    proxy: {
      '/api': server,
      '/socket.io': { target: server, ws: true },
    },
  },
});
