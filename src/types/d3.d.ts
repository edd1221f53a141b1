/**
 * Minimal type declarations for the parts of d3 the chart layouts use
 * (the @types packages are not installed). Extend when a layout needs more.
 */
declare module 'd3-array' {
  export function max<T>(iterable: Iterable<T>, accessor: (d: T, i: number) => number | null | undefined): number | undefined;
  export function max(iterable: Iterable<number | null | undefined>): number | undefined;
  export function sum<T>(iterable: Iterable<T>, accessor: (d: T, i: number) => number | null | undefined): number;
  export function sum(iterable: Iterable<number | null | undefined>): number;
  export function range(stop: number): number[];
  export function range(start: number, stop: number, step?: number): number[];
}

declare module 'd3-scale' {
  export interface ScaleLinear {
    (value: number): number;
    domain(): number[];
    domain(domain: Iterable<number>): ScaleLinear;
    range(): number[];
    range(range: Iterable<number>): ScaleLinear;
    clamp(clamp: boolean): ScaleLinear;
    nice(count?: number): ScaleLinear;
    ticks(count?: number): number[];
  }
  export function scaleLinear(): ScaleLinear;
}

declare module 'd3-shape' {
  export type Point = [number, number];
  export interface Link<L> {
    (link: L): string | null;
    source(accessor: (link: L) => Point): Link<L>;
    target(accessor: (link: L) => Point): Link<L>;
    x(accessor: (point: Point) => number): Link<L>;
    y(accessor: (point: Point) => number): Link<L>;
    digits(digits: number | null): Link<L>;
  }
  export function linkHorizontal(): Link<{ source: Point; target: Point }>;
  export function linkVertical(): Link<{ source: Point; target: Point }>;
  export interface Line<T> {
    (data: Iterable<T>): string | null;
    x(accessor: (d: T, i: number) => number): Line<T>;
    y(accessor: (d: T, i: number) => number): Line<T>;
    digits(digits: number | null): Line<T>;
  }
  export function line<T = Point>(): Line<T>;
}
