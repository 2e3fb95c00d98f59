/** Ribbon commands entry: registers 检查本表 so Office always gets its completion signal. */
Office.onReady(() => {
  Office.actions.associate('checkSheet', (event: Office.AddinCommands.Event) => {
    event.completed();
  });
});
