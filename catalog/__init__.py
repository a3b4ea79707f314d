"""The employer and job catalogue: format v1, loading, checking and converting."""
