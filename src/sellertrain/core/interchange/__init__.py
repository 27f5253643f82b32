"""Interchange: GIFT, Aiken and employee CSV files read and written."""
