// Bundles the preview page (grid + in-memory host) and the office.js stand-in the pane loads.
// Run by test/preview/server.ts through webpack's Node API; output goes to test-output/preview/.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const root = path.resolve(__dirname, '..', '..');

module.exports = {
  mode: 'development',
  // No eval-based source maps: the stand-in runs inside the pane, whose CSP may forbid eval.
  devtool: false,
  context: root,
  entry: {
    preview: './test/preview/preview.ts',
    'office-stub': './test/preview/office-stub.ts',
    'wps-stub': './test/preview/wps-stub.ts',
  },
  output: {
    path: path.join(root, 'test-output', 'preview'),
    filename: '[name].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            configFile: path.join(root, 'tsconfig.json'),
            // tsc type-checks the tree; here only transpile, so other slices' unfinished files cannot block the preview.
            transpileOnly: true,
            compilerOptions: { incremental: false, sourceMap: false },
          },
        },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      template: path.join(__dirname, 'preview.html'),
      filename: 'index.html',
      chunks: ['preview'],
      inject: 'body',
    }),
  ],
  performance: { hints: false },
  stats: 'errors-warnings',
};
