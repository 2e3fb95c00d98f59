/** Task-pane entry: shows that the add-in is loading until the pane itself is wired in. */
const root = document.getElementById('root');
if (root) root.textContent = '绩效自评表助手 正在加载… / Loading…';
