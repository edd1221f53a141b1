/**
 * The components MDX prose may use: every .astro file in this folder, by its file name
 * (`Fig.astro` is `<Fig>`). Adding a component to the prose means adding its file here.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

const modules = import.meta.glob<{ default: AstroComponentFactory }>('./*.astro', { eager: true });

export const authorComponents: Record<string, AstroComponentFactory> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.slice('./'.length, -'.astro'.length), module.default]),
);
