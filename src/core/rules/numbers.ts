/** Small helpers shared by rule families. */
import type { ValueField } from '../form';
import type { NumberValue } from '../value-types';

/** The number of a field when it holds exactly one plain number. */
export function numberOf(field: ValueField | undefined): number | undefined {
  return field?.value.kind === 'number' ? field.value.value : undefined;
}

export function numberValueOf(field: ValueField | undefined): NumberValue | undefined {
  return field?.value.kind === 'number' ? field.value : undefined;
}

/** Nothing written, or a deliberate placeholder (`—`, `/`, `无`). */
export function isBlank(field: ValueField | undefined): boolean {
  return field === undefined || field.value.kind === 'empty' || field.value.kind === 'placeholder';
}

export const EPSILON = 1e-9;
