#!/usr/bin/env node
'use strict';
/**
 * selfeval command. Runs the compiled CLI in lib/ (npm run build:cli); on a checkout where lib/
 * has not been built yet it runs the TypeScript sources through tsx (a dev dependency).
 */
const fs = require('fs');
const path = require('path');

const compiled = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
let cli;
if (fs.existsSync(compiled)) {
  cli = require(compiled);
} else {
  require('tsx/cjs');
  cli = require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
}

// `selfeval check … | head` closes the pipe early: stop quietly instead of failing with EPIPE.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`selfeval: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
