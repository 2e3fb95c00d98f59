/**
 * Starts the pane once Office.js is ready: the app in a capable Excel, a clear message anywhere else.
 * Takes Office and the gateway factory as arguments so it runs the same under test.
 */
import { createRoot } from 'react-dom/client';
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { checkGrids } from '../core/check';
import type { WorkbookGateway } from '../excel/gateway';
import { App } from './App';
import {
  checkRequestedBySearch,
  initialViewFromSearch,
  isDarkBackground,
  takeCheckRequest,
  type SettingsStore,
} from './launch';
import { localeFor } from './strings';
import { Unsupported } from './Unsupported';

/** The part of the Office.js global the pane relies on. */
export interface OfficeHost {
  onReady(): Promise<{ readonly host: unknown }>;
  readonly context?: {
    readonly displayLanguage?: string;
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly officeTheme?: { readonly bodyBackgroundColor?: string };
    readonly document?: { readonly settings?: SettingsStore };
  };
}

export interface StartOptions {
  /** The Office global, or undefined when office.js did not load (page opened outside Office). */
  readonly office: OfficeHost | undefined;
  readonly createGateway: () => WorkbookGateway;
  readonly container: HTMLElement;
  readonly search: string;
  readonly now?: () => number;
  readonly check?: typeof checkGrids;
}

export const REQUIRED_EXCEL_API = '1.9';

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function officeTheme(office: OfficeHost): Theme {
  const background = safely(() => office.context?.officeTheme?.bodyBackgroundColor, undefined);
  return isDarkBackground(background) ? webDarkTheme : webLightTheme;
}

export async function startPane(options: StartOptions): Promise<'app' | 'not-excel' | 'api-unsupported'> {
  const root = createRoot(options.container);
  const office = options.office;
  if (!office) {
    root.render(<Unsupported reason="not-excel" locale="zh-CN" />);
    return 'not-excel';
  }
  const info = await office.onReady();
  const locale = localeFor(safely(() => office.context?.displayLanguage, undefined));
  const theme = officeTheme(office);
  if (info.host !== 'Excel') {
    root.render(<Unsupported reason="not-excel" locale={locale} theme={theme} />);
    return 'not-excel';
  }
  const supported = safely(
    () => office.context?.requirements?.isSetSupported('ExcelApi', REQUIRED_EXCEL_API) === true,
    false,
  );
  if (!supported) {
    root.render(<Unsupported reason="api-unsupported" locale={locale} theme={theme} />);
    return 'api-unsupported';
  }
  const settings = safely(() => office.context?.document?.settings, undefined);
  const now = options.now ?? Date.now;
  const requestedByRibbon = settings ? safely(() => takeCheckRequest(settings, now()), false) : false;
  const autoCheck = requestedByRibbon || checkRequestedBySearch(options.search);
  root.render(
    <App
      gateway={options.createGateway()}
      locale={locale}
      initialView={initialViewFromSearch(options.search)}
      autoCheck={autoCheck}
      theme={theme}
      check={options.check}
    />,
  );
  return 'app';
}
