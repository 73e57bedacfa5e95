export * from './manifest.gen.ts';
