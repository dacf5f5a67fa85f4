import { describe, expect, it } from 'vitest';
import { addNode } from '../domain/commands';
import { emptyDiagram } from '../domain/document/types';
import type { Diagram } from '../domain/document/types';
import type { DiagramRecord } from './records';
import {
  PREVIEW_MAX_RECTS,
  TRASH_DAYS,
  daysLeftInTrash,
  documentFields,
  isPurgeable,
  listRecords,
} from './records';

const DAY = 24 * 60 * 60 * 1000;

function record(id: string, title: string, updatedAt: number, deletedAt?: number): DiagramRecord {
  return {
    id,
    ...documentFields(emptyDiagram(title)),
    createdAt: 0,
    updatedAt,
    rev: 1,
    ...(deletedAt === undefined ? {} : { deletedAt }),
  };
}

describe('the list of diagrams', () => {
  const records = [
    record('a', 'Web app VPC', 10),
    record('b', 'Data lake', 30),
    record('c', 'web shop', 20),
    record('d', 'Old web', 40, 50),
    record('e', 'Older', 40, 45),
  ];

  it('lists the kept ones newest first, the trash apart, last deleted first', () => {
    expect(listRecords(records).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(listRecords(records, { trash: true }).map((r) => r.id)).toEqual(['d', 'e']);
  });

  it('finds titles whatever the case or character width', () => {
    expect(listRecords(records, { query: ' WEB ' }).map((r) => r.id)).toEqual(['c', 'a']);
    expect(listRecords(records, { query: 'ｗｅｂ' }).map((r) => r.id)).toEqual(['c', 'a']);
    expect(listRecords(records, { query: 'web', trash: true }).map((r) => r.id)).toEqual(['d']);
  });
});

describe('the trash', () => {
  it(`keeps a deleted diagram ${TRASH_DAYS} days`, () => {
    const deleted = record('x', 'x', 0, 1000);
    expect(isPurgeable(deleted, 1000 + (TRASH_DAYS - 1) * DAY)).toBe(false);
    expect(daysLeftInTrash(deleted, 1000 + (TRASH_DAYS - 1) * DAY)).toBe(1);
    expect(isPurgeable(deleted, 1000 + TRASH_DAYS * DAY)).toBe(true);
    expect(daysLeftInTrash(deleted, 1000 + 40 * DAY)).toBe(0);
    expect(isPurgeable(record('y', 'y', 0), 1e15)).toBe(false);
  });
});

describe('a record of a document', () => {
  it('holds its title, its export and a small preview', () => {
    let doc: Diagram = emptyDiagram('Big');
    for (let i = 0; i < PREVIEW_MAX_RECTS + 50; i++)
      doc = addNode(doc, { kind: 'ec2', position: { x: i * 10, y: 0 } }).doc;
    const fields = documentFields(doc);
    expect(fields.title).toBe('Big');
    expect(JSON.parse(fields.doc)).toMatchObject({ title: 'Big' });
    expect(fields.preview.rects).toHaveLength(PREVIEW_MAX_RECTS);
  });
});
