// Reads the files factlint is given (drafts, datasets, configs, ignore files): regular files only, never blocking on
// a FIFO or device, within a size limit; and tells text from binary content.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { formatSize } from '../shared/size.js';

/** Default limits, documented in the README ("Safety"); --max-file-size / --max-dataset-size and the config change them. */
export const DEFAULT_MAX_DRAFT_BYTES = 10 * 1024 ** 2;
export const DEFAULT_MAX_DATASET_BYTES = 20 * 1024 ** 2;

/** A path that is not a regular file (a FIFO, device, socket or folder): refused, never opened for reading. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string, kind: string) {
    super(`is a ${kind}, not a regular file`);
  }
}

/** A file over its size limit: not read. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(readonly path: string, readonly size: number, readonly limit: number) {
    super(`is ${formatSize(size)}, over the ${formatSize(limit)} limit`);
  }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'FIFO (named pipe)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  if (info.isDirectory()) return 'folder';
  return 'special file';
}

/**
 * The bytes of a regular file. Opened non-blocking (a FIFO would otherwise wait forever for a writer) and checked
 * with fstat on the open descriptor, so what is read is what was checked. Throws NotRegularFileError,
 * FileTooLargeError or the fs error (ENOENT, EACCES…).
 */
export function readRegularFile(path: string, maxBytes = Infinity): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new NotRegularFileError(path, kindOf(info));
    if (info.size > maxBytes) throw new FileTooLargeError(path, info.size, maxBytes);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A regular file's text (UTF-8). */
export function readRegularTextFile(path: string, maxBytes = Infinity): string {
  return readRegularFile(path, maxBytes).toString('utf8');
}

/** How a draft's bytes decode. */
export type DecodedDraft =
  | { kind: 'text'; text: string; /** Encoding the text as UTF-8 gives back the bytes exactly: --fix may write it. */ exact: boolean }
  | { kind: 'binary'; reason: string };

/** More invalid UTF-8 than this share of the decoded characters marks a file as binary. */
const BINARY_INVALID_SHARE = 0.1;

/**
 * Decodes a draft: NUL bytes, or invalid UTF-8 sequences in more than a tenth of its characters, make it binary.
 * A file with fewer invalid sequences (a Latin-1 draft) is read with U+FFFD in their place but never written back.
 */
export function decodeDraft(bytes: Buffer): DecodedDraft {
  if (bytes.includes(0)) return { kind: 'binary', reason: 'NUL bytes' };
  const text = bytes.toString('utf8');
  // Valid UTF-8 (checked in place, without encoding the text again) is exactly what decodes and encodes back to itself.
  if (isUtf8(bytes)) return { kind: 'text', text, exact: true };
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  if (replaced > text.length * BINARY_INVALID_SHARE) return { kind: 'binary', reason: 'mostly invalid UTF-8' };
  return { kind: 'text', text, exact: false };
}
