import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsSchema, type Settings, type SettingsPatch } from '../../../../shared/settings/settings';
import { useSettings } from '../../app/settings/SettingsContext';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { preferenceErrors, type PreferenceErrors, type PreferenceField } from './preferenceErrors';

/** The paper layouts, as the settings schema defines them. */
const LAYOUTS = SettingsSchema.shape.printer.shape.layout.options;

/** The i18n key of each field's validation message. */
const ERROR_KEYS = {
  brokerName: 'settings.errors.brokerName',
  brokerPrefix: 'settings.errors.brokerPrefix',
  hubUrl: 'settings.errors.hubUrl',
  'printer.layout': 'settings.errors.layout',
  'printer.copies': 'settings.errors.copies',
} as const satisfies Record<PreferenceField, string>;

interface Draft {
  brokerName: string;
  brokerPrefix: string;
  hubUrl: string;
  layout: Settings['printer']['layout'];
  copies: string;
}

const draftOf = (settings: Settings): Draft => ({
  brokerName: settings.brokerName,
  brokerPrefix: settings.brokerPrefix,
  hubUrl: settings.hubUrl,
  layout: settings.printer.layout,
  copies: String(settings.printer.copies),
});

const patchOf = (draft: Draft): SettingsPatch => ({
  brokerName: draft.brokerName.trim(),
  brokerPrefix: draft.brokerPrefix,
  hubUrl: draft.hubUrl.trim(),
  printer: { layout: draft.layout, copies: Number(draft.copies) },
});

/**
 * Broker name, deal-number prefix, hub address and printer defaults, saved together. Invalid fields say what is wrong beside the field; nothing is saved then.
 */
export function PreferencesForm() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [errors, setErrors] = useState<PreferenceErrors>({});
  const [outcome, setOutcome] = useState<string>();
  const errorOf = (field: PreferenceField) => (errors[field] ? t(ERROR_KEYS[field]) : undefined);
  const edit = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setOutcome(undefined);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const patch = patchOf(draft);
    const found = preferenceErrors(patch);
    setErrors(found);
    if (Object.keys(found).length > 0) return setOutcome(undefined);
    try {
      await update(patch);
      setOutcome(t('common.saved'));
    } catch (error) {
      setOutcome(t('settings.saveFailed', { message: errorMessage(error) }));
    }
  }

  return (
    <form className="sd-settings__section" aria-labelledby="settings-preferences" onSubmit={(e) => void save(e)} noValidate>
      <h2 id="settings-preferences">{t('settings.broker.heading')}</h2>
      <Field label={t('settings.broker.name')} error={errorOf('brokerName')}>
        {(control) => <input {...control} value={draft.brokerName} onChange={(e) => edit({ brokerName: e.target.value })} />}
      </Field>
      <Field label={t('settings.broker.prefix')} hint={t('settings.broker.prefixHint')} error={errorOf('brokerPrefix')}>
        {(control) => (
          <input {...control} value={draft.brokerPrefix} onChange={(e) => edit({ brokerPrefix: e.target.value.toUpperCase() })} />
        )}
      </Field>

      <h2>{t('settings.hub.heading')}</h2>
      <Field label={t('settings.hub.url')} hint={t('settings.hub.urlHint')} error={errorOf('hubUrl')}>
        {(control) => <input {...control} type="url" value={draft.hubUrl} onChange={(e) => edit({ hubUrl: e.target.value })} />}
      </Field>

      <h2>{t('settings.printer.heading')}</h2>
      <SelectField
        label={t('settings.printer.layout')}
        value={draft.layout}
        options={LAYOUTS.map((layout) => ({ value: layout, label: t(`settings.printer.${layout}`) }))}
        onChange={(layout) => edit({ layout })}
        error={errorOf('printer.layout')}
      />
      <Field label={t('settings.printer.copies')} error={errorOf('printer.copies')}>
        {(control) => (
          <input {...control} type="number" min={1} max={9} step={1} value={draft.copies} onChange={(e) => edit({ copies: e.target.value })} />
        )}
      </Field>

      <div className="sd-settings__buttons">
        <Button type="submit" variant="primary">
          {t('common.save')}
        </Button>
        {outcome && <span role="status">{outcome}</span>}
      </div>
  </form>
  );
}
