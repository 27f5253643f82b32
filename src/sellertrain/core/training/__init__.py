"""Training: the quiz engine, attempts, progress, re-checks, retraining and certificates."""
