"""Pure-Python domain: questionnaire, scoring, funding, references, recommendations."""
