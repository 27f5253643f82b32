"""PDF files laid out by Qt: the team report and certificates."""
