"""The ``sellertrain`` command line: one module per command group; Qt only to start the app."""
