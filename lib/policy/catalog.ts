import { z } from 'zod';
import { MAX_PATTERN_LENGTH, parseSitePattern } from './patterns';

/**
 * THE list of settings. Every setting is declared here once — type (zod schema), default, group,
 * French and English label/help — and everything else is derived from it:
 *  - the `Settings` type and `DEFAULT_SETTINGS`,
 *  - the policy/options parser (`parse.ts`),
 *  - Chrome's `public/managed_schema.json` (`npx tsx scripts/gen-managed-schema.ts`),
 *  - the options page fields and their validation,
 *  - the admin documentation table and the options page strings (`npx tsx scripts/gen-policy-docs.ts`).
 * Adding a setting = adding an entry here, then running both scripts.
 */

export type Lang = 'fr' | 'en';
export interface Texts {
  label: string;
  help: string;
}
export type Labels = Record<Lang, string>;

export const SETTING_GROUPS = {
  general: { fr: 'Général', en: 'General' },
  session: { fr: 'Fin de session', en: 'End of session' },
  wipe: { fr: 'Effacement', en: 'Wipe' },
  consent: { fr: 'Consentement', en: 'Consent' },
  reminders: { fr: 'Rappels', en: 'Reminders' },
  sites: { fr: 'Sites conservés', en: 'Kept sites' },
  admin: { fr: 'Administration', en: 'Administration' },
} as const satisfies Record<string, Labels>;
export type SettingGroup = keyof typeof SETTING_GROUPS;

interface Base<T> {
  schema: z.ZodType<T>;
  default: T;
  group: SettingGroup;
  fr: Texts;
  en: Texts;
  /** Only the structure's policy may set it; the helper's options never change it. */
  policyOnly?: boolean;
}
export interface BooleanDef extends Base<boolean> {
  kind: 'boolean';
}
export interface IntegerDef extends Base<number> {
  kind: 'integer';
  min: number;
  max: number;
  unit: Labels;
}
export interface TextDef extends Base<string> {
  kind: 'text';
  maxLength: number;
}
export interface EnumDef<V extends string = string> extends Base<V> {
  kind: 'enum';
  values: readonly V[];
  valueLabels: Record<V, Labels>;
}
export interface PatternListDef extends Base<string[]> {
  kind: 'patternList';
  maxItems: number;
  itemSchema: z.ZodType<string>;
}
export interface EnumListDef<V extends string = string> extends Base<V[]> {
  kind: 'enumList';
  values: readonly V[];
  valueLabels: Record<V, Labels>;
  itemSchema: z.ZodType<V>;
}
export interface FlagsDef<K extends string = string> extends Base<Record<K, boolean>> {
  kind: 'flags';
  keys: readonly K[];
  keyLabels: Record<K, Labels>;
}
export interface TextsDef<K extends string = string> extends Base<Record<K, string>> {
  kind: 'texts';
  keys: readonly K[];
  keyLabels: Record<K, Labels>;
  maxLength: number;
  itemSchema: z.ZodType<string>;
}
export type SettingDef = BooleanDef | IntegerDef | TextDef | EnumDef | PatternListDef | EnumListDef | FlagsDef | TextsDef;

type Common = Pick<Base<unknown>, 'group' | 'fr' | 'en' | 'policyOnly'>;

function boolean(o: Common & { default: boolean }): BooleanDef {
  return { kind: 'boolean', schema: z.boolean(), ...o };
}
function integer(o: Common & { default: number; min: number; max: number; unit: Labels }): IntegerDef {
  return { kind: 'integer', schema: z.number().int().min(o.min).max(o.max), ...o };
}
function text(o: Common & { default: string; maxLength: number }): TextDef {
  return { kind: 'text', schema: z.string().max(o.maxLength), ...o };
}
function enumeration<const V extends string>(o: Common & { default: NoInfer<V>; valueLabels: Record<V, Labels> }): EnumDef<V> {
  const values = Object.keys(o.valueLabels) as V[];
  return { kind: 'enum', schema: z.enum(values as [V, ...V[]]) as unknown as z.ZodType<V>, values, ...o };
}
const patternItem = z
  .string()
  .max(MAX_PATTERN_LENGTH)
  .refine((s) => parseSitePattern(s).ok, { message: 'invalid_pattern' });
function patternList(o: Common & { default: string[]; maxItems: number }): PatternListDef {
  return { kind: 'patternList', schema: z.array(patternItem).max(o.maxItems), itemSchema: patternItem, ...o };
}
function enumList<const V extends string>(o: Common & { default: NoInfer<V>[]; valueLabels: Record<V, Labels> }): EnumListDef<V> {
  const values = Object.keys(o.valueLabels) as V[];
  const itemSchema = z.enum(values as [V, ...V[]]) as unknown as z.ZodType<V>;
  return { kind: 'enumList', schema: z.array(itemSchema).max(values.length), itemSchema, values, ...o };
}
function flags<const K extends string>(o: Common & { default: Record<NoInfer<K>, boolean>; keyLabels: Record<K, Labels> }): FlagsDef<K> {
  const keys = Object.keys(o.keyLabels) as K[];
  const shape = Object.fromEntries(keys.map((k) => [k, z.boolean()]));
  return { kind: 'flags', schema: z.strictObject(shape) as unknown as z.ZodType<Record<K, boolean>>, keys, ...o };
}
function texts<const K extends string>(
  o: Common & { default: Record<NoInfer<K>, string>; keyLabels: Record<K, Labels>; maxLength: number },
): TextsDef<K> {
  const keys = Object.keys(o.keyLabels) as K[];
  const itemSchema = z.string().max(o.maxLength);
  const shape = Object.fromEntries(keys.map((k) => [k, itemSchema]));
  return { kind: 'texts', schema: z.strictObject(shape) as unknown as z.ZodType<Record<K, string>>, keys, itemSchema, ...o };
}

const WIPE_TYPES = {
  history: { fr: 'Historique de navigation', en: 'Browsing history' },
  downloads: { fr: 'Liste des téléchargements', en: 'Download list' },
  cookies: { fr: 'Cookies (connexions aux sites)', en: 'Cookies (site log-ins)' },
  localStorage: { fr: 'Stockage local des sites (localStorage)', en: 'Site local storage (localStorage)' },
  indexedDB: { fr: 'Bases de données des sites (IndexedDB)', en: 'Site databases (IndexedDB)' },
  cacheStorage: { fr: 'Cache des sites (Cache Storage)', en: 'Site caches (Cache Storage)' },
  serviceWorkers: { fr: 'Service workers', en: 'Service workers' },
  cache: { fr: 'Cache du navigateur', en: 'Browser cache' },
  formData: { fr: 'Données de formulaires', en: 'Form data' },
  passwords: { fr: 'Mots de passe enregistrés', en: 'Saved passwords' },
} as const;
type WipeType = keyof typeof WIPE_TYPES;

export const CONSENT_CATEGORIES = {
  identity_name: { fr: 'Nom et prénom', en: 'Name' },
  birth: { fr: 'Date et lieu de naissance', en: 'Date and place of birth' },
  email: { fr: 'Adresse e-mail', en: 'Email address' },
  phone: { fr: 'Numéro de téléphone', en: 'Phone number' },
  postal_address: { fr: 'Adresse postale', en: 'Postal address' },
  national_id: { fr: 'Numéros d’identification (sécurité sociale, fiscal, allocataire…)', en: 'ID numbers (social security, tax, benefits…)' },
  bank: { fr: 'Coordonnées bancaires', en: 'Bank details' },
  credentials: { fr: 'Identifiants et mots de passe', en: 'Log-ins and passwords' },
  situation: { fr: 'Situation familiale, professionnelle, ressources', en: 'Family, work and income situation' },
  health: { fr: 'Santé', en: 'Health' },
  other_personal: { fr: 'Autres données personnelles', en: 'Other personal data' },
} as const;
export type ConsentCategory = keyof typeof CONSENT_CATEGORIES;

const REMINDER_TEXTS = {
  simulatorFr: { fr: 'Simulateur (français)', en: 'Simulator (French)' },
  simulatorEn: { fr: 'Simulateur (anglais)', en: 'Simulator (English)' },
  emailFr: { fr: 'Création d’adresse e-mail (français)', en: 'Email sign-up (French)' },
  emailEn: { fr: 'Création d’adresse e-mail (anglais)', en: 'Email sign-up (English)' },
  mandateFr: { fr: 'Mandat / agir pour la personne (français)', en: 'Mandate / acting for the person (French)' },
  mandateEn: { fr: 'Mandat / agir pour la personne (anglais)', en: 'Mandate / acting for the person (English)' },
} as const;
type ReminderText = keyof typeof REMINDER_TEXTS;

const allTrue = <K extends string>(o: Record<K, unknown>) =>
  Object.fromEntries(Object.keys(o).map((k) => [k, true])) as Record<K, boolean>;
const allEmpty = <K extends string>(o: Record<K, unknown>) =>
  Object.fromEntries(Object.keys(o).map((k) => [k, ''])) as Record<K, string>;

const MINUTES: Labels = { fr: 'minutes', en: 'minutes' };
const SECONDS: Labels = { fr: 'secondes', en: 'seconds' };

export const CATALOG = {
  structureName: text({
    group: 'general',
    default: '',
    maxLength: 80,
    fr: { label: 'Nom de la structure', help: 'Affiché dans l’extension (par exemple « France Services de Figeac »). Vide : aucun nom affiché.' },
    en: { label: 'Structure name', help: 'Shown in the extension (e.g. “France Services de Figeac”). Empty: no name shown.' },
  }),
  passwordSavingAlwaysOff: boolean({
    group: 'general',
    default: false,
    fr: { label: 'Enregistrement des mots de passe toujours désactivé', help: 'Désactive la proposition d’enregistrer les mots de passe en permanence, pas seulement pendant une session.' },
    en: { label: 'Password saving always off', help: 'Keeps the browser from offering to save passwords at all times, not only during a session.' },
  }),
  closeTabsAtEnd: boolean({
    group: 'session',
    default: true,
    fr: { label: 'Fermer tous les onglets à la fin', help: 'À la fin de la session, ferme tous les onglets ouverts et laisse une page vierge.' },
    en: { label: 'Close all tabs at the end', help: 'At the end of the session, closes every open tab and leaves a blank page.' },
  }),
  idleEndMinutes: integer({
    group: 'session',
    default: 0,
    min: 0,
    max: 240,
    unit: MINUTES,
    fr: { label: 'Fin automatique après inactivité', help: 'Termine la session (avec effacement) après ce nombre de minutes sans activité. 0 : jamais.' },
    en: { label: 'Automatic end after inactivity', help: 'Ends the session (and wipes) after this many minutes without activity. 0: never.' },
  }),
  idleWarningSeconds: integer({
    group: 'session',
    default: 60,
    min: 10,
    max: 600,
    unit: SECONDS,
    fr: { label: 'Préavis avant la fin automatique', help: 'Durée pendant laquelle un avertissement permet de prolonger la session avant la fin automatique.' },
    en: { label: 'Warning before automatic end', help: 'How long a warning lets people extend the session before the automatic end.' },
  }),
  wipeDataTypes: flags({
    group: 'wipe',
    default: allTrue(WIPE_TYPES),
    keyLabels: WIPE_TYPES,
    fr: { label: 'Données effacées à la fin', help: 'Types de données supprimés à la fin de la session. Une clé absente de la politique reste cochée.' },
    en: { label: 'Data wiped at the end', help: 'Kinds of data removed at the end of the session. A key missing from the policy stays on.' },
  }),
  wipeScope: enumeration({
    group: 'wipe',
    default: 'session',
    valueLabels: {
      session: { fr: 'Seulement ce qui date de la session', en: 'Only what dates from the session' },
      all: { fr: 'Tout, y compris avant la session (sauf sites conservés)', en: 'Everything, including before the session (except kept sites)' },
    },
    fr: { label: 'Étendue de l’effacement', help: '« session » : efface ce qui a été créé depuis le début de la session. « all » : efface tout le navigateur pour les types choisis.' },
    en: { label: 'Wipe scope', help: '“session”: removes what was created since the session started. “all”: removes everything in the browser for the chosen types.' },
  }),
  deleteDownloadedFiles: boolean({
    group: 'wipe',
    default: true,
    fr: { label: 'Supprimer les fichiers téléchargés', help: 'Supprime du disque les fichiers téléchargés pendant la session (attestations, justificatifs…).' },
    en: { label: 'Delete downloaded files', help: 'Deletes from disk the files downloaded during the session (certificates, documents…).' },
  }),
  consentGranularity: enumeration({
    group: 'consent',
    default: 'site_and_category',
    valueLabels: {
      site_and_category: { fr: 'Pour chaque site et chaque type de donnée', en: 'For each site and each kind of data' },
      category: { fr: 'Une fois par type de donnée, pour toute la session', en: 'Once per kind of data, for the whole session' },
      site: { fr: 'Une fois par site, pour tous les types de données', en: 'Once per site, for every kind of data' },
    },
    fr: { label: 'Portée du consentement', help: 'Quand la personne a dit oui, jusqu’où vaut cet accord.' },
    en: { label: 'Consent scope', help: 'Once the person has said yes, how far that agreement reaches.' },
  }),
  consentCategories: enumList({
    group: 'consent',
    default: Object.keys(CONSENT_CATEGORIES) as ConsentCategory[],
    valueLabels: CONSENT_CATEGORIES,
    fr: { label: 'Données qui demandent le consentement', help: 'Types de données personnelles pour lesquels l’accord de la personne est demandé avant la saisie.' },
    en: { label: 'Data that needs consent', help: 'Kinds of personal data for which the person’s agreement is asked before typing.' },
  }),
  reviewBeforeSubmit: boolean({
    group: 'consent',
    default: true,
    fr: { label: 'Relecture commune avant envoi', help: 'Propose de relire ensemble le formulaire avant de l’envoyer.' },
    en: { label: 'Joint review before sending', help: 'Offers to review the form together before sending it.' },
  }),
  simulatorHeuristic: boolean({
    group: 'reminders',
    default: true,
    fr: { label: 'Détecter les simulateurs automatiquement', help: 'Reconnaît aussi les simulateurs de droits qui ne sont pas dans la liste connue.' },
    en: { label: 'Detect simulators automatically', help: 'Also recognizes benefit simulators that are not in the known list.' },
  }),
  simulatorPatternsExtra: patternList({
    group: 'reminders',
    default: [],
    maxItems: 200,
    fr: { label: 'Simulateurs supplémentaires', help: 'Adresses de simulateurs à ajouter, une par ligne (caf.fr ou *://www.exemple.fr/simulateur*).' },
    en: { label: 'Extra simulators', help: 'Simulator addresses to add, one per line (caf.fr or *://www.example.fr/simulator*).' },
  }),
  simulatorPatternsExclude: patternList({
    group: 'reminders',
    default: [],
    maxItems: 200,
    fr: { label: 'Sites exclus des rappels simulateur', help: 'Adresses où le rappel simulateur ne doit jamais s’afficher, une par ligne.' },
    en: { label: 'Sites excluded from simulator reminders', help: 'Addresses where the simulator reminder must never show, one per line.' },
  }),
  emailSignupPatternsExtra: patternList({
    group: 'reminders',
    default: [],
    maxItems: 200,
    fr: { label: 'Pages de création d’adresse e-mail supplémentaires', help: 'Pages d’inscription de messageries à ajouter, une par ligne.' },
    en: { label: 'Extra email sign-up pages', help: 'Email provider sign-up pages to add, one per line.' },
  }),
  reminderTextOverrides: texts({
    group: 'reminders',
    default: allEmpty(REMINDER_TEXTS),
    keyLabels: REMINDER_TEXTS,
    maxLength: 1000,
    fr: { label: 'Textes des rappels', help: 'Remplace le texte d’un rappel. Vide : texte standard de Parenthèse.' },
    en: { label: 'Reminder texts', help: 'Replaces a reminder’s text. Empty: Parenthèse’s standard text.' },
  }),
  keepSites: patternList({
    group: 'sites',
    default: [],
    maxItems: 100,
    fr: { label: 'Sites dont les données sont conservées', help: 'Les cookies et données de ces sites ne sont pas effacés entre deux sessions (par exemple l’intranet de la structure). Une adresse par ligne.' },
    en: { label: 'Sites whose data is kept', help: 'Cookies and data of these sites are not wiped between sessions (e.g. the structure’s intranet). One address per line.' },
  }),
  helperCanChangeSettings: boolean({
    group: 'admin',
    default: true,
    policyOnly: true,
    fr: { label: 'L’aidant peut modifier les réglages', help: 'Si false, la page d’options est en lecture seule et les réglages de l’aidant sont ignorés.' },
    en: { label: 'Helper may change settings', help: 'If false, the options page is read-only and the helper’s settings are ignored.' },
  }),
} as const;

export type Catalog = typeof CATALOG;
export type SettingKey = keyof Catalog;
export type Settings = { -readonly [K in SettingKey]: Catalog[K]['default'] extends readonly (infer I)[] ? I[] : Catalog[K]['default'] };
export type WipeDataTypes = Record<WipeType, boolean>;
export type ReminderTextOverrides = Record<ReminderText, string>;

export const SETTING_KEYS = Object.keys(CATALOG) as SettingKey[];

export function settingDef(key: SettingKey): SettingDef {
  return CATALOG[key] as SettingDef;
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(CATALOG, key);
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/** Fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(Object.fromEntries(SETTING_KEYS.map((k) => [k, CATALOG[k].default]))) as Settings;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze(defaultSettings());

/** zod schema of a complete, valid `Settings` object (built from the catalog). */
export const SettingsSchema = z.strictObject(
  Object.fromEntries(SETTING_KEYS.map((k) => [k, settingDef(k).schema])) as Record<SettingKey, z.ZodType>,
) as unknown as z.ZodType<Settings>;
