// The forms Obsidian needs: tags it accepts, note names it can create on any system, and the
// obsidian://new address that makes the note from the clipboard.
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_NAME, obsidianFileName, obsidianFolder } from '../../../lib/obsidian/obsidian-file-name';
import { obsidianNewUrl, obsidianNotePath } from '../../../lib/obsidian/obsidian-new-url';
import { defaultObsidianSettings } from '../../../lib/obsidian/obsidian-settings';
import { obsidianTag, obsidianTags } from '../../../lib/obsidian/obsidian-tag';

describe('obsidianTag', () => {
  it.each([
    ['infrastructure', 'infrastructure'],
    ['Amazon Supply Chain Services', 'Amazon-Supply-Chain-Services'],
    ['  supply   chain ', 'supply-chain'],
    ['#growth', 'growth'],
    ['Amazon’s strategy', 'Amazons-strategy'],
    ['AI/ML', 'AI-ML'],
    ['C++ & Rust', 'C-Rust'],
    ['snake_case', 'snake_case'],
    ['Künstliche Intelligenz', 'Künstliche-Intelligenz'],
    ['искусственный интеллект', 'искусственный-интеллект'],
    ['人工知能', '人工知能'],
    ['Y2K', 'Y2K'],
    ['1984', null],
    ['3.5', null],
    ['#', null],
    ['---', null],
    ['', null],
  ])('%j → %j', (topic, tag) => expect(obsidianTag(topic)).toBe(tag));

  it('keeps the first of the tags Obsidian takes for one (case does not count) and drops the invalid', () => {
    expect(obsidianTags(['Supply chain', 'supply-chain', '2024', 'AI', 'ai'])).toEqual(['Supply-chain', 'AI']);
  });
});

describe('obsidianFileName', () => {
  it.each([
    ['Amazon’s Durability', 'Amazon’s Durability'],
    ['Amazon: the #1 store | Opinion', 'Amazon the 1 store Opinion'],
    ['[Draft] Notes ^ref', 'Draft Notes ref'],
    ['a/b\\c*d?e"f<g>h', 'a b c d e f g h'],
    ['.hidden title', 'hidden title'],
    ['Ends with dots...', 'Ends with dots'],
    ['tab\there\u202Eand\u200Bzero', 'tab here and zero'],
    ['CON', 'CON_'],
    ['lpt1.txt', 'lpt1.txt_'],
    ['', 'Untitled'],
    ['###', 'Untitled'],
  ])('%j → %j', (title, name) => expect(obsidianFileName(title)).toBe(name));

  it(`cuts a long title to ${MAX_NOTE_NAME} characters, never inside a character`, () => {
    expect(obsidianFileName('word '.repeat(100))).toHaveLength(244); // the trailing space goes
    const emoji = `${'a'.repeat(MAX_NOTE_NAME - 1)}😀`;
    expect(obsidianFileName(emoji)).toBe('a'.repeat(MAX_NOTE_NAME - 1));
  });

  it.each([
    ['Clippings', 'Clippings'],
    ['/Reading//Web/', 'Reading/Web'],
    ['a\\b', 'a/b'],
    ['../../etc', 'etc'],
    ['Notes: #inbox', 'Notes inbox'],
    ['', ''],
  ])('obsidianFolder(%j) → %j', (folder, path) => expect(obsidianFolder(folder)).toBe(path));
});

describe('obsidianNewUrl', () => {
  it('names the folder and note, the vault, and takes the note from the clipboard', () => {
    const url = obsidianNewUrl('Amazon’s Durability: a #1 story', { vault: 'My Vault', folder: 'Clippings', silent: false });
    expect(url).toBe('obsidian://new?file=Clippings%2FAmazon%E2%80%99s%20Durability%20a%201%20story&vault=My%20Vault&clipboard');
    const params = new URL(url).searchParams;
    expect(params.get('file')).toBe('Clippings/Amazon’s Durability a 1 story');
    expect(params.get('vault')).toBe('My Vault');
    expect(params.has('clipboard')).toBe(true);
    expect(params.has('content')).toBe(false);
  });

  it('leaves the vault to Obsidian when none is set, and adds silent when Obsidian should stay closed', () => {
    expect(obsidianNewUrl('', { ...defaultObsidianSettings(), silent: true })).toBe('obsidian://new?file=Clippings%2FUntitled&clipboard&silent=true');
    expect(obsidianNotePath('Title', '')).toBe('Title');
  });
});
