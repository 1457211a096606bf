import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { TSchema, Static } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import '../schemas/formats.js'
import { CodeFileSchema, type CodeData } from '../schemas/code.js'
import { CategoriesFileSchema, VendorsFileSchema, type CategoryData, type VendorData } from '../schemas/category.js'
import { ComparisonsFileSchema, type ComparisonData } from '../schemas/compare.js'
import { PopularFileSchema } from '../schemas/site.js'

/** Raised when data/ does not match its schemas or its invariants; the message names the file and the field. */
export class DataError extends Error {
  override name = 'DataError'
}

export interface RawCatalog {
  categories: CategoryData[]
  vendors: VendorData[]
  /** The curated comparisons of codes people confuse. */
  comparisons: ComparisonData[]
  /** The codes the site's home page lists as popular, in order. */
  popular: number[]
  /** Every meaning of every number, grouped by number in ascending order; the most common meaning first. */
  codes: Array<{ file: string; meanings: CodeData[] }>
}

const CODE_FILE = /^([1-9][0-9]{2})\.json$/

function readJson(path: string, base: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new DataError(`${relative(base, path)}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new DataError(`${relative(base, path)}: is not valid JSON (${(err as Error).message})`)
  }
}

const compiled = new WeakMap<TSchema, ReturnType<typeof TypeCompiler.Compile>>()

function validated<T extends TSchema>(schema: T, value: unknown, where: string): Static<T> {
  // Compile each schema once, not once per file.
  const check = compiled.get(schema) ?? TypeCompiler.Compile(schema)
  compiled.set(schema, check)
  if (check.Check(value)) return value
  const first = check.Errors(value).First()
  const field = first?.path === '' || first === undefined ? '(root)' : first.path
  throw new DataError(`${where}: ${field}: ${first?.message ?? 'does not match the schema'}`)
}

/**
 * Reads and validates every file in a data directory. Pure apart from reading files:
 * throws DataError naming the file and field for the first problem found.
 */
export function readData(dataDir: string): RawCatalog {
  const base = join(dataDir, '..')
  const fileOf = (name: string) => join(dataDir, name)
  const where = (path: string) => relative(base, path)

  const categories = validated(CategoriesFileSchema, readJson(fileOf('categories.json'), base), where(fileOf('categories.json')))
  const vendors = validated(VendorsFileSchema, readJson(fileOf('vendors.json'), base), where(fileOf('vendors.json')))
  const comparisons = validated(ComparisonsFileSchema, readJson(fileOf('comparisons.json'), base), where(fileOf('comparisons.json')))
  const popular = validated(PopularFileSchema, readJson(fileOf('popular.json'), base), where(fileOf('popular.json')))

  const codesDir = fileOf('codes')
  let names: string[]
  try {
    names = readdirSync(codesDir).filter((n) => n.endsWith('.json')).sort()
  } catch (err) {
    throw new DataError(`${where(codesDir)}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  const codes: RawCatalog['codes'] = []
  for (const name of names) {
    const path = join(codesDir, name)
    const match = CODE_FILE.exec(name)
    if (match === null) throw new DataError(`${where(path)}: file name must be a three-digit status code, e.g. 409.json`)
    const file = validated(CodeFileSchema, readJson(path, base), where(path))
    const number = Number(match[1])
    file.meanings.forEach((meaning, i) => {
      if (meaning.code !== number) {
        throw new DataError(`${where(path)}: /meanings/${i}/code: is ${meaning.code} but the file is for ${number}`)
      }
    })
    codes.push({ file: where(path), meanings: file.meanings })
  }
  return { categories, vendors, comparisons, popular, codes }
}
