/**
 * Builds the add-in into dist/: the task pane, the ribbon commands page, the browser preview (when
 * present), office.js served from the add-in's own origin, the icons and a manifest whose URLs point
 * at ADDIN_BASE_URL (default https://localhost:3000/).
 */
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { baseUrlFromEnv, rewriteManifestUrls } = require('./scripts/manifest-url');
const { GzipBudgetPlugin } = require('./scripts/gzip-budget-plugin');

const DEV_SERVER_PORT = 3000;
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/package.json'));

function pages() {
  const list = [
    { name: 'taskpane', entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html' },
    { name: 'commands', entry: './src/commands/commands.ts', template: './src/commands/commands.html' },
  ];
  if (fs.existsSync(path.join(__dirname, 'src/preview/index.tsx'))) {
    list.push({ name: 'preview', entry: './src/preview/index.tsx', template: './src/preview/preview.html' });
  }
  return list;
}

/** HTTPS options from office-addin-dev-certs when it is installed, else undefined (plain http). */
async function devServerHttps() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      `office-addin-dev-certs 不可用，开发服务器使用 http / not available, the dev server uses plain http: ${error instanceof Error ? error.message : error}`,
    );
    return undefined;
  }
}

module.exports = async (_env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const production = mode === 'production';
  const baseUrl = baseUrlFromEnv();
  const list = pages();
  const isDevServer = Boolean(process.env.WEBPACK_SERVE);
  const https = isDevServer ? await devServerHttps() : undefined;

  return {
    mode,
    // No eval-based source maps: the pages' CSP allows no 'unsafe-eval'.
    devtool: production ? 'source-map' : 'inline-source-map',
    entry: Object.fromEntries(list.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } },
          },
        },
        { test: /\.(tsv|txt)$/, type: 'asset/source' },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/]@(fluentui|griffel|floating-ui|swc)[\\/]/,
            name: 'fluent',
            priority: 10,
          },
        },
      },
    },
    // Measured in uncompressed bytes; the binding budget is the gzip one (GzipBudgetPlugin).
    performance: production
      ? {
          hints: 'warning',
          maxEntrypointSize: 1024 * 1024,
          maxAssetSize: 1024 * 1024,
          assetFilter: (file) => file.endsWith('.js') && !file.startsWith('assets/office-js/'),
        }
      : false,
    plugins: [
      ...list.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: path.join(OFFICE_JS_DIR, 'dist'),
            to: 'assets/office-js',
            globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts'] },
            // Already minified by Microsoft; minifying it again only costs build time.
            info: { minimized: true },
          },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifestUrls(content.toString('utf8'), baseUrl),
          },
        ],
      }),
      ...(production ? [new GzipBudgetPlugin()] : []),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'http' },
      static: false,
      hot: false,
    },
  };
};
