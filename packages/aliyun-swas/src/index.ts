export * from './generated/index.gen.ts';
