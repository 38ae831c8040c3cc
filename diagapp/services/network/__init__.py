"""The network side of the « communauté apprenante » (issue 16): pool, merge, benchmark."""
