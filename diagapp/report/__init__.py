"""The PDF monograph (reportlab), its charts and the email draft."""
