/** A small coloured marker for a severity, readable on light and dark themes. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/finding';

const useStyles = makeStyles({
  dot: {
    display: 'inline-block',
    flexShrink: 0,
    width: '10px',
    height: '10px',
    borderRadius: tokens.borderRadiusCircular,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground3 },
  warning: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  info: { backgroundColor: tokens.colorPaletteBlueBorderActive },
});

export function SeverityDot({ severity }: { readonly severity: Severity }) {
  const styles = useStyles();
  return <span aria-hidden="true" className={`${styles.dot} ${styles[severity]}`} />;
}
