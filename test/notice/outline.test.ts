// Sections number themselves by position, at the four levels GB/T 9704 uses.
import * as assert from 'assert';
import { headingNumber, Section, sectionBlocks } from '../../scripts/notice/outline';

describe('notice outline', () => {
  it('numbers four levels as 一、 （一） 1. （1）', () => {
    assert.strictEqual(headingNumber(1, 4), '四、');
    assert.strictEqual(headingNumber(2, 11), '（十一）');
    assert.strictEqual(headingNumber(3, 12), '12.');
    assert.strictEqual(headingNumber(4, 3), '（3）');
  });

  it('renumbers the sections after one that is added', () => {
    const sections: Section[] = [
      { title: '甲', blocks: [{ kind: 'paragraph', text: '正文' }], sections: [{ title: '子', blocks: [] }] },
      { title: '乙', blocks: [] },
    ];
    const texts = (s: Section[]) => sectionBlocks(s).map((b) => (b.kind === 'table' ? '' : b.text));
    assert.deepStrictEqual(texts(sections), ['一、甲', '正文', '（一）子', '二、乙']);
    sections.splice(1, 0, { title: '新', blocks: [] });
    assert.deepStrictEqual(texts(sections), ['一、甲', '正文', '（一）子', '二、新', '三、乙']);
  });

  it('refuses a fifth level', () => {
    const deep: Section = {
      title: '1',
      blocks: [],
      sections: [
        {
          title: '2',
          blocks: [],
          sections: [{ title: '3', blocks: [], sections: [{ title: '4', blocks: [], sections: [{ title: '5', blocks: [] }] }] }],
        },
      ],
    };
    assert.throws(() => sectionBlocks([deep]), /four heading levels/);
  });
});
