"""Reports: the team's progress, question analysis, exports, charts, record exports and demo data."""
