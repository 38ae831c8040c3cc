"""Pages of the workshop window (one page per module; see main_window.PAGES)."""
