// Runs TypeScript sources directly: `node -r ./scripts/swc-register.js some/file.ts`. Compiles each .ts file
// with @swc/core as jest does (same options) and resolves the @handoff/* aliases of tsconfig.json to libs/*/src.
// For child processes of tests and for scripts run without a build; production runs the tsc output in dist/.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.json');

const SWC_OPTIONS = { ...require('./swc-options'), sourceMaps: 'inline' };

Module._extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...SWC_OPTIONS, filename });
  module._compile(code, filename);
};

tsconfigPaths.register({
  baseUrl: path.join(__dirname, '..'),
  paths: compilerOptions.paths,
});
