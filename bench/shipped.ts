/**
 * The benchmarks time the code as it ships: the compiled JavaScript in lib/ that `selfeval`
 * runs (npm run build:cli), not the TypeScript sources run through a loader, whose helpers
 * would be timed too.
 */
import { existsSync } from 'fs';
import path from 'path';

const LIB = path.resolve(__dirname, '../lib');

/** The compiled module `lib/<modulePath>.js`, typed as its source. */
export function shipped<Module>(modulePath: string): Module {
  const file = path.join(LIB, `${modulePath}.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build:cli first`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as Module;
}
