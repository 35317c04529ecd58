// perf-key68: the spans of a check's verified and confirmed claims (engine.ts runRules) are asked through a SpanIdSet,
// the ids sorted once into a typed array and found by binary search, instead of a Set grown id by id. It must answer
// what a Set of the same ids answers: for ids in it and not, duplicates, none, and string ids (a document past ~94
// million characters) beside numbers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SpanIdSet } from '../../server/dist/engine/engine.js';
import { seededRandom as random } from './helpers.js';

describe('SpanIdSet', () => {
  it('holds nothing when given nothing', () => {
    const set = new SpanIdSet([]);
    assert.equal(set.has(0), false);
    assert.equal(set.has(12), false);
    assert.equal(set.has('3:4'), false);
  });

  it('answers what a Set answers, for random ids with duplicates, small and large, numbers and strings', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rnd = random(seed);
      const base = 1_000_001;
      const size = Math.floor(rnd() * 3000);
      const ids: Array<number | string> = [];
      for (let i = 0; i < size; i++) {
        const r = rnd();
        if (r < 0.05) ids.push(`${Math.floor(rnd() * 50)}:${Math.floor(rnd() * 50)}`);
        else if (r < 0.15 && ids.length) ids.push(ids[Math.floor(rnd() * ids.length)]!);
        else ids.push(Math.floor(rnd() * 2000) * base + Math.floor(rnd() * 2000));
      }
      const expected = new Set(ids);
      const set = new SpanIdSet(ids);
      for (const id of ids) assert.equal(set.has(id), true, `seed ${seed}: ${id} in`);
      for (let i = 0; i < 5000; i++) {
        const probe = rnd() < 0.1 ? `${Math.floor(rnd() * 50)}:${Math.floor(rnd() * 50)}` : Math.floor(rnd() * 2000) * base + Math.floor(rnd() * 2000);
        assert.equal(set.has(probe), expected.has(probe), `seed ${seed}: ${probe}`);
      }
      // The smallest and largest ids, and just past them.
      const numbers = ids.filter((id): id is number => typeof id === 'number').sort((a, b) => a - b);
      if (numbers.length) {
        assert.equal(set.has(numbers[0]!), true);
        assert.equal(set.has(numbers[numbers.length - 1]!), true);
        assert.equal(set.has(numbers[0]! - 1), expected.has(numbers[0]! - 1));
        assert.equal(set.has(numbers[numbers.length - 1]! + 1), expected.has(numbers[numbers.length - 1]! + 1));
      }
    }
  });

  it('answers through a cursor what has() answers, asked in ascending, descending and random order (perf-key82)', () => {
    for (const seed of [11, 12, 13]) {
      const rnd = random(seed);
      const base = 1_000_001;
      const ids: Array<number | string> = [];
      for (let i = 0; i < 2000; i++) ids.push(rnd() < 0.03 ? `${Math.floor(rnd() * 50)}:${Math.floor(rnd() * 50)}` : Math.floor(rnd() * 3000) * base + Math.floor(rnd() * 3000));
      const set = new SpanIdSet(ids);
      const probes: Array<number | string> = [];
      for (let i = 0; i < 4000; i++) probes.push(rnd() < 0.5 ? ids[Math.floor(rnd() * ids.length)]! : rnd() < 0.05 ? `${Math.floor(rnd() * 50)}:${Math.floor(rnd() * 50)}` : Math.floor(rnd() * 3000) * base + Math.floor(rnd() * 3000));
      const numeric = probes.filter((p): p is number => typeof p === 'number');
      const ascending = [...numeric].sort((a, b) => a - b);
      // In order with repeats, in reverse, at random, and in order with strings and an occasional step back between.
      const orders = [ascending, [...ascending].reverse(), probes, ascending.flatMap((p, i) => (i % 97 === 0 ? [p, `${i % 50}:${i % 7}`, ascending[Math.floor(i / 2)]!] : [p]))];
      for (const order of orders) {
        const cursor = set.cursor();
        for (const probe of order) assert.equal(cursor.has(probe), set.has(probe), `seed ${seed}: ${probe}`);
      }
    }
    const empty = new SpanIdSet([]).cursor();
    assert.equal(empty.has(0), false);
    assert.equal(empty.has('1:2'), false);
  });
});
