/** Task pane entry: waits for Office.js, then shows the app (or says why it cannot). */
import { createHostGateway } from './host-gateway';
import { startPane } from './start';

const container = document.getElementById('root');
if (container) {
  void startPane({
    office: typeof Office === 'undefined' ? undefined : Office,
    createGateway: createHostGateway,
    container,
    search: window.location.search,
  });
}
