import { promises as fs } from 'node:fs';
import path from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { validateXML } from 'xmllint-wasm';
import {
  MANIFEST_BASE_URL,
  baseUrlFromEnv,
  manifestUrls,
  normaliseBaseUrl,
  rewriteManifestUrls,
} from '../../scripts/manifest-url';

// office-addin-manifest also loads its JSON (unified) manifest support, whose package needs fs-extra,
// which the installed tree lacks; this manifest is XML, so that part is replaced by an empty module.
// Its ESM-only uuid is only used to make new manifest ids, which this test never does.
jest.mock('@microsoft/app-manifest', () => ({}));
jest.mock('../../node_modules/office-addin-manifest/node_modules/uuid/dist-node/index.js', () => ({
  v4: () => '',
}));

const REPO = path.resolve(__dirname, '../..');
const MANIFEST_PATH = path.join(REPO, 'manifest.xml');
const XSD_DIR = path.resolve(__dirname, '../../../shared/office-manifest-xsd');
const ROOT_XSD = 'OfficeAppManifestV1_1.xsd';

async function schemaValidate(xml: string): Promise<{ valid: boolean; messages: string[] }> {
  const names = (await fs.readdir(XSD_DIR)).filter((name) => name.endsWith('.xsd'));
  const file = async (fileName: string) => ({
    fileName,
    contents: await fs.readFile(path.join(XSD_DIR, fileName), 'utf8'),
  });
  const result = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: await file(ROOT_XSD),
    preload: await Promise.all(names.filter((name) => name !== ROOT_XSD).map(file)),
  });
  return { valid: result.valid, messages: result.errors.map((error) => error.message) };
}

let manifestXml: string;

beforeAll(async () => {
  manifestXml = await fs.readFile(MANIFEST_PATH, 'utf8');
});

describe('manifest.xml', () => {
  it('is valid against the Office add-in manifest schemas', async () => {
    const result = await schemaValidate(manifestXml);
    expect(result.messages).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is reported invalid without its <Id>', async () => {
    const withoutId = manifestXml.replace(/<Id>[^<]*<\/Id>\s*/, '');
    expect(withoutId).not.toContain('<Id>');
    expect((await schemaValidate(withoutId)).valid).toBe(false);
  });

  it('is reported invalid with an unknown permission', async () => {
    const unknownPermission = manifestXml.replace(
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>ReadEverything</Permissions>',
    );
    expect(unknownPermission).toContain('ReadEverything');
    expect((await schemaValidate(unknownPermission)).valid).toBe(false);
  });

  it('parses with office-addin-manifest: Excel task pane, zh-CN, the agreed names and permission', async () => {
    const manifest = await OfficeAddinManifest.readManifestFile(MANIFEST_PATH);
    expect(manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(manifest.displayName).toBe('绩效自评表助手');
    expect(manifest.defaultLocale).toBe('zh-CN');
    expect(manifest.officeAppType).toBe('TaskPaneApp');
    expect(manifest.permissions).toBe('ReadWriteDocument');
    expect(manifest.hosts).toEqual(['Workbook']);
    expect(manifestXml).toContain('<Override Locale="en-US" Value="Performance Self-Evaluation Checker" />');
  });

  it('defines every resid it references, and each resource once', () => {
    const referenced = new Set([...manifestXml.matchAll(/resid="([^"]+)"/g)].map((match) => match[1]));
    const defined = [...manifestXml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(referenced.size).toBeGreaterThan(0);
    expect([...referenced].filter((id) => !defined.includes(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it('has the two Home-tab buttons: 检查本表 runs checkSheet, 插入模板 opens the template view', () => {
    expect(manifestXml).toContain('<OfficeTab id="TabHome">');
    expect(manifestXml).toMatch(/DefaultValue="检查本表"/);
    expect(manifestXml).toMatch(/DefaultValue="插入模板"/);
    expect(manifestXml).toContain('<FunctionName>checkSheet</FunctionName>');
    expect(manifestXml).toContain(`DefaultValue="${MANIFEST_BASE_URL}taskpane.html?view=template"`);
  });

  it('puts every URL under the one base the build rewrites', () => {
    const urls = manifestUrls(manifestXml);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter((url) => !url.startsWith(MANIFEST_BASE_URL))).toEqual([]);
  });

  it('names icons that exist in assets/', async () => {
    const icons = manifestUrls(manifestXml).filter((url) => url.endsWith('.png'));
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const file = path.join(REPO, icon.slice(MANIFEST_BASE_URL.length));
      const bytes = await fs.readFile(file);
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    }
  });
});

describe('manifest base-URL rewrite', () => {
  it('points every URL at ADDIN_BASE_URL and leaves no development URL behind', async () => {
    const base = baseUrlFromEnv({ ADDIN_BASE_URL: 'https://intranet.example/selfeval/' });
    const rewritten = rewriteManifestUrls(manifestXml, base);
    const urls = manifestUrls(rewritten);
    expect(urls).toHaveLength(manifestUrls(manifestXml).length);
    expect(urls.filter((url) => !url.startsWith('https://intranet.example/selfeval/'))).toEqual([]);
    expect(rewritten).not.toContain('localhost');
    expect(rewritten).toContain('https://intranet.example/selfeval/taskpane.html?view=template');
    expect((await schemaValidate(rewritten)).valid).toBe(true);
  });

  it('adds the trailing slash and keeps the development base when unset', () => {
    expect(normaliseBaseUrl('https://intranet.example/selfeval')).toBe('https://intranet.example/selfeval/');
    expect(baseUrlFromEnv({})).toBe(MANIFEST_BASE_URL);
    expect(baseUrlFromEnv({ ADDIN_BASE_URL: '  ' })).toBe(MANIFEST_BASE_URL);
  });

  it('rejects a base that is not an http(s) URL, with a clear message', () => {
    expect(() => normaliseBaseUrl('intranet/selfeval')).toThrow(/ADDIN_BASE_URL/);
    expect(() => normaliseBaseUrl('ftp://intranet.example/')).toThrow(/https/);
    expect(() => normaliseBaseUrl('https://intranet.example/?a=1')).toThrow(/\?/);
  });

  it('refuses a manifest with a URL outside the base instead of shipping it half-rewritten', () => {
    const foreign = manifestXml.replace(
      `${MANIFEST_BASE_URL}commands.html`,
      'https://cdn.example/commands.html',
    );
    expect(() => rewriteManifestUrls(foreign, 'https://intranet.example/')).toThrow(/cdn\.example/);
  });
});
