"""Qt item models over the domain's frozen data."""
