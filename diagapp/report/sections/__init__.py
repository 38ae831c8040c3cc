"""One builder per section of the monograph: `build(ctx) -> list of flowables`."""
