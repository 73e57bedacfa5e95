// @cloudexec/mock-server: the provider mocks of @cloudexec/mock behind one HTTP server, for clients
// and SDKs in other processes or languages. See README.md.
export { startMockServer, DEFAULT_MAX_BODY_BYTES, type MockServer, type MockServerOptions } from './server.ts';
export { DEFAULT_LIMITS, type ServerLimits } from './limits.ts';
export { createDefaultDataset, type DefaultDatasetOptions } from './default-dataset.ts';
export { DatasetError, mergeDatasets, parseDataset, readDatasetFile, type Dataset, type DatasetItems } from './dataset.ts';
export { PROVIDER_IDS, serviceModels, type ProviderId } from './providers.ts';
export { formatLogLine, type LogSink, type RequestLogEntry } from './log.ts';
