import { CATEGORIES, type Category, type FieldClassification } from './categories';
import {
  ancestry,
  sectionHeading,
  columnHeader,
  collectText,
  elementById,
  textOfIds,
  forEachElement,
  gatherControls,
  labelsOf,
  legendText,
  nearbyText,
  rowHeader,
  previousControl,
  splitGroup,
  textAfter,
  type Ancestry,
} from './dom';
import { matchPhrases, splitGluedWords, vocabularyVersion, type PhraseHit } from './matcher';
import { BoundedCache, normaliseText, textWords } from './text';
import { recogniseValue } from './values';
import { autocompleteCategory } from './autocomplete';
import { WORD_ROLES, type WordRole } from './word-roles';

/** How much one phrase found in each place counts. Labels speak for the user; class names are noise. */
const SOURCE_WEIGHT = {
  autocomplete: 8,
  label: 3,
  aria: 3,
  placeholder: 2,
  title: 1.5,
  name: 2,
  id: 1.5,
  hint: 1,
  legend: 1.5,
  heading: 1,
  choiceLegend: 3,
  nearby: 2.5,
  column: 3,
  previousField: 2,
  group: 2,
  options: 1,
  class: 0.75,
} as const;
type Source = keyof typeof SOURCE_WEIGHT;

/**
 * A checkbox or radio cannot hold an address or number: "par courriel / par SMS" is an opt-in, not an e-mail. A date
 * picker holds a date: not a card expiry (MM/AA), an address (« Depuis le » under « Mon adresse »), a name or a login.
 */
const RULED_OUT: Readonly<Record<string, ReadonlySet<Category>>> = {
  // « Adresse de facturation identique », « Enregistrer ma carte », « Se souvenir de moi », « Je certifie être
  // titulaire du compte », « Une nouvelle carte à mon nom d'usage »: a box to tick states a fact or a choice, never
  // the address, card, password, number or name itself
  checkbox: new Set(['email', 'phone', 'postal_address', 'bank', 'credentials', 'national_id', 'identity_name']),
  // nor does a radio button hold a card or an account: « J'ai perdu ma carte », « Carte 10 entrées », « Carte
  // bancaire » as a means of payment, the type of a fishing card are choices (no labelled radio of the corpus or of
  // the French sets is bank)
  radio: new Set(['email', 'phone', 'credentials', 'national_id', 'bank']),
  date: new Set(['bank', 'postal_address', 'identity_name', 'email', 'phone', 'credentials']),
  // a box for sentences: « Vous souhaitez nous apporter des précisions ? » under « Pour vous joindre » is no phone
  // number (none of the labelled textareas asks for a phone, a login or an ID number)
  textarea: new Set(['phone', 'credentials', 'national_id']),
};
/**
 * A radio button labelled « Oui » / « Non » answers its question: « Êtes-vous en colocation ? » tells a situation,
 * « Avez-vous fait opposition auprès de votre banque ? » or « Êtes-vous toujours en possession de votre carte ? »
 * (« Non, elle a été perdue ») no bank detail.
 */
const YES_NO_RULED_OUT: ReadonlySet<Category> = new Set([...(RULED_OUT.checkbox as ReadonlySet<Category>), 'identity_name']);
const YES_NO = /^\s*(oui|non|yes|no)\s*($|[,.:;(–—-])/i;
/** the value of a yes/no radio with no label of its own (« <input type=radio value=O> Oui » in a table) */
const YES_NO_VALUE = /^(oui|non|yes|no|o|n|y|true|false)$/i;
/** « Mon enfant », « Mon/ma conjoint(e) », « Pour un proche (enfant, conjoint…) », « Un de mes ayants droit », « Pour votre enfant mineur » */
const FOR_WHOM = /^\s*(?:pour\s+)?(?:mon|ma|mes|un|une|votre|vos|notre|nos)[\s/]/i;
const NEVER_PERSONAL_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'range', 'color']);
const TYPE_EVIDENCE: Readonly<Record<string, [Category, number]>> = {
  password: ['credentials', 4],
  // tel and email types are also used for codes and logins: evidence, not proof
  email: ['email', 3],
  tel: ['phone', 1.5],
  search: ['none', 6],
  url: ['none', 6],
};
const INPUTMODE_EVIDENCE: Readonly<Record<string, [Category, number]>> = { email: ['email', 2], tel: ['phone', 2] };

/** Below this total, a field is not worth a consent question. */
const MIN_SCORE = 1.5;
const MIN_SCORE_CHOICE = 2.5;
/** Birth evidence that makes an address part a place of birth (a name word, or a legend, plus one more hint). */
const BIRTH_PLACE_MIN = 2;
/** Ties go to the category whose miss would hurt most. */
const PRIORITY: readonly Category[] = [
  'credentials', 'bank', 'national_id', 'health', 'situation', 'birth', 'identity_name', 'email', 'phone',
  'postal_address', 'other_personal', 'none',
];
const INDEX = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
/** PRIORITY as positions in Evidence.scores (decide runs once per control) */
const PRIORITY_SLOTS: readonly number[] = PRIORITY.map((c) => INDEX.get(c) as number);

/** What weighs for and against each category while one control is read. One object serves every control in turn. */
class Evidence {
  readonly scores = new Float64Array(CATEGORIES.length);
  /** (signal, detail, category) triples; turned into strings only if someone reads `signals` (the result keeps it) */
  trace: string[] = [];
  /**
   * The part of the scores that came from words with a role (word-roles.ts), which rules read back: a member number
   * (`none`) is the account number of a login form; a relative (« du conjoint », `conjointNom`, `situation`) says
   * whose, not what; date parts (jour, mois, année, `birth`) a date, not necessarily a birth; the end of a validity
   * (`bank`) a card's or an identity document's, as the context says.
   */
  readonly byRole: Record<WordRole, number> = { relative: 0, 'date-part': 0, 'validity-end': 0, 'member-number': 0 };
  /** one of the control's own labels is « Oui » / « Non » (set by weighNames) */
  yesNoLabel = false;
  /** one of the control's own labels starts « Mon … », « Pour un … », « Votre … » (set by weighNames) */
  forWhomLabel = false;
  /** a free text box: `title` there is a job or document title, not a civility */
  freeText = false;
  /** what the control cannot hold, whatever its words say (RULED_OUT) */
  ruledOut: ReadonlySet<Category> | undefined = undefined;
  /** Starts over for the next control. */
  restart(freeText: boolean, ruledOut: ReadonlySet<Category> | undefined): void {
    this.scores.fill(0);
    this.trace = [];
    for (let i = 0; i < WORD_ROLES.length; i++) this.byRole[WORD_ROLES[i] as WordRole] = 0;
    this.yesNoLabel = false;
    this.forWhomLabel = false;
    this.freeText = freeText;
    this.ruledOut = ruledOut;
  }
  add(category: Category, amount: number, signal: string, detail = ''): void {
    if (this.freeText && detail === 'title') return;
    if (this.ruledOut?.has(category)) return;
    const i = INDEX.get(category) as number;
    this.scores[i] = (this.scores[i] as number) + amount;
    this.trace.push(signal, detail, category);
  }
  /** A vocabulary finding: adds it, and keeps apart the part of a score its role marks (`byRole`). */
  addFinding(category: Category, role: WordRole | undefined, amount: number, signal: string, phrase: string): void {
    if (role !== undefined) this.byRole[role] += amount;
    this.add(category, amount, signal, phrase);
  }
  note(signal: string): void {
    this.trace.push(signal, '', '');
  }
  get(category: Category): number {
    return this.scores[INDEX.get(category) as number] as number;
  }
}

/** The evidence of the control being classified (classifyControl never nests; results keep only the trace). */
const fieldEvidence = new Evidence();

/** The heaviest phrase one text holds for one category. */
interface Finding {
  readonly category: Category;
  readonly weight: number;
  readonly role: WordRole | undefined;
  readonly phrase: string;
}
/** Per category, in order of first appearance. (Loops over these are indexed: `for…of` allocates until optimised.) */
type TextVerdict = readonly Finding[];
const NO_VERDICT: TextVerdict = [];
/** Verdicts per distinct visible text, and per distinct class attribute: both repeat across a page. */
const textVerdicts = new BoundedCache<TextVerdict>(2500);
const classVerdicts = new BoundedCache<TextVerdict>(500);
/** The vocabulary the two memos were filled with (matcher.ts: in the guard it may arrive after a first try). */
let verdictsVocabulary = -1;

/** Best phrase weight per category found in one text (max, not sum: repeating a word proves nothing). */
function readText(raw: string, identifier: boolean, memo: BoundedCache<TextVerdict> | undefined): TextVerdict {
  let verdict = memo?.get(raw);
  if (!verdict) {
    const tokens = textWords(raw) as string[];
    // « N° fiscal », « Nº client »: the numero sign leaves a lone `n`
    if (!identifier) for (let i = 0; i < tokens.length; i++) if (tokens[i] === 'n') tokens[i] = 'numero';
    verdict = bestPerCategory(matchPhrases(identifier ? splitGluedWords(tokens) : tokens));
    memo?.set(raw, verdict);
  }
  return verdict;
}

function findingFor(verdict: TextVerdict, category: Category): Finding | undefined {
  for (let i = 0; i < verdict.length; i++) if ((verdict[i] as Finding).category === category) return verdict[i];
  return undefined;
}

/**
 * Per category, in order of first appearance, the heaviest phrase (the first of equal weights). A hit is a finding
 * as it is (the trie's own object, never changed), and hits of distinct categories, as most texts hold, are the
 * verdict itself: nothing to copy.
 */
function bestPerCategory(hits: readonly PhraseHit[]): TextVerdict {
  if (!repeatsCategory(hits)) return hits;
  const best: Finding[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as PhraseHit;
    const previous = findingFor(best, hit.category);
    if (!previous) best.push(hit);
    else if (previous.weight < hit.weight) best[best.indexOf(previous)] = hit;
  }
  return best;
}

function repeatsCategory(hits: readonly PhraseHit[]): boolean {
  for (let i = 1; i < hits.length; i++) {
    for (let j = 0; j < i; j++) if ((hits[j] as PhraseHit).category === (hits[i] as PhraseHit).category) return true;
  }
  return false;
}

function weigh(evidence: Evidence, source: Source, raw: string | null | undefined): boolean {
  if (!raw) return false;
  const identifier = source === 'name' || source === 'id' || source === 'class';
  const verdict = readText(raw, identifier, source === 'class' ? classVerdicts : identifier ? undefined : textVerdicts);
  // class names are styling noise: no single class word (`fake-input`) may be decisive
  const cap = source === 'class' ? 2 : Infinity;
  for (let i = 0; i < verdict.length; i++) {
    const { category, weight, role, phrase } = verdict[i] as Finding;
    // a column headed « Partenaire 1 » or « Conjoint » holds that person's data: the row says what the boxes are;
    // so does a « Votre conjoint » just before a box that its placeholder names « Nom d'usage »
    if (role === 'relative' && (source === 'column' || source === 'nearby')) continue;
    evidence.addFinding(category, role, Math.min(weight, cap) * SOURCE_WEIGHT[source], source, phrase);
  }
  return verdict.length > 0;
}

/**
 * name and id often repeat each other (`name="email" id="user_email"`): per category, count the stronger of
 * the two, so that developers' naming does not outvote the visible label.
 * Not memoised: ids are unique by definition and names nearly so, a memo would only grow (splitting glued words,
 * the costly part, has its own memo per word).
 */
function weighIdentifiers(evidence: Evidence, name: string | undefined, id: string | undefined): void {
  // a box named just `q` is a search query; the letter inside a generated id (`q5Wn0`) or a class is nothing
  if (name === 'q' || id === 'q') evidence.add('none', 2 * SOURCE_WEIGHT.name, 'name', 'q');
  const fromName = name ? readText(name, true, undefined) : NO_VERDICT;
  const fromId = id && id !== name ? readText(id, true, undefined) : NO_VERDICT;
  for (let i = 0; i < fromName.length; i++) {
    const fromThisName = fromName[i] as Finding;
    const other = findingFor(fromId, fromThisName.category);
    const best = other && other.weight > fromThisName.weight ? other : fromThisName;
    evidence.addFinding(best.category, best.role, best.weight * SOURCE_WEIGHT.name, 'name', fromThisName.phrase);
  }
  for (let i = 0; i < fromId.length; i++) {
    const { category, weight, role, phrase } = fromId[i] as Finding;
    if (findingFor(fromName, category)) continue;
    evidence.addFinding(category, role, weight * SOURCE_WEIGHT.id, 'id', phrase);
  }
}

/** Per-batch caches: form layout does not change while a page is classified in one go. */
interface BatchContext {
  forms: Map<Element, FormShape>;
  /** legend text per fieldset: every control of the fieldset reads it */
  legends: Map<Element, string>;
  /** per container: its boxes (the parts of a split field), null when it has too many children */
  boxes: Map<Element, Element[] | null>;
  /** per group of boxes: what they have in common */
  boxGroups: Map<Element[], BoxGroup>;
}

function legendOf(fieldset: Element, batch: BatchContext | undefined): string {
  let text = batch?.legends.get(fieldset);
  if (text === undefined) {
    text = legendText(fieldset);
    batch?.legends.set(fieldset, text);
  }
  return text;
}

interface FormShape {
  passwords: number;
  textInputs: number;
  /** a password box named as a new or repeated one (`password2`, `confirmPassword`) */
  newPassword: boolean;
  /** `autocomplete="new-password"`: also set on log-in forms to keep browsers from filling them */
  newPasswordToken: boolean;
  signupAction: boolean;
  loginAction: boolean;
  /** no password box, one text box, and words about a forgotten password: the box names the account */
  passwordReset: boolean;
  /** the only "password" is a card security code: a payment form, not a login */
  cardCode: boolean;
  /** the visible text box just before the first password box: the account identifier of a login form */
  identifier?: Element;
  /** a text box named as a user name or nickname: where it sits, the e-mail box beside it is no login */
  usernameBox?: Element;
}

const HONEYPOT = '.gform_validation_container,[class*="honeypot" i]';
const TEXT_LIKE = new Set(['', 'text', 'email', 'tel', 'number']);
const DISPLAY_NONE = /display:\s*none/;
const SIGNUP_WORDS = /\b(sign ?up|register|create|join|inscri|creer|subscribe|abonner|newsletter|enregistrer)/;
const LOGIN_WORDS = /\b(log ?in|sign ?in|connexion|connecter|anmelden|acceder|identifier)/;
const SOCIAL_ACTION = /\b(with|avec|via) (google|facebook|apple|microsoft|twitter|x|github|linkedin|amazon|yahoo|paypal|france ?connect)\b/;
const CARD_CODE_WORDS = /cv[cnv]|csc|crypto|card|carte/;
const USERNAME_NAMING = /user|login|nick|pseudo/;
const PASSWORD_RESET_WORDS =
  /\b(forgot\w*|reset|recover\w*|lost|reinitialis\w*|oubli\w*|retrouve\w*|change) (\w+ ){0,3}(password|mot de passe|passwort)|\b(password|mot de passe) (recovery|reset|oublie)/;
// `password2`, `pwd 2`, not ASP.NET's `TextBox2`
const NEW_PASSWORD_WORDS = /new|confirm|create|regist|signup|repeat|retype|again|verif|nouveau|creer|(pass\w*|pw|pwd|mdp) 2\b/;

/**
 * Where the login/sign-up question is asked: the form, or for form-less pages the nearest ancestor (up to a
 * few levels) that holds a password box; else the control's parent block.
 */
function credentialScope(el: Element, form: Element | undefined): Element {
  if (form) return form;
  let node = el.parentElement;
  for (let depth = 0; node && depth < 6 && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
    if (node.querySelector('input[type="password"]')) return node;
  }
  return el.parentElement ?? el;
}

function formShape(scope: Element): FormShape {
  const shape: FormShape = { passwords: 0, textInputs: 0, newPassword: false, newPasswordToken: false, passwordReset: false, signupAction: false, loginAction: false, cardCode: false };
  let lastText: Element | undefined;
  forEachElement(scope, (control) => {
    // past this size it cannot be a login form: stop walking
    if (shape.passwords > 1 || shape.textInputs > 2) return true;
    const tag = control.tagName;
    if (tag !== 'INPUT' && tag !== 'BUTTON') return false;
    const type = (control.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'BUTTON' || type === 'submit') {
      const label = normaliseText(tag === 'BUTTON' ? collectText(control, 40).text : control.getAttribute('value') ?? '');
      // a `type="button"` « Register » beside a log-in form switches to another form: it does not submit this one;
      // « Sign in with Google », « Se connecter avec … » is another way in, not what this form does
      if (SOCIAL_ACTION.test(label)) return false;
      if (SIGNUP_WORDS.test(label) && type !== 'button') shape.signupAction = true;
      if (LOGIN_WORDS.test(label)) shape.loginAction = true;
    } else if (type === 'password') {
      if (shape.passwords === 0) shape.identifier = lastText;
      shape.passwords++;
      const autocomplete = (control.getAttribute('autocomplete') ?? '').toLowerCase();
      const naming = normaliseText(`${control.getAttribute('name') ?? ''} ${control.getAttribute('id') ?? ''}`);
      if (NEW_PASSWORD_WORDS.test(naming)) shape.newPassword = true;
      if (autocomplete.includes('new-password')) shape.newPasswordToken = true;
      if (CARD_CODE_WORDS.test(naming) || CARD_CODE_WORDS.test(autocomplete)) shape.cardCode = true;
    } else if (TEXT_LIKE.has(type) && control.getAttribute('role') !== 'button') {
      // an <input role="button" value="…"> without a type is a button (« Effacer », « Retour »), not a text box
      shape.textInputs++;
      if (!shape.usernameBox && type !== 'email') {
        const naming = `${control.getAttribute('name') ?? ''} ${control.getAttribute('id') ?? ''}`.toLowerCase();
        if (USERNAME_NAMING.test(naming) && !naming.includes('mail')) shape.usernameBox = control;
      }
      if (!control.hasAttribute('hidden') && !DISPLAY_NONE.test(control.getAttribute('style') ?? '')) lastText = control;
    }
    return false;
  });
  if (shape.passwords === 0 && shape.textInputs === 1) {
    shape.passwordReset = PASSWORD_RESET_WORDS.test(normaliseText(collectText(scope, 200).text, 200));
  }
  return shape;
}

/**
 * A login form: one current password and little else. Its e-mail, phone or unnamed box is the account identifier.
 * `autocomplete="new-password"` does not make a sign-up form of a form whose only action is « Log in ».
 */
function isLoginForm(shape: FormShape): boolean {
  if (shape.signupAction && !shape.loginAction) return false;
  const loginOnly = shape.loginAction && !shape.signupAction;
  if (shape.passwords === 1) return shape.textInputs <= 2 && !shape.newPassword && (!shape.newPasswordToken || loginOnly);
  return shape.passwords === 0 && shape.textInputs === 1 && (shape.loginAction || shape.passwordReset);
}

function loginShape(el: Element, around: Ancestry, batch: BatchContext | undefined): FormShape | undefined {
  const scope = credentialScope(el, around.form);
  let shape = batch?.forms.get(scope);
  if (!shape) {
    shape = formShape(scope);
    batch?.forms.set(scope, shape);
  }
  return isLoginForm(shape) ? shape : undefined;
}

/**
 * The attributes the classifier reads, fetched in one pass (each DOM call is costly in jsdom): absent ones stay
 * undefined. A class rather than a record keyed by attribute name: one object shape for every control keeps V8's
 * property reads monomorphic.
 */
class Attributes {
  type: string | undefined = undefined;
  name: string | undefined = undefined;
  id: string | undefined = undefined;
  class: string | undefined = undefined;
  placeholder: string | undefined = undefined;
  title: string | undefined = undefined;
  autocomplete: string | undefined = undefined;
  inputmode: string | undefined = undefined;
  maxlength: string | undefined = undefined;
  size: string | undefined = undefined;
  ariaLabel: string | undefined = undefined;
  ariaLabelledby: string | undefined = undefined;
  ariaDescribedby: string | undefined = undefined;
  hidden: string | undefined = undefined;
  style: string | undefined = undefined;
  role: string | undefined = undefined;
  value: string | undefined = undefined;

  clear(): void {
    this.type = this.name = this.id = this.class = this.placeholder = this.title = this.autocomplete = undefined;
    this.inputmode = this.maxlength = this.size = this.ariaLabel = this.ariaLabelledby = this.ariaDescribedby = undefined;
    this.hidden = this.style = this.role = this.value = undefined;
  }
}

/** The one Attributes object, refilled for each control: it never outlives classifyControl, which never nests. */
const attributesOfField = new Attributes();

function readAttributes(el: Element): Attributes {
  const attributes = attributesOfField;
  attributes.clear();
  const names = el.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    switch (name) {
      case 'type': attributes.type = el.getAttribute(name) ?? ''; break;
      case 'name': attributes.name = el.getAttribute(name) ?? ''; break;
      case 'id': attributes.id = el.getAttribute(name) ?? ''; break;
      case 'class': attributes.class = el.getAttribute(name) ?? ''; break;
      case 'placeholder': attributes.placeholder = el.getAttribute(name) ?? ''; break;
      case 'title': attributes.title = el.getAttribute(name) ?? ''; break;
      case 'autocomplete': attributes.autocomplete = el.getAttribute(name) ?? ''; break;
      case 'inputmode': attributes.inputmode = el.getAttribute(name) ?? ''; break;
      case 'maxlength': attributes.maxlength = el.getAttribute(name) ?? ''; break;
      case 'size': attributes.size = el.getAttribute(name) ?? ''; break;
      case 'aria-label': attributes.ariaLabel = el.getAttribute(name) ?? ''; break;
      case 'aria-labelledby': attributes.ariaLabelledby = el.getAttribute(name) ?? ''; break;
      case 'aria-describedby': attributes.ariaDescribedby = el.getAttribute(name) ?? ''; break;
      case 'hidden': attributes.hidden = el.getAttribute(name) ?? ''; break;
      case 'style': attributes.style = el.getAttribute(name) ?? ''; break;
      case 'role': attributes.role = el.getAttribute(name) ?? ''; break;
      case 'value': attributes.value = el.getAttribute(name) ?? ''; break;
    }
  }
  return attributes;
}

const CARD_HOLDER_TOKENS = new Set(['cc-given-name', 'cc-additional-name', 'cc-family-name']);

/** `autocomplete="new-password"` on a non-password box is the usual trick to stop autofill, not a meaning. */
const PASSWORD_TOKENS = new Set(['new-password', 'current-password']);

function autocompleteField(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const tokens = value.toLowerCase().trim().split(WHITESPACE);
  const last = tokens[tokens.length - 1];
  return last && autocompleteCategory(last) ? last : undefined;
}

export function classifyField(el: Element): FieldClassification {
  return classifyControl(el, undefined, undefined, undefined);
}

/**
 * In a batch, what the page walk found about the control comes along: its ancestry and the label index of its
 * document; alone, the control looks them up.
 */
function classifyControl(
  el: Element,
  batch: BatchContext | undefined,
  knownAncestry: Ancestry | undefined,
  index: Map<string, Element[]> | undefined,
): FieldClassification {
  const vocabulary = vocabularyVersion();
  if (vocabulary !== verdictsVocabulary) {
    verdictsVocabulary = vocabulary;
    textVerdicts.clear();
    classVerdicts.clear();
  }
  const tag = el.tagName;
  const attributes = readAttributes(el);
  // an <input role="button" value="Effacer"> without a type is a button, whatever it sits in
  const type = tag === 'INPUT' ? (attributes.role === 'button' ? 'button' : (attributes.type ?? 'text').toLowerCase().trim()) : tag.toLowerCase();
  if (NEVER_PERSONAL_TYPES.has(type)) return { category: 'none', confidence: 1, signals: [`type:${type}`] };
  // Hidden controls are still classified: forms reveal steps and modals later, and the consent layer acts on focus.
  const around = knownAncestry ?? ancestry(el);

  const evidence = fieldEvidence;
  const isChoice = type === 'checkbox' || type === 'radio';
  evidence.restart(tag === 'TEXTAREA' || (tag === 'INPUT' && TEXT_LIKE.has(type)), RULED_OUT[type]);

  const token = autocompleteField(attributes.autocomplete);
  if (attributes.autocomplete?.includes('fake')) evidence.add('none', 6, 'autocomplete:fake');
  if (token && !(PASSWORD_TOKENS.has(token) && type !== 'password')) evidence.add(autocompleteCategory(token) as Category, SOURCE_WEIGHT.autocomplete, 'autocomplete', token);
  const typeHint = TYPE_EVIDENCE[type];
  if (typeHint) evidence.add(typeHint[0], typeHint[1], 'type', type);
  const modeHint = INPUTMODE_EVIDENCE[attributes.inputmode ?? ''];
  if (modeHint) evidence.add(modeHint[0], modeHint[1], 'inputmode');

  let labelled = weighNames(evidence, el, attributes, around, index);
  if (isChoice && !labelled) {
    // no label element: the words that follow the box are its label (« Oui » only answers the question before)
    const after = textAfter(el);
    if (YES_NO.test(after)) evidence.yesNoLabel = true;
    else if (after) {
      labelled = weigh(evidence, 'label', after) || true;
      if (FOR_WHOM.test(after)) evidence.forWhomLabel = true;
    }
  }
  if (type === 'radio' && (evidence.yesNoLabel || (!labelled && YES_NO_VALUE.test(attributes.value ?? '')))) {
    evidence.ruledOut = YES_NO_RULED_OUT;
  }
  weigh(evidence, 'placeholder', attributes.placeholder);
  weigh(evidence, 'title', attributes.title);
  weighIdentifiers(evidence, ownName(attributes.name), ownName(attributes.id));
  weigh(evidence, 'class', attributes.class);
  weighExamples(evidence, attributes.placeholder, 'placeholder');
  weighHints(evidence, el, attributes.ariaDescribedby);
  const legend = around.fieldset ? legendOf(around.fieldset, batch) : '';
  if (legend) weigh(evidence, isChoice ? 'choiceLegend' : 'legend', legend);
  else {
    // the section title refines what the control's own label says (« Numéro » under « Passeport »)
    if (labelled) weigh(evidence, 'heading', sectionHeading(el, around.form));
    // a yes/no radio group without a legend: the question is the text before its first button (table layouts);
    // so is it for a group of boxes sharing one `name[]` (« Nature du handicap » over Moteur / Visuel / Psychique)
    if (type === 'radio' || (type === 'checkbox' && attributes.name?.endsWith('[]'))) {
      weigh(evidence, 'nearby', groupQuestion(el, attributes.name, around));
    }
  }
  if (!labelled) {
    // nothing before it in a table row: the row's header names it (« Salaires » over monthly boxes)
    if (!weigh(evidence, 'nearby', nearbyText(el))) weigh(evidence, 'nearby', rowHeader(el));
    // in a grid, the column header is the box's label (« Nom | Prénom | Date de naissance » with a row per person,
    // whose row header « Conjoint » or « Enfant » says whose it is)
    weigh(evidence, 'column', columnHeader(el));
  }
  if (around.inSearch) evidence.add('none', 4, 'search-landmark');
  // a prefilled, read-only box shows what it holds: « DUVERNAY Armand » under « Allocataire », « FR76 •••• 417 »
  if (attributes.value && tag === 'INPUT' && TEXT_LIKE.has(type)) weighPrefilledValue(evidence, attributes.value);
  if (tag === 'SELECT') weighOptions(evidence, el, labelled);
  if (isBoxLike(tag, attributes)) weighSplitGroup(evidence, el, labelled, index, batch);
  if (tag === 'INPUT' && type === 'text' && followedByMailDomain(el)) {
    // the new address and the account's login at once: the box's own words (`login`, `mailbox`) tip it, a tie is the login
    evidence.add('credentials', 3.5, 'suffix:@domain');
    evidence.add('email', 3.5, 'suffix:@domain');
  }

  // « Nom et prénom de votre conjoint(e) ou partenaire », name="conjoint-nom": the relatives, counted in every source,
  // say whose the name is; once other words say what the box holds, they are no family situation of their own
  const relative = evidence.byRole.relative;
  if (relative > 0 && namesOtherPersonalData(evidence)) evidence.add('situation', -relative, 'relative-only');
  // a radio button « Mon enfant », « Pour un proche (enfant, conjoint…) » answers whom the request is for (a choice of
  // procedure), where « Enfant » or « Son fils » under « Lien avec la personne » is a family link
  else if (relative > 0 && evidence.forWhomLabel && type === 'radio') evidence.add('situation', -relative, 'for-whom');
  const result = decide(evidence, isChoice ? MIN_SCORE_CHOICE : MIN_SCORE);
  // a form plugin's trap for robots, labelled « Phone » or « Email » on a French page and hidden by its wrapper's class
  // (Gravity Forms' `gform_validation_container`): nobody types there. Asked of the DOM only once a box looks personal.
  if (result.category !== 'none' && !isChoice && el.closest(HONEYPOT) !== null) {
    evidence.add('none', 6, 'honeypot');
    return classification('none', 0.9, evidence);
  }
  // cc-given-name on a box that says « First name » is a name; on one whose words also say card (« First name on
  // card », « Titulaire de la carte ») it is the card holder's, which goes with the card
  if (result.category === 'identity_name' && token !== undefined && CARD_HOLDER_TOKENS.has(token) && evidence.get('bank') >= 3) {
    return classification('bank', result.confidence, evidence);
  }
  // « Date de fin de validité » under « Votre pièce d'identité », « Date d'expiration du passeport » (`dateExpPasseport`):
  // the document's, not a card's, once the validity words are set aside
  if (result.category === 'bank' && evidence.get('bank') - evidence.byRole['validity-end'] < evidence.get('national_id')) {
    return classification('national_id', result.confidence, evidence);
  }
  // « Pays » or « Commune » under « Lieu de naissance », `paysNaissance`: the place of birth, not of residence
  // (« Adresse pendant l'année universitaire »: a year is no birth word)
  if (result.category === 'postal_address' && evidence.get('birth') - evidence.byRole['date-part'] >= BIRTH_PLACE_MIN) {
    return classification('birth', result.confidence, evidence);
  }
  // a free-text box about one's situation is a description of it (other_personal), not an amount or a status
  if (tag === 'TEXTAREA' && result.category === 'situation') return classification('other_personal', result.confidence, evidence);
  // In a login form the e-mail or phone box, or an unlabelled text box, is the account identifier.
  if (result.category === 'credentials' || tag !== 'INPUT' || !TEXT_LIKE.has(type)) return result;
  // an invisible box is not typed by the person: without words of its own, it is no login either
  if (attributes.hidden !== undefined || (attributes.style !== undefined && DISPLAY_NONE.test(attributes.style))) return result;
  const hardNone = evidence.get('none') - evidence.byRole['member-number'];
  const identifierCandidate =
    result.category === 'email' || result.category === 'phone' || (result.category === 'none' && evidence.get('none') < 2);
  // the box right before the only password is the login, whatever it is called (member number, card number, ID),
  // unless it is clearly something else (search, captcha, decoy)
  // (a NIR or postal code asked by a public-service login stays what it is: the label must be explicit, 4+)
  // a card or member number before the only password is the account number of a bank or loyalty login
  const mayBeLogin =
    identifierCandidate ||
    (hardNone < 4 && (result.category === 'bank' || result.category === 'none' || evidence.get(result.category) < 4));
  if (!mayBeLogin) return result;
  const shape = loginShape(el, around, batch);
  // an e-mail box beside a box of its own for the user name is the contact address of a sign-up form
  const contactEmail = result.category === 'email' && shape?.usernameBox !== undefined && shape.usernameBox !== el;
  // « Membership number », « Last name », « PIN »: the member number is the login wherever it sits in the form
  const memberNumber = result.category === 'none' && hardNone < 1 && evidence.byRole['member-number'] > 0;
  if (
    shape &&
    !contactEmail &&
    (identifierCandidate || memberNumber || (shape.identifier === el && !(result.category === 'bank' && shape.cardCode)))
  ) {
    evidence.note('login-form');
    return classification('credentials', result.confidence, evidence);
  }
  return result;
}

/** « DUVERNAY Armand », « MARQUESSAC née LEBRIS Hélène », « Yannick BERTHOMIEU »: a name as French forms print it */
const NAME_THEN_GIVEN = /^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)*(?: (?:née?|épouse|ép\.) [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]+)? [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)*$/;
const GIVEN_THEN_NAME = /^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)* [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)*$/;

function weighPrefilledValue(evidence: Evidence, value: string): void {
  if (value.length < 5 || value.length > 60) return;
  if (MASKED_IBAN.test(value)) evidence.add('bank', 4, 'value:masked-iban');
  else if (NAME_THEN_GIVEN.test(value) || GIVEN_THEN_NAME.test(value)) evidence.add('identity_name', 4, 'value:name');
}

/**
 * ASP.NET WebForms names carry their naming containers (`ctl00$ContentPlaceHolder1$txtNom`, id
 * `ctl00_ContentPlaceHolder1_rblTravail_0`), and so do JSF ones (`loginForm:clientCode`): only the last part names
 * the field (`PlaceHolder` is no card holder, `loginForm` no login).
 */
/* constants: a regex literal in a function makes a new RegExp object each time it runs (twice per control here) */
const ASP_NET_CONTAINER = /^ctl\d+_/i;
const ASP_NET_INDEX = /_\d+$/;
const NESTED_NAME = /\[([^\]]*[a-z][^\]]*)\][^a-z]*$/i;

function ownName(value: string | undefined): string | undefined {
  if (!value) return value;
  if (value.includes('$')) return value.slice(value.lastIndexOf('$') + 1);
  // PHP/Symfony/Rails: `dse[etudiant][lieuNaissance]` names `lieuNaissance` (`etudiant` is its group), `enfant[nom][0]` `nom`
  // most names have no bracket: no regex run for them
  const nested = value.includes('[') ? NESTED_NAME.exec(value) : null;
  if (nested) return nested[1];
  // JSF: `loginForm:clientCode`, `loginForm:courtId_input`
  if (value.includes(':')) return value.slice(value.lastIndexOf(':') + 1);
  if (ASP_NET_CONTAINER.test(value)) {
    const trimmed = value.replace(ASP_NET_INDEX, '');
    return trimmed.slice(trimmed.lastIndexOf('_') + 1);
  }
  return value;
}

/**
 * How far up a group's question is looked for: Contact Form 7 puts each button in a label in three spans, and a
 * questionnaire the group in the table cell after the question's.
 */
const QUESTION_LEVELS = 6;

/**
 * The text before the first button of the group `name`, radio buttons or `name[]` boxes (its question in a table or a
 * paragraph).
 */
function groupQuestion(el: Element, name: string | undefined, around: Ancestry): string {
  if (!name) return nearbyText(el, QUESTION_LEVELS);
  const scope = around.form as HTMLFormElement | undefined;
  const first = scope?.elements ? scope.elements.namedItem(name) : el.ownerDocument.getElementsByName(name);
  const lead = first && 'length' in first ? (first[0] as Element | undefined) : (first as Element | null);
  return nearbyText(lead ?? el, QUESTION_LEVELS);
}

const MAIL_DOMAIN = /^@[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/**
 * « Choisissez votre adresse [prenom.nom] @exemple.fr »: the box is the name of a mailbox being created, which is also
 * the account's login. Reads the first thing after the box: a text node or a small element.
 */
function followedByMailDomain(el: Element): boolean {
  for (let node = el.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').trim();
      if (text) return MAIL_DOMAIN.test(text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const text = (node as Element).firstElementChild ? '' : (node.textContent ?? '').trim();
    return text.length < 60 && MAIL_DOMAIN.test(text);
  }
  return false;
}

/** Only selects and short text boxes can be one part of a split field. */
function isBoxLike(tag: string, attributes: Attributes): boolean {
  if (tag === 'SELECT') return true;
  const length = Number(attributes.maxlength ?? attributes.size ?? 0);
  return tag === 'INPUT' && length > 0 && length <= 15;
}

/** Accessible name sources. Returns whether the control has a label of its own. */
function weighNames(
  evidence: Evidence,
  el: Element,
  attributes: Attributes,
  around: Ancestry,
  index: Map<string, Element[]> | undefined,
): boolean {
  let labelled = false;
  let numbered: ReadonlySet<Category> | undefined;
  const labelledBy = attributes.ariaLabelledby;
  if (labelledBy) {
    const text = textOfIds(el, labelledBy);
    labelled = weigh(evidence, 'aria', text) || labelled || text !== '';
  }
  const ariaLabel = attributes.ariaLabel;
  if (ariaLabel) labelled = weigh(evidence, 'aria', ariaLabel) || true;
  const labels = labelsOf(el, attributes.id, index, around.wrappingLabel);
  for (let i = 0; i < labels.length; i++) {
    const { text, hint } = collectText(labels[i] as Element);
    if (text) labelled = weigh(evidence, 'label', text) || true;
    if (BARE_NUMBER.test(text)) numbered = NUMBERED;
    else if (BARE_KEY.test(text)) numbered = KEYED;
    else if (YES_NO.test(text)) evidence.yesNoLabel = true;
    else if (FOR_WHOM.test(text)) evidence.forWhomLabel = true;
    weigh(evidence, 'hint', hint);
    weighExamples(evidence, hint, 'hint');
  }
  if (numbered) weighPreviousField(evidence, el, around, index, numbered);
  return labelled;
}

const SPACE = /\s/;
const WHITESPACE = /\s+/;

/** « Numéro : », « N° », « Number »: a label that says which number only through the field before it */
const BARE_NUMBER = /^(num[eé]ro|number|n[°º]|no\.?|nr\.?|nummer)\s*[:*]?$/i;
/** What a bare number can be the number of: the card, the identity document, the street, the line. */
const NUMBERED = new Set<Category>(['bank', 'national_id', 'postal_address', 'phone']);
/** A bare « Clé » right after a NIR or an account number is that number's key (« Clé » 2 digits, « Clé RIB »). */
const BARE_KEY = /^(cl[eé]|key)\s*[:*]?$/i;
const KEYED = new Set<Category>(['bank', 'national_id']);
const KIND_OF = /^\s*(type|nature)\s+d(e\s+|['’]\s*)/i;

/**
 * « Nom du détenteur de la carte / Numéro / Date d'expiration », « Rue / Numéro », « Type de pièce / Numéro »: the
 * label of the control just before names what the number is of. Only the kinds a number can be of are taken.
 */
function weighPreviousField(
  evidence: Evidence,
  el: Element,
  around: Ancestry,
  index: Map<string, Element[]> | undefined,
  numbered: ReadonlySet<Category>,
): void {
  const previous = previousControl(el, around.form);
  if (!previous) return;
  const labels = labelsOf(previous, previous.getAttribute('id') ?? undefined, index, ancestry(previous).wrappingLabel);
  for (let i = 0; i < labels.length; i++) {
    // « Type de pièce d'identité » is none (which kind of document), but the number after it is the document's
    const text = collectText(labels[i] as Element).text.replace(KIND_OF, '');
    const verdict = readText(text, false, textVerdicts);
    for (let j = 0; j < verdict.length; j++) {
      const { category, weight, phrase } = verdict[j] as Finding;
      if (numbered.has(category)) evidence.add(category, weight * SOURCE_WEIGHT.previousField, 'previousField', phrase);
    }
  }
}

function weighHints(evidence: Evidence, el: Element, describedBy: string | undefined): void {
  if (!describedBy) return;
  // most name one element: no list to cut
  if (!SPACE.test(describedBy)) return weighHint(evidence, el, describedBy);
  const refs = describedBy.split(WHITESPACE);
  for (let i = 0; i < refs.length; i++) weighHint(evidence, el, refs[i] as string);
}

function weighHint(evidence: Evidence, el: Element, ref: string): void {
  const target = ref ? elementById(el, ref) : null;
  if (!target) return;
  const { text, hint } = collectText(target, 100);
  weigh(evidence, 'hint', text || hint);
  weighExamples(evidence, text || hint, 'hint');
}

const MAY_BE_EXAMPLE = /\d|@/;
const EXAMPLE_LEAD = /^[^\d@A-Za-z+]*(ex(emple|\.)?|e\.g\.|par ex\w*)\s*:?\s*/i;

/** "Exemple : 1 85 05 78 006 084 36" or a placeholder "06 12 34 56 78" says what is expected. */
function weighExamples(evidence: Evidence, text: string | null | undefined, source: string): void {
  if (!text || !MAY_BE_EXAMPLE.test(text)) return;
  const sample = text.replace(EXAMPLE_LEAD, '');
  const category = recogniseValue(sample);
  // a check-digit-valid example (NIR, IBAN, card) is about as explicit as a label
  if (category) evidence.add(category, 4, `${source}-example`);
}

const CURRENT_YEAR = new Date().getFullYear();
const MONTH_NAMES = /^(jan|feb|fev|mar|apr|avr|may|mai|jun|jui|jul|aug|aou|sep|oct|nov|dec)/;

/** Option lists betray the field: years in the past (birth) or future (card expiry), dial codes, countries. */
interface OptionSample {
  count: number;
  /** the first six options and the last one: option text, or its value when the text says nothing */
  sample: string[];
  /** the first option's text when its value is empty: « Civilité », « Vous êtes… », the select's only label on some pages */
  prompt: string;
}

/* constants: a regex literal in a function makes a new RegExp object each time it runs (per option, per sample) */
const ALPHANUMERIC = /[a-z0-9]/i;
const FOUR_DIGITS = /^\d{4}$/;
// « +33 », « (+33) », « FR +33 », « 🇫🇷 +33 » (a flag is two regional-indicator letters), « France (+33) »
const DIAL_CODE = /^\s*(?:[A-Z]{2}\s+|(?:\uD83C[\uDDE6-\uDDFF]){2}\s*)?\+\d{1,4}\b|\(\+\d{1,4}\)/;

function optionText(option: Element): string {
  const text = (option.textContent ?? '').trim();
  return ALPHANUMERIC.test(text) && !text.startsWith('[object') ? text : option.getAttribute('value') ?? '';
}

function sampleOptions(el: Element): OptionSample {
  // walk children rather than `options`: jsdom's collection proxies make indexed access O(n)
  const sample: string[] = [];
  let count = 0;
  let last: Element | null = null;
  let prompt = '';
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const inGroup = child.tagName === 'OPTGROUP';
    for (let option = inGroup ? child.firstElementChild : child; option; option = inGroup ? option.nextElementSibling : null) {
      if (count === 0 && option.getAttribute('value') === '') prompt = (option.textContent ?? '').trim();
      count++;
      last = option;
      if (sample.length < 6) sample.push(optionText(option));
    }
  }
  if (count > 6 && last) sample.push(optionText(last));
  return { count, sample, prompt };
}

/** 'future' for card expiry years, 'past' for birth years, else undefined. */
function yearRange(sample: readonly string[]): 'future' | 'past' | undefined {
  // the 4-digit options between 1900 and 2100: how many, the smallest and the largest (no array per step)
  let years = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < sample.length; i++) {
    const text = (sample[i] as string).trim();
    if (!FOUR_DIGITS.test(text)) continue;
    const year = Number(text);
    if (year <= 1900 || year >= 2100) continue;
    years++;
    if (year < min) min = year;
    if (year > max) max = year;
  }
  if (years < 2) return undefined;
  // an expiry list runs years ahead; 2026, 2025 is a recent date (of an offence, a move), no card
  if (min >= CURRENT_YEAR - 1 && max > CURRENT_YEAR) return 'future';
  return max <= CURRENT_YEAR && min < CURRENT_YEAR - 15 ? 'past' : undefined;
}

/** An answer that is a housing, work or family status, by its first words (« Locataire d’un bailleur social »); not
 * « veuve », which also follows a name (« Mention : épouse / veuve »). */
const STATUS_OPTION =
  /^\s*(?:locataire|sous-locataire|colocataire|propri[ée]taire|h[ée]berg[ée]|lyc[ée]en|[ée]tudiant|apprenti|salari[ée]|retrait[ée]|demandeu(?:r|se|r·se|r\(se\)) d['’]emploi|en recherche d['’]emploi|sans (?:emploi|activit[ée])|ind[ée]pendant|travailleu(?:r|se|r·se) (?:ind[ée]pendant|non salari[ée])|exploitant|fonctionnaire|agent de la fonction publique|c[ée]libataire|mari[ée]|pacs[ée]|divorc[ée]|s[ée]par[ée]|en couple|seule?\b|concubinage|en union libre)/i;
const RELATIVE_OPTION = /^\s*(?:(?:la|le|sa|son|votre|mon|ma)\s+|l['’]\s*)?(?:m[èe]re|p[èe]re|tut(?:eur|rice)|conjoint|grand-(?:m[èe]re|p[èe]re|parent))\b/i;
const CIVILITY_OPTION = /^\s*(?:m\.|mme\.?|mlle\.?|mx\.?|monsieur|madame|mademoiselle|mr\.?|mrs\.?|ms\.?|miss)\s*$/i;

function countMatching(texts: readonly string[], pattern: RegExp): number {
  let count = 0;
  for (let i = 0; i < texts.length; i++) if (pattern.test(texts[i] as string)) count++;
  return count;
}

const MASKED_IBAN = /\b[A-Z]{2}\d{2} ?(?:[\dA-Z]{4} ?)?[•*●xX]{3,}/;
/** « Compte de dépôt n° 0881 •••• •••• 4521 », « Carte Visa •••• 1234 »: an account or card, masked. */
const MASKED_ACCOUNT = /\b(?:compte|account|carte|card|visa|mastercard)\b.*[•*●]{3,}/i;

function weighOptions(evidence: Evidence, el: Element, labelled: boolean): void {
  const { count, sample, prompt } = sampleOptions(el);
  if (count === 0) return;
  // no label of its own: the empty first option is the select's placeholder (and read as that only); beside a
  // label it is mostly « Mois » / « Année » / « Choisir », which would only add noise
  const asPlaceholder = !labelled && prompt !== '';
  if (asPlaceholder) weigh(evidence, 'placeholder', prompt);
  if (sample.some((t) => DIAL_CODE.test(t))) evidence.add('phone', 3, 'options:dial-codes');
  // « Vous êtes… » over « La mère / Le père / Le tuteur »: the link to the person concerned; « Mme / M. / Mx »: a civility
  if (countMatching(sample, RELATIVE_OPTION) >= 2) evidence.add('situation', 2, 'options:relatives');
  if (countMatching(sample, CIVILITY_OPTION) >= 2) evidence.add('other_personal', 2, 'options:civilities');
  // « Vous êtes » over « Propriétaire / Locataire / Hébergé(e) », « Lycéen / Étudiant / Salarié », « Célibataire /
  // Marié(e) »: answers that are statuses make the question one (events, « Perte d'emploi / Mariage », may be a motive)
  if (countMatching(sample, STATUS_OPTION) >= 2) evidence.add('situation', 2, 'options:statuses');
  // « M. DUPONT — FR76 •••• 0912 »: the saved accounts of an online bank, masked
  if (sample.some((t) => MASKED_IBAN.test(t) || MASKED_ACCOUNT.test(t))) evidence.add('bank', 3, 'options:masked-account');
  const range = yearRange(sample);
  if (range) {
    if (range === 'future') evidence.add('bank', 2, 'options:future-years');
    else evidence.add('birth', 2, 'options:past-years');
  } else if (count >= 12 && count <= 14 && sample.filter((t) => MONTH_NAMES.test(normaliseText(t))).length >= 3) {
    evidence.add('birth', 0.5, 'options:months');
  } else if (count >= 150) evidence.add('postal_address', 1.5, 'options:long-list');
  weigh(evidence, 'options', sample.slice(asPlaceholder ? 1 : 0, 4).join(' , '));
}

/** What the boxes of one split field have in common: worked out once per group in a batch. */
interface BoxGroup {
  /** maxlength (or size) of each box */
  lengths: number[];
  /** every box a select or a short text box */
  isSplit: boolean;
  hasSelect: boolean;
  /** the text that names the group, from its first box (undefined until an unlabelled box asks) */
  text?: string;
}

function describeBoxes(boxes: readonly Element[]): BoxGroup {
  const lengths: number[] = [];
  let isSplit = true;
  let hasSelect = false;
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i] as Element;
    const length = Number(box.getAttribute('maxlength') ?? box.getAttribute('size') ?? 0);
    lengths.push(length);
    const isSelect = box.tagName === 'SELECT';
    hasSelect ||= isSelect;
    if (!isSelect && !(length > 0 && length <= 15)) isSplit = false;
  }
  return { lengths, isSplit, hasSelect };
}

/** The label of the first box, else its aria-label, else the text before it. */
function groupText(lead: Element, index: Map<string, Element[]> | undefined): string {
  const leadLabel = labelsOf(lead, lead.getAttribute('id') ?? undefined, index)[0];
  return leadLabel ? collectText(leadLabel).text : lead.getAttribute('aria-label') ?? nearbyText(lead);
}

/**
 * Split boxes: an unlabeled box takes the label of the group (its legend, the first box's label, or the text
 * before the group), and the box lengths hint at what is typed (NIR 13+2, IBAN 4×7, card 4×4, date 2-2-4).
 */
function weighSplitGroup(
  evidence: Evidence,
  el: Element,
  labelled: boolean,
  index: Map<string, Element[]> | undefined,
  batch: BatchContext | undefined,
): void {
  const boxes = splitGroup(el, batch?.boxes);
  if (boxes.length < 2) return;
  let group = batch?.boxGroups.get(boxes);
  if (!group) {
    group = describeBoxes(boxes);
    batch?.boxGroups.set(boxes, group);
  }
  if (!group.isSplit) return;
  const lengths = group.lengths;
  if (!labelled && boxes[0] !== el) {
    group.text ??= groupText(boxes[0] as Element, index);
    weigh(evidence, 'group', group.text);
  }
  if (group.hasSelect) {
    // month and year selects side by side: the year list says card expiry (future) or birth date (past)
    if (el.tagName === 'SELECT' && yearRange(sampleOptions(el).sample)) return;
    for (let i = 0; i < boxes.length; i++) {
      const box = boxes[i] as Element;
      if (box === el || box.tagName !== 'SELECT') continue;
      const range = yearRange(sampleOptions(box).sample);
      if (range) evidence.add(range === 'future' ? 'bank' : 'birth', 2, `group:${range}-years`);
    }
    return;
  }
  // one character per box, 4 to 8 boxes: a one-time code typed digit by digit
  if (boxes.length >= 4 && lengths.every((n) => n === 1)) {
    evidence.add('credentials', 4, `boxes:${boxes.length}x1`);
    return;
  }
  const shape = lengths.join('-');
  // NIR as 13 digits + key, or in its printed groups (sex, year, month, département, commune, order, key)
  if (shape === '13-2' || shape === '1-2-2-2-3-3-2') evidence.add('national_id', 3, `boxes:${shape}`);
  else if (shape === '3-2-4') evidence.add('national_id', 2, `boxes:${shape}`);
  else if (shape === '2-2-4' || shape === '2-2-2') evidence.add('birth', 1, `boxes:${shape}`);
  else if (boxes.length >= 5 && lengths.every((n) => n <= 4) && isIbanLength(lengths)) evidence.add('bank', 2, `boxes:${shape}`);
  else if (shape === '4-4-4-4') evidence.add('bank', 2, `boxes:${shape}`);
}

/** IBANs are 15 to 34 characters; split boxes of 4 for the common European lengths start around 23. */
function isIbanLength(lengths: readonly number[]): boolean {
  const total = lengths.reduce((a, b) => a + b, 0);
  return total >= 23 && total <= 34;
}

/**
 * Some data of a person other than their situation or health has evidence of its own: a relative's name, birth date,
 * phone… (« Nombre d'enfants handicapés » stays a count: a relative's health may be the family's situation).
 */
function namesOtherPersonalData(evidence: Evidence): boolean {
  for (let i = 0; i < CATEGORIES.length; i++) {
    const category = CATEGORIES[i] as Category;
    if (category !== 'situation' && category !== 'health' && category !== 'none' && evidence.get(category) >= MIN_SCORE) return true;
  }
  return false;
}

function decide(evidence: Evidence, minScore: number): FieldClassification {
  let best: Category = 'none';
  let bestScore = 0;
  let total = 0;
  const scores = evidence.scores;
  for (let i = 0; i < PRIORITY_SLOTS.length; i++) {
    const score = scores[PRIORITY_SLOTS[i] as number] as number;
    total += score;
    if (score > bestScore) {
      best = PRIORITY[i] as Category;
      bestScore = score;
    }
  }
  if (best !== 'none' && bestScore < minScore) {
    return classification('none', round(1 - bestScore / (minScore * 2)), evidence);
  }
  if (bestScore === 0) return classification('none', 0.5, evidence);
  const share = bestScore / total;
  const strength = Math.min(1, bestScore / 6);
  return classification(best, round(share * (0.5 + 0.5 * strength)), evidence);
}

/** `source:phrase→category` strings from a trace, built on demand (they cost more than the classification itself). */
function signalsOf(trace: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < trace.length; i += 3) {
    const detail = trace[i + 1] ? `:${trace[i + 1]}` : '';
    out.push(trace[i + 2] ? `${trace[i]}${detail}→${trace[i + 2]}` : `${trace[i]}${detail}`);
  }
  return out;
}

/**
 * A result whose `signals` are built from the trace on first read: an enumerable own getter, so that spreading
 * the result keeps them. The trace sits in a private field (a WeakMap from results to traces slowed the GC down),
 * and the getter/setter pair is shared: a pair of closures per result would give each object its own hidden class.
 */
class Classification implements FieldClassification {
  category: Category;
  confidence: number;
  declare signals: string[];
  readonly #trace: readonly string[];
  #signals: string[] | null | undefined;

  constructor(category: Category, confidence: number, trace: readonly string[]) {
    this.category = category;
    this.confidence = confidence;
    this.#trace = trace;
    Object.defineProperty(this, 'signals', Classification.#lazySignals);
  }

  static readonly #lazySignals: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: Classification): string[] {
      return (this.#signals ??= signalsOf(this.#trace));
    },
    set(this: Classification, value: string[]): void {
      this.#signals = value;
    },
  };
}

function classification(category: Category, confidence: number, evidence: Evidence): FieldClassification {
  return new Classification(category, confidence, evidence.trace);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Classify every control under `root` (open shadow roots included), sharing per-form and per-root work. */
export function classifyAll(root: ParentNode): Map<Element, FieldClassification> {
  const batch: BatchContext = { forms: new Map(), legends: new Map(), boxes: new Map(), boxGroups: new Map() };
  const { controls, ancestries, labelIndexes } = gatherControls(root as Node & ParentNode);
  const result = new Map<Element, FieldClassification>();
  for (let i = 0; i < controls.length; i++) {
    result.set(controls[i] as Element, classifyControl(controls[i] as Element, batch, ancestries[i], labelIndexes[i]));
  }
  return result;
}
