-- m025: two covering indexes of m003 that nothing reads any more (issue 22). Before the
-- summaries (m007, m017, m019) the reports read every result by its attempt and every
-- attempt by its quiz from them; now the per-employee reads and the joins of results to
-- their attempts take the unique keys (attempt_results.attempt_id, attempts.id), and the
-- plans of every report, the item analysis fill and the summaries' fill name neither index,
-- so attempt_results_cover (16 MB of a 10,000-employee demo) and attempts_by_quiz (26 MB)
-- only cost space and writes. The one read that used attempts_by_quiz, the item analysis
-- fill (a bulk write), reads the attempts table instead, which is no larger: 4.20 s both.
DROP INDEX attempt_results_cover;
DROP INDEX attempts_by_quiz;
