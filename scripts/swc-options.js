// How TypeScript is compiled outside tsc: by jest (@swc/jest) and by scripts/swc-register.js, alike.
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};
