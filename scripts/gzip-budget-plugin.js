/**
 * Fails a production build when an entry's initial JavaScript, gzipped, is over the budget.
 * webpack's own performance hints measure uncompressed bytes; the budget is for what the pane downloads.
 */
const zlib = require('node:zlib');

const GZIP_BUDGET_BYTES = 250 * 1024;

/** Gzipped size in bytes of each entry's initial JS files together. */
function gzipSizesPerEntry(compilation) {
  const sizes = {};
  for (const [name, entrypoint] of compilation.entrypoints) {
    const files = entrypoint.getFiles().filter((file) => file.endsWith('.js'));
    sizes[name] = files.reduce((total, file) => {
      const asset = compilation.getAsset(file);
      return total + (asset ? zlib.gzipSync(asset.source.buffer(), { level: 9 }).length : 0);
    }, 0);
  }
  return sizes;
}

class GzipBudgetPlugin {
  constructor(budgetBytes = GZIP_BUDGET_BYTES) {
    this.budgetBytes = budgetBytes;
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('GzipBudgetPlugin', (compilation) => {
      // After minification, before emit: an entry over budget stops the build from writing dist/.
      compilation.hooks.processAssets.tap(
        { name: 'GzipBudgetPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        () => this.check(compilation),
      );
    });
  }

  check(compilation) {
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    for (const [name, bytes] of Object.entries(gzipSizesPerEntry(compilation))) {
      const line = `gzip ${name}: ${kb(bytes)} (budget ${kb(this.budgetBytes)})`;
      if (bytes > this.budgetBytes) {
        compilation.errors.push(
          new Error(`入口 ${name} 的初始 JS 压缩后超出预算 / over the gzip budget: ${line}`),
        );
      } else {
        console.log(line);
      }
    }
  }
}

module.exports = { GzipBudgetPlugin, GZIP_BUDGET_BYTES, gzipSizesPerEntry };
