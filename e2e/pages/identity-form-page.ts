// Identity form page model: fields by their visible labels, the birthplace combobox, the live
// « Enregistré sous » read through each field's accessible description.
import { expect, type Page } from '@playwright/test';

export const LABELS = {
  birthName: 'Nom de naissance',
  birthFirstNames: 'Prénom(s) de naissance',
  firstBirthName: 'Premier prénom de naissance',
  birthDate: 'Date de naissance',
  sex: 'Sexe',
  birthplace: 'Lieu de naissance',
  usedName: 'Nom utilisé',
  usedFirstName: 'Prénom utilisé',
} as const;
export type FieldKey = keyof typeof LABELS;

export class IdentityFormPage {
  constructor(private readonly page: Page) {}

  readonly field = (key: FieldKey) => this.page.getByLabel(LABELS[key], { exact: true });
  readonly birthplace = () => this.page.getByRole('combobox', { name: 'Lieu de naissance' });
  readonly saveButton = () => this.page.getByRole('button', { name: 'Enregistrer', exact: true });
  readonly formError = () => this.page.getByText('Enregistrement impossible : corrigez les champs signalés.');

  async isShown(title: 'Nouvelle identité' | 'Modifier l’identité' = 'Nouvelle identité') {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async fill(key: Exclude<FieldKey, 'sex' | 'birthplace'>, value: string) {
    await this.field(key).fill(value);
  }

  async chooseSex(code: 'M' | 'F' | 'I') {
    await this.field('sex').selectOption(code);
  }

  /** Types in the combobox and picks the option whose text matches `option` with ↓/Entrée. */
  async chooseBirthplace(query: string, option: RegExp) {
    const box = this.birthplace();
    await box.fill(query);
    const listbox = this.page.getByRole('listbox', { name: 'Lieux proposés' });
    await expect(listbox.getByRole('option', { name: option }).first()).toBeVisible();
    const options = await listbox.getByRole('option').allTextContents();
    const index = options.findIndex((t) => option.test(t));
    for (let i = 0; i <= index; i++) await box.press('ArrowDown');
    await expect(listbox.getByRole('option', { name: option }).first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
  }

  async expectStored(key: FieldKey, value: string) {
    await expect(this.field(key)).toHaveAccessibleDescription(new RegExp(`Enregistré sous : ${escape(value)}`));
  }

  async expectError(key: FieldKey, message: RegExp) {
    const input = key === 'birthplace' ? this.birthplace() : this.field(key);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(message);
  }

  async saveWithKeyboard() {
    await this.page.keyboard.press('Control+s');
  }
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
