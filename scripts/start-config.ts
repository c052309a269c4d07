// What `npm start` reads from the environment (its own variables, and the gateway's it checks
// before the graph is declared ready); a module of its own so that the configuration table
// (README, `npm run docs:config`) can read it without starting the graph.
import { z } from 'zod';
import { corsConfigShape, explorerConfigShape, limitsConfigShape, trustedDocumentsConfigShape } from '../gateway/src/config.js';
import { checkStartAuth, startLaunchConfigShape } from './start-launch-config.js';

export const startConfigSchema = z
  .object({
    ...startLaunchConfigShape,
    // Read by the gateway process; checked here too, so a bad value stops the start at once.
    ...limitsConfigShape,
    ...corsConfigShape,
    ...trustedDocumentsConfigShape,
    ...explorerConfigShape,
  })
  .superRefine(checkStartAuth);
