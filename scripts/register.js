// Runs TypeScript sources directly (swc, with decorator metadata for type-graphql and MikroORM).
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
require('reflect-metadata');
