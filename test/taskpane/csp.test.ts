/**
 * The pane and the ribbon's function page load nothing from anywhere but the add-in's own origin:
 * their Content-Security-Policy allows only 'self' (plus inline styles, which Fluent injects, and
 * data: images), and the pages themselves reference no external URL.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const PAGES = ['src/taskpane/taskpane.html', 'src/commands/commands.html'];

/** Sources each directive may list; any directive not named here may list only 'self' or 'none'. */
const EXTRA_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'style-src': ["'unsafe-inline'"],
  'img-src': ['data:'],
};

/** Directives the pages must set (so nothing falls through to a permissive default). */
const REQUIRED = [
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'object-src',
];

function readPage(path: string): string {
  return readFileSync(join(__dirname, '..', '..', path), 'utf8');
}

function cspOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  expect(metas).toHaveLength(1);
  const directives = new Map<string, string[]>();
  for (const part of metas[0][1].split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe.each(PAGES)('%s', (page) => {
  const html = readPage(page);
  const csp = cspOf(html);

  test('sets every fetch directive the pane relies on', () => {
    for (const directive of REQUIRED) expect(csp.has(directive)).toBe(true);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  test("allows no origin but 'self'", () => {
    for (const [directive, sources] of csp) {
      const allowed = new Set(["'self'", "'none'", ...(EXTRA_ALLOWED[directive] ?? [])]);
      for (const source of sources)
        expect({ directive, source, allowed: allowed.has(source) }).toEqual({
          directive,
          source,
          allowed: true,
        });
    }
    expect(html).not.toMatch(/unsafe-eval/);
  });

  test('loads office.js from the add-in itself and references no external URL', () => {
    expect(html).toMatch(/<script src="assets\/office-js\/office\.js"><\/script>/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
    expect(html).not.toMatch(/appsforoffice\.microsoft\.com/i);
  });
});

test('the pane and ribbon sources open no connection of their own', () => {
  const sources = [
    'src/taskpane/App.tsx',
    'src/taskpane/start.tsx',
    'src/taskpane/launch.ts',
    'src/commands/ribbon-check.ts',
  ].map(readPage);
  for (const source of sources) {
    expect(source).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|https?:\/\//);
  }
});
