/** What the pane shows instead of the app when it is not running in a capable Excel. */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { Locale } from '../core/i18n';
import { PANE_FONT_FAMILY } from './App';
import { STRINGS } from './strings';

export type UnsupportedReason = 'not-excel' | 'api-unsupported';

export function Unsupported({
  reason,
  locale,
  theme = webLightTheme,
}: {
  readonly reason: UnsupportedReason;
  readonly locale: Locale;
  readonly theme?: Theme;
}) {
  const strings = STRINGS[locale];
  const other: Locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <FluentProvider theme={theme} lang={locale}>
      <main style={{ fontFamily: PANE_FONT_FAMILY, padding: 12 }}>
        <MessageBar intent={reason === 'not-excel' ? 'info' : 'error'} role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {reason === 'not-excel' ? strings.notInExcelTitle : strings.errorTitle}
            </MessageBarTitle>
            {reason === 'not-excel' ? strings.notInExcel : strings.apiUnsupported}
            {reason === 'not-excel' && (
              // Outside Office the display language is unknown: say it in the other language too.
              <p lang={other} style={{ margin: '4px 0 0' }}>
                {STRINGS[other].notInExcel}
              </p>
            )}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
