// Vite's root is client/, where vite-plugin-svelte looks for its config: use the project's one.
export { default } from '../svelte.config.js';
