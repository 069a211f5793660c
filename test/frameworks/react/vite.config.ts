import { defineConfig } from 'vite';

// No @vitejs/plugin-react: Vite's own transform (Oxc) compiles the JSX, with React's automatic runtime.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
});
