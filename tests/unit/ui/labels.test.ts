import { describe, expect, it } from 'vitest';
import { Keyword } from '@/lib/schemas/flags';
import { DEFAULT_SETTINGS } from '@/lib/schemas/values';
import {
  chipTextColor,
  contrastRatio,
  encodeModifiedUtf7,
  keywordForName,
  LABEL_PALETTE,
  labelNamed,
  labelState,
  labelsOf,
  nextLabelColor,
} from '@/lib/ui/labels';

const defaults = DEFAULT_SETTINGS.labels;

describe('the labels a message carries', () => {
  it('names keywords by their definition, in the order the labels are defined, matching case-insensitively', () => {
    expect(labelsOf(['\\Seen', '$LABEL4', '$label2'], defaults)).toEqual([
      { keyword: '$label2', name: 'Work', color: '#ff9900' },
      { keyword: '$label4', name: 'To Do', color: '#3333ff' },
    ]);
  });

  it('shows a keyword no label defines by its own name, with no colour, after the defined ones', () => {
    expect(labelsOf(['project-x', '$label1'], defaults)).toEqual([
      { keyword: '$label1', name: 'Important', color: '#ff0000' },
      { keyword: 'project-x', name: 'project-x', color: null },
    ]);
  });

  it('leaves out system flags and keywords that carry a state ($Forwarded, $Junk, NonJunk), and duplicates', () => {
    expect(labelsOf(['\\Flagged', '$Forwarded', '$Junk', 'NonJunk', '$MDNSent', 'todo', 'TODO'], defaults)).toEqual([
      { keyword: 'todo', name: 'todo', color: null },
    ]);
  });

  it('says whether all, none or some of a selection carry a label', () => {
    expect(labelState([['$label1'], ['$Label1']], '$label1')).toBe('all');
    expect(labelState([['$label1'], []], '$label1')).toBe('some');
    expect(labelState([[], ['\\Seen']], '$label1')).toBe('none');
  });

  it('finds a label by name whatever its case and spaces', () => {
    expect(labelNamed('  to do ', defaults)?.keyword).toBe('$label4');
    expect(labelNamed('Someday', defaults)).toBeUndefined();
  });
});

describe('the keyword for a new label, as Thunderbird makes it', () => {
  it('lower-cases the name and replaces the characters Thunderbird replaces with _', () => {
    expect(keywordForName('Project X', defaults)).toBe('project_x');
    expect(keywordForName('a(b)c/d{e%f*g<h>i\\j"k', defaults)).toBe('a_b_c_d_e_f_g_h_i_j_k');
  });

  it('also replaces ], an atom-special Thunderbird keeps, so STORE can carry it', () => {
    expect(keywordForName('[draft]', defaults)).toBe('[draft_');
  });

  it('encodes non-ASCII as modified UTF-7 (RFC 3501 §5.1.3), then lower-cases it as Thunderbird does', () => {
    expect(encodeModifiedUtf7('Büro')).toBe('B&APw-ro');
    expect(encodeModifiedUtf7('Tom & Jerry')).toBe('Tom &- Jerry');
    expect(encodeModifiedUtf7('台北')).toBe('&U,BTFw-');
    expect(keywordForName('Büro', defaults)).toBe('b&apw-ro');
  });

  it('appends A while the keyword is taken by another label or a state keyword', () => {
    const labels = [...defaults, { keyword: 'work', name: 'Work stuff', color: '#000000' }];
    expect(keywordForName('Work', labels)).toBe('workA');
    expect(keywordForName('WORK', [...labels, { keyword: 'workA', name: 'x', color: '#000000' }])).toBe('workAA');
    expect(keywordForName('$Junk', defaults)).toBe('$junkA');
  });

  it('always passes the Keyword schema, for any name a label may have', () => {
    const names = ['Project X', 'a(b)c', '\\Seen', '日本語のラベル', 'x'.repeat(40), '😀 party', '"quoted"', 'tab\there', '%*]'];
    for (const name of names) {
      const keyword = keywordForName(name, defaults);
      expect(Keyword.safeParse(keyword).success, `${name} → ${keyword}`).toBe(true);
    }
    expect(keywordForName('漢'.repeat(40), defaults).length).toBeLessThanOrEqual(100);
  });
});

describe('chip colours', () => {
  it('picks the text colour that reads better, at least 4.5:1 on every swatch and default', () => {
    expect(chipTextColor('#ffff00')).toBe('#000000');
    expect(chipTextColor('#3333ff')).toBe('#ffffff');
    for (const color of [...LABEL_PALETTE, ...defaults.map((label) => label.color)]) {
      expect(contrastRatio(color, chipTextColor(color)), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('offers the first unused swatch for a new label', () => {
    expect(nextLabelColor(defaults)).toBe(LABEL_PALETTE[5]);
    expect(nextLabelColor([])).toBe('#ff0000');
  });
});
