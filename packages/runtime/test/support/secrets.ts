// Recognisable test credentials: any of these strings in an output is a leak.
export const SECRET_ID = 'AKIDtestKeyId000000000000000000EXAMPLE';
export const SECRET_KEY = 'sk-Gu5t9xGARNpq86cd98joQYCN3EXAMPLE';
export const SESSION_TOKEN = 'tok-session-7f3a9c1e5b2d4a6f8e0c';

export const testCredentials = { accessKeyId: SECRET_ID, accessKeySecret: SECRET_KEY, securityToken: SESSION_TOKEN };
