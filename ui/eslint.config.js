// ESLint for the front end: the rules typescript-eslint and eslint-plugin-svelte recommend,
// with the type-checked ones (a promise left unhandled, an `any` let loose). Layout is
// Prettier's business (.prettierrc), so no rule here is about formatting.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";
import svelteConfig from "./svelte.config.js";

export default defineConfig(
  // bindings.ts and commands.ts are generated from the Rust types.
  { ignores: ["dist/", "src/bindings.ts", "src/commands.ts"] },
  js.configs.recommended,
  ts.configs.recommendedTypeChecked,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: globals.browser,
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js", "vite.config.ts"] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".svelte"],
      },
    },
    rules: {
      // A command that Rust refuses rejects with the AppError it sent, not an Error.
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "file", name: "AppError" }] },
      ],
    },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } },
  },
  // The configuration files run in Node, outside the app's tsconfig.
  { files: ["*.js", "vite.config.ts"], extends: [ts.configs.disableTypeChecked] },
  {
    files: ["src/**/*.test.ts"],
    // A test's stand-in for a command or a guard is async, as the real one is, even when it
    // has nothing to await: a throw in it must reject rather than escape.
    rules: { "@typescript-eslint/require-await": "off" },
  },
);
