"""The PySide6 screens. They call the core and hold no SQL and no business rules."""
