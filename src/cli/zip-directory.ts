import { inflateRawSync } from 'zlib';

/**
 * Reads a zip file's central directory without inflating anything, so a workbook's declared
 * sizes can be checked before it is loaded (a small file that claims gigabytes is a zip bomb).
 */

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** General-purpose flag bit 0: the entry is encrypted. */
  readonly encrypted: boolean;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly localHeaderOffset: number;
}

export class ZipFormatError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ZipFormatError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;

function findEndOfCentralDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - EOCD_MIN_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_MIN_SIZE; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError('no end-of-central-directory record');
}

interface DirectoryBounds {
  readonly entries: number;
  readonly offset: number;
  readonly size: number;
}

function directoryBounds(bytes: Buffer, eocd: number): DirectoryBounds {
  const entries = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  const isZip64 = entries === 0xffff || size === 0xffffffff || offset === 0xffffffff;
  if (!isZip64) return { entries, offset, size };
  const locator = eocd - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipFormatError('zip64 locator missing');
  }
  const zip64Eocd = Number(bytes.readBigUInt64LE(locator + 8));
  if (zip64Eocd + 56 > bytes.length || bytes.readUInt32LE(zip64Eocd) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipFormatError('zip64 end record missing');
  }
  return {
    entries: Number(bytes.readBigUInt64LE(zip64Eocd + 32)),
    size: Number(bytes.readBigUInt64LE(zip64Eocd + 40)),
    offset: Number(bytes.readBigUInt64LE(zip64Eocd + 48)),
  };
}

/** Reads the zip64 extended sizes when the 32-bit fields are saturated. */
function zip64Sizes(
  extra: Buffer,
  uncompressed: number,
  compressed: number,
  offset: number,
): { uncompressed: number; compressed: number; offset: number } {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      let u = uncompressed;
      let c = compressed;
      if (uncompressed === 0xffffffff && field + 8 <= at + 4 + length) {
        u = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      if (compressed === 0xffffffff && field + 8 <= at + 4 + length) {
        c = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      const o =
        offset === 0xffffffff && field + 8 <= at + 4 + length ? Number(extra.readBigUInt64LE(field)) : offset;
      return { uncompressed: u, compressed: c, offset: o };
    }
    at += 4 + length;
  }
  return { uncompressed, compressed, offset };
}

/** Lists the entries of a zip archive from its central directory. Throws ZipFormatError when malformed. */
export function readZipDirectory(bytes: Buffer): ZipEntry[] {
  if (bytes.length < EOCD_MIN_SIZE) throw new ZipFormatError('file too short for a zip archive');
  const bounds = directoryBounds(bytes, findEndOfCentralDirectory(bytes));
  if (bounds.offset + bounds.size > bytes.length)
    throw new ZipFormatError('central directory lies outside the file');
  const entries: ZipEntry[] = [];
  let at = bounds.offset;
  for (let i = 0; i < bounds.entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_ENTRY_SIGNATURE) {
      throw new ZipFormatError(`central directory entry ${i + 1} is damaged`);
    }
    const flags = bytes.readUInt16LE(at + 8);
    const compressed = bytes.readUInt32LE(at + 20);
    const uncompressed = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    if (extraStart + extraLength + commentLength > bytes.length) {
      throw new ZipFormatError(`central directory entry ${i + 1} is cut off`);
    }
    const name = bytes.toString('utf8', nameStart, extraStart);
    const sizes = zip64Sizes(
      bytes.subarray(extraStart, extraStart + extraLength),
      uncompressed,
      compressed,
      bytes.readUInt32LE(at + 42),
    );
    entries.push({
      name,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      encrypted: (flags & 1) === 1,
      method: bytes.readUInt16LE(at + 10),
      localHeaderOffset: sizes.offset,
    });
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}

/**
 * One entry's bytes, inflated; never more than the size the directory declares (a lying entry
 * fails instead of growing). Throws ZipFormatError when the entry cannot be read.
 */
export function entryBytes(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) {
    throw new ZipFormatError(`local header of ${entry.name} is damaged`);
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    throw new ZipFormatError(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
