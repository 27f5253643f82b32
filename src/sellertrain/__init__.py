"""SellerTrain: training for cross-border e-commerce staff on marketplace rules."""

__version__ = "0.1.0"
