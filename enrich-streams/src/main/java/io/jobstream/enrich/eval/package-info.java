/**
 * The evaluation command: scores the enricher against labelled gold sets (the seeds and the
 * project corpus), the pay-phrase table, real unlabelled pages and salary datasets, and checks
 * the project's bars. Loading and printing stay in {@link io.jobstream.enrich.eval.EvalCommand}
 * and the loaders; scoring ({@link io.jobstream.enrich.eval.Scoring}) is pure.
 */
package io.jobstream.enrich.eval;
