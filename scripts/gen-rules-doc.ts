/** Writes docs/rules.md from the rule metadata. */
import * as fs from 'fs';
import * as path from 'path';
import { renderRulesDoc } from '../src/core/rules/doc';

const target = path.resolve(__dirname, '../docs/rules.md');
fs.writeFileSync(target, renderRulesDoc(), 'utf8');
console.log(`wrote ${path.relative(process.cwd(), target)}`);
