/** The small 插入模板 form: year, optional header texts, layout variant. */
import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { TemplateOptions, TemplateVariant } from '../../core/template';
import type { PaneStrings } from '../strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function defaultTemplateYear(now: Date = new Date()): number {
  return now.getFullYear() - 1;
}

function parseYear(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function TemplateForm({
  strings,
  disabled,
  onSubmit,
  onCancel,
}: {
  readonly strings: PaneStrings;
  readonly disabled: boolean;
  readonly onSubmit: (options: TemplateOptions) => void;
  readonly onCancel: () => void;
}) {
  const styles = useStyles();
  const [year, setYear] = useState(() => String(defaultTemplateYear()));
  const [projectName, setProjectName] = useState('');
  const [department, setDepartment] = useState('');
  const [implementer, setImplementer] = useState('');
  const [variant, setVariant] = useState<TemplateVariant>('seed');
  const [yearInvalid, setYearInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseYear(year);
    if (parsed === undefined) {
      setYearInvalid(true);
      return;
    }
    setYearInvalid(false);
    const options: TemplateOptions = {
      year: parsed,
      variant,
      projectName: optionalText(projectName),
      department: optionalText(department),
      implementer: optionalText(implementer),
    };
    onSubmit(options);
  };

  const optional = (label: string) => `${label}（${strings.templateOptional}）`;

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="template-title">
      <h2 id="template-title" className={styles.title}>
        {strings.templateTitle}
      </h2>
      <Field
        label={strings.templateYear}
        required
        validationMessage={yearInvalid ? strings.templateYearInvalid : undefined}
      >
        <Input type="number" inputMode="numeric" value={year} onChange={(_, data) => setYear(data.value)} />
      </Field>
      <Field label={optional(strings.templateProject)}>
        <Input value={projectName} onChange={(_, data) => setProjectName(data.value)} />
      </Field>
      <Field label={optional(strings.templateDepartment)}>
        <Input value={department} onChange={(_, data) => setDepartment(data.value)} />
      </Field>
      <Field label={optional(strings.templateImplementer)}>
        <Input value={implementer} onChange={(_, data) => setImplementer(data.value)} />
      </Field>
      <Field label={strings.templateVariant}>
        <RadioGroup
          value={variant}
          onChange={(_, data) => setVariant(data.value === 'national' ? 'national' : 'seed')}
        >
          <Radio value="seed" label={strings.templateVariants.seed} />
          <Radio value="national" label={strings.templateVariants.national} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={disabled}>
          {strings.templateSubmit}
        </Button>
        <Button type="button" onClick={onCancel} disabled={disabled}>
          {strings.templateCancel}
        </Button>
      </div>
    </form>
  );
}
