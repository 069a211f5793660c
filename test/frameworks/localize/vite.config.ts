import { defineConfig } from 'vite';

// Two pages: one imports the widget before the app configures @lit/localize, one after.
export default defineConfig({
  build: { rolldownOptions: { input: { before: 'before.html', after: 'after.html' } } },
});
