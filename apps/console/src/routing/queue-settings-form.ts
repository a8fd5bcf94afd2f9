import { FieldError, textLength, wholeNumber } from './form-rules';
import { ConfigureQueueInput, QueueSettings, RoutingMode } from './types';

/** The contract's limits (ConfigureQueueInput) and the defaults of a queue never configured. */
export const QUEUE_LIMITS = { nameMax: 200, offerTimeout: [1, 3600], seconds: [1, 604800] } as const;
export const QUEUE_DEFAULTS = { routing: 'MANUAL' as RoutingMode, offerTimeoutSeconds: 30, serviceLevelSeconds: 60 };

/** The form as typed: numbers are text until checked. */
export interface QueueSettingsValues {
  queueId: string;
  name: string;
  routing: RoutingMode;
  offerTimeoutSeconds: string;
  maxWaitSeconds: string;
  returnAfterSeconds: string;
  serviceLevelSeconds: string;
}

export type QueueSettingsErrors = Partial<Record<keyof QueueSettingsValues, FieldError>>;

export function valuesOf(settings: QueueSettings | null): QueueSettingsValues {
  const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    queueId: settings?.queueId ?? '',
    name: settings?.name ?? '',
    routing: settings?.routing ?? QUEUE_DEFAULTS.routing,
    offerTimeoutSeconds: text(settings?.offerTimeoutSeconds ?? QUEUE_DEFAULTS.offerTimeoutSeconds),
    maxWaitSeconds: text(settings?.maxWaitSeconds),
    returnAfterSeconds: text(settings?.returnAfterSeconds),
    serviceLevelSeconds: text(settings?.serviceLevelSeconds ?? QUEUE_DEFAULTS.serviceLevelSeconds),
  };
}

/**
 * Checks the form against the contract's limits and gives the configureQueue input, or the errors by field.
 * An empty offer timeout or service level takes the default; an empty wait target or return time means none.
 */
export function validateQueueSettings(values: QueueSettingsValues): { input: ConfigureQueueInput | null; errors: QueueSettingsErrors } {
  const errors: QueueSettingsErrors = {};
  const queueId = values.queueId.trim();
  if (!queueId) errors.queueId = { key: 'errRequired' };
  const name = values.name.trim();
  if (textLength(name) > QUEUE_LIMITS.nameMax) errors.name = { key: 'errTooLong', params: { max: QUEUE_LIMITS.nameMax } };
  const [secondsMin, secondsMax] = QUEUE_LIMITS.seconds;
  const offer = wholeNumber(values.offerTimeoutSeconds, ...QUEUE_LIMITS.offerTimeout);
  const maxWait = wholeNumber(values.maxWaitSeconds, secondsMin, secondsMax);
  const returnAfter = wholeNumber(values.returnAfterSeconds, secondsMin, secondsMax);
  const serviceLevel = wholeNumber(values.serviceLevelSeconds, secondsMin, secondsMax);
  if (offer.error) errors.offerTimeoutSeconds = offer.error;
  if (maxWait.error) errors.maxWaitSeconds = maxWait.error;
  if (returnAfter.error) errors.returnAfterSeconds = returnAfter.error;
  if (serviceLevel.error) errors.serviceLevelSeconds = serviceLevel.error;
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      queueId,
      name: name || undefined,
      routing: values.routing,
      offerTimeoutSeconds: offer.value ?? QUEUE_DEFAULTS.offerTimeoutSeconds,
      maxWaitSeconds: maxWait.value,
      returnAfterSeconds: returnAfter.value,
      serviceLevelSeconds: serviceLevel.value ?? QUEUE_DEFAULTS.serviceLevelSeconds,
    },
    errors,
  };
}
