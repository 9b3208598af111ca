import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/settings/settings';
import { useSettings } from '../../app/settings/SettingsContext';
import { SelectField } from '../../ui/SelectField';

/** The interface language, applied at once (every window follows the settings change). */
export function LanguageSection() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  return (
    <section className="sd-settings__section" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.language.heading')}</h2>
      <SelectField
        label={t('settings.language.label')}
        value={settings.language}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`settings.language.${language}`) }))}
        onChange={(language) => void update({ language })}
      />
    </section>
  );
}
