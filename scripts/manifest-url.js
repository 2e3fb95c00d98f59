/**
 * The manifest names every page and icon under one base URL. The build rewrites that base to the
 * deployment's (env ADDIN_BASE_URL), so one manifest.xml serves localhost and an intranet server.
 */
const MANIFEST_BASE_URL = 'https://localhost:3000/';
const DEFAULT_BASE_URL = MANIFEST_BASE_URL;

/** Checks and normalises a base URL: absolute http(s), ending with a slash. */
function normaliseBaseUrl(raw) {
  const text = String(raw ?? '').trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL 不是有效的网址 / is not a valid URL: "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`ADDIN_BASE_URL 必须以 https:// 开头 / must start with https://: "${text}"`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_BASE_URL 不能含 ? 或 # / must not contain ? or #: "${text}"`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The base URL chosen for this build: ADDIN_BASE_URL when set, else the development one. */
function baseUrlFromEnv(env = process.env) {
  const raw = env.ADDIN_BASE_URL;
  return raw === undefined || raw.trim() === '' ? DEFAULT_BASE_URL : normaliseBaseUrl(raw);
}

/** Every absolute http(s) URL the manifest points at (namespace declarations are names, not URLs). */
function manifestUrls(xml) {
  return [...xml.matchAll(/(?<!xmlns(?::[\w.-]+)?=")https?:\/\/[^"'<>\s]+/g)].map((match) => match[0]);
}

/** Replaces the placeholder base in every URL; fails when a URL uses any other base. */
function rewriteManifestUrls(xml, baseUrl) {
  const base = normaliseBaseUrl(baseUrl);
  const foreign = manifestUrls(xml).filter((url) => !url.startsWith(MANIFEST_BASE_URL));
  if (foreign.length > 0) {
    throw new Error(`manifest.xml 中的网址不在 ${MANIFEST_BASE_URL} 之下: ${foreign.join(', ')}`);
  }
  return xml.split(MANIFEST_BASE_URL).join(base);
}

module.exports = {
  MANIFEST_BASE_URL,
  DEFAULT_BASE_URL,
  normaliseBaseUrl,
  baseUrlFromEnv,
  manifestUrls,
  rewriteManifestUrls,
};
