import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Tauri serves the built files from ui/dist; nothing is loaded from the network.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  // One chunk, read from disk by the webview rather than over a network, so the web's
  // 500 kB warning does not apply; this limit still flags a dependency that balloons it.
  build: { target: "safari15", outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 800 },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    globalSetup: ["src/lib/test-support/acceptance.ts"],
  },
});
