"""The manager's screens: the team table, employee detail, assignments, compliance, audit."""
