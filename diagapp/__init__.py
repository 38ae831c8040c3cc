"""diagapp — self-assessment of collective territorial transition dynamics."""

__version__ = "0.1.0"
