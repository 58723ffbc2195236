// @vitest-environment jsdom
/**
 * The detector's fast paths must answer exactly what the straightforward code they replace answered: the
 * references below are that code, kept here as the specification.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../lib/detect/dom';
import { normaliseText, textWords } from '../../../lib/detect/text';
import {
  isEmail,
  isFrenchPhone,
  isFrenchPostalCode,
  isValidCardNumber,
  isValidIban,
  isValidNir,
  recogniseValue,
} from '../../../lib/detect/values';

function referenceNormalise(raw: string, max = 160): string {
  // a plural marker glued to a word (« Prénom(s) », « Nom(s) ») goes: it would split the phrase
  let text = raw.slice(0, max).replace(/([A-Za-z\u00c0-\u00ff])\((?:s|es|x)\)/g, '$1');
  text = text.replace(/([a-z\u00df-\u00ff])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2');
  if (/[^ -~\t\n\r]/.test(text)) {
    text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/Œ/g, 'oe').replace(/æ/gi, 'ae').replace(/ß/g, 'ss');
  }
  return text
    .toLowerCase()
    .replace(/([a-z])(?=\d)|(\d)(?=[a-z])/g, '$1$2 ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function referenceRecognise(text: string): string | null {
  if (text.length === 0) return null;
  if (isEmail(text)) return 'email';
  if (isValidNir(text)) return 'national_id';
  if (isValidIban(text)) return 'bank';
  if (isFrenchPhone(text)) return 'phone';
  if (isValidCardNumber(text)) return 'bank';
  if (isFrenchPostalCode(text)) return 'postal_address';
  return null;
}

const SKIPPED_TAGS = new Set(['SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE', 'svg']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'TD', 'TH', 'BR', 'SPAN', 'LABEL', 'LEGEND']);
const HINT_CLASSES = ['fr-hint-text', 'hint', 'help-block', 'form-text', 'description'];
/** Squeezed and cut at `max` characters, the word the cut falls in dropped. */
const squeeze = (text: string, max: number): string => {
  const whole = text.replace(/\s+/g, ' ').trim();
  const cut = whole.slice(0, max);
  const inWord = /[\p{L}\p{N}]$/u.test(cut) && /^[\p{L}\p{N}]/u.test(whole.slice(max));
  return inWord && cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
};

function referenceCollectText(node: Node, max = 120): { text: string; hint: string } {
  let text = '';
  let hint = '';
  const stack: Array<[Node, boolean]> = [[node, false]];
  while (stack.length > 0 && text.length + hint.length < max * 2) {
    const [current, inHint] = stack.pop() as [Node, boolean];
    if (current.nodeType === 3) {
      const value = current.nodeValue ?? '';
      if (inHint) hint += value;
      else if (text.length < max) text += value;
      continue;
    }
    if (current.nodeType !== 1 && current.nodeType !== 11 && current.nodeType !== 9) continue;
    if (current.nodeType === 1) {
      const el = current as Element;
      if (SKIPPED_TAGS.has(el.tagName)) continue;
      if (el.tagName === 'INPUT') {
        const type = el.getAttribute('type');
        if (type === 'submit' || type === 'button') text += ' ' + (el.getAttribute('value') ?? '') + ' ';
        continue;
      }
      if (el.getAttribute('aria-hidden') === 'true' && el !== node) continue;
    }
    const hintHere =
      inHint || (current.nodeType === 1 && current !== node && HINT_CLASSES.some((c) => (current as Element).classList.contains(c)));
    for (let kid = current.lastChild; kid; kid = kid.previousSibling) stack.push([kid, hintHere]);
    if (current.nodeType === 1 && BLOCK_TAGS.has((current as Element).tagName)) text += ' ';
  }
  return { text: squeeze(text, max), hint: squeeze(hint, max) };
}

// what forms are written with: both cases, digits, ASCII and French punctuation, accents, ligatures, marks
const formText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'aAbBzZeE09_-.: \t\n\r\u000b\u0001~\u007f'.split('')),
      fc.constantFrom('é', 'É', 'ß', 'œ', 'Œ', 'æ', 'ÿ', '÷', '\u0301', '’', '«', '»', '\u00a0', '\u202f', '–', '…', 'İ', 'ﬁ', '😀'),
      fc.constantFrom('dateNaissance', 'HTMLInput', 'ABCdef', 'txtEmail2', 'Code postal', 'N° 12', '(s)', '(es)', '(x)', 'Prénom(s)', '('),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('fast paths answer what the straightforward code answered', () => {
  it('drops a plural marker glued to a word, as the reference does', () => {
    for (const raw of ['A(s)', 'Prénom(s) de l’enfant', 'Nom(s)', 'Enfant(es)', 'Travaux(x)', 'a (s)', '(s)']) {
      expect(normaliseText(raw)).toBe(referenceNormalise(raw));
    }
    expect(normaliseText('Prénom(s) de l’enfant')).toBe('prenom de l enfant');
  });

  it('normaliseText and textWords, with or without the ASCII path', () => {
    fc.assert(
      fc.property(fc.oneof(formText, fc.string({ maxLength: 200 })), fc.integer({ min: 0, max: 200 }), (raw, max) => {
        const expected = referenceNormalise(raw, max);
        expect(normaliseText(raw, max)).toBe(expected);
        expect(textWords(raw, max)).toEqual(expected === '' ? [] : expected.split(' '));
      }),
      { numRuns: 20_000 },
    );
  });

  it('recogniseValue, which compacts the text once for all the number shapes', () => {
    const numberish = fc
      .array(fc.constantFrom(...'0123456789 .-/+()@ABFRabx'.split(''), '2A', '(0)', 'FR76', '+33', '1 85 05 78 006 084 91', '4970 1012 3456 7899'), {
        maxLength: 16,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string()), (text) => {
        expect(recogniseValue(text)).toBe(referenceRecognise(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('collectText, which writes block spaces lazily and reads text-only elements at once', () => {
    const pieces = fc.constantFrom(
      'Nom', ' de ', 'naissance\n', '\t', '\u00a0x ', 'Exemple : 06 12 34 56 78', 'a'.repeat(70), ' b'.repeat(40), '',
      '<span>', '<span class="fr-hint-text">', '<div class="hint x">', '<p class="nothint">', '<b aria-hidden="true">', '</span>',
      '</div>', '</p>', '</b>', '<br>', '<em>', '</em>', '<select><option>France</option></select>', '<input type="submit" value="OK">',
      '<input type="radio" value="x">', '<svg><text>s</text></svg>', '<!-- c -->', '<legend>', '</legend>', '<li>', '</li>',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), fc.constantFrom(120, 100, 40, 10), (parts, max) => {
        const label = document.createElement('label');
        label.innerHTML = parts.join('');
        expect(collectText(label, max)).toEqual(referenceCollectText(label, max));
        for (const el of label.querySelectorAll('*')) expect(collectText(el, max)).toEqual(referenceCollectText(el, max));
      }),
      { numRuns: 3_000 },
    );
  });
});
