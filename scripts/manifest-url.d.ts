export declare const MANIFEST_BASE_URL: string;
export declare const DEFAULT_BASE_URL: string;
export declare function normaliseBaseUrl(raw: string): string;
export declare function baseUrlFromEnv(env?: Record<string, string | undefined>): string;
export declare function manifestUrls(xml: string): string[];
export declare function rewriteManifestUrls(xml: string, baseUrl: string): string;
