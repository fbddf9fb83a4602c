// ESLint with typescript-eslint's recommended rules, as pulumi-awsx lints. Formatting is Prettier's.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules/", "policy/node_modules/", "sdks/genesyscloud/", ".tmp/", "**/*.mjs"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        exports: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        __filename: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        setImmediate: "readonly",
        URL: "readonly",
        URLSearchParams: "readonly",
        fetch: "readonly",
        AbortController: "readonly",
        TextEncoder: "readonly",
        TextDecoder: "readonly",
        structuredClone: "readonly",
        performance: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // The dynamic provider must require() inside its methods (Pulumi serializes its closure), and
      // the offline tools load the program and bundles on demand: require() is the intended form.
      "@typescript-eslint/no-require-imports": "off",
      // Validation rules match control characters on purpose, to refuse them in names and values.
      "no-control-regex": "off",
    },
  },
  {
    // Tests and offline tools read untyped recorded inputs (Pulumi mock arguments, parsed YAML).
    files: ["tests/**", "tools/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
