/**
 * Browser preview: the real task pane (App) beside a read-only view of an in-memory workbook.
 * The pane talks to the workbook through the same WorkbookGateway interface as in Excel.
 */
import { useCallback, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../core/i18n';
import { App } from '../taskpane/App';
import { GridView } from './GridView';
import { loadWorkbook, sampleGrids, workbookChanges, type LoadedWorkbook } from './workbook';
import { gridsFromXlsx } from './xlsx-grids';

type Status = { readonly kind: 'info' | 'error'; readonly text: string } | undefined;

function initialLocale(): Locale {
  const requested = new URLSearchParams(window.location.search).get('lang');
  return requested === 'en-US' ? 'en-US' : 'zh-CN';
}

function PreviewPage({ locale }: { readonly locale: Locale }) {
  const [loaded, setLoaded] = useState<LoadedWorkbook>(() =>
    loadWorkbook(sampleGrids(), '样例表 sample forms'),
  );
  const [status, setStatus] = useState<Status>(undefined);
  // Redraw the grid after every gateway call that may have changed the workbook.
  useSyncExternalStore(workbookChanges.subscribe, workbookChanges.version);
  const picture = loaded.picture();

  const loadSample = useCallback(() => {
    setLoaded(loadWorkbook(sampleGrids(), '样例表 sample forms'));
    setStatus(undefined);
  }, []);

  const openFile = useCallback(async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus({ kind: 'info', text: `正在读取 ${file.name} … / Reading…` });
    try {
      const grids = await gridsFromXlsx(await file.arrayBuffer());
      if (grids.length === 0) throw new Error('no worksheets');
      setLoaded(loadWorkbook(grids, file.name));
      setStatus({ kind: 'info', text: `${file.name}：${grids.length} 个工作表 / sheets` });
    } catch (error) {
      console.warn(`Cannot read ${file.name}:`, error);
      setStatus({
        kind: 'error',
        text: `无法读取 ${file.name}：不是有效的 .xlsx 工作簿 / ${file.name} is not a readable .xlsx workbook`,
      });
    }
  }, []);

  return (
    <div className="preview">
      <header className="preview-bar">
        <h1>绩效自评表助手 · 预览 Preview</h1>
        <button type="button" onClick={loadSample}>
          载入样例 Sample forms
        </button>
        <label className="file-button">
          打开 .xlsx… Open .xlsx…
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={openFile}
            data-testid="open-xlsx"
          />
        </label>
        <span className="preview-source" data-testid="preview-source">
          {loaded.source}
        </span>
        {status && (
          <span
            className={status.kind === 'error' ? 'preview-status error' : 'preview-status'}
            role={status.kind === 'error' ? 'alert' : 'status'}
          >
            {status.text}
          </span>
        )}
      </header>
      <div className="preview-body">
        <GridView
          sheetNames={picture.sheetNames}
          sheet={picture.sheet}
          selection={picture.selection}
          onActivateSheet={loaded.activate}
          labels={{
            empty: '（空工作表 empty sheet）',
            truncated: (rows, columns) =>
              `仅显示前 ${rows} 行 × ${columns} 列 / first ${rows} rows × ${columns} columns shown`,
          }}
        />
        <aside className="pane-host" aria-label="task pane">
          <App key={loaded.id} gateway={loaded.gateway} locale={locale} />
        </aside>
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<PreviewPage locale={initialLocale()} />);
