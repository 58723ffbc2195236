import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateAction, recognisePasted, recogniseTyped } from '../../../lib/consent/gate';
import { recogniseValue } from '../../../lib/detect/values';

describe('gate: what is blocked while a field waits for an answer', () => {
  it.each([
    [{ type: 'beforeinput', inputType: 'insertText' }, 'block'],
    [{ type: 'beforeinput', inputType: 'insertFromPaste' }, 'block'],
    [{ type: 'beforeinput', inputType: 'insertFromDrop' }, 'block'],
    [{ type: 'paste' }, 'block'],
    [{ type: 'cut' }, 'block'],
    [{ type: 'drop' }, 'block'],
    [{ type: 'keydown', key: 'a' }, 'block'],
    [{ type: 'keydown', key: 'É' }, 'block'],
    [{ type: 'keydown', key: ' ' }, 'block'],
    [{ type: 'keydown', key: '😀' }, 'block'],
    [{ type: 'keypress', key: '7' }, 'block'],
    [{ type: 'keydown', key: 'Backspace' }, 'block'],
    [{ type: 'keydown', key: 'Delete' }, 'block'],
    [{ type: 'keydown', key: 'Process' }, 'block'],
    [{ type: 'keydown', key: 'v', ctrlKey: true }, 'block'],
    [{ type: 'keydown', key: 'x', metaKey: true }, 'block'],
    [{ type: 'keydown', key: 'z', ctrlKey: true }, 'block'],
    [{ type: 'keydown', key: '@', ctrlKey: true, altKey: true }, 'block'],
    [{ type: 'keydown', key: 'c', ctrlKey: true }, 'allow'],
    [{ type: 'keydown', key: 'a', ctrlKey: true }, 'allow'],
    [{ type: 'keydown', key: 'Tab' }, 'allow'],
    [{ type: 'keydown', key: 'Escape' }, 'allow'],
    [{ type: 'keydown', key: 'ArrowLeft' }, 'allow'],
    [{ type: 'keydown', key: 'Enter' }, 'allow'],
    [{ type: 'keydown', key: 'F5' }, 'allow'],
    [{ type: 'input', inputType: 'insertReplacementText' }, 'restore'],
    [{ type: 'input' }, 'restore'],
    [{ type: 'input', inputType: 'insertCompositionText' }, 'restore'],
    [{ type: 'change' }, 'restore'],
    [{ type: 'focusin' }, 'allow'],
    [{ type: 'click' }, 'allow'],
  ] as const)('%o → %s', (event, expected) => {
    expect(gateAction(event)).toBe(expected);
  });
});

describe('value recognisers for fields the classifier missed', () => {
  it('typed values are checked from 8 characters, postal codes are ignored', () => {
    expect(recogniseTyped('0612345')).toBeNull();
    expect(recogniseTyped('06 12 34 56 78')).toBe('phone');
    expect(recogniseTyped('jean@example.fr')).toBe('email');
    expect(recogniseTyped('185057800608491')).toBe('national_id');
    expect(recogniseTyped('FR76 3000 6000 0112 3456 7890 189')).toBe('bank');
    expect(recogniseTyped('4111 1111 1111 1111')).toBe('bank');
    expect(recogniseTyped('75001')).toBeNull();
    expect(recogniseTyped('un texte libre sans numéro')).toBeNull();
  });
  it('typed text without a digit or an @ is none of the recognised kinds (recogniseTyped skips it on each key)', () => {
    const noDigitNorAt = fc
      .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(' ', '+', '-', '.', '(', ')', '２', '٣', '＠', 'FR', 'IBAN', 'e-mail', 'gmail.com')), { maxLength: 12 })
      .map((parts) => parts.join('').replace(/[0-9@]/g, ''));
    fc.assert(
      fc.property(noDigitNorAt, (text) => {
        expect(['national_id', 'bank', 'email', 'phone']).not.toContain(recogniseValue(text.trim()));
        expect(recogniseTyped(text)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
  it('pasted text is checked whatever its length', () => {
    expect(recognisePasted(' jean@example.fr ')).toBe('email');
    expect(recognisePasted('75001')).toBeNull();
    expect(recognisePasted('bonjour')).toBeNull();
  });
});
