/**
 * Runs the cross-reference pass (src/model/references.ts) when the build
 * starts, after Astro has loaded and checked the collections: a story naming
 * a theme that does not exist, or a phase pointing at a removed page, stops
 * the build with a Dutch message naming the file and the field. The dev
 * server shows the same messages as warnings.
 */
import type { AstroIntegration } from 'astro';
import { readContent } from '../model/read.ts';
import { checkReferences } from '../model/references.ts';

export function referenceProblems(): string[] {
  return checkReferences(readContent().entries);
}

export function contentReferencesIntegration(): AstroIntegration {
  return {
    name: 'keuzehulp:content-references',
    hooks: {
      'astro:build:start': () => {
        const problems = referenceProblems();
        if (problems.length > 0) throw new Error(`Verwijzingen in de content kloppen niet:\n- ${problems.join('\n- ')}`);
      },
      'astro:server:start': ({ logger }) => {
        for (const problem of referenceProblems()) logger.warn(problem);
      },
    },
  };
}
