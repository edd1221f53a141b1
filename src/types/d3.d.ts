/**
 * Types for the parts of d3 the chart layouts use. The d3 packages ship no
 * types and @types/d3-* is not installed, so `astro check` needs these.
 * Signatures follow @types/d3-array 3 and @types/d3-scale 4, trimmed to what is used.
 */
declare module 'd3-array' {
  type Numeric = number | { valueOf(): number };
  export function max<T extends Numeric>(iterable: Iterable<T | undefined | null>): T | undefined;
  export function max<T, U extends Numeric>(
    iterable: Iterable<T>,
    accessor: (datum: T, index: number, array: Iterable<T>) => U | undefined | null,
  ): U | undefined;
  export function sum(iterable: Iterable<Numeric | undefined | null>): number;
  export function sum<T>(iterable: Iterable<T>, accessor: (datum: T, index: number, array: Iterable<T>) => number | undefined | null): number;
  export function pairs<T>(iterable: Iterable<T>): Array<[T, T]>;
  export function pairs<T, U>(iterable: Iterable<T>, reducer: (a: T, b: T) => U): U[];
}

declare module 'd3-scale' {
  export interface ScaleLinear<Range = number, Output = Range> {
    (value: number | { valueOf(): number }): Output;
    domain(): number[];
    domain(domain: Iterable<number | { valueOf(): number }>): this;
    range(): Range[];
    range(range: Iterable<Range>): this;
    nice(count?: number): this;
    clamp(clamp: boolean): this;
    ticks(count?: number): number[];
    invert(value: number | { valueOf(): number }): number;
  }
  export function scaleLinear<Range = number, Output = Range>(): ScaleLinear<Range, Output>;
}
