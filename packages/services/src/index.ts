export * from './generated/manifest.gen.ts';
