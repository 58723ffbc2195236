// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { labelOf } from '../../../lib/consent/content/fields';

function field(html: string, selector = '#f'): Element {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
}

describe('labelOf (the review panel’s line names)', () => {
  it('reads the label without the text of a control it wraps, nor its hint block', () => {
    const el = field('<label>Pays <span class="fr-hint-text">de résidence</span><select id="f"><option>France</option><option>Belgique</option></select></label>');
    expect(labelOf(el)).toBe('Pays');
  });

  it('falls back to aria-label, then aria-labelledby (several ids), then placeholder, name, id', () => {
    expect(labelOf(field('<input id="f" aria-label=" Nom d’usage ">'))).toBe('Nom d’usage');
    expect(labelOf(field('<p id="a">Date</p><p id="b">de  naissance</p><input id="f" aria-labelledby="a b">'))).toBe('Date de naissance');
    expect(labelOf(field('<input id="f" placeholder="Ville">'))).toBe('Ville');
    expect(labelOf(field('<input id="f" name="cp">'))).toBe('cp');
    expect(labelOf(field('<input id="f">'))).toBe('f');
  });

  it('an empty label does not hide the aria-label', () => {
    expect(labelOf(field('<label for="f"> </label><input id="f" aria-label="Courriel">'))).toBe('Courriel');
  });
});
